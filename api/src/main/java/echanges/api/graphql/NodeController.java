package echanges.api.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import echanges.platform.Connection;
import echanges.platform.GlobalId;
import echanges.platform.PageRequest;
import echanges.platform.Tag;
import echanges.platform.Tags;
import echanges.platform.Viewer;

/** Maps `node`, `nodes` and `tags`. */
@Controller
class NodeController {

    private final Nodes nodes;
    private final Tags tags;

    NodeController(Nodes nodes, Tags tags) {
        this.nodes = nodes;
        this.tags = tags;
    }

    @QueryMapping
    Object node(@Argument String id, @ContextValue(Viewers.KEY) Viewer viewer) {
        GlobalId globalId = GlobalId.parse(id);
        return nodes.load(List.of(globalId), viewer).get(globalId);
    }

    @QueryMapping("nodes")
    List<Object> nodeList(@Argument List<String> ids, @ContextValue(Viewers.KEY) Viewer viewer) {
        if (ids.size() > PageRequest.MAX_PAGE)
            throw new echanges.platform.PlatformException.InvalidArgument("at most " + PageRequest.MAX_PAGE + " ids at once, got " + ids.size());
        List<GlobalId> globalIds = ids.stream().map(GlobalId::parse).toList();
        Map<GlobalId, Object> found = nodes.load(globalIds, viewer);
        List<Object> result = new ArrayList<>(globalIds.size());
        for (GlobalId id : globalIds) result.add(found.get(id));
        return result;
    }

    @QueryMapping("tags")
    Connection<Tag> tagList(@Argument Integer first, @Argument String after) {
        return tags.page(PageRequest.of(first, after));
    }
}
