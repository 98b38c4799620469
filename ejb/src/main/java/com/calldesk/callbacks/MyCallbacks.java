package com.calldesk.callbacks;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * An agent's callbacks today: "today: N tasks, M done" and the quota, with the list (open tasks
 * first, those carried over from an earlier day marked).
 */
public record MyCallbacks(
    LocalDate day, int quota, int tasks, int done, List<CallbackTaskView> list)
    implements Serializable {}
