package echanges.api.procurement;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import echanges.procurement.opendata.InvalidFeedRequest;
import echanges.procurement.opendata.OpenData;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Open contracting data over HTTP (OCDS 1.1), public like the challenges themselves and without
 * sign-in: each challenge's release package and record package, found by its id or its ocid, and
 * the feed of every release. A draft has no release, so it is not found here.
 */
@RestController
@RequestMapping(path = "/ocds", produces = MediaType.APPLICATION_JSON_VALUE)
class OpenDataController {

    private final OpenData openData;

    OpenDataController(OpenData openData) {
        this.openData = openData;
    }

    @GetMapping("/releases/{challenge}")
    ResponseEntity<byte[]> releasePackage(@PathVariable String challenge) {
        String id = challengeId(challenge);
        return found(openData.releasePackages(List.of(id)).get(id), challenge);
    }

    @GetMapping("/records/{challenge}")
    ResponseEntity<byte[]> recordPackage(@PathVariable String challenge) {
        String id = challengeId(challenge);
        return found(openData.recordPackages(List.of(id)).get(id), challenge);
    }

    /**
     * Every release, oldest first; {@code links.next} in the package gives the next page. Nothing
     * (yet) after the cursor answers 204: a release package holds at least one release.
     */
    @GetMapping("/releases")
    ResponseEntity<byte[]> releases(@RequestParam(required = false) @Nullable String since, @RequestParam(required = false) @Nullable String after,
                                    @RequestParam(defaultValue = "" + OpenData.MAX_FEED_PAGE) int limit) {
        JsonNode page = openData.feed(instant(since), after, limit);
        return page.path("releases").isEmpty() ? ResponseEntity.noContent().build() : json(HttpStatus.OK, page);
    }

    @ExceptionHandler(InvalidFeedRequest.class)
    ResponseEntity<byte[]> invalid(InvalidFeedRequest e) {
        return error(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    /** A challenge's id, or its ocid (the prefix and the id). */
    private String challengeId(String idOrOcid) {
        String prefix = openData.ocid("");
        return idOrOcid.startsWith(prefix) ? idOrOcid.substring(prefix.length()) : idOrOcid;
    }

    private static @Nullable Instant instant(@Nullable String since) {
        if (since == null || since.isBlank()) return null;
        try {
            return OffsetDateTime.parse(since).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidFeedRequest("'" + since + "' is not an ISO-8601 date-time with offset, e.g. 2026-12-01T17:00:00Z");
        }
    }

    private static ResponseEntity<byte[]> found(@Nullable JsonNode document, String challenge) {
        return document == null ? error(HttpStatus.NOT_FOUND, "no public challenge " + challenge) : json(HttpStatus.OK, document);
    }

    private static ResponseEntity<byte[]> error(HttpStatus status, String message) {
        return json(status, JsonNodeFactory.instance.objectNode().put("error", message));
    }

    private static ResponseEntity<byte[]> json(HttpStatus status, JsonNode document) {
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8)).body(OpenData.json(document));
    }
}
