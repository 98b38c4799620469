package com.calldesk.web.admin;

import com.calldesk.customers.Customers;
import com.calldesk.inquiries.Inquiries;
import com.calldesk.scripts.ScriptInput;
import com.calldesk.scripts.ScriptKind;
import com.calldesk.scripts.ScriptTree;
import com.calldesk.scripts.ScriptView;
import com.calldesk.seats.Channels;
import com.calldesk.survey.AnswerType;
import com.calldesk.survey.Survey;
import com.calldesk.survey.SurveyQuestionInput;
import com.calldesk.survey.SurveyQuestionView;
import com.calldesk.web.Feedback;
import com.calldesk.web.desk.ScriptLookupBacking;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.primefaces.event.NodeSelectEvent;
import org.primefaces.model.TreeNode;

/**
 * What admins configure for the agent desk (SPEC §10): the call-script tree and knowledge base, the
 * situation-survey questions, and the reference lists (customer classes, inquiry categories,
 * inbound channels). Each form carries the version it was loaded with, so two admins editing one
 * entry cannot overwrite each other unknowingly.
 */
@Named("deskSetup")
@ViewScoped
public class DeskSetupBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private ScriptTree scripts;
  @Inject private Survey survey;
  @Inject private Customers customers;
  @Inject private Inquiries inquiries;
  @Inject private Channels channelList;
  @Inject private Feedback feedback;

  // --- script tree ---------------------------------------------------------------------------
  private TreeNode<ScriptView> tree;
  private List<ScriptView> nodes;
  private Long nodeId;
  private ScriptKind kind = ScriptKind.SCRIPT;
  private Long parentId;
  private String purpose;
  private int sortOrder;
  private String titleZh;
  private String titleEn;
  private String bodyZh;
  private String bodyEn;
  private String keywords;
  private long nodeVersion;

  // --- survey --------------------------------------------------------------------------------
  private List<SurveyQuestionView> questions;
  private Long questionId;
  private String textZh;
  private String textEn;
  private AnswerType answerType = AnswerType.TEXT;
  private String choicesZh;
  private String choicesEn;
  private boolean required;
  private int questionOrder;
  private boolean questionActive = true;
  private long questionVersion;

  // --- reference lists (lambdas, not method references: the services are injected later) ------
  private final ReferenceListEditor classes =
      new ReferenceListEditor(() -> customers.allClasses(), v -> customers.saveClass(v), "classes");
  private final ReferenceListEditor categories =
      new ReferenceListEditor(
          () -> inquiries.allCategories(), v -> inquiries.saveCategory(v), "categories");
  private final ReferenceListEditor channels =
      new ReferenceListEditor(() -> channelList.all(), v -> channelList.save(v), "channels");

  public TreeNode<ScriptView> getTree() {
    if (tree == null) {
      nodes = scripts.tree();
      tree = ScriptLookupBacking.build(nodes);
    }
    return tree;
  }

  /** The folders a node can go in, from the same read as the tree. */
  public List<ScriptView> getFolders() {
    getTree();
    return nodes.stream().filter(n -> n.kind() == ScriptKind.FOLDER).toList();
  }

  public void onSelect(NodeSelectEvent event) {
    edit((ScriptView) event.getTreeNode().getData());
  }

  private void edit(ScriptView n) {
    nodeId = n.id();
    kind = n.kind();
    parentId = n.parentId();
    purpose = n.purpose();
    sortOrder = n.sortOrder();
    titleZh = n.titleZh();
    titleEn = n.titleEn();
    bodyZh = n.bodyZh();
    bodyEn = n.bodyEn();
    keywords = n.keywords();
    nodeVersion = n.version();
  }

  /** A new entry of the kind chosen, under the folder being looked at (if any). */
  public void newNode(ScriptKind newKind) {
    Long under = kind == ScriptKind.FOLDER && nodeId != null ? nodeId : parentId;
    nodeId = null;
    kind = newKind;
    parentId = under;
    purpose = null;
    sortOrder = 0;
    titleZh = titleEn = bodyZh = bodyEn = keywords = null;
    nodeVersion = 0;
  }

  public void saveNode() {
    try {
      edit(
          scripts.save(
              nodeId,
              new ScriptInput(
                  parentId,
                  kind,
                  purpose,
                  sortOrder,
                  titleZh,
                  titleEn,
                  bodyZh,
                  bodyEn,
                  keywords,
                  nodeVersion)));
      tree = null;
      feedback.info("setup.saved");
    } catch (RuntimeException e) {
      feedback.refused(e, "scripts");
    }
  }

  public void deleteNode() {
    if (nodeId == null) {
      return;
    }
    try {
      scripts.delete(nodeId);
      tree = null;
      newNode(ScriptKind.SCRIPT);
      feedback.info("setup.deleted");
    } catch (RuntimeException e) {
      feedback.refused(e, "scripts");
    }
  }

  // --- survey --------------------------------------------------------------------------------

  public List<SurveyQuestionView> getQuestions() {
    if (questions == null) {
      questions = survey.allQuestions();
    }
    return questions;
  }

  public void editQuestion(SurveyQuestionView q) {
    questionId = q.id();
    textZh = q.textZh();
    textEn = q.textEn();
    answerType = q.answerType();
    choicesZh = String.join("; ", q.choicesZh());
    choicesEn = String.join("; ", q.choicesEn());
    required = q.required();
    questionOrder = q.sortOrder();
    questionActive = q.active();
    questionVersion = q.version();
  }

  public void newQuestion() {
    questionId = null;
    textZh = textEn = choicesZh = choicesEn = null;
    answerType = AnswerType.TEXT;
    required = false;
    questionOrder = 0;
    questionActive = true;
    questionVersion = 0;
  }

  public void saveQuestion() {
    try {
      editQuestion(
          survey.saveQuestion(
              questionId,
              new SurveyQuestionInput(
                  textZh,
                  textEn,
                  answerType,
                  split(choicesZh),
                  split(choicesEn),
                  required,
                  questionOrder,
                  questionActive,
                  questionVersion)));
      questions = null;
      feedback.info("setup.saved");
    } catch (RuntimeException e) {
      feedback.refused(e, "survey");
    }
  }

  private static List<String> split(String choices) {
    return choices == null ? List.of() : Arrays.asList(choices.split(";"));
  }

  // --- reference lists -----------------------------------------------------------------------

  public ReferenceListEditor getClasses() {
    return classes;
  }

  public ReferenceListEditor getCategories() {
    return categories;
  }

  public ReferenceListEditor getChannels() {
    return channels;
  }

  public List<ScriptKind> getKinds() {
    return List.of(ScriptKind.values());
  }

  public List<AnswerType> getAnswerTypes() {
    return List.of(AnswerType.values());
  }

  // --- form properties -----------------------------------------------------------------------

  public Long getNodeId() {
    return nodeId;
  }

  public ScriptKind getKind() {
    return kind;
  }

  public void setKind(ScriptKind kind) {
    this.kind = kind;
  }

  public Long getParentId() {
    return parentId;
  }

  public void setParentId(Long parentId) {
    this.parentId = parentId;
  }

  public String getPurpose() {
    return purpose;
  }

  public void setPurpose(String purpose) {
    this.purpose = purpose;
  }

  public int getSortOrder() {
    return sortOrder;
  }

  public void setSortOrder(int sortOrder) {
    this.sortOrder = sortOrder;
  }

  public String getTitleZh() {
    return titleZh;
  }

  public void setTitleZh(String titleZh) {
    this.titleZh = titleZh;
  }

  public String getTitleEn() {
    return titleEn;
  }

  public void setTitleEn(String titleEn) {
    this.titleEn = titleEn;
  }

  public String getBodyZh() {
    return bodyZh;
  }

  public void setBodyZh(String bodyZh) {
    this.bodyZh = bodyZh;
  }

  public String getBodyEn() {
    return bodyEn;
  }

  public void setBodyEn(String bodyEn) {
    this.bodyEn = bodyEn;
  }

  public String getKeywords() {
    return keywords;
  }

  public void setKeywords(String keywords) {
    this.keywords = keywords;
  }

  public Long getQuestionId() {
    return questionId;
  }

  public String getTextZh() {
    return textZh;
  }

  public void setTextZh(String textZh) {
    this.textZh = textZh;
  }

  public String getTextEn() {
    return textEn;
  }

  public void setTextEn(String textEn) {
    this.textEn = textEn;
  }

  public AnswerType getAnswerType() {
    return answerType;
  }

  public void setAnswerType(AnswerType answerType) {
    this.answerType = answerType;
  }

  public String getChoicesZh() {
    return choicesZh;
  }

  public void setChoicesZh(String choicesZh) {
    this.choicesZh = choicesZh;
  }

  public String getChoicesEn() {
    return choicesEn;
  }

  public void setChoicesEn(String choicesEn) {
    this.choicesEn = choicesEn;
  }

  public boolean isRequired() {
    return required;
  }

  public void setRequired(boolean required) {
    this.required = required;
  }

  public int getQuestionOrder() {
    return questionOrder;
  }

  public void setQuestionOrder(int questionOrder) {
    this.questionOrder = questionOrder;
  }

  public boolean isQuestionActive() {
    return questionActive;
  }

  public void setQuestionActive(boolean questionActive) {
    this.questionActive = questionActive;
  }
}
