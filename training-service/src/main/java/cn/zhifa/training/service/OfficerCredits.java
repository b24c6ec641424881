package cn.zhifa.training.service;

import cn.zhifa.training.domain.DutyAssessment;
import cn.zhifa.training.mapper.CreditLine;
import cn.zhifa.training.mapper.Officer;

import java.util.List;

/**
 * One officer's training year: the duty assessed today and the attendance behind it.
 *
 * @param officer    the officer
 * @param assessment the yearly duty
 * @param records    the year's attendances with their courses, oldest first
 */
public record OfficerCredits(Officer officer, DutyAssessment assessment, List<CreditLine> records) {
    public OfficerCredits {
        records = List.copyOf(records);
    }
}
