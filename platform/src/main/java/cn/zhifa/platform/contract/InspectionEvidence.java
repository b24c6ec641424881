package cn.zhifa.platform.contract;

import java.util.List;

/**
 * Published by evidence-store for inspection-planner: the completed evidence of an inspection (a file whose every
 * byte is stored and whose media type its kind accepts), which the full-process record lists and whose presence
 * decides what is still missing.
 */
public interface InspectionEvidence {

    /**
     * One completed file; {@code kind}: PHOTO, VIDEO, AUDIO or DOCUMENT; {@code item}: the check item's code it
     * documents, null for the visit as a whole.
     */
    record Piece(long id, String kind, String item, String filename, String mediaType, long size, String sha256,
                 long uploadedAtMs, String uploadedBy) {
    }

    /** The inspection's completed evidence, in upload order; empty for an unknown inspection. */
    List<Piece> completed(long inspectionId);
}
