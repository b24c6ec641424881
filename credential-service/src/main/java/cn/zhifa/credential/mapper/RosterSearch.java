package cn.zhifa.credential.mapper;

import java.util.List;

/**
 * A public roster search: LIKE patterns ({@code !} escapes) for names containing the text ("建国" finds 王建国) and
 * credential numbers beginning with it (50011500 finds every number of that agency), and the officers they matched,
 * found first by two index scans so that the page is read from those officers alone.
 */
public record RosterSearch(String nameContains, String numberPrefix, List<Long> officerIds) {
    public RosterSearch {
        officerIds = List.copyOf(officerIds);
    }

    /** The patterns of what a person typed (stripped, not blank), before the officers are found. */
    public static RosterSearch of(String text) {
        String escaped = text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return new RosterSearch("%" + escaped + "%", escaped + "%", List.of());
    }

    public RosterSearch withOfficers(List<Long> ids) {
        return new RosterSearch(nameContains, numberPrefix, ids);
    }
}
