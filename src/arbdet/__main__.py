"""``python -m arbdet``: the ``arbdet`` command line."""

from .cli import main

main()
