package cn.zhifa.planner.domain;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;

/**
 * Where an inspection whose full-process record (现场检查记录) is not final stands on a business day: one of
 * {@link State}, the first that holds, in this order:
 * <ol>
 *   <li>{@code OVERDUE} (逾期): the result deadline ({@code n} working days after the window's last day) has passed,
 *       i.e. the window ended on or before {@code lastOverdueWindowEnd};</li>
 *   <li>{@code WINDOW_ENDED}: the window's last day is before {@code asOf}, the deadline not yet passed;</li>
 *   <li>{@code INCOMPLETE}: the window is still open (or not begun) and the visit was checked in;</li>
 *   <li>{@code NOT_CHECKED_IN}: the window is still open (or not begun) and nobody checked in.</li>
 * </ol>
 * Each state is a {@link Filter} on the window's last day and on the check-in, which the list's SQL applies and
 * {@link #classify} tests, so a row's state and the filter that finds it cannot disagree. The deadline is the
 * working calendar's (the overdue report's {@code lastOverdueWindowEnd}); this class only compares days.
 */
public record RecordStanding(LocalDate asOf, LocalDate lastOverdueWindowEnd) {

    /** The states, in the order they are decided. */
    public enum State { OVERDUE, WINDOW_ENDED, INCOMPLETE, NOT_CHECKED_IN }

    /**
     * The inspections of one state: the window's last day after {@code endsAfter} (null: no lower bound) and on or
     * before {@code endsOnOrBefore} (null: no upper bound); {@code checkedIn} null: either.
     */
    public record Filter(LocalDate endsAfter, LocalDate endsOnOrBefore, Boolean checkedIn) {
        public boolean matches(LocalDate endsOn, boolean checkedIn) {
            return (endsAfter == null || endsOn.isAfter(endsAfter))
                    && (endsOnOrBefore == null || !endsOn.isAfter(endsOnOrBefore))
                    && (this.checkedIn == null || this.checkedIn == checkedIn);
        }
    }

    public RecordStanding {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(lastOverdueWindowEnd, "lastOverdueWindowEnd");
        if (!lastOverdueWindowEnd.isBefore(asOf)) {
            throw new IllegalArgumentException("a window ending on " + lastOverdueWindowEnd
                    + " cannot be overdue on " + asOf);
        }
    }

    public Filter filter(State state) {
        LocalDate ended = asOf.minusDays(1);
        return switch (state) {
            case OVERDUE -> new Filter(null, lastOverdueWindowEnd, null);
            case WINDOW_ENDED -> new Filter(lastOverdueWindowEnd, ended, null);
            case INCOMPLETE -> new Filter(ended, null, true);
            case NOT_CHECKED_IN -> new Filter(ended, null, false);
        };
    }

    /** The state of an inspection not final whose window ends on {@code endsOn}. */
    public State classify(LocalDate endsOn, boolean checkedIn) {
        return Arrays.stream(State.values()).filter(s -> filter(s).matches(endsOn, checkedIn)).findFirst()
                .orElseThrow();
    }

    /** The state named in a request, or null for a name that is none. */
    public static State state(String name) {
        return Arrays.stream(State.values()).filter(s -> s.name().equals(name)).findFirst().orElse(null);
    }
}
