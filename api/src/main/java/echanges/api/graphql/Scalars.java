package echanges.api.graphql;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import graphql.schema.idl.RuntimeWiring;
import tools.jackson.databind.JsonNode;

/** The schema's scalars: DateTime as ISO-8601 instants, Decimal as exact decimal strings, JSON for open data documents. */
@Component
class Scalars implements RuntimeWiringConfigurer {

    static final GraphQLScalarType DATE_TIME = GraphQLScalarType.newScalar().name("DateTime")
            .coercing(new Coercing<Instant, String>() {
                @Override
                public String serialize(Object value, GraphQLContext context, Locale locale) {
                    if (value instanceof Instant instant) return instant.atOffset(ZoneOffset.UTC).toString();
                    throw new CoercingSerializeException("not an instant: " + value);
                }

                @Override
                public Instant parseValue(Object input, GraphQLContext context, Locale locale) {
                    return parse(input, CoercingParseValueException::new);
                }

                @Override
                public Instant parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
                    if (input instanceof StringValue s) return parse(s.getValue(), CoercingParseLiteralException::new);
                    throw new CoercingParseLiteralException("a DateTime is a string such as 2026-12-01T17:00:00Z");
                }
            }).build();

    static final GraphQLScalarType DECIMAL = GraphQLScalarType.newScalar().name("Decimal")
            .coercing(new Coercing<BigDecimal, String>() {
                @Override
                public String serialize(Object value, GraphQLContext context, Locale locale) {
                    if (value instanceof BigDecimal decimal) return decimal.toPlainString();
                    throw new CoercingSerializeException("not a decimal: " + value);
                }

                @Override
                public BigDecimal parseValue(Object input, GraphQLContext context, Locale locale) {
                    return decimal(input.toString(), CoercingParseValueException::new);
                }

                @Override
                public BigDecimal parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
                    if (input instanceof StringValue s) return decimal(s.getValue(), CoercingParseLiteralException::new);
                    throw new CoercingParseLiteralException("a Decimal is a string such as \"45000.00\", so that no float rounds it");
                }
            }).build();

    /** Open contracting data (OCDS packages), returned as published; never an input. */
    static final GraphQLScalarType JSON = GraphQLScalarType.newScalar().name("JSON")
            .coercing(new Coercing<Object, Object>() {
                @Override
                public @Nullable Object serialize(Object value, GraphQLContext context, Locale locale) {
                    if (value instanceof JsonNode node) return plain(node);
                    throw new CoercingSerializeException("not a JSON document: " + value);
                }

                @Override
                public Object parseValue(Object input, GraphQLContext context, Locale locale) {
                    throw new CoercingParseValueException("JSON is an output only");
                }

                @Override
                public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
                    throw new CoercingParseLiteralException("JSON is an output only");
                }
            }).build();

    @Override
    public void configure(RuntimeWiring.Builder builder) {
        builder.scalar(DATE_TIME).scalar(DECIMAL).scalar(JSON);
    }

    /** A JSON tree as maps, lists and values, numbers kept exact, for the response writer to render as it was. */
    private static @Nullable Object plain(JsonNode node) {
        if (node.isObject()) {
            Map<String, @Nullable Object> object = new LinkedHashMap<>();
            node.properties().forEach(field -> object.put(field.getKey(), plain(field.getValue())));
            return object;
        }
        if (node.isArray()) {
            List<@Nullable Object> array = new ArrayList<>();
            node.forEach(item -> array.add(plain(item)));
            return array;
        }
        if (node.isNumber()) return node.numberValue();
        if (node.isBoolean()) return node.booleanValue();
        return node.isNull() ? null : node.asString();
    }

    private static <E extends RuntimeException> Instant parse(Object input, java.util.function.Function<String, E> error) {
        try {
            return OffsetDateTime.parse(input.toString()).toInstant();
        } catch (DateTimeParseException e) {
            throw error.apply("'" + input + "' is not an ISO-8601 date-time with offset, e.g. 2026-12-01T17:00:00Z");
        }
    }

    private static <E extends RuntimeException> BigDecimal decimal(String input, java.util.function.Function<String, E> error) {
        try {
            return new BigDecimal(input.strip());
        } catch (NumberFormatException e) {
            throw error.apply("'" + input + "' is not a decimal number");
        }
    }
}
