package cn.zhifa.training.mapper;

import cn.zhifa.training.domain.CourseMode;
import cn.zhifa.training.domain.CreditRecord;
import cn.zhifa.training.domain.Hours;
import cn.zhifa.training.domain.TrainingCategory;

import java.time.LocalDate;

/**
 * One officer's attendance with its course: a line of the officer's credits and training archive.
 *
 * @param courseId        the course
 * @param title           the course title
 * @param category        the course's category
 * @param organizerAgency the organising agency
 * @param mode            how it was delivered
 * @param startsOn        first day
 * @param endsOn          last day (its year is the credit year)
 * @param hours           the credited hours
 */
public record CreditLine(long courseId, String title, TrainingCategory category, String organizerAgency,
                         CourseMode mode, LocalDate startsOn, LocalDate endsOn, Hours hours) {

    public int creditYear() {
        return endsOn.getYear();
    }

    public CreditRecord toCreditRecord() {
        return new CreditRecord(category, organizerAgency, hours);
    }
}
