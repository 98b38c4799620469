package com.calldesk.customers;

import com.calldesk.shared.ReferenceEntry;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A customer class (客户区分) admins configure: individual, business, VIP… */
@Entity
@Table(name = "cd_customer_class")
public class CustomerClass extends ReferenceEntry {

  protected CustomerClass() {}

  CustomerClass(String code) {
    super(code);
  }
}
