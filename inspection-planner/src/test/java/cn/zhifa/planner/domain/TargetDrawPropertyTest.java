package cn.zhifa.planner.domain;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The target draw over generated directories, ratios and seeds (property-based, jqwik): the same
 * inputs give the same draw, in whatever order the targets come; each stratum draws exactly
 * {@code ceil(min(1, ratio × multiplier) × N)}; no target is drawn twice and only eligible ones are.
 */
class TargetDrawPropertyTest {

    /** One generated draw: the server seed, entropy, rules and targets with distinct credit codes. */
    record Input(String serverSeed, String entropy, SamplingRules rules, List<DrawTarget> targets) {
    }

    @Provide
    Arbitrary<Input> inputs() {
        Arbitrary<String> serverSeed = Arbitraries.strings().withChars("0123456789abcdef".toCharArray()).ofLength(64);
        Arbitrary<String> entropy = Arbitraries.strings().ofMaxLength(40).injectNull(0.1);
        Arbitrary<BigDecimal> ratio = Arbitraries.integers().between(0, 10_000).map(i -> BigDecimal.valueOf(i, 4));
        Arbitrary<BigDecimal> multiplier = Arbitraries.integers().between(0, 30_000).map(i -> BigDecimal.valueOf(i, 4));
        Arbitrary<Map<RiskLevel, BigDecimal>> ratios = Arbitraries.maps(Arbitraries.of(RiskLevel.class), ratio)
                .ofMaxSize(RiskLevel.values().length);
        Arbitrary<Map<CreditLevel, BigDecimal>> multipliers = Arbitraries.maps(Arbitraries.of(CreditLevel.class), multiplier)
                .ofMaxSize(CreditLevel.values().length);
        Arbitrary<String> code = Arbitraries.strings().withChars(CreditCode.ALPHABET.toCharArray()).ofLength(10)
                .map(tail -> "91500115" + tail);
        Arbitrary<DrawTarget> target = Combinators.combine(code, Arbitraries.of(RiskLevel.class), Arbitraries.of(CreditLevel.class))
                .as(DrawTarget::new);
        Arbitrary<List<DrawTarget>> targets = target.list().ofMaxSize(120).uniqueElements(DrawTarget::creditCode);
        return Combinators.combine(serverSeed, entropy, ratios, multipliers, targets)
                .as((s, e, r, m, t) -> new Input(s, e, new SamplingRules(r, m), t));
    }

    @Property(tries = 300)
    void theSameInputsGiveTheSameDraw(@ForAll("inputs") Input in) {
        TargetDraw.Result first = TargetDraw.draw(in.serverSeed(), in.entropy(), in.rules(), in.targets());
        TargetDraw.Result second = TargetDraw.draw(in.serverSeed(), in.entropy(), in.rules(), List.copyOf(in.targets()));
        assertEquals(first, second);
    }

    @Property(tries = 300)
    void anyOrderOfTheTargetsGivesTheSameDraw(@ForAll("inputs") Input in, @ForAll long shuffleSeed) {
        List<DrawTarget> shuffled = new ArrayList<>(in.targets());
        Collections.shuffle(shuffled, new Random(shuffleSeed));
        assertEquals(TargetDraw.draw(in.serverSeed(), in.entropy(), in.rules(), in.targets()),
                TargetDraw.draw(in.serverSeed(), in.entropy(), in.rules(), shuffled));
    }

    @Property(tries = 300)
    void eachStratumDrawsItsRuleCountOfItsOwnTargetsOnce(@ForAll("inputs") Input in) {
        TargetDraw.Result result = TargetDraw.draw(in.serverSeed(), in.entropy(), in.rules(), in.targets());
        Map<Tuple.Tuple2<RiskLevel, CreditLevel>, List<DrawTarget>> strata = in.targets().stream()
                .collect(Collectors.groupingBy(t -> Tuple.of(t.riskLevel(), t.creditLevel())));
        assertEquals(strata.size(), result.strata().size());
        int total = 0;
        for (TargetDraw.Stratum stratum : result.strata()) {
            List<DrawTarget> members = strata.get(Tuple.of(stratum.riskLevel(), stratum.creditLevel()));
            BigDecimal ratio = in.rules().ratios().getOrDefault(stratum.riskLevel(), BigDecimal.ZERO)
                    .multiply(in.rules().creditMultipliers().getOrDefault(stratum.creditLevel(), BigDecimal.ONE));
            BigDecimal effective = ratio.min(BigDecimal.ONE);
            int expected = effective.multiply(BigDecimal.valueOf(members.size()))
                    .setScale(0, java.math.RoundingMode.CEILING).intValueExact();
            assertEquals(members.size(), stratum.eligible());
            assertEquals(expected, stratum.drawnCreditCodes().size(), stratum.toString());
            Set<String> own = members.stream().map(DrawTarget::creditCode).collect(Collectors.toSet());
            assertTrue(own.containsAll(stratum.drawnCreditCodes()), "drawn from its own stratum: " + stratum);
            total += expected;
        }
        assertEquals(total, result.drawnCreditCodes().size());
        assertEquals(total, new HashSet<>(result.drawnCreditCodes()).size(), "no target twice");
    }

    @Property(tries = 200)
    void theDrawnAreTheLowestRanksOfTheirStratum(@ForAll("inputs") Input in) {
        TargetDraw.Result result = TargetDraw.draw(in.serverSeed(), in.entropy(), in.rules(), in.targets());
        Map<String, DrawTarget> byCode = new java.util.HashMap<>();
        in.targets().forEach(t -> byCode.put(t.creditCode(), t));
        Set<String> drawn = new HashSet<>(result.drawnCreditCodes());
        Map<RiskLevel, Map<CreditLevel, String>> highestDrawn = new EnumMap<>(RiskLevel.class);
        for (String code : drawn) {
            DrawTarget t = byCode.get(code);
            highestDrawn.computeIfAbsent(t.riskLevel(), r -> new EnumMap<>(CreditLevel.class))
                    .merge(t.creditLevel(), TargetDraw.rank(result.seed(), code), (a, b) -> a.compareTo(b) >= 0 ? a : b);
        }
        for (DrawTarget t : in.targets()) {
            String highest = highestDrawn.getOrDefault(t.riskLevel(), Map.of()).get(t.creditLevel());
            if (!drawn.contains(t.creditCode()) && highest != null) {
                assertTrue(TargetDraw.rank(result.seed(), t.creditCode()).compareTo(highest) > 0,
                        "an undrawn target ranks above every drawn one of its stratum: " + t);
            }
        }
    }
}
