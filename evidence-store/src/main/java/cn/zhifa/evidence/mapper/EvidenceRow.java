package cn.zhifa.evidence.mapper;

/** One row of {@code evd_evidence}; state UPLOADING, COMPLETE, REFUSED (a media type its kind does not accept) or ABANDONED. */
public record EvidenceRow(long id, long inspectionId, String kind, String itemCode, String filename, long uploadLength,
                          long uploadOffset, String state, String storagePath, String createdBy, long createdAtMs,
                          String mediaType, String sha256, String uploadedBy, Long uploadedAtMs) {
    public static final String UPLOADING = "UPLOADING";
    public static final String COMPLETE = "COMPLETE";
    public static final String REFUSED = "REFUSED";
    public static final String ABANDONED = "ABANDONED";

    public boolean uploading() {
        return UPLOADING.equals(state);
    }

    public boolean complete() {
        return COMPLETE.equals(state);
    }
}
