package echanges.catalogue;

import java.util.List;

import org.jspecify.annotations.Nullable;

import echanges.platform.Language;
import echanges.platform.SpdxExpression;
import echanges.platform.WebLink;

/** A component to add to the catalogue; checked before anything is written. */
public record NewComponent(String name, String description, Language language, String repositoryUrl, String licence,
                           @Nullable String deliveredForId, List<String> tags) {

    public NewComponent {
        name = name.strip();
        licence = licence.strip();
        if (name.isEmpty() || name.length() > 120)
            throw new CatalogueException.InvalidComponent("a component name has 1 to 120 characters");
        if (description.isBlank() || description.length() > 20_000)
            throw new CatalogueException.InvalidComponent("a description has 1 to 20000 characters");
        if (!SpdxExpression.hasValidShape(licence))
            throw new CatalogueException.InvalidComponent("'" + licence + "' is not an SPDX licence expression");
        if (!WebLink.isValid(repositoryUrl))
            throw new CatalogueException.InvalidComponent("the repository URL must be an http(s) URL, was '" + repositoryUrl + "'");
    }
}
