-- exam-service (prefix exm_): the question bank, exams with their committed seed and frozen pool, candidates,
-- sittings and their papers (执法资格考试). Instants are BIGINT epoch milliseconds. Officers are not referenced by a
-- foreign key: they belong to credential-service and are read through its view cred_v_exam_candidate.

-- A question, one row per version: an import that changes a question adds a version and supersedes the previous
-- one, so a paper always shows the version it drew. A retired question is drawn by no new exam but stays in the
-- papers and pools that hold it.
CREATE TABLE exm_question (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    code           VARCHAR(64)   NOT NULL,
    version        INT           NOT NULL,
    superseded     BOOLEAN       NOT NULL,
    retired        BOOLEAN       NOT NULL,
    topic          VARCHAR(32)   NOT NULL,
    question_type  VARCHAR(16)   NOT NULL,
    stem           VARCHAR(2000) NOT NULL,
    option_a       VARCHAR(500)  NOT NULL,
    option_b       VARCHAR(500)  NOT NULL,
    option_c       VARCHAR(500),
    option_d       VARCHAR(500),
    answer         VARCHAR(4)    NOT NULL,
    difficulty     VARCHAR(8)    NOT NULL,
    legal_basis    VARCHAR(1000),
    content_hash   CHAR(64)      NOT NULL,
    created_at_ms  BIGINT        NOT NULL,
    created_by     VARCHAR(128)  NOT NULL,
    CONSTRAINT pk_exm_question PRIMARY KEY (id),
    CONSTRAINT uq_exm_question_version UNIQUE (code, version)
);
CREATE INDEX ix_exm_question_topic ON exm_question (topic, superseded, retired, difficulty);

-- An exam (考试场次). seed stays secret until closes_at_ms (the API reveals it after); commitment = sha256hex(seed)
-- and pool_hash are shown from scheduling on (docs/exams.md).
CREATE TABLE exm_exam (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    name             VARCHAR(200)  NOT NULL,
    kind             VARCHAR(32)   NOT NULL,
    category_code    VARCHAR(32),
    topic            VARCHAR(32)   NOT NULL,
    opens_at_ms      BIGINT        NOT NULL,
    closes_at_ms     BIGINT        NOT NULL,
    duration_minutes INT           NOT NULL,
    pass_mark        DECIMAL(5, 2) NOT NULL,
    seed             CHAR(64)      NOT NULL,
    commitment       CHAR(64)      NOT NULL,
    pool_hash        CHAR(64)      NOT NULL,
    created_at_ms    BIGINT        NOT NULL,
    created_by       VARCHAR(128)  NOT NULL,
    CONSTRAINT pk_exm_exam PRIMARY KEY (id),
    CONSTRAINT ck_exm_exam_window CHECK (opens_at_ms < closes_at_ms),
    CONSTRAINT ck_exm_exam_duration CHECK (duration_minutes > 0)
);

CREATE TABLE exm_blueprint_cell (
    exam_id        BIGINT      NOT NULL,
    difficulty     VARCHAR(8)  NOT NULL,
    question_count INT         NOT NULL,
    CONSTRAINT pk_exm_blueprint_cell PRIMARY KEY (exam_id, difficulty),
    CONSTRAINT fk_exm_blueprint_cell_exam FOREIGN KEY (exam_id) REFERENCES exm_exam (id)
);

-- The pool frozen at scheduling: the question versions the papers are drawn from (hashed in pool_hash).
CREATE TABLE exm_pool_question (
    exam_id     BIGINT NOT NULL,
    question_id BIGINT NOT NULL,
    CONSTRAINT pk_exm_pool_question PRIMARY KEY (exam_id, question_id),
    CONSTRAINT fk_exm_pool_question_exam FOREIGN KEY (exam_id) REFERENCES exm_exam (id),
    CONSTRAINT fk_exm_pool_question_question FOREIGN KEY (question_id) REFERENCES exm_question (id)
);

-- A registered candidate; an exempt one (法律职业资格, comprehensive exam) is listed but cannot sit.
CREATE TABLE exm_candidate (
    exam_id          BIGINT       NOT NULL,
    officer_id       BIGINT       NOT NULL,
    exempt           BOOLEAN      NOT NULL,
    registered_at_ms BIGINT       NOT NULL,
    registered_by    VARCHAR(128) NOT NULL,
    CONSTRAINT pk_exm_candidate PRIMARY KEY (exam_id, officer_id),
    CONSTRAINT fk_exm_candidate_exam FOREIGN KEY (exam_id) REFERENCES exm_exam (id)
);
CREATE INDEX ix_exm_candidate_officer ON exm_candidate (officer_id);

-- A candidate's one sitting of an exam. device is the device that holds it (a second device takes it over);
-- submitted_how is CANDIDATE or TIMEOUT.
CREATE TABLE exm_sitting (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    exam_id         BIGINT        NOT NULL,
    officer_id      BIGINT        NOT NULL,
    started_at_ms   BIGINT        NOT NULL,
    ends_at_ms      BIGINT        NOT NULL,
    device          VARCHAR(64)   NOT NULL,
    device_switches INT           NOT NULL,
    submitted_at_ms BIGINT,
    submitted_how   VARCHAR(16),
    correct_count   INT,
    score           DECIMAL(5, 2),
    passed          BOOLEAN,
    CONSTRAINT pk_exm_sitting PRIMARY KEY (id),
    CONSTRAINT uq_exm_sitting_candidate UNIQUE (exam_id, officer_id),
    CONSTRAINT fk_exm_sitting_candidate FOREIGN KEY (exam_id, officer_id) REFERENCES exm_candidate (exam_id, officer_id)
);
CREATE INDEX ix_exm_sitting_open ON exm_sitting (submitted_at_ms, ends_at_ms);

-- A sitting's paper: its questions in order, each option order (the bank keys as shown, e.g. CADB), and the
-- answer saved (bank keys) with when.
CREATE TABLE exm_sitting_question (
    sitting_id   BIGINT     NOT NULL,
    position     INT        NOT NULL,
    question_id  BIGINT     NOT NULL,
    option_order VARCHAR(4) NOT NULL,
    choice       VARCHAR(4),
    saved_at_ms  BIGINT,
    correct      BOOLEAN,
    CONSTRAINT pk_exm_sitting_question PRIMARY KEY (sitting_id, position),
    CONSTRAINT uq_exm_sitting_question UNIQUE (sitting_id, question_id),
    CONSTRAINT fk_exm_sitting_question_sitting FOREIGN KEY (sitting_id) REFERENCES exm_sitting (id),
    CONSTRAINT fk_exm_sitting_question_question FOREIGN KEY (question_id) REFERENCES exm_question (id)
);
