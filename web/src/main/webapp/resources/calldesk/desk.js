/*
 * The agent desk's live parts: the push stream (screen pop, seat state, queue length, command
 * results), the call timer, the overtime warning, the wrap-up countdown and the mute stopwatch.
 * Everything shown here is also kept by the server; a reload starts again from #deskData.
 */
(function () {
  "use strict";

  var data = document.getElementById("deskData");
  if (!data) {
    return;
  }
  var texts = JSON.parse(data.getAttribute("data-texts") || "{}");
  var talkLimit = parseInt(data.getAttribute("data-talk-limit"), 10) || 300;
  var seat = JSON.parse(data.getAttribute("data-seat"));
  var card = data.getAttribute("data-card") ? JSON.parse(data.getAttribute("data-card")) : null;
  var breakStatus = document.getElementById("breakStatus");
  var brk = breakStatus && breakStatus.getAttribute("data-break") ?
      JSON.parse(breakStatus.getAttribute("data-break")) : null;
  var muteUntil = 0;
  var stream = null;

  /** Screen pops seen by this page, with the time they were shown (for tests and benchmarks). */
  window.calldeskPops = [];

  function $(id) {
    return document.getElementById(id);
  }

  function t(key) {
    return texts[key] || key;
  }

  function text(id, value) {
    var el = $(id);
    if (el) {
      el.textContent = value === null || value === undefined || value === "" ? "—" : value;
    }
  }

  function hms(seconds) {
    seconds = Math.max(0, Math.floor(seconds));
    var h = Math.floor(seconds / 3600), m = Math.floor((seconds % 3600) / 60), s = seconds % 60;
    return [h, m, s].map(function (n) { return n < 10 ? "0" + n : "" + n; }).join(":");
  }

  function when(millis) {
    var d = new Date(millis);
    return d.toLocaleDateString() + " " + d.toLocaleTimeString();
  }

  // --- what the push stream brings ------------------------------------------------------------

  function showCard(c) {
    card = c;
    text("customerNo", c.customerNo);
    text("callerNumber", c.callerNumber);
    text("customerName", c.customerName);
    text("cardTitle", (c.customerName || c.customerNo || "") + " · " + c.callerNumber);
    $("callCard").setAttribute("data-call-id", c.callId);
    $("callCard").classList.add("cd-card-live");
    $("cardBody").hidden = false;
    text("customerBadge", c.newCustomer ? t("calls.newCustomer") : t("calls.knownCustomer"));
    $("customerBadge").className = "cd-badge " + (c.newCustomer ? "cd-badge-new" : "cd-badge-known");
    text("cardChannel", c.channel);
    text("cardPhones", (c.phones || []).join(", "));
    var list = $("recentCalls");
    list.innerHTML = "";
    var recent = c.recentCalls || [];
    if (recent.length === 0) {
      var none = document.createElement("li");
      none.className = "cd-empty";
      none.textContent = t("calls.noRecentCalls");
      list.appendChild(none);
    }
    recent.forEach(function (r) {
      var li = document.createElement("li");
      li.textContent = when(r.offeredAt) + " · " + (r.agentNo || "—") + " · " +
          (r.disposition ? t("calls.disposition." + r.disposition) : t("calls.status." + r.status)) +
          (r.talkSeconds ? " · " + hms(r.talkSeconds) : "");
      list.appendChild(li);
    });
    showCallStatus(c.answeredAt ? "TALKING" : "RINGING");
    tick();
  }

  function showCallStatus(status, disposition) {
    var el = $("callStatus");
    el.textContent = disposition ? t("calls.disposition." + disposition) : t("calls.status." + status);
    el.setAttribute("data-status", disposition || status);
  }

  /** Today's callbacks: the info bar's line and the status bar's done / quota. */
  function showCallbacks(m) {
    var link = $("callbackToday");
    if (link) {
      link.setAttribute("data-tasks", m.tasks);
      link.setAttribute("data-done", m.done);
      link.setAttribute("data-quota", m.quota);
      link.textContent = link.getAttribute("data-format").replace("{0}", m.tasks)
          .replace("{1}", m.done).replace("{2}", m.quota);
    }
    text("taskQuota", m.done + " / " + m.quota);
  }

  function onMessage(m) {
    switch (m.kind) {
      case "pop":
        showCard(m);
        window.calldeskPops.push({ callId: m.callId, shownAt: Date.now() });
        // The customer card below opens on the caller (a server round trip, after the pop).
        if (window.calldeskOpenCard) {
          window.calldeskOpenCard([{ name: "callId", value: m.callId }]);
        }
        break;
      case "answered":
        if (card && card.callId === m.callId) {
          card.answeredAt = m.answeredAt;
          showCallStatus("TALKING");
        }
        break;
      case "ended":
        if (card && card.callId === m.callId) {
          card.endedAt = Date.now();
          showCallStatus("ENDED", m.disposition);
          $("callCard").classList.remove("cd-card-live");
          // The customer card below: no longer "on the line", the timeline shows the ended call.
          if (window.calldeskCallEnded) {
            window.calldeskCallEnded([{ name: "callId", value: m.callId }]);
          }
        }
        break;
      case "seat":
        seat = m;
        showSeat();
        break;
      case "queue":
        text("queueLength", String(m.length));
        break;
      case "result":
        showResult(m);
        break;
      case "callbacks":
        showCallbacks(m);
        break;
      case "notice":
        // A notice from the supervisor: the info bar's list redraws with it.
        if (window.calldeskNoticesChanged) {
          window.calldeskNoticesChanged();
        }
        break;
      case "break":
        // Asked, queued, granted, refused, ended: the status next to the break button.
        brk = m.state === "WAITING" || m.state === "GRANTED" ? m : null;
        showBreak();
        if (m.state === "REFUSED" && window.calldeskNews) {
          window.calldeskNews(m); // the supervisor's reason, in the info bar
        }
        break;
      default:
        // A rescue unit's answer, a complaint coming due: the info bar (live.js).
        if (window.calldeskNews) {
          window.calldeskNews(m);
        }
    }
    tick();
  }

  function showSeat() {
    var state = $("agentState");
    state.textContent = t("state." + seat.state);
    state.setAttribute("data-state", seat.state);
    state.className = "cd-state cd-state-" + seat.state;
    text("callsHandled", String(seat.callsHandled));
    enable(".cd-needs-call", seat.state === "TALKING");
    show(".cd-in-wrap-up", seat.state === "WRAP_UP");
    show(".cd-when-ready", seat.state === "READY");
    show(".cd-on-break", seat.state === "BREAK");
    showBreak();
  }

  function showBreak() {
    var waiting = !!brk && brk.state === "WAITING";
    var free = seat.state === "READY" || seat.state === "WRAP_UP";
    show(".cd-break-waiting", waiting);
    show(".cd-when-free", free && !brk);
    if (!breakStatus) {
      return;
    }
    breakStatus.setAttribute("data-state", brk ? brk.state : "");
    breakStatus.setAttribute("data-place", brk ? String(brk.place) : "");
    if (!brk) {
      breakStatus.textContent = "";
    } else if (waiting) {
      breakStatus.textContent = t("break.waiting").replace("{0}", t("break.kind." + brk.breakKind))
          .replace("{1}", brk.place);
    } else {
      breakStatus.textContent = t("break.on").replace("{0}", t("break.kind." + brk.breakKind)) +
          (brk.endsAt ? " " + t("break.until").replace("{0}", new Date(brk.endsAt).toLocaleTimeString()) : "");
    }
  }

  function showResult(m) {
    var line = t("calls.type." + m.type) + ": " + t("calls.result." + m.outcome) +
        (m.agentNo ? " (" + m.agentNo + ")" : "") + (m.reason ? " — " + m.reason : "");
    var el = $("controlResult");
    el.textContent = line;
    el.setAttribute("data-outcome", m.outcome);
    el.setAttribute("data-type", m.type);
    if (m.type === "call.mute" && m.outcome === "DONE") {
      muteUntil = Date.now() + (m.seconds || 5) * 1000;
    }
  }

  function enable(selector, on) {
    document.querySelectorAll(selector).forEach(function (b) {
      b.disabled = !on;
      b.classList.toggle("ui-state-disabled", !on);
    });
  }

  function show(selector, on) {
    document.querySelectorAll(selector).forEach(function (b) {
      b.style.display = on ? "" : "none";
    });
  }

  // --- the clock -------------------------------------------------------------------------------

  function tick() {
    var now = Date.now();
    var talking = card && card.answeredAt && !card.endedAt;
    var callSeconds = talking ? (now - card.answeredAt) / 1000 :
        card && card.answeredAt && card.endedAt ? (card.endedAt - card.answeredAt) / 1000 : 0;
    text("callDuration", hms(callSeconds));
    var over = talking && callSeconds > talkLimit;
    $("callDuration").classList.toggle("cd-overrun", !!over);
    $("overrunWarning").hidden = !over;
    $("overrunNone").hidden = !!over;
    if (over) {
      $("overrunWarning").textContent = t("calls.overrun").replace("{0}", hms(callSeconds))
          .replace("{1}", hms(talkLimit));
    }
    var talkTotal = (seat.talkSeconds || 0) +
        (talking && seat.state === "TALKING" && seat.stateSince ? (now - seat.stateSince) / 1000 : 0);
    text("talkTime", hms(talkTotal));
    var left = seat.state === "WRAP_UP" && seat.wrapUpUntil ? Math.ceil((seat.wrapUpUntil - now) / 1000) : null;
    $("wrapUpLeft").textContent = left !== null && left >= 0 ? hms(left) : "";
    var watch = $("muteStopwatch");
    if (muteUntil > now) {
      watch.hidden = false;
      watch.textContent = t("calls.muted").replace("{0}", ((muteUntil - now) / 1000).toFixed(1));
    } else {
      watch.hidden = true;
    }
  }

  // --- the push stream ------------------------------------------------------------------------

  var leaving = false;
  window.addEventListener("beforeunload", function () {
    // This page is being left (logout, another page): the session's end that may follow is not a
    // reason to reload it.
    leaving = true;
  });

  function connect() {
    // Server-sent events: the browser reconnects by itself after a dropped connection (a server
    // restart); the server's last event "stream-ended" says the session is over.
    stream = new EventSource(data.getAttribute("data-push"));
    stream.onopen = function () {
      text("pushState", "●");
      $("pushState").setAttribute("data-connected", "true");
    };
    stream.onmessage = function (e) {
      var m = JSON.parse(e.data);
      if (m.kind === "stream-ended") {
        stream.close();
        if (leaving) {
          return;
        }
        // The session ended (logout, a login elsewhere) or the token is no longer valid: the page
        // reloads, which shows the login page if the session is gone, or gets a new token.
        $("pushState").setAttribute("data-connected", "ended");
        text("pushState", t("calls.pushLost"));
        location.reload();
        return;
      }
      onMessage(m);
    };
    stream.onerror = function () {
      if (stream.readyState !== 1) {
        $("pushState").setAttribute("data-connected", "false");
        text("pushState", t("calls.pushLost"));
      }
    };
  }

  showSeat();
  if (card) {
    showCard(card);
  }
  connect();
  setInterval(tick, 250);
  // While this page is open the session stays alive: an agent waiting for a call is not signed out
  // by the idle timeout. Closing the page stops it, and the session times out as usual.
  setInterval(function () {
    fetch(data.getAttribute("data-keepalive-url"), {credentials: "same-origin", cache: "no-store"})
        .catch(function () { /* the next attempt, or the stream's reconnect, will tell */ });
  }, 1000 * Number(data.getAttribute("data-keepalive-seconds")));
})();

/**
 * Keyboard shortcuts of the desk (listed in the help overlay, F1). Alt+letter works everywhere, also
 * while typing; "?" and "/" only outside text fields.
 */
window.calldeskKeys = (function () {
  function byId(id) {
    return document.getElementById(id);
  }

  function click(id) {
    var el = byId(id);
    if (el && !el.disabled && el.offsetParent !== null) {
      el.click();
      return true;
    }
    return false;
  }

  function focus(id) {
    var el = byId(id);
    if (el) {
      el.focus();
      if (el.select) {
        el.select();
      }
    }
  }

  var keys = {
    newInquiry: function () {
      var form = byId("inquiryForm");
      if (form) {
        form.scrollIntoView({ block: "center" });
      }
      focus("card:question");
    },
    saveInquiry: function () { click("card:saveInquiry"); },
    transfer: function () { click("desk:openTransfer"); },
    mute: function () { click("desk:mute"); },
    complaint: function () { click("fn:complaint"); },
    rescue: function () { click("fn:rescue"); },
    appointment: function () { click("fn:appointment"); },
    booking: function () { click("fn:booking"); },
    lead: function () { click("fn:lead"); },
    callbacks: function () { click("fn:callback"); },
    searchScripts: function () { focus("scripts:query"); },
    greeting: function () { click("scripts:greeting"); },
    closing: function () { click("scripts:closing"); },
    history: function () { click("fn:history"); },
    help: function () {
      var dialog = window.PF && PF("shortcutHelp");
      if (dialog) {
        if (dialog.isVisible()) {
          dialog.hide();
        } else {
          dialog.show();
        }
      }
    }
  };

  var altKeys = { n: "newInquiry", s: "saveInquiry", t: "transfer", m: "mute", k: "searchScripts",
    g: "greeting", c: "closing", h: "history", o: "complaint", r: "rescue",
    b: "callbacks", p: "appointment", y: "booking", l: "lead" };

  function typing(target) {
    return target && (target.tagName === "INPUT" || target.tagName === "TEXTAREA" || target.tagName === "SELECT");
  }

  document.addEventListener("keydown", function (e) {
    var action = null;
    if (e.key === "F1") {
      action = "help";
    } else if (e.altKey && !e.ctrlKey && !e.metaKey && e.code && e.code.indexOf("Key") === 0) {
      action = altKeys[e.code.substring(3).toLowerCase()];
    } else if (!typing(e.target) && !e.altKey && !e.ctrlKey && !e.metaKey) {
      if (e.key === "?") {
        action = "help";
      } else if (e.key === "/") {
        action = "searchScripts";
      }
    } else if (e.key === "Enter" && e.target && e.target.id === "scripts:query") {
      e.preventDefault();
      click("scripts:search");
      return;
    }
    if (action) {
      e.preventDefault();
      keys[action]();
    }
  });
  return keys;
})();
