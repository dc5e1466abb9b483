package echanges.platform;

import java.net.URI;
import java.net.URISyntaxException;

/** A link the platform stores and shows: http or https, with a host. */
public final class WebLink {

    private WebLink() {
    }

    public static boolean isValid(String link) {
        try {
            URI uri = new URI(link);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
