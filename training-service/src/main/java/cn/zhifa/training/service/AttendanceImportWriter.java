package cn.zhifa.training.service;

import cn.zhifa.db.GeneratedKey;
import cn.zhifa.platform.audit.AuditLog;
import cn.zhifa.platform.error.ProblemException;
import cn.zhifa.platform.security.AgencyScopes;
import cn.zhifa.platform.security.CurrentActor;
import cn.zhifa.platform.tabular.TableFileException;
import cn.zhifa.platform.tabular.TableFormat;
import cn.zhifa.platform.tabular.TableReader;
import cn.zhifa.platform.tabular.Upload;
import cn.zhifa.training.mapper.AttendanceMapper;
import cn.zhifa.training.mapper.BulkWriter;
import cn.zhifa.training.mapper.CourseMapper;
import cn.zhifa.training.mapper.ImportBatch;
import cn.zhifa.training.mapper.ImportBatchMapper;
import cn.zhifa.training.mapper.OfficerMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.ibatis.exceptions.PersistenceException;
import org.mybatis.cdi.Transactional;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The transaction of an import (a bean of its own so that the transaction interceptor applies). */
@ApplicationScoped
public class AttendanceImportWriter {
    static final String ENTITY = "training-import";

    private final ImportBatchMapper batches;
    private final CourseMapper courses;
    private final OfficerMapper officers;
    private final AttendanceMapper attendance;
    private final BulkWriter bulk;
    private final TrainingSettings settings;
    private final AuditLog audit;
    private final CurrentActor actor;
    private final AgencyScopes scopes;
    private final Clock clock;

    @Inject
    public AttendanceImportWriter(ImportBatchMapper batches, CourseMapper courses, OfficerMapper officers,
                                  AttendanceMapper attendance, BulkWriter bulk, TrainingSettings settings,
                                  AuditLog audit, CurrentActor actor, AgencyScopes scopes, Clock clock) {
        this.batches = batches;
        this.courses = courses;
        this.officers = officers;
        this.attendance = attendance;
        this.bulk = bulk;
        this.settings = settings;
        this.audit = audit;
        this.actor = actor;
        this.scopes = scopes;
        this.clock = clock;
    }

    public Optional<ImportBatch> previousImport(String sha256) {
        return batches.findByHash(sha256);
    }

    /**
     * Stores the file's rows, all or none: 422 with every bad row, or 403 {@code AGENCY_OUT_OF_SCOPE} with every row
     * (and the other bad rows) when a row names a course whose organiser is outside the caller's scope.
     */
    @Transactional(rollbackFor = Exception.class)
    public ImportBatch write(Upload upload, TableReader reader, TableFormat format, String fileName,
                      int creditYear) {
        String importedBy = actor.get().subject();
        long now = clock.millis();
        ImportBatch claim = new ImportBatch(0, upload.sha256(), fileName, format.name(), 0, 0, now, importedBy);
        GeneratedKey key = new GeneratedKey();
        try {
            batches.insert(claim, key);
        } catch (PersistenceException e) {
            if (e.getCause() instanceof SQLIntegrityConstraintViolationException) {
                // Another request is importing the same file right now; its result will be the answer.
                throw ProblemException.conflict("IMPORT_IN_PROGRESS", upload.sha256());
            }
            throw e;
        }
        ImportRun run;
        ImportChecks checks = new ImportChecks(courses, officers, creditYear, scopes.current());
        try (BulkWriter.Session session = bulk.open()) {
            run = new ImportRun(checks, attendance, courses, session, key.id(), now,
                    importedBy, settings.importChunkSize(), settings.maxReportedErrors());
            run.run(reader, upload.file());
        } catch (TableFileException e) {
            throw e.toProblem();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!checks.agenciesOutOfScope().isEmpty()) {
            throw new ProblemException(403, "AGENCY_OUT_OF_SCOPE",
                    List.of(String.join(", ", checks.agenciesOutOfScope())), run.errors());
        }
        if (!run.errors().isEmpty()) {
            throw ProblemException.rejected(run.errors());
        }
        batches.complete(key.id(), run.stored(), run.storedHalfHours());
        ImportBatch batch = new ImportBatch(key.id(), upload.sha256(), fileName, format.name(), run.stored(),
                run.storedHalfHours(), now, importedBy);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("batchId", batch.id());
        summary.put("fileSha256", batch.fileSha256());
        summary.put("fileName", fileName == null ? "" : fileName);
        summary.put("creditYear", creditYear);
        summary.put("rows", batch.rowCount());
        summary.put("hours", BigDecimal.valueOf(batch.halfHours()).divide(BigDecimal.TWO));
        summary.put("courseIds", run.coursesTouched());
        audit.record("TRAINING_ATTENDANCE_IMPORTED", ENTITY, String.valueOf(batch.id()), summary, null);
        return batch;
    }
}
