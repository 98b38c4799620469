-- CallDesk platform schema: employees and their roles, agent seats, audit log, processed messages.
-- Written for Oracle; runs unchanged on H2 in MODE=Oracle. All timestamps are UTC.
-- Ids come from sequences; INCREMENT BY must equal the entity's allocationSize.

CREATE SEQUENCE cd_employee_seq START WITH 1000 INCREMENT BY 50 NOCACHE;
CREATE SEQUENCE cd_audit_seq START WITH 1000 INCREMENT BY 50 NOCACHE;

-- An employee (工号 = employee_no) who may log in. Agents, supervisors and IT admins alike.
CREATE TABLE cd_employee (
  id              NUMBER(19)          NOT NULL,
  employee_no     VARCHAR2(20 CHAR)   NOT NULL,
  full_name       VARCHAR2(100 CHAR)  NOT NULL,
  -- PBKDF2WithHmacSHA512:<iterations>:<b64 salt>:<b64 hash>, never a clear password
  password_hash   VARCHAR2(255 CHAR)  NOT NULL,
  agent_level     VARCHAR2(20 CHAR)   NOT NULL,
  active          NUMBER(1)           DEFAULT 1 NOT NULL,
  failed_logins   NUMBER(5)           DEFAULT 0 NOT NULL,
  locked_until    TIMESTAMP,
  version         NUMBER(19)          DEFAULT 0 NOT NULL,
  created_at      TIMESTAMP           NOT NULL,
  updated_at      TIMESTAMP           NOT NULL,
  CONSTRAINT cd_employee_pk PRIMARY KEY (id),
  CONSTRAINT cd_employee_no_uk UNIQUE (employee_no),
  CONSTRAINT cd_employee_level_ck CHECK (agent_level IN ('NORMAL', 'PROFESSIONAL', 'EXPERT', 'SUPERVISOR')),
  CONSTRAINT cd_employee_active_ck CHECK (active IN (0, 1)),
  CONSTRAINT cd_employee_failed_ck CHECK (failed_logins >= 0)
);

CREATE TABLE cd_employee_role (
  employee_id     NUMBER(19)          NOT NULL,
  role_name       VARCHAR2(20 CHAR)   NOT NULL,
  CONSTRAINT cd_employee_role_pk PRIMARY KEY (employee_id, role_name),
  CONSTRAINT cd_employee_role_emp_fk FOREIGN KEY (employee_id) REFERENCES cd_employee (id),
  CONSTRAINT cd_employee_role_ck CHECK (role_name IN ('AGENT', 'SUPERVISOR', 'ADMIN'))
);

-- The seat of an agent: current state and the figures the status bar shows. One row per agent.
CREATE TABLE cd_agent_seat (
  employee_id     NUMBER(19)          NOT NULL,
  state           VARCHAR2(20 CHAR)   NOT NULL,
  state_since     TIMESTAMP           NOT NULL,
  login_at        TIMESTAMP,
  version         NUMBER(19)          DEFAULT 0 NOT NULL,
  CONSTRAINT cd_agent_seat_pk PRIMARY KEY (employee_id),
  CONSTRAINT cd_agent_seat_emp_fk FOREIGN KEY (employee_id) REFERENCES cd_employee (id),
  CONSTRAINT cd_agent_seat_state_ck CHECK (state IN ('READY', 'TALKING', 'WRAP_UP', 'BREAK', 'OFFLINE'))
);

-- Who did what, when. Insert-only: the application never updates or deletes a row.
CREATE TABLE cd_audit_log (
  id              NUMBER(19)          NOT NULL,
  occurred_at     TIMESTAMP           NOT NULL,
  actor           VARCHAR2(60 CHAR)   NOT NULL,
  action          VARCHAR2(60 CHAR)   NOT NULL,
  subject_type    VARCHAR2(60 CHAR),
  subject_id      VARCHAR2(100 CHAR),
  detail          VARCHAR2(2000 CHAR),
  CONSTRAINT cd_audit_log_pk PRIMARY KEY (id)
);
CREATE INDEX cd_audit_log_time_ix ON cd_audit_log (occurred_at);
CREATE INDEX cd_audit_log_subject_ix ON cd_audit_log (subject_type, subject_id);

-- Message ids each consumer has already handled: a redelivered or re-sent message has no second effect.
CREATE TABLE cd_processed_message (
  consumer        VARCHAR2(60 CHAR)   NOT NULL,
  message_id      VARCHAR2(100 CHAR)  NOT NULL,
  message_type    VARCHAR2(60 CHAR)   NOT NULL,
  processed_at    TIMESTAMP           NOT NULL,
  CONSTRAINT cd_processed_message_pk PRIMARY KEY (consumer, message_id)
);
