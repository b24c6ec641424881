package cn.zhifa.training.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import static cn.zhifa.training.domain.TrainingCategory.COMPREHENSIVE_LAW;
import static cn.zhifa.training.domain.TrainingCategory.LAW_UPDATE;
import static cn.zhifa.training.domain.TrainingCategory.OTHER;
import static cn.zhifa.training.domain.TrainingCategory.POLITICAL;
import static cn.zhifa.training.domain.TrainingCategory.PROFESSIONAL_LAW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrainingDutyTest {
    private static final String OWN = "500115002";
    private static final String OTHER_AGENCY = "500115001";
    private static final LocalDate AFTER_2026 = LocalDate.of(2027, 1, 15);

    private final TrainingDuty duty = new TrainingDuty(TrainingPolicy.STANDARD);
    private final List<CreditRecord> records = new ArrayList<>();

    @Test
    void shouldBeCompliantWithSixtyLegalHoursAndAnOwnAgencyUpdate() {
        credit(COMPREHENSIVE_LAW, OTHER_AGENCY, "24");
        credit(PROFESSIONAL_LAW, OTHER_AGENCY, "30");
        credit(LAW_UPDATE, OWN, "6");

        DutyAssessment assessment = assess(AFTER_2026);

        assertTrue(assessment.compliant());
        assertEquals(DutyStatus.COMPLIANT, assessment.status());
        assertEquals(Hours.ofWhole(60), assessment.legalHours());
        assertEquals(List.of(), assessment.missing());
    }

    @Test
    void shouldNeverCountPoliticalTheoryHours() {
        credit(COMPREHENSIVE_LAW, OTHER_AGENCY, "48");
        credit(LAW_UPDATE, OWN, "0.5");
        credit(POLITICAL, OWN, "40");
        credit(OTHER, OWN, "2");

        DutyAssessment assessment = assess(AFTER_2026);

        assertEquals(Hours.parse("48.5"), assessment.legalHours());
        assertEquals(Hours.ofWhole(42), assessment.otherHours());
        assertEquals(Hours.ofWhole(40), assessment.hoursByCategory().get(POLITICAL));
        assertEquals(List.of(new MissingDuty(MissingDuty.LEGAL_HOURS, new BigDecimal("11.5"))), assessment.missing());
        assertEquals(DutyStatus.NOT_COMPLIANT, assessment.status());
    }

    @Test
    void shouldSayHowManyHoursAreLeft() {
        credit(COMPREHENSIVE_LAW, OTHER_AGENCY, "42");
        credit(LAW_UPDATE, OWN, "6");

        DutyAssessment assessment = assess(AFTER_2026);

        assertEquals(List.of(new MissingDuty(MissingDuty.LEGAL_HOURS, BigDecimal.valueOf(12))), assessment.missing());
    }

    @Test
    void shouldNotCountAnUpdateTrainingOrganisedByAnotherAgencyAsTheOwnAgencyOne() {
        credit(COMPREHENSIVE_LAW, OWN, "54");
        credit(LAW_UPDATE, OTHER_AGENCY, "6");

        DutyAssessment assessment = assess(AFTER_2026);

        assertEquals(Hours.ofWhole(60), assessment.legalHours(), "its hours still count");
        assertEquals(0, assessment.ownAgencyUpdates());
        assertEquals(List.of(new MissingDuty(MissingDuty.OWN_AGENCY_UPDATE, 1)), assessment.missing());
        assertFalse(assessment.compliant());
    }

    @Test
    void shouldListEveryUnmetDutyNotJustTheFirst() {
        DutyAssessment assessment = assess(AFTER_2026);

        assertEquals(List.of(new MissingDuty(MissingDuty.LEGAL_HOURS, BigDecimal.valueOf(60)),
                new MissingDuty(MissingDuty.OWN_AGENCY_UPDATE, 1)), assessment.missing());
    }

    @Test
    void shouldBeOnTrackMidYearWithTheProRataShare() {
        // 2026-07-02 is day 183 of 365: 60 * 183 / 365 = 30.08 hours, so 30.5 are due.
        LocalDate midYear = LocalDate.of(2026, 7, 2);
        credit(COMPREHENSIVE_LAW, OTHER_AGENCY, "30.5");

        DutyAssessment assessment = assess(midYear);

        assertEquals(Hours.parse("30.5"), assessment.expectedHours());
        assertEquals(DutyStatus.ON_TRACK, assessment.status());
        assertEquals(2, assessment.missing().size(), "still listed: hours and the update training");
    }

    @Test
    void shouldBeBehindMidYearBelowTheProRataShare() {
        credit(COMPREHENSIVE_LAW, OTHER_AGENCY, "30");
        credit(LAW_UPDATE, OWN, "6");

        assertEquals(DutyStatus.BEHIND, assess(LocalDate.of(2026, 12, 1)).status());
    }

    @Test
    void shouldExpectNothingBeforeTheYearAndEverythingAtItsLastDay() {
        assertEquals(Hours.ZERO, duty.expectedBy(2026, LocalDate.of(2025, 12, 31)));
        assertEquals(Hours.ofHalfHours(1), duty.expectedBy(2026, LocalDate.of(2026, 1, 1)));
        assertEquals(Hours.ofWhole(60), duty.expectedBy(2026, LocalDate.of(2026, 12, 31)));
        assertEquals(Hours.ofWhole(30), duty.expectedBy(2028, LocalDate.of(2028, 7, 1)), "183 of 366 days");
    }

    @Test
    void shouldNotJudgeTheYearClosedOnItsLastDay() {
        credit(COMPREHENSIVE_LAW, OTHER_AGENCY, "60");

        assertEquals(DutyStatus.ON_TRACK, assess(LocalDate.of(2026, 12, 31)).status());
        assertEquals(DutyStatus.NOT_COMPLIANT, assess(LocalDate.of(2027, 1, 1)).status());
    }

    @Test
    void shouldFollowAConfiguredPolicy() {
        TrainingDuty professionalOnly = new TrainingDuty(new TrainingPolicy(Hours.ofWhole(40),
                EnumSet.of(PROFESSIONAL_LAW), 0));
        credit(PROFESSIONAL_LAW, OTHER_AGENCY, "40");
        credit(COMPREHENSIVE_LAW, OTHER_AGENCY, "20");

        DutyAssessment assessment = professionalOnly.assess(YearlyCredits.fromRecords(OWN, records), 2026, AFTER_2026);

        assertTrue(assessment.compliant());
        assertEquals(Hours.ofWhole(40), assessment.legalHours());
        assertEquals(Hours.ofWhole(20), assessment.otherHours());
    }

    @Test
    void shouldAssessTotalsAsItAssessesTheRecordsTheyCameFrom() {
        credit(COMPREHENSIVE_LAW, OTHER_AGENCY, "20");
        credit(LAW_UPDATE, OWN, "3");
        credit(LAW_UPDATE, OWN, "3");
        YearlyCredits fromRecords = YearlyCredits.fromRecords(OWN, records);
        YearlyCredits fromTotals = new YearlyCredits(java.util.Map.of(COMPREHENSIVE_LAW, Hours.ofWhole(20),
                LAW_UPDATE, Hours.ofWhole(6)), 2);

        assertEquals(duty.assess(fromRecords, 2026, AFTER_2026), duty.assess(fromTotals, 2026, AFTER_2026));
    }

    private void credit(TrainingCategory category, String organizer, String hours) {
        records.add(new CreditRecord(category, organizer, Hours.parse(hours)));
    }

    private DutyAssessment assess(LocalDate asOf) {
        return duty.assess(YearlyCredits.fromRecords(OWN, records), 2026, asOf);
    }
}
