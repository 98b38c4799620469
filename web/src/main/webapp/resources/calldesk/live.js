/*
 * News an agent must not miss while working a case: a rescue unit's answer, a complaint of the team
 * coming due or overdue. The desk page has its own push stream (desk.js) and hands these notices
 * to calldeskNews; the complaints and rescue pages open the stream here, only for them, and keep
 * their session alive while open, as the desk does; the other pages time out when idle.
 */
(function () {
  "use strict";

  var live = document.getElementById("livePush");
  var texts = live ? JSON.parse(live.getAttribute("data-texts") || "{}") : {};

  function format(key, args) {
    var s = texts[key] || key;
    for (var i = 0; i < args.length; i++) {
      s = s.split("{" + i + "}").join(args[i] === undefined || args[i] === null ? "" : String(args[i]));
    }
    return s;
  }

  /** Shows one notice of kind "rescue" or "complaint-alert"; true if it was one of those. */
  window.calldeskNews = function (m) {
    var line;
    if (m.kind === "rescue") {
      line = format("rescue.news." + m.outcome, [m.caseNo, m.unit, m.etaMinutes, m.reason]);
    } else if (m.kind === "complaint-alert") {
      line = format("complaint.news." + m.level, [m.complaintNo, m.agentNo]);
    } else if (m.kind === "callback-dial") {
      line = format("callback.dial." + m.outcome, []);
      if (window.calldeskCallbackChanged) {
        window.calldeskCallbackChanged();
      }
    } else if (m.kind === "break-reminder") {
      line = format("break.reminder", [new Date(m.endsAt).toLocaleTimeString()]);
    } else if (m.kind === "break" && m.state === "REFUSED") {
      line = format("break.news.REFUSED", [m.reason]);
    } else if (m.kind === "callback-urgent") {
      line = format("callback.news.urgent" + m.urgency, [m.agentNo, m.callId]);
    } else {
      return false;
    }
    var list = document.getElementById("liveNews") || document.getElementById("liveNewsBar");
    if (list) {
      var li = document.createElement("li");
      li.textContent = line;
      li.setAttribute("data-kind", m.kind);
      li.setAttribute("data-outcome", m.outcome || m.level || m.state || "URGENT");
      li.setAttribute("data-ref", m.caseNo || m.complaintNo || m.taskId);
      li.className = "cd-news-" + (m.outcome || m.level || "URGENT");
      list.insertBefore(li, list.firstChild);
      list.hidden = false;
      var none = document.getElementById("noNews");
      if (none) {
        none.hidden = true;
      }
    }
    // The open rescue case redraws itself with the answer.
    if (m.kind === "rescue" && window.calldeskRescueChanged) {
      window.calldeskRescueChanged([{ name: "caseId", value: String(m.caseId) }]);
    }
    return true;
  };

  /** "No notices" only while neither a notice nor a line of news is in the info bar. */
  window.calldeskNewsShown = function () {
    var none = document.getElementById("noNews");
    var news = document.getElementById("liveNews");
    var notices = document.getElementById("noticeList");
    if (none && news) {
      none.hidden = news.children.length > 0 || (!!notices && notices.children.length > 0);
    }
  };
  window.calldeskNewsShown();

  if (!live || document.getElementById("deskData")) {
    return; // not signed in as an agent, or the desk page, whose stream brings these too
  }
  function connect() {
    var stream = new EventSource(live.getAttribute("data-push"));
    stream.onopen = function () {
      live.setAttribute("data-connected", "true");
    };
    stream.onmessage = function (e) {
      var m = JSON.parse(e.data);
      if (m.kind === "stream-ended") {
        stream.close(); // the session ended: the next page asks again
        live.setAttribute("data-connected", "ended");
        return;
      }
      window.calldeskNews(m);
    };
    stream.onerror = function () {
      // The browser reconnects by itself (after a server restart, say).
      live.setAttribute("data-connected", stream.readyState === 1 ? "true" : "false");
    };
  }

  connect();
  // While this page is open its session stays alive (as the desk's does): an agent following a
  // rescue case is not signed out while waiting for the unit's answer.
  setInterval(function () {
    fetch(live.getAttribute("data-keepalive-url"), {credentials: "same-origin", cache: "no-store"})
        .catch(function () { /* the next attempt will tell */ });
  }, 1000 * Number(live.getAttribute("data-keepalive-seconds")));
})();
