package cn.zhifa.platform.jobs;

import cn.zhifa.platform.error.ProblemException;
import cn.zhifa.platform.error.Violation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JobProblemsTest {

    private static Job refused(int status, String code, String detail) {
        return new Job(7, "k", null, "{}", Job.REFUSED, Job.PHASE_FINISHED, "p-1", "planner", null, "i", 1, 0L, 0L, 0L,
                0L, null, status, code, detail);
    }

    @Test
    void shouldGiveBackTheSameRefusalWithIntegralArgumentsAsNumbersAgain() {
        ProblemException original = ProblemException.rejected(List.of(
                Violation.of("teams", "TEAM_SHORTAGE", "500115", "FOOD", 12, 3, 30),
                Violation.of(null, "RATIO", 0.25)));
        ProblemException again = JobProblems.of(refused(422, original.code(), JobProblems.toJson(original)));
        assertEquals(422, again.status());
        assertEquals("BUSINESS_RULE_REFUSED", again.code());
        assertEquals(List.of(new Violation("teams", "TEAM_SHORTAGE", List.of("500115", "FOOD", 12L, 3L, 30L)),
                new Violation(null, "RATIO", List.of(new java.math.BigDecimal("0.25")))), again.violations());
    }

    @Test
    void shouldKeepTheStatusAndArgumentsOfAConflict() {
        ProblemException again = JobProblems.of(refused(409, "PLAN_ALREADY_DRAWN",
                JobProblems.toJson(ProblemException.conflict("PLAN_ALREADY_DRAWN", 42L))));
        assertEquals(409, again.status());
        assertEquals(List.of(42L), again.args());
    }

    @Test
    void shouldAnswerAnOldRowWithoutDetailByItsCode() {
        ProblemException again = JobProblems.of(refused(409, "PLAN_ALREADY_DRAWN", null));
        assertEquals("PLAN_ALREADY_DRAWN", again.code());
        assertEquals(List.of(7L), again.args());
    }
}
