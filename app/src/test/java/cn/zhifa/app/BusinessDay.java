package cn.zhifa.app;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The servers' business date (zhifa.time-zone, default Asia/Shanghai). Tests date what they send with it, not with
 * the machine's zone: between 16:00 and 24:00 UTC the two are a day apart, and a plan starting "today" by UTC
 * would start before a credential issued "today" by the server.
 */
public final class BusinessDay {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private BusinessDay() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
