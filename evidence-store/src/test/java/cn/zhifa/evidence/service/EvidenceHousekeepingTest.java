package cn.zhifa.evidence.service;

import cn.zhifa.db.testing.DatabaseTest;
import cn.zhifa.evidence.mapper.EvidenceRow;
import cn.zhifa.evidence.testing.Teams;
import cn.zhifa.platform.jobs.JobContext;
import cn.zhifa.platform.security.Actor;
import cn.zhifa.platform.security.CurrentActor;
import cn.zhifa.platform.security.Roles;
import cn.zhifa.platform.testing.Sql;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;

import static cn.zhifa.evidence.testing.Samples.b64;
import static cn.zhifa.evidence.testing.Samples.jpeg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The clean-up of abandoned uploads and the re-hash of stored files, run as the jobs run them (the sweep that queues
 * them is off in tests); uploads are made through the service as their officer.
 */
@HelidonTest
@DatabaseTest
class EvidenceHousekeepingTest {
    @Inject
    EvidenceService evidence;

    @Inject
    EvidenceHousekeeping housekeeping;

    @Inject
    EvidenceRehashJob rehash;

    @Inject
    CurrentActor currentActor;

    @Inject
    EvidenceSettings settings;

    @Inject
    Clock clock;

    private EvidenceRow startPhoto(long officer, long inspection, byte[] bytes, int send) {
        Actor actor = new Actor(String.valueOf(officer), Set.of(Roles.OFFICER));
        return currentActor.callAs(actor, () -> {
            String metadata = "filename " + b64("门头.jpg") + ",kind " + b64("PHOTO");
            EvidenceRow row = evidence.create(inspection, String.valueOf(bytes.length), metadata);
            evidence.append(row.id(), 0L, send, new ByteArrayInputStream(bytes, 0, send));
            return row;
        });
    }

    private Path stored(EvidenceRow row) {
        return settings.directory().resolve(row.inspectionId() + "/" + row.id() + ".bin");
    }

    private static String state(long id) {
        return Sql.text("SELECT state FROM evd_evidence WHERE id = ?", id);
    }

    @Test
    void shouldDeleteUploadsIdlePastTheLimitAndLeaveActiveOnesAlone() throws Exception {
        long officer = 8_700_001;
        long inspection = Teams.inspection(officer);
        EvidenceRow idle = startPhoto(officer, inspection, jpeg(100_000, 1), 70_000);
        EvidenceRow active = startPhoto(officer, inspection, jpeg(100_000, 2), 70_000);
        long longAgo = clock.millis() - settings.abandonedAfterMs() - 60_000;
        assertEquals(1, Sql.update("UPDATE evd_evidence SET last_activity_at_ms = ? WHERE id = ?", longAgo, idle.id()));
        assertTrue(Files.exists(stored(idle)));

        assertTrue(housekeeping.cleanUp() >= 1);

        assertEquals("ABANDONED", state(idle.id()));
        assertFalse(Files.exists(stored(idle)), "an abandoned upload's bytes are deleted");
        assertEquals(1, Sql.number("SELECT COUNT(*) FROM shr_audit_event WHERE action = 'EVIDENCE_UPLOAD_ABANDONED' "
                + "AND entity_type = 'evidence' AND entity_id = ?", String.valueOf(idle.id())));
        assertEquals("UPLOADING", state(active.id()));
        assertEquals(70_000, Files.size(stored(active)));
        assertEquals(0, housekeeping.cleanUp(), "nothing is left to clean up: " + state(idle.id()));
    }

    @Test
    void shouldNeverCleanUpACompletedFileHoweverLongAgoItCame() throws Exception {
        long officer = 8_700_101;
        long inspection = Teams.inspection(officer);
        EvidenceRow done = startPhoto(officer, inspection, jpeg(5_000, 4), 5_000);
        long longAgo = clock.millis() - settings.abandonedAfterMs() * 100;
        assertEquals(1, Sql.update("UPDATE evd_evidence SET last_activity_at_ms = ?, created_at_ms = ? WHERE id = ?",
                longAgo, longAgo, done.id()));

        housekeeping.cleanUp();

        assertEquals("COMPLETE", state(done.id()));
        assertTrue(Files.exists(stored(done)), "a completed file is kept (retention): only unfinished uploads go");
    }

    @Test
    void shouldReportEveryStoredFileThatNoLongerMatchesItsHash() throws Exception {
        long officer = 8_800_001;
        long inspection = Teams.inspection(officer);
        byte[] bytes = jpeg(5_000, 3);
        EvidenceRow intact = startPhoto(officer, inspection, bytes, bytes.length);
        EvidenceRow altered = startPhoto(officer, inspection, bytes, bytes.length);
        EvidenceRow missing = startPhoto(officer, inspection, bytes, bytes.length);
        byte[] changed = bytes.clone();
        changed[4_000] ^= 1;
        Files.write(stored(altered), changed);
        Files.delete(stored(missing));

        EvidenceRehashJob.Report report = rehash.rehashAll(JobContext.none());

        assertTrue(report.altered().contains(altered.id()), report.toString());
        assertTrue(report.missing().contains(missing.id()), report.toString());
        assertFalse(report.altered().contains(intact.id()) || report.missing().contains(intact.id()), report.toString());
        assertTrue(report.checked() >= 3);
        for (EvidenceRow row : new EvidenceRow[]{altered, missing}) {
            assertTrue(Sql.number("SELECT COUNT(*) FROM shr_audit_event WHERE action = 'EVIDENCE_ALTERED' AND entity_type = 'evidence' AND entity_id = ?",
                    String.valueOf(row.id())) >= 1);
        }
        assertEquals(0, Sql.number("SELECT COUNT(*) FROM shr_audit_event WHERE action = 'EVIDENCE_ALTERED' AND entity_type = 'evidence' AND entity_id = ?",
                String.valueOf(intact.id())));
    }
}
