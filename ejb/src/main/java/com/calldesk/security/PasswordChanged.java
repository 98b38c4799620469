package com.calldesk.security;

/** An employee set a password of their own (the first administrator's one-time file can go). */
public record PasswordChanged(String employeeNo) {}
