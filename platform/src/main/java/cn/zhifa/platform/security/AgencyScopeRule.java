package cn.zhifa.platform.security;

import cn.zhifa.platform.dictionary.Agency;
import cn.zhifa.platform.error.ProblemException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who covers which agencies (issue 19, {@code ../shared/api-v2.md} "Agency-scoped permissions"):
 * <ul>
 *   <li>{@code admin} and the system (scheduled work, demo data): every agency;</li>
 *   <li>{@code hr}, {@code trainer}, {@code planner} and {@code machine} (another agency's platform): the agency of their token and the agencies below it
 *       (a district 市场监管局's HR keeps the officers of its 市场监管所 too);</li>
 *   <li>{@code judicial}: every agency whose area lies within the area of its own agency (a district's 司法局
 *       covers the district's agencies, the municipal one all);</li>
 *   <li>an officer acts as themselves, never for an agency: no staff role, nowhere.</li>
 * </ul>
 * A staff token without an agency acts everywhere where {@link AgencySettings#unscopedStaffAllowed()},
 * else 403 {@code AGENCY_REQUIRED}; an agency that is not in the dictionary is 403 {@code AGENCY_UNKNOWN}.
 * A caller with several staff roles gets the union of their scopes. Plain Java: tested without a server.
 */
public final class AgencyScopeRule {
    /** The roles that act for their own agency and the agencies below it. */
    public static final Set<String> OWN_AGENCY_ROLES = Set.of(Roles.HR, Roles.TRAINER, Roles.PLANNER,
            Roles.MACHINE);

    private final boolean unscopedStaffAllowed;
    private final Map<String, Agency> agencies = new HashMap<>();
    private final Map<String, List<String>> children = new HashMap<>();
    private final AreaCoverage areas;

    /** Whether {@code area} is {@code code} or one of its ancestors in the divisions (500000 covers 500115). */
    @FunctionalInterface
    public interface AreaCoverage {
        boolean covers(String area, String code);
    }

    public AgencyScopeRule(Collection<Agency> agencies, AreaCoverage areas, boolean unscopedStaffAllowed) {
        this.unscopedStaffAllowed = unscopedStaffAllowed;
        this.areas = areas;
        for (Agency agency : agencies) {
            this.agencies.put(agency.code(), agency);
            if (agency.parentCode() != null) {
                children.computeIfAbsent(agency.parentCode(), p -> new ArrayList<>()).add(agency.code());
            }
        }
    }

    public AgencyScope scopeOf(Actor actor) {
        if (actor == Actor.SYSTEM || actor.has(Roles.ADMIN)) {
            return AgencyScope.everywhere();
        }
        boolean ownAgencyRole = actor.roles().stream().anyMatch(OWN_AGENCY_ROLES::contains);
        boolean judicial = actor.has(Roles.JUDICIAL);
        if (!ownAgencyRole && !judicial) {
            return AgencyScope.nowhere();
        }
        if (actor.agency() == null) {
            if (unscopedStaffAllowed) {
                return AgencyScope.everywhere();
            }
            throw ProblemException.of(403, "AGENCY_REQUIRED");
        }
        Agency own = agencies.get(actor.agency());
        if (own == null) {
            throw ProblemException.of(403, "AGENCY_UNKNOWN", actor.agency());
        }
        Set<String> codes = new LinkedHashSet<>();
        if (ownAgencyRole) {
            codes.addAll(agencyAndBelow(own.code()));
        }
        if (judicial) {
            agencies.values().stream().filter(a -> areas.covers(own.area(), a.area())).map(Agency::code)
                    .forEach(codes::add);
        }
        return AgencyScope.of(codes);
    }

    private List<String> agencyAndBelow(String code) {
        List<String> result = new ArrayList<>(List.of(code));
        for (int i = 0; i < result.size(); i++) {
            result.addAll(children.getOrDefault(result.get(i), List.of()));
        }
        return result;
    }
}
