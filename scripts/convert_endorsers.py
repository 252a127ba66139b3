"""Write ``src/arbdet/reference/data/declaration_founding_endorsers.csv`` from the shared list.

The input is ``../shared/reference/declaration-founding-endorsers.csv`` (one row per
endorser: ISO code, name as listed, as-of date, source URL), the founding endorsers of the
Declaration Against Arbitrary Detention in State-to-State Relations as listed on a news page
that reproduced Global Affairs Canada's list. The output keeps every row as it is and puts
the provenance in ``# key: value`` lines above the table: the declaration's name, the
publisher, the URL, the as-of date and the total the page states in words ("There are 59
states total"), which does not match the 58 states (and the EU) it lists. That discrepancy
is kept, not fixed. Run::

    python scripts/convert_endorsers.py [INPUT.csv] [-o OUTPUT.csv]
"""

from __future__ import annotations

import argparse
import csv
import io
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_INPUT = ROOT.parent / "shared" / "reference" / "declaration-founding-endorsers.csv"
OUT = ROOT / "src" / "arbdet" / "reference" / "data" / "declaration_founding_endorsers.csv"

DECLARATION = "Declaration Against Arbitrary Detention in State-to-State Relations"
PUBLISHER = "ClickOnDetroit (WDIV), reproducing Global Affairs Canada's list"
# The page's own sentence, as recorded in ../shared/reference/README.md.
STATED_TOTAL = "There are 59 states total"
COLUMNS = ["code", "name_as_listed", "as_of", "source_url"]


def convert(text: str) -> str:
    rows = list(csv.DictReader(io.StringIO(text)))
    if not rows or list(rows[0]) != COLUMNS:
        raise SystemExit(f"expected the columns {COLUMNS}")
    codes = [row["code"] for row in rows]
    if len(set(codes)) != len(codes) or not all(c.isupper() and len(c) == 2 for c in codes):
        raise SystemExit("codes must be unique two-letter upper-case codes")
    (as_of,) = {row["as_of"] for row in rows}
    (url,) = {row["source_url"] for row in rows}
    out = io.StringIO()
    for key, value in [
        ("declaration", DECLARATION),
        ("publisher", PUBLISHER),
        ("url", url),
        ("as_of", as_of),
        ("stated_total", STATED_TOTAL),
        ("converted_by", "scripts/convert_endorsers.py from declaration-founding-endorsers.csv"),
    ]:
        out.write(f"# {key}: {value}\n")
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input", nargs="?", type=Path, default=DEFAULT_INPUT)
    parser.add_argument("-o", "--output", type=Path, default=OUT)
    args = parser.parse_args()
    text = convert(args.input.read_text(encoding="utf-8"))
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text, encoding="utf-8")
    print(f"{text.count(chr(10)) - 7} endorsers -> {args.output}")


if __name__ == "__main__":
    main()
