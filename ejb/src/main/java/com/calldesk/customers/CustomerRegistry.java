package com.calldesk.customers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Finds the customer behind a caller number, or has a new one registered with the next customer
 * number. A building block of the call handling (which runs in the consumer's transaction).
 */
@ApplicationScoped
public class CustomerRegistry {

  static final String SUBJECT = "Customer";

  @PersistenceContext private EntityManager em;
  @Inject private CustomerRegistration registration;

  private static final Logger LOG = Logger.getLogger(CustomerRegistry.class.getName());

  /**
   * The customer behind the number, registered first if the number is new. Registration commits on
   * its own at once (see {@link CustomerRegistration}), so the caller's transaction does not hold
   * the customer-number counter's lock while it finishes.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public CustomerSummary identify(String callerNumber, String actor) {
    CustomerPhone phone = em.find(CustomerPhone.class, callerNumber);
    boolean registered = false;
    if (phone == null) {
      try {
        registration.register(callerNumber, actor);
        registered = true;
      } catch (RuntimeException e) {
        // Another transaction registered the same number a moment ago (its phone row won);
        // that customer is the one. Anything else is still missing below, and fails there.
        LOG.log(Level.FINE, "registering " + callerNumber + " failed; looking again", e);
      }
      phone = em.find(CustomerPhone.class, callerNumber);
      if (phone == null) {
        throw new IllegalStateException("could not register a customer for " + callerNumber);
      }
    }
    Customer customer = em.find(Customer.class, phone.getCustomerId());
    return summary(customer, phonesOf(customer.getId()), registered);
  }

  /**
   * The customer behind the number, registered in the caller's transaction if the number is new:
   * for a request that may still be refused and must then leave nothing behind. Holds the
   * customer-number counter until that transaction ends.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public CustomerSummary identifyWithin(String callerNumber, String actor) {
    CustomerPhone phone = em.find(CustomerPhone.class, callerNumber);
    boolean registered = false;
    if (phone == null) {
      registration.registerWithin(callerNumber, actor);
      registered = true;
      phone = em.find(CustomerPhone.class, callerNumber);
    }
    Customer customer = em.find(Customer.class, phone.getCustomerId());
    return summary(customer, phonesOf(customer.getId()), registered);
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
