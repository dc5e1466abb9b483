package echanges.api.procurement;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

import echanges.accounts.Accounts;
import echanges.accounts.Person;
import echanges.api.graphql.Batches;
import echanges.procurement.Challenge;
import echanges.procurement.Challenges;
import echanges.procurement.audit.AuditChain;
import echanges.procurement.audit.AuditEntry;

/** Maps a challenge's audit trail, verified as it is read. */
@Controller
class AuditController {

    record AuditTrail(List<AuditEntry> entries, boolean verified, @Nullable Integer brokenAt) {
    }

    private final Challenges challenges;
    private final Accounts accounts;

    AuditController(Challenges challenges, Accounts accounts) {
        this.challenges = challenges;
        this.accounts = accounts;
    }

    @BatchMapping(typeName = "Challenge")
    Map<Challenge, AuditTrail> auditTrail(List<Challenge> batch) {
        Map<String, List<AuditEntry>> trails = challenges.auditTrails(batch.stream().map(Challenge::id).toList());
        return Batches.byKey(batch, Challenge::id, trails.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> {
            Optional<Integer> broken = AuditChain.firstBroken(e.getValue());
            return new AuditTrail(e.getValue(), broken.isEmpty(), broken.orElse(null));
        })));
    }

    @BatchMapping(typeName = "AuditEntry")
    Map<AuditEntry, Person> actor(List<AuditEntry> batch) {
        return Batches.byKey(batch, AuditEntry::actorId,
                accounts.people(batch.stream().map(AuditEntry::actorId).filter(Objects::nonNull).distinct().toList()));
    }
}
