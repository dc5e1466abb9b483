/** The audit chain as plain Java: each entry carries the hash of the one before it. */
@NullMarked
package echanges.procurement.audit;

import org.jspecify.annotations.NullMarked;
