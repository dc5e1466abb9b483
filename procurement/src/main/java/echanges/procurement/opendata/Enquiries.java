package echanges.procurement.opendata;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The public questions and answers about challenges. The forum holds them and depends on
 * procurement, not the reverse, so it provides them through this interface.
 */
@FunctionalInterface
public interface Enquiries {

    /** No questions at all: a platform without the forum. */
    Enquiries NONE = challengeIds -> Map.of();

    /** The enquiries of each challenge among {@code challengeIds} that has any, oldest first, in one round trip. */
    Map<String, List<Enquiry>> of(Collection<String> challengeIds);
}
