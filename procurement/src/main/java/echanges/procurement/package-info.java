/**
 * Micro-procurement: challenges from draft to award, under the regulation's rules.
 * {@link echanges.procurement.Challenges} is the module's API.
 */
@NullMarked
package echanges.procurement;

import org.jspecify.annotations.NullMarked;
