package cn.zhifa.training.service;

import cn.zhifa.platform.error.ProblemException;
import cn.zhifa.training.domain.importing.AttendanceFileReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.InputStream;
import java.nio.charset.Charset;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Imports an attendance file (CSV or xlsx): all rows or none, each bad row reported with its line,
 * field and code; the same file (same bytes) imported again stores nothing and answers with the first
 * import. The upload is spooled to a temporary file, never held in memory.
 */
@ApplicationScoped
public class AttendanceImportService {
    private final AttendanceImportWriter writer;
    private final TrainingSettings settings;
    private final Clock clock;

    @Inject
    public AttendanceImportService(AttendanceImportWriter writer, TrainingSettings settings, Clock clock) {
        this.writer = writer;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * @param body       the file's bytes
     * @param format     CSV or XLSX
     * @param charset    the charset a CSV upload declared, if any (otherwise detected)
     * @param fileName   the file's name, for the record
     * @param creditYear the year every course of the file must count toward (default: the current year)
     */
    public ImportOutcome importFile(InputStream body, ImportFormat format, Optional<Charset> charset,
                                    Optional<String> fileName, Optional<Integer> creditYear) {
        int year = creditYear.orElseGet(() -> LocalDate.now(clock).getYear());
        if (year < 1000 || year > 9999) {
            throw ProblemException.invalid("year", "YEAR_INVALID", year);
        }
        AttendanceFileReader reader = format == ImportFormat.CSV
                ? AttendanceFileReader.csv(charset)
                : AttendanceFileReader.xlsx();
        try (SpooledUpload upload = SpooledUpload.of(body, settings.maxImportBytes())) {
            return writer.previousImport(upload.sha256())
                    .map(batch -> new ImportOutcome(batch, true))
                    .orElseGet(() -> new ImportOutcome(writer.write(upload, reader, format,
                            fileName.map(String::strip).filter(name -> !name.isEmpty()).orElse(null), year), false));
        }
    }
}
