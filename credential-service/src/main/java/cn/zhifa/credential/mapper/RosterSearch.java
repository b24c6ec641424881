package cn.zhifa.credential.mapper;

/**
 * A public roster search as LIKE patterns ({@code !} escapes): names containing the text ("建国" finds 王建国), credential
 * numbers beginning with it (50011500 finds every number of that agency).
 */
public record RosterSearch(String nameContains, String numberPrefix) {
    /** The patterns of what a person typed (stripped, not blank). */
    public static RosterSearch of(String text) {
        String escaped = text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return new RosterSearch("%" + escaped + "%", escaped + "%");
    }
}
