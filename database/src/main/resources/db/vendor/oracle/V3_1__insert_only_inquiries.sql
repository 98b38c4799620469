-- Saved inquiry records and replies never change (SPEC §3.3): refused by the database itself, not
-- only by the service. The H2 twin of this script is db/vendor/h2/V3_1__*.
CREATE OR REPLACE TRIGGER cd_inquiry_insert_only
  BEFORE UPDATE OR DELETE ON cd_inquiry
  FOR EACH ROW
BEGIN
  RAISE_APPLICATION_ERROR(-20001, 'cd_inquiry rows are insert-only: append a reply instead of changing a saved record');
END;
/

CREATE OR REPLACE TRIGGER cd_inquiry_reply_insert_only
  BEFORE UPDATE OR DELETE ON cd_inquiry_reply
  FOR EACH ROW
BEGIN
  RAISE_APPLICATION_ERROR(-20001, 'cd_inquiry_reply rows are insert-only: append a reply instead of changing a saved record');
END;
/
