package cn.zhifa.evidence.domain;

import cn.zhifa.platform.error.ProblemException;

import java.util.Arrays;

/** What a piece of evidence is: 照片, 视频, 录音 or 文书. */
public enum EvidenceKind {
    PHOTO, VIDEO, AUDIO, DOCUMENT;

    /** @throws ProblemException 400 {@code EVIDENCE_KIND_INVALID} for anything else (or nothing) */
    public static EvidenceKind parse(String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalid("kind", "FIELD_REQUIRED");
        }
        return Arrays.stream(values()).filter(k -> k.name().equals(value)).findFirst()
                .orElseThrow(() -> ProblemException.invalid("kind", "EVIDENCE_KIND_INVALID", value));
    }
}
