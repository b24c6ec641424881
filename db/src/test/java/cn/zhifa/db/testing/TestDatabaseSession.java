package cn.zhifa.db.testing;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Chooses the test database once per test JVM, before any server starts, and publishes it as the
 * system properties {@code zhifa.db.*} that MicroProfile Config reads (ordinal 400).
 */
public class TestDatabaseSession implements LauncherSessionListener {
    @Override
    public void launcherSessionOpened(LauncherSession session) {
        TestDatabase.current();
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        TestDatabase.current().close();
    }
}
