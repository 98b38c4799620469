package com.calldesk.scripts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A node of the call-script tree (话术脚本) and knowledge base: a folder, a script or an article,
 * titled and written in Chinese and English. {@code searchText} is kept here, lower-cased, so one
 * predicate searches titles, keywords and bodies in both languages.
 */
@Entity
@Table(name = "cd_script_node")
public class ScriptNode {

  @Id
  @SequenceGenerator(name = "desk_seq", sequenceName = "cd_desk_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "desk_seq")
  private Long id;

  @Column(name = "parent_id")
  private Long parentId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private ScriptKind kind;

  /** GREETING or CLOSING: the script one click away at the start and end of every call. */
  @Column(length = 10)
  private String purpose;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  @Column(name = "title_zh", nullable = false, length = 200)
  private String titleZh;

  @Column(name = "title_en", nullable = false, length = 200)
  private String titleEn;

  @Lob
  @Column(name = "body_zh")
  private String bodyZh;

  @Lob
  @Column(name = "body_en")
  private String bodyEn;

  @Column(length = 400)
  private String keywords;

  @Lob
  @Column(name = "search_text")
  private String searchText;

  @Version private long version;

  @Column(name = "updated_by", nullable = false, length = 60)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected ScriptNode() {}

  ScriptNode(ScriptKind kind) {
    this.kind = kind;
  }

  void write(ScriptInput in, String actor, Instant now) {
    this.parentId = in.parentId();
    this.purpose = in.purpose();
    this.sortOrder = in.sortOrder();
    this.titleZh = in.titleZh();
    this.titleEn = in.titleEn();
    this.bodyZh = in.bodyZh();
    this.bodyEn = in.bodyEn();
    this.keywords = in.keywords();
    this.updatedBy = actor;
    this.updatedAt = now;
  }

  @PrePersist
  @PreUpdate
  void index() {
    searchText =
        Stream.of(titleZh, titleEn, keywords, bodyZh, bodyEn)
            .filter(Objects::nonNull)
            .collect(Collectors.joining(" "))
            .toLowerCase(Locale.ROOT);
  }

  public Long getId() {
    return id;
  }

  public Long getParentId() {
    return parentId;
  }

  public ScriptKind getKind() {
    return kind;
  }

  public String getPurpose() {
    return purpose;
  }

  public int getSortOrder() {
    return sortOrder;
  }

  public String getTitleZh() {
    return titleZh;
  }

  public String getTitleEn() {
    return titleEn;
  }

  public String getBodyZh() {
    return bodyZh;
  }

  public String getBodyEn() {
    return bodyEn;
  }

  public String getKeywords() {
    return keywords;
  }

  public long getVersion() {
    return version;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
