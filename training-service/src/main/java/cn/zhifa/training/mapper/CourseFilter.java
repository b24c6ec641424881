package cn.zhifa.training.mapper;

import cn.zhifa.training.domain.TrainingCategory;

import java.util.List;

/**
 * Which courses to list; a {@code null} part does not filter.
 *
 * @param creditYear the year the courses count toward
 * @param organizers organising agencies (an agency and its sub-agencies, within the caller's scope); empty: none
 * @param category   the training category
 */
public record CourseFilter(Integer creditYear, List<String> organizers, TrainingCategory category) {
}
