-- Agent desk: the customer card, inquiry records and their replies, the situation survey, customer
-- classes, teams, and the call-script tree with the knowledge base. Oracle DDL; runs on H2
-- MODE=Oracle. The triggers that refuse changes to saved inquiries and replies are per database
-- (db/vendor/{h2,oracle}/V3_1__*).

CREATE SEQUENCE cd_inquiry_seq START WITH 1000 INCREMENT BY 50 NOCACHE;
CREATE SEQUENCE cd_desk_seq START WITH 1000 INCREMENT BY 50 NOCACHE;

-- A team is a supervisor and the agents reporting to them.
ALTER TABLE cd_employee ADD supervisor_id NUMBER(19);
ALTER TABLE cd_employee ADD CONSTRAINT cd_employee_supervisor_fk FOREIGN KEY (supervisor_id) REFERENCES cd_employee (id);

-- Customer classification (客户区分): configured by admins, e.g. individual, business, VIP.
CREATE TABLE cd_customer_class (
  code            VARCHAR2(30 CHAR)   NOT NULL,
  name_zh         VARCHAR2(60 CHAR)   NOT NULL,
  name_en         VARCHAR2(60 CHAR)   NOT NULL,
  sort_order      NUMBER(5)           DEFAULT 0 NOT NULL,
  active          NUMBER(1)           DEFAULT 1 NOT NULL,
  version         NUMBER(19)          DEFAULT 0 NOT NULL,
  updated_by      VARCHAR2(60 CHAR)   NOT NULL,
  updated_at      TIMESTAMP           NOT NULL,
  CONSTRAINT cd_customer_class_pk PRIMARY KEY (code),
  CONSTRAINT cd_customer_class_active_ck CHECK (active IN (0, 1))
);

-- The customer card: what the agent may correct or complete. updated_by/at name who changed it
-- last, so an agent whose edit is refused as a lost update is told who got there first.
ALTER TABLE cd_customer ADD gender VARCHAR2(10 CHAR);
ALTER TABLE cd_customer ADD company VARCHAR2(100 CHAR);
ALTER TABLE cd_customer ADD address VARCHAR2(200 CHAR);
ALTER TABLE cd_customer ADD email VARCHAR2(100 CHAR);
ALTER TABLE cd_customer ADD notes VARCHAR2(1000 CHAR);
ALTER TABLE cd_customer ADD class_code VARCHAR2(30 CHAR);
ALTER TABLE cd_customer ADD updated_by VARCHAR2(60 CHAR);
ALTER TABLE cd_customer ADD updated_at TIMESTAMP;
ALTER TABLE cd_customer ADD CONSTRAINT cd_customer_class_fk FOREIGN KEY (class_code) REFERENCES cd_customer_class (code);
ALTER TABLE cd_customer ADD CONSTRAINT cd_customer_gender_ck CHECK (gender IN ('MALE', 'FEMALE'));
ALTER TABLE cd_customer_phone ADD added_by VARCHAR2(60 CHAR);

-- The call-script tree (话术脚本) and the knowledge base in one hierarchy: folders hold scripts (what
-- to say) and articles (what to know). search_text is the lower-cased titles, keywords and bodies
-- in both languages, kept by the service, so one predicate searches everything.
CREATE TABLE cd_script_node (
  id              NUMBER(19)          NOT NULL,
  parent_id       NUMBER(19),
  kind            VARCHAR2(10 CHAR)   NOT NULL,
  purpose         VARCHAR2(10 CHAR),
  sort_order      NUMBER(5)           DEFAULT 0 NOT NULL,
  title_zh        VARCHAR2(200 CHAR)  NOT NULL,
  title_en        VARCHAR2(200 CHAR)  NOT NULL,
  body_zh         CLOB,
  body_en         CLOB,
  keywords        VARCHAR2(400 CHAR),
  search_text     CLOB,
  version         NUMBER(19)          DEFAULT 0 NOT NULL,
  updated_by      VARCHAR2(60 CHAR)   NOT NULL,
  updated_at      TIMESTAMP           NOT NULL,
  CONSTRAINT cd_script_node_pk PRIMARY KEY (id),
  CONSTRAINT cd_script_node_parent_fk FOREIGN KEY (parent_id) REFERENCES cd_script_node (id),
  CONSTRAINT cd_script_node_kind_ck CHECK (kind IN ('FOLDER', 'SCRIPT', 'ARTICLE')),
  CONSTRAINT cd_script_node_purpose_ck CHECK (purpose IN ('GREETING', 'CLOSING')),
  CONSTRAINT cd_script_node_purpose_kind_ck CHECK (purpose IS NULL OR kind = 'SCRIPT')
);
CREATE INDEX cd_script_node_parent_ix ON cd_script_node (parent_id, sort_order);

-- Inquiry categories (咨询类别), configured like the customer classes.
CREATE TABLE cd_inquiry_category (
  code            VARCHAR2(30 CHAR)   NOT NULL,
  name_zh         VARCHAR2(60 CHAR)   NOT NULL,
  name_en         VARCHAR2(60 CHAR)   NOT NULL,
  sort_order      NUMBER(5)           DEFAULT 0 NOT NULL,
  active          NUMBER(1)           DEFAULT 1 NOT NULL,
  CONSTRAINT cd_inquiry_category_pk PRIMARY KEY (code),
  CONSTRAINT cd_inquiry_category_active_ck CHECK (active IN (0, 1))
);

-- Inquiry records (咨询记录). Insert-only: once saved nothing in a row changes (a trigger refuses
-- UPDATE and DELETE); corrections and later answers are replies. Whether an inquiry is answered
-- follows from the row and its replies, so it needs no update either.
CREATE TABLE cd_inquiry (
  id              NUMBER(19)          NOT NULL,
  customer_id     NUMBER(19)          NOT NULL,
  call_row_id     NUMBER(19),
  category_code   VARCHAR2(30 CHAR)   NOT NULL,
  question        VARCHAR2(2000 CHAR) NOT NULL,
  answer          VARCHAR2(2000 CHAR),
  answered        NUMBER(1)           NOT NULL,
  article_id      NUMBER(19),
  agent_id        NUMBER(19)          NOT NULL,
  agent_no        VARCHAR2(20 CHAR)   NOT NULL,
  created_at      TIMESTAMP           NOT NULL,
  CONSTRAINT cd_inquiry_pk PRIMARY KEY (id),
  CONSTRAINT cd_inquiry_customer_fk FOREIGN KEY (customer_id) REFERENCES cd_customer (id),
  CONSTRAINT cd_inquiry_call_fk FOREIGN KEY (call_row_id) REFERENCES cd_call (id),
  CONSTRAINT cd_inquiry_category_fk FOREIGN KEY (category_code) REFERENCES cd_inquiry_category (code),
  CONSTRAINT cd_inquiry_article_fk FOREIGN KEY (article_id) REFERENCES cd_script_node (id),
  CONSTRAINT cd_inquiry_agent_fk FOREIGN KEY (agent_id) REFERENCES cd_employee (id),
  CONSTRAINT cd_inquiry_answered_ck CHECK (answered IN (0, 1)),
  CONSTRAINT cd_inquiry_answer_ck CHECK (answered = 0 OR answer IS NOT NULL)
);
CREATE INDEX cd_inquiry_agent_ix ON cd_inquiry (agent_id, created_at);
CREATE INDEX cd_inquiry_customer_ix ON cd_inquiry (customer_id, created_at);
CREATE INDEX cd_inquiry_call_ix ON cd_inquiry (call_row_id);

-- Replies (回复) to an inquiry: a later answer, a correction, a note. Insert-only like the inquiry.
CREATE TABLE cd_inquiry_reply (
  id              NUMBER(19)          NOT NULL,
  inquiry_id      NUMBER(19)          NOT NULL,
  body            VARCHAR2(2000 CHAR) NOT NULL,
  answers         NUMBER(1)           NOT NULL,
  article_id      NUMBER(19),
  replied_by      VARCHAR2(60 CHAR)   NOT NULL,
  replied_at      TIMESTAMP           NOT NULL,
  CONSTRAINT cd_inquiry_reply_pk PRIMARY KEY (id),
  CONSTRAINT cd_inquiry_reply_inquiry_fk FOREIGN KEY (inquiry_id) REFERENCES cd_inquiry (id),
  CONSTRAINT cd_inquiry_reply_article_fk FOREIGN KEY (article_id) REFERENCES cd_script_node (id),
  CONSTRAINT cd_inquiry_reply_answers_ck CHECK (answers IN (0, 1))
);
CREATE INDEX cd_inquiry_reply_inquiry_ix ON cd_inquiry_reply (inquiry_id, replied_at);

-- Situation survey (情况调查): questions configured by admins, answered per call.
CREATE TABLE cd_survey_question (
  id              NUMBER(19)          NOT NULL,
  text_zh         VARCHAR2(200 CHAR)  NOT NULL,
  text_en         VARCHAR2(200 CHAR)  NOT NULL,
  answer_type     VARCHAR2(10 CHAR)   NOT NULL,
  choices_zh      VARCHAR2(1000 CHAR),
  choices_en      VARCHAR2(1000 CHAR),
  required        NUMBER(1)           DEFAULT 0 NOT NULL,
  sort_order      NUMBER(5)           DEFAULT 0 NOT NULL,
  active          NUMBER(1)           DEFAULT 1 NOT NULL,
  version         NUMBER(19)          DEFAULT 0 NOT NULL,
  updated_by      VARCHAR2(60 CHAR)   NOT NULL,
  updated_at      TIMESTAMP           NOT NULL,
  CONSTRAINT cd_survey_question_pk PRIMARY KEY (id),
  CONSTRAINT cd_survey_question_type_ck CHECK (answer_type IN ('TEXT', 'CHOICE', 'NUMBER', 'DATE')),
  CONSTRAINT cd_survey_question_choices_ck CHECK (answer_type <> 'CHOICE' OR (choices_zh IS NOT NULL AND choices_en IS NOT NULL)),
  CONSTRAINT cd_survey_question_required_ck CHECK (required IN (0, 1)),
  CONSTRAINT cd_survey_question_active_ck CHECK (active IN (0, 1))
);

-- One survey taken: who asked whom, during which call. The answers keep the question's text as it
-- was asked, so editing a question later does not rewrite what customers answered.
CREATE TABLE cd_survey_response (
  id              NUMBER(19)          NOT NULL,
  customer_id     NUMBER(19)          NOT NULL,
  call_row_id     NUMBER(19),
  taken_by        VARCHAR2(60 CHAR)   NOT NULL,
  taken_at        TIMESTAMP           NOT NULL,
  CONSTRAINT cd_survey_response_pk PRIMARY KEY (id),
  CONSTRAINT cd_survey_response_customer_fk FOREIGN KEY (customer_id) REFERENCES cd_customer (id),
  CONSTRAINT cd_survey_response_call_fk FOREIGN KEY (call_row_id) REFERENCES cd_call (id)
);
CREATE INDEX cd_survey_response_customer_ix ON cd_survey_response (customer_id, taken_at);

CREATE TABLE cd_survey_answer (
  id              NUMBER(19)          NOT NULL,
  response_id     NUMBER(19)          NOT NULL,
  question_id     NUMBER(19)          NOT NULL,
  question_text   VARCHAR2(200 CHAR)  NOT NULL,
  answer_value    VARCHAR2(1000 CHAR) NOT NULL,
  CONSTRAINT cd_survey_answer_pk PRIMARY KEY (id),
  CONSTRAINT cd_survey_answer_response_fk FOREIGN KEY (response_id) REFERENCES cd_survey_response (id),
  CONSTRAINT cd_survey_answer_question_fk FOREIGN KEY (question_id) REFERENCES cd_survey_question (id),
  CONSTRAINT cd_survey_answer_uk UNIQUE (response_id, question_id)
);

-- Every site starts from these classes and categories (SPEC §3.4); admins rename, add or retire them.
INSERT INTO cd_customer_class (code, name_zh, name_en, sort_order, updated_by, updated_at) VALUES ('INDIVIDUAL', '个人', 'Individual', 10, 'system', CAST(SYSTIMESTAMP AT TIME ZONE 'UTC' AS TIMESTAMP));
INSERT INTO cd_customer_class (code, name_zh, name_en, sort_order, updated_by, updated_at) VALUES ('BUSINESS', '企业', 'Business', 20, 'system', CAST(SYSTIMESTAMP AT TIME ZONE 'UTC' AS TIMESTAMP));
INSERT INTO cd_customer_class (code, name_zh, name_en, sort_order, updated_by, updated_at) VALUES ('VIP', '贵宾', 'VIP', 30, 'system', CAST(SYSTIMESTAMP AT TIME ZONE 'UTC' AS TIMESTAMP));
INSERT INTO cd_customer_class (code, name_zh, name_en, sort_order, updated_by, updated_at) VALUES ('NEW', '新客户', 'New', 40, 'system', CAST(SYSTIMESTAMP AT TIME ZONE 'UTC' AS TIMESTAMP));
INSERT INTO cd_customer_class (code, name_zh, name_en, sort_order, updated_by, updated_at) VALUES ('REGULAR', '老客户', 'Regular', 50, 'system', CAST(SYSTIMESTAMP AT TIME ZONE 'UTC' AS TIMESTAMP));
INSERT INTO cd_customer_class (code, name_zh, name_en, sort_order, updated_by, updated_at) VALUES ('EXPIRING', '即将到期', 'About to expire', 60, 'system', CAST(SYSTIMESTAMP AT TIME ZONE 'UTC' AS TIMESTAMP));

INSERT INTO cd_inquiry_category (code, name_zh, name_en, sort_order) VALUES ('PRODUCT', '产品咨询', 'Product', 10);
INSERT INTO cd_inquiry_category (code, name_zh, name_en, sort_order) VALUES ('SERVICE', '服务咨询', 'Service', 20);
INSERT INTO cd_inquiry_category (code, name_zh, name_en, sort_order) VALUES ('BILLING', '费用咨询', 'Billing', 30);
INSERT INTO cd_inquiry_category (code, name_zh, name_en, sort_order) VALUES ('ROADSIDE', '救援咨询', 'Roadside assistance', 40);
INSERT INTO cd_inquiry_category (code, name_zh, name_en, sort_order) VALUES ('OTHER', '其他', 'Other', 90);
