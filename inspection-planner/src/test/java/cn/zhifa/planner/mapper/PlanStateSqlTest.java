package cn.zhifa.planner.mapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import cn.zhifa.planner.domain.PlanState;
import cn.zhifa.planner.domain.RiskProposalRule;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The plan's states in SQL are checked against {@link PlanState}: the plan mapper takes every state condition as
 * a parameter from {@link cn.zhifa.planner.domain.PlanLifecycle}, and any state spelt out elsewhere in the
 * planner's SQL names a state that exists (a risk proposal's own states in its mapper: {@link RiskProposalRule.State}).
 */
class PlanStateSqlTest {

    private static final Path MAPPERS = Path.of("src/main/resources/cn/zhifa/planner/mapper");
    private static final Pattern STATE_LITERAL = Pattern.compile("state\\s*(?:=|<>|!=|IN)\\s*\\(?\\s*'([A-Z_]+)'");

    @Test
    void shouldTakeEveryStateConditionOfThePlanMapperFromTheLifecycle() throws IOException {
        String xml = Files.readString(MAPPERS.resolve("PlanMapper.xml"));
        assertEquals(List.of(), literals(xml), "PlanMapper.xml spells out no state");
        assertTrue(xml.contains("<include refid=\"stateIn\"/>"), "its conditions use the states passed in");
    }

    @Test
    void shouldNameOnlyExistingStatesInThePlannersSql() throws IOException {
        List<String> planStates = Arrays.stream(PlanState.values()).map(Enum::name).toList();
        List<String> proposalStates = Arrays.stream(RiskProposalRule.State.values()).map(Enum::name).toList();
        try (Stream<Path> files = Files.list(MAPPERS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xml")).toList()) {
                List<String> states = file.getFileName().toString().equals("RiskProposalMapper.xml")
                        ? proposalStates : planStates;
                for (String literal : literals(Files.readString(file))) {
                    assertTrue(states.contains(literal), file.getFileName() + " names an unknown state " + literal);
                }
            }
        }
    }

    @Test
    void shouldFindALiteralStateWhereOneIsWritten() {
        assertEquals(List.of("DRAWN", "SEALED"), literals("WHERE p.state = 'DRAWN' AND x.state IN ('SEALED', 'DRAFT')"));
    }

    private static List<String> literals(String sql) {
        List<String> found = new ArrayList<>();
        Matcher m = STATE_LITERAL.matcher(sql);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
