package com.calldesk.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Gap-free serials such as the customer number (客户编号). The counter row stays locked until the
 * caller's transaction ends: if it rolls back, so does the increment, and the next caller gets the
 * same number. Serialises creators of one kind, which is the price of having no gaps.
 */
@ApplicationScoped
public class SerialNumbers {

  public static final String CUSTOMER_NO = "CUSTOMER_NO";
  public static final String COMPLAINT_NO = "COMPLAINT_NO";
  public static final String RESCUE_NO = "RESCUE_NO";
  public static final String APPOINTMENT_NO = "APPOINTMENT_NO";
  public static final String WORK_ORDER_NO = "WORK_ORDER_NO";
  public static final String BOOKING_NO = "BOOKING_NO";
  public static final String LEAD_NO = "LEAD_NO";

  @PersistenceContext private EntityManager em;

  @Transactional(Transactional.TxType.MANDATORY)
  public long next(String counter) {
    SerialCounter row = em.find(SerialCounter.class, counter, LockModeType.PESSIMISTIC_WRITE);
    if (row == null) {
      throw new IllegalStateException(
          "no serial counter " + counter + " (migrations not applied?)");
    }
    return row.next();
  }
}
