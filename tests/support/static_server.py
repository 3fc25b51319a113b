"""A static file server for the built site, on 127.0.0.1 only.

It behaves like a plain static host (no caching headers) and knows the MIME types the
worksheets need. Tests can hold back chosen files for a while, or refuse them, to watch the
page work before Python has loaded or when it cannot load. (Playwright's routing does not
see requests made by module workers, so this happens here, on the server.)
"""

from __future__ import annotations

import functools
import sys
import threading
import time
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


class _Handler(SimpleHTTPRequestHandler):
    extensions_map = {
        **SimpleHTTPRequestHandler.extensions_map,
        ".mjs": "text/javascript",
        ".js": "text/javascript",
        ".wasm": "application/wasm",
        ".json": "application/json",
    }

    def do_GET(self):
        path = self.path.split("?")[0]
        if any(path.endswith(suffix) for suffix in self.server.refused):
            self.send_error(503, "Refused by the test")
            return
        for suffix, seconds in list(self.server.delays.items()):
            if path.endswith(suffix):
                time.sleep(seconds)
        super().do_GET()

    def log_message(self, format, *args):  # keep test output quiet
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        """A browser that navigates away mid-download is normal here, not an error."""
        if not isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            super().handle_error(request, client_address)


class StaticServer:
    """Serve `root` on a free port of 127.0.0.1 until `stop()`."""

    def __init__(self, root: Path):
        handler = functools.partial(_Handler, directory=str(root))
        self._httpd = _Server(("127.0.0.1", 0), handler)
        self._httpd.delays = {}
        self._httpd.refused = set()
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

    @property
    def refused(self) -> set[str]:
        """Path suffixes answered with an error; tests add and clear them."""
        return self._httpd.refused

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
