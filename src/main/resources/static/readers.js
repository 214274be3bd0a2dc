// Each reader's marks on the shared pages: read and star buttons on cards and articles, and the CSRF header on
// every request htmx makes. Loaded after htmx.
(function () {
  "use strict";

  function token(el) {
    var holder = el && el.closest ? el.closest("[data-csrf]") : null;
    if (!holder) holder = document.querySelector("[data-csrf]");
    return holder ? holder.getAttribute("data-csrf") : null;
  }

  document.addEventListener("htmx:configRequest", function (event) {
    if (event.detail.verb === "get") return;
    var value = token(event.detail.elt);
    if (value) event.detail.headers["X-CSRF-Token"] = value;
  });

  function paint() {
    document.querySelectorAll(".marks[data-read]").forEach(function (marks) {
      var item = marks.closest(".card, .article");
      if (!item) return;
      var read = marks.getAttribute("data-read") === "true";
      item.classList.toggle("is-read", read);
      item.classList.toggle("is-unread", !read && marks.querySelector(".read-toggle") !== null);
    });
  }

  function load() {
    var slots = document.querySelectorAll("[data-marks-slot]:not([data-loaded])");
    if (slots.length === 0) return;
    var ids = [];
    slots.forEach(function (slot) {
      slot.setAttribute("data-loaded", "");
      var id = slot.getAttribute("data-marks-slot");
      if (ids.indexOf(id) === -1) ids.push(id);
    });
    fetch("/reading/marks?ids=" + ids.slice(0, 100).join(","), { credentials: "same-origin" })
      .then(function (response) { return response.status === 200 ? response.text() : ""; })
      .then(function (html) {
        if (!html) return;
        var template = document.createElement("template");
        template.innerHTML = html;
        template.content.querySelectorAll(".marks").forEach(function (marks) {
          var id = marks.getAttribute("data-marks-for");
          document.querySelectorAll('[data-marks-slot="' + id + '"]').forEach(function (slot) {
            var copy = marks.cloneNode(true);
            slot.replaceChildren(copy);
            if (window.htmx) window.htmx.process(copy);
          });
        });
        paint();
      })
      .catch(function () { /* offline: the page works without marks */ });
  }

  // Story cards: read (dimmed) for the signed-in reader, and their comment counts.
  function loadStories() {
    var slots = document.querySelectorAll("[data-story-slot]:not([data-loaded])");
    if (slots.length === 0) return;
    var keys = [];
    slots.forEach(function (slot) {
      slot.setAttribute("data-loaded", "");
      var key = slot.getAttribute("data-story-slot");
      if (keys.indexOf(key) === -1) keys.push(key);
    });
    fetch("/reading/story-marks?keys=" + keys.slice(0, 50).map(encodeURIComponent).join(","), { credentials: "same-origin" })
      .then(function (response) { return response.status === 200 ? response.text() : ""; })
      .then(function (html) {
        if (!html) return;
        var template = document.createElement("template");
        template.innerHTML = html;
        template.content.querySelectorAll(".story-marks").forEach(function (marks) {
          var key = marks.getAttribute("data-story-for");
          document.querySelectorAll("[data-story-slot]").forEach(function (slot) {
            if (slot.getAttribute("data-story-slot") === key) slot.replaceChildren(marks.cloneNode(true));
          });
        });
        paint();
      })
      .catch(function () { /* offline: the page works without marks */ });
  }

  document.addEventListener("DOMContentLoaded", function () { load(); loadStories(); });
  document.addEventListener("htmx:afterSettle", function () { load(); loadStories(); paint(); });
})();
