package com.calldesk.system;

import ivrsim.IvrSimulator;
import java.io.OutputStream;
import java.io.PrintStream;

/**
 * The telephone side for browser tests: the IVR simulator as a library, on the test's broker, as
 * the telephony user (which may send call events and read commands, nothing else).
 */
final class Telephone {

  private Telephone() {}

  /**
   * Connected and quiet, with long talk times: a call stays connected while agents work on it.
   * Every rescue unit it plays acknowledges a dispatch task after 1.5 s, arrives at 6 s and
   * finishes at 8 s.
   */
  static IvrSimulator open() {
    IvrSimulator ivr =
        new IvrSimulator(
            IvrSimulator.Options.parse(
                "--broker",
                BrokerUsers.BROKER,
                "--user",
                "telephony",
                "--password",
                BrokerUsers.telephonyPassword(),
                "--talk",
                "300",
                "--ring",
                "300",
                "--callback-answer",
                "1",
                "--callback-ring-ms",
                "1500",
                "--dispatch-ack",
                "1",
                "--dispatch-answer-ms",
                "1500",
                "--eta",
                "25",
                "--arrive-ms",
                "6000",
                "--complete-ms",
                "8000",
                "--quiet"),
            new PrintStream(OutputStream.nullOutputStream()));
    ivr.open();
    return ivr;
  }
}
