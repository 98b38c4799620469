package com.calldesk.web.complaints;

import com.calldesk.complaints.Complaints;
import com.calldesk.web.admin.ReferenceListEditor;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;

/**
 * What admins keep for complaints (SPEC §10): the categories, each with the hours a complaint of it
 * may take. A changed due time applies to complaints taken in from then on.
 */
@Named("complaintSetup")
@ViewScoped
public class ComplaintSetupBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Due hours a new category starts with. */
  static final int DEFAULT_DUE_HOURS = 72;

  @Inject private Complaints complaints;

  private int dueHours = DEFAULT_DUE_HOURS;
  private Map<String, Integer> hours;

  // Lambdas, not method references: the service is injected after construction.
  private final ReferenceListEditor categories =
      new ReferenceListEditor(
              () -> {
                hours = null;
                return complaints.allCategories();
              },
              v -> complaints.saveCategory(v, dueHours),
              "complaintCategories")
          .withExtra(code -> dueHours = code == null ? DEFAULT_DUE_HOURS : hoursOf(code));

  /** The due hours of a category, for the list. */
  public int hoursOf(String code) {
    if (hours == null) {
      hours = complaints.dueHours();
    }
    Integer h = hours.get(code);
    return h == null ? DEFAULT_DUE_HOURS : h;
  }

  public ReferenceListEditor getCategories() {
    return categories;
  }

  public int getDueHours() {
    return dueHours;
  }

  public void setDueHours(int dueHours) {
    this.dueHours = dueHours;
  }
}
