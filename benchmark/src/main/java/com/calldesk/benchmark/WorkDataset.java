package com.calldesk.benchmark;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates a year of repair appointments with their work orders, and of travel bookings with their
 * lines, for measuring the work-order state lists, the booking lists and the business query:
 * customers, hourly slots, appointments (each with a work order in a state that fits its age: old
 * ones audited, recent ones spread over the active lists) and bookings in every state, each with a
 * history line or two, spread over the demo team's agents and written straight into the database in
 * batches (the server is not running). Not demo data: run only by benchmark/work.
 *
 * <pre>
 * java -cp benchmark.jar:lib/* com.calldesk.benchmark.WorkDataset JDBC_URL USER PASSWORD [COUNT]
 * </pre>
 */
public final class WorkDataset {

  /** Ids far above what the sequences hand out here and above the complaint dataset's. */
  static final long FIRST_ID = 70_000_000L;

  private static final String[] ACTIVE = {
    "TO_DISPATCH", "DISPATCHED", "IN_PROGRESS", "SENT_BACK", "COMPLETED"
  };
  private static final String[] BOOKING_STATES = {
    "REQUESTED", "CONFIRMED", "PAID", "TRAVELLING", "COMPLETED", "FOLLOWED_UP", "CANCELLED"
  };

  private WorkDataset() {}

  public static void main(String[] args) throws SQLException {
    String url = args[0];
    int count = args.length > 3 ? Integer.parseInt(args[3]) : 100_000;
    long started = System.nanoTime();
    try (Connection db = DriverManager.getConnection(url, args[1], args[2])) {
      db.setAutoCommit(false);
      generate(db, count, new Random(20261203));
      db.commit();
      System.out.printf(
          "work dataset: %d work orders and %d bookings written in %.1f s%n",
          count, count, (System.nanoTime() - started) / 1e9);
    }
  }

  static void generate(Connection db, int count, Random random) throws SQLException {
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
    Instant now = Instant.now().truncatedTo(ChronoUnit.HOURS);
    int customers = Math.max(1, count / 5);
    batch(
        db,
        "INSERT INTO cd_customer (id, customer_no, full_name, created_at, created_by)"
            + " VALUES (?, ?, ?, ?, 'dataset')",
        customers,
        (p, i) -> {
          p.setLong(1, FIRST_ID + i);
          p.setString(2, String.format("W%08d", i + 1));
          p.setString(3, "Work dataset customer " + (i + 1));
          p.setTimestamp(4, utc(now.minus(400, ChronoUnit.DAYS)));
        });
    // Hourly repair slots, 08:00-17:00 UTC, from a year ago to a month ahead.
    int days = 395;
    int slots = days * 10;
    Instant firstSlot = now.truncatedTo(ChronoUnit.DAYS).minus(365, ChronoUnit.DAYS);
    batch(
        db,
        "INSERT INTO cd_appointment_slot (id, kind, location, starts_at, ends_at, capacity, booked,"
            + " updated_by, updated_at) VALUES (?, 'REPAIR', 'Dataset area', ?, ?, 9999, 0,"
            + " 'dataset', ?)",
        slots,
        (p, i) -> {
          Instant start = slotStart(firstSlot, i);
          p.setLong(1, FIRST_ID + i);
          p.setTimestamp(2, utc(start));
          p.setTimestamp(3, utc(start.plus(1, ChronoUnit.HOURS)));
          p.setTimestamp(4, utc(now));
        });
    long[] slotOf = new long[count];
    long[] customerOf = new long[count];
    long[] agentOf = new long[count];
    Instant[] createdOf = new Instant[count];
    for (int i = 0; i < count; i++) {
      int slot = random.nextInt(slots);
      slotOf[i] = slot;
      customerOf[i] = FIRST_ID + random.nextInt(customers);
      agentOf[i] = random.nextInt(agents.size());
      Instant start = slotStart(firstSlot, slot);
      createdOf[i] = start.minus(1 + random.nextInt(72), ChronoUnit.HOURS);
    }
    batch(
        db,
        "INSERT INTO cd_appointment (id, appointment_no, kind, customer_id, slot_id, place, address,"
            + " notes, state, agent_id, agent_no, created_at, updated_by, updated_at) VALUES (?, ?,"
            + " 'REPAIR', ?, ?, 'ON_SITE', 'Dataset street', 'Generated repair', ?, ?, ?, ?, ?, ?)",
        count,
        (p, i) -> {
          long[] agent = agents.get((int) agentOf[i]);
          boolean past = slotStart(firstSlot, (int) slotOf[i]).isBefore(now);
          p.setLong(1, FIRST_ID + i);
          p.setString(2, String.format("YW%08d", i + 1));
          p.setLong(3, customerOf[i]);
          p.setLong(4, FIRST_ID + slotOf[i]);
          p.setString(5, past ? "ATTENDED" : "BOOKED");
          p.setLong(6, agent[0]);
          p.setString(7, Long.toString(agent[1]));
          p.setTimestamp(8, utc(createdOf[i]));
          p.setString(9, Long.toString(agent[1]));
          p.setTimestamp(10, utc(createdOf[i]));
        });
    batch(
        db,
        "INSERT INTO cd_appointment_step (id, appointment_id, action, detail, done_by, done_at)"
            + " VALUES (?, ?, 'BOOKED', 'Dataset area', ?, ?)",
        count,
        (p, i) -> {
          p.setLong(1, FIRST_ID + i);
          p.setLong(2, FIRST_ID + i);
          p.setString(3, Long.toString(agents.get((int) agentOf[i])[1]));
          p.setTimestamp(4, utc(createdOf[i]));
        });
    String[] stateOf = new String[count];
    for (int i = 0; i < count; i++) {
      long ageDays = ChronoUnit.DAYS.between(createdOf[i], now);
      stateOf[i] =
          ageDays > 14
              ? (random.nextInt(20) == 0 ? "CANCELLED" : "AUDITED")
              : ACTIVE[random.nextInt(ACTIVE.length)];
    }
    batch(
        db,
        "INSERT INTO cd_work_order (id, order_no, appointment_id, customer_id, state, request,"
            + " work_area_id, technician_id, dispatch_count, handling, sent_back_reason, agent_id,"
            + " created_at, completed_at, audited_at, updated_by, updated_at) VALUES (?, ?, ?, ?,"
            + " ?, 'Generated repair', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        count,
        (p, i) -> {
          String state = stateOf[i];
          boolean sent = !state.equals("TO_DISPATCH") && !state.equals("CANCELLED");
          int area = 1 + random.nextInt(3);
          boolean done = state.equals("COMPLETED") || state.equals("AUDITED");
          p.setLong(1, FIRST_ID + i);
          p.setString(2, String.format("GW%08d", i + 1));
          p.setLong(3, FIRST_ID + i);
          p.setLong(4, customerOf[i]);
          p.setString(5, state);
          setLong(p, 6, sent ? (long) area : null);
          setLong(p, 7, sent ? (long) (area == 1 ? 1 + random.nextInt(2) : area + 1) : null);
          p.setInt(8, sent ? 1 + (state.equals("SENT_BACK") ? 0 : random.nextInt(2)) : 0);
          p.setString(9, done ? "Repaired" : null);
          p.setString(10, state.equals("SENT_BACK") ? "Not our district" : null);
          p.setLong(11, agents.get((int) agentOf[i])[0]);
          p.setTimestamp(12, utc(createdOf[i]));
          p.setTimestamp(13, done ? utc(createdOf[i].plus(2, ChronoUnit.DAYS)) : null);
          p.setTimestamp(
              14, state.equals("AUDITED") ? utc(createdOf[i].plus(3, ChronoUnit.DAYS)) : null);
          p.setString(15, "dataset");
          p.setTimestamp(16, utc(createdOf[i]));
        });
    batch(
        db,
        "INSERT INTO cd_work_order_step (id, work_order_id, action, detail, done_by, done_at)"
            + " VALUES (?, ?, ?, ?, 'dataset', ?)",
        count * 2,
        (p, i) -> {
          int order = i / 2;
          p.setLong(1, FIRST_ID + i);
          p.setLong(2, FIRST_ID + order);
          p.setString(3, i % 2 == 0 ? "OPENED" : stateOf[order]);
          p.setString(4, i % 2 == 0 ? "Generated repair" : null);
          p.setTimestamp(5, utc(createdOf[order].plus(i % 2, ChronoUnit.HOURS)));
        });
    // Bookings: tickets and rooms at the demo products' prices, in every state.
    BigDecimal ticket = new BigDecimal("98.00");
    BigDecimal room = new BigDecimal("500.00");
    int[] tickets = new int[count];
    int[] rooms = new int[count];
    for (int i = 0; i < count; i++) {
      tickets[i] = 1 + random.nextInt(10);
      rooms[i] = 1 + random.nextInt(5);
    }
    batch(
        db,
        "INSERT INTO cd_booking (id, booking_no, customer_id, state, travel_from, travel_to,"
            + " party_size, travellers, currency, total, language, confirmation_text, reason,"
            + " agent_id, agent_no, created_at, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?,"
            + " 2, 'A、B', 'CNY', ?, 'zh', ?, ?, ?, ?, ?, ?, ?)",
        count,
        (p, i) -> {
          String state = BOOKING_STATES[random.nextInt(BOOKING_STATES.length)];
          long[] agent = agents.get((int) agentOf[i]);
          LocalDate from = LocalDate.ofInstant(createdOf[i], ZoneOffset.UTC).plusDays(14);
          p.setLong(1, FIRST_ID + i);
          p.setString(2, String.format("YE%08d", i + 1));
          p.setLong(3, customerOf[i]);
          p.setString(4, state);
          p.setObject(5, from);
          p.setObject(6, from.plusDays(1));
          p.setBigDecimal(
              7,
              ticket
                  .multiply(BigDecimal.valueOf(tickets[i]))
                  .add(room.multiply(BigDecimal.valueOf(rooms[i]))));
          p.setString(
              8,
              state.equals("REQUESTED") || state.equals("CANCELLED")
                  ? null
                  : "Generated confirmation");
          p.setString(9, state.equals("CANCELLED") ? "Changed plans" : null);
          p.setLong(10, agent[0]);
          p.setString(11, Long.toString(agent[1]));
          p.setTimestamp(12, utc(createdOf[i]));
          p.setString(13, Long.toString(agent[1]));
          p.setTimestamp(14, utc(createdOf[i]));
        });
    batch(
        db,
        "INSERT INTO cd_booking_line (id, booking_id, line_no, product_id, quantity, unit_price,"
            + " line_total) VALUES (?, ?, ?, ?, ?, ?, ?)",
        count * 2,
        (p, i) -> {
          int booking = i / 2;
          boolean isTicket = i % 2 == 0;
          int quantity = isTicket ? tickets[booking] : rooms[booking];
          BigDecimal price = isTicket ? ticket : room;
          p.setLong(1, FIRST_ID + i);
          p.setLong(2, FIRST_ID + booking);
          p.setInt(3, 1 + i % 2);
          p.setLong(4, isTicket ? 1 : 2);
          p.setInt(5, quantity);
          p.setBigDecimal(6, price);
          p.setBigDecimal(7, price.multiply(BigDecimal.valueOf(quantity)));
        });
    batch(
        db,
        "INSERT INTO cd_booking_step (id, booking_id, action, detail, done_by, done_at)"
            + " VALUES (?, ?, 'REQUESTED', NULL, 'dataset', ?)",
        count,
        (p, i) -> {
          p.setLong(1, FIRST_ID + i);
          p.setLong(2, FIRST_ID + i);
          p.setTimestamp(3, utc(createdOf[i]));
        });
    try (PreparedStatement p =
        db.prepareStatement(
            "UPDATE cd_appointment_slot s SET booked = (SELECT COUNT(*) FROM cd_appointment a"
                + " WHERE a.slot_id = s.id) WHERE s.id >= ?")) {
      p.setLong(1, FIRST_ID);
      p.executeUpdate();
    }
    // Fresh statistics for the planner, as a production database keeps them (Oracle gathers
    // them by itself): H2 only refreshes them after many changes.
    try (java.sql.Statement s = db.createStatement()) {
      s.execute("ANALYZE");
    }
  }

  private interface Row {
    void set(PreparedStatement p, int i) throws SQLException;
  }

  private static void batch(Connection db, String sql, int rows, Row row) throws SQLException {
    try (PreparedStatement p = db.prepareStatement(sql)) {
      for (int i = 0; i < rows; i++) {
        row.set(p, i);
        p.addBatch();
        if (i % 2000 == 1999) {
          p.executeBatch();
        }
      }
      p.executeBatch();
    }
  }

  private static Instant slotStart(Instant firstDay, int slot) {
    return firstDay.plus(slot / 10, ChronoUnit.DAYS).plus(8 + slot % 10, ChronoUnit.HOURS);
  }

  private static void setLong(PreparedStatement p, int index, Long value) throws SQLException {
    if (value == null) {
      p.setNull(index, java.sql.Types.BIGINT);
    } else {
      p.setLong(index, value);
    }
  }

  private static Timestamp utc(Instant at) {
    return Timestamp.valueOf(LocalDateTime.ofInstant(at, ZoneOffset.UTC));
  }
}
