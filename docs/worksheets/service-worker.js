// Serves the worksheets' Python runtime from the browser's Cache Storage on return visits,
// so Python starts without downloading ~13 MB again, whatever caching the host does.
// It only reads the cache: the Python worker fills it once Python is ready (see
// runtime/worker.js), because streaming the first download through here and into the
// cache while Python starts slowed that start by about a second.

const CACHE = "second-round-runtime";
const RUNTIME = "/worksheets/runtime/";

self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

self.addEventListener("fetch", (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== "GET" || url.origin !== self.location.origin) return;
  if (!url.pathname.includes(RUNTIME)) return;
  event.respondWith(fromCacheOrNetwork(event.request));
});

async function fromCacheOrNetwork(request) {
  const cached = await (await caches.open(CACHE)).match(request);
  return cached ?? fetch(request);
}
