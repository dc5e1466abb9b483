package echanges.procurement.opendata;

/**
 * How the platform publishes its open contracting data.
 *
 * @param ocidPrefix the start of every ocid. A real publisher registers its own prefix with the
 *        Open Contracting Partnership (an {@code ocds-xxxxxx} code), so that ocids are unique
 *        worldwide; {@code ocds-echanges} is this platform's default until it has one.
 * @param publisherName the publisher named in every package
 * @param baseUri where the packages are served (their {@code uri} fields start with it)
 */
public record OpenDataSettings(String ocidPrefix, String publisherName, String baseUri) {

    public static final OpenDataSettings DEFAULTS = new OpenDataSettings("ocds-echanges", "Échanges", "http://localhost:8080");

    public OpenDataSettings {
        if (ocidPrefix.isBlank() || publisherName.isBlank() || baseUri.isBlank())
            throw new IllegalArgumentException("the ocid prefix, the publisher's name and the base URI are required");
        baseUri = baseUri.endsWith("/") ? baseUri.substring(0, baseUri.length() - 1) : baseUri;
    }
}
