package com.calldesk.callbacks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.calldesk.callbacks.HandOut.Seat;
import com.calldesk.callbacks.HandOut.Waiting;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HandOutTest {

  private static final LocalDate DAY = LocalDate.of(2026, 12, 2);
  private static final Instant T = Instant.parse("2026-12-01T08:00:00Z");

  private static Waiting task(long id, int urgency, int dueInDays, int createdMinute) {
    return new Waiting(id, urgency, DAY.plusDays(dueInDays), T.plusSeconds(60L * createdMinute));
  }

  @Test
  void aKnownSetOfTasksAndQuotasGivesExactlyTheExpectedHandOut() {
    List<Waiting> waiting =
        List.of(
            task(1, 0, 3, 1), // normal, due in 3 days
            task(2, 2, 5, 9), // most urgent (dropped call of a complaining customer)
            task(3, 0, 1, 5), // normal, due tomorrow
            task(4, 1, 9, 2), // urgent
            task(5, 0, 1, 3), // normal, due tomorrow, older than 3
            task(6, 0, 7, 0),
            task(7, 0, 7, 4));
    List<Seat> seats =
        List.of(
            new Seat(10, 3, 0), // 1001: quota 3
            new Seat(11, 3, 1), // 1002: quota 3, one rolled over from yesterday
            new Seat(12, 1, 0), // 1003: quota 1
            new Seat(13, 0, 0)); // 2001: no quota today

    Map<Long, Long> expected = new LinkedHashMap<>();
    expected.put(2L, 10L); // most urgent first; 10, 12 hold none, the lower id wins
    expected.put(4L, 12L); // urgent next: 12 holds none
    expected.put(5L, 10L); // 10 and 11 hold one each, 12 is full: the lower id
    expected.put(3L, 11L); // 11 holds one, 10 two
    expected.put(1L, 10L); // 10 and 11 hold two each
    expected.put(6L, 11L); // 10 full (3), 11 takes its third
    // task 7 waits: every quota is full

    Map<Long, Long> assigned = HandOut.assign(waiting, seats);

    assertEquals(expected, assigned);
    assertEquals(List.copyOf(expected.keySet()), List.copyOf(assigned.keySet()), "in order");
  }

  @Test
  void neverOverQuotaAndNeverTwoAheadWhileTasksWait() {
    Random random = new Random(42);
    for (int round = 0; round < 500; round++) {
      List<Waiting> waiting = new ArrayList<>();
      int tasks = random.nextInt(40);
      for (int i = 0; i < tasks; i++) {
        waiting.add(task(i, random.nextInt(3), random.nextInt(10), random.nextInt(100)));
      }
      List<Seat> seats = new ArrayList<>();
      int agents = 1 + random.nextInt(8);
      for (int a = 0; a < agents; a++) {
        int quota = 1 + random.nextInt(3) * 2; // 1, 3 or 5: several agents share a quota
        seats.add(new Seat(100 + a, quota, random.nextInt(2)));
      }

      Map<Long, Long> assigned = HandOut.assign(waiting, seats);

      Map<Long, Integer> holding = new HashMap<>();
      seats.forEach(s -> holding.put(s.agentId(), s.holding()));
      assigned.values().forEach(a -> holding.merge(a, 1, Integer::sum));
      boolean tasksWait = assigned.size() < waiting.size();
      for (Seat s : seats) {
        int now = holding.get(s.agentId());
        assertTrue(
            now <= Math.max(s.quota(), s.holding()), "over quota: " + s + " now holds " + now);
        if (tasksWait) {
          assertTrue(now >= s.quota(), "a task waits while " + s + " has room");
        }
        if (now > s.holding()) { // s was given tasks: none while another had fewer and room
          for (Seat other : seats) {
            int theirs = holding.get(other.agentId());
            if (other.quota() == s.quota() && theirs < other.quota()) {
              assertTrue(now - theirs <= 1, s + " is two ahead of " + other + " (" + round + ")");
            }
          }
        }
      }
      // the tasks handed out are the first ones in hand-out order
      List<Waiting> ordered = new ArrayList<>(waiting);
      ordered.sort(HandOut.FIRST);
      for (int i = 0; i < assigned.size(); i++) {
        assertTrue(assigned.containsKey(ordered.get(i).taskId()), "skipped a more urgent task");
      }
    }
  }
}
