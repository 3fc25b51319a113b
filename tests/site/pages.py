"""Reading the built site's pages in the site tests: the article's prose, its links, its
sections and the ids it defines, with nothing but the standard library's HTML parser.

Only the page's article counts (`<article class="md-content__inner ...">`): the header,
the navigation and the footer are the same on every page and are not what a page says.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

# Elements whose text ends a sentence-like unit even without a full stop: a heading, a list
# item or a table cell is read as one unit, never run into the next.
BLOCKS = frozenset(
    {
        "p",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "td",
        "th",
        "dt",
        "dd",
        "summary",
        "label",
        "blockquote",
        "pre",
        "div",
        "section",
        "details",
        "tr",
    }
)
# Elements whose text is not prose: the permalink sign, buttons, scripts, code.
SKIPPED = frozenset({"script", "style", "button", "code", "pre", "svg"})
VOID = frozenset({"br", "hr", "img", "input", "meta", "link", "source", "wbr", "area", "col"})


@dataclass
class Link:
    href: str
    text: str
    classes: tuple[str, ...]
    """The classes of every element the link sits inside, innermost last."""
    data: dict[str, str]
    """The data-* attributes of the elements it sits inside (the innermost wins):
    {"data-checklist": "day-of", "data-item": "arrive-early"} for a checklist item's link."""
    section: str
    """The id of the h2 heading the link comes after ("" before the first)."""


@dataclass
class Article:
    blocks: list[str] = field(default_factory=list)
    """The article's text, one entry per block (paragraph, list item, heading, cell)."""
    links: list[Link] = field(default_factory=list)
    ids: set[str] = field(default_factory=set)
    headings: list[tuple[str, str, str]] = field(default_factory=list)
    """(tag, id, text) of every heading, in order."""


class _ArticleParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.article = Article()
        self.stack: list[tuple[str, tuple[str, ...], dict[str, str]]] = []
        self.section = ""
        self.skipping = 0
        self.text: list[str] = []
        self.link: Link | None = None
        self.link_text: list[str] = []
        self.heading: tuple[str, str, list[str]] | None = None

    def _flush(self) -> None:
        text = " ".join("".join(self.text).split())
        if text:
            self.article.blocks.append(text)
        self.text = []

    def handle_starttag(self, tag, attrs):
        attributes = {name: value or "" for name, value in attrs}
        classes = tuple(attributes.get("class", "").split())
        data = {name: value for name, value in attributes.items() if name.startswith("data-")}
        if not self.stack:  # outside the article until it opens
            if tag == "article" and "md-content__inner" in classes:
                self.stack.append((tag, classes, data))
            return
        if attributes.get("id"):
            self.article.ids.add(attributes["id"])
        if tag in VOID:
            return
        self.stack.append((tag, classes, data))
        if tag in SKIPPED or "headerlink" in classes:
            self.skipping += 1
        if tag in BLOCKS:
            self._flush()
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self.heading = (tag, attributes.get("id", ""), [])
            if tag == "h2":
                self.section = attributes.get("id", "")
        if tag == "a" and "href" in attributes:
            inside = tuple(c for _, cls, _ in self.stack for c in cls)
            context = {name: value for _, _, found in self.stack for name, value in found.items()}
            self.link = Link(attributes["href"], "", inside, context, self.section)
            self.link_text = []

    def handle_endtag(self, tag):
        if not self.stack or tag in VOID:
            return
        # Close up to the matching tag, tolerating elements the page never closed.
        while self.stack:
            open_tag, classes, _ = self.stack.pop()
            if open_tag in SKIPPED or "headerlink" in classes:
                self.skipping -= 1
            if open_tag == "a" and self.link:
                self.link.text = " ".join("".join(self.link_text).split())
                self.article.links.append(self.link)
                self.link = None
            if open_tag in BLOCKS:
                if self.heading and open_tag == self.heading[0]:
                    level, anchor, words = self.heading
                    self.article.headings.append((level, anchor, " ".join("".join(words).split())))
                    self.heading = None
                self._flush()
            if open_tag == tag:
                break

    def handle_data(self, data):
        if not self.stack or self.skipping:
            return
        self.text.append(data)
        if self.link:
            self.link_text.append(data)
        if self.heading:
            self.heading[2].append(data)


def article(html_file: Path) -> Article:
    """The article of one built page."""
    parser = _ArticleParser()
    parser.feed(html_file.read_text(encoding="utf-8"))
    parser._flush()
    return parser.article


def page_file(site: Path, path: str) -> Path:
    """'guide/research/' (or 'guide/research') -> site/guide/research/index.html."""
    return site / path.strip("/") / "index.html"


def site_path(page: str, href: str) -> tuple[str, str]:
    """Where a link on `page` ('guide/research/') goes, as (site path, fragment):
    '../../checklists/#checklist-day-of' -> ('checklists/', 'checklist-day-of').
    A link to another site or to a file that is not a page keeps its path as written."""
    joined = urljoin(f"http://site/{page}", href)
    parts = urlsplit(joined)
    if parts.netloc != "site":
        return href, ""
    return parts.path.lstrip("/"), parts.fragment
