package cn.zhifa.app.instances;

import cn.zhifa.app.ServerProcess;
import cn.zhifa.app.load.DataSet;
import cn.zhifa.db.testing.DatabaseTest;
import cn.zhifa.db.testing.TestDatabase;
import cn.zhifa.platform.testing.ApiClient.Reply;
import cn.zhifa.platform.testing.ApiClient;
import cn.zhifa.platform.testing.CredentialTables.Seeded;
import cn.zhifa.platform.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * kill -9 of the server JVM in the middle of a write, then a restart on the same database: nothing half-written
 * is left, the operation can be repeated and then holds exactly once, and the audit chain verifies. Writes
 * interrupted: plan draws, killed at several points of a draw's duration. Needs a database server that outlives
 * the process: skipped, with the reason, on H2. An attendance import is killed while it is provably in the middle of its
 * transaction: the test holds a lock that the import's last rows need (the course they reference), waits until the
 * database shows the import's transaction waiting with rows already written, and kills then.
 */
@DatabaseTest
class KillDuringWriteIT {
    private static final Duration PATIENCE = Duration.ofSeconds(120);

    private FreshDatabase database;
    private Path dataDir;
    private ServerProcess server;
    private ApiClient api;

    @BeforeEach
    void start() throws Exception {
        TestDatabase test = TestDatabase.current();
        assumeTrue(test.isMysql(), "needs a database server that outlives the killed process; the embedded H2 dies with it");
        database = FreshDatabase.create(test.url(), test.user(), test.password(), "kill");
        dataDir = Files.createTempDirectory(Path.of("target"), "it-kill-");
        restart();
    }

    @AfterEach
    void stop() throws Exception {
        if (server != null) {
            server.close();
        }
        if (database != null) {
            database.close();
        }
    }

    private void restart() throws Exception {
        server = ServerProcess.launchWith(dataDir, database.serverProperties());
        server.awaitUp();
        api = server.api();
    }

    @Test
    void shouldLeaveAPlanEitherUndrawnOrFullyDrawnWhenKilledDuringItsDraw() throws Exception {
        try (Connection connection = database.connect()) {
            DataSet.officers(connection, 600, TestClock.today().getYear());
        }
        // how long a draw of this size takes here: the kills land at fractions of it
        Plans.importTargets(api, 'B', 1_200);
        long reference = Plans.sealedPlan(api, "reference");
        long start = System.nanoTime();
        Reply first = Plans.draw(api, reference);
        assertTrue(Set.of(201, 202).contains(first.status()), first.body());
        Plans.awaitDrawn(api, reference, PATIENCE);
        long drawMillis = Math.max(50, (System.nanoTime() - start) / 1_000_000);
        try (Connection connection = database.connect()) {
            Plans.assertFullyDrawn(api, connection, reference);
        }

        for (double fraction : new double[] {0.2, 0.5, 0.9}) {
            long planId = Plans.sealedPlan(api, "kill-" + fraction);
            try (ExecutorService thread = Executors.newVirtualThreadPerTaskExecutor()) {
                ApiClient client = api;
                thread.submit(() -> Plans.draw(client, planId));
                Thread.sleep((long) (drawMillis * fraction));
                server.kill();
            }
            restart();
            String state = Plans.state(api, planId);
            System.out.println("killed at " + fraction + " of a " + drawMillis + " ms draw: plan " + planId + " is " + state);
            try (Connection connection = database.connect()) {
                if (state.equals("SEALED")) {
                    Plans.assertNotDrawn(connection, planId);
                    Reply redraw = Plans.draw(api, planId);
                    // 409: an interrupted draw job is taken up again by the server (after its lease)
                    assertTrue(Set.of(201, 202, 409).contains(redraw.status()), redraw.body());
                } else {
                    assertEquals("DRAWN", state, "killed at " + fraction + " of a draw");
                }
                Plans.awaitDrawn(api, planId, PATIENCE);
                Plans.assertFullyDrawn(api, connection, planId);
            }
            assertTrue(AuditChain.valid(api), "audit chain valid after the kill at " + fraction);
        }
        // the draw acknowledged before the kills is still whole after three of them
        try (Connection connection = database.connect()) {
            Plans.assertFullyDrawn(api, connection, reference);
        }
    }

    @Test
    void shouldStoreNothingOfAnAttendanceImportKilledInTheMiddleOfItsTransaction() throws Exception {
        int year = TestClock.today().getYear();
        List<Seeded> officers;
        try (Connection connection = database.connect()) {
            officers = DataSet.officers(connection, 5_000, year);
        }
        String trainer = api.devTokenFor("500115002", "trainer-it", "trainer");
        long early = course(trainer, year, "导入中断测试一");
        long late = course(trainer, year, "导入中断测试二");
        // every officer attends the first course; the file's last row, the only one of the second course, comes
        // after more than one chunk of the first, so the import has written rows when it reaches it
        StringBuilder csv = new StringBuilder("courseId,officerId,hours\n");
        officers.forEach(officer -> csv.append(early).append(',').append(officer.id()).append(",2.5\n"));
        csv.append(late).append(',').append(officers.getFirst().id()).append(",2.5\n");
        String file = csv.toString();
        String totalsBefore = yearTotals();
        long auditBefore = database.number("SELECT COUNT(*) FROM shr_audit_event");

        try (Connection lock = database.connect(); ExecutorService thread = Executors.newVirtualThreadPerTaskExecutor()) {
            lock.setAutoCommit(false);
            try (PreparedStatement course = lock.prepareStatement("SELECT id FROM trn_course WHERE id = ? FOR UPDATE")) {
                course.setLong(1, late);
                course.executeQuery().close();
            }
            ApiClient client = api;
            Future<Reply> upload = thread.submit(() -> importAttendance(client, year, file, trainer));
            long written = awaitImportWaitingOnLock(upload);
            assertTrue(written > 1, "the import had written rows besides its batch when it was killed: " + written);
            server.kill();
            lock.rollback();
            try {
                fail("the killed import answered " + upload.get().status());
            } catch (ExecutionException expected) {
                // the connection died with the server
            }
        }
        restart();

        assertEquals(0, database.number("SELECT COUNT(*) FROM trn_attendance WHERE course_id IN (?, ?)", early, late),
                "no attendance of the killed import");
        assertEquals(totalsBefore, yearTotals(), "the yearly totals are as before the import");
        assertEquals(auditBefore, database.number("SELECT COUNT(*) FROM shr_audit_event"), "no audit record of it");
        assertTrue(AuditChain.valid(api), "audit chain valid after the kill");

        // the same file again: stored once, then recognised as imported
        importAttendance(api, year, file, trainer).expect(201);
        importAttendance(api, year, file, trainer).expect(200);
        assertEquals(officers.size() + 1L,
                database.number("SELECT COUNT(*) FROM trn_attendance WHERE course_id IN (?, ?)", early, late));
        assertEquals(1, database.number("SELECT COUNT(DISTINCT batch_id) FROM trn_attendance WHERE course_id IN (?, ?)",
                early, late));
        assertTrue(AuditChain.valid(api), "audit chain valid after the repeated import");
    }

    private long course(String trainer, int year, String title) {
        String json = "{\"title\":\"" + title + "\",\"category\":\"PROFESSIONAL_LAW\",\"organizerAgency\":\"500115002\","
                + "\"hours\":8,\"startsOn\":\"" + year + "-03-01\",\"endsOn\":\"" + year + "-03-02\",\"mode\":\"OFFLINE\"}";
        return api.json("POST", "/api/v1/courses", json, trainer).expect(201).json().getJsonNumber("id").longValue();
    }

    private static Reply importAttendance(ApiClient api, int year, String csv, String trainer) {
        return api.postCsv("/api/v1/attendance/import?year=" + year, csv, trainer);
    }

    /** Waits until this database's import transaction waits for the test's lock; the rows it has written by then. */
    private long awaitImportWaitingOnLock(Future<Reply> upload) throws Exception {
        String sql = "SELECT t.trx_rows_modified FROM information_schema.innodb_trx t JOIN information_schema.processlist p "
                + "ON p.id = t.trx_mysql_thread_id WHERE p.db = ? AND t.trx_state = 'LOCK WAIT'";
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        try (Connection connection = database.connect(); PreparedStatement waiting = connection.prepareStatement(sql)) {
            waiting.setString(1, database.name());
            while (System.nanoTime() < deadline) {
                if (upload.isDone()) {
                    Reply answer = upload.get();
                    throw new AssertionError("the import ended without waiting for the held course lock: "
                            + answer.status() + " " + answer.body());
                }
                try (ResultSet rows = waiting.executeQuery()) {
                    if (rows.next()) {
                        return rows.getLong(1);
                    }
                }
                // InnoDB refreshes its information_schema.innodb_trx snapshot only after 100 ms without a reader
                Thread.sleep(250);
            }
        }
        throw new AssertionError("the import never waited for the held course lock:\n" + server.output());
    }

    private String yearTotals() throws SQLException {
        StringBuilder totals = new StringBuilder();
        try (Connection connection = database.connect();
             ResultSet rows = connection.createStatement().executeQuery("SELECT credit_year, officer_id, "
                     + "comprehensive_half_hours, professional_half_hours, law_update_half_hours, political_half_hours, "
                     + "other_half_hours FROM trn_year_total ORDER BY credit_year, officer_id")) {
            while (rows.next()) {
                for (int column = 1; column <= 7; column++) {
                    totals.append(rows.getLong(column)).append(column == 7 ? '\n' : ',');
                }
            }
        }
        return totals.toString();
    }
}
