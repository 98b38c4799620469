package com.calldesk.appointments;

/** Sales appointments (销售预约) and repair appointments (维修预约); repairs become work orders. */
public enum AppointmentKind {
  SALES,
  REPAIR
}
