package cn.zhifa.credential.web;

import cn.zhifa.credential.domain.CleanupReason;
import cn.zhifa.credential.domain.Credential;
import cn.zhifa.credential.domain.CredentialAction;
import cn.zhifa.credential.domain.CredentialLifecycle;
import cn.zhifa.credential.domain.CredentialStatus;
import cn.zhifa.credential.domain.EmploymentType;
import cn.zhifa.credential.domain.Officer;
import cn.zhifa.credential.domain.PostStatus;
import cn.zhifa.credential.domain.TransitionReason;
import cn.zhifa.credential.domain.UnmetRule;
import cn.zhifa.credential.mapper.CleanupRow;
import cn.zhifa.credential.mapper.EventRow;
import cn.zhifa.credential.mapper.StaffRow;
import cn.zhifa.credential.service.Named;
import cn.zhifa.credential.service.Names;
import cn.zhifa.platform.error.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

/** The response records of the API and how domain objects become them. */
@ApplicationScoped
public class Views {
    /** An unmet rule with its message in the client's language. */
    public record Reason(String code, String message) {
    }

    /** A credential as its holder, HR and the judicial bureau see it. */
    public record CredentialView(String number, long officerId, Named agency, CredentialStatus status,
                                 TransitionReason statusReason, LocalDate issuedOn, LocalDate validFrom,
                                 LocalDate validUntil, List<Named> categories, List<Named> areas,
                                 List<String> allowedActions) {
    }

    /** An officer of the roster with the newest credential, if any. */
    public record OfficerView(long id, String name, String idNumber, Named agency, String position,
                              EmploymentType employmentType, PostStatus postStatus, boolean legalQualification,
                              boolean legalReviewer, List<Named> categories, List<Named> areas, int version,
                              CredentialView credential) {
    }

    /**
     * One officer of the staff roster search (HR, judicial bureau): the newest credential's number and status
     * (as of today), both null for an officer who never held a credential.
     */
    public record StaffView(long id, String name, String idNumber, Named agency, String position,
                            EmploymentType employmentType, PostStatus postStatus, String credentialNumber,
                            CredentialStatus credentialStatus, int version) {
    }

    public record EligibilityView(boolean eligible, List<Reason> reasons) {
    }

    public record ReviewView(int year, boolean passed, List<Reason> reasons, CredentialView credential) {
    }

    /** One history entry; {@code detail} is the JSON summary of the change. */
    public record EventView(long id, String type, String credentialNumber, String fromStatus, String toStatus,
                            String reason, String reasonText, String note, String detail, String actor,
                            OffsetDateTime at) {
    }

    public record CleanupView(String number, long officerId, String officerName, Named agency,
                              CredentialStatus status, LocalDate validUntil, CleanupReason reason, String reasonText,
                              String requiredAction, TransitionReason suggestedReason, OffsetDateTime listedAt) {
    }

    private final Names names;
    private final Clock clock;

    @Inject
    public Views(Names names, Clock clock) {
        this.names = names;
        this.clock = clock;
    }

    public CredentialView credential(Credential c) {
        CredentialStatus status = c.statusOn(LocalDate.now(clock));
        return new CredentialView(c.number(), c.officerId(), names.agency(c.agencyCode()), status, c.statusReason(),
                c.issuedOn(), c.validFrom(), c.validUntil(), names.categories(c.categories()),
                names.divisions(c.areas()), CredentialLifecycle.allowedActions(status).stream()
                .filter(CredentialAction::manual).map(CredentialAction::pathName).toList());
    }

    public OfficerView officer(Officer o, Credential current) {
        return new OfficerView(o.id(), o.name(), o.idNumber(), names.agency(o.agencyCode()), o.position(),
                o.employmentType(), o.postStatus(), o.legalQualification(), o.legalReviewer(),
                names.categories(o.categories()), names.divisions(o.areas()), o.version(),
                current == null ? null : credential(current));
    }

    public StaffView staff(StaffRow row) {
        CredentialStatus status = row.credentialStatus() == null ? null
                : CredentialLifecycle.effectiveStatus(row.credentialStatus(), row.validUntil(), LocalDate.now(clock));
        return new StaffView(row.id(), row.name(), row.idNumber(), names.agency(row.agencyCode()), row.position(),
                row.employmentType(), row.postStatus(), row.credentialNumber(), status, row.version());
    }

    public List<Reason> reasons(List<UnmetRule> rules, Locale locale) {
        return rules.stream().map(rule -> new Reason(rule.code(),
                Messages.text(locale, rule.code(), List.<Object>copyOf(rule.args())))).toList();
    }

    public EventView event(EventRow e, Locale locale) {
        return new EventView(e.id(), e.eventType(), e.credentialNumber(), e.fromStatus(), e.toStatus(), e.reason(),
                e.reason() == null ? null : Messages.text(locale, "reason." + e.reason()), e.note(), e.detail(),
                e.actor(), at(e.occurredAtMs()));
    }

    public CleanupView cleanup(CleanupRow row, Locale locale) {
        return new CleanupView(row.number(), row.officerId(), row.officerName(), names.agency(row.agencyCode()),
                row.status(), row.validUntil(), row.reason(), Messages.text(locale, "cleanup." + row.reason()),
                row.reason().requiredAction().pathName(), row.reason().suggestedReason(), at(row.listedAtMs()));
    }

    private OffsetDateTime at(long epochMillis) {
        return OffsetDateTime.ofInstant(Instant.ofEpochMilli(epochMillis), clock.getZone());
    }
}
