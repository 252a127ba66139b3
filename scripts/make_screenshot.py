"""Make the documentation's screenshot of ``arbdet show`` with headless Chromium.

    python scripts/make_screenshot.py [ARTICLE] [--chromium PATH]

Writes docs/images/show.png (1280x900, 128 colours to keep it small; needs Pillow).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ROOT / "src/arbdet/corpus/articles/009_reed_yaroshenko_swap_ap.txt"
OUTPUT = ROOT / "docs/images/show.png"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("article", nargs="?", type=Path, default=ARTICLE)
    parser.add_argument("--chromium", default="chromium")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        page, shot = Path(tmp) / "page.html", Path(tmp) / "shot.png"
        subprocess.run(
            [sys.executable, "-m", "arbdet", "show", str(args.article), "-o", str(page)],
            check=True,
        )
        subprocess.run(
            [
                args.chromium,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--hide-scrollbars",
                f"--user-data-dir={tmp}/profile",
                f"--screenshot={shot}",
                "--window-size=1280,900",
                page.as_uri(),
            ],
            check=True,
            capture_output=True,
        )
        image = Image.open(shot).convert("RGB")
        image.quantize(colors=128, method=Image.Quantize.MEDIANCUT).save(OUTPUT, optimize=True)
    print(f"{OUTPUT.relative_to(ROOT)} written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
