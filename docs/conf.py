"""Sphinx configuration for the arbdet documentation."""

from __future__ import annotations

import arbdet

project = "arbdet"
author = "The arbdet developers"
copyright = "2026, The arbdet developers"
release = arbdet.__version__
version = ".".join(release.split(".")[:2])

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.viewcode",
]
source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
exclude_patterns = ["_build"]
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "show-inheritance": False}
nitpicky = False
suppress_warnings = ["config.cache"]

html_theme = "furo"
html_title = f"arbdet {release}"
