// Newsdesk's small script: theme switch, keyboard shortcuts, confirmations, offline support.
(function () {
  "use strict";
  var root = document.documentElement;

  function effectiveTheme() {
    var chosen = root.getAttribute("data-theme");
    if (chosen) return chosen;
    return window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
  }

  function toggleTheme() {
    var next = effectiveTheme() === "dark" ? "light" : "dark";
    root.setAttribute("data-theme", next);
    try { localStorage.setItem("newsdesk-theme", next); } catch (e) { /* not remembered, still applied */ }
  }

  function items() { return Array.prototype.slice.call(document.querySelectorAll("[data-nav-item]")); }

  function move(step) {
    var all = items();
    if (all.length === 0) return;
    var index = all.findIndex(function (el) { return el.classList.contains("is-current"); });
    var next = Math.min(all.length - 1, Math.max(0, index + step));
    if (index === -1) next = step > 0 ? 0 : all.length - 1;
    all.forEach(function (el) { el.classList.remove("is-current"); });
    var current = all[next];
    current.classList.add("is-current");
    var link = current.querySelector("[data-nav-link]");
    if (link) link.focus({ preventScroll: true });
    current.scrollIntoView({ block: "nearest" });
  }

  function openCurrent() {
    var current = document.querySelector("[data-nav-item].is-current [data-nav-link]");
    if (current) window.location.href = current.href;
  }

  function typing(target) {
    return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
  }

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
    var help = document.getElementById("shortcuts");
    switch (event.key) {
      case "j": move(1); break;
      case "k": move(-1); break;
      case "o": openCurrent(); break;
      case "/": event.preventDefault(); document.getElementById("q").focus(); break;
      case "t": toggleTheme(); break;
      case "?": if (help && !help.open) help.showModal(); break;
      default: return;
    }
  });

  document.addEventListener("DOMContentLoaded", function () {
    var toggle = document.getElementById("theme-toggle");
    if (toggle) toggle.addEventListener("click", toggleTheme);
    document.querySelectorAll("form[data-confirm]").forEach(function (form) {
      form.addEventListener("submit", function (event) {
        if (!window.confirm(form.getAttribute("data-confirm"))) event.preventDefault();
      });
    });
  });

  if ("serviceWorker" in navigator) {
    window.addEventListener("load", function () { navigator.serviceWorker.register("/sw.js").catch(function () {}); });
  }
})();
