package com.calldesk.calls;

/** A call-control command just sent; its result arrives later on the desk's push channel. */
public record CommandView(String commandId, String type, String callId, String targetAgentNo) {}
