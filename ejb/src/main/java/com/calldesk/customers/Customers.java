package com.calldesk.customers;

import com.calldesk.security.EmployeeRepository;
import com.calldesk.security.Roles;
import com.calldesk.shared.AuditTrail;
import com.calldesk.shared.BusinessException;
import com.calldesk.shared.CodeName;
import com.calldesk.shared.InvalidInput;
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
  @Inject private EmployeeRepository employees;
  @Inject private CustomerRegistry registry;
  @Inject private Clock clock;
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
        "name=" + c.fullName() + ", class=" + c.classCode() + ", phones=" + phones);
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
    return em.createQuery(
            "select new com.calldesk.shared.CodeName(c.code, c.nameZh, c.nameEn)"
                + " from CustomerClass c where c.active = true order by c.sortOrder, c.code",
            CodeName.class)
        .getResultList();
  }

  /** Every class, retired ones too, for admins: code, names, order, active. */
  @RolesAllowed(Roles.ADMIN)
  public List<CustomerClassView> allClasses() {
    return em
        .createQuery(
            "select c from CustomerClass c order by c.sortOrder, c.code", CustomerClass.class)
        .getResultList()
        .stream()
        .map(
            c ->
                new CustomerClassView(
                    c.getCode(),
                    c.getNameZh(),
                    c.getNameEn(),
                    c.getSortOrder(),
                    c.isActive(),
                    c.getVersion()))
        .toList();
  }

  /**
   * Creates or changes a customer class. Retiring one (active false) keeps it on the customers who
   * have it; agents can no longer choose it.
   *
   * @throws BusinessException {@code customer.classChangedMeanwhile} when another admin saved first
   */
  @RolesAllowed(Roles.ADMIN)
  public CustomerClassView saveClass(CustomerClassView in) {
    String code = in.code() == null ? "" : in.code().strip().toUpperCase(java.util.Locale.ROOT);
    String nameZh = InvalidInput.clean(in.nameZh());
    String nameEn = InvalidInput.clean(in.nameEn());
    new InvalidInput.Check()
        .require(code.matches("[A-Z][A-Z0-9_]{0,29}"), "code", "customer.badClassCode")
        .text(nameZh, true, 60, "nameZh")
        .text(nameEn, true, 60, "nameEn")
        .throwIfAny();
    String actor = audit.currentActor();
    Instant now = clock.instant();
    CustomerClass c = em.find(CustomerClass.class, code, LockModeType.PESSIMISTIC_WRITE);
    boolean created = c == null;
    if (created) {
      c = new CustomerClass(code, actor, now);
      em.persist(c);
    } else if (c.getVersion() != in.version()) {
      throw new BusinessException(
          "customer.classChangedMeanwhile", null, "class " + code + " changed meanwhile");
    }
    c.change(nameZh, nameEn, in.sortOrder(), in.active(), actor, now);
    em.flush();
    audit.record(
        created ? "CUSTOMER_CLASS_CREATED" : "CUSTOMER_CLASS_CHANGED",
        "CustomerClass",
        code,
        nameEn + (in.active() ? "" : " (retired)"));
    return new CustomerClassView(
        code, nameZh, nameEn, c.getSortOrder(), c.isActive(), c.getVersion());
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
      CustomerClass chosen = em.find(CustomerClass.class, c.classCode());
      check.require(chosen != null && chosen.isActive(), "classCode", "customer.badClass");
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
        c.phoneNumbers());
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
        c.getUpdatedAt());
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
