package echanges.procurement.award;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import echanges.platform.EchangesException;
import echanges.platform.ErrorCode;

/**
 * Why an award rule refused: a notice's rule that may not be published, or inputs to an award
 * that the rule cannot decide on. The message names the section and the value that broke it;
 * {@link #section()} carries the section alone, for the API's error extensions.
 */
public sealed abstract class AwardRuleBroken extends EchangesException {

    private final @Nullable String section;

    AwardRuleBroken(@Nullable String section, String message) {
        super(section == null ? message : section + ": " + message);
        this.section = section;
    }

    /** The regulation's section, e.g. {@code Sch. 2 (9)}; absent for a plain value check. */
    public @Nullable String section() {
        return section;
    }

    @Override
    public ErrorCode code() {
        return ErrorCode.BAD_USER_INPUT;
    }

    @Override
    public Map<String, Object> extensions() {
        return section == null ? Map.of() : Map.of("section", section);
    }

    /** The award rule of a notice breaks the regulation: the notice may not be published. */
    public static final class InvalidConfiguration extends AwardRuleBroken {
        public InvalidConfiguration(String section, String message) {
            super(section, message);
        }
    }

    /** A value or a proposal's evaluation the award cannot be decided on. */
    public static final class InvalidInput extends AwardRuleBroken {
        public InvalidInput(@Nullable String section, String message) {
            super(section, message);
        }
    }
}
