package com.calldesk.leads;

import com.calldesk.calls.CallLink;
import com.calldesk.calls.CallLog;
import com.calldesk.customers.CustomerCard;
import com.calldesk.customers.Customers;
import com.calldesk.security.Employee;
import com.calldesk.security.EmployeeRepository;
import com.calldesk.security.RecordAccess;
import com.calldesk.security.Roles;
import com.calldesk.shared.BusinessException;
import com.calldesk.shared.InvalidInput;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Sales opportunities (销售机会, SPEC §6): the agent records a caller's interest (need, interest level,
 * expected timing) and it goes at once to the sales owner of the caller's region; the owner's
 * result comes back by the owner's system or a supervisor enters it; leads without feedback in time
 * are chased and stand out on the supervisors' list.
 *
 * <p>A lead is seen by its author and the author's supervisor; anyone else is told it does not
 * exist.
 */
@Stateless
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
public class Leads {

  /** The most rows a page may ask for. */
  public static final int MAX_PAGE = 100;

  @PersistenceContext private EntityManager em;
  @Inject private LeadDesk desk;
  @Inject private Customers customers;
  @Inject private CallLog calls;
  @Inject private EmployeeRepository employees;
  @Inject private RecordAccess access;
  @Inject private Clock clock;
  @Resource private SessionContext context;

  /** The active regions, in their order. */
  public List<SalesRegionView> regions() {
    return em
        .createQuery(
            "select r from SalesRegion r where r.active = true order by r.sortOrder, r.code",
            SalesRegion.class)
        .getResultList()
        .stream()
        .map(SalesRegion::view)
        .toList();
  }

  /**
   * Records a lead and forwards it to the region's owner.
   *
   * @throws InvalidInput listing every field that is wrong; nothing is saved
   */
  public LeadView open(NewLead in) {
    Long callRowId = null;
    if (in.callId() != null && !in.callId().isBlank()) {
      CallLink call = calls.linkFor(in.callId());
      new InvalidInput.Check()
          .require(
              in.customerId() == null || in.customerId().equals(call.customerId()),
              "customer",
              "lead.otherCustomer")
          .throwIfAny();
      callRowId = call.callRowId();
    }
    return view(desk.open(in, callRowId, me(), clock.instant()));
  }

  public LeadView view(Long id) {
    return view(visible(id == null ? null : em.find(Lead.class, id), id));
  }

  /** A supervisor enters the owner's result (by phone, by mail). */
  @RolesAllowed(Roles.SUPERVISOR)
  public LeadView report(Long id, long version, LeadResult result, String note) {
    Lead lead =
        visible(id == null ? null : em.find(Lead.class, id, LockModeType.PESSIMISTIC_WRITE), id);
    if (lead.getVersion() != version) {
      throw new BusinessException("lead.changedMeanwhile", null, "lead changed meanwhile");
    }
    desk.report(lead, result, note, me().getEmployeeNo(), clock.instant());
    return view(lead);
  }

  /**
   * One page of the caller's leads (a supervisor's: the team's too), waiting ones first, the oldest
   * waiting at the top; {@code waitingOnly} keeps those without feedback.
   */
  public LeadPage list(boolean waitingOnly, int first, int max) {
    List<Long> authors = employees.selfAndTeam(me().getId());
    String where = " where l.agentId in :authors" + (waitingOnly ? " and l.state = :open" : "");
    TypedQuery<Object[]> rows =
        em.createQuery(
            "select l, k.customerNo, k.fullName, r.feedbackHours from Lead l"
                + " join Customer k on k.id = l.customerId"
                + " join SalesRegion r on r.code = l.regionCode"
                + where
                + " order by l.state, l.forwardedAt, l.id",
            Object[].class);
    TypedQuery<Long> count = em.createQuery("select count(l) from Lead l" + where, Long.class);
    rows.setParameter("authors", authors);
    count.setParameter("authors", authors);
    if (waitingOnly) {
      rows.setParameter("open", Lead.State.OPEN);
      count.setParameter("open", Lead.State.OPEN);
    }
    Instant now = clock.instant();
    return new LeadPage(
        rows
            .setFirstResult(Math.max(0, first))
            .setMaxResults(Math.max(1, Math.min(MAX_PAGE, max)))
            .getResultList()
            .stream()
            .map(
                x -> {
                  Lead l = (Lead) x[0];
                  return new LeadRow(
                      l.getId(),
                      l.getLeadNo(),
                      (String) x[1],
                      (String) x[2],
                      l.getRegionCode(),
                      l.getInterest(),
                      l.getTiming(),
                      l.getState(),
                      l.getResult(),
                      l.getForwardedAt(),
                      l.getChaseCount(),
                      l.getState() == Lead.State.OPEN
                          && l.getForwardedAt()
                              .plus(Duration.ofHours(((Number) x[3]).intValue()))
                              .isBefore(now),
                      l.getAgentNo());
                })
            .toList(),
        count.getSingleResult());
  }

  LeadView view(Lead l) {
    CustomerCard customer = customers.card(l.getCustomerId());
    SalesRegion r = em.find(SalesRegion.class, l.getRegionCode());
    return new LeadView(
        l.getId(),
        l.getLeadNo(),
        customer.id(),
        customer.customerNo(),
        customer.fullName(),
        r.getCode(),
        r.getNameZh() + " " + r.getNameEn(),
        r.getOwnerName(),
        l.getNeed(),
        l.getInterest(),
        l.getTiming(),
        l.getState(),
        l.getResult(),
        l.getResultNote(),
        l.getResultBy(),
        l.getResultAt(),
        l.getForwardedAt(),
        l.getForwardedAt().plus(Duration.ofHours(r.getFeedbackHours())),
        l.getChaseCount(),
        l.getAgentNo(),
        l.getVersion(),
        em
            .createQuery(
                "select s from LeadStep s where s.leadId = :id order by s.doneAt, s.id",
                LeadStep.class)
            .setParameter("id", l.getId())
            .getResultList()
            .stream()
            .map(
                s ->
                    new LeadView.StepView(
                        s.getAction(), s.getDetail(), s.getDoneBy(), s.getDoneAt()))
            .toList());
  }

  private Lead visible(Lead l, Long id) {
    if (l == null || !access.maySee(l.getAgentId(), RecordAccess.Admins.DO_NOT_SEE)) {
      throw new BusinessException("lead.notFound", null, "no lead " + id);
    }
    return l;
  }

  private Employee me() {
    return employees.findByEmployeeNo(context.getCallerPrincipal().getName()).orElseThrow();
  }
}
