package cn.zhifa.platform.text;

import cn.zhifa.platform.error.ProblemException;
import cn.zhifa.platform.error.Violation;
import jakarta.annotation.Priority;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Applies {@link PlainText} to every JSON body a resource reads (every write API of every service): each string of
 * the bound request (record components, list items, map keys and values, or a raw JSON value) is checked before the
 * resource sees it, and a body with a forbidden character is refused with 400 naming each field
 * ({@code errors[].field}, e.g. {@code name} or {@code items[2].content}), so nothing of it is written. Imports
 * (CSV, xlsx) check their cells with {@link PlainText#checkCells} as they read them.
 */
@Provider
@Priority(Priorities.ENTITY_CODER + 10)
public class PlainTextBodies implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        Object body = context.proceed();
        MediaType type = context.getMediaType();
        if (type != null && (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"))) {
            List<Violation> violations = new ArrayList<>();
            walk("", body, violations);
            if (!violations.isEmpty()) {
                throw ProblemException.invalid(violations);
            }
        }
        return body;
    }

    private static void walk(String path, Object value, List<Violation> out) {
        switch (value) {
            case null -> { }
            case String s -> PlainText.check(path, s).ifPresent(out::add);
            case JsonString s -> PlainText.check(path, s.getString()).ifPresent(out::add);
            case JsonObject o -> o.forEach((k, v) -> {
                PlainText.check(child(path, "(key)"), k).ifPresent(out::add);
                walk(child(path, k), v, out);
            });
            case JsonArray a -> {
                for (int i = 0; i < a.size(); i++) {
                    walk(path + "[" + i + "]", a.get(i), out);
                }
            }
            case Record r -> {
                for (RecordComponent c : r.getClass().getRecordComponents()) {
                    walk(child(path, c.getName()), component(r, c), out);
                }
            }
            case Collection<?> items -> {
                int i = 0;
                for (Object item : items) {
                    walk(path + "[" + i++ + "]", item, out);
                }
            }
            case Map<?, ?> map -> map.forEach((k, v) -> {
                walk(child(path, "(key)"), k, out);
                walk(child(path, String.valueOf(k)), v, out);
            });
            default -> { }
        }
    }

    private static String child(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static Object component(Record r, RecordComponent c) {
        try {
            Method accessor = c.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + c + " of a request body", e);
        }
    }
}
