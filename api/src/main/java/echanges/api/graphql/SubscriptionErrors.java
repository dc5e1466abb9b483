package echanges.api.graphql;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.execution.SubscriptionExceptionResolverAdapter;
import org.springframework.stereotype.Component;

import echanges.platform.EchangesException;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;

/**
 * An error that ends a subscription reaches the client with the same codes as any other; an
 * unexpected one is logged here, since the stream that carried it is gone.
 */
@Component
class SubscriptionErrors extends SubscriptionExceptionResolverAdapter {

    private static final Logger log = LoggerFactory.getLogger(SubscriptionErrors.class);

    @Override
    protected @Nullable GraphQLError resolveToSingleError(Throwable ex) {
        if (ex instanceof EchangesException refusal) {
            Map<String, Object> extensions = new LinkedHashMap<>(refusal.extensions());
            extensions.put(ErrorCodes.CODE, refusal.code().name());
            return GraphqlErrorBuilder.newError().message(refusal.getMessage()).extensions(extensions).build();
        }
        log.warn("A subscription ended with an unexpected error", ex);
        return GraphqlErrorBuilder.newError().message("the subscription ended unexpectedly")
                .extensions(Map.of(ErrorCodes.CODE, "INTERNAL_ERROR")).build();
    }
}
