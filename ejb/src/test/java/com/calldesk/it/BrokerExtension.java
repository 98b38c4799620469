package com.calldesk.it;

import com.calldesk.messaging.contract.EmbeddedCallDeskBroker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts a real Artemis broker from the production broker.xml before Payara Micro boots, and wipes
 * the test database, so each test class starts from the migrations and demo data. Listed before
 * {@code ArquillianExtension} so the broker is there when the MDBs connect.
 *
 * <p>JUnit also runs it inside the container around the in-container test methods; there it does
 * nothing.
 */
public class BrokerExtension implements BeforeAllCallback, AfterAllCallback {

  /** First redelivery delay in tests: short, still doubling, so the DLQ test takes seconds. */
  static final long REDELIVERY_DELAY_MS = 200;

  private static EmbeddedCallDeskBroker broker;

  @Override
  public void beforeAll(ExtensionContext context) {
    if (System.getProperty("calldesk.it.dir") == null) {
      return; // inside Payara Micro: the broker belongs to the test JVM, not to the server
    }
    Path itDir = Path.of(System.getProperty("calldesk.it.dir"));
    deleteRecursively(itDir.resolve("db"));
    broker =
        new EmbeddedCallDeskBroker(
                itDir.resolve("broker"),
                Integer.getInteger("calldesk.it.broker.port"),
                REDELIVERY_DELAY_MS)
            .start();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (broker != null) {
      broker.close();
      broker = null;
    }
  }

  /** The running broker, for assertions on its own counters from the test JVM. */
  static EmbeddedCallDeskBroker broker() {
    return broker;
  }

  private static void deleteRecursively(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
