package com.calldesk.leads;

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
import java.util.List;

/**
 * Admins keep the sales regions: names, the owner, the owner's system (the partner id of its lead
 * events) and the hours before a lead without feedback is chased. Every change is audited.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class SalesRegionAdmin {

  @PersistenceContext private EntityManager em;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;

  public List<SalesRegionView> all() {
    return em
        .createQuery("select r from SalesRegion r order by r.sortOrder, r.code", SalesRegion.class)
        .getResultList()
        .stream()
        .map(SalesRegion::view)
        .toList();
  }

  /**
   * @param isNew a new region (its code must be free) or a change of an existing one
   */
  public SalesRegionView save(SalesRegionView raw, boolean isNew) {
    String code = raw.code() == null ? null : raw.code().strip().toUpperCase(java.util.Locale.ROOT);
    SalesRegionView in =
        new SalesRegionView(
            code,
            InvalidInput.clean(raw.nameZh()),
            InvalidInput.clean(raw.nameEn()),
            InvalidInput.clean(raw.ownerName()),
            InvalidInput.clean(raw.ownerSystem()),
            raw.feedbackHours(),
            raw.sortOrder(),
            raw.active(),
            raw.version());
    InvalidInput.Check check =
        new InvalidInput.Check()
            .require(
                code != null && code.matches("[A-Z0-9_]{1,30}"), "regionCode", "region.badCode")
            .text(in.nameZh(), true, 60, "regionNameZh")
            .text(in.nameEn(), true, 60, "regionNameEn")
            .text(in.ownerName(), true, 100, "ownerName")
            .require(
                in.ownerSystem() != null && in.ownerSystem().matches("[a-z0-9][a-z0-9-]{0,39}"),
                "ownerSystem",
                "region.badSystem")
            .require(
                in.feedbackHours() >= 1 && in.feedbackHours() <= 8760,
                "feedbackHours",
                "region.badHours");
    SalesRegion region = null;
    if (check.ok("regionCode")) {
      region = em.find(SalesRegion.class, code, LockModeType.PESSIMISTIC_WRITE);
      check.require(
          isNew == (region == null),
          "regionCode",
          isNew ? "region.codeTaken" : "reference.notFound");
    }
    check.throwIfAny();
    if (region == null) {
      region = new SalesRegion(code);
      em.persist(region);
    } else if (region.getVersion() != in.version()) {
      throw new BusinessException("reference.changedMeanwhile", null, "region changed meanwhile");
    }
    region.change(in, audit.currentActor(), clock.instant());
    em.flush();
    audit.record(
        isNew ? "REGION_CREATED" : "REGION_CHANGED",
        "SalesRegion",
        code,
        in.ownerName() + " / " + in.ownerSystem() + ", " + in.feedbackHours() + " h");
    return region.view();
  }
}
