package com.calldesk.leads;

/**
 * A lead was forwarded, chased or answered (fired in the transaction of the change): its region's
 * owner system hears of it on the partner events queue.
 */
public record LeadMoved(Long leadId, String action) {}
