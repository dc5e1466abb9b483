package echanges.api.security;

import java.util.Map;
import java.util.Optional;

import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlInterceptor;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.graphql.server.WebSocketSessionInfo;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

import echanges.accounts.Accounts;
import echanges.api.graphql.Viewers;
import echanges.platform.PlatformException;
import echanges.platform.Viewer;
import reactor.core.publisher.Mono;

/**
 * Puts the {@link Viewer} of every GraphQL request into its context. Over HTTP the bearer token
 * was checked by Spring Security; over graphql-ws it is checked once, at {@code connection_init},
 * from the payload's {@code Authorization}, and an invalid one closes the connection.
 */
@Component
class ViewerInterceptor implements WebSocketGraphQlInterceptor {

    private static final String PERSON_ID = "echanges.personId";

    private final Accounts accounts;
    private final Tokens tokens;

    ViewerInterceptor(Accounts accounts, Tokens tokens) {
        this.accounts = accounts;
        this.tokens = tokens;
    }

    @Override
    public Mono<Object> handleConnectionInitialization(WebSocketSessionInfo session, Map<String, Object> payload) {
        Object header = payload.getOrDefault("Authorization", payload.get("authorization"));
        if (header == null) return Mono.empty(); // anonymous: public subscriptions only
        String value = header.toString();
        Optional<String> personId = value.startsWith("Bearer ") ? tokens.personId(value.substring(7).strip()) : Optional.empty();
        if (personId.isEmpty()) return Mono.error(new PlatformException.Unauthenticated("the bearer token of connection_init is invalid or expired"));
        session.getAttributes().put(PERSON_ID, personId.get());
        return Mono.empty();
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        String personId = request instanceof WebSocketGraphQlRequest ws
                ? (String) ws.getSessionInfo().getAttributes().get(PERSON_ID)
                : personIdOf(SecurityContextHolder.getContext().getAuthentication());
        Viewer viewer = personId == null ? Viewer.anonymous() : accounts.viewer(personId).orElse(Viewer.anonymous());
        request.configureExecutionInput((input, builder) -> builder.graphQLContext(Map.of(Viewers.KEY, viewer)).build());
        return chain.next(request);
    }

    private static String personIdOf(Authentication authentication) {
        return authentication instanceof JwtAuthenticationToken jwt ? jwt.getToken().getSubject() : null;
    }
}
