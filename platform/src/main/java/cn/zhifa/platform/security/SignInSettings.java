package cn.zhifa.platform.security;

import cn.zhifa.platform.contract.OfficerMatch;
import org.eclipse.microprofile.config.Config;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How a token from the identity provider becomes an {@link Actor}, read from configuration here and nowhere else
 * (docs/security.md "Sign-in", docs/configuration.md).
 *
 * @param rolesClaim   {@code zhifa.security.roles-claim} (default {@code groups}): the claim holding the provider's
 *                     role or group names, a list or one space- or comma-separated text; a dotted path reads a
 *                     nested claim (Keycloak: {@code realm_access.roles})
 * @param roleMap      {@code zhifa.security.role-map}: provider name to our role, e.g.
 *                     {@code zhifa-hr=hr,zhifa-judicial=judicial}; empty (the default) maps each of our role names
 *                     ({@link Roles#ALL}) to itself. When set, only the names it lists count.
 * @param officerClaim {@code zhifa.security.officer-claim} (default {@code sub}): the claim naming the officer
 * @param officerMatch {@code zhifa.security.officer-match} (default {@code id}): which roster field that claim is
 * @param keysMinRefresh {@code zhifa.security.keys.refresh-min-interval} (default {@code PT30S}): a token signed by a
 *                     key the server does not know makes it fetch the provider's keys again, at most this often
 * @param keysMaxAge   {@code zhifa.security.keys.max-age} (default {@code PT1H}): the keys are fetched again on the
 *                     first request after this long, so a key the provider removed stops being accepted
 */
public record SignInSettings(String rolesClaim, Map<String, String> roleMap, String officerClaim,
                             OfficerMatch officerMatch, Duration keysMinRefresh, Duration keysMaxAge) {
    public static final String DEFAULT_ROLES_CLAIM = "groups";
    public static final String DEFAULT_OFFICER_CLAIM = "sub";

    public SignInSettings {
        roleMap = Map.copyOf(roleMap);
    }

    public static SignInSettings from(Config config) {
        String rolesClaim = text(config, "zhifa.security.roles-claim", DEFAULT_ROLES_CLAIM);
        Map<String, String> roleMap = roleMap(config.getOptionalValue("zhifa.security.role-map", String.class)
                .orElse(""));
        String officerClaim = text(config, "zhifa.security.officer-claim", DEFAULT_OFFICER_CLAIM);
        OfficerMatch match = OfficerMatch.ofSetting(text(config, "zhifa.security.officer-match",
                OfficerMatch.ID.setting()));
        Duration minRefresh = config.getOptionalValue("zhifa.security.keys.refresh-min-interval", Duration.class)
                .orElse(Duration.ofSeconds(30));
        Duration maxAge = config.getOptionalValue("zhifa.security.keys.max-age", Duration.class)
                .orElse(Duration.ofHours(1));
        return new SignInSettings(rolesClaim, roleMap, officerClaim, match, minRefresh, maxAge);
    }

    /** The map in effect: the configured one, or each of our roles to itself. */
    public Map<String, String> effectiveRoleMap() {
        return roleMap.isEmpty()
                ? Roles.ALL.stream().collect(Collectors.toMap(r -> r, r -> r))
                : roleMap;
    }

    /** {@code a=hr, b=judicial}: every target must be one of {@link Roles#ALL}, every source named once. */
    static Map<String, String> roleMap(String text) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String entry : text.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            int eq = entry.indexOf('=');
            String from = eq < 0 ? "" : entry.substring(0, eq).strip();
            String to = eq < 0 ? "" : entry.substring(eq + 1).strip();
            if (from.isEmpty() || !Roles.ALL.contains(to)) {
                throw new IllegalArgumentException("zhifa.security.role-map: '" + entry.strip()
                        + "' is not provider-name=role with a role of " + new java.util.TreeSet<>(Roles.ALL));
            }
            if (map.put(from, to) != null) {
                throw new IllegalArgumentException("zhifa.security.role-map names '" + from + "' twice");
            }
        }
        return map;
    }

    private static String text(Config config, String name, String fallback) {
        return config.getOptionalValue(name, String.class).map(String::strip).filter(v -> !v.isEmpty())
                .orElse(fallback);
    }
}
