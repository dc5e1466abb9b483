/**
 * publiccode.yml, the metadata standard of public-sector software catalogues: the model
 * ({@link echanges.catalogue.publiccode.PublicCode}), a reader that validates a pasted document
 * against the standard and reports every error by field path, and a writer. Plain Java.
 */
@NullMarked
package echanges.catalogue.publiccode;

import org.jspecify.annotations.NullMarked;
