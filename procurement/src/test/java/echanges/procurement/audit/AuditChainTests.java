package echanges.procurement.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import echanges.testing.PlainJava;

class AuditChainTests {

    private static final Instant AT = Instant.parse("2026-11-02T15:00:00Z");

    private static List<AuditEntry> chain(int length) {
        List<AuditEntry> entries = new ArrayList<>();
        AuditEntry previous = null;
        for (int i = 0; i < length; i++) {
            previous = AuditChain.next(previous, "ACTION_" + i, "person-" + i, "details " + i, AT.plusSeconds(i));
            entries.add(previous);
        }
        return entries;
    }

    @Test
    void shouldChainEachEntryToThePreviousOne() {
        List<AuditEntry> entries = chain(3);

        assertThat(entries.getFirst().previousHash()).isEqualTo(AuditChain.GENESIS);
        assertThat(entries.get(1).previousHash()).isEqualTo(entries.getFirst().hash());
        assertThat(entries).extracting(AuditEntry::sequence).containsExactly(1, 2, 3);
        assertThat(AuditChain.firstBroken(entries)).isEmpty();
    }

    @Test
    void shouldFindAChangedARemovedOrAReorderedEntry() {
        List<AuditEntry> changed = new ArrayList<>(chain(4));
        AuditEntry second = changed.get(1);
        changed.set(1, new AuditEntry(2, second.action(), second.actorId(), "rewritten", second.at(), second.previousHash(), second.hash()));
        List<AuditEntry> removed = new ArrayList<>(chain(4));
        removed.remove(2);
        List<AuditEntry> reordered = new ArrayList<>(chain(4));
        reordered.add(reordered.removeFirst());

        assertThat(AuditChain.firstBroken(changed)).contains(2);
        assertThat(AuditChain.firstBroken(removed)).contains(4);
        assertThat(AuditChain.firstBroken(reordered)).contains(2);
    }

    @Test
    void shouldStayPlainJava() {
        PlainJava.check("echanges.procurement.audit");
    }
}
