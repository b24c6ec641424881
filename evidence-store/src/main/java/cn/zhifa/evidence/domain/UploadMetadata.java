package cn.zhifa.evidence.domain;

import cn.zhifa.platform.error.ProblemException;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The tus {@code Upload-Metadata} of an evidence upload: comma-separated {@code key base64value} pairs, of which
 * {@code filename} and {@code kind} are required and {@code item} (a check-item code) and {@code matter} (the id of the matter whose check list has the item, a decimal
 * number) are optional.
 */
public record UploadMetadata(String filename, EvidenceKind kind, String item, Long matter) {
    public static final int MAX_FILENAME_LENGTH = 255;
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.-]+");
    private static final Pattern ITEM = Pattern.compile("[A-Za-z0-9_.-]{1,32}");
    private static final Pattern MATTER = Pattern.compile("[1-9][0-9]{0,17}");

    public static UploadMetadata parse(String header) {
        Map<String, String> pairs = pairs(header);
        String filename = pairs.get("filename");
        if (filename == null || filename.isBlank()) {
            throw ProblemException.invalid("filename", "FIELD_REQUIRED");
        }
        if (filename.length() > MAX_FILENAME_LENGTH || filename.chars().anyMatch(c -> c < 0x20 || c == 0x7f)
                || filename.contains("/") || filename.contains("\\")) {
            throw ProblemException.invalid("filename", "EVIDENCE_FILENAME_INVALID");
        }
        EvidenceKind kind = EvidenceKind.parse(pairs.get("kind"));
        String item = pairs.get("item");
        if (item != null && !ITEM.matcher(item).matches()) {
            throw ProblemException.invalid("item", "EVIDENCE_ITEM_INVALID");
        }
        String matter = pairs.get("matter");
        if (matter != null && !MATTER.matcher(matter).matches()) {
            throw ProblemException.invalid("matter", "FIELD_INVALID");
        }
        return new UploadMetadata(filename, kind, item, matter == null ? null : Long.valueOf(matter));
    }

    private static Map<String, String> pairs(String header) {
        Map<String, String> pairs = new LinkedHashMap<>();
        if (header == null || header.isBlank()) {
            return pairs;
        }
        for (String pair : header.split(",")) {
            String[] parts = pair.trim().split(" ", -1);
            if (parts.length > 2 || !KEY.matcher(parts[0]).matches() || pairs.containsKey(parts[0])) {
                throw ProblemException.invalid("Upload-Metadata", "UPLOAD_METADATA_INVALID");
            }
            pairs.put(parts[0], parts.length == 1 ? "" : decode(parts[1]));
        }
        return pairs;
    }

    private static String decode(String base64) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Base64.getDecoder().decode(base64))).toString();
        } catch (IllegalArgumentException | CharacterCodingException e) {
            throw ProblemException.invalid("Upload-Metadata", "UPLOAD_METADATA_INVALID");
        }
    }
}
