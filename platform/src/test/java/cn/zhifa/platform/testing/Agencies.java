package cn.zhifa.platform.testing;

/** The agencies of the dictionaries (V2) that tests of the agency scope act for, by what they stand for. */
public final class Agencies {
    /** 长寿区市场监管局, with the sub-units {@link #CHANGSHOU_UNIT} and 500115012. */
    public static final String CHANGSHOU = "500115002";
    /** 凤城市场监管所, below {@link #CHANGSHOU}. */
    public static final String CHANGSHOU_UNIT = "500115011";
    /** 长寿区城市管理局: another agency of the same district. */
    public static final String CHANGSHOU_URBAN = "500115003";
    /** 万州区市场监管局: another district. */
    public static final String WANZHOU = "500101002";
    /** 长寿区司法局: covers the agencies of 长寿区 (500115). */
    public static final String CHANGSHOU_JUSTICE = "500115001";
    /** 重庆市司法局: covers every agency of the city. */
    public static final String MUNICIPAL_JUSTICE = "500000001";

    private Agencies() {
    }
}
