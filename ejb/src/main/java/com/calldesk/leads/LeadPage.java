package com.calldesk.leads;

import java.io.Serializable;
import java.util.List;

/** One page of a lead list and how many rows the whole list has. */
public record LeadPage(List<LeadRow> rows, long total) implements Serializable {}
