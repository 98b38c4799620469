package com.calldesk.web.desk;

import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.PathParam;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;

/**
 * The desk page's push socket: {@code /push/desk/{token}}. Server to page only; the page's "ping"
 * keeps proxies from closing an idle socket and is answered with "pong".
 */
@ServerEndpoint("/push/desk/{token}")
public class DeskPushEndpoint {

  private static final String EMPLOYEE = "employeeNo";
  private static final String TOKEN = "pushToken";

  @OnOpen
  public void open(Session page, @PathParam("token") String token) throws IOException {
    String employeeNo = DeskPush.employeeOf(token);
    if (employeeNo == null) {
      page.close(
          new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "unknown or expired token"));
      return;
    }
    page.getUserProperties().put(EMPLOYEE, employeeNo);
    page.getUserProperties().put(TOKEN, token);
    DeskPush.opened(employeeNo, token, page);
  }

  @OnMessage
  public String ping(String text) {
    return "ping".equals(text) ? "{\"kind\":\"pong\"}" : null;
  }

  @OnClose
  public void close(Session page) {
    Object employeeNo = page.getUserProperties().get(EMPLOYEE);
    if (employeeNo != null) {
      DeskPush.closed(employeeNo.toString(), (String) page.getUserProperties().get(TOKEN), page);
    }
  }

  @OnError
  public void error(Session page, Throwable cause) {
    close(page);
  }
}
