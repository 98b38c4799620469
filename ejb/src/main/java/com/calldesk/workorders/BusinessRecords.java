package com.calldesk.workorders;

import com.calldesk.appointments.AppointmentView;
import com.calldesk.customers.CustomerCard;
import java.io.Serializable;
import java.util.List;

/** The business query's answer: a customer, their appointments and their work orders. */
public record BusinessRecords(
    CustomerCard customer, List<AppointmentView> appointments, List<WorkOrderView> workOrders)
    implements Serializable {}
