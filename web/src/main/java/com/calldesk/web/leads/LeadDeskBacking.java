package com.calldesk.web.leads;

import com.calldesk.leads.Interest;
import com.calldesk.leads.LeadResult;
import com.calldesk.leads.LeadRow;
import com.calldesk.leads.LeadView;
import com.calldesk.leads.Leads;
import com.calldesk.leads.NewLead;
import com.calldesk.leads.SalesRegionView;
import com.calldesk.leads.Timing;
import com.calldesk.web.Feedback;
import com.calldesk.web.desk.CustomerCardBacking;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Sales leads (销售机会) on the desk and on the leads page: the form for the caller on the card (need,
 * interest, timing, region), the list (mine; a supervisor's: the team's, late ones marked) paged in
 * the database, and for supervisors the owner's result entered by hand.
 */
@Named("leadDesk")
@ViewScoped
public class LeadDeskBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private Leads leads;
  @Inject private CustomerCardBacking card;
  @Inject private Feedback feedback;
  @Inject private ExternalContext external;

  private String regionCode;
  private String need;
  private Interest interest = Interest.MEDIUM;
  private Timing timing = Timing.THIS_QUARTER;
  private List<SalesRegionView> regions;

  private boolean waitingOnly = true;
  private final Rows rows = new Rows();
  private LeadView current;
  private LeadResult result;
  private String note;

  @PostConstruct
  void load() {
    String id = external.getRequestParameterMap().get("lead");
    if (id != null && id.matches("\\d{1,18}")) {
      open(Long.valueOf(id));
    }
  }

  public void start() {
    current = null;
  }

  public void save() {
    if (!card.isOpen()) {
      feedback.error(null, "lead.noCustomer");
      return;
    }
    try {
      current =
          leads.open(
              new NewLead(
                  card.getCustomerId(), card.getCallId(), regionCode, need, interest, timing));
      need = null;
      card.refreshRecords();
      feedback.info("lead.saved", current.leadNo(), current.ownerName());
    } catch (RuntimeException e) {
      feedback.refused(e, "leadForm");
    }
  }

  /** The lazy model the list pages through: each page is one query in the database. */
  public final class Rows extends LazyDataModel<LeadRow> {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) Math.min(Integer.MAX_VALUE, leads.list(waitingOnly, 0, 1).total());
    }

    @Override
    public List<LeadRow> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return leads.list(waitingOnly, first, pageSize).rows();
    }

    @Override
    public String getRowKey(LeadRow row) {
      return row.id().toString();
    }

    @Override
    public LeadRow getRowData(String rowKey) {
      List<LeadRow> shown = getWrappedData();
      return shown == null
          ? null
          : shown.stream().filter(r -> r.id().toString().equals(rowKey)).findFirst().orElse(null);
    }
  }

  public void open(Long id) {
    try {
      current = leads.view(id);
      result = null;
      note = null;
    } catch (RuntimeException e) {
      current = null;
      feedback.refused(e, "lead");
    }
  }

  /** A supervisor enters the owner's result. */
  public void report() {
    if (current == null) {
      return;
    }
    try {
      current = leads.report(current.id(), current.version(), result, note);
      result = null;
      note = null;
      feedback.info("lead.reported", current.leadNo());
    } catch (RuntimeException e) {
      feedback.refused(e, "lead");
    }
  }

  public boolean isOverdue() {
    return current != null && current.overdue(java.time.Instant.now());
  }

  public List<SalesRegionView> getRegions() {
    if (regions == null) {
      regions = leads.regions();
    }
    return regions;
  }

  public Interest[] getInterests() {
    return Interest.values();
  }

  public Timing[] getTimings() {
    return Timing.values();
  }

  public LeadResult[] getResults() {
    return LeadResult.values();
  }

  public Rows getRows() {
    return rows;
  }

  public LeadView getCurrent() {
    return current;
  }

  public String getRegionCode() {
    return regionCode;
  }

  public void setRegionCode(String regionCode) {
    this.regionCode = regionCode;
  }

  public String getNeed() {
    return need;
  }

  public void setNeed(String need) {
    this.need = need;
  }

  public Interest getInterest() {
    return interest;
  }

  public void setInterest(Interest interest) {
    this.interest = interest;
  }

  public Timing getTiming() {
    return timing;
  }

  public void setTiming(Timing timing) {
    this.timing = timing;
  }

  public boolean isWaitingOnly() {
    return waitingOnly;
  }

  public void setWaitingOnly(boolean waitingOnly) {
    this.waitingOnly = waitingOnly;
  }

  public LeadResult getResult() {
    return result;
  }

  public void setResult(LeadResult result) {
    this.result = result;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
