-- Field inspections (issue 17): the check list (检查表) and audio-visual rules (音像记录事项清单) of a matter, kept in
-- every version (a PUT adds one; an inspection's record keeps the version its visit started with), and the
-- full-process record (现场检查记录) of an inspection: check-in, findings, confirmations, the party's acknowledgement.
CREATE TABLE insp_checklist (
    matter_id           BIGINT       NOT NULL,
    version             INT          NOT NULL,
    whole_visit_video   BOOLEAN      NOT NULL,
    created_by          VARCHAR(200) NOT NULL,
    created_at_ms       BIGINT       NOT NULL,
    CONSTRAINT pk_insp_checklist PRIMARY KEY (matter_id, version),
    CONSTRAINT fk_insp_checklist_matter FOREIGN KEY (matter_id) REFERENCES insp_matter (id)
);

-- evidence_required: the kinds, comma-separated in PHOTO, VIDEO, AUDIO, DOCUMENT order ('' for none)
CREATE TABLE insp_checklist_item (
    matter_id          BIGINT        NOT NULL,
    version            INT           NOT NULL,
    item_no            INT           NOT NULL,
    code               VARCHAR(40)   NOT NULL,
    content            VARCHAR(1000) NOT NULL,
    legal_basis        VARCHAR(1000) NOT NULL,
    method             VARCHAR(200)  NOT NULL,
    evidence_required  VARCHAR(100)  NOT NULL,
    CONSTRAINT pk_insp_checklist_item PRIMARY KEY (matter_id, version, item_no),
    CONSTRAINT uq_insp_checklist_item_code UNIQUE (matter_id, version, code),
    CONSTRAINT fk_insp_checklist_item_list FOREIGN KEY (matter_id, version) REFERENCES insp_checklist (matter_id, version)
);

-- One per inspection once its visit started (check-in); the position only if the officer sent it.
-- final_at_ms: set when the last member confirmed a complete record; afterwards nothing of it changes.
CREATE TABLE insp_field_record (
    inspection_id       BIGINT        NOT NULL,
    matter_id           BIGINT        NOT NULL,
    checklist_version   INT           NOT NULL,
    checked_in_at_ms    BIGINT        NOT NULL,
    checked_in_by       BIGINT        NOT NULL,
    latitude            DECIMAL(9,6)  NULL,
    longitude           DECIMAL(9,6)  NULL,
    accuracy_meters     DECIMAL(9,1)  NULL,
    ack_name            VARCHAR(100)  NULL,
    ack_position        VARCHAR(100)  NULL,
    ack_refused         BOOLEAN       NULL,
    ack_note            VARCHAR(1000) NULL,
    ack_at_ms           BIGINT        NULL,
    final_at_ms         BIGINT        NULL,
    version             INT           NOT NULL,
    CONSTRAINT pk_insp_field_record PRIMARY KEY (inspection_id),
    CONSTRAINT fk_insp_field_record_inspection FOREIGN KEY (inspection_id) REFERENCES insp_inspection (id),
    CONSTRAINT fk_insp_field_record_checklist FOREIGN KEY (matter_id, checklist_version)
        REFERENCES insp_checklist (matter_id, version)
);

CREATE TABLE insp_field_finding (
    inspection_id   BIGINT        NOT NULL,
    item_code       VARCHAR(40)   NOT NULL,
    outcome         VARCHAR(20)   NOT NULL,
    note            VARCHAR(1000) NULL,
    recorded_by     VARCHAR(200)  NOT NULL,
    recorded_at_ms  BIGINT        NOT NULL,
    CONSTRAINT pk_insp_field_finding PRIMARY KEY (inspection_id, item_code),
    CONSTRAINT fk_insp_field_finding_record FOREIGN KEY (inspection_id) REFERENCES insp_field_record (inspection_id)
);

-- 签名确认: a member signs the record as it stands; a later change of findings or acknowledgement clears them.
CREATE TABLE insp_field_confirmation (
    inspection_id    BIGINT NOT NULL,
    officer_id       BIGINT NOT NULL,
    confirmed_at_ms  BIGINT NOT NULL,
    CONSTRAINT pk_insp_field_confirmation PRIMARY KEY (inspection_id, officer_id),
    CONSTRAINT fk_insp_field_confirmation_record FOREIGN KEY (inspection_id) REFERENCES insp_field_record (inspection_id)
);
