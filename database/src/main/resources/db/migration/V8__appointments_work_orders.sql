-- Step 7 (first part): appointments (预约) in admin-managed slots with a capacity, and the work
-- orders (表单) repair appointments become, dispatched to work areas (工区) and their technicians.
-- Confirmations and reminders are automatic callback tasks the telephone side dials without an
-- agent. Oracle DDL; runs on H2 MODE=Oracle.

CREATE SEQUENCE cd_appointment_seq START WITH 1000 INCREMENT BY 50 NOCACHE;
CREATE SEQUENCE cd_work_order_seq START WITH 1000 INCREMENT BY 50 NOCACHE;

-- A time slot admins open for sales or repair appointments at a location (a store, or the area a
-- team of technicians visits). booked never exceeds capacity: the check is the last guard behind
-- the service, which locks the slot row before it counts a place.
CREATE TABLE cd_appointment_slot (
  id              NUMBER(19)          NOT NULL,
  kind            VARCHAR2(10 CHAR)   NOT NULL,
  location        VARCHAR2(100 CHAR)  NOT NULL,
  starts_at       TIMESTAMP           NOT NULL,
  ends_at         TIMESTAMP           NOT NULL,
  capacity        NUMBER(5)           NOT NULL,
  booked          NUMBER(5)           DEFAULT 0 NOT NULL,
  active          NUMBER(1)           DEFAULT 1 NOT NULL,
  version         NUMBER(19)          DEFAULT 0 NOT NULL,
  updated_by      VARCHAR2(60 CHAR)   NOT NULL,
  updated_at      TIMESTAMP           NOT NULL,
  CONSTRAINT cd_appointment_slot_pk PRIMARY KEY (id),
  CONSTRAINT cd_appointment_slot_uk UNIQUE (kind, location, starts_at),
  CONSTRAINT cd_appointment_slot_kind_ck CHECK (kind IN ('SALES', 'REPAIR')),
  CONSTRAINT cd_appointment_slot_time_ck CHECK (ends_at > starts_at),
  CONSTRAINT cd_appointment_slot_cap_ck CHECK (capacity BETWEEN 0 AND 9999),
  CONSTRAINT cd_appointment_slot_booked_ck CHECK (booked BETWEEN 0 AND capacity),
  CONSTRAINT cd_appointment_slot_active_ck CHECK (active IN (0, 1))
);
CREATE INDEX cd_appointment_slot_free_ix ON cd_appointment_slot (kind, starts_at);

-- An appointment. place STORE is at the slot's location; ON_SITE at address. A no-show or a
-- cancellation keeps its reason; rebooked_from_id links a re-booking to the appointment it
-- replaces. agent_id is whose record it is (RecordAccess).
CREATE TABLE cd_appointment (
  id                NUMBER(19)          NOT NULL,
  appointment_no    VARCHAR2(20 CHAR)   NOT NULL,
  kind              VARCHAR2(10 CHAR)   NOT NULL,
  customer_id       NUMBER(19)          NOT NULL,
  call_row_id       NUMBER(19),
  slot_id           NUMBER(19)          NOT NULL,
  place             VARCHAR2(10 CHAR)   NOT NULL,
  address           VARCHAR2(200 CHAR),
  specialist        VARCHAR2(60 CHAR),
  notes             VARCHAR2(1000 CHAR),
  state             VARCHAR2(10 CHAR)   NOT NULL,
  reason            VARCHAR2(500 CHAR),
  rebooked_from_id  NUMBER(19),
  channel           VARCHAR2(10 CHAR)   DEFAULT 'PHONE' NOT NULL,
  agent_id          NUMBER(19)          NOT NULL,
  agent_no          VARCHAR2(20 CHAR)   NOT NULL,
  created_at        TIMESTAMP           NOT NULL,
  version           NUMBER(19)          DEFAULT 0 NOT NULL,
  updated_by        VARCHAR2(60 CHAR)   NOT NULL,
  updated_at        TIMESTAMP           NOT NULL,
  CONSTRAINT cd_appointment_pk PRIMARY KEY (id),
  CONSTRAINT cd_appointment_no_uk UNIQUE (appointment_no),
  CONSTRAINT cd_appointment_customer_fk FOREIGN KEY (customer_id) REFERENCES cd_customer (id),
  CONSTRAINT cd_appointment_call_fk FOREIGN KEY (call_row_id) REFERENCES cd_call (id),
  CONSTRAINT cd_appointment_slot_fk FOREIGN KEY (slot_id) REFERENCES cd_appointment_slot (id),
  CONSTRAINT cd_appointment_agent_fk FOREIGN KEY (agent_id) REFERENCES cd_employee (id),
  CONSTRAINT cd_appointment_from_fk FOREIGN KEY (rebooked_from_id) REFERENCES cd_appointment (id),
  CONSTRAINT cd_appointment_kind_ck CHECK (kind IN ('SALES', 'REPAIR')),
  CONSTRAINT cd_appointment_place_ck CHECK (
    (place = 'STORE') OR (place = 'ON_SITE' AND address IS NOT NULL)),
  CONSTRAINT cd_appointment_state_ck CHECK (state IN ('BOOKED', 'ATTENDED', 'NO_SHOW', 'CANCELLED')),
  CONSTRAINT cd_appointment_reason_ck CHECK (state NOT IN ('NO_SHOW', 'CANCELLED') OR reason IS NOT NULL),
  CONSTRAINT cd_appointment_channel_ck CHECK (channel IN ('PHONE', 'PARTNER'))
);
CREATE INDEX cd_appointment_customer_ix ON cd_appointment (customer_id, created_at);
CREATE INDEX cd_appointment_agent_ix ON cd_appointment (agent_id, created_at);
CREATE INDEX cd_appointment_slot_ix ON cd_appointment (slot_id);

-- What happened to an appointment, step by step. Only added.
CREATE TABLE cd_appointment_step (
  id              NUMBER(19)          NOT NULL,
  appointment_id  NUMBER(19)          NOT NULL,
  action          VARCHAR2(20 CHAR)   NOT NULL,
  detail          VARCHAR2(1000 CHAR),
  done_by         VARCHAR2(60 CHAR)   NOT NULL,
  done_at         TIMESTAMP           NOT NULL,
  CONSTRAINT cd_appointment_step_pk PRIMARY KEY (id),
  CONSTRAINT cd_appointment_step_fk FOREIGN KEY (appointment_id) REFERENCES cd_appointment (id)
);
CREATE INDEX cd_appointment_step_ix ON cd_appointment_step (appointment_id, done_at);

-- Work areas (工区) admins keep: who repairs, and the phone the telephone side dials to dispatch.
CREATE TABLE cd_work_area (
  id              NUMBER(19)          NOT NULL,
  name            VARCHAR2(100 CHAR)  NOT NULL,
  phone           VARCHAR2(20 CHAR)   NOT NULL,
  active          NUMBER(1)           DEFAULT 1 NOT NULL,
  version         NUMBER(19)          DEFAULT 0 NOT NULL,
  updated_by      VARCHAR2(60 CHAR)   NOT NULL,
  updated_at      TIMESTAMP           NOT NULL,
  CONSTRAINT cd_work_area_pk PRIMARY KEY (id),
  CONSTRAINT cd_work_area_name_uk UNIQUE (name),
  CONSTRAINT cd_work_area_active_ck CHECK (active IN (0, 1))
);

-- The technicians (维修人员) of a work area.
CREATE TABLE cd_technician (
  id              NUMBER(19)          NOT NULL,
  work_area_id    NUMBER(19)          NOT NULL,
  name            VARCHAR2(60 CHAR)   NOT NULL,
  phone           VARCHAR2(20 CHAR)   NOT NULL,
  active          NUMBER(1)           DEFAULT 1 NOT NULL,
  version         NUMBER(19)          DEFAULT 0 NOT NULL,
  updated_by      VARCHAR2(60 CHAR)   NOT NULL,
  updated_at      TIMESTAMP           NOT NULL,
  CONSTRAINT cd_technician_pk PRIMARY KEY (id),
  CONSTRAINT cd_technician_uk UNIQUE (work_area_id, name),
  CONSTRAINT cd_technician_area_fk FOREIGN KEY (work_area_id) REFERENCES cd_work_area (id),
  CONSTRAINT cd_technician_active_ck CHECK (active IN (0, 1))
);

-- A work order (表单): TO_DISPATCH → DISPATCHED → (IN_PROGRESS) → COMPLETED → AUDITED, or sent back
-- as misdispatched (SENT_BACK, 反单) and dispatched again (重复派单); CANCELLED with its
-- appointment. dispatch_count counts dispatches; task_id is the dispatch task now out.
CREATE TABLE cd_work_order (
  id              NUMBER(19)          NOT NULL,
  order_no        VARCHAR2(20 CHAR)   NOT NULL,
  appointment_id  NUMBER(19)          NOT NULL,
  customer_id     NUMBER(19)          NOT NULL,
  state           VARCHAR2(12 CHAR)   NOT NULL,
  request         VARCHAR2(1000 CHAR) NOT NULL,
  work_area_id    NUMBER(19),
  technician_id   NUMBER(19),
  dispatch_count  NUMBER(5)           DEFAULT 0 NOT NULL,
  task_id         VARCHAR2(40 CHAR),
  handling        VARCHAR2(2000 CHAR),
  sent_back_reason VARCHAR2(1000 CHAR),
  agent_id        NUMBER(19)          NOT NULL,
  created_at      TIMESTAMP           NOT NULL,
  completed_at    TIMESTAMP,
  audited_at      TIMESTAMP,
  version         NUMBER(19)          DEFAULT 0 NOT NULL,
  updated_by      VARCHAR2(60 CHAR)   NOT NULL,
  updated_at      TIMESTAMP           NOT NULL,
  CONSTRAINT cd_work_order_pk PRIMARY KEY (id),
  CONSTRAINT cd_work_order_no_uk UNIQUE (order_no),
  CONSTRAINT cd_work_order_appt_uk UNIQUE (appointment_id),
  CONSTRAINT cd_work_order_appt_fk FOREIGN KEY (appointment_id) REFERENCES cd_appointment (id),
  CONSTRAINT cd_work_order_customer_fk FOREIGN KEY (customer_id) REFERENCES cd_customer (id),
  CONSTRAINT cd_work_order_area_fk FOREIGN KEY (work_area_id) REFERENCES cd_work_area (id),
  CONSTRAINT cd_work_order_tech_fk FOREIGN KEY (technician_id) REFERENCES cd_technician (id),
  CONSTRAINT cd_work_order_agent_fk FOREIGN KEY (agent_id) REFERENCES cd_employee (id),
  CONSTRAINT cd_work_order_state_ck CHECK (state IN ('TO_DISPATCH', 'DISPATCHED', 'IN_PROGRESS',
    'SENT_BACK', 'COMPLETED', 'AUDITED', 'CANCELLED')),
  CONSTRAINT cd_work_order_dispatched_ck CHECK (
    state IN ('TO_DISPATCH', 'CANCELLED') OR (work_area_id IS NOT NULL AND dispatch_count > 0)),
  CONSTRAINT cd_work_order_back_ck CHECK (state <> 'SENT_BACK' OR sent_back_reason IS NOT NULL)
);
-- The state lists are paged newest first per state; the business query goes by customer.
CREATE INDEX cd_work_order_state_ix ON cd_work_order (state, created_at, id);
CREATE INDEX cd_work_order_customer_ix ON cd_work_order (customer_id, created_at);
CREATE INDEX cd_work_order_agent_ix ON cd_work_order (agent_id, state);

-- Each dispatch of a work order (a dispatch task on the dispatch queue) and the work area's answer.
CREATE TABLE cd_work_order_dispatch (
  task_id         VARCHAR2(40 CHAR)   NOT NULL,
  work_order_id   NUMBER(19)          NOT NULL,
  work_area_id    NUMBER(19)          NOT NULL,
  technician_id   NUMBER(19),
  sent_by         VARCHAR2(60 CHAR)   NOT NULL,
  sent_at         TIMESTAMP           NOT NULL,
  outcome         VARCHAR2(20 CHAR)   DEFAULT 'PENDING' NOT NULL,
  answered_at     TIMESTAMP,
  CONSTRAINT cd_work_order_dispatch_pk PRIMARY KEY (task_id),
  CONSTRAINT cd_work_order_dispatch_fk FOREIGN KEY (work_order_id) REFERENCES cd_work_order (id),
  CONSTRAINT cd_work_order_dispatch_area_fk FOREIGN KEY (work_area_id) REFERENCES cd_work_area (id),
  CONSTRAINT cd_work_order_dispatch_outcome_ck CHECK (outcome IN ('PENDING', 'ACKNOWLEDGED', 'REFUSED',
    'UNREACHABLE', 'ARRIVED', 'COMPLETED'))
);
CREATE INDEX cd_work_order_dispatch_ix ON cd_work_order_dispatch (work_order_id, sent_at);

-- What happened to a work order, step by step (dispatch, handling, sent back, audit). Only added.
CREATE TABLE cd_work_order_step (
  id              NUMBER(19)          NOT NULL,
  work_order_id   NUMBER(19)          NOT NULL,
  action          VARCHAR2(20 CHAR)   NOT NULL,
  detail          VARCHAR2(2000 CHAR),
  done_by         VARCHAR2(60 CHAR)   NOT NULL,
  done_at         TIMESTAMP           NOT NULL,
  CONSTRAINT cd_work_order_step_pk PRIMARY KEY (id),
  CONSTRAINT cd_work_order_step_fk FOREIGN KEY (work_order_id) REFERENCES cd_work_order (id)
);
CREATE INDEX cd_work_order_step_ix ON cd_work_order_step (work_order_id, done_at);

INSERT INTO cd_serial_counter (name, last_value) VALUES ('APPOINTMENT_NO', 0);
INSERT INTO cd_serial_counter (name, last_value) VALUES ('WORK_ORDER_NO', 0);

INSERT INTO cd_work_area (id, name, phone, updated_by, updated_at) VALUES (1, '朝阳工区', '01065101234', 'system', CAST(SYSTIMESTAMP AT TIME ZONE 'UTC' AS TIMESTAMP));
INSERT INTO cd_work_area (id, name, phone, updated_by, updated_at) VALUES (2, '海淀工区', '01062101234', 'system', CAST(SYSTIMESTAMP AT TIME ZONE 'UTC' AS TIMESTAMP));
INSERT INTO cd_work_area (id, name, phone, updated_by, updated_at) VALUES (3, '浦东工区', '02158101234', 'system', CAST(SYSTIMESTAMP AT TIME ZONE 'UTC' AS TIMESTAMP));
INSERT INTO cd_technician (id, work_area_id, name, phone, updated_by, updated_at) VALUES (1, 1, '王师傅', '13911110001', 'system', CAST(SYSTIMESTAMP AT TIME ZONE 'UTC' AS TIMESTAMP));
INSERT INTO cd_technician (id, work_area_id, name, phone, updated_by, updated_at) VALUES (2, 1, '李师傅', '13911110002', 'system', CAST(SYSTIMESTAMP AT TIME ZONE 'UTC' AS TIMESTAMP));
INSERT INTO cd_technician (id, work_area_id, name, phone, updated_by, updated_at) VALUES (3, 2, '张师傅', '13911110003', 'system', CAST(SYSTIMESTAMP AT TIME ZONE 'UTC' AS TIMESTAMP));
INSERT INTO cd_technician (id, work_area_id, name, phone, updated_by, updated_at) VALUES (4, 3, '陈师傅', '13911110004', 'system', CAST(SYSTIMESTAMP AT TIME ZONE 'UTC' AS TIMESTAMP));

-- Automatic callback tasks: confirmations and reminders the telephone side dials and plays without
-- an agent (state AUTO until done). purpose says which; reason holds the text to play.
ALTER TABLE cd_callback_task ADD purpose VARCHAR2(15 CHAR) DEFAULT 'CALLBACK' NOT NULL;
ALTER TABLE cd_callback_task ADD CONSTRAINT cd_callback_task_purpose_ck
  CHECK (purpose IN ('CALLBACK', 'CONFIRMATION', 'REMINDER', 'FOLLOW_UP'));
ALTER TABLE cd_callback_task DROP CONSTRAINT cd_callback_task_state_ck;
ALTER TABLE cd_callback_task ADD CONSTRAINT cd_callback_task_state_ck
  CHECK (state IN ('WAITING', 'ASSIGNED', 'AUTO', 'DONE'));
ALTER TABLE cd_callback_task DROP CONSTRAINT cd_callback_task_assigned_ck;
ALTER TABLE cd_callback_task ADD CONSTRAINT cd_callback_task_assigned_ck CHECK (
  (state IN ('WAITING', 'AUTO') AND assigned_to_id IS NULL)
  OR (state = 'ASSIGNED' AND assigned_to_id IS NOT NULL AND assigned_on IS NOT NULL)
  OR (state = 'DONE' AND ((assigned_to_id IS NOT NULL AND assigned_on IS NOT NULL) OR purpose <> 'CALLBACK')));
ALTER TABLE cd_callback_task ADD CONSTRAINT cd_callback_task_auto_ck CHECK (
  (purpose = 'CALLBACK' AND state <> 'AUTO') OR (purpose <> 'CALLBACK' AND state IN ('AUTO', 'DONE')));
CREATE INDEX cd_callback_task_auto_ix ON cd_callback_task (state, due_on, next_try_at);
