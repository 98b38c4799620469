package com.calldesk.customers;

/**
 * A customer's call reached an agent (fired inside the transaction that records it). Rooms that
 * wait on the customer listen: a complaint on hold resumes when the customer calls again.
 */
public record CustomerCalled(Long customerId, String callId) {}
