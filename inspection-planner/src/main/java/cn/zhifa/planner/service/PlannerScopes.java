package cn.zhifa.planner.service;

import java.util.List;

import cn.zhifa.planner.mapper.MatterMapper;
import cn.zhifa.planner.mapper.MatterRow;
import cn.zhifa.planner.mapper.PlanMapper;
import cn.zhifa.planner.mapper.PlanRow;
import cn.zhifa.planner.mapper.TargetMapper;
import cn.zhifa.platform.error.ProblemException;
import cn.zhifa.platform.security.AgencyScope;
import cn.zhifa.platform.security.AgencyScopes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Which matters and plans the caller acts on (issue 19, docs/security.md "Agency-scoped permissions"):
 * <ul>
 *   <li>a matter belongs to its {@code agencyCode}; a matter that names none only to a caller acting everywhere;</li>
 *   <li>a plan's <em>lead agency</em> is its lead matter's: changing the plan (seal, draw, publish, cancel,
 *       replacements, publication of results) needs it in scope;</li>
 *   <li>reading a plan needs one of its agencies (of every matter of a joint plan) in scope;</li>
 *   <li>a joint plan's confirmation needs the confirming agency itself in scope.</li>
 * </ul>
 * Every refusal is 403 {@code AGENCY_OUT_OF_SCOPE}, checked before anything is changed.
 */
@ApplicationScoped
public class PlannerScopes {
    private final AgencyScopes scopes;
    private final MatterMapper matters;
    private final PlanMapper plans;
    private final TargetMapper officers;

    @Inject
    public PlannerScopes(AgencyScopes scopes, MatterMapper matters, PlanMapper plans, TargetMapper officers) {
        this.scopes = scopes;
        this.officers = officers;
        this.matters = matters;
        this.plans = plans;
    }

    public AgencyScope current() {
        return scopes.current();
    }

    /** 403 unless the caller covers the agency (a null agency: only a caller acting everywhere). */
    public void require(String agencyCode) {
        scopes.require(agencyCode);
    }

    public void requireMatter(MatterRow matter) {
        require(matter.agencyCode());
    }

    /** 403 unless the caller covers the officer's agency; an officer credential-service does not know passes. */
    public void requireOfficer(long officerId) {
        officers.officerAgency(officerId).ifPresent(this::require);
    }

    /** The agency of the plan's lead matter; null when it names none. */
    public String leadAgency(PlanRow plan) {
        return matters.find(plan.matterId()).map(MatterRow::agencyCode).orElse(null);
    }

    /** 403 unless the caller covers the plan's lead agency: only then may it change the plan. */
    public void requireLead(PlanRow plan) {
        require(leadAgency(plan));
    }

    /** The agencies of the plan's matters, sorted. */
    public List<String> agencies(long planId) {
        return plans.agencies(planId);
    }

    /** 403 unless the caller covers one of the plan's agencies: only then may it read the plan. */
    public void requireParticipant(PlanRow plan) {
        AgencyScope scope = current();
        if (!scope.isEverywhere() && !scope.coversAny(agencies(plan.id()))) {
            throw ProblemException.of(403, "AGENCY_OUT_OF_SCOPE", String.valueOf(leadAgency(plan)));
        }
    }
}
