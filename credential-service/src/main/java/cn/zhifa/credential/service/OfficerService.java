package cn.zhifa.credential.service;

import cn.zhifa.credential.domain.EligibilityRules;
import cn.zhifa.credential.domain.EmploymentType;
import cn.zhifa.credential.domain.Exam;
import cn.zhifa.credential.domain.ExamKind;
import cn.zhifa.credential.domain.IdentityNumber;
import cn.zhifa.credential.domain.Officer;
import cn.zhifa.credential.domain.PostStatus;
import cn.zhifa.credential.domain.UnmetRule;
import cn.zhifa.db.GeneratedKey;
import cn.zhifa.credential.mapper.OfficerMapper;
import cn.zhifa.credential.mapper.OfficerRow;
import cn.zhifa.credential.mapper.RosterQueryMapper;
import cn.zhifa.credential.mapper.StaffRow;
import cn.zhifa.platform.dictionary.Dictionaries;
import cn.zhifa.platform.web.Page;
import cn.zhifa.platform.web.PageRequest;
import cn.zhifa.db.DuplicateKeys;
import cn.zhifa.platform.error.ProblemException;
import cn.zhifa.platform.error.Violations;
import cn.zhifa.platform.security.AgencyScope;
import cn.zhifa.platform.security.AgencyScopes;
import cn.zhifa.platform.security.CurrentActor;
import cn.zhifa.platform.web.RequestValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.ibatis.exceptions.PersistenceException;
import org.mybatis.cdi.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The roster (HR): officers, their changes and exam results, and eligibility. Staff act only on officers of the
 * agencies of their scope ({@link AgencyScopes}): a write or a read of one officer of another agency is 403
 * {@code AGENCY_OUT_OF_SCOPE} once the officer is found (an unknown id stays 404), before anything is written; a
 * search lists only officers in scope. An officer reads their own records whatever the scope.
 */
@ApplicationScoped
public class OfficerService {
    /** Another officer already has this identity number (the number itself is never echoed). */
    public static final String ID_NUMBER_DUPLICATE = "ID_NUMBER_DUPLICATE";
    /** The officer changed since the client read it; argument: the current version. */
    static final int MAX_QUERY = 64;
    private static final Pattern ID_NUMBER_SHAPE = Pattern.compile("\\d{17}[\\dXx]");

    private final OfficerMapper officers;
    private final RosterQueryMapper roster;
    private final Dictionaries dictionaries;
    private final OfficerValidation validation;
    private final CredentialHistory history;
    private final CleanupService cleanup;
    private final CredentialSettings settings;
    private final CurrentActor actor;
    private final AgencyScopes scopes;
    private final Clock clock;

    @Inject
    public OfficerService(OfficerMapper officers, RosterQueryMapper roster, Dictionaries dictionaries,
                          OfficerValidation validation, CredentialHistory history, CleanupService cleanup,
                          CredentialSettings settings, CurrentActor actor, AgencyScopes scopes, Clock clock) {
        this.officers = officers;
        this.roster = roster;
        this.dictionaries = dictionaries;
        this.validation = validation;
        this.history = history;
        this.cleanup = cleanup;
        this.settings = settings;
        this.actor = actor;
        this.scopes = scopes;
        this.clock = clock;
    }

    /**
     * Creates an officer: 400 with every invalid field, 403 for an agency outside the caller's scope, 409 when the
     * identity number is taken.
     */
    @Transactional(rollbackFor = Exception.class)
    public Officer create(OfficerInput input) {
        Violations v = new Violations();
        Officer draft = validation.newOfficer(input, "", v, LocalDate.now(clock)).orElse(null);
        v.throwIfInvalid();
        scopes.require(draft.agencyCode());
        return insert(draft);
    }

    /** Inserts a validated officer (also used by the import, inside its transaction). */
    @Transactional(rollbackFor = Exception.class)
    public Officer insert(Officer draft) {
        if (officers.findByIdNumber(draft.idNumber()).isPresent()) {
            throw ProblemException.conflict(ID_NUMBER_DUPLICATE);
        }
        GeneratedKey key = new GeneratedKey();
        try {
            officers.insert(draft, clock.millis(), key);
        } catch (PersistenceException e) {
            if (DuplicateKeys.isDuplicateKey(e)) {
                throw ProblemException.conflict(ID_NUMBER_DUPLICATE);
            }
            throw e;
        }
        officers.insertCategories(key.id(), draft.categories());
        officers.insertAreas(key.id(), draft.areas());
        Officer created = find(key.id());
        history.officerEvent(created.id(), "OFFICER_CREATED", summary(created));
        return created;
    }

    /** The officer; 404 when unknown. */
    public Officer find(long id) {
        return officers.find(id).map(this::withScope).orElseThrow(() -> ProblemException.notFound("officer", id));
    }

    /** The officer, for the officer themself or staff whose scope covers the officer's agency; 404, 403. */
    public Officer readable(long id) {
        Officer officer = find(id);
        requireSelfOrInScope(officer);
        return officer;
    }

    /** 403 {@code AGENCY_OUT_OF_SCOPE} unless the caller is the officer or covers the officer's agency. */
    void requireSelfOrInScope(Officer officer) {
        scopes.requireSelfOrCovers(officer.id(), officer.agencyCode());
    }

    /**
     * The staff roster: every officer of the caller's scope, with or without a credential. {@code q} is a substring of the name or an
     * exact identity number (never echoed in errors); {@code agency} includes its sub-agencies (those in scope).
     * 400 for an unknown agency, post status or employment type, or a query longer than 64 characters; 403 for an
     * agency outside the caller's scope.
     */
    public Page<StaffRow> search(String q, String agency, String postStatus, String employmentType,
                                 PageRequest page) {
        Violations v = new Violations();
        String query = blankToNull(q);
        String agencyCode = blankToNull(agency);
        v.require(query == null || query.length() <= MAX_QUERY, "q", "FIELD_TOO_LONG", MAX_QUERY);
        v.require(agencyCode == null || dictionaries.isAgency(agencyCode), "agency", "UNKNOWN_AGENCY", agencyCode);
        PostStatus post = blankToNull(postStatus) == null ? null
                : OfficerValidation.choice(PostStatus.class, postStatus, "postStatus", v);
        EmploymentType employment = blankToNull(employmentType) == null ? null
                : OfficerValidation.choice(EmploymentType.class, employmentType, "employmentType", v);
        v.throwIfInvalid();
        List<String> agencies = agenciesInScope(agencyCode);
        String name = query == null ? null
                : "%" + query.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        String idNumber = query != null && ID_NUMBER_SHAPE.matcher(query).matches()
                ? query.toUpperCase(Locale.ROOT) : null;
        String postCode = post == null ? null : post.name();
        String employmentCode = employment == null ? null : employment.name();
        long total = roster.countStaffRoster(name, idNumber, agencies, postCode, employmentCode);
        List<StaffRow> rows = total == 0 ? List.of()
                : roster.staffRoster(name, idNumber, agencies, postCode, employmentCode, page.offset(), page.limit());
        return Page.of(rows, page, total);
    }

    /**
     * The agencies a list may show: the caller's scope ({@code null}: all), narrowed to {@code agencyCode} and its
     * sub-agencies when given; 403 when {@code agencyCode} itself is outside the scope.
     */
    List<String> agenciesInScope(String agencyCode) {
        AgencyScope scope = scopes.current();
        if (agencyCode == null) {
            return scope.codes();
        }
        scope.require(agencyCode);
        return dictionaries.agencyAndDescendants(agencyCode).stream().filter(scope::covers).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * Applies a change checked against the version the client read; 409 when it is stale. The officer's agency and,
     * for a transfer, the new agency must both be in the caller's scope (403).
     */
    @Transactional(rollbackFor = Exception.class)
    public Officer change(long id, OfficerChange change) {
        Officer current = lock(id);
        scopes.require(current.agencyCode());
        Violations v = new Violations();
        Officer next = validation.changed(current, change, v).orElse(null);
        v.throwIfInvalid();
        scopes.require(next.agencyCode());
        if (change.version() != current.version()) {
            throw ProblemException.conflict(RequestValues.STALE_VERSION, current.version());
        }
        return apply(current, next);
    }

    /** The officer, locked until the transaction ends. */
    Officer lock(long id) {
        return officers.lock(id).map(this::withScope).orElseThrow(() -> ProblemException.notFound("officer", id));
    }

    /**
     * Stores {@code next} over {@code current} (locked by the caller), records what changed and puts the
     * officer's credentials on the clean-up list at once if the change makes the holder ineligible.
     * Nothing is written when nothing changed.
     */
    @Transactional(rollbackFor = Exception.class)
    public Officer apply(Officer current, Officer next) {
        Map<String, List<Object>> changes = differences(current, next);
        if (changes.isEmpty()) {
            return current;
        }
        if (officers.update(next, current.version(), clock.millis()) != 1) {
            throw ProblemException.conflict(RequestValues.STALE_VERSION, current.version());
        }
        if (!current.categories().equals(next.categories())) {
            officers.deleteCategories(current.id());
            officers.insertCategories(current.id(), next.categories());
        }
        if (!current.areas().equals(next.areas())) {
            officers.deleteAreas(current.id());
            officers.insertAreas(current.id(), next.areas());
        }
        history.officerEvent(current.id(), "OFFICER_CHANGED", changes);
        cleanup.refreshOfficer(current.id());
        return find(current.id());
    }

    /**
     * Records an exam attempt: 400 for a bad kind, a score outside 0-100 or a date in the future. With a score the pass
     * follows from it and the pass mark; a {@code passed} that says otherwise is refused naming the rule. Without a
     * score (a paper record of old) {@code passed} is required. 403 unless the caller covers the officer's agency or is
     * the officer (a candidate's passed sitting, recorded by exam-service).
     */
    @Transactional(rollbackFor = Exception.class)
    public Exam recordExam(long officerId, ExamInput input) {
        requireSelfOrInScope(lock(officerId));
        Violations v = new Violations();
        ExamKind kind = OfficerValidation.choice(ExamKind.class, input.kind(), "kind", v);
        boolean scoreValid = input.score() != null && input.score().signum() >= 0
                && input.score().compareTo(new BigDecimal("100")) <= 0 && input.score().scale() <= 2;
        Boolean passed = input.passed();
        if (scoreValid) {
            BigDecimal passMark = settings.examPassMark();
            boolean reached = input.score().compareTo(passMark) >= 0;
            v.require(passed == null || passed == reached, "passed",
                    reached ? "EXAM_SCORE_REACHES_PASS_MARK" : "EXAM_SCORE_BELOW_PASS_MARK", input.score(), passMark);
            passed = reached;
        } else {
            v.require(passed != null, "passed", "FIELD_REQUIRED");
        }
        v.require(input.score() == null || scoreValid, "score", "SCORE_INVALID");
        if (input.takenOn() == null) {
            v.add("takenOn", "FIELD_REQUIRED");
        } else {
            v.require(!input.takenOn().isAfter(LocalDate.now(clock)), "takenOn", "DATE_IN_FUTURE");
            v.require(!input.takenOn().isBefore(IdentityNumber.EARLIEST_BIRTH), "takenOn", "DATE_TOO_EARLY",
                    IdentityNumber.EARLIEST_BIRTH.toString());
        }
        v.throwIfInvalid();
        Exam exam = new Exam(kind, passed, input.score(), input.takenOn());
        officers.insertExam(officerId, exam, clock.millis(), actor.get().subject());
        history.officerEvent(officerId, "EXAM_RECORDED", exam);
        return exam;
    }

    /** The officer's recorded exam attempts, oldest first; 404 for no such officer, 403 outside the scope. */
    public List<Exam> exams(long officerId) {
        readable(officerId);
        return officers.exams(officerId);
    }

    /** Every unmet eligibility rule of the officer now; 404 for no such officer, 403 outside the scope. */
    public List<UnmetRule> eligibility(long officerId) {
        return eligibility(readable(officerId));
    }

    List<UnmetRule> eligibility(Officer officer) {
        return EligibilityRules.check(officer.standing(), officers.exams(officer.id()), settings.eligibilityPolicy());
    }

    private Officer withScope(OfficerRow row) {
        return row.withScope(officers.categories(row.id()), officers.areas(row.id()));
    }

    /** What the audit keeps of a new officer: everything but the identity number. */
    private static Map<String, Object> summary(Officer o) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("name", o.name());
        summary.put("agencyCode", o.agencyCode());
        summary.put("position", o.position());
        summary.put("employmentType", o.employmentType());
        summary.put("postStatus", o.postStatus());
        summary.put("categories", o.categories());
        summary.put("areas", o.areas());
        summary.put("legalQualification", o.legalQualification());
        summary.put("legalReviewer", o.legalReviewer());
        return summary;
    }

    /** field → [before, after] for every field that differs. */
    static Map<String, List<Object>> differences(Officer before, Officer after) {
        Map<String, Object> old = summary(before);
        Map<String, Object> now = summary(after);
        Map<String, List<Object>> changes = new LinkedHashMap<>();
        old.forEach((field, value) -> {
            if (!Objects.equals(value, now.get(field))) {
                changes.put(field, List.of(String.valueOf(value), String.valueOf(now.get(field))));
            }
        });
        return changes;
    }
}
