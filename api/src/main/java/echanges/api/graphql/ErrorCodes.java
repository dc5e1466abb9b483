package echanges.api.graphql;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

import echanges.platform.EchangesException;
import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import reactor.core.publisher.Mono;

/**
 * Every refusal reaches the client with an {@code extensions.code}: the modules' exceptions carry
 * theirs, and requests that graphql-java rejects before execution (bad syntax, unknown fields,
 * ill-typed variables) get BAD_USER_INPUT. Anything else stays an internal error, with no detail.
 */
@Component
class ErrorCodes extends DataFetcherExceptionResolverAdapter implements WebGraphQlInterceptor {

    static final String CODE = "code";

    /** The code as the error's classification, so that clients see it in both places. */
    record Code(String name) implements ErrorClassification {
        @Override
        public Object toSpecification(GraphQLError error) {
            return name;
        }
    }

    @Override
    protected @Nullable GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        if (ex instanceof EchangesException refusal) {
            Map<String, Object> extensions = new LinkedHashMap<>(refusal.extensions());
            extensions.put(CODE, refusal.code().name());
            return GraphqlErrorBuilder.newError(env).message(refusal.getMessage())
                    .errorType(new Code(refusal.code().name())).extensions(extensions).build();
        }
        return null;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        return chain.next(request).map(response -> response.getErrors().stream().anyMatch(ErrorCodes::lacksCode)
                ? response.transform(b -> b.errors(response.getExecutionResult().getErrors().stream().map(ErrorCodes::withCode).toList()))
                : response);
    }

    private static boolean lacksCode(ResponseError error) {
        return !error.getExtensions().containsKey(CODE);
    }

    private static GraphQLError withCode(GraphQLError error) {
        if (error.getExtensions() != null && error.getExtensions().containsKey(CODE)) return error;
        Map<String, Object> extensions = new LinkedHashMap<>(error.getExtensions() == null ? Map.of() : error.getExtensions());
        extensions.put(CODE, codeOf(error.getErrorType()));
        return GraphqlErrorBuilder.newError().message(error.getMessage()).locations(error.getLocations())
                .path(error.getPath()).errorType(error.getErrorType()).extensions(extensions).build();
    }

    private static String codeOf(ErrorClassification type) {
        if (type == ErrorType.InvalidSyntax || type == ErrorType.ValidationError
                || type == org.springframework.graphql.execution.ErrorType.BAD_REQUEST) return "BAD_USER_INPUT";
        return "INTERNAL_ERROR";
    }
}
