"""Coaching tools for the STAR story worksheet on Second Round.

The worksheet page runs this package in the visitor's browser through Pyodide, inside a Web
Worker, and the site's tests and build run the same code under CPython. So it uses the standard
library only, does no I/O, and works on plain dicts, lists and strings. The browser talks to it
through one function, service.handle, which takes and returns JSON text.
"""
