-- inspection-planner (prefix insp_): the target directory (检查对象名录库), conflicts of interest (回避), the
-- random-inspection matter list (随机抽查事项清单), plans, seals, draws, inspections with their teams,
-- replacements and results. Portable between MySQL 8 / MariaDB 10.6+ and H2 in MySQL mode.
-- Instants are BIGINT epoch milliseconds; calendar dates are DATE; ratios are exact decimals.

-- 检查对象: keyed by the unified social credit code (GB 32100, checked before insert).
CREATE TABLE insp_target (
    credit_code   CHAR(18)     NOT NULL,
    name          VARCHAR(200) NOT NULL,
    industry      VARCHAR(64)  NOT NULL,
    area_code     CHAR(6)      NOT NULL,
    risk_level    VARCHAR(16)  NOT NULL,
    credit_level  VARCHAR(2)   NOT NULL,
    address       VARCHAR(300),
    created_at_ms BIGINT       NOT NULL,
    updated_at_ms BIGINT       NOT NULL,
    CONSTRAINT pk_insp_target PRIMARY KEY (credit_code),
    CONSTRAINT fk_insp_target_area FOREIGN KEY (area_code) REFERENCES shr_division (code)
);
-- The seal selects by area prefix and industry; the directory pages by area and risk.
CREATE INDEX ix_insp_target_area ON insp_target (area_code, risk_level, credit_code);
CREATE INDEX ix_insp_target_name ON insp_target (name);

-- 风险/信用等级 history: one row per creation or change of either level.
CREATE TABLE insp_target_history (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    credit_code   CHAR(18)     NOT NULL,
    risk_level    VARCHAR(16)  NOT NULL,
    credit_level  VARCHAR(2)   NOT NULL,
    changed_at_ms BIGINT       NOT NULL,
    changed_by    VARCHAR(128) NOT NULL,
    CONSTRAINT pk_insp_target_history PRIMARY KEY (id),
    CONSTRAINT fk_insp_target_history_target FOREIGN KEY (credit_code) REFERENCES insp_target (credit_code)
);
CREATE INDEX ix_insp_target_history_code ON insp_target_history (credit_code, id);

-- 回避: an officer who must never inspect a target. Never deleted, so a draw can be recomputed.
CREATE TABLE insp_conflict (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    credit_code    CHAR(18)      NOT NULL,
    officer_id     BIGINT        NOT NULL,
    reason         VARCHAR(500)  NOT NULL,
    declared_by    VARCHAR(128)  NOT NULL,
    declared_at_ms BIGINT        NOT NULL,
    CONSTRAINT pk_insp_conflict PRIMARY KEY (id),
    CONSTRAINT uq_insp_conflict UNIQUE (credit_code, officer_id),
    CONSTRAINT fk_insp_conflict_target FOREIGN KEY (credit_code) REFERENCES insp_target (credit_code)
);
CREATE INDEX ix_insp_conflict_officer ON insp_conflict (officer_id);

-- 随机抽查事项: 抽查主体, 依据, 对象 (text, and optionally the industries it is limited to), 内容, 方式, 频次,
-- and the enforcement category whose officers inspect it. Sampling ratios live on the plan.
CREATE TABLE insp_matter (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    name          VARCHAR(200)  NOT NULL,
    subject       VARCHAR(200)  NOT NULL,
    legal_basis   VARCHAR(2000) NOT NULL,
    target_scope  VARCHAR(1000) NOT NULL,
    content       VARCHAR(2000) NOT NULL,
    method        VARCHAR(500)  NOT NULL,
    frequency     VARCHAR(200)  NOT NULL,
    category_code VARCHAR(32)   NOT NULL,
    created_by    VARCHAR(128)  NOT NULL,
    created_at_ms BIGINT        NOT NULL,
    CONSTRAINT pk_insp_matter PRIMARY KEY (id),
    CONSTRAINT fk_insp_matter_category FOREIGN KEY (category_code) REFERENCES shr_enforcement_category (code)
);

-- The machine-checkable part of a matter's target scope: none listed means every industry.
CREATE TABLE insp_matter_industry (
    matter_id BIGINT      NOT NULL,
    industry  VARCHAR(64) NOT NULL,
    CONSTRAINT pk_insp_matter_industry PRIMARY KEY (matter_id, industry),
    CONSTRAINT fk_insp_matter_industry_matter FOREIGN KEY (matter_id) REFERENCES insp_matter (id)
);

-- 抽查计划. state: DRAFT → SEALED → DRAWN (→ CANCELLED from DRAFT or SEALED, with a reason). Publication of
-- the plan and of its results are instants, not states. previous_plan_id is fixed at seal.
CREATE TABLE insp_plan (
    id                      BIGINT        NOT NULL AUTO_INCREMENT,
    name                    VARCHAR(200)  NOT NULL,
    matter_id               BIGINT        NOT NULL,
    plan_year               INT           NOT NULL,
    team_size               INT           NOT NULL,
    inspector_cap           INT           NOT NULL,
    starts_on               DATE          NOT NULL,
    ends_on                 DATE          NOT NULL,
    state                   VARCHAR(16)   NOT NULL,
    previous_plan_id        BIGINT,
    cancel_reason           VARCHAR(500),
    published_at_ms         BIGINT,
    results_published_at_ms BIGINT,
    created_by              VARCHAR(128)  NOT NULL,
    created_at_ms           BIGINT        NOT NULL,
    updated_at_ms           BIGINT        NOT NULL,
    version                 INT           NOT NULL,
    CONSTRAINT pk_insp_plan PRIMARY KEY (id),
    CONSTRAINT fk_insp_plan_matter FOREIGN KEY (matter_id) REFERENCES insp_matter (id)
);
CREATE INDEX ix_insp_plan_matter ON insp_plan (matter_id, id);
CREATE INDEX ix_insp_plan_published ON insp_plan (published_at_ms);

CREATE TABLE insp_plan_area (
    plan_id   BIGINT  NOT NULL,
    area_code CHAR(6) NOT NULL,
    CONSTRAINT pk_insp_plan_area PRIMARY KEY (plan_id, area_code),
    CONSTRAINT fk_insp_plan_area_plan FOREIGN KEY (plan_id) REFERENCES insp_plan (id),
    CONSTRAINT fk_insp_plan_area_code FOREIGN KEY (area_code) REFERENCES shr_division (code)
);

-- 抽查比例 per risk level (0..1, four places).
CREATE TABLE insp_plan_ratio (
    plan_id    BIGINT       NOT NULL,
    risk_level VARCHAR(16)  NOT NULL,
    ratio      DECIMAL(9,4) NOT NULL,
    CONSTRAINT pk_insp_plan_ratio PRIMARY KEY (plan_id, risk_level),
    CONSTRAINT fk_insp_plan_ratio_plan FOREIGN KEY (plan_id) REFERENCES insp_plan (id)
);

-- 信用系数 per credit level (a missing level is 1).
CREATE TABLE insp_plan_multiplier (
    plan_id      BIGINT       NOT NULL,
    credit_level VARCHAR(2)   NOT NULL,
    factor       DECIMAL(9,4) NOT NULL,
    CONSTRAINT pk_insp_plan_multiplier PRIMARY KEY (plan_id, credit_level),
    CONSTRAINT fk_insp_plan_multiplier_plan FOREIGN KEY (plan_id) REFERENCES insp_plan (id)
);

-- 封存: the secret seed (revealed by the draw record only once drawn) and the commitments.
CREATE TABLE insp_seal (
    plan_id         BIGINT       NOT NULL,
    server_seed     CHAR(64)     NOT NULL,
    commitment      CHAR(64)     NOT NULL,
    targets_hash    CHAR(64)     NOT NULL,
    inspectors_hash CHAR(64)     NOT NULL,
    target_count    INT          NOT NULL,
    inspector_count INT          NOT NULL,
    sealed_by       VARCHAR(128) NOT NULL,
    sealed_at_ms    BIGINT       NOT NULL,
    CONSTRAINT pk_insp_seal PRIMARY KEY (plan_id),
    CONSTRAINT fk_insp_seal_plan FOREIGN KEY (plan_id) REFERENCES insp_plan (id)
);

-- The frozen snapshot of eligible targets (what targetsHash covers).
CREATE TABLE insp_seal_target (
    plan_id      BIGINT      NOT NULL,
    credit_code  CHAR(18)    NOT NULL,
    risk_level   VARCHAR(16) NOT NULL,
    credit_level VARCHAR(2)  NOT NULL,
    area_code    CHAR(6)     NOT NULL,
    CONSTRAINT pk_insp_seal_target PRIMARY KEY (plan_id, credit_code),
    CONSTRAINT fk_insp_seal_target_plan FOREIGN KEY (plan_id) REFERENCES insp_plan (id)
);

-- The frozen snapshot of eligible inspectors (what inspectorsHash covers), with the credential's areas
-- and categories at seal time, so a draw never depends on later changes in credential-service.
CREATE TABLE insp_seal_inspector (
    plan_id           BIGINT      NOT NULL,
    officer_id        BIGINT      NOT NULL,
    credential_number VARCHAR(40) NOT NULL,
    name              VARCHAR(64) NOT NULL,
    CONSTRAINT pk_insp_seal_inspector PRIMARY KEY (plan_id, officer_id),
    CONSTRAINT uq_insp_seal_inspector_credential UNIQUE (plan_id, credential_number),
    CONSTRAINT fk_insp_seal_inspector_plan FOREIGN KEY (plan_id) REFERENCES insp_plan (id)
);

CREATE TABLE insp_seal_inspector_area (
    plan_id    BIGINT  NOT NULL,
    officer_id BIGINT  NOT NULL,
    area_code  CHAR(6) NOT NULL,
    CONSTRAINT pk_insp_seal_inspector_area PRIMARY KEY (plan_id, officer_id, area_code),
    CONSTRAINT fk_insp_seal_inspector_area FOREIGN KEY (plan_id, officer_id) REFERENCES insp_seal_inspector (plan_id, officer_id)
);

CREATE TABLE insp_seal_inspector_category (
    plan_id       BIGINT      NOT NULL,
    officer_id    BIGINT      NOT NULL,
    category_code VARCHAR(32) NOT NULL,
    CONSTRAINT pk_insp_seal_inspector_category PRIMARY KEY (plan_id, officer_id, category_code),
    CONSTRAINT fk_insp_seal_inspector_category FOREIGN KEY (plan_id, officer_id) REFERENCES insp_seal_inspector (plan_id, officer_id)
);

-- 抽查 (draw): one per plan, guarded by the plan's conditional state change SEALED → DRAWN.
CREATE TABLE insp_draw (
    plan_id          BIGINT        NOT NULL,
    external_entropy VARCHAR(256)  NOT NULL,
    seed             CHAR(64)      NOT NULL,
    teams_hash       CHAR(64)      NOT NULL,
    solver_version   VARCHAR(32)   NOT NULL,
    flow_ms          BIGINT        NOT NULL,
    solve_ms         BIGINT        NOT NULL,
    final_score      VARCHAR(64)   NOT NULL,
    drawn_by         VARCHAR(128)  NOT NULL,
    drawn_at_ms      BIGINT        NOT NULL,
    CONSTRAINT pk_insp_draw PRIMARY KEY (plan_id),
    CONSTRAINT fk_insp_draw_plan FOREIGN KEY (plan_id) REFERENCES insp_plan (id)
);

-- Realised sampling per stratum (shown on the plan page).
CREATE TABLE insp_draw_stratum (
    plan_id         BIGINT        NOT NULL,
    risk_level      VARCHAR(16)   NOT NULL,
    credit_level    VARCHAR(2)    NOT NULL,
    eligible_count  INT           NOT NULL,
    effective_ratio DECIMAL(12,8) NOT NULL,
    drawn_count     INT           NOT NULL,
    CONSTRAINT pk_insp_draw_stratum PRIMARY KEY (plan_id, risk_level, credit_level),
    CONSTRAINT fk_insp_draw_stratum_plan FOREIGN KEY (plan_id) REFERENCES insp_plan (id)
);

-- 检查 of one drawn target, and its result (结果) once recorded.
CREATE TABLE insp_inspection (
    id                    BIGINT        NOT NULL AUTO_INCREMENT,
    plan_id               BIGINT        NOT NULL,
    credit_code           CHAR(18)      NOT NULL,
    area_code             CHAR(6)       NOT NULL,
    result_code           VARCHAR(32),
    inspected_on          DATE,
    note                  VARCHAR(2000),
    result_recorded_by    VARCHAR(128),
    result_recorded_at_ms BIGINT,
    version               INT           NOT NULL,
    CONSTRAINT pk_insp_inspection PRIMARY KEY (id),
    CONSTRAINT uq_insp_inspection UNIQUE (plan_id, credit_code),
    CONSTRAINT fk_insp_inspection_plan FOREIGN KEY (plan_id) REFERENCES insp_plan (id),
    CONSTRAINT fk_insp_inspection_result FOREIGN KEY (result_code) REFERENCES shr_result_code (code)
);

-- 更换: a recorded replacement of one officer in the teams of a drawn plan.
CREATE TABLE insp_replacement (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    plan_id        BIGINT        NOT NULL,
    seq_no         INT           NOT NULL,
    officer_id     BIGINT        NOT NULL,
    reason_code    VARCHAR(32)   NOT NULL,
    note           VARCHAR(1000),
    seed           CHAR(64)      NOT NULL,
    replaced_by    VARCHAR(128)  NOT NULL,
    replaced_at_ms BIGINT        NOT NULL,
    CONSTRAINT pk_insp_replacement PRIMARY KEY (id),
    CONSTRAINT uq_insp_replacement UNIQUE (plan_id, seq_no),
    CONSTRAINT fk_insp_replacement_plan FOREIGN KEY (plan_id) REFERENCES insp_plan (id)
);

-- 检查组成员: every member ever placed; a replacement ends a membership (removed_by) and starts another
-- (added_by), so the original draw stays readable.
CREATE TABLE insp_team_member (
    id                BIGINT      NOT NULL AUTO_INCREMENT,
    inspection_id     BIGINT      NOT NULL,
    seat_no           INT         NOT NULL,
    officer_id        BIGINT      NOT NULL,
    credential_number VARCHAR(40) NOT NULL,
    officer_name      VARCHAR(64) NOT NULL,
    active            BOOLEAN     NOT NULL,
    added_by          BIGINT,
    removed_by        BIGINT,
    CONSTRAINT pk_insp_team_member PRIMARY KEY (id),
    CONSTRAINT fk_insp_team_member_inspection FOREIGN KEY (inspection_id) REFERENCES insp_inspection (id),
    CONSTRAINT fk_insp_team_member_added FOREIGN KEY (added_by) REFERENCES insp_replacement (id),
    CONSTRAINT fk_insp_team_member_removed FOREIGN KEY (removed_by) REFERENCES insp_replacement (id)
);
CREATE INDEX ix_insp_team_member_inspection ON insp_team_member (inspection_id, seat_no);
CREATE INDEX ix_insp_team_member_officer ON insp_team_member (officer_id, active);

-- Draw attempts, for long draws: who asked, when it started and ended, and how (DONE, REFUSED, CONFLICT,
-- FAILED), so an operator sees a draw in progress and every refusal.
CREATE TABLE insp_draw_job (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    plan_id          BIGINT        NOT NULL,
    state            VARCHAR(16)   NOT NULL,
    requested_by     VARCHAR(128)  NOT NULL,
    started_at_ms    BIGINT        NOT NULL,
    ended_at_ms      BIGINT,
    message          VARCHAR(2000),
    CONSTRAINT pk_insp_draw_job PRIMARY KEY (id),
    CONSTRAINT fk_insp_draw_job_plan FOREIGN KEY (plan_id) REFERENCES insp_plan (id)
);
CREATE INDEX ix_insp_draw_job_plan ON insp_draw_job (plan_id, id);
