package echanges.api.graphql;

import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import graphql.GraphqlErrorBuilder;
import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;

/**
 * Depth and cost limits, checked before execution. A list field costs its children times the
 * page size asked for, so that `first: 100` nested three deep is refused rather than run.
 */
@Configuration(proxyBeanMethods = false)
class QueryLimits {

    @Bean
    MaxQueryDepthInstrumentation maxQueryDepth(@Value("${echanges.graphql.max-depth:12}") int maxDepth) {
        return new MaxQueryDepthInstrumentation(maxDepth) {
            @Override
            protected AbortExecutionException mkAbortException(int depth, int maxDepth) {
                return tooComplex("the query is " + depth + " levels deep; the limit is " + maxDepth);
            }
        };
    }

    @Bean
    MaxQueryComplexityInstrumentation maxQueryCost(@Value("${echanges.graphql.max-cost:20000}") int maxCost) {
        FieldComplexityCalculator cost = (env, childCost) -> {
            Object first = env.getArguments().get("first");
            int items = first instanceof Integer n ? Math.max(n, 1) : 1;
            return 1 + childCost * items;
        };
        return new MaxQueryComplexityInstrumentation(maxCost, cost) {
            @Override
            protected AbortExecutionException mkAbortException(int totalCost, int limit) {
                return tooComplex("the query costs " + totalCost + "; the limit is " + limit + " (each list multiplies its fields by `first`)");
            }
        };
    }

    private static AbortExecutionException tooComplex(String message) {
        return new AbortExecutionException(List.of(GraphqlErrorBuilder.newError().message(message)
                .extensions(Map.of(ErrorCodes.CODE, "QUERY_TOO_COMPLEX")).build()));
    }
}
