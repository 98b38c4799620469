-- Step 7 (second part): travel-style bookings (预订) taken over the phone. Money is NUMBER with two
-- decimals and a currency, never a floating-point number. Oracle DDL; runs on H2 MODE=Oracle.

CREATE SEQUENCE cd_booking_seq START WITH 1000 INCREMENT BY 50 NOCACHE;

-- Products admins keep: tickets, rooms, tours, each with its unit price.
CREATE TABLE cd_product (
  id              NUMBER(19)          NOT NULL,
  kind            VARCHAR2(10 CHAR)   NOT NULL,
  name_zh         VARCHAR2(100 CHAR)  NOT NULL,
  name_en         VARCHAR2(100 CHAR)  NOT NULL,
  unit_zh         VARCHAR2(10 CHAR)   NOT NULL,
  unit_en         VARCHAR2(20 CHAR)   NOT NULL,
  unit_price      NUMBER(12, 2)       NOT NULL,
  currency        CHAR(3 CHAR)        NOT NULL,
  active          NUMBER(1)           DEFAULT 1 NOT NULL,
  version         NUMBER(19)          DEFAULT 0 NOT NULL,
  updated_by      VARCHAR2(60 CHAR)   NOT NULL,
  updated_at      TIMESTAMP           NOT NULL,
  CONSTRAINT cd_product_pk PRIMARY KEY (id),
  CONSTRAINT cd_product_name_uk UNIQUE (name_zh),
  CONSTRAINT cd_product_kind_ck CHECK (kind IN ('TICKET', 'ROOM', 'TOUR')),
  CONSTRAINT cd_product_price_ck CHECK (unit_price >= 0),
  CONSTRAINT cd_product_active_ck CHECK (active IN (0, 1))
);

-- A booking: REQUESTED → CONFIRMED (the supplier confirmed) → PAID → TRAVELLING → COMPLETED →
-- FOLLOWED_UP, or CANCELLED (with a reason) before travel. total is the sum of the lines' totals,
-- in the booking's one currency. confirmation_text is what the customer was sent, in language.
CREATE TABLE cd_booking (
  id                  NUMBER(19)          NOT NULL,
  booking_no          VARCHAR2(20 CHAR)   NOT NULL,
  customer_id         NUMBER(19)          NOT NULL,
  call_row_id         NUMBER(19),
  state               VARCHAR2(12 CHAR)   NOT NULL,
  travel_from         DATE                NOT NULL,
  travel_to           DATE                NOT NULL,
  party_size          NUMBER(3)           NOT NULL,
  travellers          VARCHAR2(1000 CHAR) NOT NULL,
  currency            CHAR(3 CHAR)        NOT NULL,
  total               NUMBER(14, 2)       NOT NULL,
  language            VARCHAR2(5 CHAR)    NOT NULL,
  supplier_ref        VARCHAR2(60 CHAR),
  confirmation_text   VARCHAR2(2000 CHAR),
  reason              VARCHAR2(500 CHAR),
  channel             VARCHAR2(10 CHAR)   DEFAULT 'PHONE' NOT NULL,
  agent_id            NUMBER(19)          NOT NULL,
  agent_no            VARCHAR2(20 CHAR)   NOT NULL,
  created_at          TIMESTAMP           NOT NULL,
  version             NUMBER(19)          DEFAULT 0 NOT NULL,
  updated_by          VARCHAR2(60 CHAR)   NOT NULL,
  updated_at          TIMESTAMP           NOT NULL,
  CONSTRAINT cd_booking_pk PRIMARY KEY (id),
  CONSTRAINT cd_booking_no_uk UNIQUE (booking_no),
  CONSTRAINT cd_booking_customer_fk FOREIGN KEY (customer_id) REFERENCES cd_customer (id),
  CONSTRAINT cd_booking_call_fk FOREIGN KEY (call_row_id) REFERENCES cd_call (id),
  CONSTRAINT cd_booking_agent_fk FOREIGN KEY (agent_id) REFERENCES cd_employee (id),
  CONSTRAINT cd_booking_state_ck CHECK (state IN ('REQUESTED', 'CONFIRMED', 'PAID', 'TRAVELLING',
    'COMPLETED', 'FOLLOWED_UP', 'CANCELLED')),
  CONSTRAINT cd_booking_dates_ck CHECK (travel_to >= travel_from),
  CONSTRAINT cd_booking_party_ck CHECK (party_size BETWEEN 1 AND 999),
  CONSTRAINT cd_booking_total_ck CHECK (total >= 0),
  CONSTRAINT cd_booking_language_ck CHECK (language IN ('zh', 'en')),
  CONSTRAINT cd_booking_reason_ck CHECK (state <> 'CANCELLED' OR reason IS NOT NULL),
  CONSTRAINT cd_booking_confirmed_ck CHECK (state IN ('REQUESTED', 'CANCELLED') OR confirmation_text IS NOT NULL),
  CONSTRAINT cd_booking_channel_ck CHECK (channel IN ('PHONE', 'PARTNER'))
);
CREATE INDEX cd_booking_state_ix ON cd_booking (state, created_at, id);
CREATE INDEX cd_booking_customer_ix ON cd_booking (customer_id, created_at);
-- Covers the lists of an agent's (a team's) bookings: their ids, newest first, and their count are
-- read from this index alone.
CREATE INDEX cd_booking_agent_ix ON cd_booking (agent_id, created_at, id);

-- What was booked: a product, how many, at what unit price (copied: a later price change does not
-- change a booking), and the line's total. Written with the booking, never changed.
CREATE TABLE cd_booking_line (
  id              NUMBER(19)          NOT NULL,
  booking_id      NUMBER(19)          NOT NULL,
  line_no         NUMBER(3)           NOT NULL,
  product_id      NUMBER(19)          NOT NULL,
  quantity        NUMBER(5)           NOT NULL,
  unit_price      NUMBER(12, 2)       NOT NULL,
  line_total      NUMBER(14, 2)       NOT NULL,
  CONSTRAINT cd_booking_line_pk PRIMARY KEY (id),
  CONSTRAINT cd_booking_line_uk UNIQUE (booking_id, line_no),
  CONSTRAINT cd_booking_line_booking_fk FOREIGN KEY (booking_id) REFERENCES cd_booking (id),
  CONSTRAINT cd_booking_line_product_fk FOREIGN KEY (product_id) REFERENCES cd_product (id),
  CONSTRAINT cd_booking_line_qty_ck CHECK (quantity BETWEEN 1 AND 9999),
  CONSTRAINT cd_booking_line_total_ck CHECK (line_total = quantity * unit_price)
);

-- What happened to a booking, step by step. Only added.
CREATE TABLE cd_booking_step (
  id              NUMBER(19)          NOT NULL,
  booking_id      NUMBER(19)          NOT NULL,
  action          VARCHAR2(20 CHAR)   NOT NULL,
  detail          VARCHAR2(1000 CHAR),
  done_by         VARCHAR2(60 CHAR)   NOT NULL,
  done_at         TIMESTAMP           NOT NULL,
  CONSTRAINT cd_booking_step_pk PRIMARY KEY (id),
  CONSTRAINT cd_booking_step_fk FOREIGN KEY (booking_id) REFERENCES cd_booking (id)
);
CREATE INDEX cd_booking_step_ix ON cd_booking_step (booking_id, done_at);

INSERT INTO cd_serial_counter (name, last_value) VALUES ('BOOKING_NO', 0);

INSERT INTO cd_product (id, kind, name_zh, name_en, unit_zh, unit_en, unit_price, currency, updated_by, updated_at) VALUES (1, 'TICKET', '西海温泉门票', 'Xihai hot spring ticket', '张', 'ticket', 98.00, 'CNY', 'system', CAST(SYSTIMESTAMP AT TIME ZONE 'UTC' AS TIMESTAMP));
INSERT INTO cd_product (id, kind, name_zh, name_en, unit_zh, unit_en, unit_price, currency, updated_by, updated_at) VALUES (2, 'ROOM', '西海温泉豪华标间', 'Xihai hot spring deluxe room', '间', 'room', 500.00, 'CNY', 'system', CAST(SYSTIMESTAMP AT TIME ZONE 'UTC' AS TIMESTAMP));
INSERT INTO cd_product (id, kind, name_zh, name_en, unit_zh, unit_en, unit_price, currency, updated_by, updated_at) VALUES (3, 'TOUR', '黄山两日游', 'Huangshan two-day tour', '人', 'person', 1280.50, 'CNY', 'system', CAST(SYSTIMESTAMP AT TIME ZONE 'UTC' AS TIMESTAMP));
