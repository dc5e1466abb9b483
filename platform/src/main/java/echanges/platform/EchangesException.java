package echanges.platform;

import java.util.Map;

/**
 * The root of every module's sealed exception hierarchy. The API maps {@link #code()} to the
 * GraphQL error's `extensions.code`, so a module never depends on GraphQL to refuse a request.
 */
public abstract class EchangesException extends RuntimeException {

    protected EchangesException(String message) {
        super(message);
    }

    protected EchangesException(String message, Throwable cause) {
        super(message, cause);
    }

    public abstract ErrorCode code();

    /** More for the client beside the code and the message, e.g. when it may try again. */
    public Map<String, Object> extensions() {
        return Map.of();
    }
}
