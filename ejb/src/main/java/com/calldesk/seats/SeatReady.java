package com.calldesk.seats;

/** CDI event: an agent has just become READY and can take a waiting call. */
public record SeatReady(String employeeNo) {}
