package echanges.api.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * A bearer token that is forged, malformed or expired is refused before GraphQL runs; the answer
 * still has GraphQL's shape and code, so that clients handle it as any other UNAUTHENTICATED error.
 */
final class InvalidTokenResponse implements AuthenticationEntryPoint {

    private static final String BODY = """
            {"errors":[{"message":"the bearer token is invalid or expired: sign in again",\
            "extensions":{"code":"UNAUTHENTICATED"}}]}""";

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception) throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getWriter().write(BODY);
    }
}
