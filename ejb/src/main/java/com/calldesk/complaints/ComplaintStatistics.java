package com.calldesk.complaints;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Complaints received in a period, counted by category, department, cause and state (SPEC §4: the
 * supervisors' statistics). Codes are those of the lists; null codes count as "none yet".
 */
public record ComplaintStatistics(
    LocalDate from,
    LocalDate to,
    long total,
    List<Count> byCategory,
    List<Count> byDepartment,
    List<Count> byCause,
    List<Count> byState)
    implements Serializable {

  /** A code and how many complaints have it. */
  public record Count(String code, long count) implements Serializable {}
}
