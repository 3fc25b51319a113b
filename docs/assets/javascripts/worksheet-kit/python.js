// The page's side of the Python worker: starts it, reports its progress, and turns
// request/reply messages into promises. The worker is a module worker (Pyodide requires it).

export function startPython({ worker, pyodide, wheel, onProgress, onCached }) {
  const thread = new Worker(worker, { type: "module" });
  const pending = new Map();
  let nextId = 1;

  const ready = new Promise((resolve, reject) => {
    thread.onmessage = ({ data }) => {
      if (data.type === "progress") onProgress(data);
      else if (data.type === "cached") onCached();
      else if (data.type === "ready") resolve(data);
      else if (data.type === "failed") reject(new Error(data.error));
      else if (data.type === "reply") {
        pending.get(data.id)(JSON.parse(data.reply));
        pending.delete(data.id);
      }
    };
    thread.onerror = (event) => reject(new Error(event.message || "the worker could not start"));
  });
  thread.postMessage({ type: "start", pyodide, wheel });

  // Ask Python; resolves with its reply object ({ok: true, ...} or {ok: false, error}).
  function call(request) {
    const id = nextId++;
    return new Promise((resolve) => {
      pending.set(id, resolve);
      thread.postMessage({ type: "call", id, request: JSON.stringify(request) });
    });
  }

  return { ready, call };
}
