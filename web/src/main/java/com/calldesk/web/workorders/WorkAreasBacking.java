package com.calldesk.web.workorders;

import com.calldesk.web.Feedback;
import com.calldesk.workorders.TechnicianView;
import com.calldesk.workorders.WorkAreaAdmin;
import com.calldesk.workorders.WorkAreaView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Administration → Work areas (工区) and their technicians: add, rename, re-number, retire. */
@Named("workAreaSetup")
@ViewScoped
public class WorkAreasBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private WorkAreaAdmin admin;
  @Inject private Feedback feedback;

  private List<WorkAreaView> areas;
  private Long areaId;
  private long areaVersion;
  private String areaName;
  private String areaPhone;
  private boolean areaActive = true;
  private String technicianName;
  private String technicianPhone;

  /** Picks an area to edit (and to add technicians to). */
  public void edit(WorkAreaView a) {
    areaId = a.id();
    areaVersion = a.version();
    areaName = a.name();
    areaPhone = a.phone();
    areaActive = a.active();
  }

  public void newArea() {
    areaId = null;
    areaName = null;
    areaPhone = null;
    areaActive = true;
  }

  public void saveArea() {
    try {
      WorkAreaView saved =
          admin.saveArea(new WorkAreaView(areaId, areaName, areaPhone, areaActive, areaVersion));
      edit(saved);
      areas = null;
      feedback.info("workArea.saved", saved.name());
    } catch (RuntimeException e) {
      feedback.refused(e, "areas");
    }
  }

  public void addTechnician() {
    try {
      TechnicianView saved =
          admin.saveTechnician(
              new TechnicianView(null, areaId, technicianName, technicianPhone, true, 0));
      technicianName = null;
      technicianPhone = null;
      feedback.info("workArea.technicianSaved", saved.name());
    } catch (RuntimeException e) {
      feedback.refused(e, "areas");
    }
  }

  public List<WorkAreaView> getAreas() {
    if (areas == null) {
      areas = admin.areas();
    }
    return areas;
  }

  public List<TechnicianView> getTechnicians() {
    return areaId == null ? List.of() : admin.technicians(areaId);
  }

  public Long getAreaId() {
    return areaId;
  }

  public String getAreaName() {
    return areaName;
  }

  public void setAreaName(String areaName) {
    this.areaName = areaName;
  }

  public String getAreaPhone() {
    return areaPhone;
  }

  public void setAreaPhone(String areaPhone) {
    this.areaPhone = areaPhone;
  }

  public boolean isAreaActive() {
    return areaActive;
  }

  public void setAreaActive(boolean areaActive) {
    this.areaActive = areaActive;
  }

  public String getTechnicianName() {
    return technicianName;
  }

  public void setTechnicianName(String technicianName) {
    this.technicianName = technicianName;
  }

  public String getTechnicianPhone() {
    return technicianPhone;
  }

  public void setTechnicianPhone(String technicianPhone) {
    this.technicianPhone = technicianPhone;
  }
}
