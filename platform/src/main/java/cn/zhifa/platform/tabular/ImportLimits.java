package cn.zhifa.platform.tabular;

/**
 * What one import file may hold, so that no upload can exhaust the server's memory. Read from configuration
 * by {@link ImportSettings}; tests build their own.
 *
 * @param maxBytes             the upload's size in bytes; more is refused with 413 before any of it is parsed
 * @param maxRows              data rows (the header not counted)
 * @param maxFieldChars        characters of one CSV field or xlsx cell
 * @param maxLineChars         characters of one CSV record
 * @param maxXlsxPartBytes     expanded size of any one part of an xlsx archive (a sheet, the shared strings)
 * @param maxSharedStrings     entries of an xlsx shared-strings table
 * @param maxSharedStringChars characters of all shared strings together
 */
public record ImportLimits(long maxBytes, int maxRows, int maxFieldChars, int maxLineChars, long maxXlsxPartBytes,
                           int maxSharedStrings, long maxSharedStringChars) {

    public ImportLimits {
        if (maxBytes <= 0 || maxRows <= 0 || maxFieldChars <= 0 || maxLineChars <= 0 || maxXlsxPartBytes <= 0
                || maxSharedStrings <= 0 || maxSharedStringChars <= 0) {
            throw new IllegalArgumentException("every import limit must be positive: " + this);
        }
    }

    /** The same limits with at most {@code rows} data rows (an import whose rows are all held at once). */
    public ImportLimits withMaxRows(int rows) {
        return new ImportLimits(maxBytes, Math.min(maxRows, rows), maxFieldChars, maxLineChars, maxXlsxPartBytes,
                maxSharedStrings, maxSharedStringChars);
    }
}
