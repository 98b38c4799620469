package com.calldesk.scripts;

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
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The call-script tree and knowledge base (SPEC §2, §10): agents read and search it, admins keep
 * it. Search matches every word typed, anywhere in the titles, keywords and bodies of both
 * languages; Chinese needs no word breaks for that (a substring of 拖车服务 finds it).
 */
@Stateless
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
public class ScriptTree {

  static final String SUBJECT = "Script";

  /** Search results shown at once; a longer list means the words should be more precise. */
  public static final int MAX_HITS = 50;

  private static final int MAX_TERMS = 6;
  private static final Set<String> PURPOSES = Set.of("GREETING", "CLOSING");

  @PersistenceContext private EntityManager em;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;

  /** Every node in display order; the page hangs each under its parent. */
  public List<ScriptView> tree() {
    return em
        .createQuery("select n from ScriptNode n order by n.sortOrder, n.id", ScriptNode.class)
        .getResultList()
        .stream()
        .map(ScriptView::of)
        .toList();
  }

  public ScriptView node(Long id) {
    ScriptNode n = id == null ? null : em.find(ScriptNode.class, id);
    if (n == null) {
      throw new BusinessException("scripts.notFound", null, "no script node " + id);
    }
    return ScriptView.of(n);
  }

  /** The greeting or closing script. */
  public Optional<ScriptView> forPurpose(String purpose) {
    return em.createQuery("select n from ScriptNode n where n.purpose = :p", ScriptNode.class)
        .setParameter("p", purpose)
        .getResultStream()
        .findFirst()
        .map(ScriptView::of);
  }

  /**
   * Scripts and articles containing every word of the query, scripts first.
   *
   * @return nothing for a blank query
   */
  public List<ScriptView> search(String query) {
    List<String> terms =
        query == null
            ? List.of()
            : Arrays.stream(query.toLowerCase(Locale.ROOT).strip().split("\\s+"))
                .filter(t -> !t.isEmpty())
                .limit(MAX_TERMS)
                .toList();
    if (terms.isEmpty()) {
      return List.of();
    }
    StringBuilder jpql =
        new StringBuilder(
            "select n from ScriptNode n where n.kind <> com.calldesk.scripts.ScriptKind.FOLDER");
    for (int i = 0; i < terms.size(); i++) {
      jpql.append(" and n.searchText like :t").append(i).append(" escape '\\'");
    }
    jpql.append(" order by n.kind desc, n.sortOrder, n.id");
    TypedQuery<ScriptNode> q = em.createQuery(jpql.toString(), ScriptNode.class);
    for (int i = 0; i < terms.size(); i++) {
      q.setParameter("t" + i, "%" + escape(terms.get(i)) + "%");
    }
    return q.setMaxResults(MAX_HITS).getResultList().stream().map(ScriptView::of).toList();
  }

  /**
   * Creates a node (id null) or changes one.
   *
   * @throws InvalidInput listing every field that is wrong
   * @throws BusinessException {@code scripts.changedMeanwhile} when another admin saved it first
   */
  @RolesAllowed(Roles.ADMIN)
  public ScriptView save(Long id, ScriptInput raw) {
    ScriptInput in = cleaned(raw);
    ScriptNode node;
    if (id == null) {
      node = new ScriptNode(in.kind());
    } else {
      node = em.find(ScriptNode.class, id, LockModeType.PESSIMISTIC_WRITE);
      if (node == null) {
        throw new BusinessException("scripts.notFound", null, "no script node " + id);
      }
      if (node.getVersion() != in.expectedVersion()) {
        throw new BusinessException(
            "scripts.changedMeanwhile",
            null,
            "node " + id + " was changed by " + node.getUpdatedBy(),
            node.getUpdatedBy());
      }
    }
    validate(id, node.getKind(), in);
    node.write(in, audit.currentActor(), clock.instant());
    if (id == null) {
      em.persist(node);
    }
    em.flush();
    audit.record(
        id == null ? "SCRIPT_CREATED" : "SCRIPT_CHANGED",
        SUBJECT,
        node.getId(),
        node.getKind() + " " + node.getTitleEn());
    return ScriptView.of(node);
  }

  /** Removes a node that has nothing under it and that no inquiry links to. */
  @RolesAllowed(Roles.ADMIN)
  public void delete(Long id) {
    ScriptNode node = em.find(ScriptNode.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (node == null) {
      throw new BusinessException("scripts.notFound", null, "no script node " + id);
    }
    if (!children(id).isEmpty()) {
      throw new BusinessException("scripts.hasChildren", null, "node " + id + " has children");
    }
    em.remove(node);
    try {
      em.flush();
    } catch (PersistenceException e) {
      throw new BusinessException("scripts.inUse", null, "node " + id + " is linked: " + e);
    }
    audit.record("SCRIPT_DELETED", SUBJECT, id, node.getKind() + " " + node.getTitleEn());
  }

  private void validate(Long id, ScriptKind kind, ScriptInput in) {
    InvalidInput.Check check = new InvalidInput.Check();
    check
        .require(kind != null, "kind", "input.required")
        .text(in.titleZh(), true, 200, "titleZh")
        .text(in.titleEn(), true, 200, "titleEn")
        .text(in.keywords(), false, 400, "keywords")
        .text(in.bodyZh(), false, 20_000, "bodyZh")
        .text(in.bodyEn(), false, 20_000, "bodyEn");
    if (kind != null && kind != ScriptKind.FOLDER) {
      check.require(in.bodyZh() != null || in.bodyEn() != null, "bodyZh", "scripts.needsBody");
    }
    if (in.purpose() != null) {
      check.require(
          PURPOSES.contains(in.purpose()) && kind == ScriptKind.SCRIPT,
          "purpose",
          "scripts.badPurpose");
      Optional<ScriptView> holder = forPurpose(in.purpose());
      check.require(
          holder.isEmpty() || holder.get().id().equals(id), "purpose", "scripts.purposeTaken");
    }
    if (in.parentId() != null) {
      ScriptNode parent = em.find(ScriptNode.class, in.parentId());
      boolean ok = parent != null && parent.getKind() == ScriptKind.FOLDER;
      // A folder may not move under itself or under one of its own descendants.
      for (ScriptNode p = parent; ok && p != null; ) {
        ok = !p.getId().equals(id);
        p = p.getParentId() == null ? null : em.find(ScriptNode.class, p.getParentId());
      }
      check.require(ok, "parentId", "scripts.badParent");
    }
    check.throwIfAny();
  }

  private List<Long> children(Long id) {
    return em.createQuery("select n.id from ScriptNode n where n.parentId = :id", Long.class)
        .setParameter("id", id)
        .getResultList();
  }

  private static ScriptInput cleaned(ScriptInput in) {
    return new ScriptInput(
        in.parentId(),
        in.kind(),
        InvalidInput.clean(in.purpose()),
        in.sortOrder(),
        InvalidInput.clean(in.titleZh()),
        InvalidInput.clean(in.titleEn()),
        InvalidInput.clean(in.bodyZh()),
        InvalidInput.clean(in.bodyEn()),
        InvalidInput.clean(in.keywords()),
        in.expectedVersion());
  }

  private static String escape(String term) {
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
