/*
 * News an agent must not miss while working a case: a rescue unit's answer, a complaint of the team
 * coming due or overdue. The desk page has its own socket (desk.js) and hands these notices to
 * calldeskNews; the complaints and rescue pages open the socket here, only for them. An open socket
 * keeps its HTTP session alive (the server counts the session in use while it is open), so only
 * these pages open one; the others time out when idle.
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
    } else {
      return false;
    }
    var list = document.getElementById("liveNews") || document.getElementById("liveNewsBar");
    if (list) {
      var li = document.createElement("li");
      li.textContent = line;
      li.setAttribute("data-kind", m.kind);
      li.setAttribute("data-outcome", m.outcome || m.level);
      li.setAttribute("data-ref", m.caseNo || m.complaintNo);
      li.className = "cd-news-" + (m.outcome || m.level);
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

  var none = document.getElementById("noNews");
  var news = document.getElementById("liveNews");
  if (none && news) {
    none.hidden = news.children.length > 0;
  }

  if (!live || document.getElementById("deskData")) {
    return; // not signed in as an agent, or the desk page, whose socket brings these too
  }
  var leaving = false;
  var retryMillis = 1000;
  window.addEventListener("beforeunload", function () {
    leaving = true;
  });

  function connect() {
    var socket = new WebSocket((location.protocol === "https:" ? "wss://" : "ws://") + location.host +
        live.getAttribute("data-push"));
    socket.onopen = function () {
      retryMillis = 1000;
      live.setAttribute("data-connected", "true");
    };
    socket.onmessage = function (e) {
      window.calldeskNews(JSON.parse(e.data));
    };
    socket.onclose = function (e) {
      live.setAttribute("data-connected", "false");
      if (leaving || e.code === 1000 || e.code === 1008) {
        return; // the page is being left, or the session ended: the next page asks again
      }
      setTimeout(connect, retryMillis);
      retryMillis = Math.min(retryMillis * 2, 15000);
    };
    // No pings: the desk's pings keep proxies from closing its socket all day; here a closed socket
    // is simply opened again below.
  }

  connect();
})();
