package cn.zhifa.credential.domain;

/**
 * Why a credential is on the clean-up list (清理、收回、销毁) and what must happen next.
 */
public enum CleanupReason {
    /** 持证人退休: revoke. */
    HOLDER_RETIRED(CredentialAction.REVOKE, TransitionReason.HOLDER_RETIRED),
    /** 持证人离职: revoke. */
    HOLDER_DEPARTED(CredentialAction.REVOKE, TransitionReason.HOLDER_DEPARTED),
    /** 持证人离岗: revoke. */
    HOLDER_OFF_POST(CredentialAction.REVOKE, TransitionReason.HOLDER_OFF_POST),
    /** 不再具备执法资格 (employment type no longer eligible): revoke. */
    NO_LONGER_QUALIFIED(CredentialAction.REVOKE, TransitionReason.NO_LONGER_QUALIFIED),
    /** 持证人调离发证机关: revoke (the new agency issues a new credential). */
    HOLDER_TRANSFERRED(CredentialAction.REVOKE, TransitionReason.HOLDER_TRANSFERRED),
    /** 证件过期: recover (or renew). */
    EXPIRED(CredentialAction.RECOVER, TransitionReason.RETURNED_BY_HOLDER),
    /** 已吊销未收回: recover. */
    REVOKED(CredentialAction.RECOVER, TransitionReason.RETURNED_BY_HOLDER),
    /** 已注销未收回: recover. */
    CANCELLED(CredentialAction.RECOVER, TransitionReason.RETURNED_BY_HOLDER),
    /** 已收回待销毁: destroy. */
    RECOVERED(CredentialAction.DESTROY, TransitionReason.SCHEDULED_DESTRUCTION);

    private final CredentialAction requiredAction;
    private final TransitionReason suggestedReason;

    CleanupReason(CredentialAction requiredAction, TransitionReason suggestedReason) {
        this.requiredAction = requiredAction;
        this.suggestedReason = suggestedReason;
    }

    /** The action that takes the credential one step further off the list. */
    public CredentialAction requiredAction() {
        return requiredAction;
    }

    /** The reason that action would usually record. */
    public TransitionReason suggestedReason() {
        return suggestedReason;
    }
}
