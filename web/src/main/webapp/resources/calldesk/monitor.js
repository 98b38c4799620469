/*
 * The seat monitor: patches an agent's row at each seat change pushed by the server (kind
 * monitor-seat), their callback figures (monitor-callbacks), the waiting queue (queue) and the
 * service level (monitor-floor); a break asked, granted or ended (monitor-breaks) redraws the table
 * and the break queue. Durations tick in the page; calls over the talk limit and meal breaks past
 * their time stand out. No polling: without a push nothing is fetched.
 */
window.calldeskMonitor = (function () {
  "use strict";

  var data = document.getElementById("monitorData");
  var texts = JSON.parse(data.getAttribute("data-texts") || "{}");
  var talkLimit = Number(data.getAttribute("data-talk-limit") || "300");

  function t(key) {
    return texts[key] || key;
  }

  function $(id) {
    return document.getElementById(id);
  }

  function hms(seconds) {
    var s = Math.max(0, Math.floor(seconds));
    var h = Math.floor(s / 3600);
    var m = Math.floor((s % 3600) / 60);
    return (h < 10 ? "0" : "") + h + ":" + (m < 10 ? "0" : "") + m + ":" + (s % 60 < 10 ? "0" : "") + (s % 60);
  }

  function row(agentNo) {
    return document.querySelector("tr.cd-seat[data-agent='" + agentNo + "']");
  }

  function cell(tr, name) {
    return tr.querySelector(".cd-seat-" + name);
  }

  function seat(m) {
    var tr = row(m.agentNo);
    if (!tr) {
      return; // not on this page's team
    }
    tr.setAttribute("data-state", m.state);
    tr.setAttribute("data-since", m.stateSince === null || m.stateSince === undefined ? "" : String(m.stateSince));
    tr.setAttribute("data-talk", String(m.talkSeconds || 0));
    var state = cell(tr, "state");
    state.textContent = t("state." + m.state);
    state.className = "cd-state cd-state-" + m.state + " cd-seat-state";
    cell(tr, "call").textContent = m.callId || "";
    cell(tr, "calls").textContent = String(m.callsHandled);
    if (m.state !== "BREAK") {
      tr.setAttribute("data-break-kind", "");
      tr.setAttribute("data-break-ends", "");
      cell(tr, "break").textContent = "";
    }
    tr.setAttribute("data-updated", String(Date.now()));
    tick();
  }

  function callbacks(m) {
    var tr = row(m.agentNo);
    if (tr) {
      var c = cell(tr, "callbacks");
      c.setAttribute("data-done", String(m.done));
      c.setAttribute("data-quota", String(m.quota));
      c.textContent = m.done + " / " + m.quota;
    }
  }

  function floor(m) {
    if (m.waiting !== undefined) {
      waiting(m.waiting);
    }
    var level = $("serviceLevel");
    level.setAttribute("data-level", String(m.serviceLevel));
    level.textContent = m.serviceLevel < 0 ? t("monitor.noLevel") : m.serviceLevel + " %";
    $("offeredToday").textContent = String(m.offered);
  }

  function waiting(n) {
    var el = $("waitingNow");
    el.setAttribute("data-waiting", String(n));
    el.textContent = String(n);
  }

  function tick() {
    var now = Date.now();
    document.querySelectorAll("tr.cd-seat").forEach(function (tr) {
      var state = tr.getAttribute("data-state");
      var since = Number(tr.getAttribute("data-since") || "0");
      var inState = since && state !== "OFFLINE" ? (now - since) / 1000 : 0;
      cell(tr, "since").textContent = since && state !== "OFFLINE" ? hms(inState) : "—";
      var talk = Number(tr.getAttribute("data-talk") || "0") + (state === "TALKING" ? inState : 0);
      cell(tr, "talk").textContent = hms(talk);
      var ends = Number(tr.getAttribute("data-break-ends") || "0");
      var over = (state === "TALKING" && inState > talkLimit) || (state === "BREAK" && ends && now > ends);
      tr.classList.toggle("cd-seat-over", !!over);
      tr.setAttribute("data-over", over ? "true" : "false");
    });
  }

  function connect() {
    var stream = new EventSource(data.getAttribute("data-push"));
    stream.onopen = function () {
      $("pushState").setAttribute("data-connected", "true");
      $("pushState").textContent = "●";
    };
    stream.onmessage = function (e) {
      var m = JSON.parse(e.data);
      switch (m.kind) {
        case "stream-ended":
          stream.close();
          $("pushState").setAttribute("data-connected", "ended");
          if (!leaving) {
            location.reload(); // the session ended: the login page, or a new stream
          }
          break;
        case "monitor-seat":
          seat(m);
          break;
        case "monitor-callbacks":
          callbacks(m);
          break;
        case "monitor-floor":
          floor(m);
          break;
        case "queue":
          waiting(m.length);
          break;
        case "notice-read":
          // A read receipt for a notice this supervisor sent.
          if (window.calldeskNoticesSent) {
            window.calldeskNoticesSent();
          }
          break;
        case "monitor-breaks":
          if (window.calldeskMonitorChanged) {
            window.calldeskMonitorChanged();
          }
          break;
        default:
          // the supervisor's own desk news (screen pops…) belong to the desk page
      }
    };
    stream.onerror = function () {
      if (stream.readyState !== 1) {
        $("pushState").setAttribute("data-connected", "false");
      }
    };
  }

  var leaving = false;
  window.addEventListener("beforeunload", function () {
    leaving = true;
  });

  connect();
  tick();
  setInterval(tick, 1000);
  var keepAlive = data.getAttribute("data-keepalive-url");
  if (keepAlive) {
    // A supervisor watches the floor all day: the open monitor keeps the session alive, as the desk.
    setInterval(function () {
      fetch(keepAlive, {credentials: "same-origin", cache: "no-store"}).catch(function () {});
    }, 1000 * Number(data.getAttribute("data-keepalive-seconds")));
  }

  return {
    /** After an ajax redraw of the table: the durations at once. */
    redrawn: tick
  };
})();
