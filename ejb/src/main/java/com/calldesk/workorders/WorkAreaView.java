package com.calldesk.workorders;

import java.io.Serializable;

/** A work area as screens show it and admins edit it. */
public record WorkAreaView(Long id, String name, String phone, boolean active, long version)
    implements Serializable {}
