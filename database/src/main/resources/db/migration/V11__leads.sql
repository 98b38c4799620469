-- Step 7 (fourth part): sales opportunities (销售机会). A caller interested in buying becomes a lead,
-- forwarded to the sales owner of the caller's region; the owner's result comes back; leads with
-- no feedback in time are chased. Oracle DDL; runs on H2 MODE=Oracle.

CREATE SEQUENCE cd_lead_seq START WITH 1000 INCREMENT BY 50 NOCACHE;

-- Sales regions admins keep: who owns the sales there, the partner id of the owner's system (the
-- partner events carry it), and how long the owner has to give feedback before being chased.
CREATE TABLE cd_sales_region (
  code            VARCHAR2(30 CHAR)   NOT NULL,
  name_zh         VARCHAR2(60 CHAR)   NOT NULL,
  name_en         VARCHAR2(60 CHAR)   NOT NULL,
  owner_name      VARCHAR2(100 CHAR)  NOT NULL,
  owner_system    VARCHAR2(40 CHAR)   NOT NULL,
  feedback_hours  NUMBER(5)           DEFAULT 48 NOT NULL,
  sort_order      NUMBER(5)           DEFAULT 0 NOT NULL,
  active          NUMBER(1)           DEFAULT 1 NOT NULL,
  version         NUMBER(19)          DEFAULT 0 NOT NULL,
  updated_by      VARCHAR2(60 CHAR)   NOT NULL,
  updated_at      TIMESTAMP           NOT NULL,
  CONSTRAINT cd_sales_region_pk PRIMARY KEY (code),
  CONSTRAINT cd_sales_region_hours_ck CHECK (feedback_hours BETWEEN 1 AND 8760),
  CONSTRAINT cd_sales_region_active_ck CHECK (active IN (0, 1))
);

-- A lead. OPEN until the owner reports a result (FEEDBACK); chase_count and last_chased_at count
-- the reminders sent while it waited.
CREATE TABLE cd_lead (
  id              NUMBER(19)          NOT NULL,
  lead_no         VARCHAR2(20 CHAR)   NOT NULL,
  customer_id     NUMBER(19)          NOT NULL,
  call_row_id     NUMBER(19),
  region_code     VARCHAR2(30 CHAR)   NOT NULL,
  need            VARCHAR2(1000 CHAR) NOT NULL,
  interest        VARCHAR2(10 CHAR)   NOT NULL,
  timing          VARCHAR2(20 CHAR)   NOT NULL,
  state           VARCHAR2(10 CHAR)   NOT NULL,
  result          VARCHAR2(10 CHAR),
  result_note     VARCHAR2(1000 CHAR),
  result_by       VARCHAR2(60 CHAR),
  result_at       TIMESTAMP,
  forwarded_at    TIMESTAMP           NOT NULL,
  chase_count     NUMBER(5)           DEFAULT 0 NOT NULL,
  last_chased_at  TIMESTAMP,
  agent_id        NUMBER(19)          NOT NULL,
  agent_no        VARCHAR2(20 CHAR)   NOT NULL,
  created_at      TIMESTAMP           NOT NULL,
  version         NUMBER(19)          DEFAULT 0 NOT NULL,
  updated_by      VARCHAR2(60 CHAR)   NOT NULL,
  updated_at      TIMESTAMP           NOT NULL,
  CONSTRAINT cd_lead_pk PRIMARY KEY (id),
  CONSTRAINT cd_lead_no_uk UNIQUE (lead_no),
  CONSTRAINT cd_lead_customer_fk FOREIGN KEY (customer_id) REFERENCES cd_customer (id),
  CONSTRAINT cd_lead_call_fk FOREIGN KEY (call_row_id) REFERENCES cd_call (id),
  CONSTRAINT cd_lead_region_fk FOREIGN KEY (region_code) REFERENCES cd_sales_region (code),
  CONSTRAINT cd_lead_agent_fk FOREIGN KEY (agent_id) REFERENCES cd_employee (id),
  CONSTRAINT cd_lead_interest_ck CHECK (interest IN ('HIGH', 'MEDIUM', 'LOW')),
  CONSTRAINT cd_lead_timing_ck CHECK (timing IN ('THIS_MONTH', 'THIS_QUARTER', 'THIS_YEAR', 'UNDECIDED')),
  CONSTRAINT cd_lead_state_ck CHECK (state IN ('OPEN', 'FEEDBACK')),
  CONSTRAINT cd_lead_result_ck CHECK (
    (state = 'OPEN' AND result IS NULL)
    OR (state = 'FEEDBACK' AND result IN ('WON', 'LOST', 'FOLLOWING') AND result_at IS NOT NULL))
);
CREATE INDEX cd_lead_state_ix ON cd_lead (state, forwarded_at);
CREATE INDEX cd_lead_customer_ix ON cd_lead (customer_id, created_at);
CREATE INDEX cd_lead_agent_ix ON cd_lead (agent_id, created_at);

-- What happened to a lead, step by step. Only added.
CREATE TABLE cd_lead_step (
  id              NUMBER(19)          NOT NULL,
  lead_id         NUMBER(19)          NOT NULL,
  action          VARCHAR2(20 CHAR)   NOT NULL,
  detail          VARCHAR2(1000 CHAR),
  done_by         VARCHAR2(60 CHAR)   NOT NULL,
  done_at         TIMESTAMP           NOT NULL,
  CONSTRAINT cd_lead_step_pk PRIMARY KEY (id),
  CONSTRAINT cd_lead_step_fk FOREIGN KEY (lead_id) REFERENCES cd_lead (id)
);
CREATE INDEX cd_lead_step_ix ON cd_lead_step (lead_id, done_at);

INSERT INTO cd_serial_counter (name, last_value) VALUES ('LEAD_NO', 0);

INSERT INTO cd_sales_region (code, name_zh, name_en, owner_name, owner_system, feedback_hours, sort_order, updated_by, updated_at) VALUES ('NORTH', '华北区', 'North China', '赵经理 Manager Zhao', 'sales-north', 48, 10, 'system', CAST(SYSTIMESTAMP AT TIME ZONE 'UTC' AS TIMESTAMP));
INSERT INTO cd_sales_region (code, name_zh, name_en, owner_name, owner_system, feedback_hours, sort_order, updated_by, updated_at) VALUES ('EAST', '华东区', 'East China', '钱经理 Manager Qian', 'sales-east', 48, 20, 'system', CAST(SYSTIMESTAMP AT TIME ZONE 'UTC' AS TIMESTAMP));
INSERT INTO cd_sales_region (code, name_zh, name_en, owner_name, owner_system, feedback_hours, sort_order, updated_by, updated_at) VALUES ('SOUTH', '华南区', 'South China', '孙经理 Manager Sun', 'sales-south', 48, 30, 'system', CAST(SYSTIMESTAMP AT TIME ZONE 'UTC' AS TIMESTAMP));
