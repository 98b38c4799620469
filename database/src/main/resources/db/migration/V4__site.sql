-- Step 4, a real site: user management (departments, forced password change, demo users marked so
-- they can be switched off), admin-managed inbound channels, and inquiry categories that admins edit
-- with the same lost-update guard as the other reference lists.

-- Reference lists admins keep (SPEC §10): code, a name in each language, order, and active; a
-- retired entry stays on the records that have it. version/updated_* guard against lost updates.
CREATE TABLE cd_department (
  code            VARCHAR2(30 CHAR)   NOT NULL,
  name_zh         VARCHAR2(60 CHAR)   NOT NULL,
  name_en         VARCHAR2(60 CHAR)   NOT NULL,
  sort_order      NUMBER(5)           DEFAULT 0 NOT NULL,
  active          NUMBER(1)           DEFAULT 1 NOT NULL,
  version         NUMBER(19)          DEFAULT 0 NOT NULL,
  updated_by      VARCHAR2(60 CHAR)   NOT NULL,
  updated_at      TIMESTAMP           NOT NULL,
  CONSTRAINT cd_department_pk PRIMARY KEY (code),
  CONSTRAINT cd_department_active_ck CHECK (active IN (0, 1))
);

-- The inbound channels / extensions (来话通道) an agent can sit at.
CREATE TABLE cd_channel (
  code            VARCHAR2(30 CHAR)   NOT NULL,
  name_zh         VARCHAR2(60 CHAR)   NOT NULL,
  name_en         VARCHAR2(60 CHAR)   NOT NULL,
  sort_order      NUMBER(5)           DEFAULT 0 NOT NULL,
  active          NUMBER(1)           DEFAULT 1 NOT NULL,
  version         NUMBER(19)          DEFAULT 0 NOT NULL,
  updated_by      VARCHAR2(60 CHAR)   NOT NULL,
  updated_at      TIMESTAMP           NOT NULL,
  CONSTRAINT cd_channel_pk PRIMARY KEY (code),
  CONSTRAINT cd_channel_active_ck CHECK (active IN (0, 1))
);

ALTER TABLE cd_inquiry_category ADD version NUMBER(19) DEFAULT 0 NOT NULL;
ALTER TABLE cd_inquiry_category ADD updated_by VARCHAR2(60 CHAR) DEFAULT 'system' NOT NULL;
ALTER TABLE cd_inquiry_category ADD updated_at TIMESTAMP DEFAULT TIMESTAMP '2026-12-02 00:00:00' NOT NULL;

-- Employees: department, a password that must be changed at the next login (a new account, a
-- reset, the first administrator), demo users marked, and who changed the account last.
ALTER TABLE cd_employee ADD department_code VARCHAR2(30 CHAR);
ALTER TABLE cd_employee ADD must_change_password NUMBER(1) DEFAULT 0 NOT NULL;
ALTER TABLE cd_employee ADD demo NUMBER(1) DEFAULT 0 NOT NULL;
ALTER TABLE cd_employee ADD updated_by VARCHAR2(60 CHAR);
ALTER TABLE cd_employee ADD CONSTRAINT cd_employee_dept_fk FOREIGN KEY (department_code) REFERENCES cd_department (code);
ALTER TABLE cd_employee ADD CONSTRAINT cd_employee_sup_fk FOREIGN KEY (supervisor_id) REFERENCES cd_employee (id);
ALTER TABLE cd_employee ADD CONSTRAINT cd_employee_must_ck CHECK (must_change_password IN (0, 1));
ALTER TABLE cd_employee ADD CONSTRAINT cd_employee_demo_ck CHECK (demo IN (0, 1));
CREATE INDEX cd_employee_sup_ix ON cd_employee (supervisor_id);

-- The inbound channel / extension a seat is taken at, as chosen at login, and the one each call was
-- put through to (the switch rang that extension).
ALTER TABLE cd_agent_seat ADD channel_code VARCHAR2(30 CHAR);
ALTER TABLE cd_call ADD agent_channel VARCHAR2(30 CHAR);

INSERT INTO cd_department (code, name_zh, name_en, sort_order, updated_by, updated_at) VALUES ('SERVICE', '客户服务部', 'Customer service', 10, 'system', CAST(SYSTIMESTAMP AT TIME ZONE 'UTC' AS TIMESTAMP));
INSERT INTO cd_department (code, name_zh, name_en, sort_order, updated_by, updated_at) VALUES ('SALES', '销售部', 'Sales', 20, 'system', CAST(SYSTIMESTAMP AT TIME ZONE 'UTC' AS TIMESTAMP));
INSERT INTO cd_department (code, name_zh, name_en, sort_order, updated_by, updated_at) VALUES ('AFTER_SALES', '售后服务部', 'After-sales service', 30, 'system', CAST(SYSTIMESTAMP AT TIME ZONE 'UTC' AS TIMESTAMP));
INSERT INTO cd_department (code, name_zh, name_en, sort_order, updated_by, updated_at) VALUES ('RESCUE', '道路救援部', 'Roadside rescue', 40, 'system', CAST(SYSTIMESTAMP AT TIME ZONE 'UTC' AS TIMESTAMP));
INSERT INTO cd_department (code, name_zh, name_en, sort_order, updated_by, updated_at) VALUES ('QUALITY', '质检部', 'Quality control', 50, 'system', CAST(SYSTIMESTAMP AT TIME ZONE 'UTC' AS TIMESTAMP));
INSERT INTO cd_department (code, name_zh, name_en, sort_order, updated_by, updated_at) VALUES ('IT', '信息技术部', 'IT', 60, 'system', CAST(SYSTIMESTAMP AT TIME ZONE 'UTC' AS TIMESTAMP));

INSERT INTO cd_channel (code, name_zh, name_en, sort_order, updated_by, updated_at) VALUES ('hotline-main', '服务热线', 'Service hotline', 10, 'system', CAST(SYSTIMESTAMP AT TIME ZONE 'UTC' AS TIMESTAMP));
INSERT INTO cd_channel (code, name_zh, name_en, sort_order, updated_by, updated_at) VALUES ('hotline-vip', '贵宾专线', 'VIP line', 20, 'system', CAST(SYSTIMESTAMP AT TIME ZONE 'UTC' AS TIMESTAMP));
INSERT INTO cd_channel (code, name_zh, name_en, sort_order, updated_by, updated_at) VALUES ('rescue', '救援专线', 'Roadside rescue line', 30, 'system', CAST(SYSTIMESTAMP AT TIME ZONE 'UTC' AS TIMESTAMP));
