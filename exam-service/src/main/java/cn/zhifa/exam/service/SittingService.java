package cn.zhifa.exam.service;

import cn.zhifa.db.DuplicateKeys;
import cn.zhifa.db.GeneratedKey;
import cn.zhifa.exam.domain.DrawnQuestion;
import cn.zhifa.exam.domain.PaperDraw;
import cn.zhifa.exam.domain.PoolQuestion;
import cn.zhifa.exam.domain.Question;
import cn.zhifa.exam.domain.QuestionType;
import cn.zhifa.exam.domain.Scoring;
import cn.zhifa.exam.domain.SittingChain;
import cn.zhifa.exam.mapper.AnswerRow;
import cn.zhifa.exam.mapper.CandidateRow;
import cn.zhifa.exam.mapper.ExamMapper;
import cn.zhifa.exam.mapper.ExamRow;
import cn.zhifa.exam.mapper.PaperQuestionRow;
import cn.zhifa.exam.mapper.ScoredSitting;
import cn.zhifa.exam.mapper.SittingMapper;
import cn.zhifa.exam.mapper.SittingRow;
import cn.zhifa.exam.domain.Blueprint;
import cn.zhifa.platform.audit.AuditEvent;
import cn.zhifa.platform.audit.AuditLog;
import cn.zhifa.platform.contract.ExamRecords;
import cn.zhifa.platform.contract.PassedExam;
import cn.zhifa.platform.error.ProblemException;
import cn.zhifa.platform.error.Violations;
import cn.zhifa.platform.security.CurrentActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.ibatis.exceptions.PersistenceException;
import org.mybatis.cdi.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A candidate's one sitting of an exam: started (the paper drawn from the exam's seed), resumed, answered, taken over by
 * another device, submitted (by the candidate, or by the server once the time ran out) and scored on the server. A
 * passed sitting becomes the officer's exam record through credential-service's {@link ExamRecords}, in the same
 * transaction. Every start, take-over and submission is an event of the audit chain; every saved answer and
 * take-over is an event of the sitting's own chain ({@link SittingChain}), anchored in the audit chain by the start,
 * take-over and submission events, so that saving an answer locks the sitting only.
 */
@ApplicationScoped
public class SittingService {
    public static final String CANDIDATE = "CANDIDATE";
    public static final String TIMEOUT = "TIMEOUT";
    static final String UNNAMED_DEVICE = "unnamed";
    private static final Pattern DEVICE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final SittingMapper sittings;
    private final ExamMapper exams;
    private final ExamService examService;
    private final ExamRecords examRecords;
    private final AuditLog audit;
    private final CurrentActor actor;
    private final Clock clock;

    @Inject
    public SittingService(SittingMapper sittings, ExamMapper exams, ExamService examService, ExamRecords examRecords,
                          AuditLog audit, CurrentActor actor, Clock clock) {
        this.sittings = sittings;
        this.exams = exams;
        this.examService = examService;
        this.examRecords = examRecords;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    /**
     * Starts the calling officer's sitting, or returns it when it exists (the same paper and clock); a call from
     * another device takes the sitting over and is recorded. 403 for an officer who is no candidate, 422 for an
     * exempt one, 409 before the window opens or after it closed (for a new sitting).
     */
    @Transactional(rollbackFor = Exception.class)
    public SittingView start(long examId, Optional<String> deviceText) {
        long officerId = officer();
        String device = device(deviceText);
        ExamRow exam = examService.row(examId);
        CandidateRow candidate = exams.candidate(examId, officerId)
                .orElseThrow(() -> ProblemException.of(403, "EXAM_NOT_A_CANDIDATE", examId));
        if (candidate.exempt()) {
            throw ProblemException.rejected("examId", "CANDIDATE_EXEMPT", examId);
        }
        Optional<SittingRow> existing = sittings.lockByCandidate(examId, officerId);
        if (existing.isPresent()) {
            return resume(exam, existing.get(), deviceText.isPresent() ? device : existing.get().device());
        }
        long now = clock.millis();
        if (now < exam.opensAtMs()) {
            throw ProblemException.conflict("EXAM_NOT_OPEN", examService.at(exam.opensAtMs()).toString());
        }
        if (now >= exam.closesAtMs()) {
            throw ProblemException.conflict("EXAM_CLOSED", examId);
        }
        List<DrawnQuestion> paper = PaperDraw.draw(exam.seed(), examId, officerId, new Blueprint(exams.cells(examId)),
                exams.pool(examId).stream().map(q -> {
                    Question question = q.toQuestion();
                    return new PoolQuestion(q.id(), q.code(), q.difficulty(), q.type(), question.options().size());
                }).toList());
        long endsAt = Math.min(now + exam.durationMinutes() * 60_000L, exam.closesAtMs());
        GeneratedKey key = new GeneratedKey();
        try {
            sittings.insert(examId, officerId, now, endsAt, device, key);
        } catch (PersistenceException e) {
            if (DuplicateKeys.isDuplicateKey(e)) {
                // another request of the same candidate started it in the meantime: the candidate retries and resumes
                throw ProblemException.conflict("SITTING_STARTING", examId);
            }
            throw e;
        }
        sittings.insertPaper(key.id(), paper);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("examId", examId);
        summary.put("officerId", officerId);
        summary.put("device", device);
        summary.put("endsAt", examService.at(endsAt).toString());
        summary.put("questions", paper.stream().map(DrawnQuestion::code).toList());
        AuditEvent started = audit.record("EXAM_SITTING_STARTED", SittingChain.ENTITY_TYPE,
                String.valueOf(key.id()), summary, null);
        sittings.moveChainHead(key.id(), 0, started.hash());
        return view(exam, sittings.find(key.id()).orElseThrow());
    }

    private SittingView resume(ExamRow exam, SittingRow sitting, String device) {
        if (!sitting.submitted() && !sitting.device().equals(device)) {
            sittings.takeOver(sitting.id(), device);
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("from", sitting.device());
            summary.put("to", device);
            summary.put("switches", sitting.deviceSwitches() + 1);
            AuditEvent link = append(sitting, "EXAM_SITTING_TAKEN_OVER", summary);
            summary.put(SittingChain.COUNT_FIELD, link.seq());
            summary.put(SittingChain.HEAD_FIELD, link.hash());
            audit.record("EXAM_SITTING_TAKEN_OVER", SittingChain.ENTITY_TYPE, String.valueOf(sitting.id()), summary,
                    null);
            return view(exam, sittings.find(sitting.id()).orElseThrow());
        }
        return view(exam, sitting);
    }

    /** The caller's sitting as it stands; 403 for a sitting of someone else. */
    public SittingView get(long sittingId) {
        SittingRow sitting = own(sittings.find(sittingId), sittingId);
        return view(examService.row(sitting.examId()), sitting);
    }

    /** What a candidate sends for a question: the shown keys chosen (empty: no answer), and the device. */
    public record AnswerInput(List<String> choice, String device) {
    }

    /** A saved answer. */
    public record SavedAnswer(long questionId, List<String> choice, java.time.OffsetDateTime savedAt) {
    }

    /**
     * Saves the answer to one question: 409 once submitted ({@code SITTING_SUBMITTED}), once the time is over
     * ({@code SITTING_TIME_OVER}) or from a device that another took the sitting from ({@code SITTING_TAKEN_OVER});
     * 400 for a key not shown or several keys for a single-answer question.
     */
    @Transactional(rollbackFor = Exception.class)
    public SavedAnswer save(long sittingId, long questionId, AnswerInput in) {
        SittingRow sitting = own(sittings.lock(sittingId), sittingId);
        long now = clock.millis();
        if (sitting.submitted()) {
            throw ProblemException.conflict("SITTING_SUBMITTED", sittingId);
        }
        if (now >= sitting.endsAtMs()) {
            throw ProblemException.conflict("SITTING_TIME_OVER", sittingId);
        }
        if (in.device() != null && !in.device().isBlank() && !in.device().strip().equals(sitting.device())) {
            throw ProblemException.conflict("SITTING_TAKEN_OVER", sittingId);
        }
        PaperQuestionRow question = sittings.paperQuestion(sittingId, questionId)
                .orElseThrow(() -> ProblemException.notFound("question", questionId));
        DrawnQuestion drawn = question.drawn();
        Violations v = new Violations();
        TreeSet<String> bankKeys = new TreeSet<>();
        List<String> shown = in.choice() == null ? List.of() : in.choice();
        for (int i = 0; i < shown.size(); i++) {
            String key = shown.get(i) == null ? "" : shown.get(i).strip();
            Optional<String> bank = drawn.bankKey(key);
            v.require(bank.isPresent(), "choice[" + i + "]", "CHOICE_NOT_AN_OPTION", key);
            bank.ifPresent(bankKeys::add);
        }
        v.require(question.question().type() == QuestionType.MULTIPLE || bankKeys.size() <= 1, "choice",
                "CHOICE_NOT_SINGLE");
        v.throwIfInvalid();
        String choice = bankKeys.isEmpty() ? null : String.join("", bankKeys);
        sittings.saveChoice(sittingId, questionId, choice, now);
        List<String> shownChoice = bankKeys.stream().map(drawn::shownKey).sorted().toList();
        append(sitting, "EXAM_ANSWER_SAVED",
                Map.of("position", question.position(), "questionId", questionId, "choice", shownChoice));
        return new SavedAnswer(questionId, shownChoice, examService.at(now));
    }

    /**
     * Appends an event to the sitting's own chain (locked by the caller) and moves its head: the sitting's row lock
     * is the only lock, where an event of the audit chain would lock the one head every writer shares.
     */
    private AuditEvent append(SittingRow sitting, String action, Map<String, Object> summary) {
        AuditEvent link = audit.link(action, SittingChain.ENTITY_TYPE, String.valueOf(sitting.id()), summary, null,
                sitting.chainCount() + 1, sitting.chainHead(), 0);
        sittings.insertEvent(sitting.id(), link);
        sittings.moveChainHead(sitting.id(), link.seq(), link.hash());
        return link;
    }

    /**
     * Submits the caller's sitting and scores it; a sitting submitted before answers the same result again. After
     * the end it is scored as it stood (as the timeout job would).
     */
    @Transactional(rollbackFor = Exception.class)
    public SittingView.Result submit(long sittingId) {
        SittingRow sitting = own(sittings.lock(sittingId), sittingId);
        ExamRow exam = examService.row(sitting.examId());
        if (!sitting.submitted()) {
            long now = clock.millis();
            score(List.of(sitting), now >= sitting.endsAtMs() ? TIMEOUT : CANDIDATE, now);
            sitting = sittings.find(sittingId).orElseThrow();
        }
        return result(exam, sitting);
    }

    /**
     * Submits those of the given sittings whose time ran out, as they stood, in one transaction (the timeout job: one
     * commit, one lock of the audit head and one insert of the audit events for the lot); returns how many it
     * submitted (a sitting submitted meanwhile is left alone).
     */
    @Transactional(rollbackFor = Exception.class)
    public int submitOverdue(List<Long> sittingIds) {
        if (sittingIds.isEmpty()) {
            return 0;
        }
        long now = clock.millis();
        List<SittingRow> due = sittings.lockOverdue(sittingIds, now);
        if (!due.isEmpty()) {
            score(due, TIMEOUT, now);
        }
        return due.size();
    }

    /** The sittings whose time ran out unsubmitted (at most {@code limit}). */
    public List<Long> overdue(int limit) {
        return sittings.overdue(clock.millis(), limit);
    }

    /**
     * Scores and submits locked, unsubmitted sittings: one read of their papers, one update of all their papers'
     * marks and one of the sittings, the passed ones recorded with credential-service, and their submission events,
     * each carrying the head of the sitting's own chain, appended to the audit chain together.
     */
    private void score(List<SittingRow> due, String how, long now) {
        Map<Long, List<AnswerRow>> papers = new HashMap<>();
        for (AnswerRow answer : sittings.answers(due.stream().map(SittingRow::id).toList())) {
            papers.computeIfAbsent(answer.sittingId(), id -> new ArrayList<>()).add(answer);
        }
        Map<Long, ExamRow> exams = new HashMap<>();
        List<ScoredSitting> scored = new ArrayList<>(due.size());
        List<AuditLog.Entry> events = new ArrayList<>(due.size());
        for (SittingRow sitting : due) {
            ExamRow exam = exams.computeIfAbsent(sitting.examId(), examService::row);
            List<Scoring.Item> items = new ArrayList<>();
            List<Integer> right = new ArrayList<>();
            for (AnswerRow answer : papers.getOrDefault(sitting.id(), List.of())) {
                Scoring.Item item = new Scoring.Item(answer.answer(), new TreeSet<>(answer.chosen()));
                if (item.correct()) {
                    right.add(answer.position());
                }
                items.add(item);
            }
            Scoring.Result result = Scoring.score(items, exam.passMark());
            scored.add(new ScoredSitting(sitting.id(), right, result.correct(), result.score(), result.passed()));
            if (result.passed()) {
                examRecords.recordPassed(new PassedExam(sitting.officerId(), exam.kind().name(), result.score(),
                        LocalDate.ofInstant(Instant.ofEpochMilli(now), clock.getZone())));
            }
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("examId", exam.id());
            summary.put("officerId", sitting.officerId());
            summary.put("how", how);
            summary.put("correct", result.correct());
            summary.put("questions", result.questions());
            summary.put("score", result.score());
            summary.put("passed", result.passed());
            summary.put(SittingChain.COUNT_FIELD, sitting.chainCount());
            summary.put(SittingChain.HEAD_FIELD, sitting.chainHead());
            events.add(new AuditLog.Entry("EXAM_SITTING_SUBMITTED", SittingChain.ENTITY_TYPE,
                    String.valueOf(sitting.id()), summary, null));
        }
        sittings.markScored(scored);
        sittings.submitAll(scored, now, how);
        audit.recordAll(events);
    }

    private SittingView view(ExamRow exam, SittingRow sitting) {
        long left = sitting.submitted() ? 0 : Math.max(0, (sitting.endsAtMs() - clock.millis() + 999) / 1000);
        List<PaperQuestionRow> paper = sittings.paper(sitting.id());
        List<SittingView.PaperQuestion> questions = paper.stream().map(q -> {
            DrawnQuestion drawn = q.drawn();
            Question question = q.question().toQuestion();
            List<SittingView.Option> options = new ArrayList<>();
            for (int i = 0; i < drawn.optionOrder().size(); i++) {
                String bankKey = drawn.optionOrder().get(i);
                options.add(new SittingView.Option(Question.KEYS.get(i),
                        question.options().get(Question.KEYS.indexOf(bankKey))));
            }
            return new SittingView.PaperQuestion(question.id(), q.position(), question.type().name(), question.stem(),
                    options, q.chosen().stream().map(drawn::shownKey).sorted().toList());
        }).toList();
        return new SittingView(sitting.id(), exam.id(), exam.name(), exam.kind().name(),
                examService.at(sitting.startedAtMs()), examService.at(sitting.endsAtMs()), left, sitting.submitted(),
                sitting.deviceSwitches(), questions, sitting.submitted() ? result(exam, sitting, paper.size()) : null);
    }

    private SittingView.Result result(ExamRow exam, SittingRow s) {
        return result(exam, s, sittings.paper(s.id()).size());
    }

    private SittingView.Result result(ExamRow exam, SittingRow s, int questions) {
        return new SittingView.Result(s.score(), exam.passMark(), Boolean.TRUE.equals(s.passed()),
                s.correctCount() == null ? 0 : s.correctCount(), questions, examService.at(s.submittedAtMs()),
                s.submittedHow());
    }

    private long officer() {
        return actor.get().officerId().orElseThrow(ProblemException::forbidden);
    }

    /** The caller's own sitting: 404 for no such sitting, 403 for another officer's. */
    private SittingRow own(Optional<SittingRow> sitting, long sittingId) {
        long officerId = officer();
        SittingRow found = sitting.orElseThrow(() -> ProblemException.notFound("sitting", sittingId));
        if (found.officerId() != officerId) {
            throw ProblemException.forbidden();
        }
        return found;
    }

    private static String device(Optional<String> text) {
        String device = text.map(String::strip).filter(s -> !s.isEmpty()).orElse(UNNAMED_DEVICE);
        if (!DEVICE.matcher(device).matches()) {
            throw ProblemException.invalid("device", "DEVICE_INVALID");
        }
        return device;
    }
}
