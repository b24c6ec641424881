package cn.zhifa.planner.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import cn.zhifa.db.testing.DatabaseTest;
import cn.zhifa.db.testing.TestDatabase;
import cn.zhifa.planner.solver.TeamOutcome;
import cn.zhifa.platform.error.ProblemException;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Teams that break a hard rule (which the solver's own check found after assembling the draw) are refused with a
 * problem naming the rule, and the refusal is audited; the draw then stores nothing (see {@code DrawService.compute}:
 * the refusal comes before {@code DrawStore.saveDraw}).
 */
@HelidonTest
@DatabaseTest
class UnlawfulTeamsTest {

    @Inject
    DrawService draws;

    @Test
    void shouldRefuseUnlawfulTeamsNamingTheRuleAndAuditTheRefusal() throws SQLException {
        long planId = ThreadLocalRandom.current().nextLong(1_000_000_000L, 2_000_000_000L);
        TeamOutcome unlawful = new TeamOutcome.Unlawful(List.of(new TeamOutcome.Breach("Inspector cap", 3, -4)));

        ProblemException refused = assertThrows(ProblemException.class, () -> draws.teamsOrRefuse(planId, unlawful));

        assertEquals(422, refused.status());
        assertEquals("TEAM_HARD_RULE_BROKEN", refused.violations().get(0).code());
        assertEquals(List.of("Inspector cap", 3), refused.violations().get(0).args());
        try (Connection c = TestDatabase.current().connect();
             PreparedStatement q = c.prepareStatement("SELECT summary FROM shr_audit_event "
                     + "WHERE action = 'TEAMS_REFUSED_UNLAWFUL' AND entity_type = 'plan' AND entity_id = ?")) {
            q.setString(1, String.valueOf(planId));
            try (ResultSet rs = q.executeQuery()) {
                assertTrue(rs.next(), "the refusal is audited");
                assertTrue(rs.getString(1).contains("Inspector cap"), rs.getString(1));
            }
        }
    }
}
