package cn.zhifa.platform.security;

import cn.zhifa.platform.error.ProblemException;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The agencies a caller may act for: every agency, or a fixed set of agency codes (possibly none).
 * Services ask it before they change or show an agency's record ({@link #require}) and pass
 * {@link #codes()} to their queries so a list holds only what is in scope.
 */
public final class AgencyScope {
    private static final AgencyScope EVERYWHERE = new AgencyScope(null);
    private static final AgencyScope NOWHERE = new AgencyScope(Set.of());

    /** {@code null} for every agency. */
    private final Set<String> codes;

    private AgencyScope(Set<String> codes) {
        this.codes = codes;
    }

    public static AgencyScope everywhere() {
        return EVERYWHERE;
    }

    public static AgencyScope nowhere() {
        return NOWHERE;
    }

    public static AgencyScope of(Collection<String> codes) {
        return codes.isEmpty() ? NOWHERE : new AgencyScope(Set.copyOf(codes));
    }

    public boolean isEverywhere() {
        return codes == null;
    }

    public boolean covers(String agencyCode) {
        return codes == null || (agencyCode != null && codes.contains(agencyCode));
    }

    /** Whether every one of the agencies is in scope (a record that belongs to several, e.g. a joint plan). */
    public boolean coversAll(Collection<String> agencyCodes) {
        return agencyCodes.stream().allMatch(this::covers);
    }

    /** Whether at least one of the agencies is in scope. */
    public boolean coversAny(Collection<String> agencyCodes) {
        return agencyCodes.stream().anyMatch(this::covers);
    }

    /** 403 {@code AGENCY_OUT_OF_SCOPE} naming the agency unless it is in scope. */
    public void require(String agencyCode) {
        if (!covers(agencyCode)) {
            throw ProblemException.of(403, "AGENCY_OUT_OF_SCOPE", String.valueOf(agencyCode));
        }
    }

    /**
     * The codes for a query's {@code IN} list, sorted; {@code null} for every agency (the query then applies
     * no filter). An empty list means nothing is in scope: the query must then match no row.
     */
    public List<String> codes() {
        return codes == null ? null : List.copyOf(new TreeSet<>(codes));
    }

    @Override
    public String toString() {
        return codes == null ? "AgencyScope[everywhere]" : "AgencyScope" + new TreeSet<>(codes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AgencyScope that && java.util.Objects.equals(codes, that.codes);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hashCode(codes);
    }
}
