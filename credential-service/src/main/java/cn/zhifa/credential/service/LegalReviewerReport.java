package cn.zhifa.credential.service;

import cn.zhifa.credential.domain.LegalReviewerRatio;
import cn.zhifa.credential.mapper.RosterQueryMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** 法制审核人员比例 per agency: credentialed officers, legal reviewers among them and the configured minimum. */
@ApplicationScoped
public class LegalReviewerReport {
    /** One agency's line. */
    public record Line(Named agency, LegalReviewerRatio assessment) {
    }

    private final RosterQueryMapper mapper;
    private final Names names;
    private final CredentialSettings settings;
    private final Clock clock;

    @Inject
    public LegalReviewerReport(RosterQueryMapper mapper, Names names, CredentialSettings settings, Clock clock) {
        this.mapper = mapper;
        this.names = names;
        this.settings = settings;
        this.clock = clock;
    }

    /** Every agency of {@code agencies} (null: all) with at least one officer holding a credential active today. */
    public List<Line> lines(List<String> agencies) {
        return mapper.reviewerCounts(LocalDate.now(clock), agencies).stream()
                .map(count -> new Line(
                        names.agency(count.agencyCode()),
                        LegalReviewerRatio.assess(count.officers(), count.reviewers(), count.unqualifiedReviewers(),
                                settings.minimumReviewerRatio(count.agencyCode()))))
                .toList();
    }
}
