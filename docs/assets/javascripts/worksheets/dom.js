// Building page elements from Python's output. Everything goes in through textContent:
// nothing a visitor typed is ever parsed as HTML.

export function element(tag, text = "", className = "") {
  const node = document.createElement(tag);
  if (text) node.textContent = text;
  if (className) node.className = className;
  return node;
}

export function button(label, onClick, className = "md-button") {
  const node = element("button", label, className);
  node.type = "button";
  node.addEventListener("click", onClick);
  return node;
}

// A link to a page of the site, given from the site's root as Python gives it ("guide/after/").
export function pageLink(view, label, url) {
  const anchor = element("a", label);
  anchor.href = view.siteUrl(url);
  return anchor;
}
