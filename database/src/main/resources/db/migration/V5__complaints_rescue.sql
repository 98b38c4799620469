-- Step 5: complaints (投诉) with their lifecycle, due times and repeat links, and roadside rescue
-- cases (救援) with their units, dispatch tasks and process record. Oracle DDL; runs on H2
-- MODE=Oracle.

CREATE SEQUENCE cd_complaint_seq START WITH 1000 INCREMENT BY 50 NOCACHE;
CREATE SEQUENCE cd_rescue_seq START WITH 1000 INCREMENT BY 50 NOCACHE;

-- Complaint categories: a reference list admins keep, each with the hours a case of it may take.
CREATE TABLE cd_complaint_category (
  code            VARCHAR2(30 CHAR)   NOT NULL,
  name_zh         VARCHAR2(60 CHAR)   NOT NULL,
  name_en         VARCHAR2(60 CHAR)   NOT NULL,
  sort_order      NUMBER(5)           DEFAULT 0 NOT NULL,
  active          NUMBER(1)           DEFAULT 1 NOT NULL,
  due_hours       NUMBER(5)           DEFAULT 72 NOT NULL,
  version         NUMBER(19)          DEFAULT 0 NOT NULL,
  updated_by      VARCHAR2(60 CHAR)   NOT NULL,
  updated_at      TIMESTAMP           NOT NULL,
  CONSTRAINT cd_complaint_category_pk PRIMARY KEY (code),
  CONSTRAINT cd_complaint_category_active_ck CHECK (active IN (0, 1)),
  CONSTRAINT cd_complaint_category_due_ck CHECK (due_hours BETWEEN 1 AND 8760)
);

-- A complaint. due_at moves on by the time a case waits on the customer (paused_since is set while
-- it waits). agent_id is whose record it is (RecordAccess); repeat_of_id links a repeat complaint to
-- the earlier one, repeated flags the earlier one. followup_due_on is the callback the close calls
-- for (the callback capability turns it into a task and fills followup_task_id).
CREATE TABLE cd_complaint (
  id                  NUMBER(19)          NOT NULL,
  complaint_no        VARCHAR2(20 CHAR)   NOT NULL,
  customer_id         NUMBER(19)          NOT NULL,
  call_row_id         NUMBER(19),
  channel             VARCHAR2(10 CHAR)   NOT NULL,
  category_code       VARCHAR2(30 CHAR)   NOT NULL,
  target_type         VARCHAR2(10 CHAR)   NOT NULL,
  target              VARCHAR2(200 CHAR)  NOT NULL,
  content             VARCHAR2(2000 CHAR) NOT NULL,
  received_at         TIMESTAMP           NOT NULL,
  state               VARCHAR2(20 CHAR)   NOT NULL,
  held_from           VARCHAR2(20 CHAR),
  hold_reason         VARCHAR2(500 CHAR),
  paused_since        TIMESTAMP,
  paused_seconds      NUMBER(19)          DEFAULT 0 NOT NULL,
  due_at              TIMESTAMP           NOT NULL,
  warned_at           TIMESTAMP,
  escalated_at        TIMESTAMP,
  department_code     VARCHAR2(30 CHAR),
  rejection           VARCHAR2(1000 CHAR),
  cause_code          VARCHAR2(20 CHAR),
  cause               VARCHAR2(1000 CHAR),
  responsible_person  VARCHAR2(100 CHAR),
  plan                VARCHAR2(2000 CHAR),
  resolution          VARCHAR2(2000 CHAR),
  feedback            VARCHAR2(2000 CHAR),
  satisfaction        NUMBER(1),
  repeat_of_id        NUMBER(19),
  repeated            NUMBER(1)           DEFAULT 0 NOT NULL,
  agent_id            NUMBER(19)          NOT NULL,
  agent_no            VARCHAR2(20 CHAR)   NOT NULL,
  closed_at           TIMESTAMP,
  followup_due_on     DATE,
  followup_task_id    NUMBER(19),
  version             NUMBER(19)          DEFAULT 0 NOT NULL,
  updated_by          VARCHAR2(60 CHAR)   NOT NULL,
  updated_at          TIMESTAMP           NOT NULL,
  CONSTRAINT cd_complaint_pk PRIMARY KEY (id),
  CONSTRAINT cd_complaint_no_uk UNIQUE (complaint_no),
  CONSTRAINT cd_complaint_customer_fk FOREIGN KEY (customer_id) REFERENCES cd_customer (id),
  CONSTRAINT cd_complaint_call_fk FOREIGN KEY (call_row_id) REFERENCES cd_call (id),
  CONSTRAINT cd_complaint_category_fk FOREIGN KEY (category_code) REFERENCES cd_complaint_category (code),
  CONSTRAINT cd_complaint_dept_fk FOREIGN KEY (department_code) REFERENCES cd_department (code),
  CONSTRAINT cd_complaint_agent_fk FOREIGN KEY (agent_id) REFERENCES cd_employee (id),
  CONSTRAINT cd_complaint_repeat_fk FOREIGN KEY (repeat_of_id) REFERENCES cd_complaint (id),
  CONSTRAINT cd_complaint_channel_ck CHECK (channel IN ('PHONE', 'PARTNER', 'WALK_IN', 'LETTER')),
  CONSTRAINT cd_complaint_target_ck CHECK (target_type IN ('STAFF', 'PRODUCT', 'SERVICE')),
  CONSTRAINT cd_complaint_state_ck CHECK (state IN ('RECEIVED', 'REJECTED', 'ACCEPTED', 'INVESTIGATING',
    'PLAN_PROPOSED', 'PLAN_APPROVED', 'RESOLVED', 'CLOSED', 'WAITING_ON_CUSTOMER')),
  CONSTRAINT cd_complaint_cause_ck CHECK (cause_code IN ('ATTITUDE', 'PRODUCT_QUALITY', 'PROCESS',
    'DELIVERY', 'BILLING', 'COMMUNICATION', 'OTHER')),
  CONSTRAINT cd_complaint_satisfaction_ck CHECK (satisfaction BETWEEN 1 AND 5),
  CONSTRAINT cd_complaint_repeated_ck CHECK (repeated IN (0, 1)),
  CONSTRAINT cd_complaint_hold_ck CHECK ((state = 'WAITING_ON_CUSTOMER' AND paused_since IS NOT NULL)
    OR (state <> 'WAITING_ON_CUSTOMER' AND paused_since IS NULL))
);
-- The lists: newest first and by due time (read in index order, a page stops early), open cases
-- by due time, an agent's and a team's by time; the statistics of a period read only the index
-- that holds the period and the four columns they count by.
CREATE INDEX cd_complaint_received_ix ON cd_complaint (received_at DESC, id DESC);
CREATE INDEX cd_complaint_stats_ix ON cd_complaint (received_at, category_code, department_code, cause_code, state);
CREATE INDEX cd_complaint_due_ix ON cd_complaint (due_at, id);
CREATE INDEX cd_complaint_state_due_ix ON cd_complaint (state, due_at);
CREATE INDEX cd_complaint_agent_ix ON cd_complaint (agent_id, received_at);
CREATE INDEX cd_complaint_customer_ix ON cd_complaint (customer_id, received_at);
CREATE INDEX cd_complaint_category_ix ON cd_complaint (category_code, received_at);
CREATE INDEX cd_complaint_dept_ix ON cd_complaint (department_code, received_at);

-- Complaints counted per calendar month (UTC) of their intake and per category, department, cause
-- and state ('-' for none yet), kept by the service with every intake and move in the same
-- transaction: the statistics of a long period add up the whole months here and count only the
-- partial months at its edges from the complaints themselves.
CREATE TABLE cd_complaint_count (
  month_start     DATE                NOT NULL,
  category_code   VARCHAR2(30 CHAR)   NOT NULL,
  department_code VARCHAR2(30 CHAR)   NOT NULL,
  cause_code      VARCHAR2(20 CHAR)   NOT NULL,
  state           VARCHAR2(20 CHAR)   NOT NULL,
  complaints      NUMBER(10)          NOT NULL,
  CONSTRAINT cd_complaint_count_pk PRIMARY KEY (month_start, category_code, department_code, cause_code, state)
);

-- Each step of a complaint: what was done, from which state to which, by whom, when. Only added.
CREATE TABLE cd_complaint_step (
  id              NUMBER(19)          NOT NULL,
  complaint_id    NUMBER(19)          NOT NULL,
  action          VARCHAR2(20 CHAR)   NOT NULL,
  from_state      VARCHAR2(20 CHAR),
  to_state        VARCHAR2(20 CHAR)   NOT NULL,
  detail          VARCHAR2(2000 CHAR),
  done_by         VARCHAR2(60 CHAR)   NOT NULL,
  done_at         TIMESTAMP           NOT NULL,
  CONSTRAINT cd_complaint_step_pk PRIMARY KEY (id),
  CONSTRAINT cd_complaint_step_fk FOREIGN KEY (complaint_id) REFERENCES cd_complaint (id)
);
CREATE INDEX cd_complaint_step_ix ON cd_complaint_step (complaint_id, done_at);

-- Rescue units (救援单位) admins keep: who can be sent, their phone, the area they serve.
CREATE TABLE cd_rescue_unit (
  id              NUMBER(19)          NOT NULL,
  name            VARCHAR2(100 CHAR)  NOT NULL,
  phone           VARCHAR2(20 CHAR)   NOT NULL,
  service_area    VARCHAR2(60 CHAR)   NOT NULL,
  active          NUMBER(1)           DEFAULT 1 NOT NULL,
  version         NUMBER(19)          DEFAULT 0 NOT NULL,
  updated_by      VARCHAR2(60 CHAR)   NOT NULL,
  updated_at      TIMESTAMP           NOT NULL,
  CONSTRAINT cd_rescue_unit_pk PRIMARY KEY (id),
  CONSTRAINT cd_rescue_unit_name_uk UNIQUE (name),
  CONSTRAINT cd_rescue_unit_active_ck CHECK (active IN (0, 1))
);

-- A rescue case: the caller, the call it came in on, the vehicle and the fault.
CREATE TABLE cd_rescue_case (
  id              NUMBER(19)          NOT NULL,
  case_no         VARCHAR2(20 CHAR)   NOT NULL,
  customer_id     NUMBER(19)          NOT NULL,
  call_row_id     NUMBER(19),
  called_at       TIMESTAMP           NOT NULL,
  vehicle_model   VARCHAR2(60 CHAR)   NOT NULL,
  plate_no        VARCHAR2(10 CHAR)   NOT NULL,
  contact_person  VARCHAR2(60 CHAR)   NOT NULL,
  contact_phone   VARCHAR2(20 CHAR)   NOT NULL,
  fault_location  VARCHAR2(200 CHAR)  NOT NULL,
  service_area    VARCHAR2(60 CHAR),
  fault_symptom   VARCHAR2(1000 CHAR) NOT NULL,
  state           VARCHAR2(20 CHAR)   NOT NULL,
  agent_id        NUMBER(19)          NOT NULL,
  agent_no        VARCHAR2(20 CHAR)   NOT NULL,
  created_at      TIMESTAMP           NOT NULL,
  closed_at       TIMESTAMP,
  version         NUMBER(19)          DEFAULT 0 NOT NULL,
  CONSTRAINT cd_rescue_case_pk PRIMARY KEY (id),
  CONSTRAINT cd_rescue_case_no_uk UNIQUE (case_no),
  CONSTRAINT cd_rescue_case_customer_fk FOREIGN KEY (customer_id) REFERENCES cd_customer (id),
  CONSTRAINT cd_rescue_case_call_fk FOREIGN KEY (call_row_id) REFERENCES cd_call (id),
  CONSTRAINT cd_rescue_case_agent_fk FOREIGN KEY (agent_id) REFERENCES cd_employee (id),
  CONSTRAINT cd_rescue_case_state_ck CHECK (state IN ('OPEN', 'NOTIFIED', 'ACKNOWLEDGED', 'ARRIVED', 'COMPLETED'))
);
CREATE INDEX cd_rescue_case_agent_ix ON cd_rescue_case (agent_id, created_at);
CREATE INDEX cd_rescue_case_customer_ix ON cd_rescue_case (customer_id, created_at);

-- One notification of a unit (a dispatch task on the dispatch queue) and the unit's answers.
CREATE TABLE cd_rescue_dispatch (
  id              NUMBER(19)          NOT NULL,
  task_id         VARCHAR2(40 CHAR)   NOT NULL,
  case_id         NUMBER(19)          NOT NULL,
  unit_id         NUMBER(19)          NOT NULL,
  notified_by     VARCHAR2(20 CHAR)   NOT NULL,
  notified_at     TIMESTAMP           NOT NULL,
  outcome         VARCHAR2(20 CHAR)   NOT NULL,
  eta_minutes     NUMBER(5),
  reason          VARCHAR2(200 CHAR),
  answered_at     TIMESTAMP,
  ack_seconds     NUMBER(10),
  arrived_at      TIMESTAMP,
  completed_at    TIMESTAMP,
  CONSTRAINT cd_rescue_dispatch_pk PRIMARY KEY (id),
  CONSTRAINT cd_rescue_dispatch_task_uk UNIQUE (task_id),
  CONSTRAINT cd_rescue_dispatch_case_fk FOREIGN KEY (case_id) REFERENCES cd_rescue_case (id),
  CONSTRAINT cd_rescue_dispatch_unit_fk FOREIGN KEY (unit_id) REFERENCES cd_rescue_unit (id),
  CONSTRAINT cd_rescue_dispatch_outcome_ck CHECK (outcome IN ('PENDING', 'ACKNOWLEDGED', 'REFUSED', 'UNREACHABLE'))
);
CREATE INDEX cd_rescue_dispatch_case_ix ON cd_rescue_dispatch (case_id, notified_at);

-- The case's process record (过程记录): every step, timestamped. Only added.
CREATE TABLE cd_rescue_step (
  id              NUMBER(19)          NOT NULL,
  case_id         NUMBER(19)          NOT NULL,
  action          VARCHAR2(20 CHAR)   NOT NULL,
  detail          VARCHAR2(1000 CHAR),
  done_by         VARCHAR2(60 CHAR)   NOT NULL,
  done_at         TIMESTAMP           NOT NULL,
  CONSTRAINT cd_rescue_step_pk PRIMARY KEY (id),
  CONSTRAINT cd_rescue_step_case_fk FOREIGN KEY (case_id) REFERENCES cd_rescue_case (id)
);
CREATE INDEX cd_rescue_step_ix ON cd_rescue_step (case_id, done_at);

INSERT INTO cd_serial_counter (name, last_value) VALUES ('COMPLAINT_NO', 0);
INSERT INTO cd_serial_counter (name, last_value) VALUES ('RESCUE_NO', 0);

INSERT INTO cd_complaint_category (code, name_zh, name_en, sort_order, due_hours, updated_by, updated_at) VALUES ('SERVICE', '服务态度', 'Service attitude', 10, 48, 'system', CAST(SYSTIMESTAMP AT TIME ZONE 'UTC' AS TIMESTAMP));
INSERT INTO cd_complaint_category (code, name_zh, name_en, sort_order, due_hours, updated_by, updated_at) VALUES ('PRODUCT', '产品质量', 'Product quality', 20, 72, 'system', CAST(SYSTIMESTAMP AT TIME ZONE 'UTC' AS TIMESTAMP));
INSERT INTO cd_complaint_category (code, name_zh, name_en, sort_order, due_hours, updated_by, updated_at) VALUES ('REPAIR', '维修服务', 'Repair service', 30, 72, 'system', CAST(SYSTIMESTAMP AT TIME ZONE 'UTC' AS TIMESTAMP));
INSERT INTO cd_complaint_category (code, name_zh, name_en, sort_order, due_hours, updated_by, updated_at) VALUES ('BILLING', '收费问题', 'Billing', 40, 120, 'system', CAST(SYSTIMESTAMP AT TIME ZONE 'UTC' AS TIMESTAMP));
INSERT INTO cd_complaint_category (code, name_zh, name_en, sort_order, due_hours, updated_by, updated_at) VALUES ('OTHER', '其他', 'Other', 90, 72, 'system', CAST(SYSTIMESTAMP AT TIME ZONE 'UTC' AS TIMESTAMP));

INSERT INTO cd_rescue_unit (id, name, phone, service_area, updated_by, updated_at) VALUES (1, '北京朝阳道路救援', '01065001234', '北京', 'system', CAST(SYSTIMESTAMP AT TIME ZONE 'UTC' AS TIMESTAMP));
INSERT INTO cd_rescue_unit (id, name, phone, service_area, updated_by, updated_at) VALUES (2, '北京海淀拖车服务', '01062005678', '北京', 'system', CAST(SYSTIMESTAMP AT TIME ZONE 'UTC' AS TIMESTAMP));
INSERT INTO cd_rescue_unit (id, name, phone, service_area, updated_by, updated_at) VALUES (3, '上海浦东汽车救援', '02158001234', '上海', 'system', CAST(SYSTIMESTAMP AT TIME ZONE 'UTC' AS TIMESTAMP));
INSERT INTO cd_rescue_unit (id, name, phone, service_area, updated_by, updated_at) VALUES (4, '广州天河道路救援', '02038001234', '广州', 'system', CAST(SYSTIMESTAMP AT TIME ZONE 'UTC' AS TIMESTAMP));
