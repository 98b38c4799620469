-- Calls: customers and their phone numbers, the blacklist, the call log with its timeline and the
-- call-control commands, and what the agent status bar counts. Oracle DDL; runs on H2 MODE=Oracle.

CREATE SEQUENCE cd_customer_seq START WITH 1000 INCREMENT BY 50 NOCACHE;
CREATE SEQUENCE cd_call_seq START WITH 1000 INCREMENT BY 50 NOCACHE;
CREATE SEQUENCE cd_call_event_seq START WITH 1000 INCREMENT BY 50 NOCACHE;

-- Gap-free human-readable serials (customer number 客户编号). A sequence may skip values on rollback
-- or restart; a counter row locked by the inserting transaction never does.
CREATE TABLE cd_serial_counter (
  name            VARCHAR2(40 CHAR)   NOT NULL,
  last_value      NUMBER(19)          NOT NULL,
  CONSTRAINT cd_serial_counter_pk PRIMARY KEY (name),
  CONSTRAINT cd_serial_counter_ck CHECK (last_value >= 0)
);
INSERT INTO cd_serial_counter (name, last_value) VALUES ('CUSTOMER_NO', 0);

CREATE TABLE cd_customer (
  id              NUMBER(19)          NOT NULL,
  customer_no     VARCHAR2(20 CHAR)   NOT NULL,
  full_name       VARCHAR2(100 CHAR),
  created_at      TIMESTAMP           NOT NULL,
  created_by      VARCHAR2(60 CHAR)   NOT NULL,
  version         NUMBER(19)          DEFAULT 0 NOT NULL,
  CONSTRAINT cd_customer_pk PRIMARY KEY (id),
  CONSTRAINT cd_customer_no_uk UNIQUE (customer_no)
);

-- A customer may call from several numbers; a number belongs to one customer.
CREATE TABLE cd_customer_phone (
  phone_number    VARCHAR2(21 CHAR)   NOT NULL,
  customer_id     NUMBER(19)          NOT NULL,
  added_at        TIMESTAMP           NOT NULL,
  CONSTRAINT cd_customer_phone_pk PRIMARY KEY (phone_number),
  CONSTRAINT cd_customer_phone_cust_fk FOREIGN KEY (customer_id) REFERENCES cd_customer (id)
);
CREATE INDEX cd_customer_phone_cust_ix ON cd_customer_phone (customer_id);

-- Numbers refused before they reach an agent, with who put them here and why.
CREATE TABLE cd_blacklist (
  phone_number    VARCHAR2(21 CHAR)   NOT NULL,
  reason          VARCHAR2(200 CHAR)  NOT NULL,
  added_by        VARCHAR2(60 CHAR)   NOT NULL,
  added_at        TIMESTAMP           NOT NULL,
  call_id         VARCHAR2(100 CHAR),
  CONSTRAINT cd_blacklist_pk PRIMARY KEY (phone_number)
);

-- The call log: one row per call. Closed rows (status ENDED) are never updated again.
CREATE TABLE cd_call (
  id                NUMBER(19)          NOT NULL,
  call_id           VARCHAR2(100 CHAR)  NOT NULL,
  caller_number     VARCHAR2(21 CHAR)   NOT NULL,
  called_number     VARCHAR2(21 CHAR),
  channel           VARCHAR2(40 CHAR)   NOT NULL,
  expert_requested  NUMBER(1)           DEFAULT 0 NOT NULL,
  customer_id       NUMBER(19),
  status            VARCHAR2(20 CHAR)   NOT NULL,
  agent_id          NUMBER(19),
  agent_no          VARCHAR2(20 CHAR),
  offered_at        TIMESTAMP           NOT NULL,
  routed_at         TIMESTAMP,
  answered_at       TIMESTAMP,
  ended_at          TIMESTAMP,
  talk_seconds      NUMBER(10),
  queue_length      NUMBER(10),
  disposition       VARCHAR2(20 CHAR),
  ended_by          VARCHAR2(20 CHAR),
  version           NUMBER(19)          DEFAULT 0 NOT NULL,
  CONSTRAINT cd_call_pk PRIMARY KEY (id),
  CONSTRAINT cd_call_call_id_uk UNIQUE (call_id),
  CONSTRAINT cd_call_customer_fk FOREIGN KEY (customer_id) REFERENCES cd_customer (id),
  CONSTRAINT cd_call_agent_fk FOREIGN KEY (agent_id) REFERENCES cd_employee (id),
  CONSTRAINT cd_call_status_ck CHECK (status IN ('WAITING', 'RINGING', 'TALKING', 'ENDED')),
  CONSTRAINT cd_call_disposition_ck CHECK (disposition IN ('COMPLETED', 'ABANDONED', 'REJECTED', 'BLOCKED', 'DROPPED')),
  CONSTRAINT cd_call_closed_ck CHECK ((status = 'ENDED' AND disposition IS NOT NULL AND ended_at IS NOT NULL)
                                   OR (status <> 'ENDED' AND disposition IS NULL AND ended_at IS NULL)),
  CONSTRAINT cd_call_expert_ck CHECK (expert_requested IN (0, 1))
);
CREATE INDEX cd_call_agent_ix ON cd_call (agent_id, offered_at);
CREATE INDEX cd_call_customer_ix ON cd_call (customer_id, offered_at);
CREATE INDEX cd_call_status_ix ON cd_call (status, offered_at);

-- What happened during a call, in order: offered, queued, routed, answered, commands and their
-- results, transferred, ended. Insert-only.
CREATE TABLE cd_call_event (
  id              NUMBER(19)          NOT NULL,
  call_row_id     NUMBER(19)          NOT NULL,
  occurred_at     TIMESTAMP           NOT NULL,
  kind            VARCHAR2(30 CHAR)   NOT NULL,
  actor           VARCHAR2(60 CHAR)   NOT NULL,
  agent_no        VARCHAR2(20 CHAR),
  detail          VARCHAR2(500 CHAR),
  CONSTRAINT cd_call_event_pk PRIMARY KEY (id),
  CONSTRAINT cd_call_event_call_fk FOREIGN KEY (call_row_id) REFERENCES cd_call (id)
);
CREATE INDEX cd_call_event_call_ix ON cd_call_event (call_row_id, occurred_at);

-- Call-control commands sent to the telephone side (id = the message id) and what became of them.
CREATE TABLE cd_call_command (
  id              VARCHAR2(100 CHAR)  NOT NULL,
  call_row_id     NUMBER(19)          NOT NULL,
  command_type    VARCHAR2(30 CHAR)   NOT NULL,
  requested_by    VARCHAR2(60 CHAR)   NOT NULL,
  requested_at    TIMESTAMP           NOT NULL,
  target_agent_no VARCHAR2(20 CHAR),
  outcome         VARCHAR2(20 CHAR)   NOT NULL,
  outcome_reason  VARCHAR2(200 CHAR),
  outcome_at      TIMESTAMP,
  version         NUMBER(19)          DEFAULT 0 NOT NULL,
  CONSTRAINT cd_call_command_pk PRIMARY KEY (id),
  CONSTRAINT cd_call_command_call_fk FOREIGN KEY (call_row_id) REFERENCES cd_call (id),
  CONSTRAINT cd_call_command_outcome_ck CHECK (outcome IN ('PENDING', 'DONE', 'FAILED'))
);
CREATE INDEX cd_call_command_call_ix ON cd_call_command (call_row_id);

-- The seat now knows its call, when wrap-up ends, and the figures of the status bar since login.
ALTER TABLE cd_agent_seat ADD current_call_id VARCHAR2(100 CHAR);
ALTER TABLE cd_agent_seat ADD wrap_up_until TIMESTAMP;
ALTER TABLE cd_agent_seat ADD calls_handled NUMBER(10) DEFAULT 0 NOT NULL;
ALTER TABLE cd_agent_seat ADD talk_seconds NUMBER(10) DEFAULT 0 NOT NULL;
CREATE INDEX cd_agent_seat_state_ix ON cd_agent_seat (state, state_since);
