package com.calldesk.workorders;

import java.io.Serializable;
import java.util.List;

/** One page of a state list and how many rows the whole list has. */
public record WorkOrderPage(List<WorkOrderRow> rows, long total) implements Serializable {}
