package cn.zhifa.planner.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import cn.zhifa.db.testing.DatabaseTest;
import cn.zhifa.db.testing.TestDatabase;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo set loads through the services: directory, two matters and a sealed plan for 长寿区. */
@HelidonTest
@DatabaseTest
class PlannerDemoDataLoadTest {

    @Inject
    PlannerDemoData demo;

    @Test
    void shouldLoadTheDirectoryMattersAndAPlanSealedWhenInspectorsCanStaffIt() throws SQLException {
        assertEquals(30, demo.order());

        demo.load();

        try (Connection c = TestDatabase.current().connect();
             PreparedStatement targets = c.prepareStatement("SELECT COUNT(*) FROM insp_target WHERE credit_code LIKE '92%'");
             PreparedStatement plans = c.prepareStatement("SELECT COUNT(*), SUM(CASE WHEN p.state = 'DRAFT' "
                     + "OR s.plan_id IS NOT NULL THEN 1 ELSE 0 END) FROM insp_plan p "
                     + "LEFT JOIN insp_seal s ON s.plan_id = p.id WHERE p.name LIKE '%食品经营双随机抽查'")) {
            try (ResultSet rs = targets.executeQuery()) {
                rs.next();
                assertTrue(rs.getInt(1) >= 360);
            }
            try (ResultSet rs = plans.executeQuery()) {
                rs.next();
                assertTrue(rs.getInt(1) >= 1, "the demo plan exists");
                assertEquals(rs.getInt(1), rs.getInt(2), "a demo plan is a draft (no inspectors could staff it) "
                        + "or sealed with its seal");
            }
        }
    }
}
