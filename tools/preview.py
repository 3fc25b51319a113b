"""Serve a built site the way a real static host does, on 127.0.0.1: `make preview`.

What a host adds over a plain file server, and what this server does:

- MIME types the browser insists on: application/wasm (for WebAssembly's streaming
  compile), text/javascript for .js and .mjs (module scripts and workers refuse others).
- gzip for text and WebAssembly (html, css, js, mjs, json, svg, xml, txt, wasm), when the
  browser accepts it; never for what is already compressed (zip, the wheel, images). Brotli
  would save a little more, but Python's standard library has no encoder for it.
- Caching: `public, max-age=31536000, immutable` for files whose path carries a version or a
  content hash (the Python runtime's folders, Material's fingerprinted bundles), and
  `no-cache` (use it only after revalidating) for everything else: the pages, the service
  worker, and files whose name stays the same when they change.
- ETag and Last-Modified, answering a conditional request for an unchanged file with 304.

For the benchmark it can also throttle: every answer waits a round trip, and all bytes share
one link of a given speed. (Chromium's network emulation over CDP slows the page's own
requests but not those of module workers or the service worker, which fetch the 13 MB the
worksheets need, so the throttling has to happen here.)

Run: python -m tools.preview [SITE] [--port N]  (SITE defaults to site/, N to 8001)
"""

from __future__ import annotations

import argparse
import email.utils
import functools
import gzip
import re
import sys
import threading
import time
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

MIME_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".mjs": "text/javascript; charset=utf-8",
    ".json": "application/json",
    ".wasm": "application/wasm",
    ".svg": "image/svg+xml",
    ".xml": "application/xml",
    ".txt": "text/plain; charset=utf-8",
    ".map": "application/json",
    ".zip": "application/zip",
    ".whl": "application/zip",
    ".gz": "application/gzip",
    ".png": "image/png",
    ".ico": "image/x-icon",
    ".woff2": "font/woff2",
}
COMPRESSED_SUFFIXES = {
    ".html",
    ".css",
    ".js",
    ".mjs",
    ".json",
    ".svg",
    ".xml",
    ".txt",
    ".map",
    ".wasm",
}
IMMUTABLE = "public, max-age=31536000, immutable"
REVALIDATE = "no-cache"
# Paths that change whenever their content does: the Python runtime's versioned folders, and
# Material's fingerprinted bundles (bundle.a5f9d56c.min.js, main.57a0d79d.min.css).
VERSIONED = re.compile(
    r"^/(?:.*/)?worksheets/runtime/(?:pyodide|wheels|worker)/[^/]+/"
    r"|^/(?:.*/)?assets/(?:javascripts|stylesheets)/.*\.[0-9a-f]{8}\.min\.(?:js|css)$"
)


def cache_control(path: str) -> str:
    """The Cache-Control header for a URL path."""
    return IMMUTABLE if VERSIONED.search(path) else REVALIDATE


@dataclass
class Throttle:
    """A slow link: `latency` seconds before each answer, and `bits_per_second` shared by
    every answer in flight, as on one real connection to the internet."""

    bits_per_second: float
    latency: float
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _free_at: float = 0.0

    def wait_for_link(self, size: int) -> None:
        """Block until `size` bytes have had their turn on the link."""
        with self._lock:
            start = max(time.monotonic(), self._free_at)
            self._free_at = start + size * 8 / self.bits_per_second
            done = self._free_at
        time.sleep(max(0.0, done - time.monotonic()))


class _Handler(SimpleHTTPRequestHandler):
    CHUNK = 16 * 1024
    _gzipped: dict[tuple[Path, int, int], bytes] = {}  # (file, mtime, size) -> gzip bytes
    _gzip_lock = threading.Lock()

    def do_GET(self):
        self._answer(with_body=True)

    def do_HEAD(self):
        self._answer(with_body=False)

    def _answer(self, with_body: bool) -> None:
        throttle: Throttle | None = self.server.throttle
        if throttle:
            time.sleep(throttle.latency)
        path = self.path.split("?", 1)[0].split("#", 1)[0]
        file = Path(self.translate_path(path))
        if file.is_dir():
            if not path.endswith("/"):
                return self._redirect(path + "/")
            file = file / "index.html"
        if not file.is_file():
            return self._not_found(with_body)
        body, headers = self._representation(file, path)
        if self._unchanged(headers):
            return self._send(HTTPStatus.NOT_MODIFIED, headers, b"")
        self._send(HTTPStatus.OK, headers, body if with_body else b"", length=len(body))

    def _representation(self, file: Path, path: str) -> tuple[bytes, dict[str, str]]:
        """The bytes to send for `file` (gzipped if both sides want it) and their headers."""
        stat = file.stat()
        body = file.read_bytes()
        tag = f"{stat.st_mtime_ns:x}-{stat.st_size:x}"
        headers = {
            "Content-Type": MIME_TYPES.get(file.suffix, "application/octet-stream"),
            "Cache-Control": cache_control(path),
            "Last-Modified": email.utils.formatdate(stat.st_mtime, usegmt=True),
        }
        if file.suffix in COMPRESSED_SUFFIXES:
            headers["Vary"] = "Accept-Encoding"
            if "gzip" in self.headers.get("Accept-Encoding", ""):
                body = self._gzip(file, stat, body)
                headers["Content-Encoding"] = "gzip"
                tag += "-gzip"
        headers["ETag"] = f'"{tag}"'
        return body, headers

    @classmethod
    def _gzip(cls, file: Path, stat, body: bytes) -> bytes:
        """Compressed once per version of a file, as a host or CDN keeps it."""
        key = (file, stat.st_mtime_ns, stat.st_size)
        with cls._gzip_lock:
            if key not in cls._gzipped:
                cls._gzipped[key] = gzip.compress(body, compresslevel=6, mtime=0)
            return cls._gzipped[key]

    def _unchanged(self, headers: dict[str, str]) -> bool:
        """Whether the browser's conditional request names what it already has."""
        if "If-None-Match" in self.headers:
            tags = [
                tag.strip().removeprefix("W/") for tag in self.headers["If-None-Match"].split(",")
            ]
            return headers["ETag"] in tags or "*" in tags
        since = self.headers.get("If-Modified-Since")
        if since:
            try:
                return email.utils.parsedate_to_datetime(
                    since
                ) >= email.utils.parsedate_to_datetime(headers["Last-Modified"])
            except (TypeError, ValueError):
                return False
        return False

    def _redirect(self, location: str) -> None:
        self._send(
            HTTPStatus.MOVED_PERMANENTLY, {"Location": location, "Cache-Control": REVALIDATE}, b""
        )

    def _not_found(self, with_body: bool) -> None:
        """The site's own 404 page, as GitHub Pages and most hosts serve it."""
        page = Path(self.directory) / "404.html"
        body = page.read_bytes() if page.is_file() else b"Not found"
        self._send(
            HTTPStatus.NOT_FOUND,
            {"Content-Type": MIME_TYPES[".html"], "Cache-Control": REVALIDATE},
            body if with_body else b"",
            length=len(body),
        )

    def _send(
        self, status: HTTPStatus, headers: dict[str, str], body: bytes, length: int | None = None
    ) -> None:
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        if status != HTTPStatus.NOT_MODIFIED:
            self.send_header("Content-Length", str(len(body) if length is None else length))
        self.end_headers()
        throttle: Throttle | None = self.server.throttle
        for start in range(0, len(body), self.CHUNK):
            chunk = body[start : start + self.CHUNK]
            if throttle:
                throttle.wait_for_link(len(chunk))
            self.wfile.write(chunk)

    def log_message(self, format, *args):
        if self.server.verbose:
            super().log_message(format, *args)


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        """A browser that navigates away mid-download is normal here, not an error."""
        if not isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            super().handle_error(request, client_address)


class PreviewServer:
    """Serve `root` on 127.0.0.1 (a free port unless `port` is given) until `stop()`."""

    def __init__(
        self, root: Path, port: int = 0, throttle: Throttle | None = None, verbose: bool = False
    ):
        root = Path(root).resolve()
        for file in root.rglob("*"):  # compress ahead, so no answer waits for it
            if file.suffix in COMPRESSED_SUFFIXES and file.is_file():
                _Handler._gzip(file, file.stat(), file.read_bytes())
        handler = functools.partial(_Handler, directory=str(root))
        self._httpd = _Server(("127.0.0.1", port), handler)
        self._httpd.throttle = throttle
        self._httpd.verbose = verbose
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}/"

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()


def main() -> None:
    parser = argparse.ArgumentParser(description="Serve a built site as a static host would.")
    parser.add_argument("site", nargs="?", default="site", type=Path, help="the built site (site/)")
    parser.add_argument(
        "--port", type=int, default=8001, help="port on 127.0.0.1 (0: any free one)"
    )
    args = parser.parse_args()
    if not (args.site / "index.html").is_file():
        sys.exit(f"{args.site}/index.html not found: build the site first (make build).")
    server = PreviewServer(args.site, args.port, verbose=True)
    print(f"Serving {args.site}/ as a host would on {server.url} (Ctrl-C stops)", flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        server.stop()


if __name__ == "__main__":
    main()
