package com.calldesk.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Reading and saving any reference list ({@link ReferenceEntry}) the same way: validated field by
 * field, a stale form refused naming no one's data lost, every change audited. The services own the
 * role checks; this is their building block.
 */
@ApplicationScoped
public class ReferenceLists {

  /** Codes of most lists: upper-case letters, digits and _, starting with a letter. */
  public static final String UPPER_CODE = "[A-Z][A-Z0-9_]{0,29}";

  @PersistenceContext private EntityManager em;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;

  /** Every entry, retired ones too (for admins), in their order. */
  public <T extends ReferenceEntry> List<ReferenceView> all(Class<T> type) {
    return em
        .createQuery(
            "select e from " + type.getSimpleName() + " e order by e.sortOrder, e.code", type)
        .getResultList()
        .stream()
        .map(ReferenceEntry::view)
        .toList();
  }

  /** The entries one may choose from now. */
  public <T extends ReferenceEntry> List<CodeName> active(Class<T> type) {
    return em
        .createQuery(
            "select e from "
                + type.getSimpleName()
                + " e where e.active = true order by e.sortOrder, e.code",
            type)
        .getResultList()
        .stream()
        .map(ReferenceEntry::codeName)
        .toList();
  }

  /** Whether a code names an entry one may choose now. */
  public <T extends ReferenceEntry> boolean isActive(Class<T> type, String code) {
    T found = code == null ? null : em.find(type, code);
    return found != null && found.isActive();
  }

  /**
   * Creates or changes an entry.
   *
   * @param auditName audit action prefix, e.g. {@code CUSTOMER_CLASS} (then _CREATED, _CHANGED)
   * @param codePattern what a code of this list looks like (upper case for most)
   * @param create a new entity with the code
   * @param changedMeanwhile message key when another admin saved first
   * @throws InvalidInput field by field; nothing is saved
   * @throws BusinessException {@code changedMeanwhile} for a stale form
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public <T extends ReferenceEntry> ReferenceView save(
      Class<T> type,
      String auditName,
      String codePattern,
      Function<String, T> create,
      ReferenceView in,
      String changedMeanwhile) {
    String code = in.code() == null ? "" : in.code().strip();
    // A list whose codes are upper case (UPPER_CODE) takes "vip" as VIP; one with lower-case codes
    // (the telephone side's channel names) is left as typed.
    if (codePattern.equals(codePattern.toUpperCase(Locale.ROOT))) {
      code = code.toUpperCase(Locale.ROOT);
    }
    ReferenceView clean =
        new ReferenceView(
            code,
            InvalidInput.clean(in.nameZh()),
            InvalidInput.clean(in.nameEn()),
            in.sortOrder(),
            in.active(),
            in.version());
    new InvalidInput.Check()
        .require(code.matches(codePattern), "code", "reference.badCode")
        .text(clean.nameZh(), true, 60, "nameZh")
        .text(clean.nameEn(), true, 60, "nameEn")
        .require(in.sortOrder() >= 0 && in.sortOrder() <= 99_999, "sortOrder", "input.invalid")
        .throwIfAny();
    Instant now = clock.instant();
    T entry = em.find(type, code, LockModeType.PESSIMISTIC_WRITE);
    boolean created = entry == null;
    if (created) {
      entry = create.apply(code);
      em.persist(entry);
    } else if (entry.getVersion() != in.version()) {
      throw new BusinessException(
          changedMeanwhile, null, type.getSimpleName() + " " + code + " changed meanwhile");
    }
    entry.change(clean, audit.currentActor(), now);
    em.flush();
    String subject = type.getSimpleName();
    audit.record(
        auditName + (created ? "_CREATED" : "_CHANGED"),
        subject,
        code,
        clean.nameEn() + (clean.active() ? "" : " (retired)"));
    return entry.view();
  }
}
