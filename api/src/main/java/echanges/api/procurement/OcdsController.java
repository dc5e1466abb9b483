package echanges.api.procurement;

import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import echanges.api.graphql.Batches;
import echanges.procurement.Challenge;
import echanges.procurement.opendata.OpenData;
import tools.jackson.databind.node.ObjectNode;

/** Maps a challenge's open contracting data (OCDS 1.1): its ocid, release package and record package. */
@Controller
class OcdsController {

    private final OpenData openData;

    OcdsController(OpenData openData) {
        this.openData = openData;
    }

    @SchemaMapping(typeName = "Challenge")
    String ocid(Challenge challenge) {
        return openData.ocid(challenge.id());
    }

    @BatchMapping(typeName = "Challenge")
    Map<Challenge, ObjectNode> releasePackage(List<Challenge> batch) {
        return Batches.byKey(batch, Challenge::id, openData.releasePackages(batch.stream().map(Challenge::id).toList()));
    }

    @BatchMapping(typeName = "Challenge")
    Map<Challenge, ObjectNode> recordPackage(List<Challenge> batch) {
        return Batches.byKey(batch, Challenge::id, openData.recordPackages(batch.stream().map(Challenge::id).toList()));
    }
}
