package com.calldesk.workorders;

import com.calldesk.security.Roles;
import com.calldesk.shared.AuditTrail;
import com.calldesk.shared.BusinessException;
import com.calldesk.shared.InvalidInput;
import com.calldesk.shared.PhoneNumbers;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * Admins keep the work areas (工区) and their technicians: names, the phones the telephone side
 * dials, retired or not. Every change is audited; a stale screen is refused.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class WorkAreaAdmin {

  @PersistenceContext private EntityManager em;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;

  /** Every area, retired ones too. */
  public List<WorkAreaView> areas() {
    return em
        .createQuery("select a from WorkArea a order by a.name", WorkArea.class)
        .getResultList()
        .stream()
        .map(WorkArea::view)
        .toList();
  }

  /** Every technician of an area, retired ones too. */
  public List<TechnicianView> technicians(Long workAreaId) {
    return em
        .createQuery(
            "select t from Technician t where t.workAreaId = :area order by t.name",
            Technician.class)
        .setParameter("area", workAreaId)
        .getResultList()
        .stream()
        .map(Technician::view)
        .toList();
  }

  /** Creates or changes an area. */
  public WorkAreaView saveArea(WorkAreaView in) {
    String name = InvalidInput.clean(in.name());
    String phone = PhoneNumbers.normalise(in.phone());
    InvalidInput.Check check =
        new InvalidInput.Check()
            .text(name, true, 100, "areaName")
            .text(phone, true, 20, "areaPhone");
    if (check.ok("areaPhone")) {
      check.require(PhoneNumbers.dialable(phone), "areaPhone", "rescue.badPhone");
    }
    if (check.ok("areaName")) {
      var same =
          em.createQuery(
                  "select count(a) from WorkArea a where a.name = :name"
                      + (in.id() == null ? "" : " and a.id <> :id"),
                  Long.class)
              .setParameter("name", name);
      if (in.id() != null) {
        same.setParameter("id", in.id());
      }
      check.require(same.getSingleResult() == 0, "areaName", "workArea.nameTaken");
    }
    check.throwIfAny();
    WorkArea area;
    if (in.id() == null) {
      area = new WorkArea(name);
      em.persist(area);
    } else {
      area = locked(WorkArea.class, in.id(), in.version());
    }
    area.change(name, phone, in.active(), audit.currentActor(), clock.instant());
    em.flush();
    audit.record(
        in.id() == null ? "WORK_AREA_CREATED" : "WORK_AREA_CHANGED",
        "WorkArea",
        area.getId(),
        name + " " + phone + (in.active() ? "" : " (retired)"));
    return area.view();
  }

  /** Creates or changes a technician of an area. */
  public TechnicianView saveTechnician(TechnicianView in) {
    String name = InvalidInput.clean(in.name());
    String phone = PhoneNumbers.normalise(in.phone());
    InvalidInput.Check check =
        new InvalidInput.Check()
            .require(
                in.workAreaId() != null && em.find(WorkArea.class, in.workAreaId()) != null,
                "technicianArea",
                "workOrder.badArea")
            .text(name, true, 60, "technicianName")
            .text(phone, true, 20, "technicianPhone");
    if (check.ok("technicianPhone")) {
      check.require(PhoneNumbers.dialable(phone), "technicianPhone", "rescue.badPhone");
    }
    check.throwIfAny();
    Technician tech;
    if (in.id() == null) {
      tech = new Technician(in.workAreaId());
      em.persist(tech);
    } else {
      tech = locked(Technician.class, in.id(), in.version());
    }
    tech.change(name, phone, in.active(), audit.currentActor(), clock.instant());
    em.flush();
    audit.record(
        in.id() == null ? "TECHNICIAN_CREATED" : "TECHNICIAN_CHANGED",
        "Technician",
        tech.getId(),
        name + " " + phone + (in.active() ? "" : " (retired)"));
    return tech.view();
  }

  private <T> T locked(Class<T> type, Long id, long version) {
    T found = em.find(type, id, LockModeType.PESSIMISTIC_WRITE);
    if (found == null) {
      throw new BusinessException(
          "reference.notFound", null, "no " + type.getSimpleName() + " " + id);
    }
    long current = found instanceof WorkArea a ? a.getVersion() : ((Technician) found).getVersion();
    if (current != version) {
      throw new BusinessException("reference.changedMeanwhile", null, "changed meanwhile");
    }
    return found;
  }
}
