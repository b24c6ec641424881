package cn.zhifa.platform.web;

import cn.zhifa.platform.error.ProblemException;
import cn.zhifa.platform.error.Violation;
import cn.zhifa.platform.error.Violations;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RequestValuesTest {
    private enum Level { LOW, HIGH }

    @Test
    void shouldReadADayAndNameTheParameterAndTheRuleOfOneItRefuses() {
        assertEquals(LocalDate.of(2028, 2, 29), RequestValues.day("asOf", "2028-02-29"));
        assertNull(RequestValues.day("asOf", null));
        assertRefused("DATE_INVALID", "2027-02-29");
        assertRefused("DATE_INVALID", "2026/12/07");
        assertRefused("DATE_TOO_EARLY", "-999999999-01-01");
        assertRefused("DATE_TOO_EARLY", RequestValues.EARLIEST_DAY.minusDays(1).toString());
        assertRefused("DATE_TOO_LATE", "+999999999-12-31");
        assertRefused("DATE_TOO_LATE", RequestValues.LATEST_DAY.plusDays(1).toString());
        assertEquals(RequestValues.LATEST_DAY, RequestValues.day("asOf", RequestValues.LATEST_DAY.toString()));
        assertTrue(ChronoUnit.YEARS.between(RequestValues.EARLIEST_DAY, RequestValues.LATEST_DAY) < 1_000,
                "a range where year and working-day arithmetic cannot overflow");
    }

    @Test
    void shouldNameTheAllowedConstantsOfAnUnknownChoice() {
        Violations violations = new Violations();
        assertEquals(Level.HIGH, RequestValues.choice(Level.class, " high ", "riskLevel", "LEVEL_UNKNOWN", violations));
        assertNull(RequestValues.choice(Level.class, null, "riskLevel", "LEVEL_UNKNOWN", violations));
        assertTrue(violations.isEmpty());
        assertNull(RequestValues.choice(Level.class, "EXTREME", "riskLevel", "LEVEL_UNKNOWN", violations));
        assertEquals("LEVEL_UNKNOWN", violations.list().getFirst().code());
        assertEquals("LOW, HIGH", violations.list().getFirst().args().get(1));
    }

    @Test
    void shouldRefuseAMissingRequiredChoiceAsUnknown() {
        Violations violations = new Violations();
        assertEquals(Level.LOW, RequestValues.requiredChoice(Level.class, "low", "rows[1].riskLevel", "LEVEL_UNKNOWN",
                violations));
        assertTrue(violations.isEmpty());
        assertNull(RequestValues.requiredChoice(Level.class, " ", "rows[1].riskLevel", "LEVEL_UNKNOWN", violations));
        assertNull(RequestValues.requiredChoice(Level.class, "EXTREME", "rows[2].riskLevel", "LEVEL_UNKNOWN",
                violations));
        assertEquals(List.of("rows[1].riskLevel", "rows[2].riskLevel"),
                violations.list().stream().map(Violation::field).toList());
        assertEquals("LOW, HIGH", violations.list().getFirst().args().get(1));
    }

    @Test
    void shouldRequireABody() {
        assertEquals("body", RequestValues.requireBody("body"));
        assertEquals("BODY_REQUIRED", assertThrows(ProblemException.class, () -> RequestValues.requireBody(null))
                .violations().getFirst().code());
    }

    private static void assertRefused(String code, String text) {
        ProblemException refused = assertThrows(ProblemException.class, () -> RequestValues.day("asOf", text), text);
        assertEquals(400, refused.status());
        assertEquals("asOf", refused.violations().getFirst().field());
        assertEquals(code, refused.violations().getFirst().code(), text);
    }
}
