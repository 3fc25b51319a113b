// The worksheets' Python, off the main thread. This module worker boots Pyodide, unpacks
// the `worksheets` wheel (no micropip: it would reach for a CDN), and answers the page's
// requests with worksheets.service.handle, JSON text in and out.
//
// Messages in:  {type: "start", pyodide: URL of the runtime folder, wheel: URL of the wheel}
//               {type: "call", id, request: JSON text}
// Messages out: {type: "progress", step, steps, label}, {type: "ready", seconds},
//               {type: "failed", error}, {type: "reply", id, reply: JSON text}

const STEPS = 3;
let handle = null;

function progress(step, label) {
  self.postMessage({ type: "progress", step, steps: STEPS, label });
}

async function fetchBytes(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

async function start({ pyodide: indexURL, wheel }) {
  const began = performance.now();
  progress(1, "Loading the Python runtime…");
  const wheelBytes = fetchBytes(wheel); // in parallel with the runtime
  const { loadPyodide } = await import(new URL("pyodide.mjs", indexURL).href);
  const pyodide = await loadPyodide({ indexURL, packages: [] });
  progress(2, "Loading the worksheet code…");
  pyodide.unpackArchive(await wheelBytes, "wheel");
  progress(3, "Starting the coach…");
  handle = pyodide.pyimport("worksheets.service").handle;
  self.postMessage({ type: "ready", seconds: (performance.now() - began) / 1000 });
}

self.onmessage = async ({ data }) => {
  if (data.type === "start") {
    try {
      await start(data);
    } catch (error) {
      self.postMessage({ type: "failed", error: String(error?.message ?? error) });
    }
  } else if (data.type === "call") {
    self.postMessage({ type: "reply", id: data.id, reply: handle(data.request) });
  }
};
