package echanges.catalogue.publiccode;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * What a publiccode.yml document says of a piece of software (the standard's core schema).
 * Lists are never null; a key the document left out is null or empty. {@code descriptions} is
 * keyed by BCP 47 language tag in the document's order; {@code extensions} keeps the sections
 * the core schema does not define (country extensions such as {@code IT}, deprecated keys)
 * exactly as given, so that an export loses nothing.
 */
public record PublicCode(String publiccodeYmlVersion, String name, @Nullable String applicationSuite, String url,
                         @Nullable String landingUrl, List<String> isBasedOn, @Nullable String softwareVersion,
                         @Nullable LocalDate releaseDate, @Nullable String logo, List<String> platforms, List<String> categories,
                         List<String> usedBy, List<Organisation> fundedBy, @Nullable String roadmap,
                         DevelopmentStatus developmentStatus, SoftwareType softwareType, List<String> supports,
                         @Nullable Organisation organisation, IntendedAudience intendedAudience,
                         Map<String, Description> descriptions, Legal legal, Maintenance maintenance,
                         Localisation localisation, DependsOn dependsOn, Map<String, Object> extensions) {

    public PublicCode {
        isBasedOn = List.copyOf(isBasedOn);
        platforms = List.copyOf(platforms);
        categories = List.copyOf(categories);
        usedBy = List.copyOf(usedBy);
        fundedBy = List.copyOf(fundedBy);
        supports = List.copyOf(supports);
        descriptions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(descriptions));
        extensions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(extensions));
    }

    /** The description in this language, else the first one. */
    public Description description(String language) {
        return Optional.ofNullable(descriptions.get(language)).orElseGet(() -> descriptions.values().iterator().next());
    }

    public enum DevelopmentStatus {
        CONCEPT, DEVELOPMENT, BETA, STABLE, OBSOLETE;

        public String yaml() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public enum SoftwareType {
        STANDALONE_MOBILE("standalone/mobile"), STANDALONE_IOT("standalone/iot"), STANDALONE_DESKTOP("standalone/desktop"),
        STANDALONE_WEB("standalone/web"), STANDALONE_BACKEND("standalone/backend"), STANDALONE_OTHER("standalone/other"),
        ADDON("addon"), LIBRARY("library"), CONFIGURATION_FILES("configurationFiles");

        private final String yaml;

        SoftwareType(String yaml) {
            this.yaml = yaml;
        }

        public String yaml() {
            return yaml;
        }
    }

    public enum MaintenanceType {
        INTERNAL, CONTRACT, COMMUNITY, NONE;

        public String yaml() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** An organisation: publishing the software ({@code uri} mandatory) or funding it ({@code name} mandatory). */
    public record Organisation(@Nullable String name, @Nullable String uri) {
    }

    public record IntendedAudience(List<String> countries, List<String> unsupportedCountries, List<String> scope) {
        public static final IntendedAudience NONE = new IntendedAudience(List.of(), List.of(), List.of());

        public IntendedAudience {
            countries = List.copyOf(countries);
            unsupportedCountries = List.copyOf(unsupportedCountries);
            scope = List.copyOf(scope);
        }
    }

    /** The user-visible texts in one language. */
    public record Description(@Nullable String localisedName, @Nullable String genericName, String shortDescription,
                              @Nullable String longDescription, @Nullable String documentation, @Nullable String apiDocumentation,
                              List<String> features, List<String> screenshots, List<String> videos, List<String> awards) {
        public Description {
            features = List.copyOf(features);
            screenshots = List.copyOf(screenshots);
            videos = List.copyOf(videos);
            awards = List.copyOf(awards);
        }
    }

    /** {@code license} is a valid SPDX expression, in its canonical spelling. */
    public record Legal(String license, @Nullable String mainCopyrightOwner, @Nullable String repoOwner, @Nullable String authorsFile) {
    }

    public record Maintenance(MaintenanceType type, List<Contractor> contractors, List<Contact> contacts) {
        public Maintenance {
            contractors = List.copyOf(contractors);
            contacts = List.copyOf(contacts);
        }
    }

    /** Contracted to maintain the software {@code until} a date. */
    public record Contractor(String name, LocalDate until, @Nullable String email, @Nullable String website) {
    }

    /** A physical person maintaining the software. */
    public record Contact(String name, @Nullable String email, @Nullable String phone, @Nullable String affiliation) {
    }

    public record Localisation(boolean localisationReady, List<String> availableLanguages) {
        public Localisation {
            availableLanguages = List.copyOf(availableLanguages);
        }
    }

    public enum DependencyKind { OPEN, PROPRIETARY, HARDWARE }

    /** A system-level dependency; the version keys combine into a range (publiccode.yml "complex versioning"). */
    public record Dependency(String name, @Nullable String versionMin, @Nullable String versionMax, @Nullable String version,
                             @Nullable Boolean optional) {
    }

    public record DependsOn(List<Dependency> open, List<Dependency> proprietary, List<Dependency> hardware) {
        public static final DependsOn NONE = new DependsOn(List.of(), List.of(), List.of());

        public DependsOn {
            open = List.copyOf(open);
            proprietary = List.copyOf(proprietary);
            hardware = List.copyOf(hardware);
        }

        public List<Dependency> of(DependencyKind kind) {
            return switch (kind) {
                case OPEN -> open;
                case PROPRIETARY -> proprietary;
                case HARDWARE -> hardware;
            };
        }
    }
}
