package com.calldesk.web.admin;

import com.calldesk.shared.ReferenceView;
import com.calldesk.web.Feedback;
import jakarta.enterprise.inject.spi.CDI;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The editor of one reference list on an admin page (customer classes, inquiry categories,
 * departments, channels): the list, and a form that carries the version it was loaded with, so two
 * admins cannot overwrite each other unknowingly. Shown by {@code
 * WEB-INF/includes/admin/reference-list.xhtml}.
 */
public class ReferenceListEditor implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Reads the whole list: a service call of the list's capability. */
  public interface Reader extends Supplier<List<ReferenceView>>, Serializable {}

  /** Saves one entry: a service call of the list's capability. */
  public interface Writer extends UnaryOperator<ReferenceView>, Serializable {}

  /**
   * Loads a list's own fields beside the shared ones into the page's form when an entry is opened
   * (its code) or a new one started (null): a complaint category's due hours.
   */
  public interface Extra extends java.util.function.Consumer<String>, Serializable {}

  private final Reader reader;
  private final Writer writer;
  private final String formId;
  private Extra extra = code -> {};
  private List<ReferenceView> entries;
  private ReferenceView loaded = ReferenceView.blank();
  private boolean creating = true;
  private String code;
  private String nameZh;
  private String nameEn;
  private int sortOrder;
  private boolean active = true;

  /**
   * @param formId the id of the form the include is placed in (messages go next to its fields)
   */
  public ReferenceListEditor(Reader reader, Writer writer, String formId) {
    this.reader = reader;
    this.writer = writer;
    this.formId = formId;
  }

  public List<ReferenceView> getEntries() {
    if (entries == null) {
      entries = reader.get();
    }
    return entries;
  }

  public void edit(ReferenceView entry) {
    loaded = entry;
    creating = false;
    code = entry.code();
    nameZh = entry.nameZh();
    nameEn = entry.nameEn();
    sortOrder = entry.sortOrder();
    active = entry.active();
    extra.accept(code);
  }

  /** The list has fields of its own, placed in the editor by the page (see the include). */
  public ReferenceListEditor withExtra(Extra extra) {
    this.extra = extra;
    return this;
  }

  public void create() {
    loaded = ReferenceView.blank();
    creating = true;
    code = nameZh = nameEn = null;
    sortOrder = 0;
    active = true;
    extra.accept(null);
  }

  public void save() {
    Feedback feedback = CDI.current().select(Feedback.class).get();
    try {
      edit(
          writer.apply(
              new ReferenceView(code, nameZh, nameEn, sortOrder, active, loaded.version())));
      entries = null;
      feedback.info("setup.saved");
    } catch (RuntimeException e) {
      feedback.refused(e, formId);
    }
  }

  public boolean isCreating() {
    return creating;
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
