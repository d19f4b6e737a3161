// The console's keyboard shortcuts and live updates. Everything works without it.
(function () {
  "use strict";
  var base = document.body.dataset.base || "";
  var queue = document.getElementById("queue");
  var help = document.getElementById("help");
  var selected = -1;

  function items() { return queue ? Array.prototype.slice.call(queue.querySelectorAll("li.item")) : []; }

  function select(index) {
    var list = items();
    if (list.length === 0) return;
    index = Math.max(0, Math.min(list.length - 1, index));
    list.forEach(function (item) { item.classList.remove("selected"); });
    selected = index;
    list[index].classList.add("selected");
    list[index].focus({ preventScroll: true });
    list[index].scrollIntoView({ block: "nearest" });
    try { sessionStorage.setItem("decorum.selected", list[index].dataset.itemId); } catch (e) {}
  }

  function current() { var list = items(); return selected >= 0 ? list[selected] : null; }

  function press(decision) {
    var item = current();
    if (!item) return;
    var button = item.querySelector('button[name="decision"][value="' + decision + '"]');
    if (decision === "edit") {
      var details = item.querySelector("details.edit");
      if (details) { details.open = true; details.querySelector("textarea").focus(); }
      return;
    }
    if (button) button.click();
  }

  document.addEventListener("keydown", function (event) {
    var tag = event.target.tagName;
    if (tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || event.ctrlKey || event.metaKey || event.altKey) {
      if (event.key === "Escape") event.target.blur();
      return;
    }
    switch (event.key) {
      case "j": select(selected + 1); break;
      case "k": select(selected - 1); break;
      case "a": press("approve"); break;
      case "r": press("reject"); break;
      case "d": press("dismiss"); break;
      case "e": press("edit"); event.preventDefault(); break;
      case "o": var item = current(); if (item) item.querySelector("a.id").click(); break;
      case "?": help.hidden = !help.hidden; break;
      case "Escape": help.hidden = true; break;
      default: return;
    }
  });

  // Come back to the item that was selected before a decision reloaded the page.
  try {
    var previous = sessionStorage.getItem("decorum.selected");
    if (previous) {
      var list = items();
      var index = list.findIndex(function (item) { return Number(item.dataset.itemId) <= Number(previous); });
      if (index >= 0) select(index);
    }
  } catch (e) {}

  if (!queue || !window.EventSource) return;

  function fetchRow(id) {
    var back = queue.dataset.back || "/";
    return fetch(base + "/items/" + id + "/row?back=" + encodeURIComponent(back), { credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.text() : null; });
  }

  function rowFrom(html) {
    var template = document.createElement("template");
    template.innerHTML = html;
    return template.content.firstElementChild;
  }

  function shows(item) {
    var status = queue.dataset.status;
    var params = new URLSearchParams(location.search);
    if (params.get("before")) return false;
    if (status !== "all" && status.split(",").indexOf(item.status) < 0) return false;
    if (params.get("agent") && params.get("agent") !== item.agent) return false;
    if (params.get("action") && params.get("action").split(",").indexOf(item.action) < 0) return false;
    if (params.get("rule") && !item.hits.some(function (h) { return h.rule === params.get("rule"); })) return false;
    if (params.get("category") && !item.hits.some(function (h) { return h.category === params.get("category"); })) return false;
    return !params.get("until");
  }

  function bump(status, by) {
    [status, "all"].forEach(function (name) {
      var count = document.querySelector('.tab[data-status="' + name + '"] .count');
      if (count) { count.dataset.count = Number(count.dataset.count) + by; count.textContent = count.dataset.count; }
    });
  }

  var source = new EventSource(base + "/api/events");
  // Whether the page is following the live feed (it reconnects by itself when cut).
  source.addEventListener("open", function () { document.body.dataset.live = "on"; });
  source.addEventListener("error", function () { document.body.dataset.live = "off"; });
  source.addEventListener("recorded", function (event) {
    var data = JSON.parse(event.data);
    if (!data.item) return;
    bump(data.item.status, 1);
    if (!shows(data.item) || document.getElementById("item-" + data.id)) return;
    fetchRow(data.id).then(function (html) {
      if (!html || document.getElementById("item-" + data.id)) return;
      var row = rowFrom(html);
      row.classList.add("fresh");
      queue.insertBefore(row, queue.firstElementChild);
      var empty = document.getElementById("empty");
      if (empty) empty.remove();
      if (selected >= 0) selected += 1;
    });
  });
  function refresh(event) {
    var data = JSON.parse(event.data);
    var existing = document.getElementById("item-" + data.id);
    if (!existing) return;
    fetchRow(data.id).then(function (html) {
      if (!html) return;
      var row = rowFrom(html);
      if (existing.classList.contains("selected")) row.classList.add("selected");
      existing.replaceWith(row);
    });
  }
  source.addEventListener("decided", function (event) {
    // A decision moves the item from the tab it waited in (held messages wait as pending, flags
    // and blocks as open) to its new status's.
    var data = JSON.parse(event.data);
    if (data.item) {
      bump(data.item.action === "hold" ? "pending" : "open", -1);
      bump(data.item.status, 1);
    }
    refresh(event);
  });
  source.addEventListener("delivery", refresh);
})();
