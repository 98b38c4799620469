package com.calldesk.shared;

import java.io.Serializable;

/**
 * Which partner system filed a record, and its own reference for it: kept on the record so every
 * status change can be reported back to that partner under its reference.
 */
public record PartnerRef(String partnerId, String partnerRef) implements Serializable {}
