package cn.zhifa.training.mapper;

import cn.zhifa.db.testing.DatabaseTest;
import cn.zhifa.platform.testing.CredentialTables;
import cn.zhifa.platform.testing.Sql;
import cn.zhifa.training.domain.Hours;
import cn.zhifa.training.domain.TrainingCategory;
import cn.zhifa.training.domain.TrainingPolicy;
import cn.zhifa.training.service.AttendanceCorrection;
import cn.zhifa.training.service.AttendanceEntry;
import cn.zhifa.training.service.AttendanceService;
import cn.zhifa.training.service.CourseDraft;
import cn.zhifa.training.service.CourseService;
import cn.zhifa.training.testing.Totals;
import cn.zhifa.training.testing.TrainingSteps;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The mappers and the bulk writer on the migrated database; writes are checked with plain JDBC. */
@HelidonTest
@DatabaseTest
class TrainingMappersTest {
    private static final String AGENCY = "500115007";

    @Inject
    CourseService courses;
    @Inject
    AttendanceService attendance;
    @Inject
    ComplianceMapper compliance;

    @Test
    void shouldKeepTheYearlyTotalsEqualToTheAttendanceTheyAddUp() {
        long officer = CredentialTables.officer("周五", AGENCY);
        long update = course(TrainingCategory.LAW_UPDATE, "6", 2027);
        long professional = course(TrainingCategory.PROFESSIONAL_LAW, "10", 2027);
        attendance.record(update, List.of(AttendanceEntry.byId(officer, new BigDecimal("6"))));
        attendance.record(professional, List.of(AttendanceEntry.byId(officer, new BigDecimal("9.5"))));
        attendance.correct(professional, officer, new AttendanceCorrection(new BigDecimal("8"), "补录更正", 1));

        assertEquals(16, Sql.number("SELECT professional_half_hours FROM trn_year_total"
                + " WHERE credit_year = 2027 AND officer_id = ?", officer));
        assertEquals(1, Sql.number("SELECT course_count FROM trn_update_total"
                + " WHERE credit_year = 2027 AND officer_id = ? AND organizer_agency = ?", officer, AGENCY));
        // The invariant over every officer and year in the database, whatever other tests wrote.
        assertEquals(0, Totals.yearTotalMismatches());
        assertEquals(0, Totals.updateTotalMismatches());
    }

    @Test
    void shouldOrderTheReportByTheConfiguredCountingCategories() {
        long politicalOnly = CredentialTables.officer("吴六", AGENCY);
        long professionalOnly = CredentialTables.officer("郑七", AGENCY);
        attendance.record(course(TrainingCategory.POLITICAL, "40", 2029),
                List.of(AttendanceEntry.byId(politicalOnly, new BigDecimal("40"))));
        attendance.record(course(TrainingCategory.PROFESSIONAL_LAW, "4", 2029),
                List.of(AttendanceEntry.byId(professionalOnly, new BigDecimal("4"))));
        TrainingPolicy policy = new TrainingPolicy(Hours.ofWhole(60), EnumSet.of(TrainingCategory.PROFESSIONAL_LAW), 1);
        ComplianceQuery query = new ComplianceQuery(2029, List.of(AGENCY), List.of("ON_POST"), List.of("ASSISTANT"),
                CategoryWeights.of(policy), 120, 1);

        List<Long> order = compliance.page(query, 0, 500).stream().map(ComplianceLine::officerId)
                .filter(id -> id == politicalOnly || id == professionalOnly).toList();

        assertEquals(List.of(politicalOnly, professionalOnly), order, "40 political hours count for nothing");
        assertEquals(compliance.count(query), compliance.page(query, 0, 500).size());
    }

    @Test
    void shouldLeaveOfficersOffPostAndAssistantsOutOfTheReport() {
        long retired = CredentialTables.officer("冯八", AGENCY, "REGULAR", "RETIRED");
        long assistant = CredentialTables.officer("陈九", AGENCY, "ASSISTANT", "ON_POST");
        ComplianceQuery query = new ComplianceQuery(2029, List.of(AGENCY), List.of("ON_POST"), List.of("ASSISTANT"),
                CategoryWeights.of(TrainingPolicy.STANDARD), 120, 1);

        List<Long> listed = compliance.page(query, 0, 500).stream().map(ComplianceLine::officerId).toList();

        assertEquals(false, listed.contains(retired));
        assertEquals(false, listed.contains(assistant));
    }

    private long course(TrainingCategory category, String hours, int year) {
        LocalDate day = LocalDate.of(year, 3, 1);
        return courses.create(new CourseDraft("映射测试", category.name(), AGENCY, new BigDecimal(hours), day,
                day.plusDays(TrainingSteps.daysFor(hours) - 1),
                "ONLINE", null)).id();
    }
}
