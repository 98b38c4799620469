package com.calldesk.callbacks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who gets which waiting callback task today: the supervisor's quotas, never exceeded; the most
 * urgent, then the oldest due, first; and fairly, each task to the agent holding the fewest tasks
 * today among those still under their quota (ties: the lower employee row id). So while tasks wait,
 * no agent is two tasks ahead of another with room left. Pure: the service reads and writes.
 */
final class HandOut {

  private HandOut() {}

  /**
   * An agent's day.
   *
   * @param quota how many tasks they may hold today
   * @param holding the tasks they already hold today (done or not, rolled over included)
   */
  record Seat(long agentId, int quota, int holding) {}

  /** A task waiting for an agent. */
  record Waiting(long taskId, int urgency, LocalDate dueOn, Instant createdAt) {}

  /** The order tasks are handed out in. */
  static final Comparator<Waiting> FIRST =
      Comparator.comparingInt(Waiting::urgency)
          .reversed()
          .thenComparing(Waiting::dueOn)
          .thenComparing(Waiting::createdAt)
          .thenComparingLong(Waiting::taskId);

  /**
   * @return task id → agent id, in hand-out order; tasks left out wait for tomorrow's quotas
   */
  static Map<Long, Long> assign(List<Waiting> waiting, List<Seat> seats) {
    List<Waiting> tasks = new ArrayList<>(waiting);
    tasks.sort(FIRST);
    List<Seat> sorted = new ArrayList<>(seats);
    sorted.sort(Comparator.comparingLong(Seat::agentId));
    int[] holding = new int[sorted.size()];
    for (int i = 0; i < holding.length; i++) {
      holding[i] = sorted.get(i).holding();
    }
    Map<Long, Long> assigned = new LinkedHashMap<>();
    for (Waiting task : tasks) {
      int best = -1;
      for (int i = 0; i < holding.length; i++) {
        if (holding[i] < sorted.get(i).quota() && (best < 0 || holding[i] < holding[best])) {
          best = i;
        }
      }
      if (best < 0) {
        break; // every quota is full
      }
      holding[best]++;
      assigned.put(task.taskId(), sorted.get(best).agentId());
    }
    return assigned;
  }
}
