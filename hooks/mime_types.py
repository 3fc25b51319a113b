"""Teach `mkdocs serve` the MIME types the worksheets need.

Browsers refuse a module script served as anything but JavaScript, and WebAssembly's
streaming compile wants application/wasm; Python's own table may lack both.
"""

import mimetypes


def on_startup(command, dirty):
    mimetypes.add_type("text/javascript", ".mjs")
    mimetypes.add_type("application/wasm", ".wasm")
