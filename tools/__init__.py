"""Tools for working on the site: the preview server behind `make preview`."""
