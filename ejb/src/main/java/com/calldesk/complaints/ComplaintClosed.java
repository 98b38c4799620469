package com.calldesk.complaints;

/**
 * A complaint was closed with the customer's reply, in the transaction of the close: its follow-up
 * callback is due (the callbacks room raises it).
 */
public record ComplaintClosed(Long complaintId) {}
