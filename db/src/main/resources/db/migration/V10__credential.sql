-- credential-service (prefix cred_): the officer roster, exams, credentials (行政执法证件) with their
-- history, and the views other services read. Portable between MySQL 8 / MariaDB 10.6+ and H2 in
-- MySQL mode. Instants are BIGINT epoch milliseconds; calendar dates are DATE.

-- 行政执法人员 (and 执法辅助人员, who are recorded but never hold a credential)
CREATE TABLE cred_officer (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    name                VARCHAR(64)  NOT NULL,
    id_number           CHAR(18)     NOT NULL,
    agency_code         VARCHAR(32)  NOT NULL,
    post_title          VARCHAR(64)  NOT NULL,
    employment_type     VARCHAR(16)  NOT NULL,
    post_status         VARCHAR(16)  NOT NULL,
    legal_qualification BOOLEAN      NOT NULL,
    legal_reviewer      BOOLEAN      NOT NULL,
    version             INT          NOT NULL,
    created_at_ms       BIGINT       NOT NULL,
    updated_at_ms       BIGINT       NOT NULL,
    CONSTRAINT pk_cred_officer PRIMARY KEY (id),
    CONSTRAINT uq_cred_officer_id_number UNIQUE (id_number),
    CONSTRAINT fk_cred_officer_agency FOREIGN KEY (agency_code) REFERENCES shr_agency (code)
);
CREATE INDEX ix_cred_officer_agency ON cred_officer (agency_code);
CREATE INDEX ix_cred_officer_name ON cred_officer (name);

-- 执法类别 the officer works in
CREATE TABLE cred_officer_category (
    officer_id    BIGINT      NOT NULL,
    category_code VARCHAR(32) NOT NULL,
    CONSTRAINT pk_cred_officer_category PRIMARY KEY (officer_id, category_code),
    CONSTRAINT fk_cred_officer_category_officer FOREIGN KEY (officer_id) REFERENCES cred_officer (id),
    CONSTRAINT fk_cred_officer_category_code FOREIGN KEY (category_code) REFERENCES shr_enforcement_category (code)
);

-- 执法区域: administrative divisions (a division covers its sub-divisions)
CREATE TABLE cred_officer_area (
    officer_id BIGINT  NOT NULL,
    area_code  CHAR(6) NOT NULL,
    CONSTRAINT pk_cred_officer_area PRIMARY KEY (officer_id, area_code),
    CONSTRAINT fk_cred_officer_area_officer FOREIGN KEY (officer_id) REFERENCES cred_officer (id),
    CONSTRAINT fk_cred_officer_area_code FOREIGN KEY (area_code) REFERENCES shr_division (code)
);

-- 综合法律知识考试 / 专业法律知识考试: every attempt is kept
CREATE TABLE cred_exam (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    officer_id     BIGINT       NOT NULL,
    kind           VARCHAR(32)  NOT NULL,
    passed         BOOLEAN      NOT NULL,
    score          DECIMAL(5,2),
    taken_on       DATE         NOT NULL,
    recorded_at_ms BIGINT       NOT NULL,
    recorded_by    VARCHAR(128) NOT NULL,
    CONSTRAINT pk_cred_exam PRIMARY KEY (id),
    CONSTRAINT fk_cred_exam_officer FOREIGN KEY (officer_id) REFERENCES cred_officer (id)
);
CREATE INDEX ix_cred_exam_officer ON cred_exam (officer_id, kind);

-- 行政执法证件. Rows are never deleted, so a number (unique) is never issued twice; agency_code is
-- the issuing agency, fixed at issue.
CREATE TABLE cred_credential (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    credential_no        VARCHAR(40)  NOT NULL,
    officer_id           BIGINT       NOT NULL,
    agency_code          VARCHAR(32)  NOT NULL,
    status               VARCHAR(16)  NOT NULL,
    status_reason        VARCHAR(40),
    issued_on            DATE         NOT NULL,
    valid_from           DATE         NOT NULL,
    valid_until          DATE         NOT NULL,
    issued_at_ms         BIGINT       NOT NULL,
    status_changed_at_ms BIGINT       NOT NULL,
    version              INT          NOT NULL,
    CONSTRAINT pk_cred_credential PRIMARY KEY (id),
    CONSTRAINT uq_cred_credential_no UNIQUE (credential_no),
    CONSTRAINT fk_cred_credential_officer FOREIGN KEY (officer_id) REFERENCES cred_officer (id),
    CONSTRAINT fk_cred_credential_agency FOREIGN KEY (agency_code) REFERENCES shr_agency (code)
);
CREATE INDEX ix_cred_credential_officer ON cred_credential (officer_id);
CREATE INDEX ix_cred_credential_status ON cred_credential (status, valid_until);

-- The categories and areas copied from the officer at issue (and again at renewal).
CREATE TABLE cred_credential_category (
    credential_id BIGINT      NOT NULL,
    category_code VARCHAR(32) NOT NULL,
    CONSTRAINT pk_cred_credential_category PRIMARY KEY (credential_id, category_code),
    CONSTRAINT fk_cred_credential_category_cred FOREIGN KEY (credential_id) REFERENCES cred_credential (id),
    CONSTRAINT fk_cred_credential_category_code FOREIGN KEY (category_code) REFERENCES shr_enforcement_category (code)
);

CREATE TABLE cred_credential_area (
    credential_id BIGINT  NOT NULL,
    area_code     CHAR(6) NOT NULL,
    CONSTRAINT pk_cred_credential_area PRIMARY KEY (credential_id, area_code),
    CONSTRAINT fk_cred_credential_area_cred FOREIGN KEY (credential_id) REFERENCES cred_credential (id),
    CONSTRAINT fk_cred_credential_area_code FOREIGN KEY (area_code) REFERENCES shr_division (code)
);

-- Every validity period a credential has had: term 1 at issue, one more per renewal. A QR code printed
-- on an older card is signed over its own period, so verification can recognise a superseded card.
CREATE TABLE cred_credential_term (
    credential_id BIGINT NOT NULL,
    term_no       INT    NOT NULL,
    valid_from    DATE   NOT NULL,
    valid_until   DATE   NOT NULL,
    started_at_ms BIGINT NOT NULL,
    CONSTRAINT pk_cred_credential_term PRIMARY KEY (credential_id, term_no),
    CONSTRAINT fk_cred_credential_term_cred FOREIGN KEY (credential_id) REFERENCES cred_credential (id)
);

-- 年审: every review kept, failed ones with the codes of the unmet rules (comma-separated).
CREATE TABLE cred_review (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    credential_id    BIGINT        NOT NULL,
    review_year      INT           NOT NULL,
    passed           BOOLEAN       NOT NULL,
    reason_codes     VARCHAR(512)  NOT NULL,
    legal_hours      DECIMAL(7,2),
    update_trainings INT,
    reviewed_at_ms   BIGINT        NOT NULL,
    reviewed_by      VARCHAR(128)  NOT NULL,
    CONSTRAINT pk_cred_review PRIMARY KEY (id),
    CONSTRAINT fk_cred_review_cred FOREIGN KEY (credential_id) REFERENCES cred_credential (id)
);
CREATE INDEX ix_cred_review_cred ON cred_review (credential_id, review_year);

-- 动态管理: the readable history of officers and credentials (the tamper-evident copy is the shared
-- audit chain). credential_id is NULL for events of the officer alone.
CREATE TABLE cred_event (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    officer_id     BIGINT        NOT NULL,
    credential_id  BIGINT,
    event_type     VARCHAR(40)   NOT NULL,
    from_status    VARCHAR(16),
    to_status      VARCHAR(16),
    reason         VARCHAR(40),
    note           VARCHAR(1000),
    detail         VARCHAR(2000),
    actor_subject  VARCHAR(128)  NOT NULL,
    occurred_at_ms BIGINT        NOT NULL,
    CONSTRAINT pk_cred_event PRIMARY KEY (id),
    CONSTRAINT fk_cred_event_officer FOREIGN KEY (officer_id) REFERENCES cred_officer (id),
    CONSTRAINT fk_cred_event_cred FOREIGN KEY (credential_id) REFERENCES cred_credential (id)
);
CREATE INDEX ix_cred_event_officer ON cred_event (officer_id, id);
CREATE INDEX ix_cred_event_cred ON cred_event (credential_id, id);

-- Serial counters of credential numbers, one per rendered number prefix (e.g. agency + year). Only
-- ever incremented, inside the issuing transaction.
CREATE TABLE cred_number_serial (
    serial_scope VARCHAR(64) NOT NULL,
    last_serial  BIGINT      NOT NULL,
    CONSTRAINT pk_cred_number_serial PRIMARY KEY (serial_scope)
);

-- 清理、收回、销毁: the credentials that must still be revoked, recovered or destroyed, with why and
-- since when. Kept current by every change and refreshed by the daily job.
CREATE TABLE cred_cleanup_item (
    credential_id   BIGINT      NOT NULL,
    reason          VARCHAR(40) NOT NULL,
    required_action VARCHAR(16) NOT NULL,
    listed_at_ms    BIGINT      NOT NULL,
    CONSTRAINT pk_cred_cleanup_item PRIMARY KEY (credential_id),
    CONSTRAINT fk_cred_cleanup_item_cred FOREIGN KEY (credential_id) REFERENCES cred_credential (id)
);

-- The Ed25519 key that signs QR verification URLs when none is configured: created once by the first
-- instance, shared by all (production configures its own key instead).
CREATE TABLE cred_signing_key (
    id            SMALLINT      NOT NULL,
    public_key    VARCHAR(256)  NOT NULL,
    private_key   VARCHAR(512)  NOT NULL,
    created_at_ms BIGINT        NOT NULL,
    CONSTRAINT pk_cred_signing_key PRIMARY KEY (id)
);

-- Published views: other services read only these.

-- training-service: resolve officers (also by identity number) and their agency.
CREATE VIEW cred_v_officer AS
SELECT o.id AS officer_id, o.name, o.id_number, o.agency_code, o.employment_type, o.post_status
FROM cred_officer o;

-- inspection-planner: the inspector directory (执法检查人员名录库), one row per credential in any
-- status; a credential number identifies the row.
CREATE VIEW cred_v_inspector AS
SELECT o.id AS officer_id, o.name, o.agency_code, c.credential_no AS credential_number, c.status,
       c.valid_from, c.valid_until
FROM cred_credential c
JOIN cred_officer o ON o.id = c.officer_id;

CREATE VIEW cred_v_inspector_category AS
SELECT c.officer_id, c.credential_no AS credential_number, cc.category_code
FROM cred_credential_category cc
JOIN cred_credential c ON c.id = cc.credential_id;

CREATE VIEW cred_v_inspector_area AS
SELECT c.officer_id, c.credential_no AS credential_number, ca.area_code
FROM cred_credential_area ca
JOIN cred_credential c ON c.id = ca.credential_id;
