/**
 * The reuse catalogue: open-source components, the challenges that paid for them and the bodies
 * that use them. {@link echanges.catalogue.Components} is the module's API.
 */
@NullMarked
package echanges.catalogue;

import org.jspecify.annotations.NullMarked;
