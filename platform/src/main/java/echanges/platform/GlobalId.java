package echanges.platform;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A Relay global id: the GraphQL type name and the node's own id, encoded so that clients treat
 * it as opaque and never build one by hand.
 */
public record GlobalId(String type, String id) {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    public GlobalId {
        if (type.isBlank() || id.isBlank() || type.contains(":"))
            throw new PlatformException.InvalidArgument("a global id needs a type and an id");
    }

    public static String encode(String type, String id) {
        return new GlobalId(type, id).encoded();
    }

    public String encoded() {
        return ENCODER.encodeToString((type + ":" + id).getBytes(StandardCharsets.UTF_8));
    }

    public static GlobalId parse(String encoded) {
        String decoded;
        try {
            decoded = new String(DECODER.decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new PlatformException.InvalidArgument("'" + encoded + "' is not an id of this API");
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0 || colon == decoded.length() - 1)
            throw new PlatformException.InvalidArgument("'" + encoded + "' is not an id of this API");
        return new GlobalId(decoded.substring(0, colon), decoded.substring(colon + 1));
    }

    /** The node id inside {@code encoded}, which must be an id of the given type. */
    public static String expect(String encoded, String type) {
        GlobalId id = parse(encoded);
        if (!id.type().equals(type))
            throw new PlatformException.InvalidArgument("'" + encoded + "' is the id of a " + id.type() + ", not of a " + type);
        return id.id();
    }
}
