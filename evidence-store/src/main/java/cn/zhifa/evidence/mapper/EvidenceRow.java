package cn.zhifa.evidence.mapper;

/** One row of {@code evd_evidence}; state UPLOADING or COMPLETE. */
public record EvidenceRow(long id, long inspectionId, String kind, String itemCode, String filename, long uploadLength,
                          long uploadOffset, String state, String storagePath, String createdBy, long createdAtMs,
                          String mediaType, String sha256, String uploadedBy, Long uploadedAtMs) {
    public static final String UPLOADING = "UPLOADING";
    public static final String COMPLETE = "COMPLETE";

    public boolean complete() {
        return COMPLETE.equals(state);
    }
}
