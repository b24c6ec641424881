-- Draws become jobs of the shared queue (shr_job, V3): the queue is the one record of every draw attempt,
-- so insp_draw_job's rows move there and the table goes. A stored draw names the job that made it, so that a
-- job taken again after its instance died after committing the draw finishes with that draw.

INSERT INTO shr_job (kind, subject_key, live_key, payload, state, phase, requested_by, requested_roles, instance_id,
                     attempts, created_at_ms, started_at_ms, heartbeat_at_ms, ended_at_ms, result, problem_status,
                     problem_code, problem_detail)
SELECT 'planner.draw', CONCAT('plan:', plan_id), NULL, CONCAT('{"planId":', plan_id, '}'),
       CASE state WHEN 'DONE' THEN 'DONE' WHEN 'REFUSED' THEN 'REFUSED' WHEN 'CONFLICT' THEN 'REFUSED' ELSE 'FAILED' END,
       'FINISHED', requested_by, 'planner', 'before-queue', 1, started_at_ms, started_at_ms, started_at_ms,
       COALESCE(ended_at_ms, started_at_ms),
       -- the old message: the teams hash of a done draw, the refusal or error text of the others
       message,
       CASE state WHEN 'DONE' THEN NULL WHEN 'REFUSED' THEN 422 WHEN 'CONFLICT' THEN 409 ELSE 500 END,
       CASE state WHEN 'DONE' THEN NULL WHEN 'RUNNING' THEN 'JOB_ABANDONED'
            WHEN 'FAILED' THEN 'JOB_FAILED'
            ELSE LEFT(SUBSTRING(COALESCE(message, 'UNKNOWN'), 1, LOCATE(' ', CONCAT(COALESCE(message, 'UNKNOWN'), ' ')) - 1), 64)
       END,
       NULL
FROM insp_draw_job
ORDER BY id;

DROP TABLE insp_draw_job;

ALTER TABLE insp_draw ADD COLUMN job_id BIGINT;

-- 工作日历: public holidays (HOLIDAY) and make-up working days on a weekend (WORKDAY, 调休上班); every other
-- day is a working day from Monday to Friday. The result deadline (20 working days after the window) counts
-- working days of this calendar. Add each year's calendar when the State Council publishes it.
CREATE TABLE insp_calendar_day (
    cal_day  DATE         NOT NULL,
    kind     VARCHAR(8)   NOT NULL,
    name     VARCHAR(32)  NOT NULL,
    CONSTRAINT pk_insp_calendar_day PRIMARY KEY (cal_day)
);

-- 2026: 元旦 1/1-1/3, 春节 2/15-2/23, 清明 4/4-4/6, 劳动节 5/1-5/5, 端午 6/19-6/21, 中秋 9/25-9/27,
-- 国庆 10/1-10/7; make-up working days 1/4, 2/14, 2/28, 5/9, 9/20, 10/10 (see docs/configuration.md).
INSERT INTO insp_calendar_day (cal_day, kind, name) VALUES
('2026-01-01', 'HOLIDAY', '元旦'), ('2026-01-02', 'HOLIDAY', '元旦'), ('2026-01-03', 'HOLIDAY', '元旦'),
('2026-01-04', 'WORKDAY', '元旦调休'),
('2026-02-14', 'WORKDAY', '春节调休'),
('2026-02-15', 'HOLIDAY', '春节'), ('2026-02-16', 'HOLIDAY', '春节'), ('2026-02-17', 'HOLIDAY', '春节'),
('2026-02-18', 'HOLIDAY', '春节'), ('2026-02-19', 'HOLIDAY', '春节'), ('2026-02-20', 'HOLIDAY', '春节'),
('2026-02-21', 'HOLIDAY', '春节'), ('2026-02-22', 'HOLIDAY', '春节'), ('2026-02-23', 'HOLIDAY', '春节'),
('2026-02-28', 'WORKDAY', '春节调休'),
('2026-04-04', 'HOLIDAY', '清明节'), ('2026-04-05', 'HOLIDAY', '清明节'), ('2026-04-06', 'HOLIDAY', '清明节'),
('2026-05-01', 'HOLIDAY', '劳动节'), ('2026-05-02', 'HOLIDAY', '劳动节'), ('2026-05-03', 'HOLIDAY', '劳动节'),
('2026-05-04', 'HOLIDAY', '劳动节'), ('2026-05-05', 'HOLIDAY', '劳动节'),
('2026-05-09', 'WORKDAY', '劳动节调休'),
('2026-06-19', 'HOLIDAY', '端午节'), ('2026-06-20', 'HOLIDAY', '端午节'), ('2026-06-21', 'HOLIDAY', '端午节'),
('2026-09-20', 'WORKDAY', '国庆节调休'),
('2026-09-25', 'HOLIDAY', '中秋节'), ('2026-09-26', 'HOLIDAY', '中秋节'), ('2026-09-27', 'HOLIDAY', '中秋节'),
('2026-10-01', 'HOLIDAY', '国庆节'), ('2026-10-02', 'HOLIDAY', '国庆节'), ('2026-10-03', 'HOLIDAY', '国庆节'),
('2026-10-04', 'HOLIDAY', '国庆节'), ('2026-10-05', 'HOLIDAY', '国庆节'), ('2026-10-06', 'HOLIDAY', '国庆节'),
('2026-10-07', 'HOLIDAY', '国庆节'),
('2026-10-10', 'WORKDAY', '国庆节调休');
