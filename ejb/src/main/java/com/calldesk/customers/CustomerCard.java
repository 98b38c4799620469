package com.calldesk.customers;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** The customer card as a page shows it: a read-only copy, never the entity. */
public record CustomerCard(
    Long id,
    String customerNo,
    String fullName,
    String gender,
    String company,
    String address,
    String email,
    String notes,
    String classCode,
    List<String> phoneNumbers,
    long version,
    Instant createdAt,
    String updatedBy,
    Instant updatedAt,
    java.time.LocalDate expiresOn)
    implements Serializable {}
