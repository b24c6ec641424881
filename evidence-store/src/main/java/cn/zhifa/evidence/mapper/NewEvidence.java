package cn.zhifa.evidence.mapper;

/** An upload being created; {@code id} is filled by the insert. */
public class NewEvidence {
    public Long id;
    public long inspectionId;
    public String kind;
    public String itemCode;
    public Long matterId;
    public String filename;
    public long uploadLength;
    public String createdBy;
    public long createdAtMs;
}
