"""Time and memory of building knowledge bases from archives, to see that both stay linear.

Run it with ``python benchmarks/bench_archive.py`` (``--full`` adds 100,000 articles;
``--sizes 1000 10000`` chooses the synthetic archives). Each build runs as the command a
user runs, ``arbdet build ARCHIVE -o kb.json --jobs 2``, in a process of its own, while a
sampler adds up the resident memory of that process and its workers. It measures:

- the repeated archive: the example corpus and, where ``../shared/eval`` is beside the
  checkout, the real development articles, copied until there are 500 and 5,000 articles,
  each copy made distinct by one added line (so every case is reported by many articles);
- synthetic archives (:mod:`arbdet.bench`) of 1,000 and 10,000 articles: time per article,
  the knowledge base's build time beside the parse time, and bytes per fact, in memory
  and in the file.

Nothing is asserted: it is a measurement; ``docs/performance.md`` keeps the figures.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from arbdet.bench import Archive, write_archive
from arbdet.corpus_files import corpus_articles

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT.parent / "shared" / "eval" / "real" / "articles"
ARBDET = Path(sys.executable).parent / "arbdet"
PAGE = os.sysconf("SC_PAGE_SIZE")
_STAGES_UP_TO = 10_000
"""Archives up to this size are also parsed and built stage by stage."""

# Parse and build in one process, timing each stage: prints "parse build facts bytes".
STAGES = """
import sys, time, tracemalloc
from arbdet import KnowledgeBase
from arbdet.build import stored_articles
started = time.perf_counter()
stored = list(stored_articles(sys.argv[1], jobs=2, progress=False))
parsed = time.perf_counter()
tracemalloc.start()
kb = KnowledgeBase(stored, references=())
kb.index
kb.conflicts()
built = time.perf_counter()
size = tracemalloc.get_traced_memory()[0]
facts = sum(len(s.detentions) + len(s.statements) + len(s.declarations) + len(s.links)
            for s in stored)
kept = sum(len(s.source.packed) for s in stored)
print(parsed - started, built - parsed, facts, size, kept)
"""


def _tree_rss(root: int) -> int:
    """The resident memory of a process and all its descendants, in bytes."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            parents[int(entry.name)] = int(fields[1])
    family, total = {root}, 0
    for pid in sorted(parents):
        chain, seen = pid, set()
        while chain not in family and chain in parents and chain not in seen:
            seen.add(chain)
            chain = parents[chain]
        if chain in family:
            family.add(pid)
            try:
                total += int((Path("/proc") / str(pid) / "statm").read_text().split()[1]) * PAGE
            except OSError:
                continue
    return total


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _run(command: list[str]) -> tuple[float, float, int, str]:
    """Run a command: its wall and CPU time, the peak memory of its processes, its output.

    CPU time (of the command and its workers) is steadier than wall time on a busy machine.
    """
    cpu = _cpu()
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    peak = 0

    def sample() -> None:
        nonlocal peak
        while process.poll() is None:
            peak = max(peak, _tree_rss(process.pid))
            time.sleep(0.1)

    sampler = threading.Thread(target=sample)
    sampler.start()
    output, _ = process.communicate()
    sampler.join()
    if process.returncode:
        raise SystemExit(f"{' '.join(command)} failed")
    return time.perf_counter() - started, _cpu() - cpu, peak, output


_HEAD = (
    f"{'articles':>8}  {'wall s':>7}  {'wall ms/art':>11}  {'CPU s':>7}  {'CPU ms/art':>10}  "
    f"{'peak MB':>8}"
)


def _row(size: int, elapsed: float, cpu: float, peak: int) -> str:
    return (
        f"{size:>8}  {elapsed:>7.1f}  {1000 * elapsed / size:>11.1f}  {cpu:>7.1f}  "
        f"{1000 * cpu / size:>10.1f}  {peak / 1e6:>8.0f}"
    )


def _repeated(count: int, folder: Path) -> int:
    """The corpus and real articles copied until ``count``, each copy with a line added."""
    originals = [*corpus_articles(), *(sorted(REAL.glob("*.txt")) if REAL.is_dir() else [])]
    texts = [path.read_text(encoding="utf-8") for path in originals]
    for number in range(count):
        text = texts[number % len(texts)]
        copy = number // len(texts)
        (folder / f"{number:06d}.txt").write_text(
            f"{text.rstrip()}\n\n(Archive copy {copy}.)\n", encoding="utf-8"
        )
    return len(originals)


def _build(folder: Path) -> tuple[float, float, int, int]:
    """``arbdet build`` of a folder: wall and CPU time, peak memory and the file's size."""
    kb = folder.parent / "kb.json"
    elapsed, cpu, peak, _ = _run(
        [str(ARBDET), "build", str(folder), "-o", str(kb), "--jobs", "2", "--no-reference"]
    )
    return elapsed, cpu, peak, kb.stat().st_size


def _archives(sizes: list[int], make: str) -> Iterator[tuple[int, Path]]:
    for size in sizes:
        with tempfile.TemporaryDirectory() as temporary:
            folder = Path(temporary) / "archive"
            folder.mkdir()
            if make == "repeated":
                _repeated(size, folder)
            else:
                write_archive(Archive(size, seed=1), folder)
            yield size, folder


def repeated(sizes: list[int]) -> None:
    """The repeated archive: time per article and peak memory as it grows."""
    originals = len(corpus_articles()) + (len(list(REAL.glob("*.txt"))) if REAL.is_dir() else 0)
    print(f"\n== repeated archive ({originals} articles copied), arbdet build --jobs 2")
    print(_HEAD)
    for size, folder in _archives(sizes, "repeated"):
        elapsed, cpu, peak, _ = _build(folder)
        print(_row(size, elapsed, cpu, peak), flush=True)


def synthetic(sizes: list[int]) -> None:
    """Synthetic archives: end to end, then parse and build apart, and bytes per fact."""
    print("\n== synthetic archives (arbdet.bench, seed 1), arbdet build --jobs 2")
    print(
        f"{_HEAD}  {'parse s':>7}  {'build s':>7}  {'build/parse':>11}  {'facts':>7}  "
        f"{'B/fact mem':>10}  {'B/fact file':>11}"
    )
    for size, folder in _archives(sizes, "synthetic"):
        elapsed, cpu, peak, file_size = _build(folder)
        line = _row(size, elapsed, cpu, peak)
        if size <= _STAGES_UP_TO:
            _, _, _, output = _run([sys.executable, "-c", STAGES, str(folder)])
            parse, build, facts, memory, _ = (float(x) for x in output.split())
            line += (
                f"  {parse:>7.1f}  {build:>7.1f}  {build / parse:>11.2f}  {int(facts):>7}  "
                f"{memory / facts:>10.0f}  {file_size / facts:>11.0f}"
            )
        print(line, flush=True)


def main() -> None:
    """Print the measurements."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--repeated", type=int, nargs="+", default=[500, 5000])
    parser.add_argument("--full", action="store_true", help="add 100,000 synthetic articles")
    args = parser.parse_args()
    commit = subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    print(
        f"{platform.node()}: {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"commit {commit or '?'}; load {os.getloadavg()[0]:.1f}",
        flush=True,
    )
    repeated(args.repeated)
    synthetic(args.sizes + ([100_000] if args.full else []))


if __name__ == "__main__":
    main()
