package cn.zhifa.db;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MigrationsTest {

    @Test
    void shouldFitFlywaysBackOffIntoTheStartupWait() {
        assertEquals(0, Migrations.retriesWithin(0));
        assertEquals(1, Migrations.retriesWithin(1));
        // 1 + 2 + 4 = 7 s, then 5 s each: 7 + 5 * 10 = 57 s ≤ 60 s < 62 s.
        assertEquals(3, Migrations.retriesWithin(7));
        assertEquals(13, Migrations.retriesWithin(60));
    }
}
