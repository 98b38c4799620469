package com.calldesk.messaging.contract;

import jakarta.json.spi.JsonProvider;

/**
 * The one JSON-P provider CallDesk uses. {@code Json.createObjectBuilder()} and its siblings look
 * the provider up through the ServiceLoader on every call; inside Payara that scans the class
 * loaders' resources each time, and a profile of the screen-pop benchmark showed it as about a
 * tenth of the server's CPU. Looked up once here instead.
 */
public final class JsonSupport {

  public static final JsonProvider JSON = JsonProvider.provider();

  private JsonSupport() {}
}
