-- Demo users for trying CallDesk. Applied only where calldesk.demo-data=true (the run command and the
-- tests); never on a real site. Every password is "calldesk". Re-running inserts only what is missing.

MERGE INTO cd_employee e
USING (
  SELECT '1001' employee_no, '张伟 Zhang Wei' full_name, 'NORMAL' agent_level, 'PBKDF2WithHmacSHA512:210000:+kPcZPpDTyF5yzdLDa/VAlopt+svhn7arguFOOLQmxg=:FbpJa9srQlFgfENNom9NhPtim+SpsWw2/i36VRaqjg2c2kVgw+MKMIOPwWeVw/4DrAw4ocF4t355bMq7egcU9w==' password_hash FROM dual
  UNION ALL SELECT '1002', '李娜 Li Na', 'EXPERT', 'PBKDF2WithHmacSHA512:210000:oN1chdKscHvL8u5hV47q4xAkongb7iPzj8OzVdtYJgQ=:4QKg+R1IEZ3TSLyMWrCyO8w5YQlyC13DDUHsXwa6STy2qCJU985hyxQcjkSk8vjpyHXA0q/nwpoZYMkTW3mHMQ==' FROM dual
  UNION ALL SELECT '1003', '王芳 Wang Fang', 'PROFESSIONAL', 'PBKDF2WithHmacSHA512:210000:vLJ9ISSQx4zz9FomqEIStz3MSHHQSnddD84C+x7UJ2Y=:43Ed0yXiAQWyHnys/N4Dt0J4egkDOkFsjcZD03CF0JnCt+uDCwzV0VMaxiGDn9iJjMQxQEMYArNZDAC4UD2HWQ==' FROM dual
  UNION ALL SELECT '2001', '刘洋 Liu Yang', 'SUPERVISOR', 'PBKDF2WithHmacSHA512:210000:5BypdcCgwpfYt1PtiEVrjHvrRIsue7TbIc+n+16I2w4=:0Fi3XlJu09Ep7vTfhPN8U3Wf5oD/i8jd8Hp/bhZa/lQd6r++GywwU2ORclvTW6dC6ruIYlFGOKCc3XXvOMoXFw==' FROM dual
  UNION ALL SELECT '9001', '陈静 Chen Jing', 'NORMAL', 'PBKDF2WithHmacSHA512:210000:WOUGfRJ9k6cffvStynXggQ1vCvj/YZVbgeqLylmLo4M=:YgqH/y7Dt8O3f9UjhC3MzvDAIYJxebQnutLEzdsulYTTTOEEZRxxntoRxUGifuklqD663WzibtgNK2IhurdbvQ==' FROM dual
) d
ON (e.employee_no = d.employee_no)
WHEN NOT MATCHED THEN
  INSERT (id, employee_no, full_name, password_hash, agent_level, active, failed_logins, version, created_at, updated_at)
  VALUES (cd_employee_seq.NEXTVAL, d.employee_no, d.full_name, d.password_hash, d.agent_level, 1, 0, 0,
          CAST(SYSTIMESTAMP AT TIME ZONE 'UTC' AS TIMESTAMP), CAST(SYSTIMESTAMP AT TIME ZONE 'UTC' AS TIMESTAMP));

MERGE INTO cd_employee_role r
USING (
  SELECT e.id employee_id, x.role_name
  FROM cd_employee e
  JOIN (
    SELECT '1001' employee_no, 'AGENT' role_name FROM dual
    UNION ALL SELECT '1002', 'AGENT' FROM dual
    UNION ALL SELECT '1003', 'AGENT' FROM dual
    UNION ALL SELECT '2001', 'AGENT' FROM dual
    UNION ALL SELECT '2001', 'SUPERVISOR' FROM dual
    UNION ALL SELECT '9001', 'ADMIN' FROM dual
  ) x ON x.employee_no = e.employee_no
) d
ON (r.employee_id = d.employee_id AND r.role_name = d.role_name)
WHEN NOT MATCHED THEN
  INSERT (employee_id, role_name) VALUES (d.employee_id, d.role_name);

-- Agents 1001-1003 report to supervisor 2001.
UPDATE cd_employee SET supervisor_id = (SELECT id FROM cd_employee WHERE employee_no = '2001')
 WHERE employee_no IN ('1001', '1002', '1003') AND supervisor_id IS NULL;

-- Demo users are marked: with calldesk.demo-data=false they are disabled at start-up.
UPDATE cd_employee SET demo = 1 WHERE employee_no IN ('1001', '1002', '1003', '2001', '9001') AND demo = 0;
UPDATE cd_employee SET department_code = 'SERVICE' WHERE employee_no IN ('1001', '1002', '1003', '2001') AND department_code IS NULL;
UPDATE cd_employee SET department_code = 'IT' WHERE employee_no = '9001' AND department_code IS NULL;

-- What partner systems file is followed up by supervisor 2001's team (the partner account's team).
UPDATE cd_employee SET supervisor_id = (SELECT id FROM cd_employee WHERE employee_no = '2001')
 WHERE employee_no = 'PARTNER' AND supervisor_id IS NULL;
