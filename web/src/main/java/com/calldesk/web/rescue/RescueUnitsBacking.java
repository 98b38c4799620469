package com.calldesk.web.rescue;

import com.calldesk.rescue.Rescue;
import com.calldesk.rescue.RescueUnitView;
import com.calldesk.web.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The rescue units admins keep (SPEC §10): name, the phone the telephone side dials, the area they
 * serve, active. The form carries the version it was loaded with (no lost updates).
 */
@Named("rescueUnits")
@ViewScoped
public class RescueUnitsBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private Rescue rescue;
  @Inject private Feedback feedback;

  private List<RescueUnitView> units;
  private RescueUnitView loaded = RescueUnitView.blank();
  private String name;
  private String phone;
  private String area;
  private boolean active = true;

  public List<RescueUnitView> getUnits() {
    if (units == null) {
      units = rescue.allUnits();
    }
    return units;
  }

  public void edit(RescueUnitView unit) {
    loaded = unit;
    name = unit.name();
    phone = unit.phone();
    area = unit.serviceArea();
    active = unit.active();
  }

  public void create() {
    edit(RescueUnitView.blank());
  }

  public void save() {
    try {
      edit(
          rescue.saveUnit(
              new RescueUnitView(loaded.id(), name, phone, area, active, loaded.version())));
      units = null;
      feedback.info("setup.saved");
    } catch (RuntimeException e) {
      feedback.refused(e, "rescueUnits");
    }
  }

  public boolean isCreating() {
    return loaded.id() == null;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getArea() {
    return area;
  }

  public void setArea(String area) {
    this.area = area;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }
}
