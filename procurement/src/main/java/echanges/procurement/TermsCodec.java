package echanges.procurement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

import echanges.procurement.award.AwardRule;
import echanges.procurement.award.Criterion;
import echanges.procurement.award.Percent;
import echanges.procurement.award.Score;

/**
 * The terms as properties of the challenge node. Neo4j properties hold flat lists only, so the
 * criteria are kept as parallel lists (ids, names, weights, levels; "" for no level) in the notice's
 * order, and exact numbers as decimal strings.
 */
final class TermsCodec {

    private TermsCodec() {
    }

    static Map<String, Object> properties(ChallengeTerms terms) {
        Map<String, Object> p = new HashMap<>();
        p.put("deliveryCalendar", terms.deliveryCalendar());
        p.put("informationContact", terms.informationContact());
        AwardRule rule = terms.awardRule();
        p.put("awardRule", rule == null ? null : kind(rule));
        p.put("awardK", rule instanceof AwardRule.QualityPrice q ? q.k().value().toPlainString() : null);
        p.put("awardMargin", rule == null ? null : rule.preferentialMargin().value().toPlainString());
        List<Criterion> criteria = rule == null ? List.of() : rule.criteria();
        p.put("criterionIds", criteria.stream().map(Criterion::id).toList());
        p.put("criterionNames", criteria.stream().map(Criterion::name).toList());
        p.put("criterionWeights", criteria.stream().map(c -> c.weight().value().toPlainString()).toList());
        p.put("criterionLevels", criteria.stream().map(c -> c.acceptableLevel() == null ? "" : c.acceptableLevel().value().toPlainString()).toList());
        return p;
    }

    static ChallengeTerms terms(Value c) {
        return new ChallengeTerms(rule(c), text(c.get("deliveryCalendar")), text(c.get("informationContact")));
    }

    private static @Nullable AwardRule rule(Value c) {
        if (c.get("awardRule").isNull()) return null;
        List<Criterion> criteria = new ArrayList<>();
        List<String> ids = c.get("criterionIds").asList(Value::asString);
        List<String> names = c.get("criterionNames").asList(Value::asString);
        List<String> weights = c.get("criterionWeights").asList(Value::asString);
        List<String> levels = c.get("criterionLevels").asList(Value::asString);
        for (int i = 0; i < ids.size(); i++)
            criteria.add(new Criterion(ids.get(i), names.get(i), Percent.of(weights.get(i)), levels.get(i).isEmpty() ? null : Score.of(levels.get(i))));
        Percent margin = Percent.of(c.get("awardMargin").asString());
        return switch (c.get("awardRule").asString()) {
            case "PRICE_ONLY" -> new AwardRule.PriceOnly(margin);
            case "MINIMUM_QUALITY" -> new AwardRule.MinimumQuality(criteria, margin);
            case "QUALITY_PRICE" -> new AwardRule.QualityPrice(criteria, Percent.of(c.get("awardK").asString()), margin);
            default -> throw new IllegalStateException("unknown award rule " + c.get("awardRule").asString());
        };
    }

    static String kind(AwardRule rule) {
        return switch (rule) {
            case AwardRule.PriceOnly p -> "PRICE_ONLY";
            case AwardRule.MinimumQuality m -> "MINIMUM_QUALITY";
            case AwardRule.QualityPrice q -> "QUALITY_PRICE";
        };
    }

    private static @Nullable String text(Value value) {
        return value.isNull() ? null : value.asString();
    }
}
