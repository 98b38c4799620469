package com.calldesk.web.notices;

import com.calldesk.notices.NoticeView;
import com.calldesk.notices.Notices;
import com.calldesk.web.Feedback;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The notices in the desk's info bar: unexpired, newest first, each marked read with "Got it". A
 * new one arrives on the push stream (kind {@code notice}) and redraws the list.
 */
@Named("noticeDesk")
@ViewScoped
public class NoticeDeskBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private Notices notices;
  @Inject private Feedback feedback;

  private List<NoticeView> rows;

  @PostConstruct
  void load() {
    rows = notices.mine();
  }

  public void refresh() {
    load();
  }

  public void markRead(Long id) {
    try {
      notices.markRead(id);
    } catch (RuntimeException e) {
      feedback.refused(e, "notices");
    }
    load();
  }

  public List<NoticeView> getRows() {
    return rows;
  }

  public long getUnread() {
    return rows.stream().filter(n -> !n.read()).count();
  }
}
