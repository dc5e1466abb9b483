/**
 * Reuse before you buy: how existing components and past challenges are ranked against a
 * challenge being drafted, from the text and from the graph. Plain Java.
 */
@NullMarked
package echanges.catalogue.reuse;

import org.jspecify.annotations.NullMarked;
