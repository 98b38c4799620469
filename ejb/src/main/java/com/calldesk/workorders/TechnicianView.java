package com.calldesk.workorders;

import java.io.Serializable;

/** A technician as screens show it and admins edit it. */
public record TechnicianView(
    Long id, Long workAreaId, String name, String phone, boolean active, long version)
    implements Serializable {}
