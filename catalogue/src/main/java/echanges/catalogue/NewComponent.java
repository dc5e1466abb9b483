package echanges.catalogue;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import echanges.platform.Language;

/** A component to add to the catalogue; checked before anything is written. */
public record NewComponent(String name, String description, Language language, String repositoryUrl, String licence,
                           @Nullable String deliveredForId, List<String> tags) {

    // An SPDX expression's shape: identifiers joined by AND, OR or WITH, with parentheses.
    // Identifiers are checked against the SPDX list with the catalogue's publiccode.yml support.
    private static final Pattern SPDX = Pattern.compile(
            "\\(*[A-Za-z0-9.+-]+\\)*(\\s+(AND|OR|WITH)\\s+\\(*[A-Za-z0-9.+-]+\\)*)*");

    public NewComponent {
        name = name.strip();
        licence = licence.strip();
        if (name.isEmpty() || name.length() > 120)
            throw new CatalogueException.InvalidComponent("a component name has 1 to 120 characters");
        if (description.isBlank() || description.length() > 20_000)
            throw new CatalogueException.InvalidComponent("a description has 1 to 20000 characters");
        if (!SPDX.matcher(licence).matches())
            throw new CatalogueException.InvalidComponent("'" + licence + "' is not an SPDX licence expression");
        if (!isWebUrl(repositoryUrl))
            throw new CatalogueException.InvalidComponent("the repository URL must be an http(s) URL, was '" + repositoryUrl + "'");
    }

    private static boolean isWebUrl(String url) {
        try {
            URI uri = new URI(url);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
