-- Load-test agents B001..B120 for benchmark/run (password "calldesk", level NORMAL, role AGENT).
-- Applied only where calldesk.benchmark-data=true, which only the benchmark sets; never on a site.
MERGE INTO cd_employee e
USING (
  SELECT 'B001' employee_no, 'Bench agent 001' full_name FROM dual
  UNION ALL SELECT 'B002', 'Bench agent 002' FROM dual
  UNION ALL SELECT 'B003', 'Bench agent 003' FROM dual
  UNION ALL SELECT 'B004', 'Bench agent 004' FROM dual
  UNION ALL SELECT 'B005', 'Bench agent 005' FROM dual
  UNION ALL SELECT 'B006', 'Bench agent 006' FROM dual
  UNION ALL SELECT 'B007', 'Bench agent 007' FROM dual
  UNION ALL SELECT 'B008', 'Bench agent 008' FROM dual
  UNION ALL SELECT 'B009', 'Bench agent 009' FROM dual
  UNION ALL SELECT 'B010', 'Bench agent 010' FROM dual
  UNION ALL SELECT 'B011', 'Bench agent 011' FROM dual
  UNION ALL SELECT 'B012', 'Bench agent 012' FROM dual
  UNION ALL SELECT 'B013', 'Bench agent 013' FROM dual
  UNION ALL SELECT 'B014', 'Bench agent 014' FROM dual
  UNION ALL SELECT 'B015', 'Bench agent 015' FROM dual
  UNION ALL SELECT 'B016', 'Bench agent 016' FROM dual
  UNION ALL SELECT 'B017', 'Bench agent 017' FROM dual
  UNION ALL SELECT 'B018', 'Bench agent 018' FROM dual
  UNION ALL SELECT 'B019', 'Bench agent 019' FROM dual
  UNION ALL SELECT 'B020', 'Bench agent 020' FROM dual
  UNION ALL SELECT 'B021', 'Bench agent 021' FROM dual
  UNION ALL SELECT 'B022', 'Bench agent 022' FROM dual
  UNION ALL SELECT 'B023', 'Bench agent 023' FROM dual
  UNION ALL SELECT 'B024', 'Bench agent 024' FROM dual
  UNION ALL SELECT 'B025', 'Bench agent 025' FROM dual
  UNION ALL SELECT 'B026', 'Bench agent 026' FROM dual
  UNION ALL SELECT 'B027', 'Bench agent 027' FROM dual
  UNION ALL SELECT 'B028', 'Bench agent 028' FROM dual
  UNION ALL SELECT 'B029', 'Bench agent 029' FROM dual
  UNION ALL SELECT 'B030', 'Bench agent 030' FROM dual
  UNION ALL SELECT 'B031', 'Bench agent 031' FROM dual
  UNION ALL SELECT 'B032', 'Bench agent 032' FROM dual
  UNION ALL SELECT 'B033', 'Bench agent 033' FROM dual
  UNION ALL SELECT 'B034', 'Bench agent 034' FROM dual
  UNION ALL SELECT 'B035', 'Bench agent 035' FROM dual
  UNION ALL SELECT 'B036', 'Bench agent 036' FROM dual
  UNION ALL SELECT 'B037', 'Bench agent 037' FROM dual
  UNION ALL SELECT 'B038', 'Bench agent 038' FROM dual
  UNION ALL SELECT 'B039', 'Bench agent 039' FROM dual
  UNION ALL SELECT 'B040', 'Bench agent 040' FROM dual
  UNION ALL SELECT 'B041', 'Bench agent 041' FROM dual
  UNION ALL SELECT 'B042', 'Bench agent 042' FROM dual
  UNION ALL SELECT 'B043', 'Bench agent 043' FROM dual
  UNION ALL SELECT 'B044', 'Bench agent 044' FROM dual
  UNION ALL SELECT 'B045', 'Bench agent 045' FROM dual
  UNION ALL SELECT 'B046', 'Bench agent 046' FROM dual
  UNION ALL SELECT 'B047', 'Bench agent 047' FROM dual
  UNION ALL SELECT 'B048', 'Bench agent 048' FROM dual
  UNION ALL SELECT 'B049', 'Bench agent 049' FROM dual
  UNION ALL SELECT 'B050', 'Bench agent 050' FROM dual
  UNION ALL SELECT 'B051', 'Bench agent 051' FROM dual
  UNION ALL SELECT 'B052', 'Bench agent 052' FROM dual
  UNION ALL SELECT 'B053', 'Bench agent 053' FROM dual
  UNION ALL SELECT 'B054', 'Bench agent 054' FROM dual
  UNION ALL SELECT 'B055', 'Bench agent 055' FROM dual
  UNION ALL SELECT 'B056', 'Bench agent 056' FROM dual
  UNION ALL SELECT 'B057', 'Bench agent 057' FROM dual
  UNION ALL SELECT 'B058', 'Bench agent 058' FROM dual
  UNION ALL SELECT 'B059', 'Bench agent 059' FROM dual
  UNION ALL SELECT 'B060', 'Bench agent 060' FROM dual
  UNION ALL SELECT 'B061', 'Bench agent 061' FROM dual
  UNION ALL SELECT 'B062', 'Bench agent 062' FROM dual
  UNION ALL SELECT 'B063', 'Bench agent 063' FROM dual
  UNION ALL SELECT 'B064', 'Bench agent 064' FROM dual
  UNION ALL SELECT 'B065', 'Bench agent 065' FROM dual
  UNION ALL SELECT 'B066', 'Bench agent 066' FROM dual
  UNION ALL SELECT 'B067', 'Bench agent 067' FROM dual
  UNION ALL SELECT 'B068', 'Bench agent 068' FROM dual
  UNION ALL SELECT 'B069', 'Bench agent 069' FROM dual
  UNION ALL SELECT 'B070', 'Bench agent 070' FROM dual
  UNION ALL SELECT 'B071', 'Bench agent 071' FROM dual
  UNION ALL SELECT 'B072', 'Bench agent 072' FROM dual
  UNION ALL SELECT 'B073', 'Bench agent 073' FROM dual
  UNION ALL SELECT 'B074', 'Bench agent 074' FROM dual
  UNION ALL SELECT 'B075', 'Bench agent 075' FROM dual
  UNION ALL SELECT 'B076', 'Bench agent 076' FROM dual
  UNION ALL SELECT 'B077', 'Bench agent 077' FROM dual
  UNION ALL SELECT 'B078', 'Bench agent 078' FROM dual
  UNION ALL SELECT 'B079', 'Bench agent 079' FROM dual
  UNION ALL SELECT 'B080', 'Bench agent 080' FROM dual
  UNION ALL SELECT 'B081', 'Bench agent 081' FROM dual
  UNION ALL SELECT 'B082', 'Bench agent 082' FROM dual
  UNION ALL SELECT 'B083', 'Bench agent 083' FROM dual
  UNION ALL SELECT 'B084', 'Bench agent 084' FROM dual
  UNION ALL SELECT 'B085', 'Bench agent 085' FROM dual
  UNION ALL SELECT 'B086', 'Bench agent 086' FROM dual
  UNION ALL SELECT 'B087', 'Bench agent 087' FROM dual
  UNION ALL SELECT 'B088', 'Bench agent 088' FROM dual
  UNION ALL SELECT 'B089', 'Bench agent 089' FROM dual
  UNION ALL SELECT 'B090', 'Bench agent 090' FROM dual
  UNION ALL SELECT 'B091', 'Bench agent 091' FROM dual
  UNION ALL SELECT 'B092', 'Bench agent 092' FROM dual
  UNION ALL SELECT 'B093', 'Bench agent 093' FROM dual
  UNION ALL SELECT 'B094', 'Bench agent 094' FROM dual
  UNION ALL SELECT 'B095', 'Bench agent 095' FROM dual
  UNION ALL SELECT 'B096', 'Bench agent 096' FROM dual
  UNION ALL SELECT 'B097', 'Bench agent 097' FROM dual
  UNION ALL SELECT 'B098', 'Bench agent 098' FROM dual
  UNION ALL SELECT 'B099', 'Bench agent 099' FROM dual
  UNION ALL SELECT 'B100', 'Bench agent 100' FROM dual
  UNION ALL SELECT 'B101', 'Bench agent 101' FROM dual
  UNION ALL SELECT 'B102', 'Bench agent 102' FROM dual
  UNION ALL SELECT 'B103', 'Bench agent 103' FROM dual
  UNION ALL SELECT 'B104', 'Bench agent 104' FROM dual
  UNION ALL SELECT 'B105', 'Bench agent 105' FROM dual
  UNION ALL SELECT 'B106', 'Bench agent 106' FROM dual
  UNION ALL SELECT 'B107', 'Bench agent 107' FROM dual
  UNION ALL SELECT 'B108', 'Bench agent 108' FROM dual
  UNION ALL SELECT 'B109', 'Bench agent 109' FROM dual
  UNION ALL SELECT 'B110', 'Bench agent 110' FROM dual
  UNION ALL SELECT 'B111', 'Bench agent 111' FROM dual
  UNION ALL SELECT 'B112', 'Bench agent 112' FROM dual
  UNION ALL SELECT 'B113', 'Bench agent 113' FROM dual
  UNION ALL SELECT 'B114', 'Bench agent 114' FROM dual
  UNION ALL SELECT 'B115', 'Bench agent 115' FROM dual
  UNION ALL SELECT 'B116', 'Bench agent 116' FROM dual
  UNION ALL SELECT 'B117', 'Bench agent 117' FROM dual
  UNION ALL SELECT 'B118', 'Bench agent 118' FROM dual
  UNION ALL SELECT 'B119', 'Bench agent 119' FROM dual
  UNION ALL SELECT 'B120', 'Bench agent 120' FROM dual
) d
ON (e.employee_no = d.employee_no)
WHEN NOT MATCHED THEN
  INSERT (id, employee_no, full_name, password_hash, agent_level, active, failed_logins, version, created_at, updated_at)
  VALUES (cd_employee_seq.NEXTVAL, d.employee_no, d.full_name,
          'PBKDF2WithHmacSHA512:210000:+kPcZPpDTyF5yzdLDa/VAlopt+svhn7arguFOOLQmxg=:FbpJa9srQlFgfENNom9NhPtim+SpsWw2/i36VRaqjg2c2kVgw+MKMIOPwWeVw/4DrAw4ocF4t355bMq7egcU9w==',
          'NORMAL', 1, 0, 0,
          CAST(SYSTIMESTAMP AT TIME ZONE 'UTC' AS TIMESTAMP), CAST(SYSTIMESTAMP AT TIME ZONE 'UTC' AS TIMESTAMP));

MERGE INTO cd_employee_role r
USING (SELECT id employee_id, 'AGENT' role_name FROM cd_employee WHERE employee_no LIKE 'B___') d
ON (r.employee_id = d.employee_id AND r.role_name = d.role_name)
WHEN NOT MATCHED THEN
  INSERT (employee_id, role_name) VALUES (d.employee_id, d.role_name);
