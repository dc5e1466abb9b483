/** The challenge lifecycle as plain Java: which step may follow which. */
@NullMarked
package echanges.procurement.lifecycle;

import org.jspecify.annotations.NullMarked;
