package cn.zhifa.planner.mapper;

import java.util.List;
import java.util.Optional;

import cn.zhifa.planner.domain.CreditLevel;
import cn.zhifa.planner.domain.RiskLevel;
import org.apache.ibatis.annotations.Param;
import org.mybatis.cdi.Mapper;

/** Proposals of higher risk levels from results ({@code insp_risk_proposal}) and the level changes they make. */
@Mapper
public interface RiskProposalMapper {
    Optional<RiskProposalRow> findFor(@Param("inspectionId") long inspectionId, @Param("matterId") long matterId);

    /** The proposal locked to the end of the transaction: one decision at a time. */
    Optional<RiskProposalRow> lock(@Param("id") long id);

    void insert(@Param("creditCode") String creditCode, @Param("fromLevel") String fromLevel,
                @Param("proposedLevel") String proposedLevel, @Param("inspectionId") long inspectionId,
                @Param("matterId") long matterId, @Param("agencyCode") String agencyCode, @Param("cause") String cause,
                @Param("resultCode") String resultCode, @Param("nowMs") long nowMs);

    /** A proposal not decided yet (PROPOSED or WITHDRAWN) proposed again with the result as it now stands. */
    int repropose(@Param("id") long id, @Param("fromLevel") String fromLevel,
                  @Param("proposedLevel") String proposedLevel, @Param("cause") String cause,
                  @Param("resultCode") String resultCode, @Param("nowMs") long nowMs);

    /** Sets the state of a proposal still PROPOSED (0 when it no longer is). */
    int decide(@Param("id") long id, @Param("state") String state, @Param("by") String by,
               @Param("nowMs") long nowMs, @Param("reason") String reason);

    List<RiskProposalRow> list(@Param("state") String state, @Param("agencies") List<String> agencies,
                               @Param("offset") long offset, @Param("limit") int limit);

    long count(@Param("state") String state, @Param("agencies") List<String> agencies);

    int setRiskLevel(@Param("creditCode") String creditCode, @Param("level") RiskLevel level,
                     @Param("nowMs") long nowMs);

    void insertHistory(@Param("creditCode") String creditCode, @Param("riskLevel") RiskLevel riskLevel,
                       @Param("creditLevel") CreditLevel creditLevel, @Param("proposalId") long proposalId,
                       @Param("by") String by, @Param("nowMs") long nowMs);
}
