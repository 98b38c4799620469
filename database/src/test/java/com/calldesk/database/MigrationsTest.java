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

  private static final String SCHEMA = "classpath:db/migration";
  private static final String H2 = "classpath:db/vendor/h2";
  private static final String DEMO = "classpath:db/demo";

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
    MigrateResult result = flyway(SCHEMA, H2, DEMO).migrate();

    assertTrue(result.success);
    try (Connection c = DriverManager.getConnection(url, "sa", "");
        Statement s = c.createStatement()) {
      // The five demo users and the partner account (V10).
      assertEquals(6, count(s, "SELECT COUNT(*) FROM cd_employee"));
      assertEquals(
          count(s, "SELECT id FROM cd_employee WHERE employee_no = '2001'"),
          count(s, "SELECT supervisor_id FROM cd_employee WHERE employee_no = 'PARTNER'"),
          "partner-filed records go to the demo supervisor's team");
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
    flyway(SCHEMA, H2, DEMO).migrate();
    try (Connection c = DriverManager.getConnection(url, "sa", "");
        Statement s = c.createStatement()) {
      // What a changed repeatable migration does on the next start: run the same script again.
      s.execute(
          "UPDATE \"flyway_schema_history\" SET \"checksum\" = 0 WHERE \"script\" LIKE 'R__%'");
    }
    flyway(SCHEMA, H2, DEMO).migrate();
    try (Connection c = DriverManager.getConnection(url, "sa", "");
        Statement s = c.createStatement()) {
      assertEquals(6, count(s, "SELECT COUNT(*) FROM cd_employee"));
      assertEquals(6, count(s, "SELECT COUNT(*) FROM cd_employee_role"));
    }
  }

  @Test
  void benchmarkAgentsLoadOnlyWhereAskedFor() throws SQLException {
    flyway("classpath:db/migration", "classpath:db/demo", "classpath:db/benchmark").migrate();
    try (Connection c = DriverManager.getConnection(url, "sa", "");
        Statement s = c.createStatement()) {
      assertEquals(
          5 + 1 + 120, count(s, "SELECT COUNT(*) FROM cd_employee"), "demo, partner, benchmark");
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
      assertEquals(
          0,
          count(s, "SELECT COUNT(*) FROM cd_employee WHERE active = 1"),
          "nobody can log in: only the disabled partner account exists");
      assertEquals(
          1,
          count(
              s,
              "SELECT COUNT(*) FROM cd_employee e WHERE e.employee_no = 'PARTNER' AND NOT EXISTS"
                  + " (SELECT 1 FROM cd_employee_role r WHERE r.employee_id = e.id)"));
    }
  }

  @Test
  void schemaRejectsValuesOutsideTheDomain() throws SQLException {
    flyway(SCHEMA, H2, DEMO).migrate();
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
  void aComplaintHoldsItsPauseExactlyWhileItWaitsOnTheCustomerAndRescueUnitsLoad()
      throws SQLException {
    flyway(SCHEMA, H2, DEMO).migrate();
    try (Connection c = DriverManager.getConnection(url, "sa", "");
        Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO cd_customer (id, customer_no, created_at, created_by)"
              + " VALUES (1, 'C1', SYSTIMESTAMP, 'test')");
      String complaint =
          "INSERT INTO cd_complaint (id, complaint_no, customer_id, channel, category_code,"
              + " target_type, target, content, received_at, state, paused_since, due_at,"
              + " agent_id, agent_no, updated_by, updated_at) SELECT %d, 'TS%d', 1, 'PHONE',"
              + " 'SERVICE', 'STAFF', 't', 'c', SYSTIMESTAMP, '%s', %s, SYSTIMESTAMP, id,"
              + " employee_no, employee_no, SYSTIMESTAMP FROM cd_employee WHERE employee_no ="
              + " '1001'";
      s.execute(String.format(complaint, 1, 1, "RECEIVED", "NULL"));
      s.execute(String.format(complaint, 2, 2, "WAITING_ON_CUSTOMER", "SYSTIMESTAMP"));
      assertThrows(
          SQLException.class,
          () -> s.execute(String.format(complaint, 3, 3, "WAITING_ON_CUSTOMER", "NULL")),
          "waiting without a pause start");
      assertThrows(
          SQLException.class,
          () -> s.execute(String.format(complaint, 4, 4, "RECEIVED", "SYSTIMESTAMP")),
          "a pause while not waiting");
      assertThrows(
          SQLException.class,
          () -> s.execute(String.format(complaint, 5, 5, "FORGOTTEN", "NULL")),
          "a state outside the lifecycle");
      assertEquals(5, count(s, "SELECT COUNT(*) FROM cd_complaint_category WHERE active = 1"));
      assertEquals(4, count(s, "SELECT COUNT(*) FROM cd_rescue_unit WHERE active = 1"));
    }
  }

  @Test
  void aCallCannotBeClosedWithoutADispositionAndTheDemoBlacklistLoads() throws SQLException {
    flyway(SCHEMA, H2, DEMO).migrate();
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

  @Test
  void savedInquiriesAndRepliesCannotBeChangedOrDeleted() throws SQLException {
    flyway(SCHEMA, H2, DEMO).migrate();
    try (Connection c = DriverManager.getConnection(url, "sa", "");
        Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO cd_customer (id, customer_no, created_at, created_by)"
              + " VALUES (1, 'C00000001', SYSTIMESTAMP, 'test')");
      s.execute(
          "INSERT INTO cd_inquiry (id, customer_id, category_code, question, answered, agent_id,"
              + " agent_no, created_at) SELECT 1, 1, 'PRODUCT', 'How much?', 0, id, employee_no,"
              + " SYSTIMESTAMP FROM cd_employee WHERE employee_no = '1001'");
      s.execute(
          "INSERT INTO cd_inquiry_reply (id, inquiry_id, body, answers, replied_by, replied_at)"
              + " VALUES (1, 1, '100 yuan', 1, '1001', SYSTIMESTAMP)");

      SQLException update =
          assertThrows(
              SQLException.class,
              () -> s.execute("UPDATE cd_inquiry SET question = 'changed' WHERE id = 1"));
      assertTrue(update.getMessage().contains("insert-only"), update.getMessage());
      assertThrows(SQLException.class, () -> s.execute("DELETE FROM cd_inquiry WHERE id = 1"));
      assertThrows(
          SQLException.class,
          () -> s.execute("UPDATE cd_inquiry_reply SET body = 'x' WHERE id = 1"));
      assertThrows(SQLException.class, () -> s.execute("DELETE FROM cd_inquiry_reply"));
      assertEquals(1, count(s, "SELECT COUNT(*) FROM cd_inquiry WHERE question = 'How much?'"));
      assertThrows(
          SQLException.class,
          () ->
              s.execute(
                  "INSERT INTO cd_inquiry (id, customer_id, category_code, question, answered,"
                      + " agent_id, agent_no, created_at) SELECT 2, 1, 'PRODUCT', 'q', 1, id,"
                      + " employee_no, SYSTIMESTAMP FROM cd_employee WHERE employee_no = '1001'"),
          "an inquiry marked answered needs its answer");
    }
  }

  @Test
  void demoDeskContentLoads() throws SQLException {
    flyway(SCHEMA, H2, DEMO).migrate();
    try (Connection c = DriverManager.getConnection(url, "sa", "");
        Statement s = c.createStatement()) {
      assertEquals(6, count(s, "SELECT COUNT(*) FROM cd_customer_class"));
      assertEquals(1, count(s, "SELECT COUNT(*) FROM cd_script_node WHERE purpose = 'GREETING'"));
      assertEquals(
          1,
          count(
              s,
              "SELECT COUNT(*) FROM cd_script_node WHERE search_text LIKE '%towing%'"
                  + " AND search_text LIKE '%拖车%'"));
      assertEquals(
          4,
          count(
              s,
              "SELECT COUNT(*) FROM cd_employee e JOIN cd_employee s ON s.id = e.supervisor_id"
                  + " WHERE s.employee_no = '2001'"),
          "1001-1003 and the partner account");
    }
  }
}
