// Applies the reader's chosen theme before the page paints; without a choice the system's preference rules.
(function () {
  try {
    var theme = localStorage.getItem("newsdesk-theme");
    if (theme === "dark" || theme === "light") document.documentElement.setAttribute("data-theme", theme);
  } catch (e) { /* storage refused: follow the system */ }
})();
