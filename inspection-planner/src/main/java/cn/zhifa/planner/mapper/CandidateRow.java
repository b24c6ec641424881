package cn.zhifa.planner.mapper;

import java.time.LocalDate;

import cn.zhifa.planner.domain.InspectorStanding;

/**
 * A credential of the inspector directory that could serve a plan: ACTIVE or SUSPENDED, valid on some day of the
 * window and listing the matter's category; whether it does is {@link InspectorStanding}'s decision.
 */
public record CandidateRow(long officerId, String credentialNumber, String name, String status, LocalDate validFrom,
                           LocalDate validUntil, String postStatus, String cleanupReason, String agencyCode) {

    public InspectorRow inspector() {
        return new InspectorRow(officerId, credentialNumber, name, agencyCode);
    }

    public InspectorStanding standing() {
        return new InspectorStanding(status, validFrom, validUntil, postStatus, cleanupReason);
    }
}
