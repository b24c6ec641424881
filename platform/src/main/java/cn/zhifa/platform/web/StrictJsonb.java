package cn.zhifa.platform.web;

import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.function.Supplier;

/**
 * The JSON-B of every resource: Yasson's defaults, except that whole-number fields take only whole JSON
 * numbers in range and boolean fields only {@code true} or {@code false}. Yasson alone reads
 * {@code "officerId": 1.5} as 1, {@code 99999999999999999999999} as some other id and {@code "yes"} as
 * false; here each is a 400 naming the field ({@code MALFORMED_JSON}).
 */
@Provider
public class StrictJsonb implements ContextResolver<Jsonb> {
    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withDeserializers(
            new WholeLong(), new WholeInteger(), new StrictBoolean()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }

    /** Yasson finds a deserializer's type from its declared interface, so each type has its own class. */
    private static final class WholeLong implements JsonbDeserializer<Long> {
        @Override
        public Long deserialize(JsonParser parser, DeserializationContext context, Type runtimeType) {
            BigDecimal number = wholeNumber(parser);
            return number == null ? null : exact(() -> number.longValueExact(), "Long");
        }
    }

    private static final class WholeInteger implements JsonbDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context, Type runtimeType) {
            BigDecimal number = wholeNumber(parser);
            return number == null ? null : exact(() -> number.intValueExact(), "Integer");
        }
    }

    private static BigDecimal wholeNumber(JsonParser parser) {
        JsonValue value = parser.getValue();
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonNumber number)) {
            throw new JsonbException("a whole number expected, not " + value.getValueType());
        }
        return number.bigDecimalValue();
    }

    private static <T> T exact(Supplier<T> conversion, String type) {
        try {
            return conversion.get();
        } catch (ArithmeticException e) {
            throw new JsonbException("not a whole number in the range of " + type);
        }
    }

    private static final class StrictBoolean implements JsonbDeserializer<Boolean> {
        @Override
        public Boolean deserialize(JsonParser parser, DeserializationContext context, Type runtimeType) {
            return switch (parser.getValue().getValueType()) {
                case TRUE -> true;
                case FALSE -> false;
                case NULL -> null;
                default -> throw new JsonbException("true or false expected");
            };
        }
    }
}
