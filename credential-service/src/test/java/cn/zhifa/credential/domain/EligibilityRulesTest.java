package cn.zhifa.credential.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static cn.zhifa.credential.domain.EligibilityRules.ASSISTANT_NEVER_HOLDS;
import static cn.zhifa.credential.domain.EligibilityRules.COMPREHENSIVE_EXAM_MISSING;
import static cn.zhifa.credential.domain.EligibilityRules.EMPLOYMENT_TYPE_BARRED;
import static cn.zhifa.credential.domain.EligibilityRules.NOT_ON_POST;
import static cn.zhifa.credential.domain.EligibilityRules.PROFESSIONAL_EXAM_MISSING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EligibilityRulesTest {
    private static final LocalDate DAY = LocalDate.of(2025, 6, 1);
    private static final Exam COMPREHENSIVE_PASS = new Exam(ExamKind.COMPREHENSIVE_LAW, true, new BigDecimal("82"), DAY);
    private static final Exam COMPREHENSIVE_FAIL = new Exam(ExamKind.COMPREHENSIVE_LAW, false, new BigDecimal("41"), DAY);
    private static final Exam PROFESSIONAL_PASS = new Exam(ExamKind.PROFESSIONAL_LAW, true, null, DAY);
    private static final Exam PROFESSIONAL_FAIL = new Exam(ExamKind.PROFESSIONAL_LAW, false, null, DAY);

    private static final List<List<Exam>> EXAM_HISTORIES = List.of(
            List.of(),
            List.of(COMPREHENSIVE_PASS),
            List.of(PROFESSIONAL_PASS),
            List.of(COMPREHENSIVE_PASS, PROFESSIONAL_PASS),
            List.of(COMPREHENSIVE_FAIL, PROFESSIONAL_FAIL),
            List.of(COMPREHENSIVE_FAIL, COMPREHENSIVE_PASS, PROFESSIONAL_FAIL),
            List.of(PROFESSIONAL_FAIL, PROFESSIONAL_PASS, COMPREHENSIVE_FAIL),
            List.of(COMPREHENSIVE_PASS, COMPREHENSIVE_FAIL, PROFESSIONAL_PASS, PROFESSIONAL_FAIL));

    @Test
    void shouldFindEveryUnmetRuleForEveryCombinationOfStandingAndExams() {
        int cases = 0;
        for (EmploymentType type : EmploymentType.values()) {
            for (PostStatus post : PostStatus.values()) {
                for (boolean qualification : new boolean[] {false, true}) {
                    for (List<Exam> exams : EXAM_HISTORIES) {
                        OfficerStanding officer = new OfficerStanding(type, post, qualification, "500115002");
                        assertEquals(expected(type, post, qualification, exams),
                                codes(EligibilityRules.check(officer, exams, EligibilityPolicy.standard())),
                                type + "/" + post + "/qualification=" + qualification + "/" + exams);
                        cases++;
                    }
                }
            }
        }
        assertEquals(7 * 4 * 2 * EXAM_HISTORIES.size(), cases);
    }

    // The rules restated independently of the implementation, one line each.
    private static List<String> expected(EmploymentType type, PostStatus post, boolean qualification, List<Exam> exams) {
        List<String> codes = new ArrayList<>();
        if (type == EmploymentType.ASSISTANT) {
            codes.add(ASSISTANT_NEVER_HOLDS);
        }
        if (type != EmploymentType.REGULAR && type != EmploymentType.ASSISTANT) {
            codes.add(EMPLOYMENT_TYPE_BARRED);
        }
        if (post != PostStatus.ON_POST) {
            codes.add(NOT_ON_POST);
        }
        if (!qualification && !exams.contains(COMPREHENSIVE_PASS)) {
            codes.add(COMPREHENSIVE_EXAM_MISSING);
        }
        if (!exams.contains(PROFESSIONAL_PASS)) {
            codes.add(PROFESSIONAL_EXAM_MISSING);
        }
        return codes;
    }

    @Test
    void shouldReportTheBarredEmploymentTypeAndPostStatusAsArguments() {
        List<UnmetRule> unmet = EligibilityRules.check(
                new OfficerStanding(EmploymentType.BORROWED, PostStatus.RETIRED, false, "500115002"),
                List.of(), EligibilityPolicy.standard());
        assertEquals(List.of(UnmetRule.of(EMPLOYMENT_TYPE_BARRED, "BORROWED"), UnmetRule.of(NOT_ON_POST, "RETIRED"),
                UnmetRule.of(COMPREHENSIVE_EXAM_MISSING), UnmetRule.of(PROFESSIONAL_EXAM_MISSING)), unmet);
    }

    @Test
    void shouldExemptLegalQualificationFromTheComprehensiveExamOnly() {
        OfficerStanding qualified = new OfficerStanding(EmploymentType.REGULAR, PostStatus.ON_POST, true, "500115002");
        assertEquals(List.of(UnmetRule.of(PROFESSIONAL_EXAM_MISSING)),
                EligibilityRules.check(qualified, List.of(), EligibilityPolicy.standard()));
        assertTrue(EligibilityRules.check(qualified, List.of(PROFESSIONAL_PASS), EligibilityPolicy.standard()).isEmpty());
    }

    @Test
    void shouldRequireTheComprehensiveExamOfQualifiedOfficersWhenThePolicyGrantsNoExemption() {
        OfficerStanding qualified = new OfficerStanding(EmploymentType.REGULAR, PostStatus.ON_POST, true, "500115002");
        EligibilityPolicy strict = new EligibilityPolicy(EnumSet.of(EmploymentType.REGULAR), false);
        assertEquals(List.of(UnmetRule.of(COMPREHENSIVE_EXAM_MISSING)),
                EligibilityRules.check(qualified, List.of(PROFESSIONAL_PASS), strict));
    }

    @Test
    void shouldFollowAWiderPolicyButNeverLetAssistantsHold() {
        EligibilityPolicy wider = new EligibilityPolicy(EnumSet.of(EmploymentType.REGULAR, EmploymentType.PROBATION), true);
        OfficerStanding probation = new OfficerStanding(EmploymentType.PROBATION, PostStatus.ON_POST, false, "500115002");
        assertTrue(EligibilityRules.check(probation, List.of(COMPREHENSIVE_PASS, PROFESSIONAL_PASS), wider).isEmpty());
        assertThrows(IllegalArgumentException.class,
                () -> new EligibilityPolicy(Set.of(EmploymentType.REGULAR, EmploymentType.ASSISTANT), true));
        assertThrows(IllegalArgumentException.class, () -> new EligibilityPolicy(Set.of(), true));
    }

    private static List<String> codes(List<UnmetRule> unmet) {
        return unmet.stream().map(UnmetRule::code).toList();
    }
}
