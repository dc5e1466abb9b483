package echanges.catalogue.publiccode;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import echanges.catalogue.publiccode.PublicCode.Contact;
import echanges.catalogue.publiccode.PublicCode.Contractor;
import echanges.catalogue.publiccode.PublicCode.Dependency;
import echanges.catalogue.publiccode.PublicCode.DependsOn;
import echanges.catalogue.publiccode.PublicCode.Description;
import echanges.catalogue.publiccode.PublicCode.DevelopmentStatus;
import echanges.catalogue.publiccode.PublicCode.IntendedAudience;
import echanges.catalogue.publiccode.PublicCode.Legal;
import echanges.catalogue.publiccode.PublicCode.Localisation;
import echanges.catalogue.publiccode.PublicCode.Maintenance;
import echanges.catalogue.publiccode.PublicCode.MaintenanceType;
import echanges.catalogue.publiccode.PublicCode.Organisation;
import echanges.catalogue.publiccode.PublicCode.SoftwareType;
import echanges.platform.WebLink;
import echanges.platform.spdx.InvalidLicenceExpression;
import echanges.platform.spdx.LicenceExpression;

/**
 * The rules of the core schema (schema.core.rst), applied to the YAML tree: types, mandatory
 * keys, controlled lists, lengths, dates, URLs and SPDX licences. Every error is collected with
 * its path; the model is built as far as the document allows.
 */
final class PublicCodeValidator {

    private static final Set<String> TOP_LEVEL = Set.of("publiccodeYmlVersion", "name", "applicationSuite", "url", "landingURL",
            "isBasedOn", "softwareVersion", "releaseDate", "logo", "platforms", "categories", "usedBy", "fundedBy", "roadmap",
            "developmentStatus", "softwareType", "supports", "organisation", "intendedAudience", "description", "legal",
            "maintenance", "localisation", "dependsOn");
    /** Deprecated keys the core model does not carry; kept as given. */
    private static final Set<String> DEPRECATED = Set.of("monochromeLogo", "inputTypes", "outputTypes");
    private static final Pattern COUNTRY_SECTION = Pattern.compile("[A-Z]{2}");
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Set<String> COUNTRIES = Set.copyOf(Arrays.asList(Locale.getISOCountries()));

    private final List<PublicCodeError> errors = new ArrayList<>();

    List<PublicCodeError> errors() {
        return errors;
    }

    @Nullable PublicCode validate(@Nullable Object root) {
        if (!(root instanceof Map<?, ?> raw)) {
            error("", "a publiccode.yml document is a YAML mapping of keys to values");
            return null;
        }
        Map<String, Object> doc = keys(raw, "");
        Map<String, Object> extensions = new LinkedHashMap<>();
        doc.forEach((key, value) -> {
            if (COUNTRY_SECTION.matcher(key).matches() || DEPRECATED.contains(key)) extensions.put(key, value);
            else if (!TOP_LEVEL.contains(key)) error(key, "is not a key of the publiccode.yml standard");
        });

        String version = string(doc, "publiccodeYmlVersion", "", true);
        String name = string(doc, "name", "", true);
        String applicationSuite = string(doc, "applicationSuite", "", false);
        String url = string(doc, "url", "", true);
        if (url != null && !isUri(url)) error("url", "must be the URL of the source code repository, was '" + url + "'");
        String landingUrl = webLink(doc, "landingURL", "");
        List<String> isBasedOn = strings(doc, "isBasedOn", "", false, true);
        for (int i = 0; i < isBasedOn.size(); i++)
            if (!isUri(isBasedOn.get(i))) error(index("isBasedOn", i, isBasedOn.size()), "must be the URL of the original repository");
        String softwareVersion = string(doc, "softwareVersion", "", false);
        LocalDate releaseDate = date(doc, "releaseDate", "", false);
        String logo = file(doc, "logo", "", Set.of(".svg", ".svgz", ".png"));
        List<String> platforms = strings(doc, "platforms", "", true, true);
        List<String> categories = strings(doc, "categories", "", false, false);
        for (int i = 0; i < categories.size(); i++)
            if (!Vocabulary.CATEGORIES.contains(categories.get(i)))
                error("categories[" + i + "]", "'" + categories.get(i) + "' is not in the standard's list of categories");
        List<String> usedBy = strings(doc, "usedBy", "", false, false);
        List<Organisation> fundedBy = each(doc, "fundedBy", "", false, (m, p) -> {
            String funder = string(m, "name", p, true);
            String uri = string(m, "uri", p, false);
            if (uri != null && !isUri(uri)) error(p + ".uri", "must be a URI");
            only(m, p, "name", "uri");
            return new Organisation(funder, uri);
        });
        String roadmap = webLink(doc, "roadmap", "");
        DevelopmentStatus status = choice(doc, "developmentStatus", DevelopmentStatus.values(), DevelopmentStatus::yaml);
        SoftwareType type = choice(doc, "softwareType", SoftwareType.values(), SoftwareType::yaml);
        List<String> supports = each(doc, "supports", "", false, (m, p) -> {
            String id = string(m, "id", p, true);
            only(m, p, "id");
            if (id == null) return "";
            if (id.startsWith("alias:")) {
                if (!Vocabulary.ALIASES.containsKey(id.substring("alias:".length())))
                    error(p + ".id", "'" + id + "' is not in the standard's list of aliases");
            } else if (!isUri(id)) error(p + ".id", "must be an alias:<name> or a URI, was '" + id + "'");
            return id;
        });
        Organisation organisation = organisation(doc);
        IntendedAudience audience = intendedAudience(doc);
        Map<String, Description> descriptions = descriptions(doc);
        Legal legal = legal(doc);
        Maintenance maintenance = maintenance(doc);
        Localisation localisation = localisation(doc);
        DependsOn dependsOn = dependsOn(doc);

        if (!errors.isEmpty()) return null;
        return new PublicCode(version, name, applicationSuite, url, landingUrl, isBasedOn, softwareVersion, releaseDate, logo,
                platforms, categories, usedBy, fundedBy, roadmap, status, type, supports, organisation, audience, descriptions,
                legal, maintenance, localisation, dependsOn, extensions);
    }

    private @Nullable Organisation organisation(Map<String, Object> doc) {
        Map<String, Object> m = section(doc, "organisation", "", false);
        if (m == null) return null;
        String uri = string(m, "uri", "organisation", true);
        if (uri != null && !isUri(uri)) error("organisation.uri", "must be a URI (URL or URN), was '" + uri + "'");
        only(m, "organisation", "uri", "name");
        return new Organisation(string(m, "name", "organisation", false), uri);
    }

    private IntendedAudience intendedAudience(Map<String, Object> doc) {
        Map<String, Object> m = section(doc, "intendedAudience", "", false);
        if (m == null) return IntendedAudience.NONE;
        String p = "intendedAudience";
        only(m, p, "countries", "unsupportedCountries", "scope");
        List<String> countries = countries(m, "countries", p);
        List<String> unsupported = countries(m, "unsupportedCountries", p);
        List<String> scope = strings(m, "scope", p, false, false);
        for (int i = 0; i < scope.size(); i++)
            if (!Vocabulary.SCOPES.contains(scope.get(i))) error(p + ".scope[" + i + "]", "'" + scope.get(i) + "' is not in the standard's scope list");
        return new IntendedAudience(countries, unsupported, scope);
    }

    private List<String> countries(Map<String, Object> m, String key, String path) {
        List<String> codes = strings(m, key, path, false, false);
        for (int i = 0; i < codes.size(); i++)
            if (!COUNTRIES.contains(codes.get(i).toUpperCase(Locale.ROOT)))
                error(path + "." + key + "[" + i + "]", "'" + codes.get(i) + "' is not an ISO 3166-1 alpha-2 country code");
        return codes;
    }

    private Map<String, Description> descriptions(Map<String, Object> doc) {
        Map<String, Object> m = section(doc, "description", "", true);
        Map<String, Description> result = new LinkedHashMap<>();
        if (m == null) return result;
        if (m.isEmpty()) error("description", "needs at least one language");
        boolean longSeen = false;
        boolean featuresSeen = false;
        for (String language : m.keySet()) {
            String p = "description." + language;
            if (!isLanguageTag(language)) error(p, "'" + language + "' is not a BCP 47 language tag");
            Map<String, Object> d = section(m, language, "description", true);
            if (d == null) continue;
            only(d, p, "localisedName", "genericName", "shortDescription", "longDescription", "documentation", "apiDocumentation",
                    "features", "screenshots", "videos", "awards");
            String genericName = string(d, "genericName", p, false);
            if (genericName != null && genericName.length() > 35) error(p + ".genericName", "has at most 35 characters");
            String shortDescription = string(d, "shortDescription", p, true);
            if (shortDescription != null && shortDescription.length() > 150)
                error(p + ".shortDescription", "has at most 150 characters, has " + shortDescription.length());
            String longDescription = string(d, "longDescription", p, false);
            if (longDescription != null) {
                longSeen = true;
                if (longDescription.length() < 150 || longDescription.length() > 10_000)
                    error(p + ".longDescription", "has 150 to 10000 characters, has " + longDescription.length());
            }
            featuresSeen |= d.containsKey("features");
            List<String> screenshots = strings(d, "screenshots", p, false, false);
            for (int i = 0; i < screenshots.size(); i++)
                checkFile(screenshots.get(i), p + ".screenshots[" + i + "]", Set.of(".png", ".jpg", ".jpeg"));
            List<String> videos = strings(d, "videos", p, false, false);
            for (int i = 0; i < videos.size(); i++)
                if (!WebLink.isValid(videos.get(i))) error(p + ".videos[" + i + "]", "must be an http(s) URL");
            result.put(language, new Description(string(d, "localisedName", p, false), genericName,
                    shortDescription == null ? "" : shortDescription, longDescription, webLink(d, "documentation", p),
                    webLink(d, "apiDocumentation", p), strings(d, "features", p, false, false), screenshots, videos,
                    strings(d, "awards", p, false, false)));
        }
        if (!m.isEmpty() && !longSeen) error("description", "longDescription is mandatory for at least one language");
        if (!m.isEmpty() && !featuresSeen) error("description", "features are mandatory for at least one language");
        return result;
    }

    private Legal legal(Map<String, Object> doc) {
        Map<String, Object> m = section(doc, "legal", "", true);
        if (m == null) return new Legal("", null, null, null);
        only(m, "legal", "license", "mainCopyrightOwner", "repoOwner", "authorsFile");
        String license = string(m, "license", "legal", true);
        String canonical = license == null ? "" : license;
        if (license != null) {
            try {
                canonical = LicenceExpression.parse(license).toString();
            } catch (InvalidLicenceExpression e) {
                error("legal.license", "must be a valid SPDX expression: " + e.getMessage());
            }
        }
        return new Legal(canonical, string(m, "mainCopyrightOwner", "legal", false), string(m, "repoOwner", "legal", false),
                string(m, "authorsFile", "legal", false));
    }

    private Maintenance maintenance(Map<String, Object> doc) {
        Map<String, Object> m = section(doc, "maintenance", "", true);
        if (m == null) return new Maintenance(MaintenanceType.NONE, List.of(), List.of());
        String p = "maintenance";
        only(m, p, "type", "contractors", "contacts");
        MaintenanceType type = choice(m, p, "type", MaintenanceType.values(), MaintenanceType::yaml);
        List<Contractor> contractors = each(m, "contractors", p, false, (c, cp) -> {
            only(c, cp, "name", "until", "email", "website");
            String name = string(c, "name", cp, true);
            LocalDate until = date(c, "until", cp, true);
            String email = email(c, cp);
            return new Contractor(name == null ? "" : name, until == null ? LocalDate.MIN : until, email, webLink(c, "website", cp));
        });
        List<Contact> contacts = each(m, "contacts", p, false, (c, cp) -> {
            only(c, cp, "name", "email", "phone", "affiliation");
            String name = string(c, "name", cp, true);
            return new Contact(name == null ? "" : name, email(c, cp), string(c, "phone", cp, false), string(c, "affiliation", cp, false));
        });
        if (type == MaintenanceType.CONTRACT && contractors.isEmpty() && !m.containsKey("contractors"))
            error(p + ".contractors", "is mandatory when the maintenance type is contract");
        if (type != null && type != MaintenanceType.CONTRACT && m.containsKey("contractors"))
            error(p + ".contractors", "must not be present unless the maintenance type is contract");
        if ((type == MaintenanceType.INTERNAL || type == MaintenanceType.COMMUNITY) && !m.containsKey("contacts"))
            error(p + ".contacts", "is mandatory when the maintenance type is " + type.yaml());
        return new Maintenance(type == null ? MaintenanceType.NONE : type, contractors, contacts);
    }

    private Localisation localisation(Map<String, Object> doc) {
        Map<String, Object> m = section(doc, "localisation", "", true);
        if (m == null) return new Localisation(false, List.of());
        only(m, "localisation", "localisationReady", "availableLanguages");
        Object ready = m.get("localisationReady");
        if (ready == null) error("localisation.localisationReady", "is mandatory");
        else if (!(ready instanceof Boolean)) error("localisation.localisationReady", "must be true or false");
        List<String> languages = strings(m, "availableLanguages", "localisation", true, false);
        for (int i = 0; i < languages.size(); i++)
            if (!isLanguageTag(languages.get(i)))
                error("localisation.availableLanguages[" + i + "]", "'" + languages.get(i) + "' is not a BCP 47 language tag");
        return new Localisation(Boolean.TRUE.equals(ready), languages);
    }

    private DependsOn dependsOn(Map<String, Object> doc) {
        Map<String, Object> m = section(doc, "dependsOn", "", false);
        if (m == null) return DependsOn.NONE;
        only(m, "dependsOn", "open", "proprietary", "hardware");
        BiFunction<Map<String, Object>, String, Dependency> dependency = (d, p) -> {
            only(d, p, "name", "versionMin", "versionMax", "version", "optional");
            String name = string(d, "name", p, true);
            Object optional = d.get("optional");
            if (optional != null && !(optional instanceof Boolean)) error(p + ".optional", "must be true or false");
            return new Dependency(name == null ? "" : name, string(d, "versionMin", p, false), string(d, "versionMax", p, false),
                    string(d, "version", p, false), optional instanceof Boolean b ? b : null);
        };
        return new DependsOn(each(m, "open", "dependsOn", false, dependency), each(m, "proprietary", "dependsOn", false, dependency),
                each(m, "hardware", "dependsOn", false, dependency));
    }

    // ─── Typed access to the YAML tree, recording what is wrong where ───

    private Map<String, Object> keys(Map<?, ?> raw, String path) {
        Map<String, Object> result = new LinkedHashMap<>();
        raw.forEach((k, v) -> {
            if (k instanceof String s) result.put(s, v);
            else error(join(path, String.valueOf(k)), "keys are strings");
        });
        return result;
    }

    private @Nullable Map<String, Object> section(Map<String, Object> m, String key, String path, boolean required) {
        Object value = m.get(key);
        if (value == null) {
            if (required) error(join(path, key), "is mandatory");
            return null;
        }
        if (value instanceof Map<?, ?> raw) return keys(raw, join(path, key));
        error(join(path, key), "must be a mapping of keys to values");
        return null;
    }

    private @Nullable String string(Map<String, Object> m, String key, String path, boolean required) {
        Object value = m.get(key);
        if (value == null) {
            if (required) error(join(path, key), "is mandatory");
            return null;
        }
        if (!(value instanceof String s)) {
            error(join(path, key), "must be a string (quote it), was " + value);
            return null;
        }
        if (required && s.isBlank()) error(join(path, key), "must not be empty");
        return s;
    }

    /** A list of strings; {@code single} also accepts one string, as {@code platforms} and {@code isBasedOn} do. */
    private List<String> strings(Map<String, Object> m, String key, String path, boolean required, boolean single) {
        Object value = m.get(key);
        String p = join(path, key);
        if (value == null) {
            if (required) error(p, "is mandatory");
            return List.of();
        }
        if (single && value instanceof String s) return List.of(s);
        if (!(value instanceof List<?> list)) {
            error(p, single ? "must be a string or a list of strings" : "must be a list of strings");
            return List.of();
        }
        if (required && list.isEmpty()) error(p, "needs at least one value");
        List<String> result = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) instanceof String s) result.add(s);
            else error(p + "[" + i + "]", "must be a string");
        }
        return result;
    }

    private <T> List<T> each(Map<String, Object> m, String key, String path, boolean required,
                             BiFunction<Map<String, Object>, String, T> item) {
        Object value = m.get(key);
        String p = join(path, key);
        if (value == null) {
            if (required) error(p, "is mandatory");
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            error(p, "must be a list");
            return List.of();
        }
        List<T> result = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) instanceof Map<?, ?> raw) result.add(item.apply(keys(raw, p + "[" + i + "]"), p + "[" + i + "]"));
            else error(p + "[" + i + "]", "must be a mapping of keys to values");
        }
        return result;
    }

    private <E extends Enum<E>> @Nullable E choice(Map<String, Object> m, String key, E[] values, java.util.function.Function<E, String> yaml) {
        return choice(m, "", key, values, yaml);
    }

    private <E extends Enum<E>> @Nullable E choice(Map<String, Object> m, String path, String key, E[] values,
                                                   java.util.function.Function<E, String> yaml) {
        String value = string(m, key, path, true);
        if (value == null) return null;
        for (E e : values) if (yaml.apply(e).equals(value)) return e;
        error(join(path, key), "'" + value + "' is not one of " + Arrays.stream(values).map(yaml).toList());
        return null;
    }

    private @Nullable LocalDate date(Map<String, Object> m, String key, String path, boolean required) {
        String value = string(m, key, path, required);
        if (value == null) return null;
        try {
            if (value.length() != 10) throw new DateTimeParseException("not YYYY-MM-DD", value, 0);
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            error(join(path, key), "must be a date written YYYY-MM-DD, was '" + value + "'");
            return null;
        }
    }

    private @Nullable String webLink(Map<String, Object> m, String key, String path) {
        String value = string(m, key, path, false);
        if (value != null && !WebLink.isValid(value)) error(join(path, key), "must be an http(s) URL, was '" + value + "'");
        return value;
    }

    private @Nullable String email(Map<String, Object> m, String path) {
        String value = string(m, "email", path, false);
        if (value != null && !EMAIL.matcher(value).matches()) error(path + ".email", "'" + value + "' is not an email address");
        return value;
    }

    private @Nullable String file(Map<String, Object> m, String key, String path, Set<String> extensions) {
        String value = string(m, key, path, false);
        if (value != null) checkFile(value, join(path, key), extensions);
        return value;
    }

    private void checkFile(String value, String path, Set<String> extensions) {
        String lower = value.toLowerCase(Locale.ROOT);
        if (value.isBlank() || extensions.stream().noneMatch(lower::endsWith))
            error(path, "must be a path or URL to a " + String.join(", ", extensions.stream().sorted().toList()) + " file, was '" + value + "'");
    }

    private void only(Map<String, Object> m, String path, String... known) {
        Set<String> allowed = Set.of(known);
        for (String key : m.keySet())
            if (!allowed.contains(key)) error(join(path, key), "is not a key of the publiccode.yml standard");
    }

    private static boolean isUri(String value) {
        try {
            URI uri = new URI(value);
            return uri.getScheme() != null && (uri.getHost() != null || uri.isOpaque());
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean isLanguageTag(String tag) {
        return LANGUAGE_TAG.matcher(tag).matches() && !Locale.forLanguageTag(tag).getLanguage().isEmpty();
    }

    private static String index(String key, int i, int size) {
        return size == 1 ? key : key + "[" + i + "]";
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private void error(String path, String message) {
        errors.add(new PublicCodeError(path, message));
    }
}
