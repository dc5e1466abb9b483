package echanges.catalogue;

import java.util.List;

import org.jspecify.annotations.Nullable;

import echanges.catalogue.publiccode.PublicCodeError;

/** The outcome of importing a publiccode.yml document: the new component, or every error and nothing written. */
public record PublicCodeImport(@Nullable Component component, List<PublicCodeError> errors) {
    public PublicCodeImport {
        errors = List.copyOf(errors);
    }
}
