-- Saved inquiry records and replies never change (SPEC §3.3): refused by the database itself, not
-- only by the service. The Oracle twin of this script is db/vendor/oracle/V3_1__*.
CREATE TRIGGER cd_inquiry_insert_only BEFORE UPDATE, DELETE ON cd_inquiry
  FOR EACH ROW CALL 'com.calldesk.database.h2.RefuseChanges';
CREATE TRIGGER cd_inquiry_reply_insert_only BEFORE UPDATE, DELETE ON cd_inquiry_reply
  FOR EACH ROW CALL 'com.calldesk.database.h2.RefuseChanges';
