package cn.zhifa.credential.demo;

import cn.zhifa.db.testing.DatabaseTest;
import cn.zhifa.db.testing.TestDatabase;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The demo set loads through the services and leaves credentials in every state. */
@HelidonTest
@DatabaseTest
class CredentialDemoDataTest {
    @Inject
    CredentialDemoData demo;

    @Test
    void shouldLoadFiftyOfficersWithCredentialsInEveryState() throws SQLException {
        long before = maxOfficerId();
        demo.load();

        Map<String, Integer> byStatus = new HashMap<>();
        String demoOnly = " AND o.id > " + before;
        try (Connection c = TestDatabase.current().connect(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM cred_officer o WHERE 1 = 1" + demoOnly)) {
                rs.next();
                assertEquals(50, rs.getInt(1));
            }
            try (ResultSet rs = s.executeQuery("SELECT c.status, COUNT(*) FROM cred_credential c "
                    + "JOIN cred_officer o ON o.id = c.officer_id WHERE o.name IN ('王建国', '陈静', '杨帆', '胡斌', "
                    + "'傅强', '林志华', '刘洋', '赵磊')" + demoOnly + " GROUP BY c.status")) {
                while (rs.next()) {
                    byStatus.put(rs.getString(1), rs.getInt(2));
                }
            }
            assertEquals(Map.of("ACTIVE", 3, "SUSPENDED", 1, "EXPIRED", 1, "REVOKED", 1, "RECOVERED", 1,
                    "DESTROYED", 1), byStatus);
            try (ResultSet rs = s.executeQuery("SELECT COUNT(DISTINCT employment_type), COUNT(DISTINCT post_status) "
                    + "FROM cred_officer o WHERE name IN ('黄丽', '罗婷', '宋佳', '唐浩', '孙丽娟', '周强', '王建国', "
                    + "'朱红梅', '邓晓明', '吕建华')" + demoOnly)) {
                rs.next();
                assertEquals(7, rs.getInt(1), "every employment type");
                assertEquals(4, rs.getInt(2), "every post status");
            }
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM cred_cleanup_item i JOIN cred_credential c "
                    + "ON c.id = i.credential_id JOIN cred_officer o ON o.id = c.officer_id "
                    + "WHERE o.name IN ('赵磊', '萧玉兰', '杨帆', '胡斌', '傅强')" + demoOnly)) {
                rs.next();
                assertEquals(5, rs.getInt(1), "retired, departed, expired, revoked and recovered await clean-up");
            }
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM cred_credential_term t JOIN cred_credential c "
                    + "ON c.id = t.credential_id JOIN cred_officer o ON o.id = c.officer_id WHERE o.name = '刘洋'" + demoOnly)) {
                rs.next();
                assertEquals(2, rs.getInt(1), "刘洋's credential was renewed");
            }
        }
    }

    private static long maxOfficerId() throws SQLException {
        try (Connection c = TestDatabase.current().connect();
             ResultSet rs = c.createStatement().executeQuery("SELECT COALESCE(MAX(id), 0) FROM cred_officer")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
