package com.calldesk.web.desk;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /push/desk/{token}}: the page's server-sent event stream (the browser's {@code
 * EventSource}). Plain HTTP, so it passes every proxy that does not buffer responses, and needs no
 * protocol upgrade: Payara 6's WebSocket upgrade broke the worker thread when a browser left a page
 * during the handshake (see docs/development.md).
 *
 * <p>An unknown or expired token gets a stream with only the {@code stream-ended} event, which
 * tells the page not to reconnect; the token's session may have ended, so a desk page reloads to
 * find out.
 */
@WebServlet(urlPatterns = "/push/desk/*", asyncSupported = true)
public class DeskPushStream extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getPathInfo();
    String token = path == null || path.length() < 2 ? null : path.substring(1);
    String employeeNo = DeskPush.employeeOf(token);
    response.setContentType("text/event-stream");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Accel-Buffering", "no"); // nginx: pass each event on at once
    ServletOutputStream out = response.getOutputStream();
    if (employeeNo == null) {
      out.write(PushStream.endedEvent("token").getBytes(StandardCharsets.UTF_8));
      return;
    }
    AsyncContext async = request.startAsync();
    async.setTimeout(0); // open as long as the page is
    PushStream page = new PushStream(employeeNo, token, async, out);
    async.addListener(page);
    // Reconnect after 2 s if the connection drops (a server restart); the first bytes tell the
    // browser the stream is open.
    out.write("retry: 2000\n: open\n\n".getBytes(StandardCharsets.UTF_8));
    out.flush();
    DeskPush.opened(employeeNo, token, page);
    if (request.getParameter("monitor") != null) {
      DeskPush.monitorOpened(token, page);
    }
  }
}
