package cn.zhifa.evidence.domain;

import cn.zhifa.platform.error.ProblemException;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One byte range of a stored file (RFC 9110 §14): {@code bytes=first-last}, {@code bytes=first-} or
 * {@code bytes=-suffixLength}. Several ranges, or another unit, are answered with the whole file (a server may
 * ignore Range); a range that starts past the end is 416 {@code RANGE_NOT_SATISFIABLE}.
 */
public record ByteRange(long first, long last, long size) {
    private static final Pattern SINGLE = Pattern.compile("bytes=(\\d{0,18})-(\\d{0,18})");

    /** Empty for no Range header (or one the server ignores): the whole file. */
    public static Optional<ByteRange> parse(String header, long size) {
        if (header == null) {
            return Optional.empty();
        }
        Matcher m = SINGLE.matcher(header.trim());
        if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
            return Optional.empty();
        }
        if (m.group(1).isEmpty()) {
            long suffix = Long.parseLong(m.group(2));
            if (suffix == 0 || size == 0) {
                throw unsatisfiable(size);
            }
            return Optional.of(new ByteRange(Math.max(0, size - suffix), size - 1, size));
        }
        long first = Long.parseLong(m.group(1));
        long last = m.group(2).isEmpty() ? size - 1 : Math.min(Long.parseLong(m.group(2)), size - 1);
        if (first >= size || last < first) {
            throw unsatisfiable(size);
        }
        return Optional.of(new ByteRange(first, last, size));
    }

    private static ProblemException unsatisfiable(long size) {
        return ProblemException.of(416, "RANGE_NOT_SATISFIABLE", size);
    }

    public long length() {
        return last - first + 1;
    }

    /** The {@code Content-Range} header of a 206 answer. */
    public String contentRange() {
        return "bytes " + first + "-" + last + "/" + size;
    }
}
