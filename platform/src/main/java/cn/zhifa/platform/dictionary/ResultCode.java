package cn.zhifa.platform.dictionary;

/**
 * An inspection result code (检查结果, the {@code result-codes} dictionary): the categories of the national enterprise
 * credit publicity system. {@code problem}: the code means a problem was found (a result with it proposes a higher
 * risk level for the target: the one place this is read); {@code retired}: kept for the results that carry it, not
 * offered for new ones.
 */
public record ResultCode(String code, String name, String nameEn, boolean problem, boolean retired, int sortNo) {
}
