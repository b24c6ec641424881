package cn.zhifa.training.domain.importing;

import cn.zhifa.platform.tabular.TableFileException;
import cn.zhifa.platform.tabular.TableReader;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * An attendance file, read line by line through the platform's {@link TableReader} (CSV or xlsx, within the
 * import limits), each data line handed to a consumer as it is read: the file is never held in memory.
 * Columns: {@code courseId}, one of {@code officerId}, {@code idNumber} and {@code credentialNumber}, {@code hours}
 * (or their Chinese names, {@link AttendanceColumns#COLUMNS}).
 */
public final class AttendanceFile {
    /** No header, or a header and no data line. */
    public static final String EMPTY = "IMPORT_FILE_EMPTY";
    /** The header lacks courseId, hours, or all of officerId, idNumber and credentialNumber; or repeats a column. */
    public static final String HEADER_INVALID = "IMPORT_HEADER_INVALID";

    private AttendanceFile() {
    }

    /**
     * Reads {@code file}, passing every non-blank data line, in order, to {@code lines}.
     *
     * @throws TableFileException when the file as a whole is unusable (empty, bad header, encoding, limits)
     */
    public static void read(TableReader reader, Path file, Consumer<ParsedLine> lines)
            throws IOException, TableFileException {
        var state = new Object() {
            AttendanceColumns columns;
            boolean anyData;
        };
        reader.read(file, (line, cells) -> {
            if (state.columns == null) {
                state.columns = AttendanceColumns.of(cells);
                return;
            }
            state.anyData = true;
            lines.accept(state.columns.parse(line, cells));
        });
        if (!state.anyData) {
            throw new TableFileException(EMPTY, state.columns == null ? "no header" : "no data line");
        }
    }
}
