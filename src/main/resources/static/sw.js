// Newsdesk's service worker: the shell is cached on install; pages are fetched fresh and kept, so the last pages
// read stay readable offline.
const SHELL = "newsdesk-shell-v1";
const PAGES = "newsdesk-pages-v1";
const SHELL_FILES = ["/static/newsdesk.css", "/static/newsdesk.js", "/static/theme.js", "/static/icon.svg",
  "/webjars/htmx.org/2.0.4/dist/htmx.min.js", "/offline"];
const MAX_PAGES = 60;

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(SHELL).then((cache) => cache.addAll(SHELL_FILES)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(caches.keys().then((keys) => Promise.all(
    keys.filter((k) => k !== SHELL && k !== PAGES).map((k) => caches.delete(k)))).then(() => self.clients.claim()));
});

async function trim(cache) {
  const keys = await cache.keys();
  for (let i = 0; i < keys.length - MAX_PAGES; i++) await cache.delete(keys[i]);
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin || url.pathname.startsWith("/api/")) return;
  if (url.pathname.startsWith("/static/") || url.pathname.startsWith("/webjars/") || url.pathname.startsWith("/icons/")) {
    event.respondWith(caches.match(request).then((hit) => hit || fetch(request)));
    return;
  }
  if (request.mode === "navigate") {
    event.respondWith(fetch(request).then(async (response) => {
      if (response.ok) {
        const cache = await caches.open(PAGES);
        await cache.put(request, response.clone());
        trim(cache);
      }
      return response;
    }).catch(async () => (await caches.match(request)) || (await caches.match("/offline"))));
  }
});
