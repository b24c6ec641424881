package cn.zhifa.planner.service;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.zhifa.planner.mapper.PlanRow;
import cn.zhifa.planner.mapper.PublishedResultRow;
import cn.zhifa.planner.mapper.ResultExportMapper;
import cn.zhifa.platform.dictionary.Dictionaries;
import cn.zhifa.platform.dictionary.ResultCode;
import cn.zhifa.platform.error.Messages;
import cn.zhifa.platform.error.ProblemException;
import cn.zhifa.platform.error.Violations;
import cn.zhifa.platform.tabular.TableFormat;
import cn.zhifa.platform.tabular.TableWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Published results (结果公开) in the columns the national enterprise credit publicity system (国家企业信用信息公示系统)
 * shows for 抽查检查信息 — the unified social credit code first, then the firm, the inspecting agency (检查实施机关),
 * the kind of inspection, the matter, the day and the result — as JSON, CSV or xlsx (the platform's table writer).
 * Only plans whose results are published; a joint plan's inspection gives a line per matter it covers.
 */
@ApplicationScoped
public class ResultExportService {
    /** The columns, as message keys (headers follow the reader's language). */
    static final List<String> COLUMNS = List.of("RESULTS_COLUMN_CREDIT_CODE", "RESULTS_COLUMN_NAME",
            "RESULTS_COLUMN_AGENCY", "RESULTS_COLUMN_TYPE", "RESULTS_COLUMN_MATTER", "RESULTS_COLUMN_INSPECTED_ON",
            "RESULTS_COLUMN_RESULT", "RESULTS_COLUMN_RESULT_CODE", "RESULTS_COLUMN_PLAN", "RESULTS_COLUMN_INSPECTION_ID");

    private final ResultExportMapper mapper;
    private final PlanService plans;
    private final PlannerScopes scopes;
    private final Dictionaries dictionaries;

    @Inject
    public ResultExportService(ResultExportMapper mapper, PlanService plans, PlannerScopes scopes,
                               Dictionaries dictionaries) {
        this.mapper = mapper;
        this.plans = plans;
        this.scopes = scopes;
        this.dictionaries = dictionaries;
    }

    /** A published result of one matter of one inspection. */
    public record ResultLine(String creditCode, String targetName, String agencyCode, String agencyName,
                             long matterId, String matterName, LocalDate inspectedOn, String resultCode,
                             String resultName, long planId, String planName, long inspectionId) {
    }

    /** The published results of a plan; 404 {@code RESULTS_NOT_PUBLISHED} for a plan whose results are not. */
    public List<PublishedResultRow> ofPlan(long planId) {
        PlanRow plan = plans.row(planId);
        if (!plan.published() || !plan.resultsPublished()) {
            throw ProblemException.of(404, "RESULTS_NOT_PUBLISHED", planId);
        }
        return mapper.published(planId, null, null, null);
    }

    /**
     * The published results inspected from {@code from} to {@code to} (both required, {@code from} not after
     * {@code to}) of the matters of the agencies the caller acts for, across plans.
     */
    public List<PublishedResultRow> ofPeriod(LocalDate from, LocalDate to) {
        new Violations()
                .require(from != null, "from", "FIELD_REQUIRED")
                .require(to != null, "to", "FIELD_REQUIRED")
                .require(from == null || to == null || !from.isAfter(to), "to", "PERIOD_INVALID")
                .throwIfInvalid();
        return mapper.published(null, from, to, scopes.current().codes());
    }

    /** The rows as JSON lines, with the agency's and the result's names in the reader's language. */
    public List<ResultLine> lines(List<PublishedResultRow> rows, Locale locale) {
        boolean english = isEnglish(locale);
        Map<String, ResultCode> codes = dictionaries.resultCodesByCode();
        return rows.stream().map(r -> new ResultLine(r.creditCode(), r.targetName(), r.agencyCode(),
                agencyName(r.agencyCode(), english), r.matterId(), r.matterName(), r.inspectedOn(), r.resultCode(),
                resultName(codes.get(r.resultCode()), english), r.planId(), r.planName(), r.inspectionId())).toList();
    }

    /** Writes the lines as CSV (UTF-8 with a byte-order mark) or xlsx, headed in the reader's language. */
    public void write(List<ResultLine> lines, TableFormat format, Locale locale, OutputStream out) {
        String type = Messages.text(locale, "RESULTS_INSPECTION_TYPE");
        try (TableWriter table = TableWriter.open(format, out, "results")) {
            table.row(COLUMNS.stream().map(column -> Messages.text(locale, column)).toList());
            for (ResultLine l : lines) {
                table.row(Arrays.asList(l.creditCode(), l.targetName(), l.agencyName(), type, l.matterName(),
                        l.inspectedOn(), l.resultName(), l.resultCode(), l.planName(), l.inspectionId()));
            }
        }
    }

    private String agencyName(String code, boolean english) {
        return code == null ? null : dictionaries.agency(code).map(a -> english ? a.nameEn() : a.name()).orElse(code);
    }

    private static String resultName(ResultCode code, boolean english) {
        return code == null ? null : english ? code.nameEn() : code.name();
    }

    private static boolean isEnglish(Locale locale) {
        return "en".equals(locale.getLanguage());
    }
}
