package echanges.api.graphql;

import java.util.List;

import org.springframework.graphql.execution.RuntimeWiringConfigurer;

import echanges.accounts.Person;
import echanges.accounts.PublicBody;
import echanges.accounts.Supplier;
import echanges.catalogue.Component;
import echanges.forum.Category;
import echanges.forum.Notification;
import echanges.forum.Post;
import echanges.forum.Thread;
import echanges.platform.GlobalId;
import echanges.platform.Tag;
import echanges.procurement.Challenge;
import graphql.schema.idl.RuntimeWiring;

/**
 * Gives every {@code Node} its global id. The modules' records carry their own ids; the GraphQL
 * type name is added here, once, rather than in each controller.
 */
@org.springframework.stereotype.Component
class NodeIds implements RuntimeWiringConfigurer {

    static final List<String> NODE_TYPES = List.of("Tag", "Person", "PublicBody", "Supplier", "Challenge", "Component", "Thread", "Post", "Category", "Notification", "Proposal",
            "Contract", "PerformanceReport");

    @Override
    public void configure(RuntimeWiring.Builder builder) {
        for (String type : NODE_TYPES)
            builder.type(type, t -> t.dataFetcher("id", env -> GlobalId.encode(type, idOf(env.getSource()))));
    }

    static String idOf(Object node) {
        return switch (node) {
            case Tag t -> t.id();
            case Person p -> p.id();
            case PublicBody b -> b.id();
            case Supplier s -> s.id();
            case Challenge c -> c.id();
            case Component c -> c.id();
            case Thread t -> t.id();
            case Post p -> p.id();
            case Category c -> c.id();
            case Notification n -> n.id();
            case echanges.procurement.Proposal p -> p.id();
            case echanges.procurement.Contracts.Contract c -> c.id();
            case echanges.procurement.Contracts.PerformanceReport r -> r.id();
            default -> throw new IllegalStateException("not a node: " + node.getClass());
        };
    }
}
