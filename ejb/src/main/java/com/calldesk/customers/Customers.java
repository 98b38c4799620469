package com.calldesk.customers;

import com.calldesk.security.EmployeeRepository;
import com.calldesk.security.Roles;
import com.calldesk.shared.AuditTrail;
import com.calldesk.shared.BusinessException;
import com.calldesk.shared.CodeName;
import com.calldesk.shared.InvalidInput;
import com.calldesk.shared.ReferenceLists;
import com.calldesk.shared.ReferenceView;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The customer card (SPEC §3.2): look a customer up, show the card and its whole history, and take
 * the agent's corrections. Two agents editing one card: the second save is refused with the name of
 * whoever saved first, instead of silently overwriting it.
 */
@Stateless
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
public class Customers {

  static final Pattern PHONE = Pattern.compile("\\+?[0-9]{3,20}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Set<String> GENDERS = Set.of("MALE", "FEMALE");

  /** How many entries a timeline shows; older ones are in each record's own list. */
  public static final int HISTORY_ROWS = 200;

  @PersistenceContext private EntityManager em;
  @Inject private AuditTrail audit;
  @Inject private ReferenceLists referenceLists;
  @Inject private EmployeeRepository employees;
  @Inject private CustomerRegistry registry;
  @Inject private Clock clock;
  @Inject private jakarta.enterprise.event.Event<ExpiryDateSet> expiryEvents;
  @Inject @Any private Instance<CustomerHistorySource> historySources;
  @Resource private SessionContext context;

  public CustomerCard card(Long customerId) {
    Customer customer = em.find(Customer.class, customerId);
    if (customer == null) {
      throw new BusinessException("customer.notFound", null, "no customer " + customerId);
    }
    return card(customer);
  }

  /** By customer number (C00000042) or by any of the customer's phone numbers. */
  public Optional<CustomerCard> lookup(String customerNoOrPhone) {
    String key = customerNoOrPhone == null ? "" : customerNoOrPhone.strip().toUpperCase();
    if (key.isEmpty()) {
      return Optional.empty();
    }
    Optional<Customer> byNo =
        em.createQuery("select c from Customer c where c.customerNo = :no", Customer.class)
            .setParameter("no", key)
            .getResultStream()
            .findFirst();
    if (byNo.isPresent()) {
      return byNo.map(this::card);
    }
    CustomerPhone phone = em.find(CustomerPhone.class, key);
    return phone == null ? Optional.empty() : Optional.of(card(phone.getCustomerId()));
  }

  /**
   * Saves the agent's corrections of the card, all or nothing.
   *
   * @throws InvalidInput listing every field that is wrong
   * @throws BusinessException {@code customer.changedMeanwhile} when someone saved the card after
   *     this form was loaded, naming them and when
   */
  public CustomerCard correct(Long customerId, CustomerCorrection input) {
    Customer customer = em.find(Customer.class, customerId, LockModeType.PESSIMISTIC_WRITE);
    if (customer == null) {
      throw new BusinessException("customer.notFound", null, "no customer " + customerId);
    }
    if (customer.getVersion() != input.expectedVersion()) {
      throw new BusinessException(
          "customer.changedMeanwhile",
          null,
          "customer " + customer.getCustomerNo() + " was changed by " + customer.getUpdatedBy(),
          whoIs(customer.getUpdatedBy()),
          customer.getUpdatedAt() == null ? null : java.util.Date.from(customer.getUpdatedAt()));
    }
    CustomerCorrection c = cleaned(input);
    List<String> phones = validate(customer, c);
    Instant now = clock.instant();
    String me = me();
    java.time.LocalDate expiredBefore = customer.getExpiresOn();
    customer.correct(c, me, now);
    List<String> before = phonesOf(customerId);
    for (String number : before) {
      if (!phones.contains(number)) {
        em.remove(em.find(CustomerPhone.class, number));
      }
    }
    for (String number : phones) {
      if (!before.contains(number)) {
        em.persist(new CustomerPhone(number, customerId, now, me));
      }
    }
    em.flush();
    audit.record(
        "CUSTOMER_CORRECTED",
        CustomerRegistry.SUBJECT,
        customer.getCustomerNo(),
        "name="
            + c.fullName()
            + ", class="
            + c.classCode()
            + ", phones="
            + phones
            + ", expires="
            + c.expiresOn());
    if (c.expiresOn() != null && !c.expiresOn().equals(expiredBefore)) {
      expiryEvents.fire(new ExpiryDateSet(customerId));
    }
    return card(customer);
  }

  /** The customer's records of every kind on one timeline, newest first. */
  public List<HistoryEntry> history(Long customerId) {
    List<HistoryEntry> all = new ArrayList<>();
    for (CustomerHistorySource source : historySources) {
      all.addAll(source.entriesOf(customerId, HISTORY_ROWS));
    }
    all.sort(Comparator.comparing(HistoryEntry::at).reversed());
    return all.size() > HISTORY_ROWS ? List.copyOf(all.subList(0, HISTORY_ROWS)) : all;
  }

  /** The classes an agent may choose from. */
  public List<CodeName> classes() {
    return referenceLists.active(CustomerClass.class);
  }

  /** Every class, retired ones too, for admins: code, names, order, active. */
  @RolesAllowed(Roles.ADMIN)
  public List<ReferenceView> allClasses() {
    return referenceLists.all(CustomerClass.class);
  }

  /**
   * Creates or changes a customer class. Retiring one (active false) keeps it on the customers who
   * have it; agents can no longer choose it.
   *
   * @throws BusinessException {@code customer.classChangedMeanwhile} when another admin saved first
   */
  @RolesAllowed(Roles.ADMIN)
  public ReferenceView saveClass(ReferenceView in) {
    return referenceLists.save(
        CustomerClass.class,
        "CUSTOMER_CLASS",
        ReferenceLists.UPPER_CODE,
        CustomerClass::new,
        in,
        "customer.classChangedMeanwhile");
  }

  private List<String> validate(Customer customer, CustomerCorrection c) {
    InvalidInput.Check check = new InvalidInput.Check();
    check
        .text(c.fullName(), false, 100, "fullName")
        .text(c.company(), false, 100, "company")
        .text(c.address(), false, 200, "address")
        .text(c.email(), false, 100, "email")
        .text(c.notes(), false, 1000, "notes")
        .require(c.gender() == null || GENDERS.contains(c.gender()), "gender", "input.invalid");
    if (c.email() != null && check.ok("email")) {
      check.require(EMAIL.matcher(c.email()).matches(), "email", "customer.badEmail");
    }
    if (c.classCode() != null) {
      check.require(
          referenceLists.isActive(CustomerClass.class, c.classCode()),
          "classCode",
          "customer.badClass");
    }
    Set<String> phones = new LinkedHashSet<>();
    for (String raw : c.phoneNumbers() == null ? List.<String>of() : c.phoneNumbers()) {
      String number = InvalidInput.clean(raw);
      if (number == null) {
        continue;
      }
      if (!PHONE.matcher(number).matches()) {
        check.require(false, "phones", "customer.badPhone");
        continue;
      }
      CustomerPhone owner = em.find(CustomerPhone.class, number);
      check.require(
          owner == null || owner.getCustomerId().equals(customer.getId()),
          "phones",
          "customer.phoneTaken");
      phones.add(number);
    }
    check.require(!phones.isEmpty(), "phones", "customer.needsPhone");
    check.throwIfAny();
    return List.copyOf(phones);
  }

  private static CustomerCorrection cleaned(CustomerCorrection c) {
    return new CustomerCorrection(
        c.expectedVersion(),
        InvalidInput.clean(c.fullName()),
        InvalidInput.clean(c.gender()),
        InvalidInput.clean(c.company()),
        InvalidInput.clean(c.address()),
        InvalidInput.clean(c.email()),
        InvalidInput.clean(c.notes()),
        InvalidInput.clean(c.classCode()),
        c.phoneNumbers(),
        c.expiresOn());
  }

  private CustomerCard card(Customer c) {
    return new CustomerCard(
        c.getId(),
        c.getCustomerNo(),
        c.getFullName(),
        c.getGender(),
        c.getCompany(),
        c.getAddress(),
        c.getEmail(),
        c.getNotes(),
        c.getClassCode(),
        phonesOf(c.getId()),
        c.getVersion(),
        c.getCreatedAt(),
        c.getUpdatedBy(),
        c.getUpdatedAt(),
        c.getExpiresOn());
  }

  private List<String> phonesOf(Long customerId) {
    return registry.phonesOf(customerId);
  }

  private String whoIs(String employeeNo) {
    return employeeNo == null
        ? "?"
        : employees
            .findByEmployeeNo(employeeNo)
            .map(e -> e.getEmployeeNo() + " " + e.getFullName())
            .orElse(employeeNo);
  }

  private String me() {
    return context.getCallerPrincipal().getName();
  }
}
