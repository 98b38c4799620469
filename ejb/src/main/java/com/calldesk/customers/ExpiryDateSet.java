package com.calldesk.customers;

/**
 * A customer's contract, membership or warranty expiry date was set or changed on the card, in the
 * transaction of the change: a callback may be due before it (the callbacks room decides).
 */
public record ExpiryDateSet(Long customerId) {}
