package cn.zhifa.platform.security;

import cn.zhifa.platform.error.ProblemException;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

/**
 * The caller of a request, or {@link #SYSTEM} for scheduled work.
 *
 * @param agency    the code of the agency the person acts for (the token's agency claim, see
 *                  {@link AgencySettings#claim()}); {@code null} when the token names none
 * @param officer   the id of the officer this person is in the roster, as sign-in mapped the token's officer claim
 *                  ({@link SignInSettings#officerClaim()}); {@code null} when it names none or maps to none
 */
public record Actor(String subject, Set<String> roles, String agency, Long officer) {
    public static final Actor SYSTEM = new Actor("system", Set.of("system"));
    public static final Actor ANONYMOUS = new Actor("anonymous", Set.of());

    public Actor {
        roles = Set.copyOf(roles);
        agency = agency == null || agency.isBlank() ? null : agency;
    }

    /** An actor whose subject is, for an officer, their officer id (the development tokens' rule). */
    public Actor(String subject, Set<String> roles, String agency) {
        this(subject, roles, agency, roles.contains(Roles.OFFICER) ? numericId(subject) : null);
    }

    /** An actor acting for no particular agency (scheduled work, tests of role-only rules). */
    public Actor(String subject, Set<String> roles) {
        this(subject, roles, null);
    }

    private static Long numericId(String subject) {
        try {
            return subject == null ? null : Long.parseLong(subject);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    public boolean hasAny(String... candidates) {
        return Arrays.stream(candidates).anyMatch(roles::contains);
    }

    public boolean isOfficer() {
        return roles.contains(Roles.OFFICER);
    }

    /** The officer id of an officer's token (see {@link #officer()}); empty for any other token. */
    public java.util.OptionalLong officerId() {
        return isOfficer() && officer != null ? java.util.OptionalLong.of(officer) : java.util.OptionalLong.empty();
    }

    /** Whether this actor is the officer with the given id. */
    public boolean isSelf(long officerId) {
        return officerId().isPresent() && officerId().getAsLong() == officerId;
    }

    /** 403 unless the actor is that officer or holds one of the roles. */
    public void requireSelfOrAnyRole(long officerId, String... allowedRoles) {
        if (!isSelf(officerId) && !hasAny(allowedRoles)) {
            throw ProblemException.forbidden();
        }
    }

    /** The roles as one stable string for the audit record, e.g. {@code hr,judicial}. */
    public String rolesText() {
        return String.join(",", new TreeSet<>(roles));
    }
}
