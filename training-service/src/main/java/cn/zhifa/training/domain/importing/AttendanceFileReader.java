package cn.zhifa.training.domain.importing;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads an attendance file line by line, handing each data line to a consumer as it is read: the file
 * is never held in memory. Columns: {@code courseId}, {@code officerId} or {@code idNumber}, {@code hours}.
 */
public interface AttendanceFileReader {

    /**
     * Reads {@code file}, passing every non-blank data line, in order, to {@code lines}.
     *
     * @throws AttendanceFileException when the file as a whole is unusable (empty, bad header, encoding)
     */
    void read(Path file, Consumer<ParsedLine> lines) throws IOException, AttendanceFileException;

    /**
     * CSV, in the charset the upload declared, else detected: UTF-8 (with or without BOM), or
     * GB18030 (the superset of GBK that Excel on a Chinese Windows writes).
     */
    static AttendanceFileReader csv(Optional<Charset> declared) {
        return new CsvAttendanceReader(declared);
    }

    /** The first sheet of an Office Open XML workbook (.xlsx), read with POI's streaming (SAX) reader. */
    static AttendanceFileReader xlsx() {
        return new XlsxAttendanceReader();
    }
}
