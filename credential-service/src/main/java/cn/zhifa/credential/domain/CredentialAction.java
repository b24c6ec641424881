package cn.zhifa.credential.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What can happen to an issued credential. All but {@link #EXPIRE} are decided by the judicial bureau. */
public enum CredentialAction {
    /** 暂扣 */
    SUSPEND(true),
    /** 恢复 */
    REINSTATE(true),
    /** 吊销 or 注销: which of the two follows from the reason, see {@link TransitionReason#penalty()}. */
    REVOKE(true),
    /** 收回 */
    RECOVER(true),
    /** 销毁 */
    DESTROY(true),
    /** 换证: a new validity period under the same number. */
    RENEW(true),
    /** 过期: taken by the daily job when the validity period has ended. */
    EXPIRE(false);

    private final boolean manual;

    CredentialAction(boolean manual) {
        this.manual = manual;
    }

    /** Whether a person may ask for it (the API's {@code /{action}} path); expiry is automatic. */
    public boolean manual() {
        return manual;
    }

    /** The path segment of the API, e.g. {@code suspend}. */
    public String pathName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The manual action a path segment names. */
    public static Optional<CredentialAction> ofPath(String segment) {
        return Arrays.stream(values())
                .filter(CredentialAction::manual)
                .filter(action -> action.pathName().equals(segment))
                .findFirst();
    }
}
