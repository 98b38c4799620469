package com.calldesk.rescue;

import java.io.Serializable;

/**
 * What the agent records for a rescue (SPEC §5). The customer and the time of the call come from
 * the call on the agent's line.
 *
 * @param callId the call it is taken during, or null outside a call (the time is then now)
 * @param serviceArea the area the fault is in, to offer that area's units first; may be null
 */
public record NewRescueCase(
    Long customerId,
    String callId,
    String vehicleModel,
    String plateNo,
    String contactPerson,
    String contactPhone,
    String faultLocation,
    String serviceArea,
    String faultSymptom)
    implements Serializable {}
