package com.calldesk.system;

import ivrsim.IvrSimulator;
import java.io.OutputStream;
import java.io.PrintStream;

/** The telephone side for browser tests: the IVR simulator as a library, on the test's broker. */
final class Telephone {

  private static final String BROKER =
      System.getProperty("calldesk.broker", "tcp://127.0.0.1:61616");

  private Telephone() {}

  /** Connected and quiet, with long talk times: a call stays connected while agents work on it. */
  static IvrSimulator open() {
    IvrSimulator ivr =
        new IvrSimulator(
            IvrSimulator.Options.parse(
                "--broker", BROKER, "--talk", "300", "--ring", "300", "--quiet"),
            new PrintStream(OutputStream.nullOutputStream()));
    ivr.open();
    return ivr;
  }
}
