package com.calldesk.customers;

import java.util.List;

/** What a screen pop shows about the caller. Read-only copy, safe to send to a page. */
public record CustomerSummary(
    Long id, String customerNo, String fullName, List<String> phoneNumbers, boolean isNew) {}
