package com.calldesk.customers;

import java.io.Serializable;
import java.util.List;

/**
 * What the agent submits from the customer card. {@code expectedVersion} is the version the form
 * was loaded with: if someone saved the card meanwhile, the correction is refused (no lost update).
 */
public record CustomerCorrection(
    long expectedVersion,
    String fullName,
    String gender,
    String company,
    String address,
    String email,
    String notes,
    String classCode,
    List<String> phoneNumbers,
    java.time.LocalDate expiresOn)
    implements Serializable {}
