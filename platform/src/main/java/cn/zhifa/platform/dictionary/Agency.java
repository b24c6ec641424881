package cn.zhifa.platform.dictionary;

/** An enforcement agency or unit (执法机关/单位) with its parent and the division it serves. */
public record Agency(String code, String name, String nameEn, String parentCode, String area) {
}
