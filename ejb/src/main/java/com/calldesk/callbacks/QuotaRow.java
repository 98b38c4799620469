package com.calldesk.callbacks;

import java.io.Serializable;

/** A team member's callback day on the supervisor's quota board. */
public record QuotaRow(
    String employeeNo, String name, int defaultQuota, int today, int holding, int done)
    implements Serializable {}
