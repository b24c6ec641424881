package cn.zhifa.platform.tabular;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;

/** The CSV side of {@link TableReader}: RFC 4180, as Excel writes it, through {@link BoundedCsvReader}. */
final class CsvTableReader implements TableReader {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(true)
            .get();

    private final Optional<Charset> declared;
    private final ImportLimits limits;

    CsvTableReader(Optional<Charset> declared, ImportLimits limits) {
        this.declared = declared;
        this.limits = limits;
    }

    @Override
    public void read(Path file, TableRows rows) throws IOException, TableFileException {
        Charset charset = declared.isPresent() ? declared.get() : TextEncoding.detect(file);
        TableRows counted = new CountedRows(rows, limits.maxRows());
        try (Reader reader = new BoundedCsvReader(TextEncoding.strictReader(file, charset), limits.maxFieldChars(),
                limits.maxLineChars());
             CSVParser parser = FORMAT.parse(reader)) {
            Iterator<CSVRecord> records = parser.iterator();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                // The parser's line count is where the record ends.
                counted.row((int) parser.getCurrentLineNumber(), record.toList());
            }
        } catch (ReadStopped e) {
            throw e.rethrow();
        } catch (UncheckedIOException e) {
            // Commons CSV's iterator wraps read failures: decoding errors, limits, broken quoting.
            throw refusal(e.getCause(), charset);
        } catch (IOException e) {
            throw refusal(e, charset);
        }
    }

    private static TableFileException refusal(IOException cause, Charset charset) throws IOException {
        return switch (cause) {
            case CharacterCodingException e ->
                    new TableFileException(TableFileException.ENCODING_UNREADABLE, e, charset.name());
            case CSVException e -> new TableFileException(TableFileException.UNREADABLE, e, e.getMessage());
            default -> throw cause;
        };
    }
}
