package cn.zhifa.planner.domain;

/**
 * 行政区划代码 (GB/T 2260) coverage: a province-level code (xx0000) covers every code starting with its
 * first two digits, a prefecture or grouping code (xxxx00) its first four, a county only itself.
 */
public final class DivisionCodes {

    private DivisionCodes() {
    }

    public static boolean covers(String area, String code) {
        if (area == null || code == null || area.length() != 6 || code.length() != 6) {
            return false;
        }
        if (area.endsWith("0000")) {
            return code.startsWith(area.substring(0, 2));
        }
        if (area.endsWith("00")) {
            return code.startsWith(area.substring(0, 4));
        }
        return area.equals(code);
    }

    public static boolean isWellFormed(String code) {
        return code != null && code.matches("[1-9][0-9]{5}");
    }
}
