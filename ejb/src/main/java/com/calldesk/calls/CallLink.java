package com.calldesk.calls;

import java.io.Serializable;

/** A call a record made during it is linked to: its log row and its customer. */
public record CallLink(Long callRowId, String callId, Long customerId) implements Serializable {}
