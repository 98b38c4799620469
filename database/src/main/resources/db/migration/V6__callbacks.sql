-- Step 6 (first part): callback tasks (回访) from rules and by hand, the supervisors' daily quotas
-- and their fair hand-out, and the attempts on each task. Oracle DDL; runs on H2 MODE=Oracle.

CREATE SEQUENCE cd_callback_seq START WITH 1000 INCREMENT BY 50 NOCACHE;

-- An optional date the customer's contract, membership or warranty expires: a callback comes due
-- before it.
ALTER TABLE cd_customer ADD expires_on DATE;

-- The callback quota an agent gets on a day without one set for that day.
ALTER TABLE cd_employee ADD callback_quota NUMBER(3) DEFAULT 0 NOT NULL;

-- A callback task. source_key names what raised it (a rule and its occasion, e.g.
-- COMPLAINT:1042 or MONTHLY:1007:2026-12): unique, so no rule raises the same task twice.
-- urgency: 0 normal, 1 urgent (a dropped call), 2 most urgent (dropped while complaining).
-- WAITING tasks have no agent; ASSIGNED ones are on assigned_on's list of assigned_to_id (moved on
-- to the next day, rolled_over counting, until done); DONE ones keep their outcome. dial_id is the
-- callback.task last sent to the telephone side to dial (auto-dial), dial_outcome its answer.
CREATE TABLE cd_callback_task (
  id              NUMBER(19)          NOT NULL,
  customer_id     NUMBER(19)          NOT NULL,
  source          VARCHAR2(20 CHAR)   NOT NULL,
  source_key      VARCHAR2(80 CHAR),
  reason          VARCHAR2(500 CHAR)  NOT NULL,
  urgency         NUMBER(1)           DEFAULT 0 NOT NULL,
  due_on          DATE                NOT NULL,
  state           VARCHAR2(10 CHAR)   NOT NULL,
  assigned_to_id  NUMBER(19),
  assigned_to_no  VARCHAR2(20 CHAR),
  assigned_on     DATE,
  rolled_over     NUMBER(5)           DEFAULT 0 NOT NULL,
  attempts        NUMBER(3)           DEFAULT 0 NOT NULL,
  next_try_at     TIMESTAMP,
  dial_id         VARCHAR2(40 CHAR),
  dial_sent_at    TIMESTAMP,
  dial_outcome    VARCHAR2(20 CHAR),
  outcome         VARCHAR2(20 CHAR),
  done_at         TIMESTAMP,
  created_by_id   NUMBER(19),
  created_by      VARCHAR2(60 CHAR)   NOT NULL,
  created_at      TIMESTAMP           NOT NULL,
  version         NUMBER(19)          DEFAULT 0 NOT NULL,
  updated_by      VARCHAR2(60 CHAR)   NOT NULL,
  updated_at      TIMESTAMP           NOT NULL,
  CONSTRAINT cd_callback_task_pk PRIMARY KEY (id),
  CONSTRAINT cd_callback_task_key_uk UNIQUE (source_key),
  CONSTRAINT cd_callback_task_dial_uk UNIQUE (dial_id),
  CONSTRAINT cd_callback_task_cust_fk FOREIGN KEY (customer_id) REFERENCES cd_customer (id),
  CONSTRAINT cd_callback_task_agent_fk FOREIGN KEY (assigned_to_id) REFERENCES cd_employee (id),
  CONSTRAINT cd_callback_task_state_ck CHECK (state IN ('WAITING', 'ASSIGNED', 'DONE')),
  CONSTRAINT cd_callback_task_urgency_ck CHECK (urgency BETWEEN 0 AND 2),
  CONSTRAINT cd_callback_task_assigned_ck CHECK (
    (state = 'WAITING' AND assigned_to_id IS NULL)
    OR (state <> 'WAITING' AND assigned_to_id IS NOT NULL AND assigned_on IS NOT NULL)),
  CONSTRAINT cd_callback_task_done_ck CHECK (
    (state = 'DONE' AND outcome IS NOT NULL AND done_at IS NOT NULL)
    OR (state <> 'DONE' AND done_at IS NULL))
);
CREATE INDEX cd_callback_task_wait_ix ON cd_callback_task (state, urgency, due_on);
CREATE INDEX cd_callback_task_agent_ix ON cd_callback_task (assigned_to_id, assigned_on);
CREATE INDEX cd_callback_task_cust_ix ON cd_callback_task (customer_id);

-- Each try at a task: insert-only.
CREATE TABLE cd_callback_attempt (
  id              NUMBER(19)          NOT NULL,
  task_id         NUMBER(19)          NOT NULL,
  attempt_no      NUMBER(3)           NOT NULL,
  outcome         VARCHAR2(20 CHAR)   NOT NULL,
  answers         VARCHAR2(2000 CHAR),
  next_step       VARCHAR2(10 CHAR)   NOT NULL,
  retry_at        TIMESTAMP,
  done_by         VARCHAR2(60 CHAR)   NOT NULL,
  done_at         TIMESTAMP           NOT NULL,
  CONSTRAINT cd_callback_attempt_pk PRIMARY KEY (id),
  CONSTRAINT cd_callback_attempt_uk UNIQUE (task_id, attempt_no),
  CONSTRAINT cd_callback_attempt_task_fk FOREIGN KEY (task_id) REFERENCES cd_callback_task (id),
  CONSTRAINT cd_callback_attempt_outcome_ck CHECK (
    outcome IN ('REACHED', 'NO_ANSWER', 'BUSY', 'WRONG_NUMBER', 'REFUSED')),
  CONSTRAINT cd_callback_attempt_step_ck CHECK (next_step IN ('DONE', 'RETRY', 'NEW_TASK'))
);

-- A supervisor's quota for one agent on one day.
CREATE TABLE cd_callback_quota (
  agent_id        NUMBER(19)          NOT NULL,
  quota_day       DATE                NOT NULL,
  quota           NUMBER(3)           NOT NULL,
  set_by          VARCHAR2(60 CHAR)   NOT NULL,
  set_at          TIMESTAMP           NOT NULL,
  CONSTRAINT cd_callback_quota_pk PRIMARY KEY (agent_id, quota_day),
  CONSTRAINT cd_callback_quota_agent_fk FOREIGN KEY (agent_id) REFERENCES cd_employee (id),
  CONSTRAINT cd_callback_quota_ck CHECK (quota BETWEEN 0 AND 200)
);

-- One row, locked by every hand-out so two never hand out the same task.
CREATE TABLE cd_callback_handout (
  id              NUMBER(1)           NOT NULL,
  last_run_at     TIMESTAMP,
  CONSTRAINT cd_callback_handout_pk PRIMARY KEY (id)
);
INSERT INTO cd_callback_handout (id) VALUES (1);

-- The rules that raise tasks, admin-managed: on or off, and their days.
CREATE TABLE cd_callback_rule (
  code            VARCHAR2(20 CHAR)   NOT NULL,
  active          NUMBER(1)           DEFAULT 1 NOT NULL,
  days            NUMBER(4)           NOT NULL,
  version         NUMBER(19)          DEFAULT 0 NOT NULL,
  updated_by      VARCHAR2(60 CHAR)   NOT NULL,
  updated_at      TIMESTAMP           NOT NULL,
  CONSTRAINT cd_callback_rule_pk PRIMARY KEY (code),
  CONSTRAINT cd_callback_rule_active_ck CHECK (active IN (0, 1)),
  CONSTRAINT cd_callback_rule_days_ck CHECK (days BETWEEN 1 AND 366)
);
-- NEW_CUSTOMER: the first call this many days after joining, the second twice as many (within the
-- first month). REGULAR: monthly for older customers; days = the day of the month it is due.
-- EXPIRY: this many days before the expiry date. COMPLAINT: the follow-up the close recorded.
INSERT INTO cd_callback_rule (code, active, days, updated_by, updated_at)
  VALUES ('NEW_CUSTOMER', 1, 7, 'system', CURRENT_TIMESTAMP);
INSERT INTO cd_callback_rule (code, active, days, updated_by, updated_at)
  VALUES ('REGULAR', 1, 15, 'system', CURRENT_TIMESTAMP);
INSERT INTO cd_callback_rule (code, active, days, updated_by, updated_at)
  VALUES ('EXPIRY', 1, 14, 'system', CURRENT_TIMESTAMP);
INSERT INTO cd_callback_rule (code, active, days, updated_by, updated_at)
  VALUES ('COMPLAINT', 1, 3, 'system', CURRENT_TIMESTAMP);
