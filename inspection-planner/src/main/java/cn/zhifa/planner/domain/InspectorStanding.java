package cn.zhifa.planner.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a holder of a credential for the matter's category may inspect throughout a plan's window (执法检查人员):
 * the credential ACTIVE (not suspended) from the window's first day to its last, the holder on post (在编在岗: a
 * retired, departed or off-post officer whose credential still waits to be revoked does not inspect), and the
 * credential not on credential-service's clean-up list (清理名单), where an employment type no longer eligible and a
 * transfer to another agency show. The answer is every reason that excludes the holder, none for an inspector.
 *
 * @param status        the credential's stored status (ACTIVE or SUSPENDED among the candidates)
 * @param postStatus    the holder's post status (ON_POST, OFF_POST, RETIRED, DEPARTED)
 * @param cleanupReason the credential's reason on the clean-up list, {@code null} when not listed
 */
public record InspectorStanding(String status, LocalDate validFrom, LocalDate validUntil, String postStatus,
                                String cleanupReason) {

    /** Why a candidate is not an inspector of a plan; in the order a planner checks them. */
    public enum Exclusion {
        /** 不在岗: retired, departed or off post. */
        NOT_ON_POST,
        /** 在证件清理名单上 (to be revoked, recovered or destroyed). */
        ON_CLEANUP_LIST,
        /** 执法证暂停. */
        CREDENTIAL_SUSPENDED,
        /** 执法证在检查期开始之后才生效. */
        CREDENTIAL_STARTS_AFTER_WINDOW_START,
        /** 执法证在检查期结束之前到期. */
        CREDENTIAL_ENDS_BEFORE_WINDOW_END
    }

    static final String ACTIVE = "ACTIVE";
    static final String ON_POST = "ON_POST";

    /** Every reason that keeps the holder out of a plan running {@code startsOn} to {@code endsOn}. */
    public List<Exclusion> exclusions(LocalDate startsOn, LocalDate endsOn) {
        List<Exclusion> out = new ArrayList<>();
        if (!ON_POST.equals(postStatus)) {
            out.add(Exclusion.NOT_ON_POST);
        }
        if (cleanupReason != null) {
            out.add(Exclusion.ON_CLEANUP_LIST);
        }
        if (!ACTIVE.equals(status)) {
            out.add(Exclusion.CREDENTIAL_SUSPENDED);
        }
        if (validFrom.isAfter(startsOn)) {
            out.add(Exclusion.CREDENTIAL_STARTS_AFTER_WINDOW_START);
        }
        if (validUntil.isBefore(endsOn)) {
            out.add(Exclusion.CREDENTIAL_ENDS_BEFORE_WINDOW_END);
        }
        return out;
    }
}
