// Offline: registers the site's service worker (service-worker.js at the site's root, whose
// scope is the whole site) and says in the footer, quietly, when the site can be used with
// no network. Every page loads this; the worker itself is docs/service-worker.js.
(() => {
  "use strict";

  const line = document.querySelector(".offline-status");
  const text = line?.querySelector(".offline-status__text");
  // This file is assets/javascripts/offline.js: the site's root is two folders up.
  const root = new URL("../../", document.currentScript.src);
  if (!line || !("serviceWorker" in navigator)) return;

  const MESSAGES = {
    python: "Ready to use offline.",
    pages: "Pages ready to use offline; worksheets too, once you have opened one.",
    update: "A new version is ready: it loads with the next page you open.",
  };

  // The active worker's answer: {version, pages, python, update}.
  function ask(worker) {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = ({ data }) => resolve(data);
      worker.postMessage({ type: "status" }, [channel.port2]);
    });
  }

  async function show() {
    const registration = await navigator.serviceWorker.ready;
    const status = await ask(registration.active);
    const said = [status.python ? MESSAGES.python : status.pages ? MESSAGES.pages : ""];
    if (status.update) said.push(MESSAGES.update);
    text.textContent = said.join(" ").trim();
    line.hidden = !text.textContent;
    line.dataset.version = status.version;
  }

  function watch(registration) {
    registration.addEventListener("updatefound", () => {
      registration.installing?.addEventListener("statechange", show);
    });
    navigator.serviceWorker.addEventListener("controllerchange", show);
    // The worksheets' Python worker says when it has stored the runtime for next time.
    new PerformanceObserver((marks) => {
      if (marks.getEntriesByName("worksheet:cached-for-next-visit").length) show();
    }).observe({ type: "mark" });
    return show();
  }

  // After the page's own files, so keeping the site for offline use never slows the page.
  window.addEventListener("load", () => {
    navigator.serviceWorker.register(new URL("service-worker.js", root)).then(watch).catch(() => {
      line.hidden = true; // no worker (mkdocs serve builds none, or storage is refused)
    });
  });
})();
