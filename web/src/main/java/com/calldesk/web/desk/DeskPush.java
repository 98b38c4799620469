package com.calldesk.web.desk;

import com.calldesk.shared.DeskChannel;
import com.calldesk.shared.DeskNotice;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Pushes the services' desk notices (screen pops, seat changes, command results, queue length,
 * rescue answers, complaint alerts) to the employees' open pages, over a server-sent event stream
 * per page ({@link DeskPushStream}).
 *
 * <p>A page connects with a push token its HTTP session was given when the page was rendered: an
 * unguessable key that names the employee, so a client without cookie handling (the benchmark's)
 * can use it too. Tokens die with their HTTP session, and so do the streams opened with them.
 */
@ApplicationScoped
public class DeskPush {

  private static final SecureRandom RANDOM = new SecureRandom();

  /** How often an idle stream gets a comment line: proxies keep it, dead pages are noticed. */
  static final long HEARTBEAT_SECONDS = 25;

  /** push token → employee id */
  private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

  /** employee id → their open pages */
  private static final Map<String, Set<PushStream>> PAGES = new ConcurrentHashMap<>();

  /** push token → the pages that opened with it, ended when the token's HTTP session ends */
  private static final Map<String, Set<PushStream>> PAGES_BY_TOKEN = new ConcurrentHashMap<>();

  /** Scope of the monitor pages a push token may open: a supervisor's number, or ALL for admins. */
  public static final String ALL = DeskNotice.ALL_TEAMS;

  /** push token → what seat monitor pages opened with it may watch */
  private static final Map<String, String> WATCHES = new ConcurrentHashMap<>();

  /** open seat monitor pages → whose team they watch (a supervisor's number, or ALL) */
  private static final Map<PushStream, String> MONITORS = new ConcurrentHashMap<>();

  private final Consumer<DeskNotice> subscriber = DeskPush::deliver;

  @Resource private ManagedScheduledExecutorService scheduler;
  private ScheduledFuture<?> heartbeat;

  void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
    DeskChannel.subscribe(subscriber);
    heartbeat =
        scheduler.scheduleWithFixedDelay(
            DeskPush::heartbeat, HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
  }

  void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object stopping) {
    DeskChannel.unsubscribe(subscriber);
    if (heartbeat != null) {
      heartbeat.cancel(false);
    }
    // Not "ended": the pages reconnect by themselves when the server is back.
    PAGES.values().forEach(pages -> pages.forEach(PushStream::drop));
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
   * is refused from now on, and the streams opened with it end, so a stale tab stops receiving the
   * employee's screen pops at once.
   */
  static void forgetToken(String token) {
    if (token == null) {
      return;
    }
    TOKENS.remove(token);
    WATCHES.remove(token);
    Set<PushStream> pages = PAGES_BY_TOKEN.remove(token);
    if (pages != null) {
      pages.forEach(page -> page.end("session"));
    }
  }

  static String employeeOf(String token) {
    return token == null ? null : TOKENS.get(token);
  }

  static void opened(String employeeNo, String token, PushStream page) {
    PAGES.computeIfAbsent(employeeNo, k -> ConcurrentHashMap.newKeySet()).add(page);
    PAGES_BY_TOKEN.computeIfAbsent(token, k -> ConcurrentHashMap.newKeySet()).add(page);
    if (!TOKENS.containsKey(token)) {
      // The session ended between the check and now: do not keep the page.
      forgetToken(token);
    }
  }

  /**
   * Lets seat monitor pages opened with this token watch a supervisor's team (or, for an admin,
   * everyone). Called by the monitor page's backing bean, which checked the role.
   */
  static void watch(String token, String scope) {
    WATCHES.put(token, scope);
  }

  /** An open page that asked for the seat monitor's notices too. */
  static void monitorOpened(String token, PushStream page) {
    String scope = token == null ? null : WATCHES.get(token);
    if (scope != null) {
      MONITORS.put(page, scope);
    }
  }

  static void closed(String employeeNo, String token, PushStream page) {
    MONITORS.remove(page);
    Set<PushStream> pages = PAGES.get(employeeNo);
    if (pages != null) {
      pages.remove(page);
    }
    Set<PushStream> ofToken = token == null ? null : PAGES_BY_TOKEN.get(token);
    if (ofToken != null) {
      ofToken.remove(page);
    }
  }

  private static void heartbeat() {
    PAGES.values().forEach(pages -> pages.forEach(PushStream::heartbeat));
  }

  private static void deliver(DeskNotice notice) {
    if (notice.recipient() != null && notice.recipient().startsWith(DeskNotice.MONITOR_PREFIX)) {
      String team = notice.recipient().substring(DeskNotice.MONITOR_PREFIX.length());
      MONITORS.forEach(
          (page, scope) -> {
            if (ALL.equals(scope) || DeskNotice.ALL_TEAMS.equals(team) || scope.equals(team)) {
              page.send(notice.json());
            }
          });
    } else if (notice.recipient() == null) {
      PAGES.values().forEach(pages -> pages.forEach(page -> page.send(notice.json())));
    } else {
      Set<PushStream> pages = PAGES.get(notice.recipient());
      if (pages != null) {
        pages.forEach(page -> page.send(notice.json()));
      }
    }
  }
}
