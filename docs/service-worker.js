// The site's service worker. After one visit, every page, the search index and (once a
// worksheet has started Python online) every worksheet work with no network; a new deploy
// replaces the old one whole.
//
// What it keeps. hooks/offline.py publishes this file at the site's root with BUILD filled
// in: the site's version and every file to keep, each with its revision (the start of its
// SHA-256). Installing stores them in a cache named after the version, and checks each
// file's bytes against its revision: a host or HTTP cache that hands out an outdated file
// fails the install (the browser retries later) instead of mixing two versions. A file
// unchanged since the previous version is copied from that version's cache, not downloaded.
//
// The Python runtime (~13 MB) is not in that list: pages without a worksheet download none
// of it. The worksheets' Python worker (runtime/worker.js) stores the runtime files and an
// interpreter snapshot in RUNTIME_CACHE once Python has started; this worker serves them
// from there. Their paths carry the Pyodide version or a content hash, so they never clash.
//
// Versions. A new version installs in the background and then waits. The next navigation,
// in any tab, hands over: the current worker asks the new one to activate and answers with
// an empty page that reloads at once, which the new version then serves. A page and
// everything it loads so come from one version, and a visitor is on the new one from the
// next page they open or reload. (Pages already open keep what they loaded; all they fetch
// later is the runtime, whose paths are versioned.)
//
// Why no Workbox: it would take a bundler or a generated worker plus its own runtime file,
// a node step in every build, and still need code of our own for the runtime cache, the
// hand-over and the status the footer shows. What is needed here is this one small file.
//
// Messages in: {type: "status"} with a port: replies {version, pages, python, update}, for
//              the footer's indicator (assets/javascripts/offline.js);
//              {type: "activate"} from the previous version's worker, during a hand-over.

const BUILD = __BUILD__;
const SITE_CACHE_PREFIX = "second-round-site-";
const SITE_CACHE = SITE_CACHE_PREFIX + BUILD.version;
const RUNTIME_CACHE = "second-round-runtime"; // filled by the Python worker
const REVISION_HEADER = "X-Revision";

const SCOPE = self.registration.scope;
const PRECACHE = new Map(BUILD.precache.map(({ path, revision }) => [new URL(path, SCOPE).href, revision]));
const RUNTIME = BUILD.runtime.map((path) => new URL(path, SCOPE).href);
const RUNTIME_ROOT = new URL("worksheets/runtime/", SCOPE).href;

self.addEventListener("install", (event) => event.waitUntil(precache()));
self.addEventListener("activate", (event) => event.waitUntil(activate()));

self.addEventListener("message", (event) => {
  if (event.data?.type === "activate") self.skipWaiting();
  else if (event.data?.type === "status") status().then((reply) => event.ports[0]?.postMessage(reply));
});

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET" || !request.url.startsWith(SCOPE)) return;
  if (request.mode === "navigate") event.respondWith(navigate(request));
  else if (request.url.startsWith(RUNTIME_ROOT)) event.respondWith(fromRuntime(request));
  else if (PRECACHE.has(request.url)) event.respondWith(fromSite(request.url, request));
});

// -- installing and activating ---------------------------------------------------------------

async function precache() {
  const cache = await caches.open(SITE_CACHE);
  const older = (await caches.keys()).filter((name) => name.startsWith(SITE_CACHE_PREFIX) && name !== SITE_CACHE);
  await Promise.all([...PRECACHE].map(([url, revision]) => keep(cache, older, url, revision)));
}

async function keep(cache, older, url, revision) {
  if (isRevision(await cache.match(url), revision)) return; // stored by an interrupted install
  for (const name of older) {
    const kept = await (await caches.open(name)).match(url);
    if (isRevision(kept, revision)) return cache.put(url, kept);
  }
  await cache.put(url, await download(url, revision));
}

const isRevision = (response, revision) => response?.headers.get(REVISION_HEADER) === revision;

async function download(url, revision) {
  const response = await fetch(url, { cache: "no-cache" }); // revalidate whatever the HTTP cache holds
  const body = await response.arrayBuffer();
  if (!response.ok || (await sha256(body)).slice(0, revision.length) !== revision) {
    throw new Error(`${url} is not the file this version of the site was built with`);
  }
  const type = response.headers.get("Content-Type") ?? "application/octet-stream";
  return new Response(body, { headers: { "Content-Type": type, [REVISION_HEADER]: revision } });
}

async function sha256(bytes) {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

async function activate() {
  for (const name of await caches.keys()) {
    if (name.startsWith(SITE_CACHE_PREFIX) && name !== SITE_CACHE) await caches.delete(name);
  }
  await self.clients.claim(); // a first visit's page, so its worksheet's runtime comes through here
}

// -- answering -------------------------------------------------------------------------------

async function navigate(request) {
  const next = self.registration.waiting;
  if (next) return handOver(next);
  const page = new URL(request.url);
  page.search = ""; // ?h=word from search results, ?q= from a shared search
  return PRECACHE.has(page.href) ? fromSite(page.href, request) : fetch(request);
}

// Ask the installed next version to take over, and have the browser ask again for the page.
// (Waiting here for the new version would wait forever: the browser activates it only once
// this worker has answered. If the reload comes before that, it lands here and reloads again.)
function handOver(next) {
  next.postMessage({ type: "activate" });
  const page = '<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>Updating…</title>';
  return new Response(page, { headers: { "Content-Type": "text/html; charset=utf-8", Refresh: "0" } });
}

// This version's copy; the network only if the browser has dropped it.
async function fromSite(url, request) {
  return (await (await caches.open(SITE_CACHE)).match(url)) ?? fetch(request);
}

async function fromRuntime(request) {
  return (await (await caches.open(RUNTIME_CACHE)).match(request)) ?? fetch(request);
}

// -- the footer's indicator ------------------------------------------------------------------

async function status() {
  const stored = async (name, urls) => {
    if (!(await caches.has(name))) return false;
    const cache = await caches.open(name);
    return (await Promise.all(urls.map((url) => cache.match(url)))).every(Boolean);
  };
  return {
    version: BUILD.version,
    pages: await stored(SITE_CACHE, [...PRECACHE.keys()]),
    python: await stored(RUNTIME_CACHE, RUNTIME),
    update: Boolean(self.registration.waiting),
  };
}
