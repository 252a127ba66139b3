"""``python -m arbdet.bench COUNT FOLDER``: write a synthetic archive."""

from __future__ import annotations

import argparse

from . import Archive, write_archive


def main() -> None:
    """Write ``COUNT`` synthetic articles into ``FOLDER``."""
    parser = argparse.ArgumentParser(prog="python -m arbdet.bench", description=main.__doc__)
    parser.add_argument("count", type=int, help="how many articles")
    parser.add_argument("folder", help="where to write them (made if missing)")
    parser.add_argument("--seed", type=int, default=0, help="the seed (default 0)")
    parser.add_argument("--per-file", type=int, help="JSON Lines files of this many articles")
    args = parser.parse_args()
    written = write_archive(Archive(args.count, args.seed), args.folder, per_file=args.per_file)
    print(f"{args.count} articles in {len(written)} files -> {args.folder}")


if __name__ == "__main__":
    main()
