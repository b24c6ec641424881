package cn.zhifa.credential.service;

import cn.zhifa.credential.domain.AnnualReviewRules;
import cn.zhifa.credential.domain.Credential;
import cn.zhifa.credential.domain.CredentialAction;
import cn.zhifa.credential.domain.CredentialLifecycle;
import cn.zhifa.credential.domain.CredentialStatus;
import cn.zhifa.credential.domain.Officer;
import cn.zhifa.credential.domain.ReviewPolicy;
import cn.zhifa.credential.domain.TrainingDuty;
import cn.zhifa.credential.domain.TransitionReason;
import cn.zhifa.credential.domain.UnmetRule;
import cn.zhifa.credential.domain.ValidityPeriod;
import cn.zhifa.credential.mapper.CredentialMapper;
import cn.zhifa.credential.mapper.CredentialRow;
import cn.zhifa.credential.mapper.EventRow;
import cn.zhifa.db.GeneratedKey;
import cn.zhifa.credential.mapper.HistoryMapper;
import cn.zhifa.platform.contract.TrainingDutyQuery;
import cn.zhifa.platform.contract.TrainingDutyStatus;
import cn.zhifa.platform.dictionary.Agency;
import cn.zhifa.platform.dictionary.Dictionaries;
import cn.zhifa.platform.error.ProblemException;
import cn.zhifa.platform.error.Violations;
import cn.zhifa.platform.security.AgencyScopes;
import cn.zhifa.platform.security.CurrentActor;
import cn.zhifa.platform.web.RequestValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.mybatis.cdi.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Credentials (judicial bureau): issue, the life-cycle actions, annual review, expiry and history. Every
 * write locks the holder's officer row first, so two requests about one officer (on any instance) are
 * serialised and cannot, for example, issue two live credentials.
 * <p>
 * Staff act on the credentials of the agencies of their scope ({@link AgencyScopes}), judged by the credential's own
 * agency (the issuing one, which keeps a transferred holder's credential until it is renewed or revoked) and, to
 * issue, by the officer's agency: otherwise 403 {@code AGENCY_OUT_OF_SCOPE} once the credential or officer is found
 * (an unknown one stays 404), before anything is written. A holder reads their own credential whatever the scope.
 */
@ApplicationScoped
public class CredentialService {
    /** The officer holds a live (active or suspended) credential; argument: its number. */
    public static final String CREDENTIAL_ALREADY_HELD = "CREDENTIAL_ALREADY_HELD";
    /** The reason is not one the action allows; arguments: reason, action. */
    public static final String REASON_NOT_ALLOWED = "REASON_NOT_ALLOWED";
    /** Renewal refused: the holder now belongs to another agency than the issuing one. */
    public static final String HOLDER_TRANSFERRED = "HOLDER_TRANSFERRED";
    /** The training records (training-service) cannot be read. */
    public static final String TRAINING_RECORDS_UNAVAILABLE = "TRAINING_RECORDS_UNAVAILABLE";
    static final int MAX_NOTE = 1000;
    private static final EnumSet<CredentialStatus> LIVE = EnumSet.of(CredentialStatus.ACTIVE, CredentialStatus.SUSPENDED);

    private final CredentialMapper credentials;
    private final HistoryMapper historyMapper;
    private final OfficerService officers;
    private final CredentialNumbers numbers;
    private final CredentialHistory history;
    private final CleanupService cleanup;
    private final Dictionaries dictionaries;
    private final CredentialSettings settings;
    private final Instance<TrainingDutyQuery> trainingDuty;
    private final CurrentActor actor;
    private final AgencyScopes scopes;
    private final Clock clock;

    @Inject
    public CredentialService(CredentialMapper credentials, HistoryMapper historyMapper, OfficerService officers,
                             CredentialNumbers numbers, CredentialHistory history, CleanupService cleanup,
                             Dictionaries dictionaries, CredentialSettings settings,
                             Instance<TrainingDutyQuery> trainingDuty, CurrentActor actor, AgencyScopes scopes,
                             Clock clock) {
        this.credentials = credentials;
        this.historyMapper = historyMapper;
        this.officers = officers;
        this.numbers = numbers;
        this.history = history;
        this.cleanup = cleanup;
        this.dictionaries = dictionaries;
        this.settings = settings;
        this.trainingDuty = trainingDuty;
        this.actor = actor;
        this.scopes = scopes;
        this.clock = clock;
    }

    /**
     * Issues a credential to an eligible officer: 422 with every unmet rule, 409 if the officer already
     * holds a live one. Number from the pattern, validity from today, categories and areas copied.
     */
    @Transactional(rollbackFor = Exception.class)
    public Credential issue(long officerId) {
        Officer officer = officers.lock(officerId);
        scopes.require(officer.agencyCode());
        for (CredentialRow held : credentials.ofOfficer(officerId)) {
            if (LIVE.contains(held.status())) {
                throw ProblemException.conflict(CREDENTIAL_ALREADY_HELD, held.number());
            }
        }
        rejectUnlessEligible(officer, new Violations());
        Agency agency = dictionaries.agency(officer.agencyCode()).orElseThrow();
        LocalDate today = LocalDate.now(clock);
        String number = numbers.next(agency, today.getYear());
        ValidityPeriod period = ValidityPeriod.ofYears(today, settings.validityYears());
        GeneratedKey key = new GeneratedKey();
        credentials.insert(number, officerId, agency.code(), today, period, clock.millis(), key);
        credentials.makeCurrent(officerId, key.id());
        copyScope(key.id(), officerId, period);
        Credential issued = find(key.id());
        history.credentialEvent(issued, "CREDENTIAL_ISSUED", null, CredentialStatus.ACTIVE, null, null,
                scopeSummary(issued));
        cleanup.refresh(issued.id());
        return issued;
    }

    /** The credential; 404 when no credential has this number. */
    public Credential find(String number) {
        return credentials.findByNumber(number).map(this::withScope)
                .orElseThrow(() -> ProblemException.notFound("credential", number));
    }

    /** 403 {@code AGENCY_OUT_OF_SCOPE} unless the caller is the holder or covers the credential's agency. */
    public void requireSelfOrInScope(Credential credential) {
        scopes.requireSelfOrCovers(credential.officerId(), credential.agencyCode());
    }

    /**
     * A judicial action with a reason from the fixed list: 400 for a missing or unfitting reason, 409 for
     * an illegal transition, 422 when reinstating or renewing for a holder no longer eligible.
     */
    @Transactional(rollbackFor = Exception.class)
    public Credential act(String number, CredentialAction action, String reasonText, String note) {
        Violations v = new Violations();
        TransitionReason reason = OfficerValidation.choice(TransitionReason.class, reasonText, "reason", v);
        if (reason != null && !reason.allowsManual(action)) {
            v.add("reason", REASON_NOT_ALLOWED, reason.name(), action.pathName());
        }
        v.require(note == null || note.length() <= MAX_NOTE, "note", "FIELD_TOO_LONG", MAX_NOTE);
        v.throwIfInvalid();
        Credential credential = expireIfDue(lock(number), LocalDate.now(clock));
        return apply(credential, action, reason, note == null || note.isBlank() ? null : note.strip());
    }

    /**
     * 年审 of {@code year}: checks eligibility now and the training duty of the year before (from
     * training-service); records the review, suspends an active credential that failed and reinstates one
     * that a failed review had suspended.
     */
    @Transactional(rollbackFor = Exception.class)
    public ReviewOutcome review(String number, Integer year) {
        if (year == null) {
            throw ProblemException.invalid("year", "FIELD_REQUIRED");
        }
        LocalDate today = LocalDate.now(clock);
        Credential credential = expireIfDue(lock(number), today);
        if (!AnnualReviewRules.applicable(credential.status())) {
            throw ProblemException.conflict(AnnualReviewRules.REVIEW_NOT_APPLICABLE, credential.status().name());
        }
        AnnualReviewRules.yearProblem(year, credential.issuedOn(), today)
                .ifPresent(rule -> { throw ProblemException.rejected("year", rule.code(), rule.args().toArray()); });
        Officer holder = officers.find(credential.officerId());
        TrainingDutyStatus duty = trainingDutyOf(holder.id(), year - 1);
        AnnualReviewRules.Decision decision = AnnualReviewRules.review(year, officers.eligibility(holder),
                new TrainingDuty(year - 1, duty.legalHours(), duty.ownUnitUpdateTrainings()),
                new ReviewPolicy(duty.requiredHours(), duty.requiredUpdateTrainings()));
        String codes = decision.reasons().stream().map(UnmetRule::code).collect(Collectors.joining(","));
        historyMapper.insertReview(credential.id(), year, decision.passed(), codes, duty.legalHours(),
                duty.ownUnitUpdateTrainings(), clock.millis(), actor.get().subject());
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("year", year);
        summary.put("passed", decision.passed());
        summary.put("reasons", decision.reasons().stream().map(UnmetRule::code).toList());
        summary.put("legalHours", duty.legalHours());
        summary.put("ownUnitUpdateTrainings", duty.ownUnitUpdateTrainings());
        history.credentialEvent(credential, decision.passed() ? "REVIEW_PASSED" : "REVIEW_FAILED",
                credential.status(), credential.status(), null, null, summary);
        Credential after = AnnualReviewRules.consequence(decision, credential.status(), credential.statusReason())
                .map(c -> apply(credential, c.action(), c.reason(), null))
                .orElse(credential);
        return new ReviewOutcome(decision, after);
    }

    /** The credential's events and those of its officer, oldest first; 403 outside the caller's scope. */
    public List<EventRow> events(String number) {
        Credential credential = find(number);
        requireSelfOrInScope(credential);
        return historyMapper.eventsOfCredential(credential.id(), credential.officerId());
    }

    /** The officer's newest credential, if any. */
    public Optional<Credential> currentOf(long officerId) {
        return credentials.ofOfficer(officerId).stream().findFirst().map(this::withScope);
    }

    /**
     * Expires every active or suspended credential whose validity ended before {@code today}; returns how
     * many. Runs as the daily job's first step.
     */
    @Transactional(rollbackFor = Exception.class)
    public int expireEnded(LocalDate today) {
        int expired = 0;
        for (long id : credentials.endedBefore(today, List.copyOf(LIVE))) {
            CredentialRow row = credentials.find(id).orElseThrow();
            officers.lock(row.officerId());
            Credential current = find(id);
            if (expireIfDue(current, today) != current) {
                expired++;
            }
        }
        return expired;
    }

    /** The credential, its holder locked; 404 when unknown, 403 when its agency is outside the caller's scope. */
    private Credential lock(String number) {
        long officerId = credentials.findByNumber(number).map(CredentialRow::officerId)
                .orElseThrow(() -> ProblemException.notFound("credential", number));
        officers.lock(officerId);
        Credential credential = find(number);
        scopes.require(credential.agencyCode());
        return credential;
    }

    /** Records the expiry a live credential past its validity is due, before anything else happens to it. */
    private Credential expireIfDue(Credential credential, LocalDate today) {
        if (credential.statusOn(today) == CredentialStatus.EXPIRED && credential.status() != CredentialStatus.EXPIRED) {
            return apply(credential, CredentialAction.EXPIRE, TransitionReason.VALIDITY_ENDED, null);
        }
        return credential;
    }

    private Credential apply(Credential credential, CredentialAction action, TransitionReason reason, String note) {
        CredentialStatus from = credential.status();
        CredentialStatus to;
        try {
            to = CredentialLifecycle.apply(from, action, reason);
        } catch (CredentialLifecycle.IllegalTransitionException e) {
            throw ProblemException.conflict(CredentialLifecycle.IllegalTransitionException.CODE, action.pathName(),
                    from.name());
        }
        if (action == CredentialAction.REINSTATE || action == CredentialAction.RENEW) {
            Officer holder = officers.find(credential.officerId());
            Violations rules = new Violations();
            if (action == CredentialAction.RENEW && !holder.agencyCode().equals(credential.agencyCode())) {
                rules.add("officerId", HOLDER_TRANSFERRED);
            }
            rejectUnlessEligible(holder, rules);
        }
        if (credentials.updateStatus(credential.id(), credential.version(), to, reason, clock.millis()) != 1) {
            throw ProblemException.conflict(RequestValues.STALE_VERSION, credential.version());
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("from", from);
        summary.put("to", to);
        if (action == CredentialAction.RENEW) {
            ValidityPeriod period = ValidityPeriod.ofYears(LocalDate.now(clock), settings.validityYears());
            credentials.updatePeriod(credential.id(), period);
            credentials.deleteCategories(credential.id());
            credentials.deleteAreas(credential.id());
            copyScope(credential.id(), credential.officerId(), period);
            summary.putAll(scopeSummary(find(credential.id())));
        }
        Credential after = find(credential.id());
        history.credentialEvent(after, "CREDENTIAL_" + pastTense(action, to), from, to, reason, note, summary);
        cleanup.refresh(after.id());
        return after;
    }

    private void rejectUnlessEligible(Officer officer, Violations rules) {
        for (UnmetRule rule : officers.eligibility(officer)) {
            rules.add("officerId", rule.code(), rule.args().toArray());
        }
        rules.throwIfRejected();
    }

    private void copyScope(long credentialId, long officerId, ValidityPeriod period) {
        credentials.copyCategoriesFromOfficer(credentialId, officerId);
        credentials.copyAreasFromOfficer(credentialId, officerId);
        credentials.updateScopeCodes(credentialId, credentials.categories(credentialId), credentials.areas(credentialId));
        credentials.insertTerm(credentialId, period, clock.millis());
    }

    private TrainingDutyStatus trainingDutyOf(long officerId, int year) {
        if (!trainingDuty.isResolvable()) {
            throw ProblemException.of(503, TRAINING_RECORDS_UNAVAILABLE);
        }
        return trainingDuty.get().yearlyDuty(officerId, year);
    }

    private Credential find(long id) {
        return withScope(credentials.find(id).orElseThrow());
    }

    private Credential withScope(CredentialRow row) {
        return row.withScope(credentials.categories(row.id()), credentials.areas(row.id()));
    }

    private static Map<String, Object> scopeSummary(Credential c) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("number", c.number());
        summary.put("validFrom", c.validFrom().toString());
        summary.put("validUntil", c.validUntil().toString());
        summary.put("categories", c.categories());
        summary.put("areas", c.areas());
        return summary;
    }

    /** The event's name; a revocation names what it led to, 吊销 (REVOKED) or 注销 (CANCELLED). */
    private static String pastTense(CredentialAction action, CredentialStatus to) {
        return switch (action) {
            case SUSPEND -> "SUSPENDED";
            case REINSTATE -> "REINSTATED";
            case REVOKE -> to.name();
            case RECOVER -> "RECOVERED";
            case DESTROY -> "DESTROYED";
            case RENEW -> "RENEWED";
            case EXPIRE -> "EXPIRED";
        };
    }
}
