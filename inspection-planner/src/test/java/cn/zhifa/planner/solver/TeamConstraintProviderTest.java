package cn.zhifa.planner.solver;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;
import org.optaplanner.test.api.score.stream.SingleConstraintVerification;

import static cn.zhifa.planner.solver.Fixtures.officer;
import static cn.zhifa.planner.solver.Fixtures.seat;
import static cn.zhifa.planner.solver.Fixtures.task;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One test per constraint, named like the constraint method. {@link #verifyThisConstraint()} picks the constraint
 * from the calling test's name, so a test cannot verify another constraint than the one it is named after, and
 * {@link #everyRegisteredConstraintIsVerifiedByATestOfItsMethodsName()} makes sure none is left out.
 */
class TeamConstraintProviderTest {

    private static final ConstraintVerifier<TeamConstraintProvider, TeamSchedule> VERIFIER =
            ConstraintVerifier.build(new TeamConstraintProvider(), TeamSchedule.class, TeamSeat.class)
                    .withConstraintStreamImplType(ConstraintStreamImplType.BAVET);

    private final Officer a = officer(1, 3);
    private final Officer b = officer(2, 3);
    private final Officer c = officer(3, 1);

    @Test
    void teamMembersDistinct() {
        InspectionTask t1 = task(1, List.of(a, b));
        InspectionTask t2 = task(2, List.of(a, b));
        verifyThisConstraint().given(seat(t1, a), seat(t1, a), seat(t2, a), seat(t2, b)).penalizesBy(1);
        verifyThisConstraint().given(seat(t1, a), seat(t1, b)).penalizesBy(0);
    }

    @Test
    void inspectorEligible() {
        InspectionTask t = task(1, List.of(a));
        verifyThisConstraint().given(seat(t, a), seat(t, b)).penalizesBy(1);
    }

    @Test
    void noConflictOfInterest() {
        InspectionTask t = task(1, List.of(a, b), Set.of(2L), Set.of());
        verifyThisConstraint().given(seat(t, a), seat(t, b)).penalizesBy(1);
        verifyThisConstraint().given(seat(t, a)).penalizesBy(0);
    }

    @Test
    void noRepeatOfPreviousPlan() {
        InspectionTask t = task(1, List.of(a, b), Set.of(), Set.of(1L, 2L));
        verifyThisConstraint().given(seat(t, a), seat(t, b)).penalizesBy(2);
    }

    @Test
    void inspectorCap() {
        InspectionTask t1 = task(1, List.of(a, b, c));
        InspectionTask t2 = task(2, List.of(a, b, c));
        InspectionTask t3 = task(3, List.of(a, b, c));
        // c has cap 1 and sits in three teams: excess 2; a (cap 3) in three teams: no excess.
        verifyThisConstraint().given(seat(t1, c), seat(t2, c), seat(t3, c), seat(t1, a), seat(t2, a), seat(t3, a))
                .penalizesBy(2);
    }

    @Test
    void evenWorkload() {
        InspectionTask t1 = task(1, List.of(a, b));
        InspectionTask t2 = task(2, List.of(a, b));
        verifyThisConstraint().given(seat(t1, a), seat(t2, a)).penalizesBy(4);
        verifyThisConstraint().given(seat(t1, a), seat(t2, b)).penalizesBy(2);
    }

    @Test
    void rarelyRepeatedPartners() {
        InspectionTask t1 = task(1, List.of(a, b, c));
        InspectionTask t2 = task(2, List.of(a, b, c));
        InspectionTask t3 = task(3, List.of(a, b, c));
        // a and b together three times: 3·2/2 = 3; a and c once: nothing.
        verifyThisConstraint().given(seat(t1, a), seat(t1, b), seat(t2, a), seat(t2, b), seat(t3, b), seat(t3, a))
                .penalizesBy(3);
        verifyThisConstraint().given(seat(t1, a), seat(t1, b), seat(t2, a), seat(t2, c)).penalizesBy(0);
    }

    @Test
    void matterSeatQualified() {
        // a joint inspection of a market regulation matter (officers a and b qualified) and an urban one (c)
        TeamProblem.Matter food = new TeamProblem.Matter(1, "MARKET_REGULATION", "500115002");
        TeamProblem.Matter waste = new TeamProblem.Matter(2, "URBAN_MANAGEMENT", "500115003");
        InspectionTask t = new InspectionTask(1, "T1", "500115", "MARKET_REGULATION", List.of(a, b, c),
                Set.of(1L, 2L, 3L), Set.of(), Set.of(), 7919, new java.util.LinkedHashMap<>(Map.of(food, List.of(a, b),
                waste, List.of(c))));
        MatterSeat foodSeat = t.matterSeats().stream().filter(m -> m.getMatterId() == 1).findFirst().orElseThrow();
        MatterSeat wasteSeat = t.matterSeats().stream().filter(m -> m.getMatterId() == 2).findFirst().orElseThrow();
        verifyThisConstraint().given(new TeamSeat(1, t, a, foodSeat, false), new TeamSeat(2, t, c, wasteSeat, false))
                .penalizesBy(0);
        verifyThisConstraint().given(new TeamSeat(1, t, a, foodSeat, false), new TeamSeat(2, t, b, wasteSeat, false))
                .penalizesBy(1);
        verifyThisConstraint().given(new TeamSeat(1, t, c, foodSeat, false), new TeamSeat(2, t, b, wasteSeat, false),
                new TeamSeat(3, t, a, null, false)).penalizesBy(2);
    }

    @Test
    void seededRandomPreference() {
        InspectionTask t = task(1, List.of(a, b));
        verifyThisConstraint().given(seat(t, a), seat(t, b)).penalizesBy(t.preference(a) + t.preference(b));
    }

    @Test
    void preferencesAreSpreadAndDependOnTheTask() {
        InspectionTask t1 = task(1, List.of(a, b));
        InspectionTask t2 = task(2, List.of(a, b));
        assertTrue(t1.preference(a) >= 0 && t1.preference(a) < 1024);
        assertTrue(t1.preference(a) != t2.preference(a) || t1.preference(b) != t2.preference(b));
    }

    /**
     * Reads the constraints a solver of the product registers (not a count): each one's name, in lower camel case,
     * is a constraint method and the name of a test here, which can verify no other constraint.
     */
    @Test
    void everyRegisteredConstraintIsVerifiedByATestOfItsMethodsName() {
        List<String> methods = constraintMethods().stream().map(Method::getName).toList();
        List<String> tests = Arrays.stream(getClass().getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(Test.class)).map(Method::getName).toList();
        List<String> registered = HardRuleTest.registeredConstraints(TeamConstraintProvider.class).stream()
                .map(TeamConstraintProviderTest::methodName).toList();
        assertEquals(methods.stream().sorted().toList(), registered.stream().sorted().toList(),
                "one method per registered constraint, named after it");
        registered.forEach(name -> assertTrue(tests.contains(name), "no test named " + name));
    }

    /** "No conflict of interest" → noConflictOfInterest. */
    static String methodName(String constraintName) {
        String[] words = constraintName.split(" ");
        StringBuilder sb = new StringBuilder(words[0].toLowerCase(java.util.Locale.ROOT));
        for (int i = 1; i < words.length; i++) {
            sb.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return sb.toString();
    }

    private static List<Method> constraintMethods() {
        return Arrays.stream(TeamConstraintProvider.class.getDeclaredMethods())
                .filter(m -> m.getReturnType() == Constraint.class && !Modifier.isStatic(m.getModifiers())
                        && m.getParameterCount() == 1 && m.getParameterTypes()[0] == ConstraintFactory.class)
                .toList();
    }

    private SingleConstraintVerification<TeamSchedule> verifyThisConstraint() {
        String testName = StackWalker.getInstance().walk(s -> s.skip(1).findFirst()).orElseThrow().getMethodName();
        Method method = constraintMethods().stream().filter(m -> m.getName().equals(testName)).findFirst()
                .orElseThrow(() -> new AssertionError("no constraint method named " + testName));
        method.setAccessible(true);
        return VERIFIER.verifyThat((provider, factory) -> {
            try {
                return (Constraint) method.invoke(provider, factory);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
