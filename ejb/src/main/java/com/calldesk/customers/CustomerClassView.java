package com.calldesk.customers;

import java.io.Serializable;

/** A customer class as admins see and edit it; {@code version} guards against lost updates. */
public record CustomerClassView(
    String code, String nameZh, String nameEn, int sortOrder, boolean active, long version)
    implements Serializable {}
