package com.calldesk.callbacks;

import com.calldesk.security.Roles;
import com.calldesk.shared.AuditTrail;
import com.calldesk.shared.BusinessException;
import com.calldesk.shared.InvalidInput;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;

/**
 * The callback rules for admins: each on or off, with its days. The next run of the rules (every
 * quarter of an hour) uses them; tasks already raised stay.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class CallbackRuleAdmin {

  @PersistenceContext private EntityManager em;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;

  public List<CallbackRuleView> rules() {
    return Arrays.stream(CallbackRule.Code.values())
        .map(c -> em.find(CallbackRule.class, c.name()))
        .filter(r -> r != null)
        .map(CallbackRuleAdmin::view)
        .toList();
  }

  /**
   * Turns a rule on or off and sets its days.
   *
   * @param version the version the admin's screen shows; a change meanwhile is refused
   * @throws InvalidInput {@code callback.ruleDays} for days out of the rule's range
   * @throws BusinessException {@code callback.ruleChanged} for a stale screen
   */
  public CallbackRuleView save(String code, boolean active, Integer days, long version) {
    CallbackRule.Code rule =
        Arrays.stream(CallbackRule.Code.values())
            .filter(c -> c.name().equals(code))
            .findFirst()
            .orElseThrow(() -> new BusinessException("callback.noRule", null, "no rule " + code));
    new InvalidInput.Check()
        .require(
            days != null && days >= rule.minDays() && days <= rule.maxDays(),
            "days:" + code,
            "callback.ruleDays")
        .throwIfAny();
    CallbackRule r = em.find(CallbackRule.class, code, LockModeType.PESSIMISTIC_WRITE);
    em.refresh(r);
    if (r.getVersion() != version) {
      throw new BusinessException(
          "callback.ruleChanged",
          null,
          code + " was changed by " + r.getUpdatedBy(),
          r.getUpdatedBy());
    }
    String before = (r.isActive() ? "on" : "off") + ", " + r.getDays() + " days";
    r.set(active, days, audit.currentActor(), clock.instant());
    em.flush();
    audit.record(
        "CALLBACK_RULE",
        "CallbackRule",
        code,
        before + " -> " + (active ? "on" : "off") + ", " + days + " days");
    return view(r);
  }

  private static CallbackRuleView view(CallbackRule r) {
    CallbackRule.Code c = CallbackRule.Code.valueOf(r.getCode());
    return new CallbackRuleView(
        r.getCode(),
        r.isActive(),
        r.getDays(),
        c.minDays(),
        c.maxDays(),
        r.getVersion(),
        r.getUpdatedBy(),
        r.getUpdatedAt());
  }
}
