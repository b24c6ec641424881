package cn.zhifa.planner.service;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import cn.zhifa.planner.domain.FieldRecordRule;
import cn.zhifa.planner.domain.RiskLevel;
import cn.zhifa.planner.domain.RiskProposalRule;
import cn.zhifa.planner.domain.RiskProposalRule.Cause;
import cn.zhifa.planner.domain.RiskProposalRule.State;
import cn.zhifa.planner.mapper.FieldRecordMapper;
import cn.zhifa.planner.mapper.FindingRow;
import cn.zhifa.planner.mapper.RiskProposalMapper;
import cn.zhifa.planner.mapper.RiskProposalRow;
import cn.zhifa.planner.mapper.TargetMapper;
import cn.zhifa.planner.mapper.TargetRow;
import cn.zhifa.platform.audit.AuditLog;
import cn.zhifa.platform.dictionary.Dictionaries;
import cn.zhifa.platform.dictionary.ResultCode;
import cn.zhifa.platform.error.ProblemException;
import cn.zhifa.platform.error.Violations;
import cn.zhifa.platform.security.CurrentActor;
import cn.zhifa.platform.web.Page;
import cn.zhifa.platform.web.PageRequest;
import cn.zhifa.platform.web.RequestValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.mybatis.cdi.Transactional;

/**
 * Results feed the target directory ({@link RiskProposalRule}): a result that finds a problem proposes the next higher
 * risk level for its target; the planner of the matter's agency accepts (the level changes, kept in the target's
 * level history) or rejects it with a reason. Every step is an audit event.
 */
@ApplicationScoped
public class RiskProposalService {
    static final int REASON_MAX = 500;

    private final RiskProposalMapper proposals;
    private final TargetMapper targets;
    private final FieldRecordMapper records;
    private final Dictionaries dictionaries;
    private final PlannerScopes scopes;
    private final AuditLog audit;
    private final CurrentActor actor;
    private final Clock clock;

    @Inject
    public RiskProposalService(RiskProposalMapper proposals, TargetMapper targets, FieldRecordMapper records,
                               Dictionaries dictionaries, PlannerScopes scopes, AuditLog audit, CurrentActor actor,
                               Clock clock) {
        this.proposals = proposals;
        this.targets = targets;
        this.records = records;
        this.dictionaries = dictionaries;
        this.scopes = scopes;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    /** A proposal as the planner sees it. */
    public record ProposalView(long id, String creditCode, String targetName, String fromLevel, String proposedLevel,
                               long inspectionId, long planId, long matterId, String matterName, String agencyCode,
                               String cause, String resultCode, String state, long createdAtMs, String decidedBy,
                               Long decidedAtMs, String reason) {
        static ProposalView of(RiskProposalRow r) {
            return new ProposalView(r.id(), r.creditCode(), r.targetName(), r.fromLevel(), r.proposedLevel(),
                    r.inspectionId(), r.planId(), r.matterId(), r.matterName(), r.agencyCode(), r.cause(),
                    r.resultCode(), r.state(), r.createdAtMs(), r.decidedBy(), r.decidedAtMs(), r.reason());
        }
    }

    /**
     * Called in the transaction that records a result: proposes a higher level when the result finds a problem (a
     * NONCONFORMS finding of the matter in the inspection's field record, or a problem result code), proposes again when a
     * withdrawn one finds a problem once more, withdraws an undecided proposal when the corrected result finds none.
     * A decided proposal stays as decided.
     */
    void consider(long inspectionId, long matterId, String agencyCode, String creditCode, String resultCode) {
        boolean problemCode = dictionaries.resultCode(resultCode).map(ResultCode::problem).orElse(false);
        // the findings of this matter's check list (a joint inspection's record has each matter's)
        List<FieldRecordRule.Outcome> findings = records.findings(inspectionId).stream()
                .filter(f -> f.matterId() == matterId).map(FindingRow::outcome)
                .map(FieldRecordRule.Outcome::valueOf).toList();
        Optional<Cause> cause = RiskProposalRule.problem(problemCode, findings);
        Optional<RiskProposalRow> existing = proposals.findFor(inspectionId, matterId);
        long now = clock.millis();
        if (cause.isEmpty()) {
            existing.filter(p -> State.PROPOSED.name().equals(p.state())).ifPresent(p -> {
                proposals.decide(p.id(), State.WITHDRAWN.name(), actor.get().subject(), now, null);
                audit.record("RISK_PROPOSAL_WITHDRAWN", "risk-proposal", String.valueOf(p.id()),
                        new Decision(p.id(), p.creditCode(), p.fromLevel(), p.proposedLevel(), null, resultCode), null);
            });
            return;
        }
        if (existing.isPresent() && !State.PROPOSED.name().equals(existing.get().state())
                && !State.WITHDRAWN.name().equals(existing.get().state())) {
            return;
        }
        TargetRow target = targets.find(creditCode).orElseThrow();
        Optional<RiskLevel> proposed = RiskProposalRule.proposedLevel(target.riskLevel());
        if (proposed.isEmpty()) {
            return;
        }
        if (existing.isPresent()) {
            proposals.repropose(existing.get().id(), target.riskLevel().name(), proposed.get().name(),
                    cause.get().name(), resultCode, now);
        } else {
            proposals.insert(creditCode, target.riskLevel().name(), proposed.get().name(), inspectionId, matterId,
                    agencyCode, cause.get().name(), resultCode, now);
        }
        RiskProposalRow row = proposals.findFor(inspectionId, matterId).orElseThrow();
        audit.record("RISK_LEVEL_PROPOSED", "risk-proposal", String.valueOf(row.id()), ProposalView.of(row), null);
    }

    /** The proposals of the agencies the caller acts for, newest first; {@code state} filters (default all). */
    public Page<ProposalView> list(String state, PageRequest page) {
        Violations violations = new Violations();
        State filter = RequestValues.choice(State.class, state, "state", "FIELD_INVALID", violations);
        violations.throwIfInvalid();
        List<String> agencies = scopes.current().codes();
        String s = filter == null ? null : filter.name();
        return Page.of(proposals.list(s, agencies, page.offset(), page.limit()).stream().map(ProposalView::of)
                .toList(), page, proposals.count(s, agencies));
    }

    /** The audit summary of a decision. */
    public record Decision(long proposalId, String creditCode, String fromLevel, String proposedLevel, String levelAfter,
                    String resultCode) {
    }

    /**
     * Accepts a proposal: the target's risk level becomes the proposed one (never lower than it is now), the change
     * kept in the target's level history with the proposal; audited as {@code RISK_PROPOSAL_ACCEPTED}.
     */
    @Transactional(rollbackFor = Exception.class)
    public ProposalView accept(long id) {
        RiskProposalRow p = undecided(id);
        TargetRow target = targets.find(p.creditCode()).orElseThrow();
        RiskLevel after = RiskProposalRule.levelAfterAccepting(target.riskLevel(), RiskLevel.valueOf(p.proposedLevel()));
        long now = clock.millis();
        String by = actor.get().subject();
        proposals.decide(id, State.ACCEPTED.name(), by, now, null);
        if (after != target.riskLevel()) {
            proposals.setRiskLevel(p.creditCode(), after, now);
            proposals.insertHistory(p.creditCode(), after, target.creditLevel(), id, by, now);
        }
        audit.record("RISK_PROPOSAL_ACCEPTED", "risk-proposal", String.valueOf(id),
                new Decision(id, p.creditCode(), target.riskLevel().name(), p.proposedLevel(), after.name(),
                        p.resultCode()), null);
        return ProposalView.of(proposals.lock(id).orElseThrow());
    }

    /** What a rejection needs: the reason. */
    public record Rejection(String reason) {
    }

    /** Rejects a proposal with its reason (required); the target keeps its level; audited with the reason. */
    @Transactional(rollbackFor = Exception.class)
    public ProposalView reject(long id, Rejection body) {
        RequestValues.requireBody(body);
        new Violations().requireText("reason", body.reason(), REASON_MAX).throwIfInvalid();
        RiskProposalRow p = undecided(id);
        String reason = body.reason().strip();
        proposals.decide(id, State.REJECTED.name(), actor.get().subject(), clock.millis(), reason);
        audit.record("RISK_PROPOSAL_REJECTED", "risk-proposal", String.valueOf(id),
                new Decision(id, p.creditCode(), p.fromLevel(), p.proposedLevel(), p.fromLevel(), p.resultCode()),
                reason);
        return ProposalView.of(proposals.lock(id).orElseThrow());
    }

    /** The proposal, locked, in the caller's scope (403) and not decided yet (409 {@code RISK_PROPOSAL_DECIDED}). */
    private RiskProposalRow undecided(long id) {
        RiskProposalRow p = proposals.lock(id).orElseThrow(() -> ProblemException.notFound("risk-proposal", id));
        scopes.require(p.agencyCode());
        if (!State.PROPOSED.name().equals(p.state())) {
            throw ProblemException.conflict("RISK_PROPOSAL_DECIDED", id, p.state());
        }
        return p;
    }
}
