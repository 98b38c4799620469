package com.calldesk.web.desk;

import com.calldesk.shared.DeskChannel;
import com.calldesk.shared.DeskNotice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Pushes the services' desk notices (screen pops, seat changes, command results, queue length) to
 * the agents' open desk pages over a plain Jakarta WebSocket ({@link DeskPushEndpoint}).
 *
 * <p>A page connects with a push token its HTTP session was given when the desk was rendered: an
 * unguessable key that names the employee, so the socket needs no cookie handling and a client
 * without one (the benchmark's) can use it too. Tokens die with their HTTP session.
 */
@ApplicationScoped
public class DeskPush {

  private static final Logger LOG = Logger.getLogger(DeskPush.class.getName());
  private static final SecureRandom RANDOM = new SecureRandom();

  /** push token → employee id */
  private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

  /** employee id → their open desk pages */
  private static final Map<String, Set<Session>> PAGES = new ConcurrentHashMap<>();

  /** push token → the pages that opened with it, closed when the token's HTTP session ends */
  private static final Map<String, Set<Session>> PAGES_BY_TOKEN = new ConcurrentHashMap<>();

  private final Consumer<DeskNotice> subscriber = DeskPush::deliver;

  void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
    DeskChannel.subscribe(subscriber);
  }

  void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object stopping) {
    DeskChannel.unsubscribe(subscriber);
  }

  /** A new token for an HTTP session of this employee. */
  static String issueToken(String employeeNo) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    TOKENS.put(token, employeeNo);
    return token;
  }

  /**
   * The token's HTTP session ended (logout, expiry, a second login taking the seat over): the token
   * is refused from now on, and the sockets opened with it are closed, so a stale tab stops
   * receiving the employee's screen pops at once.
   */
  static void forgetToken(String token) {
    if (token == null) {
      return;
    }
    TOKENS.remove(token);
    Set<Session> pages = PAGES_BY_TOKEN.remove(token);
    if (pages != null) {
      for (Session page : pages) {
        try {
          page.close(
              new CloseReason(CloseReason.CloseCodes.NORMAL_CLOSURE, "the session has ended"));
        } catch (IOException | IllegalStateException e) {
          LOG.log(Level.FINE, "could not close a desk page's socket", e);
        }
      }
    }
  }

  static String employeeOf(String token) {
    return token == null ? null : TOKENS.get(token);
  }

  static void opened(String employeeNo, String token, Session page) {
    PAGES.computeIfAbsent(employeeNo, k -> ConcurrentHashMap.newKeySet()).add(page);
    PAGES_BY_TOKEN.computeIfAbsent(token, k -> ConcurrentHashMap.newKeySet()).add(page);
    if (!TOKENS.containsKey(token)) {
      // The session ended between the check and now: do not keep the page.
      forgetToken(token);
    }
  }

  static void closed(String employeeNo, String token, Session page) {
    Set<Session> pages = PAGES.get(employeeNo);
    if (pages != null) {
      pages.remove(page);
    }
    Set<Session> ofToken = token == null ? null : PAGES_BY_TOKEN.get(token);
    if (ofToken != null) {
      ofToken.remove(page);
    }
  }

  /** Open desk pages right now (for health and the benchmark's check). */
  static int openPages() {
    return PAGES.values().stream().mapToInt(Set::size).sum();
  }

  private static void deliver(DeskNotice notice) {
    if (notice.recipient() == null) {
      PAGES.values().forEach(pages -> pages.forEach(page -> send(page, notice.json())));
    } else {
      Set<Session> pages = PAGES.get(notice.recipient());
      if (pages != null) {
        pages.forEach(page -> send(page, notice.json()));
      }
    }
  }

  private static void send(Session page, String json) {
    if (!page.isOpen()) {
      return;
    }
    // Tyrus reschedules the session's idle timer on every send, through Payara's managed
    // scheduler, which looks up context providers with the thread's context class loader: with
    // the application's loader that is a scan of every server module's resources, a tenth of the
    // server's CPU in the screen-pop benchmark. The platform loader has nothing to scan, and
    // CallDesk defines no context providers of its own.
    Thread thread = Thread.currentThread();
    ClassLoader application = thread.getContextClassLoader();
    thread.setContextClassLoader(ClassLoader.getPlatformClassLoader());
    // One writer at a time per socket; a closed or broken page is dropped by its onClose.
    synchronized (page) {
      try {
        page.getBasicRemote().sendText(json);
      } catch (IOException | IllegalStateException e) {
        LOG.log(Level.FINE, "could not push to a desk page", e);
      } finally {
        thread.setContextClassLoader(application);
      }
    }
  }
}
