package com.calldesk.web.desk;

import com.calldesk.scripts.ScriptKind;
import com.calldesk.scripts.ScriptTree;
import com.calldesk.scripts.ScriptView;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.event.NodeSelectEvent;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/**
 * The call-script tree (话术脚本) and knowledge base beside the desk: browse the tree, search it, open
 * the greeting or closing in one click, and link an article to the inquiry being written.
 */
@Named("scriptLookup")
@ViewScoped
public class ScriptLookupBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private ScriptTree scripts;
  @Inject private RecordInquiryBacking inquiry;
  @Inject private FacesContext faces;

  private TreeNode<ScriptView> root;
  private String query;
  private List<ScriptView> hits;
  private ScriptView shown;

  public TreeNode<ScriptView> getRoot() {
    if (root == null) {
      root = build(scripts.tree());
    }
    return root;
  }

  /** Hangs every node under its parent; a node whose parent is missing goes to the top. */
  public static TreeNode<ScriptView> build(List<ScriptView> nodes) {
    TreeNode<ScriptView> top = new DefaultTreeNode<>(null, null);
    Map<Long, TreeNode<ScriptView>> byId = new HashMap<>();
    for (ScriptView n : nodes) {
      byId.put(n.id(), new DefaultTreeNode<>(n.kind().name(), n, null));
    }
    for (ScriptView n : nodes) {
      TreeNode<ScriptView> parent =
          n.parentId() == null ? top : byId.getOrDefault(n.parentId(), top);
      parent.getChildren().add(byId.get(n.id()));
    }
    top.getChildren().forEach(c -> c.setExpanded(true));
    return top;
  }

  public void search() {
    hits = scripts.search(query);
  }

  public void onSelect(NodeSelectEvent event) {
    ScriptView view = (ScriptView) event.getTreeNode().getData();
    if (view != null && view.kind() != ScriptKind.FOLDER) {
      shown = view;
    }
  }

  public void show(Long id) {
    shown = scripts.node(id);
  }

  public void greeting() {
    scripts.forPurpose("GREETING").ifPresent(v -> shown = v);
  }

  public void closing() {
    scripts.forPurpose("CLOSING").ifPresent(v -> shown = v);
  }

  public void linkShownToInquiry() {
    if (shown != null) {
      inquiry.link(shown.id(), title(shown));
    }
  }

  public String title(ScriptView v) {
    return v == null ? "" : v.title(locale());
  }

  public String body(ScriptView v) {
    return v == null ? "" : v.body(locale());
  }

  private Locale locale() {
    return faces.getViewRoot().getLocale();
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  public List<ScriptView> getHits() {
    return hits;
  }

  public ScriptView getShown() {
    return shown;
  }
}
