package echanges.procurement.opendata;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import echanges.platform.Graph;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The procurement module's API for open contracting data (OCDS 1.1): each public challenge is one
 * contracting process, identified by a stable ocid, with one release per public step, published
 * as release packages, as a record package (every release and the compiled release, with the
 * public questions and answers as enquiries) and as a feed of every release. A draft has no
 * release, so it appears nowhere.
 */
public class OpenData {

    /** The OCDS enquiry extension: {@code tender.enquiries}, the public questions and answers. */
    public static final String ENQUIRY_EXTENSION =
            "https://raw.githubusercontent.com/open-contracting-extensions/ocds_enquiry_extension/v1.1.5/extension.json";
    public static final int MAX_FEED_PAGE = 100;
    private static final String VERSION = "1.1";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Clock clock;
    private final Enquiries enquiries;
    private final OpenDataSettings settings;
    private final ReleaseRepository repository;

    public OpenData(Graph graph, Clock clock, Enquiries enquiries, OpenDataSettings settings) {
        this.clock = clock;
        this.enquiries = enquiries;
        this.settings = settings;
        this.repository = new ReleaseRepository(graph);
    }

    /** The challenge's Open Contracting ID: stable, the prefix and the challenge's id. */
    public String ocid(String challengeId) {
        return settings.ocidPrefix() + "-" + challengeId;
    }

    /** The release package of each challenge among {@code challengeIds} that has releases, in one round trip. */
    public Map<String, ObjectNode> releasePackages(Collection<String> challengeIds) {
        Map<String, ObjectNode> packages = new HashMap<>();
        repository.ofChallenges(challengeIds).forEach((id, stored) -> {
            ObjectNode releasePackage = envelope(releasesUri(id), stored.getLast().date());
            ArrayNode releases = releasePackage.putArray("releases");
            stored.forEach(s -> releases.add(published(s)));
            packages.put(id, releasePackage);
        });
        return packages;
    }

    /**
     * The record package of each challenge among {@code challengeIds} that has releases: its
     * releases embedded, and the compiled release with the enquiries; two round trips in all.
     */
    public Map<String, ObjectNode> recordPackages(Collection<String> challengeIds) {
        Map<String, List<ReleaseRepository.Stored>> stored = repository.ofChallenges(challengeIds);
        Map<String, List<Enquiry>> questions = stored.isEmpty() ? Map.of() : enquiries.of(stored.keySet());
        Map<String, ObjectNode> packages = new HashMap<>();
        stored.forEach((id, releases) -> {
            List<ObjectNode> published = releases.stream().map(this::published).toList();
            List<Enquiry> asked = questions.getOrDefault(id, List.of());
            ObjectNode compiled = ReleaseMerger.compile(published);
            ObjectNode tender = (ObjectNode) compiled.get("tender");
            tender.put("hasEnquiries", !asked.isEmpty());
            if (!asked.isEmpty()) {
                ArrayNode list = tender.putArray("enquiries");
                asked.forEach(e -> list.add(enquiry(e)));
            }
            // Generated on demand: dated by the last change to what it contains (OCDS package guidance).
            Instant lastChange = Stream.concat(Stream.of(releases.getLast().date()),
                            asked.stream().flatMap(e -> Stream.of(e.date(), e.dateAnswered())).filter(java.util.Objects::nonNull))
                    .max(Instant::compareTo).orElseThrow();
            ObjectNode recordPackage = envelope(recordsUri(id), lastChange);
            recordPackage.putArray("extensions").add(ENQUIRY_EXTENSION);
            recordPackage.putArray("packages").add(releasesUri(id));
            ObjectNode record = recordPackage.putArray("records").addObject();
            record.put("ocid", ocid(id));
            ArrayNode embedded = record.putArray("releases");
            published.forEach(embedded::add);
            record.set("compiledRelease", compiled);
            packages.put(id, recordPackage);
        });
        return packages;
    }

    /**
     * A page of every release of every challenge, oldest first, from {@code since} and after the
     * cursor of the previous page ({@code links.next} says where the next page is).
     */
    public ObjectNode feed(@Nullable Instant since, @Nullable String after, int limit) {
        if (limit < 1 || limit > MAX_FEED_PAGE) throw new InvalidFeedRequest("a page has 1 to " + MAX_FEED_PAGE + " releases, was " + limit);
        ReleaseCursor cursor = after == null || after.isBlank() ? null : ReleaseCursor.parse(after);
        List<ReleaseRepository.Stored> rows = repository.feed(since, cursor, limit + 1);
        List<ReleaseRepository.Stored> page = rows.subList(0, Math.min(limit, rows.size()));
        ObjectNode feed = envelope(feedUri(since, after, limit), page.isEmpty() ? clock.instant() : page.getLast().date());
        ArrayNode releases = feed.putArray("releases");
        page.forEach(s -> releases.add(published(s)));
        if (rows.size() > limit) {
            ReleaseRepository.Stored last = page.getLast();
            feed.putObject("links").put("next", feedUri(since, new ReleaseCursor(last.date(), last.challengeId(), last.sequence()).encode(), limit));
        }
        return feed;
    }

    /** A package as JSON bytes (UTF-8), amounts written as the exact decimals they are. */
    public static byte[] json(JsonNode node) {
        return OcdsJson.bytes(node);
    }

    private ObjectNode published(ReleaseRepository.Stored stored) {
        ObjectNode release = NODES.objectNode();
        release.put("ocid", ocid(stored.challengeId()));
        release.put("id", ocid(stored.challengeId()) + "-" + stored.sequence());
        release.setAll((ObjectNode) OcdsJson.read(stored.json()));
        return release;
    }

    private static ObjectNode enquiry(Enquiry e) {
        ObjectNode enquiry = NODES.objectNode().put("id", e.id()).put("date", e.date().toString()).put("title", e.title())
                .put("description", e.description());
        if (e.answer() != null) enquiry.put("answer", e.answer());
        if (e.dateAnswered() != null) enquiry.put("dateAnswered", e.dateAnswered().toString());
        return enquiry;
    }

    private ObjectNode envelope(String uri, Instant publishedDate) {
        ObjectNode envelope = NODES.objectNode();
        envelope.put("uri", uri);
        envelope.put("version", VERSION);
        envelope.put("publishedDate", publishedDate.toString());
        envelope.putObject("publisher").put("name", settings.publisherName());
        return envelope;
    }

    private String releasesUri(String challengeId) {
        return settings.baseUri() + "/ocds/releases/" + challengeId;
    }

    private String recordsUri(String challengeId) {
        return settings.baseUri() + "/ocds/records/" + challengeId;
    }

    private String feedUri(@Nullable Instant since, @Nullable String after, int limit) {
        List<String> query = new ArrayList<>();
        if (since != null) query.add("since=" + URLEncoder.encode(since.toString(), StandardCharsets.UTF_8));
        if (after != null && !after.isBlank()) query.add("after=" + URLEncoder.encode(after, StandardCharsets.UTF_8));
        query.add("limit=" + limit);
        return settings.baseUri() + "/ocds/releases?" + String.join("&", query);
    }
}
