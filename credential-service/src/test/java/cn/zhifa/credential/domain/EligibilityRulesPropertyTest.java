package cn.zhifa.credential.domain;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Credential eligibility over generated officers, exams and policies (property-based, jqwik). */
class EligibilityRulesPropertyTest {

    @Provide
    Arbitrary<OfficerStanding> officers() {
        return Combinators.combine(Arbitraries.of(EmploymentType.class), Arbitraries.of(PostStatus.class),
                Arbitraries.of(true, false), Arbitraries.of("500115002", "500101002"))
                .as(OfficerStanding::new);
    }

    @Provide
    Arbitrary<List<Exam>> exams() {
        Arbitrary<Exam> exam = Combinators.combine(Arbitraries.of(ExamKind.class), Arbitraries.of(true, false),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal(100)).ofScale(1).injectNull(0.2),
                Arbitraries.integers().between(0, 3650).map(d -> LocalDate.of(2016, 1, 1).plusDays(d)))
                .as(Exam::new);
        return exam.list().ofMaxSize(6);
    }

    @Provide
    Arbitrary<EligibilityPolicy> policies() {
        Arbitrary<Set<EmploymentType>> types = Arbitraries.of(EnumSet.complementOf(EnumSet.of(EmploymentType.ASSISTANT)))
                .set().ofMinSize(1);
        return Combinators.combine(types, Arbitraries.of(true, false)).as(EligibilityPolicy::new);
    }

    private static boolean passed(List<Exam> exams, ExamKind kind) {
        return exams.stream().anyMatch(e -> e.kind() == kind && e.passed());
    }

    @Property
    void eligibleExactlyWhenEveryRuleIsMet(@ForAll("officers") OfficerStanding officer, @ForAll("exams") List<Exam> exams,
                                           @ForAll("policies") EligibilityPolicy policy) {
        boolean expected = officer.employmentType() != EmploymentType.ASSISTANT
                && policy.eligibleEmploymentTypes().contains(officer.employmentType())
                && officer.postStatus() == PostStatus.ON_POST
                && (passed(exams, ExamKind.COMPREHENSIVE_LAW)
                || officer.legalQualification() && policy.qualificationExemptsComprehensiveExam())
                && passed(exams, ExamKind.PROFESSIONAL_LAW);
        assertEquals(expected, EligibilityRules.check(officer, exams, policy).isEmpty());
    }

    @Property
    void everyUnmetRuleIsReportedOnce(@ForAll("officers") OfficerStanding officer, @ForAll("exams") List<Exam> exams,
                                      @ForAll("policies") EligibilityPolicy policy) {
        List<String> codes = EligibilityRules.check(officer, exams, policy).stream().map(UnmetRule::code).toList();
        assertEquals(Set.copyOf(codes).size(), codes.size(), "no rule twice: " + codes);
        assertEquals(officer.postStatus() != PostStatus.ON_POST, codes.contains(EligibilityRules.NOT_ON_POST));
        assertEquals(!passed(exams, ExamKind.PROFESSIONAL_LAW), codes.contains(EligibilityRules.PROFESSIONAL_EXAM_MISSING));
        assertEquals(officer.employmentType() == EmploymentType.ASSISTANT,
                codes.contains(EligibilityRules.ASSISTANT_NEVER_HOLDS));
    }

    @Property
    void anAssistantIsNeverEligible(@ForAll("officers") OfficerStanding officer, @ForAll("exams") List<Exam> exams,
                                    @ForAll("policies") EligibilityPolicy policy) {
        OfficerStanding assistant = new OfficerStanding(EmploymentType.ASSISTANT, PostStatus.ON_POST, true,
                officer.agencyCode());
        List<Exam> all = new ArrayList<>(exams);
        all.add(new Exam(ExamKind.COMPREHENSIVE_LAW, true, null, LocalDate.of(2025, 1, 1)));
        all.add(new Exam(ExamKind.PROFESSIONAL_LAW, true, null, LocalDate.of(2025, 1, 1)));
        assertFalse(EligibilityRules.check(assistant, all, policy).isEmpty());
    }

    @Property
    void anotherPassedExamNeverAddsAnUnmetRule(@ForAll("officers") OfficerStanding officer,
                                                @ForAll("exams") List<Exam> exams,
                                                @ForAll("policies") EligibilityPolicy policy,
                                                @ForAll ExamKind kind) {
        List<UnmetRule> before = EligibilityRules.check(officer, exams, policy);
        List<Exam> more = new ArrayList<>(exams);
        more.add(new Exam(kind, true, new BigDecimal(80), LocalDate.of(2025, 6, 1)));
        assertTrue(before.containsAll(EligibilityRules.check(officer, more, policy)));
    }

    @Property
    void theOrderOfTheExamsDoesNotMatter(@ForAll("officers") OfficerStanding officer, @ForAll("exams") List<Exam> exams,
                                         @ForAll("policies") EligibilityPolicy policy, @ForAll long seed) {
        List<Exam> shuffled = new ArrayList<>(exams);
        Collections.shuffle(shuffled, new Random(seed));
        assertEquals(EligibilityRules.check(officer, exams, policy), EligibilityRules.check(officer, shuffled, policy));
    }
}
