package cn.zhifa.planner.solver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Teams of a joint plan (联合抽查): each inspection holds, for every matter it covers, an officer qualified for that
 * matter's category from that matter's agency, and at least the team size of distinct officers.
 */
class JointTeamsTest {

    static final String AREA = "500115";
    static final TeamProblem.Matter FOOD = new TeamProblem.Matter(1, "MARKET_REGULATION", "500115002");
    static final TeamProblem.Matter WASTE = new TeamProblem.Matter(2, "URBAN_MANAGEMENT", "500115003");
    static final TeamProblem.Matter WATER = new TeamProblem.Matter(3, "ECOLOGY_ENVIRONMENT", "500115004");
    static final Map<Long, TeamProblem.Matter> MATTERS = Map.of(1L, FOOD, 2L, WASTE, 3L, WATER);

    private final TeamAssigner assigner = new TeamAssigner(SolverLimits.DEFAULT, 2);

    /**
     * Officers 1-4 of market regulation, 5-7 of urban management, 8-10 of ecology; officer 4 also holds the urban
     * management category but belongs to market regulation, so may not take the waste matter's seat.
     */
    static List<TeamProblem.Inspector> inspectors(int ecologists) {
        List<TeamProblem.Inspector> out = new ArrayList<>();
        for (long i = 1; i <= 3; i++) {
            out.add(new TeamProblem.Inspector(i, Set.of(AREA), Set.of(FOOD.category()), FOOD.agencyCode()));
        }
        out.add(new TeamProblem.Inspector(4, Set.of(AREA), Set.of(FOOD.category(), WASTE.category()),
                FOOD.agencyCode()));
        for (long i = 5; i <= 7; i++) {
            out.add(new TeamProblem.Inspector(i, Set.of(AREA), Set.of(WASTE.category()), WASTE.agencyCode()));
        }
        for (long i = 8; i < 8 + ecologists; i++) {
            out.add(new TeamProblem.Inspector(i, Set.of(AREA), Set.of(WATER.category()), WATER.agencyCode()));
        }
        return out;
    }

    static TeamProblem.Task task(long id, List<TeamProblem.Matter> matters) {
        return new TeamProblem.Task(id, "T" + id, AREA, matters.getFirst().category(), List.of(), matters);
    }

    static List<TeamProblem.Task> tasks() {
        return List.of(task(1, List.of(FOOD, WASTE, WATER)), task(2, List.of(FOOD)), task(3, List.of(WASTE, WATER)),
                task(4, List.of(FOOD, WATER)), task(5, List.of(FOOD, WASTE, WATER)));
    }

    private static Map<Long, TeamProblem.Inspector> byId(List<TeamProblem.Inspector> inspectors) {
        Map<Long, TeamProblem.Inspector> out = new HashMap<>();
        inspectors.forEach(i -> out.put(i.officerId(), i));
        return out;
    }

    private static boolean qualified(TeamProblem.Inspector i, TeamProblem.Matter m) {
        return i.categories().contains(m.category()) && m.agencyCode().equals(i.agencyCode());
    }

    @Test
    void everyMatterOfAnInspectionHasItsQualifiedOfficerFromItsAgency() {
        List<TeamProblem.Inspector> inspectors = inspectors(3);
        TeamProblem problem = new TeamProblem("joint", 2, 5, tasks(), inspectors, Set.of(), Set.of());
        TeamOutcome.Assigned outcome = assertInstanceOf(TeamOutcome.Assigned.class, assigner.assign(problem));
        Map<Long, TeamProblem.Inspector> officer = byId(inspectors);
        for (TeamProblem.Task t : tasks()) {
            List<Long> team = outcome.teams().get(t.id());
            assertEquals(team.size(), new HashSet<>(team).size(), "distinct members on " + t.creditCode());
            assertEquals(Math.max(2, t.matters().size()), team.size(), "team size of " + t.creditCode());
            for (TeamProblem.Matter m : t.matters()) {
                assertTrue(team.stream().anyMatch(o -> qualified(officer.get(o), m)),
                        t.creditCode() + " needs an officer of " + m.agencyCode() + " for " + m.category() + ": " + team);
            }
            // three matters of three agencies: three officers, one of each
            if (t.matters().size() == 3) {
                assertEquals(3, team.stream().map(o -> officer.get(o).agencyCode()).distinct().count());
            }
        }
        assertEquals(0, outcome.stats().finalScore().hardScore());
        assertEquals(outcome.teams(), assertInstanceOf(TeamOutcome.Assigned.class,
                new TeamAssigner(SolverLimits.DEFAULT, 1).assign(problem)).teams(), "the same teams on one thread");
    }

    @Test
    void aShortAgencyIsNamedWithItsCategory() {
        // one ecologist of cap 2 for the four inspections that cover the water matter
        TeamProblem problem = new TeamProblem("joint", 2, 2, tasks(), inspectors(1), Set.of(), Set.of());
        TeamOutcome.Infeasible outcome = assertInstanceOf(TeamOutcome.Infeasible.class, assigner.assign(problem));
        Shortage water = outcome.shortages().stream().filter(s -> WATER.agencyCode().equals(s.agencyCode()))
                .findFirst().orElseThrow(() -> new AssertionError("ecology not named: " + outcome.shortages()));
        assertEquals(WATER.category(), water.category());
        assertEquals(AREA, water.area());
        assertTrue(water.needed() > water.capacity(), water.toString());
    }

    @Test
    void aReplacementRefillsTheSeatOfTheMatterItLeft() {
        List<TeamProblem.Inspector> inspectors = inspectors(3);
        TeamProblem problem = new TeamProblem("joint", 2, 5, tasks(), inspectors, Set.of(), Set.of());
        Map<Long, List<Long>> teams = assertInstanceOf(TeamOutcome.Assigned.class, assigner.assign(problem)).teams();
        List<Long> first = teams.get(1L);
        long wasteOfficer = first.stream().filter(o -> o >= 5 && o <= 7).findFirst().orElseThrow();
        List<TeamProblem.Task> again = new ArrayList<>();
        for (TeamProblem.Task t : tasks()) {
            List<Long> kept = teams.get(t.id()).stream().filter(o -> t.id() != 1 || o != wasteOfficer).toList();
            again.add(new TeamProblem.Task(t.id(), t.creditCode(), t.area(), t.category(), kept, t.matters()));
        }
        Set<TeamProblem.OfficerTarget> away = Set.of(new TeamProblem.OfficerTarget(wasteOfficer, "T1"));
        Map<Long, List<Long>> after = assertInstanceOf(TeamOutcome.Assigned.class,
                assigner.assign(new TeamProblem("replacement", 2, 5, again, inspectors, away, Set.of()))).teams();
        List<Long> refilled = after.get(1L);
        assertEquals(3, refilled.size());
        assertTrue(!refilled.contains(wasteOfficer));
        assertTrue(refilled.stream().anyMatch(o -> o >= 5 && o <= 7), "an urban management officer again: " + refilled);
        assertTrue(refilled.containsAll(first.stream().filter(o -> o != wasteOfficer).toList()), "the others stay");
    }

    @Test
    void twoMattersOfOneAgencyTakeTwoOfficersEvenWhenOneHoldsBothCategories() {
        // officer 1 holds both categories, officer 2 market regulation only, officer 3 health only: all of one agency
        TeamProblem.Matter health = new TeamProblem.Matter(4, "HEALTH", FOOD.agencyCode());
        List<TeamProblem.Inspector> inspectors = List.of(
                new TeamProblem.Inspector(1, Set.of(AREA), Set.of(FOOD.category(), health.category()), FOOD.agencyCode()),
                new TeamProblem.Inspector(2, Set.of(AREA), Set.of(FOOD.category()), FOOD.agencyCode()),
                new TeamProblem.Inspector(3, Set.of(AREA), Set.of(health.category()), FOOD.agencyCode()));
        List<TeamProblem.Task> tasks = List.of(task(1, List.of(FOOD, health)), task(2, List.of(FOOD, health)));
        Map<Long, List<Long>> teams = assertInstanceOf(TeamOutcome.Assigned.class,
                assigner.assign(new TeamProblem("one agency", 2, 2, tasks, inspectors, Set.of(), Set.of()))).teams();
        for (List<Long> team : teams.values()) {
            assertEquals(2, new HashSet<>(team).size());
            assertTrue(team.contains(2L) || team.contains(3L), "officer 1 alone cannot take both matters' seats: " + team);
        }
        // with officer 3 away, each team needs officer 1 for health and officer 2 for food: caps of 2 allow both teams
        Map<Long, List<Long>> withoutHealthOnly = assertInstanceOf(TeamOutcome.Assigned.class, assigner.assign(
                new TeamProblem("one agency", 2, 2, tasks, inspectors.subList(0, 2), Set.of(), Set.of()))).teams();
        withoutHealthOnly.values().forEach(team -> assertEquals(Set.of(1L, 2L), new HashSet<>(team)));
    }
}
