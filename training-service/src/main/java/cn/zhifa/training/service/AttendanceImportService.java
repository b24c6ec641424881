package cn.zhifa.training.service;

import cn.zhifa.platform.error.ProblemException;
import cn.zhifa.platform.tabular.ImportLimits;
import cn.zhifa.platform.tabular.ImportSettings;
import cn.zhifa.platform.tabular.TableFormat;
import cn.zhifa.platform.tabular.TableReader;
import cn.zhifa.platform.tabular.Upload;
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
 * import. The upload is spooled to a temporary file under the import byte cap, never held in memory.
 */
@ApplicationScoped
public class AttendanceImportService {
    private final AttendanceImportWriter writer;
    private final ImportLimits limits;
    private final Clock clock;

    @Inject
    public AttendanceImportService(AttendanceImportWriter writer, ImportSettings imports, Clock clock) {
        this.writer = writer;
        this.limits = imports.limits();
        this.clock = clock;
    }

    /**
     * @param body       the file's bytes
     * @param format     CSV or XLSX
     * @param charset    the charset a CSV upload declared, if any (otherwise detected)
     * @param fileName   the file's name, for the record
     * @param creditYear the year every course of the file must count toward (default: the current year)
     */
    public ImportOutcome importFile(InputStream body, TableFormat format, Optional<Charset> charset,
                                    Optional<String> fileName, Optional<Integer> creditYear) {
        int year = creditYear.orElseGet(() -> LocalDate.now(clock).getYear());
        if (year < 1000 || year > 9999) {
            throw ProblemException.invalid("year", "YEAR_INVALID", year);
        }
        TableReader reader = TableReader.of(format, charset, limits);
        try (Upload upload = Upload.spool(body, limits.maxBytes())) {
            return writer.previousImport(upload.sha256())
                    .map(batch -> new ImportOutcome(batch, true))
                    .orElseGet(() -> new ImportOutcome(writer.write(upload, reader, format,
                            fileName.map(String::strip).filter(name -> !name.isEmpty()).orElse(null), year), false));
        }
    }
}
