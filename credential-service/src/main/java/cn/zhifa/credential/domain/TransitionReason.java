package cn.zhifa.credential.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The fixed list of reasons a credential changes status, each allowed for certain actions. Reasons that
 * only the service itself records (a review's outcome, the end of validity) are not manual.
 */
public enum TransitionReason {
    /** 年审不合格 */
    ANNUAL_REVIEW_FAILED(false, CredentialAction.SUSPEND),
    /** 涉嫌违法违纪, 正在接受调查 */
    UNDER_INVESTIGATION(true, CredentialAction.SUSPEND),
    /** 未按规定参加培训 */
    TRAINING_NOT_COMPLETED(true, CredentialAction.SUSPEND),
    /** 暂时离开执法岗位 (借调、长期病假等) */
    TEMPORARILY_OFF_POST(true, CredentialAction.SUSPEND),
    /** 违规使用执法证件 (转借、涂改等) */
    IMPROPER_USE(true, CredentialAction.SUSPEND, CredentialAction.REVOKE),
    /** 暂扣事由已消除 */
    GROUNDS_CLEARED(true, CredentialAction.REINSTATE),
    /** 年审 (补审) 合格 */
    REVIEW_PASSED(false, CredentialAction.REINSTATE),
    /** 持证人退休 */
    HOLDER_RETIRED(true, CredentialAction.REVOKE),
    /** 持证人离职 */
    HOLDER_DEPARTED(true, CredentialAction.REVOKE),
    /** 持证人离开执法岗位 */
    HOLDER_OFF_POST(true, CredentialAction.REVOKE),
    /** 持证人调离发证机关 */
    HOLDER_TRANSFERRED(true, CredentialAction.REVOKE),
    /** 不再具备行政执法资格 */
    NO_LONGER_QUALIFIED(true, CredentialAction.REVOKE),
    /** 严重违法违纪 */
    SERIOUS_MISCONDUCT(true, CredentialAction.REVOKE),
    /** 发证错误 */
    ISSUED_IN_ERROR(true, CredentialAction.REVOKE),
    /** 持证人交回 */
    RETURNED_BY_HOLDER(true, CredentialAction.RECOVER),
    /** 依法收缴 */
    SEIZED(true, CredentialAction.RECOVER),
    /** 遗失, 已声明作废 */
    LOST_DECLARED_VOID(true, CredentialAction.RECOVER, CredentialAction.DESTROY),
    /** 集中销毁 */
    SCHEDULED_DESTRUCTION(true, CredentialAction.DESTROY),
    /** 有效期届满换证 */
    VALIDITY_ENDING(true, CredentialAction.RENEW),
    /** 信息变更换证 (执法类别、区域) */
    INFORMATION_CHANGED(true, CredentialAction.RENEW),
    /** 证件损坏换证 */
    CARD_DAMAGED(true, CredentialAction.RENEW),
    /** 有效期届满 (自动) */
    VALIDITY_ENDED(false, CredentialAction.EXPIRE);

    private final boolean manual;
    private final Set<CredentialAction> actions;

    TransitionReason(boolean manual, CredentialAction first, CredentialAction... more) {
        this.manual = manual;
        this.actions = EnumSet.of(first, more);
    }

    /**
     * Whether withdrawing a credential for this reason is a penalty (吊销) rather than a cancellation (注销) of
     * a holder who simply no longer enforces: a retiree must never look penalised.
     */
    public boolean penalty() {
        return this == IMPROPER_USE || this == SERIOUS_MISCONDUCT;
    }

    /** Whether a person may give this reason; otherwise only the service records it. */
    public boolean manual() {
        return manual;
    }

    /** Whether this reason may justify the action. */
    public boolean allows(CredentialAction action) {
        return actions.contains(action);
    }

    /** Whether a person may give this reason for the action. */
    public boolean allowsManual(CredentialAction action) {
        return manual && allows(action);
    }
}
