package cn.zhifa.platform.tabular;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads an import file row by row within {@link ImportLimits}, handing each non-blank row to a
 * {@link TableRows} as it is read: the file is never held in memory. A file that cannot be decoded or breaks a
 * limit is refused whole ({@link TableFileException}); nothing is ever read with replacement characters.
 */
public interface TableReader {

    /**
     * Reads {@code file}, passing every non-blank row, in order, to {@code rows}; the first row is the header.
     *
     * @throws TableFileException when the file as a whole cannot be imported
     */
    void read(Path file, TableRows rows) throws IOException, TableFileException;

    /**
     * A reader for {@code format}: CSV in the charset the upload declared, else detected (UTF-8 with or without
     * byte-order mark, else GB18030, the superset of GBK that Excel on a Chinese Windows writes); xlsx streamed.
     */
    static TableReader of(TableFormat format, Optional<Charset> declared, ImportLimits limits) {
        return format == TableFormat.XLSX ? new XlsxTableReader(limits) : new CsvTableReader(declared, limits);
    }

    /** True for a row without any value (trailing rows of a spreadsheet, ",,," lines). */
    static boolean isBlank(List<String> cells) {
        return cells.stream().allMatch(cell -> cell == null || cell.isBlank());
    }
}
