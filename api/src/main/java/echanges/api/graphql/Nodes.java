package echanges.api.graphql;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import echanges.accounts.Accounts;
import echanges.catalogue.Components;
import echanges.forum.Category;
import echanges.forum.Following;
import echanges.forum.Forum;
import echanges.forum.Notification;
import echanges.platform.GlobalId;
import echanges.platform.Tag;
import echanges.platform.Tags;
import echanges.platform.Viewer;
import echanges.procurement.Challenges;

/**
 * Resolves global ids to the modules' records, one call per type for any number of ids, with the
 * viewer's visibility: an id the viewer may not see resolves to nothing, as if it did not exist.
 */
@Component
public class Nodes {

    private final Accounts accounts;
    private final Challenges challenges;
    private final Components components;
    private final Forum forum;
    private final Tags tags;
    private final Following following;
    private final echanges.procurement.Proposals proposals;
    private final echanges.procurement.Contracts contracts;

    Nodes(Accounts accounts, Challenges challenges, Components components, Forum forum, Tags tags, Following following,
          echanges.procurement.Proposals proposals, echanges.procurement.Contracts contracts) {
        this.proposals = proposals;
        this.contracts = contracts;
        this.following = following;
        this.accounts = accounts;
        this.challenges = challenges;
        this.components = components;
        this.forum = forum;
        this.tags = tags;
    }

    public Map<GlobalId, Object> load(Collection<GlobalId> ids, Viewer viewer) {
        Map<GlobalId, Object> result = new HashMap<>();
        ids.stream().collect(Collectors.groupingBy(GlobalId::type)).forEach((type, group) -> {
            List<String> raw = group.stream().map(GlobalId::id).distinct().toList();
            Map<String, ?> found = switch (type) {
                case "Challenge" -> challenges.byIds(raw, viewer);
                case "Component" -> components.byIds(raw);
                case "Thread" -> forum.threadsByIds(raw);
                case "Post" -> forum.postsByIds(raw, viewer);
                case "Proposal" -> proposals.byIds(raw, viewer);
                case "Contract" -> contracts.byIds(raw, viewer);
                case "PerformanceReport" -> contracts.reportsByIds(raw, viewer);
                case "Category" -> forum.categories().stream().filter(c -> raw.contains(c.id())).collect(Collectors.toMap(Category::id, Function.identity()));
                case "Notification" -> following.notificationsByIds(raw, viewer).stream().collect(Collectors.toMap(Notification::id, Function.identity()));
                case "Person" -> accounts.people(raw);
                case "PublicBody" -> accounts.publicBodies(raw);
                case "Supplier" -> accounts.suppliers(raw);
                case "Tag" -> tags.byIds(raw).stream().collect(Collectors.toMap(Tag::id, Function.identity()));
                default -> Map.of();
            };
            for (GlobalId id : group) {
                Object node = found.get(id.id());
                if (node != null) result.put(id, node);
            }
        });
        return result;
    }
}
