package cn.zhifa.planner.mapper;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

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

    /** Inspections without result of drawn plans whose window ended on or before {@code endedBy}. */
    List<InspectionRow> withoutResult(@Param("endedBy") LocalDate endedBy);

    /** A page of the inspections of drawn plans on whose team the officer currently is, newest first. */
    List<AssignmentRow> assignedTo(@Param("officerId") long officerId, @Param("offset") long offset,
                                   @Param("limit") int limit);

    long countAssignedTo(@Param("officerId") long officerId);

    /** The active team members of the given inspections (at least one id), by inspection and seat. */
    List<MemberRow> activeMembers(@Param("inspectionIds") List<Long> inspectionIds);

    List<CountRow> resultDistribution(@Param("planId") Long planId, @Param("from") LocalDate from,
                                      @Param("to") LocalDate to);

    List<CountRow> drawnByStratum(@Param("from") LocalDate from, @Param("to") LocalDate to);
}
