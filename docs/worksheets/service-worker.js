// Keeps the worksheets' Python runtime and wheel in the browser's cache, so a second visit
// starts Python without downloading ~13 MB again, whatever caching the host does.
// Only runtime files are touched; their URLs carry a version or content hash, so a cached
// copy never goes stale: when a new one is fetched, older versions are dropped.

const CACHE = "second-round-runtime";
const RUNTIME = /\/worksheets\/runtime\/(pyodide|wheels)\/([^/]+)\//;

self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

self.addEventListener("fetch", (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== "GET" || url.origin !== self.location.origin) return;
  if (!RUNTIME.test(url.pathname)) return;
  event.respondWith(cacheFirst(event.request));
});

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) {
    await dropOtherVersions(cache, request.url);
    await cache.put(request, response.clone());
  }
  return response;
}

async function dropOtherVersions(cache, url) {
  const [, kind, version] = new URL(url).pathname.match(RUNTIME);
  for (const old of await cache.keys()) {
    const match = new URL(old.url).pathname.match(RUNTIME);
    if (match && match[1] === kind && match[2] !== version) await cache.delete(old);
  }
}
