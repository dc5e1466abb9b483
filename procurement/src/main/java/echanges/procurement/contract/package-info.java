/**
 * The contract that follows an award, as plain Java: which amendments are published (s. 38.1),
 * when descriptions are due (s. 38, 38.2), and the unsatisfactory performance report with the
 * supplier's comments and the decision (s. 42–45).
 */
@NullMarked
package echanges.procurement.contract;

import org.jspecify.annotations.NullMarked;
