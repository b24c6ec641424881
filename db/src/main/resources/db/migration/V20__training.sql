-- training-service (prefix trn_): courses, attendance (学时) with the history of its corrections,
-- import batches, and the per-officer yearly totals the compliance report reads.
-- Portable between MySQL 8 / MariaDB 10.6+ and H2 in MySQL mode. Instants are BIGINT epoch
-- milliseconds; calendar dates are DATE. Hours are stored as an integer count of half hours
-- (half_hours = hours * 2): the rules allow half-hour steps only, and integer sums are exact.
-- Officers are not referenced by a foreign key: they belong to credential-service and are read
-- through its view cred_v_officer, checked by the service when attendance is written.

-- 培训课程. credit_year is the year of ends_on: a course counts toward the year it is completed in.
CREATE TABLE trn_course (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    title            VARCHAR(200) NOT NULL,
    category         VARCHAR(32)  NOT NULL,
    organizer_agency VARCHAR(32)  NOT NULL,
    half_hours       INT          NOT NULL,
    starts_on        DATE         NOT NULL,
    ends_on          DATE         NOT NULL,
    credit_year      SMALLINT     NOT NULL,
    course_mode      VARCHAR(32)  NOT NULL,
    version          INT          NOT NULL,
    created_at_ms    BIGINT       NOT NULL,
    created_by       VARCHAR(128) NOT NULL,
    CONSTRAINT pk_trn_course PRIMARY KEY (id),
    CONSTRAINT fk_trn_course_category FOREIGN KEY (category) REFERENCES shr_training_category (code),
    CONSTRAINT fk_trn_course_organizer FOREIGN KEY (organizer_agency) REFERENCES shr_agency (code),
    CONSTRAINT ck_trn_course_hours CHECK (half_hours > 0),
    CONSTRAINT ck_trn_course_dates CHECK (starts_on <= ends_on)
);
CREATE INDEX ix_trn_course_year ON trn_course (credit_year, organizer_agency);

-- An attendance import: one row per distinct file (SHA-256 of its bytes), so that importing the same
-- file again is recognised and stores nothing twice. Only successful imports are kept (a refused
-- import rolls back with everything else).
CREATE TABLE trn_import_batch (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    file_sha256   CHAR(64)      NOT NULL,
    file_name     VARCHAR(255),
    file_format   VARCHAR(8)    NOT NULL,
    row_count     INT           NOT NULL,
    half_hours    BIGINT        NOT NULL,
    imported_at_ms BIGINT       NOT NULL,
    imported_by   VARCHAR(128)  NOT NULL,
    CONSTRAINT pk_trn_import_batch PRIMARY KEY (id),
    CONSTRAINT uq_trn_import_batch_file UNIQUE (file_sha256)
);

-- 学时记录: one row per officer and course (the primary key makes a second record impossible);
-- half_hours are the credited hours, never more than the course's. A correction updates the row and
-- appends to trn_attendance_change. The key (course_id, officer_id) is also the clustered order,
-- which keeps the import's inserts cheap; one officer's records come through ix_trn_attendance_officer.
-- batch_id names the import that stored the row. It has no foreign key on purpose: MySQL would add an
-- index on it to every one of millions of imported rows, and the batch row is written first, in the same
-- transaction, and never deleted.
CREATE TABLE trn_attendance (
    course_id       BIGINT       NOT NULL,
    officer_id      BIGINT       NOT NULL,
    half_hours      INT          NOT NULL,
    batch_id        BIGINT,
    version         INT          NOT NULL,
    recorded_at_ms  BIGINT       NOT NULL,
    recorded_by     VARCHAR(128) NOT NULL,
    CONSTRAINT pk_trn_attendance PRIMARY KEY (course_id, officer_id),
    CONSTRAINT fk_trn_attendance_course FOREIGN KEY (course_id) REFERENCES trn_course (id),
    CONSTRAINT ck_trn_attendance_hours CHECK (half_hours > 0)
);
CREATE INDEX ix_trn_attendance_officer ON trn_attendance (officer_id);

-- The history of corrections (更正): what the credited hours were and became, who changed them, why.
CREATE TABLE trn_attendance_change (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    course_id       BIGINT        NOT NULL,
    officer_id      BIGINT        NOT NULL,
    old_half_hours  INT           NOT NULL,
    new_half_hours  INT           NOT NULL,
    reason          VARCHAR(1000) NOT NULL,
    changed_at_ms   BIGINT        NOT NULL,
    changed_by      VARCHAR(128)  NOT NULL,
    CONSTRAINT pk_trn_attendance_change PRIMARY KEY (id),
    CONSTRAINT fk_trn_attendance_change_att FOREIGN KEY (course_id, officer_id)
        REFERENCES trn_attendance (course_id, officer_id)
);

-- Per officer and year, the credited half hours of each training category: the compliance report
-- for 100,000 officers reads one row per officer instead of aggregating millions of attendance rows.
-- Kept current in the same transaction as every attendance write (never edited otherwise); one
-- column per category of shr_training_category.
CREATE TABLE trn_year_total (
    credit_year                SMALLINT NOT NULL,
    officer_id                 BIGINT   NOT NULL,
    comprehensive_half_hours   INT      NOT NULL,
    professional_half_hours    INT      NOT NULL,
    law_update_half_hours      INT      NOT NULL,
    political_half_hours       INT      NOT NULL,
    other_half_hours           INT      NOT NULL,
    CONSTRAINT pk_trn_year_total PRIMARY KEY (credit_year, officer_id)
);

-- Per officer, year and organising agency, how many 法律知识更新培训 the officer attended: the duty asks
-- for one organised by the officer's own agency, and the agency is the one on record when the report
-- runs, so the organiser is kept rather than a yes/no.
CREATE TABLE trn_update_total (
    credit_year      SMALLINT    NOT NULL,
    officer_id       BIGINT      NOT NULL,
    organizer_agency VARCHAR(32) NOT NULL,
    course_count     INT         NOT NULL,
    CONSTRAINT pk_trn_update_total PRIMARY KEY (credit_year, officer_id, organizer_agency)
);

