package cn.zhifa.planner.domain;

import java.text.Normalizer;

/**
 * The paths inside an inspection's archive (归档): the manifest, the record as JSON and as a printable page, and one
 * path per evidence file, {@code evidence/<id>-<name>}: the evidence id makes it unique, the uploader's file name
 * made safe keeps it recognisable (letters and digits of any script, {@code . - _}; anything else, path separators,
 * control characters and a leading dot included, becomes {@code _}; at most {@value #MAX_NAME} characters, the
 * extension kept).
 */
public final class ArchiveNames {
    public static final String MANIFEST = "manifest.json";
    public static final String RECORD_JSON = "record.json";
    public static final String RECORD_HTML = "record.html";
    static final int MAX_NAME = 80;

    private ArchiveNames() {
    }

    /** The path of an evidence file in the archive. */
    public static String evidence(long evidenceId, String filename) {
        return "evidence/" + evidenceId + "-" + safe(filename);
    }

    static String safe(String filename) {
        String name = Normalizer.normalize(filename == null ? "" : filename, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(name.length());
        name.codePoints().forEach(c -> {
            boolean kept = Character.isLetterOrDigit(c) || c == '-' || c == '_' || (c == '.' && !out.isEmpty());
            out.appendCodePoint(kept ? c : '_');
        });
        String safe = out.toString();
        if (safe.codePointCount(0, safe.length()) > MAX_NAME) {
            int dot = safe.lastIndexOf('.');
            String extension = dot > 0 && safe.length() - dot <= 10 ? safe.substring(dot) : "";
            String stem = safe.substring(0, safe.offsetByCodePoints(0, MAX_NAME - extension.length()));
            safe = stem + extension;
        }
        return safe.isEmpty() ? "file" : safe;
    }
}
