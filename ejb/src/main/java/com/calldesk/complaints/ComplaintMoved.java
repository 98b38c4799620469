package com.calldesk.complaints;

/**
 * A complaint was taken in or moved on (fired in the transaction of the change): what a partner who
 * filed it is told about on its events queue.
 */
public record ComplaintMoved(
    Long complaintId, String complaintNo, ComplaintState state, String detail) {}
