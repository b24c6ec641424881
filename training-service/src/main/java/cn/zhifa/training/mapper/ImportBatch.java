package cn.zhifa.training.mapper;

/**
 * A successful attendance import.
 *
 * @param id           the batch id
 * @param fileSha256   lowercase hex SHA-256 of the file's bytes
 * @param fileName     the name the client gave, if any
 * @param fileFormat   CSV or XLSX
 * @param rowCount     attendances stored
 * @param halfHours    half hours credited in total
 * @param importedAtMs when
 * @param importedBy   who
 */
public record ImportBatch(long id, String fileSha256, String fileName, String fileFormat, int rowCount,
                          long halfHours, long importedAtMs, String importedBy) {
}
