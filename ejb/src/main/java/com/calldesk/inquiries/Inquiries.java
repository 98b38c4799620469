package com.calldesk.inquiries;

import com.calldesk.calls.CallLink;
import com.calldesk.calls.CallLog;
import com.calldesk.customers.CustomerCard;
import com.calldesk.customers.Customers;
import com.calldesk.scripts.ScriptKind;
import com.calldesk.scripts.ScriptNode;
import com.calldesk.security.Employee;
import com.calldesk.security.EmployeeRepository;
import com.calldesk.security.RecordAccess;
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
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Inquiry records (SPEC §3.3, §3.7): what the agent records while talking, and the replies that
 * answer or correct them later. Records and replies are only ever added; there is no method that
 * changes one, and the entity and the database refuse it too.
 */
@Stateless
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
public class Inquiries {

  static final String SUBJECT = "Inquiry";

  /** Rows of a list; older ones are reached through the customer's history. */
  public static final int MAX_ROWS = 200;

  private static final String ANSWERED_BY_REPLY =
      "exists (select r from InquiryReply r where r.inquiryId = i.id and r.answers = true)";

  @PersistenceContext private EntityManager em;
  @Inject private Customers customers;
  @Inject private CallLog calls;
  @Inject private EmployeeRepository employees;
  @Inject private AuditTrail audit;
  @Inject private RecordAccess access;
  @Inject private ReferenceLists referenceLists;
  @Inject private Clock clock;
  @Resource private SessionContext context;

  /**
   * Saves an inquiry, linked to the call it was made during.
   *
   * @throws InvalidInput listing every field that is wrong; nothing is saved
   */
  public InquiryView record(NewInquiry raw) {
    String question = InvalidInput.clean(raw.question());
    String answer = InvalidInput.clean(raw.answer());
    InvalidInput.Check check = new InvalidInput.Check();
    check
        .require(raw.customerId() != null, "customer", "inquiry.noCustomer")
        .text(question, true, 2000, "question")
        .text(answer, false, 2000, "answer")
        .require(!raw.answered() || answer != null, "answer", "inquiry.answeredNeedsAnswer")
        .require(activeCategory(raw.categoryCode()), "category", "inquiry.badCategory")
        .require(linkable(raw.articleId()), "article", "inquiry.badArticle");
    CallLink call = null;
    if (raw.callId() != null && !raw.callId().isBlank()) {
      call = calls.linkFor(raw.callId());
      check.require(
          raw.customerId() == null || raw.customerId().equals(call.customerId()),
          "customer",
          "inquiry.otherCustomer");
    }
    check.throwIfAny();
    CustomerCard customer = customers.card(raw.customerId());
    Employee me = employees.findByEmployeeNo(me()).orElseThrow();
    Inquiry inquiry =
        new Inquiry(
            customer.id(),
            call == null ? null : call.callRowId(),
            raw.categoryCode(),
            question,
            answer,
            raw.answered(),
            raw.articleId(),
            me.getId(),
            me.getEmployeeNo(),
            clock.instant());
    em.persist(inquiry);
    em.flush();
    audit.record(
        "INQUIRY_RECORDED",
        SUBJECT,
        inquiry.getId(),
        "customer "
            + customer.customerNo()
            + (call == null ? "" : ", call " + call.callId())
            + (raw.answered() ? ", answered" : ", unanswered"));
    return view(inquiry);
  }

  /**
   * Appends a reply; one that answers marks the inquiry answered.
   *
   * @throws InvalidInput when the reply is empty or too long
   */
  public InquiryView reply(Long inquiryId, NewReply raw) {
    Inquiry inquiry = find(inquiryId);
    String body = InvalidInput.clean(raw.body());
    new InvalidInput.Check()
        .text(body, true, 2000, "reply")
        .require(linkable(raw.articleId()), "article", "inquiry.badArticle")
        .throwIfAny();
    Instant now = clock.instant();
    InquiryReply reply =
        new InquiryReply(inquiry.getId(), body, raw.answers(), raw.articleId(), me(), now);
    em.persist(reply);
    em.flush();
    audit.record(
        "INQUIRY_REPLIED",
        SUBJECT,
        inquiry.getId(),
        raw.answers() ? "answered by reply " + reply.getId() : "note " + reply.getId());
    return view(inquiry);
  }

  public InquiryView view(Long inquiryId) {
    return view(find(inquiryId));
  }

  /** My history (历史记录): my inquiries, newest first. */
  public List<InquiryRow> mine(boolean unansweredOnly) {
    return rows(
        "i.agentNo = :me"
            + (unansweredOnly ? " and i.answered = false and not " + ANSWERED_BY_REPLY : ""),
        "i.createdAt desc",
        Map.<String, Object>of("me", me()));
  }

  /** The unanswered inquiries of the supervisor's team, oldest first: who is waiting longest. */
  @RolesAllowed(Roles.SUPERVISOR)
  public List<InquiryRow> teamUnanswered() {
    Employee me = employees.findByEmployeeNo(me()).orElseThrow();
    return rows(
        "i.agentId in (select e.id from Employee e where e.supervisorId = :supervisor)"
            + " and i.answered = false and not "
            + ANSWERED_BY_REPLY,
        "i.createdAt",
        Map.<String, Object>of("supervisor", me.getId()));
  }

  /** The customer's inquiries, newest first (the card shows them during a call). */
  public List<InquiryRow> ofCustomer(Long customerId) {
    return rows(
        "i.customerId = :customer",
        "i.createdAt desc",
        Map.<String, Object>of("customer", customerId));
  }

  /** The categories an agent may choose from. */
  public List<CodeName> categories() {
    return referenceLists.active(InquiryCategory.class);
  }

  /** Every category, retired ones too, for admins. */
  @RolesAllowed(Roles.ADMIN)
  public List<ReferenceView> allCategories() {
    return referenceLists.all(InquiryCategory.class);
  }

  /**
   * Creates or changes an inquiry category; a retired one stays on the inquiries that have it.
   *
   * @throws BusinessException {@code reference.changedMeanwhile} when another admin saved first
   */
  @RolesAllowed(Roles.ADMIN)
  public ReferenceView saveCategory(ReferenceView in) {
    return referenceLists.save(
        InquiryCategory.class,
        "INQUIRY_CATEGORY",
        ReferenceLists.UPPER_CODE,
        InquiryCategory::new,
        in,
        "reference.changedMeanwhile");
  }

  /**
   * @param where a fixed condition of this class with named parameters, never user input
   */
  private List<InquiryRow> rows(String where, String order, Map<String, Object> parameters) {
    var query =
        em.createQuery(
            "select i, k.customerNo, k.fullName from Inquiry i, Customer k"
                + " where k.id = i.customerId and "
                + where
                + " order by "
                + order,
            Object[].class);
    parameters.forEach(query::setParameter);
    List<Object[]> found = query.setMaxResults(MAX_ROWS).getResultList();
    Set<Long> answeredLater =
        answeredByReply(found.stream().map(r -> ((Inquiry) r[0]).getId()).toList());
    return found.stream()
        .map(
            r -> {
              Inquiry i = (Inquiry) r[0];
              return new InquiryRow(
                  i.getId(),
                  (String) r[1],
                  (String) r[2],
                  i.getCategoryCode(),
                  i.getQuestion(),
                  i.isAnswered() || answeredLater.contains(i.getId()),
                  i.getAgentNo(),
                  i.getCreatedAt());
            })
        .toList();
  }

  private Set<Long> answeredByReply(List<Long> ids) {
    if (ids.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(
        em.createQuery(
                "select distinct r.inquiryId from InquiryReply r where r.answers = true"
                    + " and r.inquiryId in :ids",
                Long.class)
            .setParameter("ids", ids)
            .getResultList());
  }

  private InquiryView view(Inquiry i) {
    List<ReplyView> replies =
        em
            .createQuery(
                "select r from InquiryReply r where r.inquiryId = :id order by r.repliedAt, r.id",
                InquiryReply.class)
            .setParameter("id", i.getId())
            .getResultList()
            .stream()
            .map(
                r ->
                    new ReplyView(
                        r.getId(),
                        r.getBody(),
                        r.isAnswers(),
                        r.getArticleId(),
                        r.getRepliedBy(),
                        r.getRepliedAt()))
            .toList();
    CustomerCard customer = customers.card(i.getCustomerId());
    String callId = calls.callIdOf(i.getCallRowId());
    return new InquiryView(
        i.getId(),
        customer.id(),
        customer.customerNo(),
        customer.fullName(),
        callId,
        i.getCategoryCode(),
        i.getQuestion(),
        i.getAnswer(),
        i.isAnswered(),
        i.isAnswered() || replies.stream().anyMatch(ReplyView::answers),
        i.getArticleId(),
        i.getAgentNo(),
        i.getCreatedAt(),
        replies);
  }

  /**
   * The inquiry, if the caller may see it: its author or the author's supervisor. Anyone else is
   * told it does not exist, as for an id never used.
   */
  private Inquiry find(Long id) {
    Inquiry inquiry = id == null ? null : em.find(Inquiry.class, id);
    if (inquiry == null || !access.maySee(inquiry.getAgentId(), RecordAccess.Admins.DO_NOT_SEE)) {
      throw new BusinessException("inquiry.notFound", null, "no inquiry " + id);
    }
    return inquiry;
  }

  private boolean activeCategory(String code) {
    return referenceLists.isActive(InquiryCategory.class, code);
  }

  private boolean linkable(Long articleId) {
    if (articleId == null) {
      return true;
    }
    ScriptNode node = em.find(ScriptNode.class, articleId);
    return node != null && node.getKind() != ScriptKind.FOLDER;
  }

  private String me() {
    return context.getCallerPrincipal().getName();
  }
}
