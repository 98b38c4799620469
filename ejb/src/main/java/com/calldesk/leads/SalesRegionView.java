package com.calldesk.leads;

import java.io.Serializable;

/** A sales region as screens show it and admins edit it. */
public record SalesRegionView(
    String code,
    String nameZh,
    String nameEn,
    String ownerName,
    String ownerSystem,
    int feedbackHours,
    int sortOrder,
    boolean active,
    long version)
    implements Serializable {}
