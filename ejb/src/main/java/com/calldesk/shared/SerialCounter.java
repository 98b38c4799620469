package com.calldesk.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last number handed out for one kind of serial. Locked by the transaction that takes one. */
@Entity
@Table(name = "cd_serial_counter")
public class SerialCounter {

  @Id
  @Column(length = 40)
  private String name;

  @Column(name = "last_value", nullable = false)
  private long lastValue;

  protected SerialCounter() {}

  long next() {
    return ++lastValue;
  }
}
