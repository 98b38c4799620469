package com.calldesk.web.workorders;

import com.calldesk.web.Feedback;
import com.calldesk.workorders.TechnicianView;
import com.calldesk.workorders.WorkAreaView;
import com.calldesk.workorders.WorkOrderRow;
import com.calldesk.workorders.WorkOrderState;
import com.calldesk.workorders.WorkOrderView;
import com.calldesk.workorders.WorkOrders;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The supervisors' work-order console (中心表单管理): a list per state (to dispatch, dispatched, in
 * progress, sent back, to audit), each paged in the database; the open order with its history and
 * the moves its state allows: dispatch (again) to a work area and technician, the area's handling,
 * send back as misdispatched, complete, audit.
 */
@Named("workOrderConsole")
@ViewScoped
public class WorkOrderConsoleBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Rows per page. */
  public static final int PAGE = 15;

  /** The lists, in the order of the tabs. */
  static final List<WorkOrderState> LISTS =
      List.of(
          WorkOrderState.TO_DISPATCH,
          WorkOrderState.DISPATCHED,
          WorkOrderState.IN_PROGRESS,
          WorkOrderState.SENT_BACK,
          WorkOrderState.COMPLETED);

  @Inject private WorkOrders workOrders;
  @Inject private Feedback feedback;
  @Inject private ExternalContext external;

  private final Map<WorkOrderState, Rows> lists = new EnumMap<>(WorkOrderState.class);
  private WorkOrderView open;
  private Long workAreaId;
  private Long technicianId;
  private String text;
  private List<WorkAreaView> areas;
  private int activeTab;

  @PostConstruct
  void load() {
    for (WorkOrderState s : LISTS) {
      lists.put(s, new Rows(s));
    }
    String list = external.getRequestParameterMap().get("list");
    for (int i = 0; i < LISTS.size(); i++) {
      if (LISTS.get(i).name().equals(list)) {
        activeTab = i;
      }
    }
    String id = external.getRequestParameterMap().get("order");
    if (id != null && id.matches("\\d{1,18}")) {
      open(Long.valueOf(id));
    }
  }

  /** The lazy model a tab pages through: each page is one query in the database. */
  public final class Rows extends LazyDataModel<WorkOrderRow> {
    private static final long serialVersionUID = 1L;
    private final WorkOrderState state;
    private long total;

    Rows(WorkOrderState state) {
      this.state = state;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      total = workOrders.list(state, 0, 1).total();
      return (int) Math.min(Integer.MAX_VALUE, total);
    }

    @Override
    public List<WorkOrderRow> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return workOrders.list(state, first, pageSize).rows();
    }

    @Override
    public String getRowKey(WorkOrderRow row) {
      return row.id().toString();
    }

    @Override
    public WorkOrderRow getRowData(String rowKey) {
      List<WorkOrderRow> shown = getWrappedData();
      return shown == null
          ? null
          : shown.stream().filter(r -> r.id().toString().equals(rowKey)).findFirst().orElse(null);
    }

    public WorkOrderState getState() {
      return state;
    }
  }

  public void open(Long id) {
    try {
      open = workOrders.view(id);
      workAreaId = open.workAreaId();
      technicianId = null;
      text = null;
    } catch (RuntimeException e) {
      open = null;
      feedback.refused(e, "orders");
    }
  }

  public void areaChanged() {
    technicianId = null;
  }

  public void dispatch() {
    act(
        () -> workOrders.dispatch(open.id(), open.version(), workAreaId, technicianId, text),
        "workOrder.dispatched");
  }

  public void process() {
    act(() -> workOrders.process(open.id(), open.version(), text), "workOrder.processed");
  }

  public void sendBack() {
    act(() -> workOrders.sendBack(open.id(), open.version(), text), "workOrder.sentBack");
  }

  public void complete() {
    act(() -> workOrders.complete(open.id(), open.version(), text), "workOrder.completed");
  }

  public void audit() {
    act(() -> workOrders.audit(open.id(), open.version(), text), "workOrder.audited");
  }

  private void act(Supplier<WorkOrderView> move, String done) {
    if (open == null) {
      return;
    }
    try {
      open = move.get();
      text = null;
      technicianId = null;
      feedback.info(done, open.orderNo());
    } catch (RuntimeException e) {
      feedback.refused(
          e, "order", "handling=text", "explanation=text", "auditRemark=text", "dispatchNote=text");
    }
  }

  /** The tab open: the first, or the list named in the address ({@code ?list=SENT_BACK}). */
  public int getActiveTab() {
    return activeTab;
  }

  public void setActiveTab(int activeTab) {
    this.activeTab = activeTab;
  }

  public List<WorkOrderState> getStates() {
    return LISTS;
  }

  public Rows rowsOf(WorkOrderState state) {
    return lists.get(state);
  }

  public List<WorkAreaView> getAreas() {
    if (areas == null) {
      areas = workOrders.areas();
    }
    return areas;
  }

  public List<TechnicianView> getTechnicians() {
    return workAreaId == null ? List.of() : workOrders.techniciansOf(workAreaId);
  }

  public WorkOrderView getOpen() {
    return open;
  }

  public Long getWorkAreaId() {
    return workAreaId;
  }

  public void setWorkAreaId(Long workAreaId) {
    this.workAreaId = workAreaId;
  }

  public Long getTechnicianId() {
    return technicianId;
  }

  public void setTechnicianId(Long technicianId) {
    this.technicianId = technicianId;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
