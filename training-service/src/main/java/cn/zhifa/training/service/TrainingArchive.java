package cn.zhifa.training.service;

import cn.zhifa.training.mapper.Officer;

import java.time.LocalDate;
import java.util.List;

/**
 * 培训档案: an officer's training over all years.
 *
 * @param officer the officer
 * @param asOf    the day the years were assessed
 * @param years   every year with attendance, newest first
 */
public record TrainingArchive(Officer officer, LocalDate asOf, List<OfficerCredits> years) {
    public TrainingArchive {
        years = List.copyOf(years);
    }
}
