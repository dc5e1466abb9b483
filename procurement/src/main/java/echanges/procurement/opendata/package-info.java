/**
 * Open contracting data (OCDS 1.1, seeds 003 and 004): each public step of a challenge is recorded
 * as a release in the transaction of the step itself, and published as release and record
 * packages. {@link echanges.procurement.opendata.OpenData} is the API; the releases' content is
 * built from public state only, so that nothing sealed can appear before the opening.
 */
@NullMarked
package echanges.procurement.opendata;

import org.jspecify.annotations.NullMarked;
