package cn.zhifa.training.service;

import cn.zhifa.platform.error.ProblemException;
import cn.zhifa.platform.security.AgencyScope;
import cn.zhifa.platform.security.AgencyScopes;
import cn.zhifa.training.domain.DutyAssessment;
import cn.zhifa.training.domain.YearlyCredits;
import cn.zhifa.training.mapper.AttendanceMapper;
import cn.zhifa.training.mapper.CreditLine;
import cn.zhifa.training.mapper.Officer;
import cn.zhifa.training.mapper.OfficerMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * An officer's credits (学时) per year and training archive (培训档案), assessed from the attendance
 * records themselves: one indexed read of a few dozen rows. Staff read those of the officers of the agencies of their
 * scope (by the officer's agency now), an officer their own ({@link #readableYear}, {@link #readableArchive}); the
 * annual review's in-process query ({@link TrainingDutyQueryService}) reads {@link #year} for a credential whose scope
 * credential-service checked.
 */
@ApplicationScoped
public class CreditService {
    static final String OFFICER = "officer";

    private final OfficerMapper officers;
    private final AttendanceMapper attendance;
    private final TrainingSettings settings;
    private final AgencyScopes scopes;
    private final Clock clock;

    @Inject
    public CreditService(OfficerMapper officers, AttendanceMapper attendance, TrainingSettings settings,
                         AgencyScopes scopes, Clock clock) {
        this.officers = officers;
        this.attendance = attendance;
        this.settings = settings;
        this.scopes = scopes;
        this.clock = clock;
    }

    /** {@link #year} for the officer themself or staff covering the officer's agency: 404, then 403. */
    public OfficerCredits readableYear(long officerId, int year) {
        requireSelfOrInScope(officer(officerId));
        return year(officerId, year);
    }

    /** {@link #archive} for the officer themself or staff covering the officer's agency: 404, then 403. */
    public TrainingArchive readableArchive(long officerId) {
        requireSelfOrInScope(officer(officerId));
        return archive(officerId);
    }

    /**
     * 404 for an unknown officer; 403 {@code AGENCY_OUT_OF_SCOPE} unless the caller covers the officer's agency or
     * an agency that issued one of the officer's credentials (the annual review of a holder who has since moved).
     */
    public void requireReviewable(long officerId) {
        Officer officer = officer(officerId);
        AgencyScope scope = scopes.current();
        if (!scope.covers(officer.agencyCode()) && !scope.coversAny(officers.credentialIssuers(officerId))) {
            scope.require(officer.agencyCode());
        }
    }

    private void requireSelfOrInScope(Officer officer) {
        scopes.requireSelfOrCovers(officer.id(), officer.agencyCode());
    }

    /** The officer's year, assessed as of today (mid-year: on track or behind). 404 for an unknown officer. */
    public OfficerCredits year(long officerId, int year) {
        Officer officer = officer(officerId);
        return assess(officer, year, attendance.creditsOfOfficer(officerId, year), LocalDate.now(clock));
    }

    /** Every year the officer has attendance in, newest first. */
    public TrainingArchive archive(long officerId) {
        Officer officer = officer(officerId);
        LocalDate today = LocalDate.now(clock);
        Map<Integer, List<CreditLine>> byYear = attendance.creditsOfOfficer(officerId, null).stream()
                .collect(Collectors.groupingBy(CreditLine::creditYear, () -> new TreeMap<>(Comparator.reverseOrder()),
                        Collectors.toList()));
        return new TrainingArchive(officer, today, byYear.entrySet().stream()
                .map(entry -> assess(officer, entry.getKey(), entry.getValue(), today)).toList());
    }

    private OfficerCredits assess(Officer officer, int year, List<CreditLine> records, LocalDate asOf) {
        YearlyCredits credits = YearlyCredits.fromRecords(officer.agencyCode(),
                records.stream().map(CreditLine::toCreditRecord).toList());
        DutyAssessment assessment = settings.duty().assess(credits, year, asOf);
        return new OfficerCredits(officer, assessment, records);
    }

    private Officer officer(long officerId) {
        return officers.findById(officerId).orElseThrow(() -> ProblemException.notFound(OFFICER, officerId));
    }
}
