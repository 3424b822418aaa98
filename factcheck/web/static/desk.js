// The review desk's small helpers: claim details on hover/focus, j/k between findings,
// and a selection in the article's text filling the "Flag what the checks missed" form.
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
    // narrow screens: a list's filters fold behind their summary unless some are on
    if (window.matchMedia("(max-width: 40rem)").matches) {
      document.querySelectorAll("details.fold:not([data-active])").forEach(function (fold) {
        fold.open = false;
      });
    }
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
  // The characters of the article's text from its start to (node, offset): the text of
  // the range without the marks' icons and screen-reader words, which are not the article's.
  function textBefore(root, node, offset) {
    var r = document.createRange();
    r.setStart(root, 0);
    r.setEnd(node, offset);
    return plain(r.cloneContents()).length;
  }

  function plain(fragment) {
    fragment.querySelectorAll(".icon, .sr").forEach(function (el) { el.remove(); });
    return fragment.textContent;
  }

  function selectedSpan(root) {
    var sel = window.getSelection();
    if (!sel || sel.isCollapsed || !sel.rangeCount) return null;
    var range = sel.getRangeAt(0);
    if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return null;
    var quote = plain(range.cloneContents());
    var start = textBefore(root, range.startContainer, range.startOffset);
    var lead = quote.length - quote.replace(/^\s+/, "").length;
    quote = quote.trim();
    if (!quote) return null;
    return {quote: quote, start: start + lead, end: start + lead + quote.length};
  }

  function offerFlag(root) {
    var form = document.querySelector("form.flag-form");
    var button = document.getElementById("flag-selection");
    if (!form || !button) return;
    var span = selectedSpan(root);
    if (!span) { button.hidden = true; return; }
    form.elements.quote.value = span.quote;
    form.elements.start.value = span.start;
    form.elements.end.value = span.end;
    var rects = Array.prototype.filter.call(window.getSelection().getRangeAt(0).getClientRects(),
      function (x) { return x.width > 0 && x.right > 0; });  // not the off-screen .sr words
    if (!rects.length) return;
    var r = rects[rects.length - 1];
    button.style.left = (r.left + window.scrollX) + "px";
    button.style.top = (r.bottom + window.scrollY + 6) + "px";
    button.hidden = false;
  }

  document.addEventListener("DOMContentLoaded", function () {
    var root = document.querySelector("article.text");
    var form = document.querySelector("form.flag-form");
    if (!root || !form) return;
    var button = document.createElement("button");
    button.type = "button";
    button.id = "flag-selection";
    button.hidden = true;
    button.textContent = "⚑ Flag selected text";
    document.body.appendChild(button);
    root.addEventListener("mouseup", function () { offerFlag(root); });
    root.addEventListener("keyup", function () { offerFlag(root); });
    form.elements.quote.addEventListener("input", function () {  // typed: find it by its words
      form.elements.start.value = "";
      form.elements.end.value = "";
    });
    button.addEventListener("click", function () {
      button.hidden = true;
      document.getElementById("flag").open = true;
      form.elements.note.focus();
    });
  });
})();
