package cn.zhifa.planner.domain;

import java.time.LocalDate;
import java.util.List;

import cn.zhifa.planner.domain.InspectorStanding.Exclusion;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class InspectorStandingTest {

    // A window over the year's end and 29 February (a leap year), dates fixed: the rule compares days only.
    private static final LocalDate STARTS = LocalDate.of(2027, 12, 30);
    private static final LocalDate ENDS = LocalDate.of(2028, 2, 29);

    private static InspectorStanding standing(String status, LocalDate from, LocalDate until, String post,
                                              String cleanup) {
        return new InspectorStanding(status, from, until, post, cleanup);
    }

    @Test
    void anActiveCredentialOnPostCoveringTheWholeWindowInspects() {
        assertEquals(List.of(), standing("ACTIVE", STARTS, ENDS, "ON_POST", null).exclusions(STARTS, ENDS));
    }

    @Test
    void aRetiredHolderOnTheCleanUpListDoesNotInspectThoughTheCredentialIsStillActive() {
        assertEquals(List.of(Exclusion.NOT_ON_POST, Exclusion.ON_CLEANUP_LIST),
                standing("ACTIVE", STARTS, ENDS, "RETIRED", "HOLDER_RETIRED").exclusions(STARTS, ENDS));
    }

    @Test
    void aHolderOnPostWhoseCredentialIsListedForAnotherReasonDoesNotInspect() {
        assertEquals(List.of(Exclusion.ON_CLEANUP_LIST),
                standing("ACTIVE", STARTS, ENDS, "ON_POST", "HOLDER_TRANSFERRED").exclusions(STARTS, ENDS));
    }

    @Test
    void aCredentialMustBeActiveFromTheFirstToTheLastDayOfTheWindow() {
        assertEquals(List.of(Exclusion.CREDENTIAL_STARTS_AFTER_WINDOW_START),
                standing("ACTIVE", STARTS.plusDays(1), ENDS, "ON_POST", null).exclusions(STARTS, ENDS));
        assertEquals(List.of(Exclusion.CREDENTIAL_ENDS_BEFORE_WINDOW_END),
                standing("ACTIVE", STARTS, ENDS.minusDays(1), "ON_POST", null).exclusions(STARTS, ENDS));
        assertEquals(List.of(Exclusion.CREDENTIAL_SUSPENDED),
                standing("SUSPENDED", STARTS, ENDS, "ON_POST", null).exclusions(STARTS, ENDS));
    }
}
