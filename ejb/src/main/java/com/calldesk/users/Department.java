package com.calldesk.users;

import com.calldesk.shared.ReferenceEntry;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A department (部门) an employee belongs to; complaints will name a responsible one. */
@Entity
@Table(name = "cd_department")
public class Department extends ReferenceEntry {

  protected Department() {}

  Department(String code) {
    super(code);
  }
}
