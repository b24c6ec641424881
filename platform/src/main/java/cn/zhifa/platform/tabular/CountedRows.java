package cn.zhifa.platform.tabular;

import java.util.List;

/** What both readers hand on: the non-blank rows, at most the header and {@code maxRows} data rows. */
final class CountedRows implements TableRows {
    private final TableRows rows;
    private final int maxRows;
    private long seen;

    CountedRows(TableRows rows, int maxRows) {
        this.rows = rows;
        this.maxRows = maxRows;
    }

    @Override
    public void row(int line, List<String> cells) throws TableFileException {
        if (TableReader.isBlank(cells)) {
            return;
        }
        if (++seen > maxRows + 1L) {
            throw new TableFileException(TableFileException.TOO_MANY_ROWS, maxRows);
        }
        rows.row(line, cells);
    }
}
