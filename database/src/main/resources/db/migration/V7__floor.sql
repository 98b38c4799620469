-- Step 6 (second part): the supervisor's floor: the seat monitor's service level, breaks (离席)
-- with their queue, and notices (通知) with read receipts. Oracle DDL; runs on H2 MODE=Oracle.

CREATE SEQUENCE cd_floor_seq START WITH 1000 INCREMENT BY 50 NOCACHE;

-- How long the caller waited before an agent answered (the service level counts those answered
-- within 20 seconds). Set once, when the call is answered.
ALTER TABLE cd_call ADD answer_wait_ms NUMBER(10);
CREATE INDEX cd_call_offered_ix ON cd_call (offered_at, answer_wait_ms);

-- A break an agent asked for. WAITING ones queue in requested_at order until the share of their
-- team staying online allows it (or a supervisor grants it); GRANTED ones are running (the seat is
-- BREAK) until ENDED by the agent coming back. kind: MEAL (30 minutes), RESTROOM, OTHER.
CREATE TABLE cd_break_request (
  id              NUMBER(19)          NOT NULL,
  employee_id     NUMBER(19)          NOT NULL,
  employee_no     VARCHAR2(20 CHAR)   NOT NULL,
  team_id         NUMBER(19),
  kind            VARCHAR2(10 CHAR)   NOT NULL,
  state           VARCHAR2(10 CHAR)   NOT NULL,
  requested_at    TIMESTAMP           NOT NULL,
  decided_at      TIMESTAMP,
  decided_by      VARCHAR2(60 CHAR),
  reason          VARCHAR2(300 CHAR),
  ends_at         TIMESTAMP,
  reminded_at     TIMESTAMP,
  ended_at        TIMESTAMP,
  version         NUMBER(19)          DEFAULT 0 NOT NULL,
  CONSTRAINT cd_break_request_pk PRIMARY KEY (id),
  CONSTRAINT cd_break_request_emp_fk FOREIGN KEY (employee_id) REFERENCES cd_employee (id),
  CONSTRAINT cd_break_request_kind_ck CHECK (kind IN ('MEAL', 'RESTROOM', 'OTHER')),
  CONSTRAINT cd_break_request_state_ck CHECK (
    state IN ('WAITING', 'GRANTED', 'REFUSED', 'CANCELLED', 'ENDED')),
  CONSTRAINT cd_break_request_decided_ck CHECK (
    (state = 'WAITING' AND decided_at IS NULL)
    OR (state <> 'WAITING' AND decided_at IS NOT NULL AND decided_by IS NOT NULL)),
  CONSTRAINT cd_break_request_refused_ck CHECK (state <> 'REFUSED' OR reason IS NOT NULL)
);
CREATE INDEX cd_break_request_state_ix ON cd_break_request (state, team_id, requested_at);
CREATE INDEX cd_break_request_emp_ix ON cd_break_request (employee_id, state);

-- A notice from a supervisor or admin: to everyone (audience ALL), a supervisor's team (TEAM,
-- audience_no = the supervisor) or one agent (AGENT, audience_no = the agent).
CREATE TABLE cd_notice (
  id              NUMBER(19)          NOT NULL,
  audience        VARCHAR2(10 CHAR)   NOT NULL,
  audience_no     VARCHAR2(20 CHAR),
  body            VARCHAR2(1000 CHAR) NOT NULL,
  expires_at      TIMESTAMP,
  created_by      VARCHAR2(60 CHAR)   NOT NULL,
  created_at      TIMESTAMP           NOT NULL,
  CONSTRAINT cd_notice_pk PRIMARY KEY (id),
  CONSTRAINT cd_notice_audience_ck CHECK (
    (audience = 'ALL' AND audience_no IS NULL)
    OR (audience IN ('TEAM', 'AGENT') AND audience_no IS NOT NULL))
);
CREATE INDEX cd_notice_created_ix ON cd_notice (created_at);

-- Read receipts: one per reader and notice, insert-only.
CREATE TABLE cd_notice_read (
  notice_id       NUMBER(19)          NOT NULL,
  employee_no     VARCHAR2(20 CHAR)   NOT NULL,
  read_at         TIMESTAMP           NOT NULL,
  CONSTRAINT cd_notice_read_pk PRIMARY KEY (notice_id, employee_no),
  CONSTRAINT cd_notice_read_notice_fk FOREIGN KEY (notice_id) REFERENCES cd_notice (id)
);
