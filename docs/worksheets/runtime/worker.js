// The worksheets' Python, off the main thread. This module worker boots Pyodide, unpacks
// the `worksheets` wheel (no micropip: it would reach for a CDN), and answers the page's
// requests with worksheets.service.handle, JSON text in and out.
//
// Warm starts: once Python is ready, this worker keeps in the browser's Cache Storage what
// the next visit needs: the runtime files it fetched and this script itself (the site's
// service worker serves them from there, online or not) and a memory snapshot of the started
// interpreter, since starting one costs about 2 s of CPU and restoring a snapshot a fraction
// of that. Entries carry the Pyodide version or a content hash in their URL; the snapshot's
// carries both the Pyodide version and the wheel's hash, as it is only good for the two it
// was made with. Other versions are dropped. A snapshot that fails to restore is deleted and
// Python starts normally.
//
// Messages in:  {type: "start", pyodide: URL of the runtime folder, wheel: URL of the wheel}
//               {type: "call", id, request: JSON text}
// Messages out: {type: "progress", step, steps, label}, {type: "ready", seconds, restored},
//               {type: "failed", error}, {type: "reply", id, reply: JSON text},
//               {type: "cached"} once everything for a warm start is stored

const STEPS = 3;
const CACHE = "second-round-runtime"; // read by the service worker
const SNAPSHOT = "interpreter-snapshot.bin";
const CACHING_DELAY_MS = 1500; // let the first feedback go out before caching (~0.5 s of work)
const VERSIONED = /\/runtime\/(pyodide|wheels|worker|snapshots)\/([^/]+)\//; // kind and version of a URL
let handle = null;

function progress(step, label) {
  self.postMessage({ type: "progress", step, steps: STEPS, label });
}

async function fetchBytes(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

async function runtimeCache() {
  return self.caches ? caches.open(CACHE) : null; // no Cache Storage: no warm starts
}

// runtime/snapshots/<Pyodide version>-<wheel hash>/, beside runtime/pyodide/ and runtime/wheels/.
function snapshotFor(indexURL, wheel) {
  const version = (url) => url.match(VERSIONED)[2];
  return new URL(`../../snapshots/${version(indexURL)}-${version(wheel)}/${SNAPSHOT}`, indexURL).href;
}

async function boot(loadPyodide, indexURL, snapshotURL) {
  const cache = await runtimeCache().catch(() => null);
  const saved = await cache?.match(snapshotURL);
  if (saved) {
    try {
      const snapshot = new Uint8Array(await saved.arrayBuffer());
      return { pyodide: await loadPyodide({ indexURL, _loadSnapshot: snapshot }), restored: true };
    } catch {
      await cache.delete(snapshotURL);
    }
  }
  const pyodide = await loadPyodide({ indexURL, _makeSnapshot: true });
  return { pyodide, restored: false };
}

// Store the runtime files this visit fetched, then (after a fresh start) the snapshot.
async function keepForNextVisit(pyodide, restored, snapshotURL) {
  const cache = await runtimeCache().catch(() => null);
  if (!cache) return;
  try {
    const runtime = new URL("../../", self.location.href).href; // this is runtime/worker/<hash>/worker.js
    const fetched = performance.getEntriesByType("resource").map((entry) => entry.name)
      .filter((url) => url.startsWith(runtime));
    const kept = [...fetched, self.location.href];
    for (const url of kept) {
      if (!(await cache.match(url))) await cache.add(new Request(url, { cache: "force-cache" }));
    }
    await dropOtherVersions(cache, [...kept, snapshotURL]);
    // ~30 MB: the write takes a moment, and leaving the page before it ends discards it.
    if (!restored) await cache.put(snapshotURL, new Response(pyodide.makeMemorySnapshot()));
    self.postMessage({ type: "cached" });
  } catch {
    // storage full or refused: the next visit simply starts the slow way
  }
}

async function dropOtherVersions(cache, current) {
  const versions = new Map(current.map((url) => url.match(VERSIONED)).filter(Boolean)
    .map(([, kind, version]) => [kind, version]));
  for (const request of await cache.keys()) {
    const [, kind, version] = request.url.match(VERSIONED) ?? [];
    if (versions.has(kind) && versions.get(kind) !== version) await cache.delete(request);
  }
}

async function start({ pyodide: indexURL, wheel }) {
  const began = performance.now();
  progress(1, "Loading the Python runtime…");
  const wheelBytes = fetchBytes(wheel); // in parallel with the runtime
  const { loadPyodide } = await import(new URL("pyodide.mjs", indexURL).href);
  const snapshotURL = snapshotFor(indexURL, wheel);
  const { pyodide, restored } = await boot(loadPyodide, indexURL, snapshotURL);
  progress(2, "Loading the worksheet code…");
  pyodide.unpackArchive(await wheelBytes, "wheel");
  progress(3, "Starting the coach…");
  handle = pyodide.pyimport("worksheets.service").handle;
  self.postMessage({ type: "ready", seconds: (performance.now() - began) / 1000, restored });
  setTimeout(() => keepForNextVisit(pyodide, restored, snapshotURL), CACHING_DELAY_MS);
}

// Every request gets a reply: Python's, or an error the page can show (the service never
// raises, but the interpreter itself can fail, say when it runs out of memory or stack).
function answer(request) {
  try {
    if (!handle) throw new Error("Python has not started");
    return handle(request);
  } catch (error) {
    return JSON.stringify({ ok: false, error: `Python could not answer (${error?.message ?? error}). Your notes are saved; reload the page to try again.` });
  }
}

self.onmessage = async ({ data }) => {
  if (data.type === "start") {
    try {
      await start(data);
    } catch (error) {
      self.postMessage({ type: "failed", error: String(error?.message ?? error) });
    }
  } else if (data.type === "call") {
    self.postMessage({ type: "reply", id: data.id, reply: answer(data.request) });
  }
};
