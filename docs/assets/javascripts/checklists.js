// Checklists: ticks persist in this browser, keyed by checklist name and item id, so a
// rebuild that keeps an item's id keeps its tick. Print buttons print one list or the pack.
(() => {
  "use strict";

  const PREFIX = "second-round:checklist:";

  function loadTicks(name) {
    try {
      const saved = JSON.parse(localStorage.getItem(PREFIX + name));
      return new Set(Array.isArray(saved) ? saved : []);
    } catch {
      return new Set();
    }
  }

  function saveTicks(name, ticks) {
    try {
      if (ticks.size) localStorage.setItem(PREFIX + name, JSON.stringify([...ticks]));
      else localStorage.removeItem(PREFIX + name);
      return true;
    } catch {
      return false; // storage full or disabled: the ticks still work for this visit
    }
  }

  function setUp(list) {
    const name = list.dataset.checklist;
    const boxes = [...list.querySelectorAll(".checklist-item")].map((item) => ({
      id: item.dataset.item,
      box: item.querySelector(".checklist-box"),
    }));
    const status = list.querySelector(".checklist-status");
    const ticks = loadTicks(name);

    const show = () => { for (const { id, box } of boxes) box.checked = ticks.has(id); };

    // Another tab may have ticked too: start from what is saved now, then apply this tick.
    list.addEventListener("change", (event) => {
      const entry = boxes.find(({ box }) => box === event.target);
      if (!entry) return;
      const saved = loadTicks(name);
      for (const id of saved) ticks.add(id);
      if (entry.box.checked) ticks.add(entry.id);
      else ticks.delete(entry.id);
      status.textContent = saveTicks(name, ticks) ? "" : "Ticks can't be saved in this browser.";
      show();
    });
    // A tick made in another tab shows here too.
    window.addEventListener("storage", (event) => {
      if (event.key !== PREFIX + name && event.key !== null) return;
      ticks.clear();
      for (const id of loadTicks(name)) ticks.add(id);
      show();
    });
    list.querySelector(".checklist-clear").addEventListener("click", () => {
      ticks.clear();
      saveTicks(name, ticks);
      show();
      status.textContent = "Ticks cleared.";
    });
    show();
  }

  // Print one checklist (data-print-target names its section) or the whole page ("").
  function printTarget(id) {
    const root = document.documentElement;
    const target = id && document.getElementById(id);
    if (target) {
      root.dataset.printOnly = id;
      target.classList.add("print-target");
    }
    window.addEventListener("afterprint", () => {
      delete root.dataset.printOnly;
      target?.classList.remove("print-target");
    }, { once: true });
    window.print();
  }

  document.querySelectorAll(".checklist").forEach(setUp);
  document.querySelectorAll(".checklist-print").forEach((button) => {
    button.addEventListener("click", () => printTarget(button.dataset.printTarget));
  });
  // Controls need this script, so they stay hidden until it runs.
  document.querySelectorAll(".checklist-controls, .checklist-pack-controls")
    .forEach((controls) => { controls.hidden = false; });
})();
