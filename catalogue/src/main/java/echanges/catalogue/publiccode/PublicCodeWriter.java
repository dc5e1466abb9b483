package echanges.catalogue.publiccode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

import echanges.catalogue.publiccode.PublicCode.Dependency;
import echanges.catalogue.publiccode.PublicCode.DependencyKind;
import echanges.catalogue.publiccode.PublicCode.Description;

/**
 * Writes a publiccode.yml document in the standard's key order. Empty keys are left out; dates
 * and version-like strings are quoted by the YAML emitter, so that readers get strings back.
 */
public final class PublicCodeWriter {

    private PublicCodeWriter() {
    }

    public static String write(PublicCode code) {
        Map<String, Object> doc = new LinkedHashMap<>();
        put(doc, "publiccodeYmlVersion", code.publiccodeYmlVersion());
        put(doc, "name", code.name());
        put(doc, "applicationSuite", code.applicationSuite());
        put(doc, "url", code.url());
        put(doc, "landingURL", code.landingUrl());
        put(doc, "isBasedOn", code.isBasedOn().size() == 1 ? code.isBasedOn().getFirst() : code.isBasedOn());
        put(doc, "softwareVersion", code.softwareVersion());
        put(doc, "releaseDate", code.releaseDate() == null ? null : code.releaseDate().toString());
        put(doc, "logo", code.logo());
        put(doc, "platforms", code.platforms());
        put(doc, "categories", code.categories());
        put(doc, "usedBy", code.usedBy());
        put(doc, "fundedBy", code.fundedBy().stream().map(o -> map("name", o.name(), "uri", o.uri())).toList());
        put(doc, "roadmap", code.roadmap());
        put(doc, "developmentStatus", code.developmentStatus().yaml());
        put(doc, "softwareType", code.softwareType().yaml());
        put(doc, "supports", code.supports().stream().map(id -> map("id", id)).toList());
        if (code.organisation() != null) put(doc, "organisation", map("uri", code.organisation().uri(), "name", code.organisation().name()));
        put(doc, "intendedAudience", map("scope", code.intendedAudience().scope(), "countries", code.intendedAudience().countries(),
                "unsupportedCountries", code.intendedAudience().unsupportedCountries()));
        Map<String, Object> descriptions = new LinkedHashMap<>();
        code.descriptions().forEach((language, d) -> descriptions.put(language, description(d)));
        put(doc, "description", descriptions);
        put(doc, "legal", map("license", code.legal().license(), "mainCopyrightOwner", code.legal().mainCopyrightOwner(),
                "repoOwner", code.legal().repoOwner(), "authorsFile", code.legal().authorsFile()));
        Map<String, Object> maintenance = map("type", code.maintenance().type().yaml(),
                "contractors", code.maintenance().contractors().stream().map(c -> map("name", c.name(), "email", c.email(),
                        "website", c.website(), "until", c.until().toString())).toList(),
                "contacts", code.maintenance().contacts().stream().map(c -> map("name", c.name(), "email", c.email(),
                        "affiliation", c.affiliation(), "phone", c.phone())).toList());
        // The standard asks for the key itself when the type needs it, even if the list is empty.
        switch (code.maintenance().type()) {
            case CONTRACT -> maintenance.putIfAbsent("contractors", List.of());
            case INTERNAL, COMMUNITY -> maintenance.putIfAbsent("contacts", List.of());
            case NONE -> { }
        }
        doc.put("maintenance", maintenance);
        doc.put("localisation", map("localisationReady", code.localisation().localisationReady(),
                "availableLanguages", code.localisation().availableLanguages()));
        Map<String, Object> dependsOn = new LinkedHashMap<>();
        for (DependencyKind kind : DependencyKind.values())
            put(dependsOn, kind.name().toLowerCase(java.util.Locale.ROOT), code.dependsOn().of(kind).stream().map(PublicCodeWriter::dependency).toList());
        put(doc, "dependsOn", dependsOn);
        doc.putAll(code.extensions());
        return yaml().dump(doc);
    }

    /** The sections kept as given (country extensions, deprecated keys), as YAML text to store; empty when there are none. */
    public static String extensionsYaml(Map<String, Object> extensions) {
        return extensions.isEmpty() ? "" : yaml().dump(extensions);
    }

    private static Map<String, Object> description(Description d) {
        return map("localisedName", d.localisedName(), "genericName", d.genericName(), "shortDescription", d.shortDescription(),
                "longDescription", d.longDescription(), "documentation", d.documentation(), "apiDocumentation", d.apiDocumentation(),
                "features", d.features(), "screenshots", d.screenshots(), "videos", d.videos(), "awards", d.awards());
    }

    private static Map<String, Object> dependency(Dependency d) {
        return map("name", d.name(), "versionMin", d.versionMin(), "versionMax", d.versionMax(), "version", d.version(), "optional", d.optional());
    }

    /** The pairs whose value is present: null, empty lists and empty maps are left out. */
    private static Map<String, Object> map(@Nullable Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) put(m, (String) pairs[i], pairs[i + 1]);
        return m;
    }

    private static void put(Map<String, Object> m, String key, @Nullable Object value) {
        if (value == null || value instanceof List<?> l && l.isEmpty() || value instanceof Map<?, ?> x && x.isEmpty()) return;
        m.put(key, value);
    }

    private static Yaml yaml() {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setAllowUnicode(true);
        options.setWidth(120);
        options.setSplitLines(false);
        return new Yaml(options);
    }
}
