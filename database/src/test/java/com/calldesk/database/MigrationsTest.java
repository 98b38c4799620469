package com.calldesk.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/** Applies the real migrations to a fresh H2 database in Oracle mode, as the application does. */
class MigrationsTest {

  private String url;

  @BeforeEach
  void freshDatabase(TestInfo test) {
    url =
        "jdbc:h2:mem:"
            + test.getTestMethod().orElseThrow().getName()
            + ";MODE=Oracle;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
  }

  private Flyway flyway(String... locations) {
    return Flyway.configure().dataSource(url, "sa", "").locations(locations).load();
  }

  @Test
  void schemaAndDemoDataApplyOnH2InOracleMode() throws SQLException {
    MigrateResult result = flyway("classpath:db/migration", "classpath:db/demo").migrate();

    assertTrue(result.success);
    try (Connection c = DriverManager.getConnection(url, "sa", "");
        Statement s = c.createStatement()) {
      assertEquals(5, count(s, "SELECT COUNT(*) FROM cd_employee"));
      assertEquals(
          2,
          count(
              s,
              "SELECT COUNT(*) FROM cd_employee_role r JOIN cd_employee e ON e.id = r.employee_id"
                  + " WHERE e.employee_no = '2001'"));
      assertTrue(
          count(s, "SELECT MIN(id) FROM cd_employee") >= 1000,
          "ids come from the sequence, never below its start");
    }
  }

  @Test
  void demoDataIsIdempotent() throws SQLException {
    flyway("classpath:db/migration", "classpath:db/demo").migrate();
    try (Connection c = DriverManager.getConnection(url, "sa", "");
        Statement s = c.createStatement()) {
      // What a changed repeatable migration does on the next start: run the same script again.
      s.execute(
          "UPDATE \"flyway_schema_history\" SET \"checksum\" = 0 WHERE \"script\" LIKE 'R__%'");
    }
    flyway("classpath:db/migration", "classpath:db/demo").migrate();
    try (Connection c = DriverManager.getConnection(url, "sa", "");
        Statement s = c.createStatement()) {
      assertEquals(5, count(s, "SELECT COUNT(*) FROM cd_employee"));
      assertEquals(6, count(s, "SELECT COUNT(*) FROM cd_employee_role"));
    }
  }

  @Test
  void benchmarkAgentsLoadOnlyWhereAskedFor() throws SQLException {
    flyway("classpath:db/migration", "classpath:db/demo", "classpath:db/benchmark").migrate();
    try (Connection c = DriverManager.getConnection(url, "sa", "");
        Statement s = c.createStatement()) {
      assertEquals(5 + 120, count(s, "SELECT COUNT(*) FROM cd_employee"));
      assertEquals(
          120,
          count(
              s,
              "SELECT COUNT(*) FROM cd_employee_role r JOIN cd_employee e ON e.id = r.employee_id"
                  + " WHERE e.employee_no LIKE 'B%' AND r.role_name = 'AGENT'"));
    }
  }

  @Test
  void productionHasNoDemoUsers() throws SQLException {
    flyway("classpath:db/migration").migrate();
    try (Connection c = DriverManager.getConnection(url, "sa", "");
        Statement s = c.createStatement()) {
      assertEquals(0, count(s, "SELECT COUNT(*) FROM cd_employee"));
    }
  }

  @Test
  void schemaRejectsValuesOutsideTheDomain() throws SQLException {
    flyway("classpath:db/migration", "classpath:db/demo").migrate();
    try (Connection c = DriverManager.getConnection(url, "sa", "");
        Statement s = c.createStatement()) {
      assertThrows(
          SQLException.class,
          () ->
              s.execute(
                  "INSERT INTO cd_employee_role (employee_id, role_name)"
                      + " SELECT id, 'ROOT' FROM cd_employee WHERE employee_no = '1001'"));
      assertThrows(
          SQLException.class,
          () ->
              s.execute(
                  "INSERT INTO cd_employee (id, employee_no, full_name, password_hash, agent_level,"
                      + " created_at, updated_at) VALUES (cd_employee_seq.NEXTVAL, '1001', 'x', 'x',"
                      + " 'NORMAL', SYSTIMESTAMP, SYSTIMESTAMP)"),
          "employee numbers are unique");
    }
  }

  @Test
  void aCallCannotBeClosedWithoutADispositionAndTheDemoBlacklistLoads() throws SQLException {
    flyway("classpath:db/migration", "classpath:db/demo").migrate();
    try (Connection c = DriverManager.getConnection(url, "sa", "");
        Statement s = c.createStatement()) {
      assertEquals(3, count(s, "SELECT COUNT(*) FROM cd_blacklist"));
      assertThrows(
          SQLException.class,
          () ->
              s.execute(
                  "INSERT INTO cd_call (id, call_id, caller_number, channel, status, offered_at)"
                      + " VALUES (cd_call_seq.NEXTVAL, 'c-1', '13800138000', 'hotline', 'ENDED',"
                      + " SYSTIMESTAMP)"),
          "an ENDED call needs its disposition and end time");
      s.execute(
          "INSERT INTO cd_call (id, call_id, caller_number, channel, status, offered_at)"
              + " VALUES (cd_call_seq.NEXTVAL, 'c-2', '13800138000', 'hotline', 'WAITING',"
              + " SYSTIMESTAMP)");
      assertThrows(
          SQLException.class,
          () ->
              s.execute(
                  "INSERT INTO cd_call (id, call_id, caller_number, channel, status, offered_at)"
                      + " VALUES (cd_call_seq.NEXTVAL, 'c-2', '13800138001', 'hotline', 'WAITING',"
                      + " SYSTIMESTAMP)"),
          "one row per call id");
      assertEquals(
          0, count(s, "SELECT last_value FROM cd_serial_counter WHERE name = 'CUSTOMER_NO'"));
    }
  }

  private static long count(Statement s, String sql) throws SQLException {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
