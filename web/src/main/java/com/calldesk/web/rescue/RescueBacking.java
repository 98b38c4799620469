package com.calldesk.web.rescue;

import com.calldesk.rescue.NewRescueCase;
import com.calldesk.rescue.Rescue;
import com.calldesk.rescue.RescueCaseView;
import com.calldesk.rescue.RescueRow;
import com.calldesk.rescue.RescueUnitView;
import com.calldesk.web.Feedback;
import com.calldesk.web.desk.CustomerCardBacking;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Roadside rescue (救援) on the desk and on the rescue page: the case form, filled from the call on
 * the line; the open case with its process record (过程记录), Notify with the units of the case's area
 * first, and the units' answers as they arrive (the push socket asks for a refresh).
 */
@Named("rescueDesk")
@ViewScoped
public class RescueBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private Rescue rescue;
  @Inject private CustomerCardBacking card;
  @Inject private Feedback feedback;
  @Inject private ExternalContext external;

  private String vehicleModel;
  private String plateNo;
  private String contactPerson;
  private String contactPhone;
  private String faultLocation;
  private String serviceArea;
  private String faultSymptom;

  private RescueCaseView current;
  private List<RescueUnitView> units;
  private Long unitId;
  private String note;
  private List<RescueRow> mine;
  private List<String> areas;

  @PostConstruct
  void load() {
    String id = external.getRequestParameterMap().get("case");
    if (id != null && id.matches("\\d{1,18}")) {
      open(Long.valueOf(id));
    }
  }

  /** The form opens with the contact from the customer on the card (the caller). */
  public void start() {
    if (card.isOpen()) {
      if (contactPerson == null && card.getFullName() != null) {
        contactPerson = card.getFullName();
      }
      if (contactPhone == null && card.getPhones() != null && !card.getPhones().isBlank()) {
        contactPhone = card.getPhones().split("[,，\\s]+")[0];
      }
    }
  }

  public void save() {
    if (!card.isOpen()) {
      feedback.error(null, "rescue.noCustomer");
      return;
    }
    try {
      show(
          rescue.open(
              new NewRescueCase(
                  card.getCustomerId(),
                  card.getCallId(),
                  vehicleModel,
                  plateNo,
                  contactPerson,
                  contactPhone,
                  faultLocation,
                  serviceArea,
                  faultSymptom)));
      vehicleModel = null;
      plateNo = null;
      contactPerson = null;
      contactPhone = null;
      faultLocation = null;
      serviceArea = null;
      faultSymptom = null;
      mine = null;
      card.refreshRecords();
      feedback.info("rescue.saved", current.caseNo());
    } catch (RuntimeException e) {
      feedback.refused(e, "rescueForm");
    }
  }

  public void open(Long id) {
    try {
      show(rescue.view(id));
    } catch (RuntimeException e) {
      current = null;
      feedback.refused(e, "rescueCase");
    }
  }

  /** Notify (通知): a dispatch task to the telephone side to dial the chosen unit. */
  public void notifyUnit() {
    if (current == null) {
      return;
    }
    try {
      show(rescue.notifyUnit(current.id(), current.version(), unitId));
      feedback.info("rescue.notified");
    } catch (RuntimeException e) {
      feedback.refused(e, "rescueCase", "unit=unitId");
      var refusal = Feedback.refusalIn(e);
      if (refusal != null && !"rescue.notFound".equals(refusal.messageKey())) {
        show(rescue.view(current.id()));
      }
    }
  }

  public void addNote() {
    if (current == null) {
      return;
    }
    try {
      show(rescue.note(current.id(), note));
      note = null;
    } catch (RuntimeException e) {
      feedback.refused(e, "rescueCase");
    }
  }

  /** A unit's answer arrived for this case (pushed): read it again. */
  public void refresh() {
    String id = external.getRequestParameterMap().get("caseId");
    if (current != null && (id == null || id.equals(current.id().toString()))) {
      open(current.id());
    }
    mine = null;
  }

  private void show(RescueCaseView view) {
    current = view;
    units = rescue.unitsFor(view.serviceArea());
    if (unitId == null || units.stream().noneMatch(u -> u.id().equals(unitId))) {
      unitId = units.isEmpty() ? null : units.get(0).id();
    }
    // After a refusal the next unit is proposed: the first one not yet asked.
    if (view.mayNotify()) {
      units.stream()
          .filter(u -> view.dispatches().stream().noneMatch(d -> d.unitId().equals(u.id())))
          .findFirst()
          .ifPresent(u -> unitId = u.id());
    }
  }

  public void close() {
    current = null;
  }

  public List<RescueRow> getMine() {
    if (mine == null) {
      mine = rescue.mine();
    }
    return mine;
  }

  public List<String> getAreas() {
    if (areas == null) {
      areas = rescue.areas();
    }
    return areas;
  }

  /** The last notification was refused or unreachable: the agent should notify the next unit. */
  public boolean isNextUnitNeeded() {
    return current != null && current.mayNotify() && !current.dispatches().isEmpty();
  }

  public RescueCaseView getCurrent() {
    return current;
  }

  public List<RescueUnitView> getUnits() {
    return units;
  }

  public Long getUnitId() {
    return unitId;
  }

  public void setUnitId(Long unitId) {
    this.unitId = unitId;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public String getVehicleModel() {
    return vehicleModel;
  }

  public void setVehicleModel(String vehicleModel) {
    this.vehicleModel = vehicleModel;
  }

  public String getPlateNo() {
    return plateNo;
  }

  public void setPlateNo(String plateNo) {
    this.plateNo = plateNo;
  }

  public String getContactPerson() {
    return contactPerson;
  }

  public void setContactPerson(String contactPerson) {
    this.contactPerson = contactPerson;
  }

  public String getContactPhone() {
    return contactPhone;
  }

  public void setContactPhone(String contactPhone) {
    this.contactPhone = contactPhone;
  }

  public String getFaultLocation() {
    return faultLocation;
  }

  public void setFaultLocation(String faultLocation) {
    this.faultLocation = faultLocation;
  }

  public String getServiceArea() {
    return serviceArea;
  }

  public void setServiceArea(String serviceArea) {
    this.serviceArea = serviceArea;
  }

  public String getFaultSymptom() {
    return faultSymptom;
  }

  public void setFaultSymptom(String faultSymptom) {
    this.faultSymptom = faultSymptom;
  }
}
