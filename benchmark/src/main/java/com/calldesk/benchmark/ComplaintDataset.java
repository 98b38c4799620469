package com.calldesk.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates a call center's pile of complaints for measuring the lists and statistics: customers
 * and complaints in every state, category, department and cause, spread over the past year and over
 * the demo team's agents, written straight into the database in batches (the server is not
 * running). Not demo data: run only by benchmark/complaints.
 *
 * <pre>
 * java -cp benchmark.jar:lib/* com.calldesk.benchmark.ComplaintDataset JDBC_URL USER PASSWORD [COUNT]
 * </pre>
 */
public final class ComplaintDataset {

  private static final String[] CATEGORIES = {"SERVICE", "PRODUCT", "REPAIR", "BILLING", "OTHER"};
  private static final int[] DUE_HOURS = {48, 72, 72, 120, 72};
  private static final String[] DEPARTMENTS = {"SERVICE", "SALES", "AFTER_SALES", "QUALITY"};
  private static final String[] CAUSES = {
    "ATTITUDE", "PRODUCT_QUALITY", "PROCESS", "DELIVERY", "BILLING", "COMMUNICATION", "OTHER"
  };
  private static final String[] STATES = {
    "RECEIVED",
    "REJECTED",
    "ACCEPTED",
    "INVESTIGATING",
    "PLAN_PROPOSED",
    "PLAN_APPROVED",
    "RESOLVED",
    "CLOSED"
  };

  /** Ids far above what the sequences hand out here, so the server's own rows never collide. */
  static final long FIRST_ID = 50_000_000L;

  private ComplaintDataset() {}

  public static void main(String[] args) throws SQLException {
    String url = args[0];
    int count = args.length > 3 ? Integer.parseInt(args[3]) : 100_000;
    long started = System.nanoTime();
    try (Connection db = DriverManager.getConnection(url, args[1], args[2])) {
      db.setAutoCommit(false);
      int written = generate(db, count, new Random(20261202));
      db.commit();
      System.out.printf(
          "complaint dataset: %d complaints written in %.1f s%n",
          written, (System.nanoTime() - started) / 1e9);
    }
  }

  static int generate(Connection db, int count, Random random) throws SQLException {
    List<long[]> agents = new ArrayList<>();
    try (PreparedStatement q =
            db.prepareStatement(
                "SELECT id, employee_no FROM cd_employee WHERE employee_no IN"
                    + " ('1001', '1002', '1003', '2001')");
        ResultSet r = q.executeQuery()) {
      while (r.next()) {
        agents.add(new long[] {r.getLong(1), Long.parseLong(r.getString(2))});
      }
    }
    if (agents.isEmpty()) {
      throw new SQLException("no demo agents: start CallDesk once with demo data first");
    }
    Instant now = Instant.now();
    int customers = Math.max(1, count / 5);
    try (PreparedStatement c =
        db.prepareStatement(
            "INSERT INTO cd_customer (id, customer_no, full_name, created_at, created_by)"
                + " VALUES (?, ?, ?, ?, 'dataset')")) {
      for (int i = 0; i < customers; i++) {
        c.setLong(1, FIRST_ID + i);
        c.setString(2, String.format("D%08d", i + 1));
        c.setString(3, "Dataset customer " + (i + 1));
        c.setTimestamp(4, utc(now.minus(Duration.ofDays(400))));
        c.addBatch();
        if (i % 1000 == 999) {
          c.executeBatch();
        }
      }
      c.executeBatch();
    }
    java.util.Map<String, Long> monthly = new java.util.HashMap<>();
    String lastDepartment;
    String lastCause;
    try (PreparedStatement p =
        db.prepareStatement(
            "INSERT INTO cd_complaint (id, complaint_no, customer_id, channel, category_code,"
                + " target_type, target, content, received_at, state, due_at, department_code,"
                + " cause_code, satisfaction, agent_id, agent_no, closed_at, followup_due_on,"
                + " updated_by, updated_at, escalated_at) VALUES (?, ?, ?, 'PHONE', ?, 'SERVICE',"
                + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (int i = 0; i < count; i++) {
        int k = random.nextInt(CATEGORIES.length);
        // Most complaints are finished; the open ones are the newer ones.
        long ageSeconds = (long) (random.nextDouble() * 365 * 86_400);
        Instant received = now.minusSeconds(ageSeconds);
        String state =
            ageSeconds > 20 * 86_400
                ? (random.nextInt(10) == 0 ? "REJECTED" : "CLOSED")
                : STATES[random.nextInt(STATES.length)];
        int stage = java.util.Arrays.asList(STATES).indexOf(state);
        boolean finished = state.equals("CLOSED") || state.equals("REJECTED");
        long[] agent = agents.get(random.nextInt(agents.size()));
        Instant closed = finished ? received.plus(Duration.ofHours(1 + random.nextInt(96))) : null;
        p.setLong(1, FIRST_ID + i);
        p.setString(2, String.format("TD%08d", i + 1));
        p.setLong(3, FIRST_ID + random.nextInt(customers));
        p.setString(4, CATEGORIES[k]);
        p.setString(5, "Service point " + (1 + random.nextInt(40)));
        p.setString(6, "Generated complaint " + (i + 1));
        p.setTimestamp(7, utc(received));
        p.setString(8, state);
        p.setTimestamp(9, utc(received.plus(Duration.ofHours(DUE_HOURS[k]))));
        lastDepartment = DEPARTMENTS[random.nextInt(DEPARTMENTS.length)];
        lastCause = CAUSES[random.nextInt(CAUSES.length)];
        p.setString(10, stage >= 2 ? lastDepartment : null);
        p.setString(11, stage >= 3 ? lastCause : null);
        if (state.equals("CLOSED")) {
          p.setInt(12, 1 + random.nextInt(5));
        } else {
          p.setNull(12, java.sql.Types.INTEGER);
        }
        p.setLong(13, agent[0]);
        p.setString(14, Long.toString(agent[1]));
        p.setTimestamp(15, closed == null ? null : utc(closed));
        p.setObject(
            16,
            state.equals("CLOSED")
                ? LocalDate.ofInstant(closed, ZoneOffset.UTC).plusDays(3)
                : null);
        p.setString(17, Long.toString(agent[1]));
        p.setTimestamp(18, utc(closed == null ? received : closed));
        // Open cases already past due were escalated when they fell due, as the server would have:
        // the benchmark measures the lists, not a first sweep catching up on a year.
        Instant due = received.plus(Duration.ofHours(DUE_HOURS[k]));
        p.setTimestamp(19, !finished && due.isBefore(now) ? utc(due) : null);
        // The monthly counts the statistics add up, as the service keeps them.
        String department = stage >= 2 ? lastDepartment : "-";
        String cause = stage >= 3 ? lastCause : "-";
        monthly.merge(
            String.join(
                "|",
                LocalDate.ofInstant(received, ZoneOffset.UTC).withDayOfMonth(1).toString(),
                CATEGORIES[k],
                department,
                cause,
                state),
            1L,
            Long::sum);
        p.addBatch();
        if (i % 1000 == 999) {
          p.executeBatch();
        }
      }
      p.executeBatch();
    }
    try (PreparedStatement m =
        db.prepareStatement(
            "INSERT INTO cd_complaint_count (month_start, category_code, department_code,"
                + " cause_code, state, complaints) VALUES (?, ?, ?, ?, ?, ?)")) {
      for (Map.Entry<String, Long> e : monthly.entrySet()) {
        String[] key = e.getKey().split("\\|");
        m.setObject(1, LocalDate.parse(key[0]));
        m.setString(2, key[1]);
        m.setString(3, key[2]);
        m.setString(4, key[3]);
        m.setString(5, key[4]);
        m.setLong(6, e.getValue());
        m.addBatch();
      }
      m.executeBatch();
    }
    return count;
  }

  private static Timestamp utc(Instant instant) {
    return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
  }
}
