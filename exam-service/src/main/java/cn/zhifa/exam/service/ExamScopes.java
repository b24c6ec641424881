package cn.zhifa.exam.service;

import cn.zhifa.exam.mapper.ExamRow;
import cn.zhifa.platform.dictionary.Agency;
import cn.zhifa.platform.dictionary.Dictionaries;
import cn.zhifa.platform.error.ProblemException;
import cn.zhifa.platform.security.Actor;
import cn.zhifa.platform.security.AgencyScope;
import cn.zhifa.platform.security.AgencyScopes;
import cn.zhifa.platform.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Set;

/**
 * Which exams and candidates the caller deals with (issue 19, docs/exams.md "Agency scope"). An exam belongs to the
 * agency whose judicial bureau scheduled it ({@code exm_exam.agency_code}), or to none: a province-wide exam. Its
 * <em>area</em> is that bureau's judicial scope (a district's 司法局: the district's agencies; none: every agency).
 * <ul>
 *   <li>an exam is <em>visible</em> to a caller whose scope shares an agency with its area (a province-wide exam to
 *       every staff member): read it, list it, register candidates, read the results of its own candidates;</li>
 *   <li>the item analysis judges the paper, the scheduling bureau's business: only for a caller covering the exam's
 *       agency (a province-wide exam's: a caller covering every agency, e.g. the municipal 司法局);</li>
 *   <li>candidates are registered, listed and their results shown only for officers of agencies in the caller's scope.</li>
 * </ul>
 * Refusals are 403 {@code AGENCY_OUT_OF_SCOPE}, before anything changes.
 */
@ApplicationScoped
public class ExamScopes {
    private final AgencyScopes scopes;
    private final Dictionaries dictionaries;

    @Inject
    public ExamScopes(AgencyScopes scopes, Dictionaries dictionaries) {
        this.scopes = scopes;
        this.dictionaries = dictionaries;
    }

    public AgencyScope current() {
        return scopes.current();
    }

    /** The agencies an exam of {@code agencyCode} is for: its judicial bureau's scope; every agency for null. */
    public AgencyScope area(String agencyCode) {
        return agencyCode == null ? AgencyScope.everywhere()
                : scopes.of(new Actor("exam-area", Set.of(Roles.JUDICIAL), agencyCode));
    }

    /** Whether the caller's scope shares an agency with the area of an exam of {@code agencyCode}. */
    boolean visible(AgencyScope caller, String agencyCode) {
        AgencyScope area = area(agencyCode);
        return caller.isEverywhere() || area.isEverywhere() || caller.coversAny(area.codes());
    }

    /** 403 unless the exam is visible to the caller. */
    public void requireVisible(ExamRow exam) {
        if (!visible(current(), exam.agencyCode())) {
            throw ProblemException.of(403, "AGENCY_OUT_OF_SCOPE", exam.agencyCode());
        }
    }

    /** 403 unless the caller covers the exam's own agency (a province-wide exam's: every agency). */
    public void requireOwn(ExamRow exam) {
        AgencyScope caller = current();
        if (exam.agencyCode() != null) {
            caller.require(exam.agencyCode());
        } else if (!caller.coversAll(dictionaries.agencies().stream().map(Agency::code).toList())) {
            throw ProblemException.of(403, "AGENCY_OUT_OF_SCOPE", "全部执法机关 (all agencies)");
        }
    }

    /**
     * The agencies whose exams the caller sees, for a query's IN list (province-wide exams are always seen):
     * null when the caller sees every exam.
     */
    public List<String> visibleExamAgencies() {
        AgencyScope caller = current();
        if (caller.isEverywhere()) {
            return null;
        }
        return dictionaries.agencies().stream().map(Agency::code).filter(code -> visible(caller, code)).sorted()
                .toList();
    }
}
