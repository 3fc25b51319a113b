// The story bank in this browser's localStorage. Nothing here leaves the device.
// Saved data that cannot be read is moved aside, never overwritten, so it is not lost.

const KEY = "second-round:star-bank";
const DAMAGED_KEY = KEY + ":unreadable";

export function loadBank(emptyBank) {
  let raw;
  try {
    raw = localStorage.getItem(KEY);
  } catch {
    return { bank: structuredClone(emptyBank), problem: "This browser does not allow saving; your stories will be lost when you close the page." };
  }
  if (raw === null) return { bank: structuredClone(emptyBank), problem: "" };
  try {
    const bank = JSON.parse(raw);
    if (bank && Array.isArray(bank.stories)) return { bank, problem: "" };
  } catch {
    // fall through: keep the unreadable copy aside
  }
  localStorage.setItem(DAMAGED_KEY, raw);
  localStorage.removeItem(KEY);
  return {
    bank: structuredClone(emptyBank),
    problem: `The stories saved in this browser could not be read, so the page starts empty. The unreadable copy is kept in localStorage under “${DAMAGED_KEY}”.`,
  };
}

export function saveBank(bank) {
  try {
    localStorage.setItem(KEY, JSON.stringify(bank));
    return true;
  } catch {
    return false;
  }
}

// Another tab saved or erased the bank: hand this tab the new copy (or null when erased).
export function onBankChangedElsewhere(callback) {
  window.addEventListener("storage", (event) => {
    if (event.key !== KEY && event.key !== null) return;
    try {
      callback(event.newValue === null ? null : JSON.parse(event.newValue));
    } catch {
      // an unreadable value from another tab: keep this tab's copy
    }
  });
}

export function eraseBank() {
  localStorage.removeItem(KEY);
  localStorage.removeItem(DAMAGED_KEY);
}
