package echanges.procurement.opendata;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/** Where a page of the release feed ended: the last release's date, challenge and sequence, opaque to clients. */
record ReleaseCursor(Instant date, String challengeId, int sequence) {

    String encode() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((date + "|" + sequence + "|" + challengeId).getBytes(StandardCharsets.UTF_8));
    }

    static ReleaseCursor parse(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", 3);
            if (parts.length != 3) throw new InvalidFeedRequest("'" + cursor + "' is not a cursor of this feed");
            return new ReleaseCursor(Instant.parse(parts[0]), parts[2], Integer.parseInt(parts[1]));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new InvalidFeedRequest("'" + cursor + "' is not a cursor of this feed");
        }
    }
}
