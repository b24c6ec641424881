package cn.zhifa.training.domain;

import java.time.LocalDate;

/**
 * 培训课程: a course an agency organised, and the most hours an attendee can be credited for it.
 *
 * @param id              the course id ({@code 0} before it is stored)
 * @param title           the title
 * @param category        the training category, which decides whether its hours are legal hours
 * @param organizerAgency the code of the organising agency (组织单位)
 * @param hours           the course's class hours
 * @param startsOn        the first day
 * @param endsOn          the last day; the course counts toward this day's year
 * @param mode            how it is delivered
 * @param version         optimistic-locking version
 */
public record Course(long id, String title, TrainingCategory category, String organizerAgency, Hours hours,
                     LocalDate startsOn, LocalDate endsOn, CourseMode mode, int version) {

    /** The year whose duty the course's hours count toward: the year it ends in. */
    public int creditYear() {
        return endsOn.getYear();
    }

    /** Whether {@code credited} hours can be credited for this course (never more than the course has). */
    public boolean allows(Hours credited) {
        return credited.compareTo(hours) <= 0;
    }

    public Course withId(long newId) {
        return new Course(newId, title, category, organizerAgency, hours, startsOn, endsOn, mode, version);
    }
}
