-- Step 7 (third part): partner systems create appointments, bookings and complaints over the
-- partner requests queue and hear of every change on the partner events queue. Oracle DDL; runs
-- on H2 MODE=Oracle.

-- Which partner filed a record, and the partner's own reference for it (null: taken by an agent).
ALTER TABLE cd_appointment ADD partner_id VARCHAR2(40 CHAR);
ALTER TABLE cd_appointment ADD partner_ref VARCHAR2(60 CHAR);
ALTER TABLE cd_booking ADD partner_id VARCHAR2(40 CHAR);
ALTER TABLE cd_booking ADD partner_ref VARCHAR2(60 CHAR);
ALTER TABLE cd_complaint ADD partner_id VARCHAR2(40 CHAR);
ALTER TABLE cd_complaint ADD partner_ref VARCHAR2(60 CHAR);
-- Not unique: a no-show re-booked keeps the partner's reference, so the partner hears of the new one.
CREATE INDEX cd_appointment_partner_ix ON cd_appointment (partner_id, partner_ref);
CREATE UNIQUE INDEX cd_booking_partner_uk ON cd_booking (partner_id, partner_ref);
CREATE UNIQUE INDEX cd_complaint_partner_uk ON cd_complaint (partner_id, partner_ref);

-- The account partner-filed records belong to: it cannot log in (disabled, no password, no role).
-- Its team lead (set on Administration → Users) sees and follows up what partners file, as a
-- supervisor does an agent's records.
INSERT INTO cd_employee (id, employee_no, full_name, password_hash, agent_level, active, failed_logins, version, created_at, updated_at)
  VALUES (cd_employee_seq.NEXTVAL, 'PARTNER', '合作伙伴系统 Partner systems', '!', 'NORMAL', 0, 0, 0,
          CAST(SYSTIMESTAMP AT TIME ZONE 'UTC' AS TIMESTAMP), CAST(SYSTIMESTAMP AT TIME ZONE 'UTC' AS TIMESTAMP));
