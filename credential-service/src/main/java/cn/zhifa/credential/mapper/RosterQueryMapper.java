package cn.zhifa.credential.mapper;

import org.apache.ibatis.annotations.Param;
import org.mybatis.cdi.Mapper;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Read-only queries over the roster: the staff roster search, the public roster, public verification and the
 * reviewer report.
 */
@Mapper
public interface RosterQueryMapper {
    /**
     * Officers whose latest credential is still publicly relevant (not yet recovered or destroyed).
     *
     * @param search   what a name contains or a credential number begins with (LIKE patterns), or null
     * @param agencies the agency and its sub-agencies, or null
     * @param areas    area codes the credential must include one of, or null
     */
    List<RosterEntryRow> publicRoster(@Param("search") RosterSearch search,
                                      @Param("agencies") Collection<String> agencies,
                                      @Param("category") String category, @Param("areas") Collection<String> areas,
                                      @Param("offset") long offset, @Param("limit") int limit);

    long countPublicRoster(@Param("search") RosterSearch search, @Param("agencies") Collection<String> agencies,
                           @Param("category") String category, @Param("areas") Collection<String> areas);

    /** Officers whose name matches the pattern (a scan of the name index alone), of the agencies if given; at most {@code limit}. */
    List<Long> officersNamed(@Param("nameContains") String nameContains, @Param("agencies") Collection<String> agencies,
                             @Param("limit") int limit);

    /** Officers with a credential whose number matches the pattern (an index range); at most {@code limit}. */
    List<Long> officersNumbered(@Param("numberPrefix") String numberPrefix, @Param("limit") int limit);

    /**
     * Every officer, with or without a credential, with the newest credential if any (HR, judicial bureau).
     *
     * @param name     a LIKE pattern (escaped with {@code !}) over the name, or null
     * @param idNumber an identity number matched exactly, or null
     * @param agencies the agencies listed (the filter's and its sub-agencies', within the caller's scope); null for
     *                 all, empty for none
     */
    List<StaffRow> staffRoster(@Param("name") String name, @Param("idNumber") String idNumber,
                               @Param("agencies") Collection<String> agencies,
                               @Param("postStatus") String postStatus, @Param("employmentType") String employmentType,
                               @Param("offset") long offset, @Param("limit") int limit);

    long countStaffRoster(@Param("name") String name, @Param("idNumber") String idNumber,
                          @Param("agencies") Collection<String> agencies,
                          @Param("postStatus") String postStatus, @Param("employmentType") String employmentType);

    Optional<RosterEntryRow> byNumber(@Param("number") String number);

    /**
     * Per agency of the officers holding a credential active on {@code today}.
     *
     * @param agencies the agencies to report on; null for all, empty for none
     */
    List<AgencyReviewerCount> reviewerCounts(@Param("today") LocalDate today,
                                             @Param("agencies") Collection<String> agencies);
}
