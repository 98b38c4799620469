package com.calldesk.scripts;

import java.io.Serializable;

/** What an admin submits for a node; {@code expectedVersion} guards against lost updates. */
public record ScriptInput(
    Long parentId,
    ScriptKind kind,
    String purpose,
    int sortOrder,
    String titleZh,
    String titleEn,
    String bodyZh,
    String bodyEn,
    String keywords,
    long expectedVersion)
    implements Serializable {}
