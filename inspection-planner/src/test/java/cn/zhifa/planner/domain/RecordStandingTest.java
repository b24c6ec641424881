package cn.zhifa.planner.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import cn.zhifa.planner.domain.RecordStanding.State;
import cn.zhifa.planner.service.WorkingCalendar;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Where a record that is not final stands: each state at its edges, and the day taken in Beijing. */
class RecordStandingTest {
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final LocalDate AS_OF = LocalDate.of(2027, 3, 10);
    private static final RecordStanding STANDING = new RecordStanding(AS_OF, LocalDate.of(2027, 2, 5));

    @Test
    void shouldBeOverdueUpToTheLastWindowEndWhoseDeadlinePassed() {
        assertEquals(State.OVERDUE, STANDING.classify(LocalDate.of(2027, 2, 5), true));
        assertEquals(State.OVERDUE, STANDING.classify(LocalDate.of(2026, 12, 31), false));
        assertEquals(State.WINDOW_ENDED, STANDING.classify(LocalDate.of(2027, 2, 6), false));
    }

    @Test
    void shouldHaveEndedTheWindowTheDayAfterItsLastDay() {
        assertEquals(State.WINDOW_ENDED, STANDING.classify(AS_OF.minusDays(1), true));
        assertEquals(State.INCOMPLETE, STANDING.classify(AS_OF, true));
        assertEquals(State.NOT_CHECKED_IN, STANDING.classify(AS_OF, false));
    }

    @Test
    void shouldTellIncompleteFromNotCheckedInWhileTheWindowIsOpen() {
        assertEquals(State.INCOMPLETE, STANDING.classify(AS_OF.plusDays(30), true));
        assertEquals(State.NOT_CHECKED_IN, STANDING.classify(AS_OF.plusDays(30), false));
    }

    @Test
    void shouldFindEveryRecordUnderExactlyOneFilter() {
        for (LocalDate endsOn = LocalDate.of(2027, 1, 1); endsOn.isBefore(LocalDate.of(2027, 5, 1));
             endsOn = endsOn.plusDays(1)) {
            for (boolean checkedIn : List.of(true, false)) {
                LocalDate e = endsOn;
                List<State> matching = Arrays.stream(State.values())
                        .filter(s -> STANDING.filter(s).matches(e, checkedIn)).toList();
                assertEquals(List.of(STANDING.classify(endsOn, checkedIn)), matching, endsOn + " " + checkedIn);
            }
        }
    }

    @Test
    void shouldTurnOverdueAtBeijingMidnightAfterTheDeadlineCountedInWorkingDays() {
        // a calendar with a holiday week and a Saturday worked in exchange (调休)
        WorkingCalendar calendar = new WorkingCalendar(
                List.of(LocalDate.of(2027, 2, 8), LocalDate.of(2027, 2, 9), LocalDate.of(2027, 2, 10),
                        LocalDate.of(2027, 2, 11), LocalDate.of(2027, 2, 12)),
                List.of(LocalDate.of(2027, 2, 6)));
        LocalDate endsOn = LocalDate.of(2027, 1, 29);
        assertEquals(LocalDate.of(2027, 3, 4), calendar.plusWorkingDays(endsOn, 20));

        // 2027-03-04 23:59:59 in Beijing is 15:59:59 UTC; a second later Beijing is on 5 March, UTC still on the 4th
        Clock lastSecond = Clock.fixed(Instant.parse("2027-03-04T15:59:59Z"), BEIJING);
        Clock midnight = Clock.fixed(Instant.parse("2027-03-04T16:00:00Z"), BEIJING);
        assertEquals(State.WINDOW_ENDED, standing(lastSecond, calendar).classify(endsOn, true));
        assertEquals(State.OVERDUE, standing(midnight, calendar).classify(endsOn, true));
        assertEquals(State.OVERDUE, standing(midnight, calendar).classify(endsOn, false));
    }

    private static RecordStanding standing(Clock clock, WorkingCalendar calendar) {
        LocalDate day = LocalDate.now(clock);
        return new RecordStanding(day, calendar.lastOverdueWindowEnd(day, 20));
    }

    @Test
    void shouldRefuseADeadlineThatIsNotBeforeTheDay() {
        assertThrows(IllegalArgumentException.class, () -> new RecordStanding(AS_OF, AS_OF));
    }

    @Test
    void shouldNameTheStatesARequestMayAskFor() {
        assertEquals(State.OVERDUE, RecordStanding.state("OVERDUE"));
        assertNull(RecordStanding.state("overdue"));
        assertNull(RecordStanding.state(null));
    }
}
