package cn.zhifa.evidence.domain;

import cn.zhifa.platform.error.ProblemException;

/**
 * Where a tus upload stands: its declared length and the bytes stored so far. A PATCH must start exactly at the
 * stored offset (409 {@code UPLOAD_OFFSET_MISMATCH} otherwise, the tus rule) and may not carry a byte past the
 * declared length (413 {@code UPLOAD_EXCEEDS_LENGTH}); a complete upload takes nothing more.
 */
public record UploadProgress(long length, long offset) {
    public UploadProgress {
        if (length < 0 || offset < 0 || offset > length) {
            throw new IllegalArgumentException("offset " + offset + " outside 0.." + length);
        }
    }

    /** The checks of a PATCH before any byte is read; {@code contentLength} is -1 when the body is chunked. */
    public void checkAppend(Long claimedOffset, long contentLength) {
        if (claimedOffset == null) {
            throw ProblemException.invalid("Upload-Offset", "FIELD_REQUIRED");
        }
        if (claimedOffset != offset) {
            throw ProblemException.conflict("UPLOAD_OFFSET_MISMATCH", offset);
        }
        if (complete() && contentLength != 0) {
            throw ProblemException.conflict("UPLOAD_COMPLETE");
        }
        if (contentLength > remaining()) {
            throw ProblemException.of(413, "UPLOAD_EXCEEDS_LENGTH", length);
        }
    }

    public long remaining() {
        return length - offset;
    }

    public boolean complete() {
        return offset == length;
    }

    /** The progress after {@code bytes} more were stored. */
    public UploadProgress advancedBy(long bytes) {
        if (bytes < 0 || bytes > remaining()) {
            throw ProblemException.of(413, "UPLOAD_EXCEEDS_LENGTH", length);
        }
        return new UploadProgress(length, offset + bytes);
    }
}
