package com.calldesk.web.users;

import com.calldesk.security.AgentLevel;
import com.calldesk.security.Role;
import com.calldesk.shared.CodeName;
import com.calldesk.users.OneTimePassword;
import com.calldesk.users.UserAdministration;
import com.calldesk.users.UserFilter;
import com.calldesk.users.UserForm;
import com.calldesk.users.UserRow;
import com.calldesk.web.Feedback;
import com.calldesk.web.admin.ReferenceListEditor;
import com.calldesk.web.security.SignedInSessions;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * User management for admins (SPEC §10): the user list, filtered and paged in the database; the
 * account form (roles, level, team, department, enabled); password resets, whose one-time password
 * is shown here once; and the departments list. A disabled employee's session ends at once.
 */
@Named("users")
@ViewScoped
public class UsersBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private UserAdministration administration;
  @Inject private SignedInSessions sessions;
  @Inject private Feedback feedback;

  // --- the list --------------------------------------------------------------------------------
  private String text;
  private Role role;
  private String supervisorNo;
  private String departmentCode;

  /** "", "yes" or "no". */
  private String active = "";

  private final LazyDataModel<UserRow> rows =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) administration.page(filter(), 0, 1, null, true).total();
        }

        @Override
        public List<UserRow> load(
            int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> f) {
          SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
          return administration
              .page(
                  filter(),
                  first,
                  pageSize,
                  sort == null ? null : sort.getField(),
                  sort == null || !sort.getOrder().isDescending())
              .rows();
        }

        @Override
        public String getRowKey(UserRow row) {
          return row.employeeNo();
        }
      };

  // --- the form --------------------------------------------------------------------------------
  private boolean editing;
  private boolean creating;
  private String employeeNo;
  private String fullName;
  private List<String> roles = new ArrayList<>();
  private AgentLevel level = AgentLevel.NORMAL;
  private String formSupervisorNo;
  private String formDepartmentCode;
  private boolean formActive = true;
  private long version;
  private OneTimePassword oneTimePassword;

  private List<CodeName> supervisors;
  private List<CodeName> departments;

  private final ReferenceListEditor departmentList =
      new ReferenceListEditor(
          () -> administration.allDepartments(),
          v -> administration.saveDepartment(v),
          "departments");

  private UserFilter filter() {
    return new UserFilter(
        text,
        role,
        supervisorNo,
        departmentCode,
        "yes".equals(active) ? Boolean.TRUE : "no".equals(active) ? Boolean.FALSE : null);
  }

  /** The list is re-read with the filter on its next render (the table resets to page 1). */
  public void search() {
    // Nothing to keep: the lazy model asks the service with the current filter.
  }

  public void create() {
    editing = true;
    creating = true;
    employeeNo = fullName = formSupervisorNo = formDepartmentCode = null;
    roles = new ArrayList<>(List.of(Role.AGENT.name()));
    level = AgentLevel.NORMAL;
    formActive = true;
    version = 0;
    oneTimePassword = null;
  }

  public void edit(String no) {
    try {
      show(administration.user(no));
      oneTimePassword = null;
    } catch (RuntimeException e) {
      feedback.refused(e, "users");
    }
  }

  public void save() {
    UserForm form =
        new UserForm(
            employeeNo,
            fullName,
            roleSet(),
            level,
            formSupervisorNo,
            formDepartmentCode,
            formActive,
            version);
    try {
      if (creating) {
        oneTimePassword = administration.create(form);
        show(administration.user(oneTimePassword.employeeNo()));
        feedback.info("users.created", oneTimePassword.employeeNo());
      } else {
        show(administration.update(form));
        if (!formActive) {
          sessions.end(employeeNo);
        }
        feedback.info("setup.saved");
      }
      supervisors = null;
    } catch (RuntimeException e) {
      feedback.refused(e, "users", "department=formDepartment");
    }
  }

  public void resetPassword() {
    try {
      oneTimePassword = administration.resetPassword(employeeNo);
      show(administration.user(employeeNo));
      feedback.info("users.reset", employeeNo);
    } catch (RuntimeException e) {
      feedback.refused(e, "users");
    }
  }

  private void show(UserForm form) {
    editing = true;
    creating = false;
    employeeNo = form.employeeNo();
    fullName = form.fullName();
    roles = form.roles().stream().map(Enum::name).sorted().collect(Collectors.toList());
    level = form.level();
    formSupervisorNo = form.supervisorNo();
    formDepartmentCode = form.departmentCode();
    formActive = form.active();
    version = form.version();
  }

  private Set<Role> roleSet() {
    Set<Role> set = EnumSet.noneOf(Role.class);
    for (String r : roles) {
      set.add(Role.valueOf(r));
    }
    return set;
  }

  // --- choices ---------------------------------------------------------------------------------

  public List<CodeName> getSupervisors() {
    if (supervisors == null) {
      supervisors = administration.supervisors();
    }
    return supervisors;
  }

  public List<CodeName> getDepartments() {
    if (departments == null) {
      departments = administration.departments();
    }
    return departments;
  }

  public Role[] getAllRoles() {
    return Role.values();
  }

  public AgentLevel[] getLevels() {
    return AgentLevel.values();
  }

  public ReferenceListEditor getDepartmentList() {
    return departmentList;
  }

  public LazyDataModel<UserRow> getRows() {
    return rows;
  }

  /** A row's roles as the screen names them, e.g. "AGENT, SUPERVISOR". */
  public String roles(UserRow row) {
    return row.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
  }

  // --- plain accessors -------------------------------------------------------------------------

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public Role getRole() {
    return role;
  }

  public void setRole(Role role) {
    this.role = role;
  }

  public String getSupervisorNo() {
    return supervisorNo;
  }

  public void setSupervisorNo(String supervisorNo) {
    this.supervisorNo = supervisorNo;
  }

  public String getDepartmentCode() {
    return departmentCode;
  }

  public void setDepartmentCode(String departmentCode) {
    this.departmentCode = departmentCode;
  }

  public String getActive() {
    return active;
  }

  public void setActive(String active) {
    this.active = active;
  }

  public boolean isEditing() {
    return editing;
  }

  public boolean isCreating() {
    return creating;
  }

  public String getEmployeeNo() {
    return employeeNo;
  }

  public void setEmployeeNo(String employeeNo) {
    this.employeeNo = employeeNo;
  }

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = fullName;
  }

  public List<String> getRoles() {
    return roles;
  }

  public void setRoles(List<String> roles) {
    this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles);
  }

  public AgentLevel getLevel() {
    return level;
  }

  public void setLevel(AgentLevel level) {
    this.level = level;
  }

  public String getFormSupervisorNo() {
    return formSupervisorNo;
  }

  public void setFormSupervisorNo(String formSupervisorNo) {
    this.formSupervisorNo = formSupervisorNo;
  }

  public String getFormDepartmentCode() {
    return formDepartmentCode;
  }

  public void setFormDepartmentCode(String formDepartmentCode) {
    this.formDepartmentCode = formDepartmentCode;
  }

  public boolean isFormActive() {
    return formActive;
  }

  public void setFormActive(boolean formActive) {
    this.formActive = formActive;
  }

  public OneTimePassword getOneTimePassword() {
    return oneTimePassword;
  }
}
