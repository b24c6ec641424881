-- Issue 17, results that count.
-- 1. The working calendar of 2025, from 国务院办公厅关于2025年部分节假日安排的通知 (国办发明电〔2024〕12号, 2024-11-12):
--    元旦 1/1 (不调休); 春节 1/28-2/4, 上班 1/26 (Sun), 2/8 (Sat); 清明 4/4-4/6; 劳动节 5/1-5/5, 上班 4/27 (Sun);
--    端午 5/31-6/2; 国庆节、中秋节 10/1-10/8, 上班 9/28 (Sun), 10/11 (Sat).
--    2026 (V32) was checked against 国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04): every row agrees.
--    2027: no notice could be found here; load it with PUT /api/v1/calendar/2027 once published (docs/configuration.md).
INSERT INTO insp_calendar_day (cal_day, kind, name) VALUES
('2025-01-01', 'HOLIDAY', '元旦'),
('2025-01-26', 'WORKDAY', '春节调休'),
('2025-01-28', 'HOLIDAY', '春节'), ('2025-01-29', 'HOLIDAY', '春节'), ('2025-01-30', 'HOLIDAY', '春节'),
('2025-01-31', 'HOLIDAY', '春节'), ('2025-02-01', 'HOLIDAY', '春节'), ('2025-02-02', 'HOLIDAY', '春节'),
('2025-02-03', 'HOLIDAY', '春节'), ('2025-02-04', 'HOLIDAY', '春节'),
('2025-02-08', 'WORKDAY', '春节调休'),
('2025-04-04', 'HOLIDAY', '清明节'), ('2025-04-05', 'HOLIDAY', '清明节'), ('2025-04-06', 'HOLIDAY', '清明节'),
('2025-04-27', 'WORKDAY', '劳动节调休'),
('2025-05-01', 'HOLIDAY', '劳动节'), ('2025-05-02', 'HOLIDAY', '劳动节'), ('2025-05-03', 'HOLIDAY', '劳动节'),
('2025-05-04', 'HOLIDAY', '劳动节'), ('2025-05-05', 'HOLIDAY', '劳动节'),
('2025-05-31', 'HOLIDAY', '端午节'), ('2025-06-01', 'HOLIDAY', '端午节'), ('2025-06-02', 'HOLIDAY', '端午节'),
('2025-09-28', 'WORKDAY', '国庆节调休'),
('2025-10-01', 'HOLIDAY', '国庆节、中秋节'), ('2025-10-02', 'HOLIDAY', '国庆节、中秋节'),
('2025-10-03', 'HOLIDAY', '国庆节、中秋节'), ('2025-10-04', 'HOLIDAY', '国庆节、中秋节'),
('2025-10-05', 'HOLIDAY', '国庆节、中秋节'), ('2025-10-06', 'HOLIDAY', '国庆节、中秋节'),
('2025-10-07', 'HOLIDAY', '国庆节、中秋节'), ('2025-10-08', 'HOLIDAY', '国庆节、中秋节'),
('2025-10-11', 'WORKDAY', '国庆节调休');

-- Who loaded a year, and when (PUT /api/v1/calendar/{year}); the years of migrations have no row.
CREATE TABLE insp_calendar_year (
    cal_year      INT          NOT NULL,
    source        VARCHAR(500) NOT NULL,
    loaded_by     VARCHAR(128) NOT NULL,
    loaded_at_ms  BIGINT       NOT NULL,
    CONSTRAINT pk_insp_calendar_year PRIMARY KEY (cal_year)
);

-- 2. The result codes: the ten categories of the national enterprise credit publicity system (国家企业信用信息公示系统)
--    for random-inspection results. problem: the code means a problem was found (a result with it proposes a higher
--    risk level for the target); retired_at_ms: no longer offered for new results (old results keep it).
ALTER TABLE shr_result_code ADD COLUMN problem BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE shr_result_code ADD COLUMN retired_at_ms BIGINT NULL;
ALTER TABLE shr_result_code ADD COLUMN sort_no INT NOT NULL DEFAULT 100;

UPDATE shr_result_code SET name = '不配合检查情节严重' WHERE code = 'REFUSED';
INSERT INTO shr_result_code (code, name, name_en) VALUES
('DEREGISTERED', '检查对象已注销或被吊销营业执照', 'Target deregistered or its business licence revoked'),
('MOVED_OUT', '检查对象已迁出', 'Target moved out of the jurisdiction');
UPDATE shr_result_code SET problem = TRUE
 WHERE code IN ('ORDERED_TO_RECTIFY', 'PENDING_FOLLOW_UP', 'INFO_NOT_DISCLOSED', 'INFO_FALSIFIED', 'UNREACHABLE',
                'REFUSED', 'TRANSFERRED');
-- the contract's order
UPDATE shr_result_code SET sort_no = 1 WHERE code = 'NO_ISSUE';
UPDATE shr_result_code SET sort_no = 2 WHERE code = 'ORDERED_TO_RECTIFY';
UPDATE shr_result_code SET sort_no = 3 WHERE code = 'PENDING_FOLLOW_UP';
UPDATE shr_result_code SET sort_no = 4 WHERE code = 'INFO_NOT_DISCLOSED';
UPDATE shr_result_code SET sort_no = 5 WHERE code = 'INFO_FALSIFIED';
UPDATE shr_result_code SET sort_no = 6 WHERE code = 'UNREACHABLE';
UPDATE shr_result_code SET sort_no = 7 WHERE code = 'REFUSED';
UPDATE shr_result_code SET sort_no = 8 WHERE code = 'NO_RELEVANT_ACTIVITY';
UPDATE shr_result_code SET sort_no = 9 WHERE code = 'DEREGISTERED';
UPDATE shr_result_code SET sort_no = 10 WHERE code = 'MOVED_OUT';
-- 发现问题已移送有关部门 is not one of the publicity system's ten: kept for the results that carry it, retired for new ones
UPDATE shr_result_code SET sort_no = 11, retired_at_ms = 0 WHERE code = 'TRANSFERRED';
