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
import java.util.List;

/**
 * Finds the customer behind a caller number, or registers a new one with the next customer number.
 * A building block of the call handling (which runs in the consumer's transaction).
 */
@ApplicationScoped
public class CustomerRegistry {

  static final String SUBJECT = "Customer";

  @PersistenceContext private EntityManager em;
  @Inject private SerialNumbers serials;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;

  /** Customer numbers read well on the phone: C and eight digits, e.g. C00000042. */
  static String format(long serial) {
    return String.format("C%08d", serial);
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public CustomerSummary identify(String callerNumber, String actor) {
    CustomerPhone phone = em.find(CustomerPhone.class, callerNumber);
    if (phone != null) {
      Customer known = em.find(Customer.class, phone.getCustomerId());
      return summary(known, phonesOf(known.getId()), false);
    }
    Instant now = clock.instant();
    Customer customer = new Customer(format(serials.next(SerialNumbers.CUSTOMER_NO)), now, actor);
    em.persist(customer);
    em.flush();
    em.persist(new CustomerPhone(callerNumber, customer.getId(), now, actor));
    audit.recordAs(
        actor, "CUSTOMER_CREATED", SUBJECT, customer.getCustomerNo(), "caller " + callerNumber);
    return summary(customer, List.of(callerNumber), true);
  }

  public CustomerSummary find(Long customerId) {
    Customer customer = em.find(Customer.class, customerId);
    return customer == null ? null : summary(customer, phonesOf(customerId), false);
  }

  /** The customer's numbers, the first one they called from first. */
  List<String> phonesOf(Long customerId) {
    return em.createQuery(
            "select p.phoneNumber from CustomerPhone p where p.customerId = :id"
                + " order by p.addedAt, p.phoneNumber",
            String.class)
        .setParameter("id", customerId)
        .getResultList();
  }

  private static CustomerSummary summary(Customer customer, List<String> phones, boolean isNew) {
    return new CustomerSummary(
        customer.getId(), customer.getCustomerNo(), customer.getFullName(), phones, isNew);
  }
}
