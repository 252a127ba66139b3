"""Development sessions: ``nox -l`` lists them."""

from __future__ import annotations

import os
import re
import shutil
import sys
import zipfile
from pathlib import Path

import nox

nox.options.sessions = ["tests", "lint", "typecheck"]
nox.options.default_venv_backend = "venv"

ROOT = Path(__file__).parent
SHARED_EVAL = ROOT.parent / "shared" / "eval"


@nox.session
def tests(session: nox.Session) -> None:
    """Run the test suite."""
    session.install("-e", ".[test,html]")
    session.run("pytest", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """Check style with ruff."""
    session.install("ruff")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session
def typecheck(session: nox.Session) -> None:
    """Type-check the package and the tests with mypy --strict."""
    session.install("-e", ".[test]", "mypy", "types-python-dateutil")
    session.run("mypy", "--strict")


@nox.session
def docs(session: nox.Session) -> None:
    """Build the documentation with warnings as errors, in an environment of ``.[docs]`` only."""
    session.install("-e", ".[docs]")
    shutil.rmtree(ROOT / "docs" / "_build", ignore_errors=True)
    session.run("sphinx-build", "-W", "--keep-going", "-b", "html", "docs", "docs/_build/html")


@nox.session
def build(session: nox.Session) -> None:
    """Build the sdist and wheel and check them; install the wheel alone and use it.

    The wheel must carry the type marker, the data tables, the confidence table (current
    with the rules: scripts/measure_confidence.py --check) and the example corpus; the
    installed wheel runs the demo and scores its own corpus.
    """
    session.install("build", "twine")
    dist = ROOT / "dist"
    shutil.rmtree(dist, ignore_errors=True)
    session.run("python", "-m", "build", "--outdir", str(dist))
    session.run("twine", "check", "--strict", *map(str, dist.glob("*")))
    wheel = next(dist.glob("*.whl"))
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
    package = ROOT / "src"
    shipped = [
        path.relative_to(package).as_posix()
        for path in (package / "arbdet").rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    ]
    missing = sorted(set(shipped) - set(names))
    if missing:
        session.error(f"the wheel lacks {len(missing)} package files: {', '.join(missing[:10])}")
    session.log(f"{wheel.name}: {len(names)} files, every file of src/arbdet included")
    target = Path(session.create_tmp()) / "wheel-venv"
    session.run(sys.executable, "-m", "venv", "--clear", str(target), external=True)
    python = str(target / "bin" / "python")
    arbdet = str(target / "bin" / "arbdet")
    session.run(python, "-m", "pip", "install", "-q", str(wheel), external=True)
    session.run(python, "-c", "import arbdet; print(arbdet.__version__)", external=True)
    session.run(arbdet, "demo", external=True, silent=True)
    session.run(python, str(ROOT / "scripts" / "measure_confidence.py"), "--check", external=True)
    facts = Path(session.create_tmp()) / "corpus.jsonl"
    corpus = ROOT / "src" / "arbdet" / "corpus"
    session.run(arbdet, "facts", str(corpus / "articles"), "-o", str(facts), external=True)
    session.run(arbdet, "score", str(corpus / "gold"), str(facts), external=True)


@nox.session(name="eval")
def evaluate(session: nox.Session) -> None:
    """Score extraction with ``arbdet score``: the README's quality table, and more.

    The example corpus and the held-out articles live in the repository; the seed and
    real articles are scored too where ../shared/eval is beside the checkout. Extra
    arguments go to ``arbdet score`` (``--show-errors``, ``--by-article``, ``--json``).
    """
    session.install("-e", ".")
    sets = [
        ("example corpus", ROOT / "src/arbdet/corpus/articles", ROOT / "src/arbdet/corpus/gold"),
        (
            "held-out articles",
            ROOT / "tests/data/heldout/articles",
            ROOT / "tests/data/heldout/gold",
        ),
        ("seed articles", SHARED_EVAL / "seeds", SHARED_EVAL / "gold/seeds"),
    ]
    tmp = Path(session.create_tmp())
    blind = ROOT / "tests/data/blind"
    for half, gold in _halves(blind / "gold", tmp / "blind").items():
        sets.append((f"blind articles, {half} half", blind / "articles", gold))
    real = SHARED_EVAL / "real"
    if real.is_dir():
        for half, gold in _halves(real / "gold", tmp / "real").items():
            sets.append((f"real articles, {half} half", real / "articles", gold))
    for label, articles, gold in sets:
        if not articles.is_dir():
            session.log(f"== {label}: {articles} is not here, skipped")
            continue
        facts = tmp / f"{label.replace(' ', '_')}.jsonl"
        session.run("arbdet", "facts", str(articles), "-o", str(facts), silent=True)
        session.log(f"== {label}")
        session.run("arbdet", "score", str(gold), str(facts), *session.posargs)
    dates = SHARED_EVAL / "dates" / "seeds.json"
    if dates.is_file():
        session.log("== seed date expressions")
        session.run("python", str(SHARED_EVAL / "score_dates.py"), str(dates), "arbdet", "0.95")


def _halves(gold: Path, into: Path) -> dict[str, Path]:
    """The gold files of a set split into its tune half (odd numbers) and check half (even).

    A file's number is the first digits of its name ("r103", "b214_wire"); the halves are
    copied into ``into`` so that ``arbdet score`` scores each alone.
    """
    halves = {"tune": into / "tune", "check": into / "check"}
    for folder in halves.values():
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
    for path in sorted(gold.glob("*.json")):
        number = int(re.findall(r"\d+", path.stem)[0])
        shutil.copy(path, halves["tune" if number % 2 else "check"])
    return halves


@nox.session
def bench(session: nox.Session) -> None:
    """Measure speed on the corpus and on long and hostile inputs (prints, asserts nothing)."""
    session.install("-e", ".")
    for script in sorted((ROOT / "benchmarks").glob("bench_*.py")):
        session.log(f"== {script.name}")
        session.run("python", str(script))


@nox.session
def fuzz(session: nox.Session) -> None:
    """Fuzz the readers, parse, loads and the CLI: hypothesis properties, then atheris.

    ``nox -s fuzz -- SECONDS`` gives each atheris harness SECONDS (default 60);
    ``ARBDET_FUZZ_EXAMPLES`` sets the hypothesis examples per property (default 1000).
    Crashing inputs are kept in the session's tmp folder, under ``crashes``.
    """
    session.install("-e", ".[test,html]", "atheris")
    seconds = session.posargs[0] if session.posargs else "60"
    examples = os.environ.get("ARBDET_FUZZ_EXAMPLES", "1000")
    session.run(
        "pytest",
        "-q",
        "-p",
        "no:cacheprovider",
        "--hypothesis-show-statistics",
        "fuzz",
        env={"ARBDET_FUZZ_EXAMPLES": examples},
    )
    work = Path(session.create_tmp())
    crashes = work / "crashes"
    crashes.mkdir(exist_ok=True)
    session.run("python", "-m", "fuzz.seeds", str(work / "seeds"))
    for harness, max_len in (("parse", 16384), ("loads", 65536)):
        session.log(f"== atheris: {harness}, {seconds} s")
        session.run(
            "python",
            "-m",
            f"fuzz.atheris_{harness}",
            f"-max_total_time={seconds}",
            "-timeout=60",
            f"-max_len={max_len}",
            f"-artifact_prefix={crashes}/",
            str(work / "seeds" / harness),
        )
