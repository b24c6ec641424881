package cn.zhifa.platform.jobs;

import cn.zhifa.db.testing.DatabaseTest;
import cn.zhifa.db.testing.TestDatabase;
import cn.zhifa.platform.error.ProblemException;
import cn.zhifa.platform.probe.ProbeJobHandler;
import cn.zhifa.platform.security.Actor;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The queue on the test database (H2, and MariaDB/MySQL in the mysql-test run). Jobs of a fresh kind per test
 * are claimed by the test itself (no handler exists for them); jobs of {@link ProbeJobHandler#KIND} are taken
 * by the running server's worker.
 */
@HelidonTest
@DatabaseTest
class JobQueueTest {
    private static final Actor PLANNER = new Actor("planner-1", Set.of("planner"));

    @Inject
    JobQueue queue;
    @Inject
    JobWorker worker;
    @Inject
    JobSettings settings;

    private static String freshKind() {
        return "test.manual-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static void stopHeartbeat(long jobId) throws Exception {
        try (Connection c = TestDatabase.current().connect();
             PreparedStatement s = c.prepareStatement("UPDATE shr_job SET heartbeat_at_ms = 0 WHERE id = ?")) {
            s.setLong(1, jobId);
            assertEquals(1, s.executeUpdate());
        }
    }

    @Test
    void shouldLetExactlyOneOfTwoRacingWorkersClaimAJob() throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            for (int round = 0; round < 10; round++) {
                String kind = freshKind();
                long id = queue.enqueue(kind, null, "{}", PLANNER).id();
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<Optional<Job>>> claims = new ArrayList<>();
                for (String instance : List.of("worker-a", "worker-b")) {
                    claims.add(pool.submit(() -> {
                        start.await();
                        return queue.claim(instance, List.of(kind));
                    }));
                }
                List<Job> won = new ArrayList<>();
                for (Future<Optional<Job>> claim : claims) {
                    claim.get().ifPresent(won::add);
                }
                assertEquals(1, won.size(), "round " + round + ": " + won);
                assertEquals(id, won.getFirst().id());
                assertEquals(Job.RUNNING, won.getFirst().state());
                assertEquals(1, won.getFirst().attempts());
            }
        }
    }

    @Test
    void shouldGiveTwoRacingWorkersTwoDifferentJobs() throws Exception {
        String kind = freshKind();
        queue.enqueue(kind, null, "{}", PLANNER);
        queue.enqueue(kind, null, "{}", PLANNER);
        CyclicBarrier start = new CyclicBarrier(2);
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            Future<Optional<Job>> a = pool.submit(() -> {
                start.await();
                return queue.claim("worker-a", List.of(kind));
            });
            Future<Optional<Job>> b = pool.submit(() -> {
                start.await();
                return queue.claim("worker-b", List.of(kind));
            });
            assertNotEquals(a.get().orElseThrow().id(), b.get().orElseThrow().id());
        }
        assertTrue(queue.claim("worker-c", List.of(kind)).isEmpty());
    }

    @Test
    void shouldRunAJobAgainOnAnotherInstanceWhenItsLeaseExpired() throws Exception {
        String kind = freshKind();
        long id = queue.enqueue(kind, "thing:1-" + kind, "{}", PLANNER).id();
        Job first = queue.claim("dead-instance", List.of(kind)).orElseThrow();
        assertTrue(queue.claim("other", List.of(kind)).isEmpty(), "a job with a fresh heartbeat is not taken");

        stopHeartbeat(id);
        Job second = queue.claim("other", List.of(kind)).orElseThrow();
        assertEquals(id, second.id());
        assertEquals("other", second.instanceId());
        assertEquals(2, second.attempts());

        assertFalse(queue.heartbeat(first, "LATE"), "the dead attempt is fenced off");
        assertFalse(queue.complete(first, "late result"));
        assertTrue(queue.complete(second, "result"));
        Job done = queue.find(id).orElseThrow();
        assertEquals(Job.DONE, done.state());
        assertEquals("result", done.result());
        assertEquals("other", done.instanceId());
    }

    @Test
    void shouldEndAJobFailedWhenItsLeaseExpiredOnEveryAttempt() throws Exception {
        String kind = freshKind();
        long id = queue.enqueue(kind, null, "{}", PLANNER).id();
        int max = settings.maxAttempts();
        for (int attempt = 1; attempt <= max; attempt++) {
            assertEquals(attempt, queue.claim("instance-" + attempt, List.of(kind)).orElseThrow().attempts());
            stopHeartbeat(id);
        }
        assertTrue(queue.claim("last", List.of(kind)).isEmpty());
        Job failed = queue.find(id).orElseThrow();
        assertEquals(Job.FAILED, failed.state());
        assertEquals("JOB_LEASE_EXPIRED", failed.problemCode());
        assertEquals(max, failed.attempts());
    }

    @Test
    void shouldKeepOneLiveJobPerSubject() {
        String kind = freshKind();
        String subject = "plan:" + UUID.randomUUID();
        JobQueue.Enqueued first = queue.enqueue(kind, subject, "{}", PLANNER);
        JobQueue.Enqueued second = queue.enqueue(kind, subject, "{\"other\":true}", PLANNER);
        assertTrue(first.created());
        assertFalse(second.created());
        assertEquals(first.id(), second.id());

        Job running = queue.claim("w", List.of(kind)).orElseThrow();
        assertEquals(first.id(), queue.enqueue(kind, subject, "{}", PLANNER).id(), "still live while running");
        assertTrue(queue.refuse(running, ProblemException.conflict("PLAN_ALREADY_DRAWN", 1)));
        JobQueue.Enqueued after = queue.enqueue(kind, subject, "{}", PLANNER);
        assertTrue(after.created(), "an ended job frees its subject");
        assertNotEquals(first.id(), after.id());
    }

    @Test
    void shouldRunAJobOnTheServersWorkerAsItsRequester() {
        assertTrue(worker.kinds().contains(ProbeJobHandler.KIND));
        long id = queue.enqueue(ProbeJobHandler.KIND, null, "hello", PLANNER).id();
        Job done = queue.await(id, Duration.ofSeconds(20));
        assertEquals(Job.DONE, done.state(), done::toString);
        assertEquals("planner-1/planner/null/1/hello", done.result());
        assertEquals(Job.PHASE_FINISHED, done.phase());
        assertTrue(done.endedAtMs() >= done.startedAtMs());
    }

    @Test
    void shouldRunAJobForTheAgencyItsRequesterActedFor() {
        Actor scoped = new Actor("planner-2", Set.of("planner"), "500115002");
        Job done = queue.await(queue.enqueue(ProbeJobHandler.KIND, null, "scoped", scoped).id(), Duration.ofSeconds(20));
        assertEquals("planner-2/planner/500115002/1/scoped", done.result(), done::toString);
    }

    @Test
    void shouldStoreARefusalAndAFailure() {
        long refusedId = queue.enqueue(ProbeJobHandler.KIND, null, "refuse", PLANNER).id();
        long failedId = queue.enqueue(ProbeJobHandler.KIND, null, "boom", PLANNER).id();
        Job refused = queue.await(refusedId, Duration.ofSeconds(20));
        assertEquals(Job.REFUSED, refused.state());
        assertEquals(422, refused.problemStatus());
        ProblemException again = JobProblems.of(refused);
        assertEquals("TEAM_SHORTAGE", again.violations().getFirst().code());
        assertEquals(12L, again.violations().getFirst().args().get(2));

        Job failed = queue.await(failedId, Duration.ofSeconds(20));
        assertEquals(Job.FAILED, failed.state());
        assertEquals("JOB_FAILED", failed.problemCode());
        assertTrue(failed.problemDetail().contains("probe failure"), failed.problemDetail());
    }
}
