package cn.zhifa.platform.dictionary;

/** A GB/T 2260 administrative division (行政区划): level 1 province, 2 grouping or prefecture, 3 county. */
public record Division(String code, String name, String parentCode, int level) {
}
