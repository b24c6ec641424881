package cn.zhifa.planner.mapper;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.zhifa.planner.domain.RecordStanding;
import org.apache.ibatis.annotations.Param;
import org.mybatis.cdi.Mapper;

/** Results of inspections, the overdue report and statistics. */
@Mapper
public interface InspectionMapper {

    Optional<InspectionRow> find(@Param("id") long id);

    boolean isActiveMember(@Param("inspectionId") long inspectionId, @Param("officerId") long officerId);

    int recordResult(@Param("id") long id, @Param("resultCode") String resultCode,
                     @Param("inspectedOn") LocalDate inspectedOn, @Param("note") String note,
                     @Param("by") String by, @Param("nowMs") long nowMs, @Param("version") int version);

    /** Bumps the inspection's version: a matter's result of a joint inspection changed (optimistic check). */
    int touch(@Param("id") long id, @Param("version") int version);

    /**
     * The matters a joint plan's inspections cover (the matters whose scope the target falls in, as sealed), each
     * with its agency and its result if recorded; none for an inspection of a plan of one matter.
     */
    List<MatterResultRow> matterResults(@Param("inspectionIds") List<Long> inspectionIds);

    /** {@link #matterResults} of every inspection of a plan. */
    List<MatterResultRow> planMatterResults(@Param("planId") long planId);

    int updateMatterResult(@Param("inspectionId") long inspectionId, @Param("matterId") long matterId,
                           @Param("resultCode") String resultCode, @Param("inspectedOn") LocalDate inspectedOn,
                           @Param("note") String note, @Param("by") String by, @Param("nowMs") long nowMs);

    void insertMatterResult(@Param("inspectionId") long inspectionId, @Param("matterId") long matterId,
                            @Param("resultCode") String resultCode, @Param("inspectedOn") LocalDate inspectedOn,
                            @Param("note") String note, @Param("by") String by, @Param("nowMs") long nowMs);

    /** The agency of an officer as the plan's seal froze it (null if the seal named none, or not sealed with it). */
    String sealedAgencyOf(@Param("planId") long planId, @Param("officerId") long officerId);

    /** Inspections of the plan still missing a result: a matter's result for a joint plan's inspection. */
    long countMissingResults(@Param("planId") long planId);

    /** Inspections without result of drawn plans whose window ended on or before {@code endedBy}. */
    /** {@code agencies}: only of plans one of whose matters is of these agencies (null: every plan; empty: none). */
    List<InspectionRow> withoutResult(@Param("endedBy") LocalDate endedBy, @Param("agencies") List<String> agencies);

    /**
     * A page of the inspections of drawn plans whose field record is not final, of the plan if {@code planId} is
     * given, whose window and check-in match the filter, of plans one of whose matters is of {@code agencies} (null:
     * every plan; empty: none); soonest window end first.
     */
    List<OpenRecordRow> openRecords(@Param("planId") Long planId, @Param("f") RecordStanding.Filter filter,
                                    @Param("agencies") List<String> agencies, @Param("offset") long offset,
                                    @Param("limit") int limit);

    long countOpenRecords(@Param("planId") Long planId, @Param("f") RecordStanding.Filter filter,
                          @Param("agencies") List<String> agencies);

    /** A page of the inspections of drawn plans on whose team the officer currently is, newest first. */
    List<AssignmentRow> assignedTo(@Param("officerId") long officerId, @Param("offset") long offset,
                                   @Param("limit") int limit);

    long countAssignedTo(@Param("officerId") long officerId);

    /** The active team members of the given inspections (at least one id), by inspection and seat. */
    List<MemberRow> activeMembers(@Param("inspectionIds") List<Long> inspectionIds);

    List<CountRow> resultDistribution(@Param("planId") Long planId, @Param("from") LocalDate from,
                                      @Param("to") LocalDate to);

    InspectionCounts inspectionCounts(@Param("planId") Long planId, @Param("from") LocalDate from,
                                      @Param("to") LocalDate to);

    /** Joint plans' results per agency of the matter (PENDING: none yet, or not yet published). */
    List<AgencyCountRow> agencyResults(@Param("planId") Long planId, @Param("from") LocalDate from,
                                       @Param("to") LocalDate to);

    /** Joint plans' inspections covering a matter of the agency, per agency (label: the agency's code). */
    List<CountRow> agencyInspections(@Param("planId") Long planId, @Param("from") LocalDate from,
                                     @Param("to") LocalDate to);

    List<CountRow> drawnByStratum(@Param("from") LocalDate from, @Param("to") LocalDate to);
}
