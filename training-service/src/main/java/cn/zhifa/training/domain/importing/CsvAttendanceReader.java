package cn.zhifa.training.domain.importing;

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
import java.util.function.Consumer;

/** The CSV side of {@link AttendanceFileReader}: RFC 4180 with a header line, as Excel writes it. */
final class CsvAttendanceReader implements AttendanceFileReader {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(true)
            .get();

    private final Optional<Charset> declared;

    CsvAttendanceReader(Optional<Charset> declared) {
        this.declared = declared;
    }

    @Override
    public void read(Path file, Consumer<ParsedLine> lines) throws IOException, AttendanceFileException {
        Charset charset = declared.isPresent() ? declared.get() : TextEncoding.detect(file);
        try (Reader reader = TextEncoding.strictReader(file, charset);
             CSVParser parser = FORMAT.parse(reader)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw new AttendanceFileException(AttendanceFileException.EMPTY, "no header");
            }
            AttendanceColumns columns = AttendanceColumns.of(records.next().toList());
            boolean anyData = false;
            while (records.hasNext()) {
                CSVRecord record = records.next();
                if (!AttendanceColumns.isBlank(record.toList())) {
                    anyData = true;
                    // The parser's line count is where the record ends; data lines are single lines.
                    lines.accept(columns.parse((int) parser.getCurrentLineNumber(), record.toList()));
                }
            }
            if (!anyData) {
                throw new AttendanceFileException(AttendanceFileException.EMPTY, "no data line");
            }
        } catch (UncheckedIOException e) {
            // Commons CSV's iterator wraps read failures, decoding errors among them.
            throw unwrap(e.getCause(), charset);
        } catch (CharacterCodingException e) {
            throw unwrap(e, charset);
        }
    }

    private static AttendanceFileException unwrap(IOException cause, Charset charset) throws IOException {
        if (cause instanceof CharacterCodingException) {
            return new AttendanceFileException(AttendanceFileException.ENCODING_UNREADABLE,
                    "not " + charset.name() + " text", cause);
        }
        throw cause;
    }
}
