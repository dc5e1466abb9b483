/**
 * The regulation's clock: business days and holidays, the closing-date deferrals of s. 9, the
 * deadline for suppliers' questions, and the validity of the tax certificate (s. 37.3). Plain
 * Java with time passed in; section numbers refer to the regulation (shared/seeds/001).
 */
@NullMarked
package echanges.procurement.calendar;

import org.jspecify.annotations.NullMarked;
