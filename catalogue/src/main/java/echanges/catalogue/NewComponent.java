package echanges.catalogue;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import echanges.catalogue.publiccode.PublicCode;
import echanges.platform.Language;
import echanges.platform.WebLink;
import echanges.platform.spdx.InvalidLicenceExpression;
import echanges.platform.spdx.LicenceExpression;

/** A component to add to the catalogue without a publiccode.yml document; checked before anything is written. */
public record NewComponent(String name, String description, Language language, String repositoryUrl, String licence,
                           @Nullable String deliveredForId, List<String> tags) {

    public NewComponent {
        name = name.strip();
        if (name.isEmpty() || name.length() > 120)
            throw new CatalogueException.InvalidComponent("a component name has 1 to 120 characters");
        if (description.isBlank() || description.length() > 20_000)
            throw new CatalogueException.InvalidComponent("a description has 1 to 20000 characters");
        try {
            licence = LicenceExpression.parse(licence).toString();
        } catch (InvalidLicenceExpression e) {
            throw new CatalogueException.InvalidComponent("the licence must be a valid SPDX expression: " + e.getMessage());
        }
        if (!WebLink.isValid(repositoryUrl))
            throw new CatalogueException.InvalidComponent("the repository URL must be an http(s) URL, was '" + repositoryUrl + "'");
    }

    /**
     * The publiccode.yml description of a component added by hand. The standard's mandatory keys
     * this form does not ask for get stated defaults (a stable web component, no maintenance
     * declared, not localisation-ready); importing a publiccode.yml gives the full record.
     */
    public PublicCode toPublicCode() {
        String lang = language.name().toLowerCase(Locale.ROOT);
        String oneLine = description.strip().replaceAll("\\s+", " ");
        String shortDescription = oneLine.length() <= 150 ? oneLine : oneLine.substring(0, 149).strip() + "…";
        return new PublicCode("0", name, null, repositoryUrl, null, List.of(), null, null, null, List.of("web"), List.of(), List.of(),
                List.of(), null, PublicCode.DevelopmentStatus.STABLE, PublicCode.SoftwareType.STANDALONE_OTHER, List.of(), null,
                PublicCode.IntendedAudience.NONE,
                Map.of(lang, new PublicCode.Description(null, null, shortDescription, description, null, null, List.of(), List.of(), List.of(), List.of())),
                new PublicCode.Legal(licence, null, null, null), new PublicCode.Maintenance(PublicCode.MaintenanceType.NONE, List.of(), List.of()),
                new PublicCode.Localisation(false, List.of(lang)), PublicCode.DependsOn.NONE, Map.of());
    }
}
