package echanges.platform;

/** The `extensions.code` a client receives; one per way a request can be refused. */
public enum ErrorCode {
    BAD_USER_INPUT, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT,
    /** A server the platform depends on did not answer; retrying later may succeed. */
    SERVICE_UNAVAILABLE,
    /** A limit on how often one may act; the error's `retryAt` says when to try again. */
    RATE_LIMITED
}
