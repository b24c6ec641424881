package cn.zhifa.planner.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the seal fixed about the draw's external value, decided with fixed clocks. */
class EntropyRuleTest {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    /** 福彩3D 第2026345期: drawn 2026-12-14 21:15 Beijing time, which is 13:15 UTC. */
    static final EntropySource LOTTERY = new EntropySource("福彩3D 第2026345期 开奖号码",
            Instant.parse("2026-12-14T13:15:00Z"));

    private static Optional<String> refusal(EntropyRule rule, String value, Clock clock) {
        return rule.refusal(Optional.of(LOTTERY), value, clock.instant()).map(RuleViolation::code);
    }

    @Test
    void shouldRefuseTheDrawBeforeTheSourcesMomentAndAcceptItFromThatMomentOn() {
        Clock before = Clock.fixed(Instant.parse("2026-12-14T13:14:59.999Z"), BEIJING);
        Clock at = Clock.fixed(Instant.parse("2026-12-14T13:15:00Z"), BEIJING);
        Clock after = Clock.fixed(Instant.parse("2026-12-15T02:00:00Z"), BEIJING);

        assertEquals(Optional.of("ENTROPY_NOT_YET_AVAILABLE"), refusal(EntropyRule.NAMED_SOURCE, "3 8 1", before));
        assertEquals(Optional.empty(), refusal(EntropyRule.NAMED_SOURCE, "3 8 1", at));
        assertEquals(Optional.empty(), refusal(EntropyRule.NAMED_SOURCE, "3 8 1", after));
        RuleViolation early = EntropyRule.NAMED_SOURCE.refusal(Optional.of(LOTTERY), "3 8 1", before.instant())
                .orElseThrow();
        assertEquals("externalEntropy", early.field());
        assertEquals("2026-12-14T21:15:00+08:00", early.args().get(1), "the moment in Beijing time");
    }

    @Test
    void shouldRequireTheSourcesValueOnceItIsOut() {
        Clock after = Clock.fixed(Instant.parse("2026-12-15T02:00:00Z"), BEIJING);
        assertEquals(Optional.of("ENTROPY_VALUE_REQUIRED"), refusal(EntropyRule.NAMED_SOURCE, "", after));
        assertEquals(Optional.of("ENTROPY_VALUE_REQUIRED"), refusal(EntropyRule.NAMED_SOURCE, "  ", after));
        assertEquals(Optional.of("ENTROPY_VALUE_REQUIRED"), refusal(EntropyRule.NAMED_SOURCE, null, after));
    }

    @Test
    void shouldTakeNoValueWithoutASourceAndAnyValueUnderTheRuleOfEarlierSeals() {
        Instant now = Instant.parse("2026-12-15T02:00:00Z");
        assertEquals("ENTROPY_SOURCE_NOT_NAMED",
                EntropyRule.NONE.refusal(Optional.empty(), "3400", now).orElseThrow().code());
        assertEquals(Optional.empty(), EntropyRule.NONE.refusal(Optional.empty(), "", now));
        assertEquals(Optional.empty(), EntropyRule.NONE.refusal(Optional.empty(), null, now));
        assertEquals(Optional.empty(), EntropyRule.AT_DRAW.refusal(Optional.empty(), "any value at all", now));
        assertEquals(EntropyRule.NAMED_SOURCE, EntropyRule.forSeal(Optional.of(LOTTERY)));
        assertEquals(EntropyRule.NONE, EntropyRule.forSeal(Optional.empty()));
    }

    @Test
    void shouldCommitToTheDescriptionAndTheMomentInBeijingTimeWholeSeconds() {
        assertEquals("2026-12-14T21:15:00+08:00", LOTTERY.availableAtText());
        assertEquals(Sha256.hex("福彩3D 第2026345期 开奖号码\n2026-12-14T21:15:00+08:00"), LOTTERY.hash());
        EntropySource sameMoment = new EntropySource(LOTTERY.description(), Instant.parse("2026-12-14T13:15:00.700Z"));
        assertEquals(LOTTERY.hash(), sameMoment.hash(), "sub-second parts are dropped, as the record shows seconds");
        assertTrue(!LOTTERY.hash().equals(new EntropySource("福彩3D 第2026346期 开奖号码", LOTTERY.availableAt()).hash()));
        EntropySource newYear = new EntropySource("x", Instant.parse("2026-12-31T16:00:00Z"));
        assertEquals("2027-01-01T00:00:00+08:00", newYear.availableAtText(), "16:00 UTC is the next day in Beijing");
    }
}
