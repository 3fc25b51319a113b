"""A static file server for the built site, on 127.0.0.1 only.

It behaves like a plain static host (no caching headers), knows the MIME types the
worksheets need, and can hold back chosen files for a while so a test can watch the page
work before Python has loaded.
"""

from __future__ import annotations

import functools
import threading
import time
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


class _Handler(SimpleHTTPRequestHandler):
    extensions_map = {**SimpleHTTPRequestHandler.extensions_map,
                      ".mjs": "text/javascript", ".js": "text/javascript",
                      ".wasm": "application/wasm", ".json": "application/json"}

    def do_GET(self):
        for suffix, seconds in list(self.server.delays.items()):
            if self.path.split("?")[0].endswith(suffix):
                time.sleep(seconds)
        super().do_GET()

    def log_message(self, format, *args):  # keep test output quiet
        pass


class StaticServer:
    """Serve `root` on a free port of 127.0.0.1 until `stop()`."""

    def __init__(self, root: Path):
        handler = functools.partial(_Handler, directory=str(root))
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._httpd.daemon_threads = True
        self._httpd.delays = {}
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}/"

    @property
    def delays(self) -> dict[str, float]:
        """Path suffix -> seconds to wait before answering; tests set and clear it."""
        return self._httpd.delays

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
