"""Helpers shared by the tests: a local static server and a site builder."""
