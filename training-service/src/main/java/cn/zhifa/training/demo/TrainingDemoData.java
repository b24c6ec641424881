package cn.zhifa.training.demo;

import cn.zhifa.platform.demo.DemoDataSet;
import cn.zhifa.training.domain.Course;
import cn.zhifa.training.domain.CourseMode;
import cn.zhifa.training.domain.TrainingCategory;
import cn.zhifa.training.mapper.Officer;
import cn.zhifa.training.mapper.OfficerMapper;
import cn.zhifa.training.service.AttendanceEntry;
import cn.zhifa.training.service.AttendanceService;
import cn.zhifa.training.service.CourseDraft;
import cn.zhifa.training.service.CourseService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Courses and attendance for the demo officers (read through credential-service's view), last year and
 * this year, through the services so that every record has its audit event. Officers take turns in
 * four profiles: compliant; short of hours; enough hours but no update training of their own agency;
 * compliant last year and partway this year.
 */
@ApplicationScoped
public class TrainingDemoData implements DemoDataSet {
    /** Comprehensive legal training is organised by the district's judicial bureau (长寿区司法局). */
    private static final String JUDICIAL_BUREAU = "500115001";
    private static final int MAX_OFFICERS = 500;

    private final OfficerMapper officers;
    private final CourseService courses;
    private final AttendanceService attendance;
    private final Clock clock;

    @Inject
    public TrainingDemoData(OfficerMapper officers, CourseService courses, AttendanceService attendance, Clock clock) {
        this.officers = officers;
        this.courses = courses;
        this.attendance = attendance;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String name() {
        return "training courses and attendance";
    }

    @Override
    public void load() {
        List<Officer> demoOfficers = officers.first(MAX_OFFICERS);
        int thisYear = LocalDate.now(clock).getYear();
        loadYear(thisYear - 1, demoOfficers, true);
        loadYear(thisYear, demoOfficers, false);
    }

    private void loadYear(int year, List<Officer> demoOfficers, boolean pastYear) {
        Course comprehensive = course(year, "行政执法综合法律知识培训", TrainingCategory.COMPREHENSIVE_LAW,
                JUDICIAL_BUREAU, 30, 3, CourseMode.OFFLINE);
        Course political = course(year, "党性教育专题培训", TrainingCategory.POLITICAL, JUDICIAL_BUREAU, 8, 4,
                CourseMode.OFFLINE);
        Course caseTeaching = course(year, "行政处罚典型案例教学", TrainingCategory.PROFESSIONAL_LAW, JUDICIAL_BUREAU, 6, 5,
                CourseMode.CASE_TEACHING);
        Map<Course, List<AttendanceEntry>> plan = new LinkedHashMap<>();
        Map<String, Course[]> agencyCourses = new LinkedHashMap<>();
        for (int i = 0; i < demoOfficers.size(); i++) {
            Officer officer = demoOfficers.get(i);
            Course[] own = agencyCourses.computeIfAbsent(officer.agencyCode(), agency -> new Course[]{
                    course(year, "专业法律知识培训", TrainingCategory.PROFESSIONAL_LAW, agency, 24, 6, CourseMode.ONLINE),
                    course(year, "法律知识更新培训", TrainingCategory.LAW_UPDATE, agency, 6, 2, CourseMode.OFFLINE)});
            int profile = i % 4;
            attend(plan, political, officer);
            if (profile == 1 && !pastYear) {
                // short of hours: comprehensive training only
                attend(plan, comprehensive, officer);
                continue;
            }
            attend(plan, comprehensive, officer);
            if (profile == 3 && !pastYear) {
                // partway through the year: the update training done, the rest to come
                attend(plan, own[1], officer);
                continue;
            }
            attend(plan, own[0], officer);
            if (profile == 2) {
                // enough hours, but no update training of the own agency
                attend(plan, caseTeaching, officer);
            } else {
                attend(plan, own[1], officer);
            }
        }
        plan.forEach((course, entries) -> attendance.record(course.id(), entries));
    }

    private static void attend(Map<Course, List<AttendanceEntry>> plan, Course course, Officer officer) {
        plan.computeIfAbsent(course, c -> new ArrayList<>())
                .add(AttendanceEntry.byId(officer.id(), course.hours().toDecimal()));
    }

    private Course course(int year, String title, TrainingCategory category, String organizer, int hours, int month,
                          CourseMode mode) {
        LocalDate startsOn = LocalDate.of(year, month, 10);
        return courses.create(new CourseDraft(year + "年" + title, category.name(), organizer, BigDecimal.valueOf(hours),
                startsOn, startsOn.plusDays(hours > 8 ? 4 : 0), mode.name(), null));
    }
}
