package cn.zhifa.evidence.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A short-lived link to one evidence file for one reader, so that a {@code <video>} or {@code <audio>} element, which
 * cannot send a bearer token, streams the file with Range requests instead of the page holding all of it in memory.
 * The reader was authorised when the link was given; the link carries who it is (subject, roles, agency, officer), so
 * each read through it is recorded under that reader (调阅记录). The link's text is signed by the platform's link
 * signer ({@code SignedLinks}); this class only encodes, decodes and dates it.
 *
 * @param evidenceId     the evidence the link opens, and no other
 * @param expiresAtSecond the epoch second after which the link is refused
 */
public record EvidenceLink(long evidenceId, long expiresAtSecond, String subject, Set<String> roles, String agency,
                           Long officer) {
    private static final String VERSION = "evidence-link-1";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    public EvidenceLink {
        roles = Set.copyOf(new TreeSet<>(roles));
    }

    /**
     * The link's text as it is signed and sent ({@code link=} of the URL): the fields base64url-encoded and joined by
     * dots, so no field's content can shift another's.
     */
    public String encoded() {
        return String.join(".", field(VERSION), field(Long.toString(evidenceId)), field(Long.toString(expiresAtSecond)),
                field(subject), field(String.join(",", new TreeSet<>(roles))), field(agency == null ? "" : agency),
                field(officer == null ? "" : officer.toString()));
    }

    /** The link a URL carries; empty for anything that is not one (the signature is checked apart). */
    public static Optional<EvidenceLink> decode(String encoded) {
        if (encoded == null || encoded.length() > 4096) {
            return Optional.empty();
        }
        String[] parts = encoded.split("\\.", -1);
        if (parts.length != 7) {
            return Optional.empty();
        }
        try {
            String[] f = Arrays.stream(parts).map(p -> new String(DECODER.decode(p), StandardCharsets.UTF_8))
                    .toArray(String[]::new);
            if (!f[0].equals(VERSION) || f[3].isEmpty()) {
                return Optional.empty();
            }
            Set<String> roles = f[4].isEmpty() ? Set.of() : Set.of(f[4].split(","));
            return Optional.of(new EvidenceLink(Long.parseLong(f[1]), Long.parseLong(f[2]), f[3], roles,
                    f[5].isEmpty() ? null : f[5], f[6].isEmpty() ? null : Long.valueOf(f[6])));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Whether the link no longer opens anything at {@code now}. */
    public boolean expiredAt(Instant now) {
        return now.getEpochSecond() > expiresAtSecond;
    }

    private static String field(String value) {
        return ENCODER.encodeToString(value.getBytes(StandardCharsets.UTF_8));
    }
}
