package cn.zhifa.exam.service;

import cn.zhifa.db.DuplicateKeys;
import cn.zhifa.db.GeneratedKey;
import cn.zhifa.exam.domain.Blueprint;
import cn.zhifa.exam.domain.Difficulty;
import cn.zhifa.exam.domain.ExamKind;
import cn.zhifa.exam.domain.PaperDraw;
import cn.zhifa.exam.domain.Question;
import cn.zhifa.exam.mapper.CandidateOfficer;
import cn.zhifa.exam.mapper.CandidateRow;
import cn.zhifa.exam.mapper.ExamMapper;
import cn.zhifa.exam.mapper.ExamRow;
import cn.zhifa.exam.mapper.QuestionMapper;
import cn.zhifa.exam.mapper.QuestionRow;
import cn.zhifa.platform.audit.AuditLog;
import cn.zhifa.platform.contract.ExamRecords;
import cn.zhifa.platform.dictionary.Dictionaries;
import cn.zhifa.platform.error.ProblemException;
import cn.zhifa.platform.error.Violations;
import cn.zhifa.platform.security.AgencyScope;
import cn.zhifa.platform.security.CurrentActor;
import cn.zhifa.platform.web.Page;
import cn.zhifa.platform.web.PageRequest;
import cn.zhifa.platform.web.RequestValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.ibatis.exceptions.PersistenceException;
import org.mybatis.cdi.Transactional;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Scheduling exams (with the seed committed and the pool frozen), registering candidates, and reading them. */
@ApplicationScoped
public class ExamService {
    static final int MAX_NAME = 200;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** How a registration went; {@code exempt}: the officers registered as exempt (法律职业资格, comprehensive exam). */
    public record Registration(int registered, int alreadyRegistered, List<Long> exempt) {
    }

    /** The officers to register. */
    public record CandidatesInput(List<Long> officerIds) {
    }

    private final ExamMapper exams;
    private final QuestionMapper questions;
    private final Dictionaries dictionaries;
    private final ExamRecords examRecords;
    private final ExamSettings settings;
    private final AuditLog audit;
    private final CurrentActor actor;
    private final Clock clock;
    private final ExamScopes scopes;

    @Inject
    public ExamService(ExamMapper exams, QuestionMapper questions, Dictionaries dictionaries, ExamRecords examRecords,
                       ExamSettings settings, AuditLog audit, CurrentActor actor, Clock clock, ExamScopes scopes) {
        this.scopes = scopes;
        this.exams = exams;
        this.questions = questions;
        this.dictionaries = dictionaries;
        this.examRecords = examRecords;
        this.settings = settings;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    /**
     * Schedules an exam: 400 for bad fields, 422 when the pass mark is below credential-service's (a pass would not
     * count) or the bank holds too few drawable questions for a blueprint cell. The secret seed is made here and only
     * its commitment shown; the pool (the topic's current questions) is frozen with its hash. The exam belongs to the
     * agency the scheduler acts for (none: a province-wide exam).
     */
    @Transactional(rollbackFor = Exception.class)
    public ExamView schedule(ExamInput in) {
        scopes.current(); // a staff token without a usable agency is refused before anything is checked
        String agency = actor.get().agency();
        Violations v = new Violations();
        String name = in.name() == null ? "" : in.name().strip();
        v.require(!name.isEmpty(), "name", "FIELD_REQUIRED");
        v.require(name.length() <= MAX_NAME, "name", "FIELD_TOO_LONG", MAX_NAME);
        ExamKind kind = RequestValues.choice(ExamKind.class, in.kind(), "kind", "EXAM_KIND_UNKNOWN", v);
        v.require(in.kind() != null && !in.kind().isBlank(), "kind", "FIELD_REQUIRED");
        String category = in.category() == null || in.category().isBlank() ? null : in.category().strip();
        if (kind == ExamKind.PROFESSIONAL_LAW) {
            v.require(category != null, "category", "FIELD_REQUIRED");
            v.require(category == null || dictionaries.isCategory(category), "category", "CATEGORY_UNKNOWN", category);
        } else if (kind == ExamKind.COMPREHENSIVE_LAW) {
            v.require(category == null, "category", "EXAM_CATEGORY_NOT_ALLOWED");
        }
        Blueprint blueprint = blueprint(in.blueprint(), v);
        Instant opensAt = instant(in.opensAt(), "opensAt", v);
        Instant closesAt = instant(in.closesAt(), "closesAt", v);
        Instant now = clock.instant();
        v.require(opensAt == null || opensAt.isAfter(now), "opensAt", "EXAM_OPENS_IN_PAST");
        v.require(opensAt == null || closesAt == null || closesAt.isAfter(opensAt), "closesAt", "EXAM_WINDOW_INVALID");
        Integer duration = in.durationMinutes();
        v.require(duration != null, "durationMinutes", "FIELD_REQUIRED");
        v.require(duration == null || duration > 0 && (opensAt == null || closesAt == null
                        || duration <= java.time.Duration.between(opensAt, closesAt).toMinutes()),
                "durationMinutes", "EXAM_DURATION_INVALID");
        BigDecimal passMark = in.passMark();
        v.require(passMark != null, "passMark", "FIELD_REQUIRED");
        v.require(passMark == null || passMark.signum() > 0 && passMark.compareTo(new BigDecimal("100")) <= 0
                && passMark.stripTrailingZeros().scale() <= 2, "passMark", "EXAM_PASS_MARK_INVALID");
        v.throwIfInvalid();

        Violations rules = new Violations();
        BigDecimal credentialMark = examRecords.passMark();
        rules.require(passMark.compareTo(credentialMark) >= 0, "passMark", "EXAM_PASS_MARK_BELOW_CREDENTIAL",
                credentialMark);
        String topic = kind.topic(category);
        List<Question> pool = questions.drawable(topic).stream().map(QuestionRow::toQuestion).toList();
        Map<Difficulty, Integer> available = new EnumMap<>(Difficulty.class);
        pool.forEach(q -> available.merge(q.difficulty(), 1, Integer::sum));
        for (Blueprint.Cell cell : blueprint.cells()) {
            int have = available.getOrDefault(cell.difficulty(), 0);
            rules.require(have >= cell.count(), "blueprint", "EXAM_POOL_TOO_SMALL", cell.difficulty().name(), have,
                    cell.count());
        }
        rules.throwIfRejected();

        String seed = PaperDraw.newSeed(RANDOM);
        ExamRow row = new ExamRow(0, name, kind, category, topic, opensAt.toEpochMilli(), closesAt.toEpochMilli(),
                duration, passMark, seed, PaperDraw.commitment(seed), PaperDraw.poolHash(pool), pool.size(), 0, agency);
        GeneratedKey key = new GeneratedKey();
        exams.insert(row, now.toEpochMilli(), actor.get().subject(), key);
        exams.insertCells(key.id(), blueprint.cells());
        exams.insertPool(key.id(), pool.stream().map(Question::id).toList());
        ExamView view = find(key.id());
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("name", name);
        summary.put("kind", kind.name());
        summary.put("category", category);
        summary.put("opensAt", view.opensAt().toString());
        summary.put("closesAt", view.closesAt().toString());
        summary.put("durationMinutes", duration);
        summary.put("passMark", passMark);
        summary.put("blueprint", blueprint.cells());
        summary.put("commitment", view.commitment());
        summary.put("poolHash", view.poolHash());
        summary.put("agencyCode", agency);
        audit.record("EXAM_SCHEDULED", "exam", String.valueOf(key.id()), summary, null);
        return view;
    }

    private Blueprint blueprint(List<ExamInput.CellInput> cells, Violations v) {
        if (cells == null || cells.isEmpty()) {
            v.add("blueprint", "FIELD_REQUIRED");
            return null;
        }
        List<Blueprint.Cell> parsed = new ArrayList<>();
        Set<Difficulty> seen = new LinkedHashSet<>();
        for (int i = 0; i < cells.size(); i++) {
            ExamInput.CellInput cell = cells.get(i);
            String field = "blueprint[" + i + "]";
            Difficulty d = cell == null ? null
                    : RequestValues.choice(Difficulty.class, cell.difficulty(), field + ".difficulty",
                    "QUESTION_DIFFICULTY_UNKNOWN", v);
            if (cell == null || cell.difficulty() == null || cell.difficulty().isBlank()) {
                v.add(field + ".difficulty", "FIELD_REQUIRED");
            }
            if (cell == null || cell.count() == null || cell.count() <= 0) {
                v.add(field + ".count", "EXAM_BLUEPRINT_COUNT_INVALID");
            } else if (d != null) {
                if (!seen.add(d)) {
                    v.add(field + ".difficulty", "EXAM_BLUEPRINT_REPEATED", d.name());
                } else {
                    parsed.add(new Blueprint.Cell(d, cell.count()));
                }
            }
        }
        int total = parsed.stream().mapToInt(Blueprint.Cell::count).sum();
        v.require(total <= settings.maxQuestionsPerPaper(), "blueprint", "EXAM_TOO_MANY_QUESTIONS",
                settings.maxQuestionsPerPaper());
        return v.isEmpty() ? new Blueprint(parsed) : null;
    }

    private static Instant instant(String text, String field, Violations v) {
        if (text == null || text.isBlank()) {
            v.add(field, "FIELD_REQUIRED");
            return null;
        }
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            v.add(field, "DATE_TIME_INVALID", text.strip());
            return null;
        }
    }

    public ExamView find(long id) {
        return view(row(id));
    }

    ExamRow row(long id) {
        return exams.find(id).orElseThrow(() -> ProblemException.notFound("exam", id));
    }

    /** The exam if it is visible to the caller ({@link ExamScopes}; 403 {@code AGENCY_OUT_OF_SCOPE} otherwise). */
    ExamRow visibleRow(long id) {
        ExamRow exam = row(id);
        scopes.requireVisible(exam);
        return exam;
    }

    /** An exam for staff: one visible to the caller. */
    public ExamView findVisible(long id) {
        return view(visibleRow(id));
    }

    /** The public record of an exam: seed and pool only once the window has closed. */
    public PublicExam publicRecord(long id) {
        ExamView exam = find(id);
        List<PublicExam.PoolEntry> pool = exam.seed() == null ? null : exams.pool(id).stream().map(row -> {
            Question q = row.toQuestion();
            return new PublicExam.PoolEntry(q.id(), q.code(), q.difficulty().name(), q.type().name(), q.options().size(),
                    q.contentHash());
        }).toList();
        return new PublicExam(exam.id(), exam.name(), exam.kind(), exam.category(), exam.opensAt(), exam.closesAt(),
                exam.durationMinutes(), exam.passMark(), exam.blueprint(), exam.state(), exam.commitment(),
                exam.poolHash(), exam.poolSize(), exam.seed(), pool);
    }

    /** The exams visible to the caller: the province-wide ones and those whose area shares an agency with its scope. */
    public Page<ExamView> list(PageRequest page) {
        List<String> agencies = scopes.visibleExamAgencies();
        return new Page<>(exams.list(agencies, page.offset(), page.limit()).stream().map(this::view).toList(),
                page.page(), page.size(), exams.count(agencies));
    }

    ExamView view(ExamRow e) {
        long now = clock.millis();
        String state = now < e.opensAtMs() ? "SCHEDULED" : now < e.closesAtMs() ? "OPEN" : "CLOSED";
        return new ExamView(e.id(), e.name(), e.kind().name(), e.categoryCode(), at(e.opensAtMs()), at(e.closesAtMs()),
                e.durationMinutes(), e.passMark(), exams.cells(e.id()), state, e.commitment(), e.poolHash(),
                e.poolSize(), e.candidates(), "CLOSED".equals(state) ? e.seed() : null, e.agencyCode());
    }

    OffsetDateTime at(long ms) {
        return OffsetDateTime.ofInstant(Instant.ofEpochMilli(ms), clock.getZone());
    }

    /**
     * Registers officers as candidates (already registered ones are left as they are): 400 for an empty or too long
     * list, 403 {@code AGENCY_OUT_OF_SCOPE} for an exam not visible to the caller or an officer of an agency it does
     * not act for, 422 naming every unknown officer and every officer outside the exam's area, 409 once the window has closed or when a concurrent registration of the
     * same officer came first (nothing is stored; sent again, it answers who is registered). An officer with
     * 法律职业资格 is registered exempt from the comprehensive exam.
     */
    @Transactional(rollbackFor = Exception.class)
    public Registration register(long examId, CandidatesInput in) {
        ExamRow exam = visibleRow(examId);
        List<Long> ids = in.officerIds() == null ? List.of()
                : in.officerIds().stream().filter(java.util.Objects::nonNull).distinct().toList();
        Violations v = new Violations();
        v.require(!ids.isEmpty(), "officerIds", "FIELD_REQUIRED");
        v.require(ids.size() <= settings.maxCandidatesPerRequest(), "officerIds", "EXAM_TOO_MANY_CANDIDATES",
                settings.maxCandidatesPerRequest());
        v.throwIfInvalid();
        if (clock.millis() >= exam.closesAtMs()) {
            throw ProblemException.conflict("EXAM_CLOSED", examId);
        }
        Map<Long, CandidateOfficer> officers = new LinkedHashMap<>();
        exams.officers(ids).forEach(o -> officers.put(o.officerId(), o));
        Violations unknown = new Violations();
        for (int i = 0; i < ids.size(); i++) {
            unknown.require(officers.containsKey(ids.get(i)), "officerIds[" + i + "]", "OFFICER_UNKNOWN", ids.get(i));
        }
        unknown.throwIfRejected();
        AgencyScope caller = scopes.current();
        for (CandidateOfficer officer : officers.values()) {
            caller.require(officer.agencyCode());
        }
        AgencyScope area = scopes.area(exam.agencyCode());
        Violations outside = new Violations();
        for (int i = 0; i < ids.size(); i++) {
            String agency = officers.get(ids.get(i)).agencyCode();
            outside.require(area.covers(agency), "officerIds[" + i + "]", "EXAM_OFFICER_OUT_OF_AREA", ids.get(i),
                    agency);
        }
        outside.throwIfRejected();
        Set<Long> already = new java.util.HashSet<>(exams.registered(examId, ids));
        long now = clock.millis();
        String by = actor.get().subject();
        List<Long> added = new ArrayList<>();
        List<Long> exempt = new ArrayList<>();
        for (Long id : ids) {
            if (already.contains(id)) {
                continue;
            }
            boolean isExempt = exam.kind().exempts(officers.get(id).legalQualification());
            try {
                exams.insertCandidate(examId, id, isExempt, now, by);
            } catch (PersistenceException e) {
                if (DuplicateKeys.isDuplicateKey(e)) {
                    // another registration of the same officer committed in the meantime: this one changes nothing
                    throw ProblemException.conflict("EXAM_REGISTRATION_CONCURRENT", examId);
                }
                throw e;
            }
            added.add(id);
            if (isExempt) {
                exempt.add(id);
            }
        }
        Registration result = new Registration(added.size(), already.size(), exempt);
        if (!added.isEmpty()) {
            audit.record("EXAM_CANDIDATES_REGISTERED", "exam", String.valueOf(examId),
                    Map.of("officerIds", added, "exempt", exempt), null);
        }
        return result;
    }

    /** The candidates of a visible exam who are officers of the agencies the caller acts for. */
    public List<CandidateRow> candidates(long examId) {
        visibleRow(examId);
        return exams.candidates(examId, scopes.current().codes());
    }

    /** The exams the officer is registered for, with the officer's own standing in each, newest window first. */
    public List<OwnExam> registrations(long officerId) {
        if (!actor.get().isSelf(officerId)) {
            // staff read the registrations of officers of their agencies: 404 for an unknown officer, then 403
            CandidateOfficer officer = exams.officers(List.of(officerId)).stream().findFirst()
                    .orElseThrow(() -> ProblemException.notFound("officer", officerId));
            scopes.current().require(officer.agencyCode());
        }
        return exams.forOfficer(officerId).stream().map(e -> new OwnExam(view(e),
                exams.candidate(e.id(), officerId).orElseThrow())).toList();
    }

    /** An exam as its candidate sees it, with the candidate's registration and sitting. */
    public record OwnExam(ExamView exam, CandidateRow candidate) {
    }
}
