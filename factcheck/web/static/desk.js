// The review desk's small helpers: claim details on hover/focus, j/k between findings.
// Everything works without it; this only adds the tooltips and the keys.
(function () {
  "use strict";
  document.documentElement.classList.add("js");  // loaded in <head>: before the first paint
  var shown = null;

  function tipFor(mark) {
    return document.getElementById("tip-" + mark.getAttribute("data-claim"));
  }

  function show(mark) {
    var tip = tipFor(mark);
    if (!tip) return;
    hide();
    tip.classList.add("show");
    var r = mark.getBoundingClientRect();
    var width = Math.min(tip.offsetWidth, document.documentElement.clientWidth - 8);
    var left = Math.max(4, Math.min(r.left, document.documentElement.clientWidth - width - 4));
    tip.style.left = (left + window.scrollX) + "px";
    tip.style.top = (r.bottom + window.scrollY + 6) + "px";
    shown = tip;
  }

  function hide() {
    if (shown) { shown.classList.remove("show"); shown = null; }
  }

  function findings() {
    return Array.prototype.slice.call(document.querySelectorAll(".finding"));
  }

  function select(item) {
    document.querySelectorAll("mark.current, .finding.current").forEach(function (el) {
      el.classList.remove("current");
    });
    item.classList.add("current");
    var ids = (item.getAttribute("data-claims") || "").split(" ");
    var first = null;
    ids.forEach(function (id) {
      var m = id && document.getElementById(id);
      if (m && m.tagName === "MARK") { m.classList.add("current"); first = first || m; }
    });
    var wide = window.matchMedia("(min-width: 60rem)").matches;
    item.focus({preventScroll: true});
    if (wide && first) {
      first.scrollIntoView({block: "center"});
      item.scrollIntoView({block: "nearest"});
    } else {
      item.scrollIntoView({block: "start"});
    }
  }

  function typing(el) {
    return el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
  }

  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape") { hide(); return; }
    if (e.altKey || e.ctrlKey || e.metaKey || typing(e.target)) return;
    if (e.key === "Enter" && e.target.tagName === "MARK" && e.target.dataset.finding) {
      var f = document.getElementById(e.target.dataset.finding);
      if (f) { e.preventDefault(); hide(); select(f); }
      return;
    }
    if (e.key !== "j" && e.key !== "k") return;
    var items = findings();
    if (!items.length) return;
    var cur = items.indexOf(document.querySelector(".finding.current"));
    var inside = e.target.closest && e.target.closest(".finding");
    if (inside) cur = items.indexOf(inside);
    var next = e.key === "j" ? Math.min(items.length - 1, cur + 1) : Math.max(0, cur - 1);
    if (cur === -1) next = e.key === "j" ? 0 : items.length - 1;
    e.preventDefault();
    select(items[next]);
  });

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("mark.claim[data-claim]").forEach(function (m) {
      m.addEventListener("mouseenter", function () { show(m); });
      m.addEventListener("mouseleave", hide);
      m.addEventListener("focus", function () { show(m); });
      m.addEventListener("blur", hide);
    });
    var hash = window.location.hash.slice(1);
    var target = hash && document.getElementById(hash);
    if (target && target.classList.contains("finding")) select(target);
  });
})();
