package com.calldesk.complaints;

import java.io.Serializable;
import java.util.List;

/** One page of a complaint list and how many rows the whole list has. */
public record ComplaintPage(List<ComplaintRow> rows, long total) implements Serializable {}
