package cn.zhifa.planner.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import cn.zhifa.planner.domain.CreditLevel;
import cn.zhifa.planner.domain.Disclosure;
import cn.zhifa.planner.domain.DivisionCodes;
import cn.zhifa.planner.domain.DrawTarget;
import cn.zhifa.planner.domain.EntropyRule;
import cn.zhifa.planner.domain.EntropySource;
import cn.zhifa.planner.domain.PlanAction;
import cn.zhifa.planner.domain.PlanLifecycle;
import cn.zhifa.planner.domain.PlanState;
import cn.zhifa.planner.domain.RiskLevel;
import cn.zhifa.planner.domain.RuleViolation;
import cn.zhifa.planner.domain.SamplingRules;
import cn.zhifa.planner.domain.Seal;
import cn.zhifa.db.GeneratedKey;
import cn.zhifa.planner.mapper.InspectorRow;
import cn.zhifa.planner.mapper.LevelValue;
import cn.zhifa.planner.mapper.MatterMapper;
import cn.zhifa.planner.mapper.MatterRow;
import cn.zhifa.planner.mapper.PlanMapper;
import cn.zhifa.planner.mapper.PlanRow;
import cn.zhifa.planner.mapper.SealMapper;
import cn.zhifa.planner.mapper.SealRow;
import cn.zhifa.planner.mapper.SealTargetRow;
import cn.zhifa.platform.audit.AuditLog;
import cn.zhifa.platform.dictionary.Dictionaries;
import cn.zhifa.platform.error.Messages;
import cn.zhifa.platform.error.ProblemException;
import cn.zhifa.platform.error.Violation;
import cn.zhifa.platform.error.Violations;
import cn.zhifa.platform.security.CurrentActor;
import cn.zhifa.platform.web.RequestValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.mybatis.cdi.Transactional;

/** Plans (抽查计划): creation, seal (封存), cancellation and publication (公示) of the plan and of its results. */
@ApplicationScoped
public class PlanService {

    static final int DEFAULT_INSPECTOR_CAP = 20;
    static final int MAX_TEAM_SIZE = 10;
    /** The most matters one joint plan takes. */
    static final int MAX_MATTERS = 10;

    private final PlanMapper plans;
    private final MatterMapper matters;
    private final SealMapper seals;
    private final Dictionaries dictionaries;
    private final InspectorSnapshot inspectorSnapshot;
    private final SealStaffing staffing;
    private final AuditLog audit;
    private final CurrentActor actor;
    private final Clock clock;
    private final PlannerScopes scopes;

    @Inject
    public PlanService(PlanMapper plans, MatterMapper matters, SealMapper seals, Dictionaries dictionaries,
                       InspectorSnapshot inspectorSnapshot, SealStaffing staffing, AuditLog audit, CurrentActor actor,
                       Clock clock, PlannerScopes scopes) {
        this.scopes = scopes;
        this.plans = plans;
        this.matters = matters;
        this.seals = seals;
        this.dictionaries = dictionaries;
        this.inspectorSnapshot = inspectorSnapshot;
        this.staffing = staffing;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    /**
     * A new plan; {@code inspectorCap} (inspections per inspector) defaults to {@value #DEFAULT_INSPECTOR_CAP}.
     * {@code entropySource}: the public source of the draw's external value (none: the draw takes none).
     * {@code disclosure}: when the drawn targets and teams become public ({@link Disclosure}; default AT_DRAW).
     * {@code matterIds}: the matters of a joint plan (联合抽查), possibly of several agencies; {@code matterId}, if
     * given too, is one of them and leads (the first otherwise). A plan names {@code matterId} or {@code matterIds}.
     */
    public record NewPlan(String name, Long matterId, Integer year, List<String> areas, Map<String, BigDecimal> ratios,
                          Map<String, BigDecimal> creditMultipliers, Integer teamSize, Integer inspectorCap,
                          LocalDate startsOn, LocalDate endsOn, EntropySourceInput entropySource, String disclosure,
                          List<Long> matterIds) {
    }

    /**
     * An agency taking part in a joint plan and when its planner confirmed its matter and officers (null: not yet).
     */
    public record Participant(String agencyCode, String name, Long confirmedAtMs) {
    }

    /** 外部随机数来源 as a request names it: {@code availableAt} an ISO-8601 date-time with its offset. */
    public record EntropySourceInput(String description, String availableAt) {
    }

    /** The named source as published: {@code availableAt} in the text the seal's hash covers. */
    public record EntropySourceView(String description, String availableAt, long availableAtMs) {

        static EntropySourceView of(EntropySource s) {
            return new EntropySourceView(s.description(), s.availableAtText(), s.availableAt().toEpochMilli());
        }
    }

    public record PlanSummary(long id, String name, long matterId, int year, List<String> areas,
                              Map<String, BigDecimal> ratios, Map<String, BigDecimal> creditMultipliers, int teamSize,
                              int inspectorCap, LocalDate startsOn, LocalDate endsOn, String state, String cancelReason,
                              boolean published, boolean resultsPublished, Long sealedAtMs, Long drawnAtMs,
                              EntropySourceView entropySource, String disclosure, List<Long> matterIds,
                              List<Participant> agencies) {
    }

    /**
     * The seal as published from its instant on. {@code entropyRule} is what it fixed about the draw's external
     * value; under {@code NAMED_SOURCE}, {@code entropySource} is the source and {@code entropySourceHash} commits to it.
     * {@code disclosure} is the moment it fixed for the drawn targets and teams to become public.
     * The seal's own answer also names the officers left out of the inspector snapshot and the staffing shortages some
     * draws may meet (warnings); both are kept in the seal's audit event, and are empty when a seal is read later.
     */
    public record SealView(long planId, String commitment, String targetsHash, String inspectorsHash,
                           int targetCount, int inspectorCount, long sealedAtMs, String entropyRule,
                           String entropySourceHash, EntropySourceView entropySource, String disclosure,
                           List<ExcludedInspector> excludedInspectors, List<SealNotice> staffingWarnings) {

        static SealView of(SealRow s, PlanRow plan) {
            return of(s, plan, List.of(), List.of());
        }

        static SealView of(SealRow s, PlanRow plan, List<ExcludedInspector> excluded, List<SealNotice> warnings) {
            EntropySourceView source = s.entropyRule() == EntropyRule.NAMED_SOURCE
                    ? plan.namedEntropySource().map(EntropySourceView::of).orElseThrow() : null;
            return new SealView(s.planId(), s.commitment(), s.targetsHash(), s.inspectorsHash(), s.targetCount(),
                    s.inspectorCount(), s.sealedAtMs(), s.entropyRule().name(), s.entropySourceHash(), source,
                    s.disclosure().name(), excluded, warnings);
        }
    }

    /**
     * An officer whose credential covers the matter's category and one of the plan's areas but who does not inspect
     * in it: {@code reasons} are {@link cn.zhifa.planner.domain.InspectorStanding.Exclusion} codes.
     */
    public record ExcludedInspector(long officerId, String name, String credentialNumber, List<String> reasons,
                                    String reasonText) {
    }

    /** A warning of the seal: its code and its text in the asker's language. */
    public record SealNotice(String code, String message) {
    }

    @Transactional(rollbackFor = Exception.class)
    public PlanSummary create(NewPlan p) {
        RequestValues.requireBody(p);
        Violations v = new Violations();
        v.require(p.name() != null && !p.name().isBlank() && p.name().length() <= 200, "name", "FIELD_REQUIRED");
        List<Long> matterIds = p.matterIds() != null ? p.matterIds()
                : p.matterId() == null ? List.of() : List.of(p.matterId());
        v.require(!matterIds.isEmpty(), p.matterIds() == null ? "matterId" : "matterIds", "FIELD_REQUIRED");
        v.require(matterIds.stream().allMatch(java.util.Objects::nonNull)
                && new TreeSet<>(matterIds).size() == matterIds.size(), "matterIds", "PLAN_MATTERS_DUPLICATE");
        v.require(matterIds.size() <= MAX_MATTERS, "matterIds", "PLAN_MATTERS_TOO_MANY", MAX_MATTERS);
        v.require(p.matterId() == null || matterIds.contains(p.matterId()), "matterId", "PLAN_MATTER_NOT_LISTED",
                p.matterId());
        v.require(p.year() != null && p.year() >= 2000 && p.year() <= 2100, "year", "PLAN_YEAR_INVALID");
        v.require(p.areas() != null && !p.areas().isEmpty(), "areas", "PLAN_AREAS_REQUIRED");
        if (p.areas() != null) {
            p.areas().forEach(a -> v.require(a != null && dictionaries.isDivision(a), "areas", "AREA_UNKNOWN",
                    String.valueOf(a)));
        }
        v.require(p.teamSize() != null && p.teamSize() >= 2 && p.teamSize() <= MAX_TEAM_SIZE, "teamSize",
                "PLAN_TEAM_SIZE", 2, MAX_TEAM_SIZE);
        v.require(p.inspectorCap() == null || p.inspectorCap() >= 1, "inspectorCap", "PLAN_CAP_INVALID");
        v.require(p.startsOn() != null, "startsOn", "FIELD_REQUIRED");
        v.require(p.endsOn() != null, "endsOn", "FIELD_REQUIRED");
        v.require(p.startsOn() == null || p.endsOn() == null || !p.endsOn().isBefore(p.startsOn()), "endsOn",
                "PLAN_WINDOW_INVALID");
        v.require(p.year() == null || p.startsOn() == null || p.startsOn().getYear() == p.year(), "startsOn",
                "PLAN_WINDOW_OUTSIDE_YEAR", String.valueOf(p.year()));
        v.require(p.ratios() != null && !p.ratios().isEmpty(), "ratios", "PLAN_RATIOS_REQUIRED");
        Optional<EntropySource> source = entropySource(p.entropySource(), p.endsOn(), v);
        Disclosure disclosure = disclosure(p.disclosure(), v);
        Map<RiskLevel, BigDecimal> ratios = levels(RiskLevel.class, p.ratios(), "ratios", v);
        Map<CreditLevel, BigDecimal> multipliers = levels(CreditLevel.class, p.creditMultipliers(),
                "creditMultipliers", v);
        for (RuleViolation r : new SamplingRules(ratios, multipliers).violations()) {
            v.add(r.field(), r.code(), r.args().toArray());
        }
        v.throwIfInvalid();
        Violations known = new Violations();
        Map<Long, MatterRow> found = new HashMap<>();
        for (Long id : matterIds) {
            Optional<MatterRow> matter = matters.find(id);
            matter.ifPresent(m -> found.put(id, m));
            known.require(matter.isPresent(), p.matterIds() == null ? "matterId" : "matterIds", "MATTER_UNKNOWN", id);
            // a joint plan's matter names the agency whose officers inspect it, and which confirms it
            known.require(matterIds.size() == 1 || matter.map(MatterRow::agencyCode).isPresent()
                    || matter.isEmpty(), "matterIds", "MATTER_AGENCY_REQUIRED", id);
        }
        known.throwIfRejected();
        long lead = p.matterId() != null ? p.matterId() : matterIds.getFirst();
        // the lead matter's agency leads the plan; the other agencies of a joint plan take part by confirming
        scopes.requireMatter(found.get(lead));

        int cap = p.inspectorCap() == null ? DEFAULT_INSPECTOR_CAP : p.inspectorCap();
        PlanRow row = new PlanRow(0, p.name().strip(), lead, p.year(), p.teamSize(), cap, p.startsOn(),
                p.endsOn(), PlanState.DRAFT, null, null, null, null, 1, null, null,
                source.map(EntropySource::description).orElse(null),
                source.map(e -> e.availableAt().toEpochMilli()).orElse(null), disclosure);
        GeneratedKey key = new GeneratedKey();
        plans.insert(key, row, actor.get().subject(), clock.millis());
        long id = key.id();
        plans.insertAreas(id, new TreeSet<>(p.areas()).stream().toList());
        if (matterIds.size() > 1) {
            plans.insertMatters(id, new TreeSet<>(matterIds).stream().toList());
        }
        plans.insertRatios(id, ratios.entrySet().stream().map(e -> new LevelValue(e.getKey().name(), e.getValue())).toList());
        if (!multipliers.isEmpty()) {
            plans.insertMultipliers(id, multipliers.entrySet().stream()
                    .map(e -> new LevelValue(e.getKey().name(), e.getValue())).toList());
        }
        PlanSummary summary = summary(id);
        audit.record("PLAN_CREATED", "plan", String.valueOf(id), summary, null);
        return summary;
    }

    /**
     * The named source, checked: a description, and a moment still to come (the seal must precede it, so that nobody
     * knows the value when the secret seed is made) and not after the window's last day.
     */
    private Optional<EntropySource> entropySource(EntropySourceInput in, LocalDate endsOn, Violations v) {
        if (in == null) {
            return Optional.empty();
        }
        String description = in.description() == null ? "" : in.description().strip();
        v.require(!description.isEmpty(), "entropySource.description", "FIELD_REQUIRED");
        v.require(description.length() <= EntropySource.MAX_DESCRIPTION, "entropySource.description",
                "FIELD_TOO_LONG", EntropySource.MAX_DESCRIPTION);
        Instant availableAt = null;
        try {
            availableAt = in.availableAt() == null ? null : OffsetDateTime.parse(in.availableAt().strip()).toInstant();
        } catch (DateTimeParseException e) {
            v.add("entropySource.availableAt", "ENTROPY_AVAILABLE_AT_INVALID", in.availableAt());
        }
        v.require(in.availableAt() != null, "entropySource.availableAt", "FIELD_REQUIRED");
        if (availableAt == null || description.isEmpty() || description.length() > EntropySource.MAX_DESCRIPTION) {
            return Optional.empty();
        }
        EntropySource source = new EntropySource(description, availableAt);
        v.require(!source.isAvailableAt(clock.instant()), "entropySource.availableAt", "ENTROPY_ALREADY_AVAILABLE",
                source.availableAtText());
        v.require(endsOn == null || !availableAt.atZone(clock.getZone()).toLocalDate().isAfter(endsOn),
                "entropySource.availableAt", "ENTROPY_AFTER_WINDOW", String.valueOf(endsOn));
        return Optional.of(source);
    }

    /** The disclosure moment named, AT_DRAW when none is. */
    private static Disclosure disclosure(String text, Violations v) {
        if (text == null) {
            return Disclosure.AT_DRAW;
        }
        try {
            return Disclosure.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            v.add("disclosure", "DISCLOSURE_UNKNOWN", text);
            return null;
        }
    }

    private static <E extends Enum<E>> Map<E, BigDecimal> levels(Class<E> type, Map<String, BigDecimal> in,
                                                                  String field, Violations v) {
        Map<E, BigDecimal> out = new LinkedHashMap<>();
        if (in == null) {
            return out;
        }
        in.forEach((k, value) -> {
            E level = RequestValues.requiredChoice(type, k, field + "." + k, "LEVEL_UNKNOWN", v);
            if (level != null && value == null) {
                v.add(field + "." + k, "FIELD_REQUIRED", k);
            } else if (level != null) {
                out.put(level, value);
            }
        });
        return out;
    }

    public PlanRow row(long id) {
        return plans.find(id).orElseThrow(() -> ProblemException.notFound("plan", id));
    }

    /** The plan if the caller may read it: one of its agencies in scope (403 {@code AGENCY_OUT_OF_SCOPE} otherwise). */
    public PlanRow readable(long id) {
        PlanRow plan = row(id);
        scopes.requireParticipant(plan);
        return plan;
    }

    /** The plan if the caller may change it: its lead agency in scope (403 {@code AGENCY_OUT_OF_SCOPE} otherwise). */
    public PlanRow changeable(long id) {
        PlanRow plan = row(id);
        scopes.requireLead(plan);
        return plan;
    }

    /** The plan, its row locked until the transaction ends: decisions on its state cannot interleave. */
    public PlanRow lockedRow(long id) {
        return plans.findForUpdate(id).orElseThrow(() -> ProblemException.notFound("plan", id));
    }

    /** 409 with the life cycle's refusal unless {@code action} is legal in the plan's state. */
    public static void requireAllowed(PlanRow plan, PlanAction action) {
        String refusal = PlanLifecycle.refusalCode(plan.state(), action);
        if (refusal != null) {
            throw ProblemException.conflict(refusal, plan.state().name());
        }
    }

    /**
     * Applies a state-changing action as one conditional update (so two requests cannot both apply it); 409 with
     * the life cycle's refusal when the plan's state does not allow it.
     */
    void change(long planId, PlanAction action, String reason, long nowMs) {
        if (plans.transition(planId, PlanLifecycle.statesAllowing(action), PlanLifecycle.target(action), reason,
                nowMs) == 0) {
            requireAllowed(lockedRow(planId), action);
            // states only move forward, so a plan that allows the action now allowed it at the update
            throw new IllegalStateException("plan " + planId + " allows " + action + " but its update changed no row");
        }
    }

    public PlanSummary summary(long id) {
        return summary(row(id));
    }

    public PlanSummary summary(PlanRow p) {
        List<MatterRow> planMatters = matters(p);
        return new PlanSummary(p.id(), p.name(), p.matterId(), p.planYear(), plans.areas(p.id()),
                valueMap(plans.ratios(p.id())), valueMap(plans.multipliers(p.id())), p.teamSize(), p.inspectorCap(),
                p.startsOn(), p.endsOn(), p.state().name(), p.cancelReason(), p.published(), p.resultsPublished(),
                p.sealedAtMs(), p.drawnAtMs(), p.namedEntropySource().map(EntropySourceView::of).orElse(null),
                p.disclosure().name(), planMatters.stream().map(MatterRow::id).toList(), participants(p, planMatters));
    }

    /** The plan's matters, the lead one first; one for a plan that is not joint. */
    public List<MatterRow> matters(PlanRow p) {
        List<MatterRow> out = new ArrayList<>();
        out.add(matters.find(p.matterId()).orElseThrow());
        plans.matters(p.id()).stream().filter(id -> id != p.matterId())
                .forEach(id -> out.add(matters.find(id).orElseThrow()));
        return out;
    }

    /** The agencies of a joint plan's matters with their confirmations, by code; none for a plan of one matter. */
    private List<Participant> participants(PlanRow p, List<MatterRow> planMatters) {
        if (planMatters.size() < 2) {
            return List.of();
        }
        Map<String, Long> confirmed = new HashMap<>();
        plans.confirmations(p.id()).forEach(c -> confirmed.put(c.agencyCode(), c.confirmedAtMs()));
        return planMatters.stream().map(MatterRow::agencyCode).distinct().sorted()
                .map(code -> new Participant(code, dictionaries.agency(code).map(a -> a.name()).orElse(code),
                        confirmed.get(code))).toList();
    }

    /**
     * 确认: a participating agency of a joint plan confirms its matter and its officers, by a planner acting for that
     * agency (403 {@code AGENCY_OUT_OF_SCOPE} otherwise). Only a draft can be confirmed, once per agency.
     */
    @Transactional(rollbackFor = Exception.class)
    public PlanSummary confirm(long planId, String agencyCode) {
        new Violations().require(agencyCode != null && !agencyCode.isBlank(), "agencyCode", "FIELD_REQUIRED")
                .throwIfInvalid();
        // only a planner acting for the agency confirms for it (issue 20: a confirmation proves the agency's consent)
        scopes.require(agencyCode.strip());
        PlanRow plan = lockedRow(planId);
        requireAllowed(plan, PlanAction.CONFIRM);
        List<Participant> participants = participants(plan, matters(plan));
        String code = agencyCode.strip();
        Participant participant = participants.stream().filter(a -> a.agencyCode().equals(code)).findFirst()
                .orElseThrow(() -> ProblemException.rejected("agencyCode", participants.isEmpty()
                        ? "PLAN_NOT_JOINT" : "AGENCY_NOT_PARTICIPATING", code));
        if (participant.confirmedAtMs() != null) {
            throw ProblemException.conflict("PLAN_ALREADY_CONFIRMED", code);
        }
        plans.insertConfirmation(planId, code, actor.get().subject(), clock.millis());
        PlanSummary summary = summary(planId);
        audit.record("PLAN_CONFIRMED", "plan", String.valueOf(planId), summary, code);
        return summary;
    }

    private static Map<String, BigDecimal> valueMap(List<LevelValue> values) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        values.forEach(v -> m.put(v.level(), v.value()));
        return m;
    }

    public SamplingRules rules(long planId) {
        Map<RiskLevel, BigDecimal> ratios = new HashMap<>();
        plans.ratios(planId).forEach(v -> ratios.put(RiskLevel.valueOf(v.level()), v.value()));
        Map<CreditLevel, BigDecimal> multipliers = new HashMap<>();
        plans.multipliers(planId).forEach(v -> multipliers.put(CreditLevel.valueOf(v.level()), v.value()));
        return new SamplingRules(ratios, multipliers);
    }

    /**
     * 封存: freezes the eligible targets and inspectors, makes the secret seed and publishes the commitment.
     * Only a DRAFT plan can be sealed, once (the state change is conditional, so two requests cannot both seal).
     * A plan no draw could staff is refused ({@link SealStaffing}); texts of the answer are in {@code locale}.
     */
    @Transactional(rollbackFor = Exception.class)
    public SealView seal(long planId, Locale locale) {
        PlanRow plan = changeable(planId);
        List<MatterRow> planMatters = matters(plan);
        boolean joint = planMatters.size() > 1;
        List<String> unconfirmed = participants(plan, planMatters).stream().filter(a -> a.confirmedAtMs() == null)
                .map(Participant::name).toList();
        long now = clock.millis();
        change(planId, PlanAction.SEAL, null, now);
        if (!unconfirmed.isEmpty()) {
            throw ProblemException.conflict("PLAN_CONFIRMATIONS_MISSING", String.join("、", unconfirmed));
        }
        Optional<EntropySource> source = plan.namedEntropySource();
        source.ifPresent(s -> new Violations().require(!s.isAvailableAt(Instant.ofEpochMilli(now)),
                "entropySource.availableAt", "ENTROPY_ALREADY_AVAILABLE", s.availableAtText()).throwIfRejected());
        MatterRow matter = planMatters.getFirst();
        List<String> areas = plans.areas(planId);
        List<Long> matterIds = planMatters.stream().map(MatterRow::id).toList();
        int targetCount = seals.snapshotTargets(planId, matterIds,
                areas.stream().map(TargetService::areaPattern).toList());
        new Violations().require(targetCount > 0, "areas", "PLAN_NO_ELIGIBLE_TARGETS").throwIfRejected();
        if (joint) {
            matterIds.forEach(m -> seals.snapshotTargetMatter(planId, m));
        }

        InspectorSnapshot.Frozen frozen = inspectorSnapshot.freeze(planId,
                planMatters.stream().map(MatterRow::categoryCode).distinct().sorted().toList(), plan.startsOn(),
                plan.endsOn(), areas);
        List<InspectorRow> inspectors = frozen.inspectors().stream().map(InspectorSnapshot.Inspector::row).toList();
        List<SealTargetRow> targets = seals.targets(planId);
        SealStaffing.Plan staffed = new SealStaffing.Plan(matter.categoryCode(), plan.teamSize(), plan.inspectorCap(),
                rules(planId));
        List<DrawTarget> drawTargets = targets.stream().map(SealTargetRow::drawTarget).toList();
        List<String> credentials = inspectors.stream().map(InspectorRow::credentialNumber).toList();
        Seal seal;
        List<Violation> warnings;
        if (joint) {
            Map<String, List<Long>> covered = coveredMatters(planId);
            warnings = staffing.checkJoint(staffed, planMatters.stream().map(m -> new SealStaffing.Matter(
                    m.categoryCode(), m.agencyCode(), covered.entrySet().stream()
                    .filter(e -> e.getValue().contains(m.id())).map(Map.Entry::getKey)
                    .collect(java.util.stream.Collectors.toSet()))).toList(), targets, frozen);
            seal = Seal.createJoint(drawTargets, covered, credentials);
        } else {
            warnings = staffing.check(staffed, targets, frozen);
            seal = Seal.create(drawTargets, credentials);
        }
        SealRow row = new SealRow(planId, seal.serverSeed(), seal.commitment(), seal.targetsHash(),
                seal.inspectorsHash(), targetCount, inspectors.size(), now, EntropyRule.forSeal(source),
                source.map(EntropySource::hash).orElse(null), plan.disclosure());
        seals.insert(row, actor.get().subject());
        plans.setPrevious(planId, plans.previousPlan(plan.matterId(), planId, PlanState.DRAWN).orElse(null));
        SealView view = SealView.of(row, plan, frozen.excluded().stream().map(e -> excludedView(e, locale)).toList(),
                warnings.stream().map(w -> new SealNotice(w.code(), Messages.text(locale, w.code(), w.args())))
                        .toList());
        audit.record("PLAN_SEALED", "plan", String.valueOf(planId), view, null);
        return view;
    }

    private static ExcludedInspector excludedView(InspectorSnapshot.Excluded e, Locale locale) {
        List<String> texts = e.reasons().stream().map(r -> switch (r) {
            case NOT_ON_POST -> Messages.text(locale, "INSPECTOR_" + r, Messages.text(locale,
                    "POST_STATUS_" + e.candidate().postStatus()));
            case ON_CLEANUP_LIST -> Messages.text(locale, "INSPECTOR_" + r, Messages.text(locale,
                    "CLEANUP_REASON_" + e.candidate().cleanupReason()));
            default -> Messages.text(locale, "INSPECTOR_" + r);
        }).toList();
        return new ExcludedInspector(e.candidate().officerId(), e.candidate().name(), e.candidate().credentialNumber(),
                e.reasons().stream().map(Enum::name).toList(),
                String.join(Messages.text(locale, "INSPECTOR_REASON_SEPARATOR"), texts));
    }

    /** The matters each sealed target of a joint plan falls in, by credit code (empty for a plan of one matter). */
    public Map<String, List<Long>> coveredMatters(long planId) {
        Map<String, List<Long>> out = new LinkedHashMap<>();
        seals.targetMatters(planId).forEach(r -> out.computeIfAbsent(r.creditCode(), k -> new ArrayList<>())
                .add(r.matterId()));
        return out;
    }

    public SealView sealOf(long planId) {
        PlanRow plan = row(planId);
        return seals.find(planId).map(s -> SealView.of(s, plan))
                .orElseThrow(() -> ProblemException.notFound("seal", planId));
    }

    /** A plan that was never drawn can be cancelled; it stays visible with its reason. */
    @Transactional(rollbackFor = Exception.class)
    public PlanSummary cancel(long planId, String reason) {
        new Violations().require(reason != null && !reason.isBlank() && reason.length() <= 500, "reason",
                "CANCEL_REASON_REQUIRED").throwIfInvalid();
        changeable(planId);
        change(planId, PlanAction.CANCEL, reason.strip(), clock.millis());
        PlanSummary summary = summary(planId);
        audit.record("PLAN_CANCELLED", "plan", String.valueOf(planId), summary, reason);
        return summary;
    }

    /** Marks the results of a plan published; the caller holds the plan's lock and has checked it may. */
    void publishResults(long planId, long nowMs) {
        if (plans.publishResults(planId, PlanLifecycle.statesAllowing(PlanAction.PUBLISH_RESULTS), nowMs) == 0) {
            throw ProblemException.conflict("RESULTS_ALREADY_PUBLISHED", planId);
        }
    }

    /** 公示: makes a drawn plan, its draw record and teams public. */
    @Transactional(rollbackFor = Exception.class)
    public PlanSummary publish(long planId) {
        changeable(planId);
        if (plans.publish(planId, PlanLifecycle.statesAllowing(PlanAction.PUBLISH), clock.millis()) == 0) {
            PlanRow plan = lockedRow(planId);
            requireAllowed(plan, PlanAction.PUBLISH);
            throw ProblemException.conflict("PLAN_ALREADY_PUBLISHED", planId);
        }
        PlanSummary summary = summary(planId);
        audit.record("PLAN_PUBLISHED", "plan", String.valueOf(planId), summary, null);
        return summary;
    }
}
