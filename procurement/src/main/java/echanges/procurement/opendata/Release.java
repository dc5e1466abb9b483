package echanges.procurement.opendata;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import echanges.procurement.calendar.HolidayCalendar;
import echanges.procurement.calendar.QuestionDeadline;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The content of one OCDS 1.1 release: the challenge's public state when a public step happened.
 * Its {@code ocid} and {@code id} are added when published (see {@link OpenData}), so that the
 * ocid prefix stays a setting. Each release is a full snapshot, so that any one of them reads on
 * its own and the compiled release is their merge.
 */
final class Release {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Release() {
    }

    static ObjectNode of(PublicState state, List<String> tags, Instant date) {
        ObjectNode release = NODES.objectNode();
        release.put("date", date.toString());
        release.set("tag", strings(tags));
        release.put("initiationType", "tender");
        release.put("language", state.language().toLowerCase(Locale.ROOT));
        release.set("parties", parties(state));
        release.set("buyer", reference(state.body()));
        release.set("tender", tender(state));
        if (state.winner() != null) release.set("awards", NODES.arrayNode().add(award(state.winner(), state.title(), state.currency())));
        if (!state.contracts().isEmpty()) {
            ArrayNode contracts = release.putArray("contracts");
            state.contracts().forEach(c -> contracts.add(contract(c, state.title())));
        }
        return release;
    }

    private static ObjectNode tender(PublicState state) {
        ObjectNode tender = NODES.objectNode();
        tender.put("id", state.challengeId());
        tender.put("title", state.title());
        tender.put("description", state.description());
        tender.put("status", tenderStatus(state.status()));
        tender.set("procuringEntity", reference(state.body()));
        tender.set("value", value(state.budgetCeiling(), state.currency()));
        tender.put("procurementMethod", "open");
        tender.put("procurementMethodDetails", "Micro-procurement challenge: public call below the public-tender threshold");
        tender.put("mainProcurementCategory", "services");
        if (state.awardRule() != null) {
            tender.put("awardCriteria", "QUALITY_PRICE".equals(state.awardRule()) ? "ratedCriteria" : "priceOnly");
            tender.put("awardCriteriaDetails", awardCriteriaDetails(state.awardRule(), state.criteria()));
        }
        tender.set("submissionMethod", strings(List.of("electronicSubmission")));
        Instant start = state.publishedAt();
        tender.set("tenderPeriod", period(start, state.closesAt()));
        // s. 9: questions sent later than 3 business days before closing may be declined.
        tender.set("enquiryPeriod", period(start, QuestionDeadline.before(state.closesAt(), HolidayCalendar.quebec()).at()));
        if (!state.addenda().isEmpty()) {
            ArrayNode amendments = tender.putArray("amendments");
            for (PublicState.Addendum a : state.addenda())
                amendments.add(NODES.objectNode().put("id", "addendum-" + a.number()).put("date", a.publishedAt().toString())
                        .put("description", a.text()).put("rationale", "Addendum " + a.number() + " (s. 9): " + a.closingShiftReason()));
        }
        if (state.opening() != null) {
            tender.put("numberOfTenderers", state.opening().tenderers().size());
            ArrayNode tenderers = tender.putArray("tenderers");
            state.opening().tenderers().forEach(t -> tenderers.add(reference(t)));
        }
        return tender;
    }

    private static ObjectNode award(PublicState.Winner winner, String title, String currency) {
        ObjectNode award = NODES.objectNode();
        award.put("id", winner.proposalId());
        award.put("title", title);
        award.put("status", "active");
        award.put("date", winner.decidedAt().toString());
        award.set("value", value(winner.price(), currency));
        award.set("suppliers", NODES.arrayNode().add(reference(winner.supplier())));
        return award;
    }

    private static ObjectNode contract(PublicState.Contract c, String title) {
        ObjectNode contract = NODES.objectNode();
        contract.put("id", c.id());
        contract.put("awardID", c.awardId());
        contract.put("title", title);
        // s. 38.2: the final description is what the body publishes at the end of the contract.
        if (c.finalDescription() != null) contract.put("description", c.finalDescription());
        contract.put("status", "COMPLETED".equals(c.status()) ? "terminated" : "active");
        contract.set("period", period(c.openedAt(), c.endedAt()));
        contract.set("value", value(c.publishedAmount(), c.currency()));
        contract.put("dateSigned", c.openedAt().toString());
        List<PublicState.ContractAmendment> published = c.published();
        if (!published.isEmpty()) {
            ArrayNode amendments = contract.putArray("amendments");
            // From the amount last published, not the one just before: an unpublished amendment stays unpublished.
            BigDecimal before = c.initialAmount();
            for (PublicState.ContractAmendment a : published) {
                amendments.add(NODES.objectNode().put("id", c.id() + "-amendment-" + a.sequence()).put("date", a.at().toString())
                        .put("rationale", a.rationale())
                        .put("description", "Amount changed from " + before.toPlainString() + " to " + a.amount().toPlainString()
                                + " " + c.currency() + " (s. 38.1: more than 10 % above the initial amount)"));
                before = a.amount();
            }
        }
        return contract;
    }

    /** The body, then whoever the opening disclosed, then whoever was awarded or contracted, each once with all its roles. */
    private static ArrayNode parties(PublicState state) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Set<String>> roles = new LinkedHashMap<>();
        add(names, roles, state.body(), "buyer", "procuringEntity");
        if (state.opening() != null) state.opening().tenderers().forEach(t -> add(names, roles, t, "tenderer"));
        if (state.winner() != null) add(names, roles, state.winner().supplier(), "tenderer", "supplier");
        state.contracts().forEach(c -> add(names, roles, c.supplier(), "supplier"));
        ArrayNode parties = NODES.arrayNode();
        names.forEach((id, name) -> parties.add(NODES.objectNode().put("id", id).put("name", name).set("roles", strings(List.copyOf(roles.get(id))))));
        return parties;
    }

    private static void add(Map<String, String> names, Map<String, Set<String>> roles, PublicState.Party party, String... partyRoles) {
        names.putIfAbsent(party.id(), party.name());
        roles.computeIfAbsent(party.id(), id -> new LinkedHashSet<>()).addAll(List.of(partyRoles));
    }

    /** Codelist tenderStatus: a withdrawn call is cancelled (OCDS "withdrawn" means the data was withdrawn). */
    static String tenderStatus(String challengeStatus) {
        return switch (challengeStatus) {
            case "AWARDED" -> "complete";
            case "CANCELLED", "WITHDRAWN" -> "cancelled";
            case "UNSUCCESSFUL" -> "unsuccessful";
            default -> "active";
        };
    }

    private static String awardCriteriaDetails(String rule, List<PublicState.Criterion> criteria) {
        String names = criteria.stream().map(c -> "QUALITY_PRICE".equals(rule) ? c.name() + " (" + c.weight() + " %)" : c.name())
                .collect(Collectors.joining("; "));
        return switch (rule) {
            case "PRICE_ONLY" -> "Price only (s. 13): the lowest price wins.";
            case "MINIMUM_QUALITY" -> "Minimum quality (Sch. 1): every criterion must reach its acceptable level, then the lowest price wins. Criteria: "
                    + names + ".";
            default -> "Quality-price ratio (Sch. 2): the lowest price adjusted by the quality score wins. Criteria: " + names + ".";
        };
    }

    private static ObjectNode reference(PublicState.Party party) {
        return NODES.objectNode().put("id", party.id()).put("name", party.name());
    }

    private static ObjectNode value(BigDecimal amount, String currency) {
        return NODES.objectNode().put("amount", amount).put("currency", currency);
    }

    private static ObjectNode period(@Nullable Instant start, @Nullable Instant end) {
        ObjectNode period = NODES.objectNode();
        if (start != null) period.put("startDate", start.toString());
        if (end != null) period.put("endDate", end.toString());
        return period;
    }

    private static ArrayNode strings(List<String> values) {
        ArrayNode array = NODES.arrayNode();
        values.forEach(array::add);
        return array;
    }
}
