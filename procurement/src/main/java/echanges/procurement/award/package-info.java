/**
 * Awarding a challenge under the regulation (shared/seeds/001): the award rules of s. 13
 * (price only), Schedule 1 (minimum quality) and Schedule 2 (quality-price ratio), the
 * preferential margin of s. 37, the total acquisition cost of s. 15.1.1, the drawing of lots of
 * s. 14, the unusually low price screening of s. 15.2 to 15.5, and the price-blind quality
 * scoresheets of s. 24.
 *
 * <p>Plain Java: no Spring, no driver, no GraphQL. The procurement facade stores the inputs and
 * the {@link echanges.procurement.award.AwardDecision}; this package only decides.
 *
 * <p>How a compared price is built, in order, for each acceptable proposal:
 * <ol>
 * <li>the price submitted, reduced by the notice's preferential margin when the supplier meets the
 *     sustainability requirement (s. 37: "reduced by the preferential margin, without any effect on
 *     the price for contract awarding purposes");</li>
 * <li>under Schedule 2 only, divided by the quality adjustment factor (Sch. 2 (8)); rounded once to
 *     the cent, HALF_UP;</li>
 * <li>plus the additional acquisition costs, which s. 15.1.1 adds "to the tendered or adjusted
 *     prices, as applicable": they are neither reduced by the margin nor divided by the factor,
 *     because they are costs the body bears, not the supplier's price.</li>
 * </ol>
 * The lowest compared price wins (s. 13, s. 22, s. 23); identical compared prices, to the cent,
 * are ordered by a drawing of lots (s. 14). Scores keep 2 decimals, HALF_UP.
 */
@NullMarked
package echanges.procurement.award;

import org.jspecify.annotations.NullMarked;
