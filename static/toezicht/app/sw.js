// Service worker of the toezicht app (served by Django at /toezicht/app/sw.js, which prepends
// CACHE_VERSIE and SHELL). App shell: cache first; HTML and the day's planning: network first
// with the cached copy when offline. Writes (POST/PUT) are never cached: the app queues them.
const APP = "/toezicht/app/";
const PLANNING = "/toezicht/api/dagplanning";

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE_VERSIE)
    .then((cache) => cache.addAll([APP, APP + "manifest.webmanifest", ...SHELL]))
    .then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(caches.keys()
    .then((namen) => Promise.all(namen.filter((n) => n.startsWith("toezicht-") && n !== CACHE_VERSIE).map((n) => caches.delete(n))))
    .then(() => self.clients.claim()));
});

async function netwerkEerst(request, sleutel) {
  const cache = await caches.open(CACHE_VERSIE);
  try {
    const antwoord = await fetch(request);
    if (antwoord.ok && !antwoord.redirected) { await cache.put(sleutel, antwoord.clone()); }
    return antwoord;
  } catch (e) {
    const bewaard = await cache.match(sleutel);
    if (bewaard) { return bewaard; }
    throw e;
  }
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") { return; }
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) { return; }
  if (request.mode === "navigate" && url.pathname.startsWith(APP)) {
    event.respondWith(netwerkEerst(request, APP));
  } else if (url.pathname === PLANNING) {
    event.respondWith(netwerkEerst(request, PLANNING));
  } else if (SHELL.includes(url.pathname) || url.pathname === APP + "manifest.webmanifest") {
    event.respondWith(caches.match(url.pathname).then((bewaard) => bewaard || fetch(request)));
  }
});
