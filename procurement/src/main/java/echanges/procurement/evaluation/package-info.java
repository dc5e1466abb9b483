/**
 * The selection committee (s. 24) as plain Java: who sits on it, who may score, and when the
 * scores are complete enough to consolidate. Prices never enter this package.
 */
@NullMarked
package echanges.procurement.evaluation;

import org.jspecify.annotations.NullMarked;
