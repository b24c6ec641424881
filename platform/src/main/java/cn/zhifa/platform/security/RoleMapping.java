package cn.zhifa.platform.security;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Our roles from a token's claims ({@link SignInSettings#rolesClaim()} mapped by
 * {@link SignInSettings#effectiveRoleMap()}): the one rule the JWT provider ({@link MappedJwtAuthProvider}, for
 * {@code @RolesAllowed}) and {@link CurrentActor} (for the {@link Actor}) both apply. A provider name the map does
 * not list is ignored. Plain Java: tested without a server.
 */
public final class RoleMapping {
    private final List<String> path;
    private final Map<String, String> map;

    public RoleMapping(SignInSettings settings) {
        this(settings.rolesClaim(), settings.effectiveRoleMap());
    }

    RoleMapping(String rolesClaim, Map<String, String> map) {
        this.path = List.of(rolesClaim.split("\\."));
        this.map = Map.copyOf(map);
    }

    /** Our roles, sorted, from the claims ({@code claims} gives a top-level claim's value, or null). */
    public Set<String> roles(Function<String, Object> claims) {
        Set<String> roles = new TreeSet<>();
        for (String name : providerNames(claims)) {
            String role = map.get(name);
            if (role != null) {
                roles.add(role);
            }
        }
        return roles;
    }

    /** The names in the roles claim as the provider wrote them; empty without the claim. */
    public List<String> providerNames(Function<String, Object> claims) {
        Object value = claims.apply(path.getFirst());
        for (String key : path.subList(1, path.size())) {
            value = child(value, key);
        }
        List<String> names = new ArrayList<>();
        collect(value, names);
        return names;
    }

    private static Object child(Object value, String key) {
        if (value instanceof JsonObject object) {
            return object.get(key);
        }
        if (value instanceof Map<?, ?> map) {
            return map.get(key);
        }
        return null;
    }

    private static void collect(Object value, List<String> names) {
        switch (value) {
            case null -> {
            }
            case JsonString json -> split(json.getString(), names);
            case String text -> split(text, names);
            case JsonArray array -> array.forEach(v -> collect(v, names));
            case Collection<?> list -> list.forEach(v -> collect(v, names));
            case JsonValue ignored -> {
            }
            default -> {
            }
        }
    }

    private static void split(String text, List<String> names) {
        for (String name : text.split("[\\s,]+")) {
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
    }
}
