package echanges.platform;

/** The `extensions.code` a client receives; one per way a request can be refused. */
public enum ErrorCode {
    BAD_USER_INPUT, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT
}
