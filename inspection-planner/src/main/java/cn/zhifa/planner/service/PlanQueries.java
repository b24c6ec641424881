package cn.zhifa.planner.service;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import cn.zhifa.planner.domain.PlanState;
import cn.zhifa.planner.domain.TargetDraw;
import cn.zhifa.planner.mapper.AgencyCountRow;
import cn.zhifa.planner.mapper.InspectionCounts;
import cn.zhifa.planner.mapper.DrawAttemptRow;
import cn.zhifa.planner.mapper.DrawMapper;
import cn.zhifa.planner.mapper.DrawRow;
import cn.zhifa.planner.mapper.InspectionMapper;
import cn.zhifa.planner.mapper.InspectionRow;
import cn.zhifa.planner.mapper.MemberRow;
import cn.zhifa.planner.mapper.PlanMapper;
import cn.zhifa.planner.mapper.PlanRow;
import cn.zhifa.planner.mapper.SealMapper;
import cn.zhifa.planner.mapper.SealRow;
import cn.zhifa.planner.service.DrawViews.AttemptRecord;
import cn.zhifa.planner.service.DrawViews.AttemptView;
import cn.zhifa.planner.service.DrawViews.DrawRecord;
import cn.zhifa.planner.service.DrawViews.InspectionDetail;
import cn.zhifa.planner.service.DrawViews.InspectionView;
import cn.zhifa.planner.service.DrawViews.InspectorView;
import cn.zhifa.planner.service.DrawViews.ReplacementView;
import cn.zhifa.planner.service.DrawViews.StratumView;
import cn.zhifa.planner.service.DrawViews.TargetLine;
import cn.zhifa.planner.service.MatterService.MatterView;
import cn.zhifa.planner.service.PlanService.PlanSummary;
import cn.zhifa.planner.service.PlanService.SealView;
import cn.zhifa.platform.dictionary.Dictionaries;
import cn.zhifa.platform.dictionary.ResultCode;
import cn.zhifa.platform.dictionary.Division;
import cn.zhifa.platform.error.Messages;
import cn.zhifa.platform.error.ProblemException;
import cn.zhifa.platform.error.Violations;
import cn.zhifa.platform.tabular.TableFormat;
import cn.zhifa.platform.tabular.TableWriter;
import cn.zhifa.platform.web.Page;
import cn.zhifa.platform.web.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Reading plans: the planner's page, the public plan (公示), its draw record, its CSV and the statistics. */
@ApplicationScoped
public class PlanQueries {

    /** The columns of {@link #inspectionsCsv}, as message keys: each code followed by its name. */
    private static final List<String> INSPECTION_COLUMNS = List.of("PLAN_COLUMN_INSPECTION_ID",
            "PLAN_COLUMN_CREDIT_CODE", "PLAN_COLUMN_TARGET_NAME", "PLAN_COLUMN_AREA", "PLAN_COLUMN_AREA_NAME",
            "PLAN_COLUMN_OFFICER_NAMES", "PLAN_COLUMN_CREDENTIAL_NUMBERS", "PLAN_COLUMN_RESULT_CODE",
            "PLAN_COLUMN_RESULT", "PLAN_COLUMN_INSPECTED_ON", "PLAN_COLUMN_MATTER_ID", "PLAN_COLUMN_MATTER",
            "PLAN_COLUMN_AGENCY", "PLAN_COLUMN_AGENCY_NAME");

    private final PlanService planService;
    private final MatterService matters;
    private final ReplacementService replacements;
    private final PlanMapper plans;
    private final SealMapper seals;
    private final DrawMapper draws;
    private final InspectionMapper inspections;
    private final Dictionaries dictionaries;
    private final Clock clock;
    private final MatterResults matterResults;
    private final PlannerScopes scopes;

    @Inject
    public PlanQueries(PlanService planService, MatterService matters, ReplacementService replacements,
                       PlanMapper plans, SealMapper seals, DrawMapper draws, InspectionMapper inspections,
                       Dictionaries dictionaries, Clock clock, MatterResults matterResults, PlannerScopes scopes) {
        this.scopes = scopes;
        this.matterResults = matterResults;
        this.dictionaries = dictionaries;
        this.clock = clock;
        this.planService = planService;
        this.matters = matters;
        this.replacements = replacements;
        this.plans = plans;
        this.seals = seals;
        this.draws = draws;
        this.inspections = inspections;
    }

    /**
     * A plan with its matter, commitment (with the seal's counts and instant), realised sampling per stratum,
     * current teams, replacements and draw attempts. {@code disclosed}: whether the drawn targets and teams are
     * shown (always to the planner; to the public from the plan's disclosure moment on).
     */
    public record PlanDetail(PlanSummary plan, MatterView matter, List<MatterView> matters, SealView seal,
                             List<StratumView> strata,
                             List<InspectionDetail> inspections, List<ReplacementView> replacements,
                             List<AttemptView> attempts, boolean disclosed) {
    }

    public PlanDetail detail(long planId, boolean withResults) {
        return detail(planService.readable(planId), true, true, withResults);
    }

    /**
     * {@code withCounts}: the realised sampling per stratum; {@code withDraw}: the drawn targets, teams and
     * replacements (from which the targets could be read); {@code withResults}: the results.
     */
    private PlanDetail detail(PlanRow row, boolean withCounts, boolean withDraw, boolean withResults) {
        long planId = row.id();
        SealView seal = seals.find(planId).map(s -> SealView.of(s, row)).orElse(null);
        return new PlanDetail(planService.summary(row), matters.get(row.matterId()), matterViews(row), seal,
                withCounts ? strata(planId) : List.of(), withDraw ? inspectionDetails(planId, withResults) : List.of(),
                withDraw ? replacements.list(planId) : List.of(), attempts(planId), withDraw);
    }

    /** The plan's matters (a joint plan's several, each with its agency), the lead one first. */
    private List<MatterView> matterViews(PlanRow row) {
        return planService.matters(row).stream().map(m -> matters.get(m.id())).toList();
    }

    private List<AttemptView> attempts(long planId) {
        return draws.attempts(planId).stream().map(a -> new AttemptView(a.outcome(), a.problemCode(), a.reason(),
                a.attemptedAtMs(), a.endedAtMs())).toList();
    }

    /**
     * Public from the seal on (一公开): matter, ratios, the commitment with the snapshot hashes, counts and the seal's
     * instant, the draw attempts with their outcome and instant, a cancelled plan with its reason; the realised
     * sampling per stratum once the plan is published; the drawn targets, teams and replacements from the plan's
     * disclosure moment on ({@link PlanRow#disclosed}, judged on the business day), results once they are
     * published too.
     */
    public PlanDetail publicDetail(long planId) {
        PlanRow row = plans.find(planId).filter(p -> p.sealedAtMs() != null)
                .orElseThrow(() -> ProblemException.notFound("plan", planId));
        boolean disclosed = row.disclosed(LocalDate.now(clock));
        return detail(row, row.published(), disclosed, disclosed && row.resultsPublished());
    }

    /** The plans the public sees (from their seal on). */
    public Page<PlanSummary> publicList(PageRequest page) {
        return list(true, null, page);
    }

    /** Every plan one of whose agencies the caller acts for, newest first. */
    public Page<PlanSummary> listInScope(PageRequest page) {
        return list(false, scopes.current().codes(), page);
    }

    private Page<PlanSummary> list(boolean publicOnly, List<String> agencies, PageRequest page) {
        return Page.of(plans.list(publicOnly, agencies, page.offset(), page.limit()).stream()
                .map(planService::summary).toList(), page, plans.count(publicOnly, agencies));
    }

    /** The commitment is public from the seal on, before the draw: that is what makes it a commitment. */
    public SealView publicCommitment(long planId) {
        return planService.sealOf(planId);
    }

    List<StratumView> strata(long planId) {
        return draws.strata(planId).stream().map(s -> new StratumView(s.riskLevel().name(), s.creditLevel().name(),
                s.eligibleCount(), s.effectiveRatio().stripTrailingZeros(), s.drawnCount(), s.eligibleCount() == 0
                ? BigDecimal.ZERO
                : BigDecimal.valueOf(s.drawnCount()).divide(BigDecimal.valueOf(s.eligibleCount()), 4,
                        RoundingMode.HALF_UP))).toList();
    }

    public List<InspectionDetail> inspectionDetails(long planId, boolean withResults) {
        Map<Long, List<InspectorView>> teams = teams(planId, true);
        Map<String, List<Long>> covered = planService.coveredMatters(planId);
        Map<Long, List<DrawViews.MatterResult>> results = covered.isEmpty() ? Map.of()
                : matterResults.byInspection(inspections.planMatterResults(planId), withResults);
        return draws.inspections(planId).stream().map(i -> new InspectionDetail(i.id(), i.creditCode(),
                i.targetName(), i.areaCode(), teams.getOrDefault(i.id(), List.of()),
                withResults ? i.resultCode() : null, withResults ? i.inspectedOn() : null,
                withResults ? i.note() : null, covered.get(i.creditCode()), results.get(i.id()))).toList();
    }

    /** Team members by inspection in seat order: the current ones, or the ones of the original draw. */
    private Map<Long, List<InspectorView>> teams(long planId, boolean current) {
        Map<Long, List<InspectorView>> out = new HashMap<>();
        for (MemberRow m : draws.members(planId)) {
            if (current ? m.active() : m.addedBy() == null) {
                out.computeIfAbsent(m.inspectionId(), k -> new ArrayList<>())
                        .add(new InspectorView(m.officerId(), m.officerName(), m.credentialNumber()));
            }
        }
        return out;
    }

    /**
     * 抽取记录 of a plan from its disclosure moment on (the seed and the eligible list give the drawn targets, so the
     * record waits for that moment as the targets do), or of a plan cancelled after its seal (its secret seed is
     * spent, so revealed; nobody will be inspected under it): recompute the target draw, or the failed attempt's,
     * with {@code docs/verify-draw.py}.
     */
    public DrawRecord drawRecord(long planId) {
        LocalDate today = LocalDate.now(clock);
        PlanRow plan = plans.find(planId)
                .filter(p -> p.disclosed(today) || (p.state() == PlanState.CANCELLED && p.sealedAtMs() != null))
                .orElseThrow(() -> ProblemException.notFound("plan", planId));
        SealRow seal = seals.find(planId).orElseThrow();
        Optional<DrawRow> draw = draws.findDraw(planId);
        List<DrawAttemptRow> attempts = draws.attempts(planId);
        PlanSummary summary = planService.summary(plan);
        Map<String, List<Long>> covered = planService.coveredMatters(planId);
        List<TargetLine> eligible = seals.targets(planId).stream().map(t -> new TargetLine(t.creditCode(),
                t.riskLevel().name(), t.creditLevel().name(), covered.get(t.creditCode()))).toList();
        List<String> credentials = seals.inspectors(planId).stream().map(i -> i.credentialNumber()).sorted().toList();
        Map<Long, List<InspectorView>> original = teams(planId, false);
        List<InspectionRow> rows = draws.inspections(planId);
        List<InspectionView> drawn = rows.stream()
                .map(i -> new InspectionView(i.id(), i.creditCode(), original.getOrDefault(i.id(), List.of()),
                        covered.get(i.creditCode()))).toList();
        Optional<DrawAttemptRow> attempt = attempts.stream().findFirst();
        String entropy = draw.map(DrawRow::externalEntropy).or(() -> attempt.map(DrawAttemptRow::externalEntropy))
                .orElse(null);
        String seed = draw.map(DrawRow::seed).or(() -> attempt.map(DrawAttemptRow::seed)).orElse(null);
        List<String> drawnCodes = draw.isPresent() ? rows.stream().map(InspectionRow::creditCode).toList()
                : attempt.map(a -> failedAttemptTargets(planId, seal, a)).orElse(List.of());
        return new DrawRecord(planId, matterViews(plan), seal.entropyRule().name(), SealView.of(seal, plan).entropySource(),
                seal.entropySourceHash(), seal.serverSeed(), entropy, seed, seal.commitment(),
                seal.targetsHash(), seal.inspectorsHash(), summary.ratios(), summary.creditMultipliers(), eligible,
                credentials, drawnCodes, drawn, plan.teamSize(), plan.inspectorCap(),
                draw.map(DrawRow::teamsHash).orElse(null), draw.map(DrawRow::solverVersion).orElse(null),
                replacements.list(planId), plan.state().name(), plan.cancelReason(), seal.sealedAtMs(),
                draw.map(DrawRow::drawnAtMs).orElse(null), attempts.stream().map(a -> new AttemptRecord(a.outcome(),
                a.externalEntropy(), a.seed(), a.problemCode(), a.reason(), a.attemptedAtMs(), a.endedAtMs())).toList());
    }

    /** The targets a failed attempt drew before its teams failed: the same rule, recomputed from the seal. */
    private List<String> failedAttemptTargets(long planId, SealRow seal, DrawAttemptRow attempt) {
        return TargetDraw.draw(seal.serverSeed(), attempt.externalEntropy(), planService.rules(planId),
                seals.targets(planId).stream().map(t -> t.drawTarget()).toList()).drawnCreditCodes();
    }

    /**
     * The public inspections of a published plan as CSV, for people (Excel: UTF-8 with a byte-order mark) and for
     * other agencies' platforms: through the platform's table writer, so a target named {@code =HYPERLINK(…)}
     * arrives as text, never as a formula. Headers in the reader's language (Chinese by default); every code has
     * its name beside it (the area's division, the result's wording in that language).
     */
    public String inspectionsCsv(long planId, Locale locale) {
        PlanDetail detail = publicDetail(planId);
        boolean english = "en".equals(locale.getLanguage());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter table = TableWriter.open(TableFormat.CSV, out, "inspections")) {
            table.row(INSPECTION_COLUMNS.stream().map(column -> Messages.text(locale, column)).toList());
            Map<String, ResultCode> resultCodes = dictionaries.resultCodesByCode();
            for (InspectionDetail i : detail.inspections()) {
                // a joint inspection gives a line per covered matter, with that matter's agency and result
                List<DrawViews.MatterResult> lines = i.results() != null ? i.results()
                        : List.of(new DrawViews.MatterResult(detail.matter().id(), detail.matter().name(),
                        detail.matter().agencyCode(), matterResults.agencyName(detail.matter().agencyCode()),
                        i.resultCode(), i.inspectedOn(), i.note()));
                for (DrawViews.MatterResult line : lines) {
                    table.row(Arrays.asList(i.id(), i.creditCode(), i.targetName(), i.area(),
                            dictionaries.division(i.area()).map(Division::name).orElse(""),
                            String.join(";", i.inspectors().stream().map(InspectorView::name).toList()),
                            String.join(";", i.inspectors().stream().map(InspectorView::credentialNumber).toList()),
                            line.resultCode(), Optional.ofNullable(resultCodes.get(line.resultCode()))
                                    .map(result -> english ? result.nameEn() : result.name()).orElse(""),
                            line.inspectedOn(), line.matterId(), line.matterName(), line.agencyCode(),
                            line.agencyName()));
                }
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * Figures of a period: targets drawn per stratum, results by code (PENDING: none yet), inspections drawn and
     * inspected (every result in), and {@code agencies}: the joint plans' figures per participating agency. A joint
     * inspection counts in {@code results} once per matter it covers, with that matter's result.
     */
    public record Statistics(LocalDate from, LocalDate to, Map<String, Long> drawnByStratum,
                             Map<String, Long> results, long drawn, long inspected, List<AgencyFigures> agencies) {
    }

    /**
     * 联合抽查分部门统计: of the joint plans counted, the inspections covering a matter of the agency and the results
     * of its matters by code (PENDING: none yet or, in public, not yet published).
     */
    public record AgencyFigures(String agencyCode, String agencyName, long inspections, Map<String, Long> results) {
    }

    /** Per year, or per quarter of the year (1-4): plans whose window starts in the period (季度/年度统计). */
    public Statistics statistics(Integer year, Integer quarter) {
        new Violations()
                .require(year != null && year >= 2000 && year <= 2100, "year", "PLAN_YEAR_INVALID")
                .require(quarter == null || (quarter >= 1 && quarter <= 4), "quarter", "QUARTER_INVALID")
                .throwIfInvalid();
        LocalDate from = quarter == null ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 3 * quarter - 2, 1);
        LocalDate to = quarter == null ? LocalDate.of(year, 12, 31) : from.plusMonths(3).minusDays(1);
        return statistics(null, from, to);
    }

    public Statistics planStatistics(long planId) {
        planService.readable(planId);
        return statistics(planId, null, null);
    }

    /**
     * One plan's figures ({@code planId}: all its results, published or not) or the public figures of a period
     * (published plans only; a result only once the plan's results are published).
     */
    private Statistics statistics(Long planId, LocalDate from, LocalDate to) {
        Map<String, Long> strata = new LinkedHashMap<>();
        if (planId == null) {
            inspections.drawnByStratum(from, to).forEach(c -> strata.put(c.label(), c.count()));
        } else {
            draws.strata(planId).forEach(s -> strata.put(s.riskLevel() + "/" + s.creditLevel(), (long) s.drawnCount()));
        }
        Map<String, Long> results = new LinkedHashMap<>();
        inspections.resultDistribution(planId, from, to).forEach(c -> results.put(c.label(), c.count()));
        InspectionCounts counts = inspections.inspectionCounts(planId, from, to);
        Map<String, Map<String, Long>> byAgency = new LinkedHashMap<>();
        for (AgencyCountRow r : inspections.agencyResults(planId, from, to)) {
            byAgency.computeIfAbsent(r.agencyCode(), k -> new LinkedHashMap<>()).put(r.label(), r.count());
        }
        List<AgencyFigures> agencies = inspections.agencyInspections(planId, from, to).stream()
                .map(c -> new AgencyFigures(c.label(), matterResults.agencyName(c.label()), c.count(),
                        byAgency.getOrDefault(c.label(), Map.of()))).toList();
        return new Statistics(from, to, strata, results, counts.drawn(), counts.inspected(), agencies);
    }
}
