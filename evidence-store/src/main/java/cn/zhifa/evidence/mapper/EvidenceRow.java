package cn.zhifa.evidence.mapper;

/**
 * One row of {@code evd_evidence} ({@code matterId}: the matter of the item, named for a joint inspection); state UPLOADING, COMPLETE, REFUSED (a media type its kind does not accept) or ABANDONED.
 * {@code objectKey}: where the object store keeps a completed upload; null when its file under the data directory
 * ({@code storagePath}) is the kept copy.
 */
public record EvidenceRow(long id, long inspectionId, String kind, String itemCode, Long matterId, String filename, long uploadLength,
                          long uploadOffset, String state, String storagePath, String createdBy, long createdAtMs,
                          String mediaType, String sha256, String uploadedBy, Long uploadedAtMs, String objectKey) {
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
