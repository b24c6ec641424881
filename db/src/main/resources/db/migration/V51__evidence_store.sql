-- evidence-store (issue 17): the audio-visual evidence (音像记录) of an inspection. A row is created when a tus
-- upload is created (state UPLOADING, upload_offset the bytes stored so far) and completed once every byte
-- arrived (state COMPLETE: size, sha256 computed while the bytes streamed, media type sniffed from the bytes,
-- uploaded_by/at). The file lives under the data directory at storage_path (relative to zhifa.evidence.dir).
-- inspection_id names an inspection of inspection-planner, which this module reads only through the
-- InspectionTeams contract (no foreign key across owners).
CREATE TABLE evd_evidence (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    inspection_id     BIGINT        NOT NULL,
    kind              VARCHAR(16)   NOT NULL,
    item_code         VARCHAR(32),
    filename          VARCHAR(255)  NOT NULL,
    upload_length     BIGINT        NOT NULL,
    upload_offset     BIGINT        NOT NULL,
    state             VARCHAR(16)   NOT NULL,
    storage_path      VARCHAR(255)  NOT NULL,
    created_by        VARCHAR(128)  NOT NULL,
    created_at_ms     BIGINT        NOT NULL,
    media_type        VARCHAR(100),
    sha256            CHAR(64),
    uploaded_by       VARCHAR(128),
    uploaded_at_ms    BIGINT,
    CONSTRAINT pk_evd_evidence PRIMARY KEY (id),
    CONSTRAINT ck_evd_evidence_offset CHECK (upload_offset >= 0 AND upload_offset <= upload_length)
);
CREATE INDEX ix_evd_evidence_inspection ON evd_evidence (inspection_id);
