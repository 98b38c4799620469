package com.calldesk.web.complaints;

import com.calldesk.complaints.ComplaintAction;
import com.calldesk.complaints.ComplaintCause;
import com.calldesk.complaints.ComplaintFilter;
import com.calldesk.complaints.ComplaintMove;
import com.calldesk.complaints.ComplaintRow;
import com.calldesk.complaints.ComplaintState;
import com.calldesk.complaints.ComplaintStatistics;
import com.calldesk.complaints.ComplaintView;
import com.calldesk.complaints.Complaints;
import com.calldesk.shared.CodeName;
import com.calldesk.web.Feedback;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The complaints page: the lists (mine; for supervisors my team's and all), filtered, sorted and
 * paged in the database; one complaint with its history and the moves the viewer may make; and for
 * supervisors the statistics of a period.
 */
@Named("complaintList")
@ViewScoped
public class ComplaintsBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Rows per page of the list. */
  public static final int PAGE = 20;

  @Inject private Complaints complaints;
  @Inject private Feedback feedback;
  @Inject private com.calldesk.web.i18n.Messages messages;
  @Inject private FacesContext faces;
  @Inject private ExternalContext external;

  // --- the list's filter ----------------------------------------------------------------------
  private ComplaintFilter.Scope scope = ComplaintFilter.Scope.MINE;
  private ComplaintState state;
  private String category;
  private String department;
  private String agentNo;
  private boolean overdueOnly;
  private final Rows rows = new Rows();

  // --- the open complaint and the move being made ---------------------------------------------
  private ComplaintView open;
  private String text;
  private String moveDepartment;
  private ComplaintCause cause;
  private String responsiblePerson;
  private Integer satisfaction;

  // --- statistics -----------------------------------------------------------------------------
  private LocalDate from = LocalDate.now().withDayOfMonth(1);
  private LocalDate to = LocalDate.now();
  private ComplaintStatistics statistics;

  private List<SelectItem> categories;
  private List<SelectItem> departmentItems;

  /**
   * The page's address may carry a complaint to open ({@code ?complaint=id}, the links of the info
   * bar) and a filter ({@code scope, state, category, department, agent, overdue}), and for
   * supervisors a statistics period ({@code from, to} as yyyy-MM-dd): a list can be bookmarked and
   * sent. Values that are not valid are ignored.
   */
  @PostConstruct
  void load() {
    Map<String, String> p = external.getRequestParameterMap();
    if (external.isUserInRole("SUPERVISOR")) {
      scope = ComplaintFilter.Scope.TEAM;
      scope = enumOr(ComplaintFilter.Scope.class, p.get("scope"), scope);
      agentNo = p.get("agent");
    }
    state = enumOr(ComplaintState.class, p.get("state"), null);
    category = p.get("category");
    department = p.get("department");
    overdueOnly = "true".equals(p.get("overdue"));
    String id = p.get("complaint");
    if (id != null && id.matches("\\d{1,18}")) {
      open(Long.valueOf(id));
    }
    if (isSupervisor() && p.containsKey("from") && p.containsKey("to")) {
      try {
        from = LocalDate.parse(p.get("from"));
        to = LocalDate.parse(p.get("to"));
        loadStatistics();
      } catch (java.time.format.DateTimeParseException e) {
        // an address typed wrong: the page opens without statistics
      }
    }
  }

  private static <E extends Enum<E>> E enumOr(Class<E> type, String name, E otherwise) {
    if (name == null) {
      return otherwise;
    }
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(name)) {
        return e;
      }
    }
    return otherwise;
  }

  /** The lazy model PrimeFaces pages through: each page is one query in the database. */
  public final class Rows extends LazyDataModel<ComplaintRow> {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) Math.min(Integer.MAX_VALUE, complaints.count(filter(null, true)));
    }

    @Override
    public List<ComplaintRow> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      String sort = null;
      boolean ascending = false;
      for (SortMeta meta : sortBy.values()) {
        sort = meta.getField();
        ascending = meta.getOrder() == SortOrder.ASCENDING;
      }
      // The total comes from count(), which the table asks for before each load.
      return complaints.rows(filter(sort, ascending), first, pageSize);
    }

    @Override
    public String getRowKey(ComplaintRow row) {
      return row.id().toString();
    }

    @Override
    public ComplaintRow getRowData(String rowKey) {
      List<ComplaintRow> shown = getWrappedData();
      return shown == null
          ? null
          : shown.stream().filter(r -> r.id().toString().equals(rowKey)).findFirst().orElse(null);
    }
  }

  private ComplaintFilter filter(String sort, boolean ascending) {
    return new ComplaintFilter(
        scope, state, category, department, agentNo, overdueOnly, sort, ascending);
  }

  public void open(Long id) {
    try {
      open = complaints.view(id);
      clearMove();
    } catch (RuntimeException e) {
      open = null;
      feedback.refused(e, "complaints");
    }
  }

  /** Makes a move of the open complaint; a refusal shows next to its field, nothing changes. */
  public void move(ComplaintAction action) {
    if (open == null) {
      return;
    }
    try {
      open =
          complaints.move(
              new ComplaintMove(
                  open.id(),
                  open.version(),
                  action,
                  text,
                  moveDepartment,
                  cause,
                  responsiblePerson,
                  satisfaction));
      clearMove();
      feedback.info(
          "complaint.moved", open.complaintNo(), label("complaint.state." + open.state()));
    } catch (RuntimeException e) {
      feedback.refused(e, "complaints", "department=moveDepartment");
      var refusal = Feedback.refusalIn(e);
      if (refusal != null && "complaint.changedMeanwhile".equals(refusal.messageKey())) {
        open = complaints.view(open.id());
      }
    }
  }

  /** Whether the open complaint offers this move to the viewer now (which fields to show). */
  public boolean may(String action) {
    return open != null && open.moves().contains(ComplaintAction.valueOf(action));
  }

  /** Reloads the open complaint (after someone else's change was reported). */
  public void reload() {
    if (open != null) {
      open(open.id());
    }
  }

  public void loadStatistics() {
    try {
      statistics = complaints.statistics(from, to);
    } catch (RuntimeException e) {
      statistics = null;
      feedback.refused(e, "statistics");
    }
  }

  /** Width of a statistics bar, in percent of the largest count in its table. */
  public long barWidth(ComplaintStatistics.Count count, List<ComplaintStatistics.Count> all) {
    long max = all.stream().mapToLong(ComplaintStatistics.Count::count).max().orElse(1);
    return max == 0 ? 0 : Math.round(100.0 * count.count() / max);
  }

  /** The name of a category, department, cause or state code in the page's language. */
  public String nameOf(String table, String code) {
    if (code == null) {
      return label("complaint.none");
    }
    List<SelectItem> items =
        switch (table) {
          case "category" -> getCategories();
          case "department" -> getDepartments();
          default -> List.of();
        };
    for (SelectItem item : items) {
      if (code.equals(item.getValue())) {
        return item.getLabel();
      }
    }
    return switch (table) {
      case "cause" -> label("complaint.cause." + code);
      case "state" -> label("complaint.state." + code);
      default -> code;
    };
  }

  private String label(String key) {
    return messages.get(key);
  }

  private void clearMove() {
    text = null;
    moveDepartment = null;
    cause = null;
    responsiblePerson = null;
    satisfaction = null;
  }

  public List<SelectItem> getCategories() {
    if (categories == null) {
      Locale locale = faces.getViewRoot().getLocale();
      categories = items(complaints.categories(), locale);
    }
    return categories;
  }

  public List<SelectItem> getDepartments() {
    if (departmentItems == null) {
      Locale locale = faces.getViewRoot().getLocale();
      departmentItems = items(complaints.departments(), locale);
    }
    return departmentItems;
  }

  private static List<SelectItem> items(List<CodeName> list, Locale locale) {
    List<SelectItem> items = new ArrayList<>();
    for (CodeName c : list) {
      items.add(new SelectItem(c.code(), c.name(locale)));
    }
    return items;
  }

  public boolean isSupervisor() {
    return external.isUserInRole("SUPERVISOR");
  }

  public ComplaintFilter.Scope[] getScopes() {
    return ComplaintFilter.Scope.values();
  }

  public ComplaintState[] getStates() {
    return ComplaintState.values();
  }

  public ComplaintCause[] getCauses() {
    return ComplaintCause.values();
  }

  public Rows getRows() {
    return rows;
  }

  public ComplaintView getOpen() {
    return open;
  }

  public ComplaintFilter.Scope getScope() {
    return scope;
  }

  public void setScope(ComplaintFilter.Scope scope) {
    this.scope = scope == null ? ComplaintFilter.Scope.MINE : scope;
  }

  public ComplaintState getState() {
    return state;
  }

  public void setState(ComplaintState state) {
    this.state = state;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public String getDepartment() {
    return department;
  }

  public void setDepartment(String department) {
    this.department = department;
  }

  public String getAgentNo() {
    return agentNo;
  }

  public void setAgentNo(String agentNo) {
    this.agentNo = agentNo;
  }

  public boolean isOverdueOnly() {
    return overdueOnly;
  }

  public void setOverdueOnly(boolean overdueOnly) {
    this.overdueOnly = overdueOnly;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getMoveDepartment() {
    return moveDepartment;
  }

  public void setMoveDepartment(String moveDepartment) {
    this.moveDepartment = moveDepartment;
  }

  public ComplaintCause getCause() {
    return cause;
  }

  public void setCause(ComplaintCause cause) {
    this.cause = cause;
  }

  public String getResponsiblePerson() {
    return responsiblePerson;
  }

  public void setResponsiblePerson(String responsiblePerson) {
    this.responsiblePerson = responsiblePerson;
  }

  public Integer getSatisfaction() {
    return satisfaction;
  }

  public void setSatisfaction(Integer satisfaction) {
    this.satisfaction = satisfaction;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public ComplaintStatistics getStatistics() {
    return statistics;
  }
}
