package cn.zhifa.platform.dictionary;

/** A plain dictionary entry: enforcement category, training category or inspection result code. */
public record CodeName(String code, String name, String nameEn) {
}
