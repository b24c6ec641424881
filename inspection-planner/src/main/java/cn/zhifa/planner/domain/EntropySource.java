package cn.zhifa.planner.domain;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * 外部随机数来源: the public source whose value the draw mixes into the seed, named before the seal together with
 * the instant its value becomes known (e.g. "福彩3D 第2026345期 开奖号码" at 2026-12-14T21:15:00+08:00). The seal commits
 * to it ({@link #hash()}), so nobody can pick the source, or the value, after learning the secret seed.
 *
 * @param description  what to look up and where, in words anyone can follow
 * @param availableAt  when the value is published; whole seconds
 */
public record EntropySource(String description, Instant availableAt) {

    public static final int MAX_DESCRIPTION = 200;

    /** Beijing time, fixed: the text is hashed, so it must not follow a server's zone setting. */
    private static final DateTimeFormatter TEXT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx")
            .withZone(ZoneOffset.ofHours(8));

    public EntropySource {
        availableAt = availableAt.truncatedTo(ChronoUnit.SECONDS);
    }

    /** {@code availableAt} as the record publishes and the hash covers it: {@code 2026-12-14T21:15:00+08:00}. */
    public String availableAtText() {
        return TEXT.format(availableAt);
    }

    /** {@code entropySourceHash = sha256hex(description + "\n" + availableAt)}, committed in the seal. */
    public String hash() {
        return Sha256.hex(description + "\n" + availableAtText());
    }

    /** Whether the source's value is out at {@code now}: the draw waits until it is. */
    public boolean isAvailableAt(Instant now) {
        return !now.isBefore(availableAt);
    }
}
