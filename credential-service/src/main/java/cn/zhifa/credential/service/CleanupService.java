package cn.zhifa.credential.service;

import cn.zhifa.credential.domain.CleanupReason;
import cn.zhifa.credential.domain.CleanupRules;
import cn.zhifa.credential.mapper.CleanupMapper;
import cn.zhifa.credential.mapper.CleanupRow;
import cn.zhifa.credential.mapper.CredentialMapper;
import cn.zhifa.credential.mapper.CredentialRow;
import cn.zhifa.credential.mapper.OfficerMapper;
import cn.zhifa.credential.mapper.OfficerRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.mybatis.cdi.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Keeps the clean-up list (清理、收回、销毁) current: every change of an officer or credential refreshes
 * the entries it touches, inside its own transaction; the daily job refreshes them all. An entry keeps
 * the time it was first listed for its reason, so overdue clean-ups show.
 */
@ApplicationScoped
public class CleanupService {
    private final CleanupMapper cleanup;
    private final CredentialMapper credentials;
    private final OfficerMapper officers;
    private final CredentialSettings settings;
    private final Clock clock;

    @Inject
    public CleanupService(CleanupMapper cleanup, CredentialMapper credentials, OfficerMapper officers,
                          CredentialSettings settings, Clock clock) {
        this.cleanup = cleanup;
        this.credentials = credentials;
        this.officers = officers;
        this.settings = settings;
        this.clock = clock;
    }

    /** The list of the credentials of the agencies (null: all), the longest-listed first. */
    public List<CleanupRow> list(List<String> agencies) {
        return cleanup.list(agencies);
    }

    @Transactional(rollbackFor = Exception.class)
    public void refreshOfficer(long officerId) {
        credentials.ofOfficer(officerId).forEach(this::refresh);
    }

    @Transactional(rollbackFor = Exception.class)
    public void refresh(long credentialId) {
        credentials.find(credentialId).ifPresent(this::refresh);
    }

    /** Re-decides every credential not yet destroyed. */
    @Transactional(rollbackFor = Exception.class)
    public void refreshAll() {
        credentials.notDestroyed().forEach(this::refresh);
    }

    private void refresh(CredentialRow credential) {
        OfficerRow holder = officers.find(credential.officerId()).orElseThrow();
        Optional<CleanupReason> reason = CleanupRules.reason(credential.status(), credential.validUntil(),
                credential.agencyCode(), holder.standing(),
                settings.eligibilityPolicy(), LocalDate.now(clock));
        Optional<CleanupReason> listed = cleanup.reasonOf(credential.id());
        if (reason.equals(listed)) {
            return;
        }
        if (reason.isEmpty()) {
            cleanup.delete(credential.id());
        } else if (listed.isEmpty()) {
            cleanup.insert(credential.id(), reason.get(), reason.get().requiredAction(), clock.millis());
        } else {
            cleanup.updateReason(credential.id(), reason.get(), reason.get().requiredAction(), clock.millis());
        }
    }
}
