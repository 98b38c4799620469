package com.calldesk.messaging.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.activemq.artemis.core.config.impl.SecurityConfiguration;
import org.apache.activemq.artemis.core.server.ActiveMQServer;
import org.apache.activemq.artemis.core.server.Queue;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.apache.activemq.artemis.spi.core.security.ActiveMQJAASSecurityManager;
import org.apache.activemq.artemis.spi.core.security.jaas.InVMLoginModule;

/**
 * A real Artemis broker, in this JVM, started from the very {@code calldesk/broker/broker.xml} the
 * run command and sites use. Tests get the production addresses, dead-letter queues and redelivery
 * policy, with shorter delays where they ask for them.
 *
 * <p>Shared with other modules as this module's test-jar.
 */
public final class EmbeddedCallDeskBroker implements AutoCloseable {

  private final EmbeddedActiveMQ broker = new EmbeddedActiveMQ();
  private final int port;
  private final Path dataDir;
  private SecurityConfiguration users;

  /**
   * @param dataDir wiped before start: the duplicate-id cache would otherwise survive runs
   * @param redeliveryDelayMillis first redelivery delay (doubles each time)
   */
  public EmbeddedCallDeskBroker(Path dataDir, int port, long redeliveryDelayMillis) {
    this.port = port;
    this.dataDir = dataDir;
    deleteRecursively(dataDir);
    System.setProperty("calldesk.broker.data", dataDir.toAbsolutePath().toString());
    System.setProperty("calldesk.broker.host", "127.0.0.1");
    System.setProperty("calldesk.broker.port", Integer.toString(port));
    System.setProperty("calldesk.broker.security", "false");
    System.setProperty("calldesk.broker.redelivery-delay", Long.toString(redeliveryDelayMillis));
    broker.setConfigResourcePath("calldesk/broker/broker.xml");
  }

  /**
   * Requires login, with this user among others, and applies broker.xml's roles and permissions
   * (security is off otherwise, as in the Arquillian tests).
   */
  public EmbeddedCallDeskBroker user(String name, String password, String role) {
    if (users == null) {
      users = new SecurityConfiguration();
      System.setProperty("calldesk.broker.security", "true");
    }
    users.addUser(name, password);
    users.addRole(name, role);
    return this;
  }

  public EmbeddedCallDeskBroker start() {
    if (users != null) {
      broker.setSecurityManager(
          new ActiveMQJAASSecurityManager(InVMLoginModule.class.getName(), users));
    }
    try {
      broker.start();
    } catch (Exception e) {
      throw new IllegalStateException("embedded broker failed to start on port " + port, e);
    }
    return this;
  }

  public int port() {
    return port;
  }

  public String url() {
    return "tcp://127.0.0.1:" + port;
  }

  public Path dataDir() {
    return dataDir;
  }

  public ActiveMQServer server() {
    return broker.getActiveMQServer();
  }

  public AddressSettings settingsFor(String address) {
    return server().getAddressSettingsRepository().getMatch(address);
  }

  /** Messages currently in the queue (waiting or being delivered), as the broker counts them. */
  public long messageCount(String queue) {
    Queue q = server().locateQueue(queue);
    if (q == null) {
      throw new IllegalArgumentException("no such queue on the broker: " + queue);
    }
    return q.getMessageCount();
  }

  /** Messages ever added to the queue since the broker started. */
  public long messagesAdded(String queue) {
    return server().locateQueue(queue).getMessagesAdded();
  }

  @Override
  public void close() {
    try {
      broker.stop();
    } catch (Exception e) {
      throw new IllegalStateException("embedded broker failed to stop", e);
    }
  }

  /** A TCP port nobody listens on right now. */
  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
