package cn.zhifa.db;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class JdbcUrlsTest {
    private static final String OPTIONS = ";MODE=MySQL;DATABASE_TO_LOWER=TRUE";

    @Test
    void shouldMakeARelativeH2FileAbsolute() {
        String expected = "jdbc:h2:file:" + Path.of("data/zhifa").toAbsolutePath() + OPTIONS;
        assertEquals(expected, JdbcUrls.withAbsoluteH2File("jdbc:h2:file:data/zhifa" + OPTIONS));
        assertEquals(expected, JdbcUrls.withAbsoluteH2File("jdbc:h2:./data/zhifa" + OPTIONS));
    }

    @Test
    void shouldLeaveAbsoluteHomeMemoryAndServerUrlsAlone() {
        for (String url : new String[]{"jdbc:h2:file:/var/lib/zhifa/db" + OPTIONS, "jdbc:h2:~/zhifa",
                "jdbc:h2:mem:test;DB_CLOSE_DELAY=-1", "jdbc:h2:tcp://db:9092/zhifa", "jdbc:mysql://db:3306/zhifa?user=x"}) {
            assertEquals(url, JdbcUrls.withAbsoluteH2File(url));
        }
    }

    @Test
    void shouldHideInlinePasswords() {
        assertEquals("jdbc:mysql://db/zhifa?user=a&password=***&ssl=true",
                JdbcUrls.withoutSecrets("jdbc:mysql://db/zhifa?user=a&password=s3cret&ssl=true"));
    }

    @Test
    void shouldRecogniseBothKindsAndRefuseOthers() {
        assertEquals(DatabaseKind.EMBEDDED_H2, DatabaseKind.of("jdbc:h2:mem:x"));
        assertEquals(DatabaseKind.MYSQL, DatabaseKind.of("jdbc:mysql://db/zhifa"));
        assertEquals(DatabaseKind.MYSQL, DatabaseKind.of("jdbc:mariadb://db/zhifa"));
        assertThrows(IllegalArgumentException.class, () -> DatabaseKind.of("jdbc:postgresql://db/zhifa?password=x"));
    }
}
