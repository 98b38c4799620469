package com.calldesk.customers;

import com.calldesk.shared.AuditTrail;
import com.calldesk.shared.SerialNumbers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/**
 * Registers a new caller as a customer with the next gap-free customer number, in a transaction of
 * its own. The counter row is locked only for these few statements: a call's own transaction (which
 * ends with a two-phase commit with the broker) would otherwise hold it to the end, and every call
 * from a new number would wait for the previous one. If that call's transaction later rolls back,
 * the customer stays, with a number and no gap; the redelivered event finds them by their number.
 */
@ApplicationScoped
public class CustomerRegistration {

  @PersistenceContext private EntityManager em;
  @Inject private SerialNumbers serials;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;

  /** Customer numbers read well on the phone: C and eight digits, e.g. C00000042. */
  static String format(long serial) {
    return String.format("C%08d", serial);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void register(String callerNumber, String actor) {
    create(callerNumber, actor);
  }

  /**
   * The same, in the caller's transaction: the customer exists only if that transaction commits (a
   * partner's request that is refused leaves no customer behind).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void registerWithin(String callerNumber, String actor) {
    create(callerNumber, actor);
  }

  private void create(String callerNumber, String actor) {
    Instant now = clock.instant();
    Customer customer = new Customer(format(serials.next(SerialNumbers.CUSTOMER_NO)), now, actor);
    em.persist(customer);
    em.flush();
    em.persist(new CustomerPhone(callerNumber, customer.getId(), now, actor));
    em.flush();
    audit.recordAs(
        actor,
        "CUSTOMER_CREATED",
        CustomerRegistry.SUBJECT,
        customer.getCustomerNo(),
        "caller " + callerNumber);
  }
}
