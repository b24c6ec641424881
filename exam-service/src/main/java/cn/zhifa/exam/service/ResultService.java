package cn.zhifa.exam.service;

import cn.zhifa.exam.domain.ItemAnalysis;
import cn.zhifa.exam.domain.Question;
import cn.zhifa.exam.mapper.CandidateRow;
import cn.zhifa.exam.mapper.ExamMapper;
import cn.zhifa.exam.mapper.QuestionRow;
import cn.zhifa.exam.mapper.ResponseRow;
import cn.zhifa.exam.mapper.SittingMapper;
import cn.zhifa.platform.tabular.TableFormat;
import cn.zhifa.platform.tabular.TableWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** An exam's results (per candidate, with a score histogram; CSV/xlsx export) and its item analysis. */
@ApplicationScoped
public class ResultService {
    /** A candidate's result: {@code status} EXEMPT, NOT_STARTED, IN_PROGRESS or SUBMITTED. */
    public record CandidateResult(long officerId, String name, String agencyCode, String status, BigDecimal score,
                                  Boolean passed, OffsetDateTime submittedAt, String submittedHow) {
    }

    /** The results with their figures; {@code histogram}: scores per tenth of the scale, [0,10) … [90,100]. */
    public record Results(long examId, BigDecimal passMark, int candidates, int submitted, int passed,
                          BigDecimal meanScore, int[] histogram, List<CandidateResult> items) {
    }

    /** One question's analysis; {@code answer} is the bank's (the analysis is for staff). */
    public record QuestionAnalysis(long questionId, String code, String type, String difficulty, String stem,
                                   String answer, int responses, double facility, Double discrimination,
                                   Map<String, Integer> optionCounts, int unanswered, List<ItemAnalysis.Flag> flags) {
    }

    private final ExamService exams;
    private final ExamMapper examMapper;
    private final SittingMapper sittings;
    private final ExamSettings settings;
    private final ExamScopes scopes;

    @Inject
    public ResultService(ExamService exams, ExamMapper examMapper, SittingMapper sittings, ExamSettings settings,
                         ExamScopes scopes) {
        this.scopes = scopes;
        this.exams = exams;
        this.examMapper = examMapper;
        this.sittings = sittings;
        this.settings = settings;
    }

    /** The results of a visible exam's candidates who are officers of the agencies the caller acts for. */
    public Results results(long examId) {
        ExamView exam = exams.findVisible(examId);
        List<CandidateResult> items = exams.candidates(examId).stream().map(this::result).toList();
        List<BigDecimal> scores = items.stream().filter(r -> r.score() != null).map(CandidateResult::score).toList();
        BigDecimal mean = scores.isEmpty() ? null : scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(scores.size()), 2, java.math.RoundingMode.HALF_UP);
        int passed = (int) items.stream().filter(r -> Boolean.TRUE.equals(r.passed())).count();
        return new Results(examId, exam.passMark(), items.size(), scores.size(), passed, mean,
                ItemAnalysis.histogram(scores), items);
    }

    private CandidateResult result(CandidateRow c) {
        String status = c.exempt() ? "EXEMPT" : c.sittingId() == null ? "NOT_STARTED"
                : c.submittedAtMs() == null ? "IN_PROGRESS" : "SUBMITTED";
        return new CandidateResult(c.officerId(), c.name(), c.agencyCode(), status, c.score(), c.passed(),
                c.submittedAtMs() == null ? null : exams.at(c.submittedAtMs()), c.submittedHow());
    }

    /** The results (as {@link #results}) as a CSV or xlsx table, headed in Chinese. */
    public void export(Results results, TableFormat format, OutputStream out) {
        try (TableWriter writer = TableWriter.open(format, out, "考试成绩")) {
            writer.row(List.of("人员编号", "姓名", "执法单位代码", "状态", "成绩", "是否合格", "交卷时间", "交卷方式"));
            for (CandidateResult r : results.items()) {
                writer.row(Arrays.asList(r.officerId(), r.name(), r.agencyCode(), r.status(), r.score(),
                        r.passed() == null ? "" : r.passed() ? "合格" : "不合格",
                        r.submittedAt() == null ? "" : r.submittedAt().toString(),
                        r.submittedHow() == null ? "" : r.submittedHow()));
            }
        }
    }

    /**
     * Per question of the pool that some submitted sitting held, in code order; for a caller covering the exam's own
     * agency (403 {@code AGENCY_OUT_OF_SCOPE} otherwise; a province-wide exam's: a caller acting everywhere).
     */
    public List<QuestionAnalysis> itemAnalysis(long examId) {
        scopes.requireOwn(exams.row(examId));
        Map<Long, List<ItemAnalysis.Response>> byQuestion = new LinkedHashMap<>();
        for (ResponseRow r : sittings.responses(examId)) {
            Set<String> chosen = r.choice() == null ? Set.of() : new TreeSet<>(Arrays.asList(r.choice().split("")));
            byQuestion.computeIfAbsent(r.questionId(), id -> new ArrayList<>())
                    .add(new ItemAnalysis.Response(r.score(), r.correct(), chosen));
        }
        List<QuestionAnalysis> analysis = new ArrayList<>();
        for (QuestionRow row : examMapper.pool(examId)) {
            List<ItemAnalysis.Response> responses = byQuestion.get(row.id());
            if (responses == null) {
                continue;
            }
            Question q = row.toQuestion();
            ItemAnalysis.Item item = ItemAnalysis.analyse(q.keys(), responses, settings.thresholds());
            analysis.add(new QuestionAnalysis(q.id(), q.code(), q.type().name(), q.difficulty().name(), q.stem(),
                    q.answer(), item.responses(), item.facility(), item.discrimination(), item.optionCounts(),
                    item.unanswered(), item.flags()));
        }
        return analysis;
    }
}
