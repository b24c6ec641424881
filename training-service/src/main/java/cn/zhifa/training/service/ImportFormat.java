package cn.zhifa.training.service;

/** The file formats the attendance import reads. */
public enum ImportFormat {
    /** {@code text/csv}, UTF-8 (with or without BOM) or GBK. */
    CSV,
    /** {@code application/vnd.openxmlformats-officedocument.spreadsheetml.sheet}. */
    XLSX
}
