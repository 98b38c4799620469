package com.calldesk.web.leads;

import com.calldesk.leads.SalesRegionAdmin;
import com.calldesk.leads.SalesRegionView;
import com.calldesk.web.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Administration → sales regions: owner, owner's system, feedback hours. */
@Named("regionSetup")
@ViewScoped
public class RegionsBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private SalesRegionAdmin admin;
  @Inject private Feedback feedback;

  private List<SalesRegionView> regions;
  private boolean isNew = true;
  private long version;
  private String code;
  private String nameZh;
  private String nameEn;
  private String ownerName;
  private String ownerSystem;
  private int feedbackHours = 48;
  private int sortOrder;
  private boolean active = true;

  public void edit(SalesRegionView r) {
    isNew = false;
    version = r.version();
    code = r.code();
    nameZh = r.nameZh();
    nameEn = r.nameEn();
    ownerName = r.ownerName();
    ownerSystem = r.ownerSystem();
    feedbackHours = r.feedbackHours();
    sortOrder = r.sortOrder();
    active = r.active();
  }

  public void newRegion() {
    edit(new SalesRegionView(null, null, null, null, null, 48, 0, true, 0));
    isNew = true;
  }

  public void save() {
    try {
      SalesRegionView saved =
          admin.save(
              new SalesRegionView(
                  code,
                  nameZh,
                  nameEn,
                  ownerName,
                  ownerSystem,
                  feedbackHours,
                  sortOrder,
                  active,
                  version),
              isNew);
      edit(saved);
      regions = null;
      feedback.info("region.saved", saved.code());
    } catch (RuntimeException e) {
      feedback.refused(e, "regions");
    }
  }

  public List<SalesRegionView> getRegions() {
    if (regions == null) {
      regions = admin.all();
    }
    return regions;
  }

  public boolean isNewRegion() {
    return isNew;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getNameZh() {
    return nameZh;
  }

  public void setNameZh(String nameZh) {
    this.nameZh = nameZh;
  }

  public String getNameEn() {
    return nameEn;
  }

  public void setNameEn(String nameEn) {
    this.nameEn = nameEn;
  }

  public String getOwnerName() {
    return ownerName;
  }

  public void setOwnerName(String ownerName) {
    this.ownerName = ownerName;
  }

  public String getOwnerSystem() {
    return ownerSystem;
  }

  public void setOwnerSystem(String ownerSystem) {
    this.ownerSystem = ownerSystem;
  }

  public int getFeedbackHours() {
    return feedbackHours;
  }

  public void setFeedbackHours(int feedbackHours) {
    this.feedbackHours = feedbackHours;
  }

  public int getSortOrder() {
    return sortOrder;
  }

  public void setSortOrder(int sortOrder) {
    this.sortOrder = sortOrder;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }
}
