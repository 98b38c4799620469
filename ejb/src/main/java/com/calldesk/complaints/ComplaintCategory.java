package com.calldesk.complaints;

import com.calldesk.shared.ReferenceEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A complaint category admins keep, with the hours a complaint of it may take (its due time). */
@Entity
@Table(name = "cd_complaint_category")
public class ComplaintCategory extends ReferenceEntry {

  @Column(name = "due_hours", nullable = false)
  private int dueHours = 72;

  protected ComplaintCategory() {}

  ComplaintCategory(String code) {
    super(code);
  }

  public int getDueHours() {
    return dueHours;
  }

  void setDueHours(int dueHours) {
    this.dueHours = dueHours;
  }
}
