package com.calldesk.web.desk;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One open page's event stream ({@code text/event-stream}): each notice is one {@code data:} line.
 * The stream ends with a last {@code {"kind":"stream-ended"}} event when its session ends, after
 * which the page does not reconnect. A page that went away is noticed at the next write (a notice
 * or the heartbeat) and dropped.
 */
final class PushStream implements AsyncListener {

  private static final Logger LOG = Logger.getLogger(PushStream.class.getName());

  private final String employeeNo;
  private final String token;
  private final AsyncContext async;
  private final OutputStream out;
  private boolean done;

  PushStream(String employeeNo, String token, AsyncContext async, OutputStream out) {
    this.employeeNo = employeeNo;
    this.token = token;
    this.async = async;
    this.out = out;
  }

  /** The last event of a stream, for a page that must not wait for more (unknown token…). */
  static String endedEvent(String reason) {
    return "data: {\"kind\":\"stream-ended\",\"reason\":\"" + reason + "\"}\n\n";
  }

  void send(String json) {
    write("data: " + json + "\n\n", false);
  }

  void heartbeat() {
    write(": keep-alive\n\n", false);
  }

  /** Tells the page the stream is over, and closes it. */
  void end(String reason) {
    write(endedEvent(reason), true);
  }

  /**
   * Closes the stream without the ended event (the server is stopping): the browser reconnects by
   * itself, every two seconds, until the server is back.
   */
  synchronized void drop() {
    if (!done) {
      close();
    }
  }

  /** One writer at a time per page; a broken page is closed and dropped. */
  private synchronized void write(String text, boolean last) {
    if (done) {
      return;
    }
    try {
      out.write(text.getBytes(StandardCharsets.UTF_8));
      out.flush();
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.FINE, "a page's push stream is gone", e);
      last = true;
    }
    if (last) {
      close();
    }
  }

  private void close() {
    done = true;
    DeskPush.closed(employeeNo, token, this);
    try {
      async.complete();
    } catch (IllegalStateException e) {
      LOG.log(Level.FINE, "the push stream had already ended", e);
    }
  }

  @Override
  public void onComplete(AsyncEvent event) {
    DeskPush.closed(employeeNo, token, this);
  }

  @Override
  public void onTimeout(AsyncEvent event) {
    synchronized (this) {
      close();
    }
  }

  @Override
  public void onError(AsyncEvent event) {
    synchronized (this) {
      close();
    }
  }

  @Override
  public void onStartAsync(AsyncEvent event) {
    // not restarted
  }
}
