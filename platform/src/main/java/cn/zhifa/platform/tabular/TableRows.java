package cn.zhifa.platform.tabular;

import java.util.List;

/** Receives the rows of a file in order, each as it is read; blank rows are skipped. */
@FunctionalInterface
public interface TableRows {

    /**
     * @param line  where the row is in the file: the CSV line on which the record ends, or the sheet's row number
     *              (both 1-based, the header included)
     * @param cells the row's cells as text, as Excel displays them
     * @throws TableFileException to refuse the file as a whole (e.g. for its header)
     */
    void row(int line, List<String> cells) throws TableFileException;
}
