// The findings queue's keys: c confirm, d dismiss, n note, s/j skip, k back, u undo.
// The page works without it (every finding has its buttons and a Skip link); after a
// decision the server sends the reviewer back here at the next finding (#q-<id>).
(function () {
  "use strict";

  function items() {
    return Array.prototype.slice.call(document.querySelectorAll(".qitem"));
  }

  function current() {
    return document.querySelector(".qitem.current");
  }

  function select(item) {
    if (!item) return;
    items().forEach(function (el) { el.classList.remove("current"); });
    item.classList.add("current");
    item.focus({preventScroll: true});
    item.scrollIntoView({block: "nearest"});
  }

  function press(item, status) {
    var button = item && item.querySelector("button[name=status][value=" + status + "]");
    if (button) button.form.requestSubmit(button);  // the browser checks a required name first
  }

  function typing(el) {
    return el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
  }

  document.addEventListener("keydown", function (e) {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    var list = items();
    if (!list.length) return;
    if (typing(e.target)) {
      if (e.key === "Escape" && e.target.closest(".qitem")) {  // leave a note field, keys work again
        e.preventDefault();
        select(e.target.closest(".qitem"));
      }
      return;
    }
    var inside = e.target.closest && e.target.closest(".qitem");
    var cur = inside || current() || list[0];
    var i = list.indexOf(cur);
    switch (e.key) {
      case "s": case "j": select(list[Math.min(list.length - 1, i + 1)]); break;
      case "k": select(list[Math.max(0, i - 1)]); break;
      case "c": select(cur); press(cur, "confirmed"); break;
      case "d": select(cur); press(cur, "dismissed"); break;
      case "n":
        select(cur);
        var note = cur.querySelector("textarea[name=note]");
        if (note) note.focus();
        break;
      case "u":
        var undo = document.getElementById("undo-last");
        if (undo) undo.form.requestSubmit(undo);
        break;
      default: return;
    }
    e.preventDefault();
  });

  function start() {
    var hash = window.location.hash.slice(1);
    var target = hash && document.getElementById(hash);
    if (target && target.classList.contains("qitem")) select(target);  // back from a decision
    else if (items().length) items()[0].classList.add("current");  // marked, focus left alone
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
  document.querySelectorAll(".skip-next[href^='#']").forEach(function (a) {
    a.addEventListener("click", function (e) {
      var next = document.getElementById(a.getAttribute("href").slice(1));
      if (next) { e.preventDefault(); select(next); }
    });
  });
})();
