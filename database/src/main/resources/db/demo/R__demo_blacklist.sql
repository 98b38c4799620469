-- Demo blacklist: the nuisance numbers the IVR simulator dials now and then, so a person trying
-- CallDesk sees them refused. Applied only where calldesk.demo-data=true.
MERGE INTO cd_blacklist b
USING (
  SELECT '13900000666' phone_number, 'Demo: repeated nuisance calls' reason FROM dual
  UNION ALL SELECT '17000000001', 'Demo: sales robot' FROM dual
  UNION ALL SELECT '17000000002', 'Demo: sales robot' FROM dual
) d
ON (b.phone_number = d.phone_number)
WHEN NOT MATCHED THEN
  INSERT (phone_number, reason, added_by, added_at)
  VALUES (d.phone_number, d.reason, 'demo-data', CAST(SYSTIMESTAMP AT TIME ZONE 'UTC' AS TIMESTAMP));
