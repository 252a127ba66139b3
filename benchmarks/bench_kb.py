"""Time building a knowledge base from synthetic articles' facts, to see that it scales.

Run it with ``python benchmarks/bench_kb.py``. It makes 250 to 2,000 synthetic articles
(facts in the ``arbdet-facts/1`` shape, read with ``from_facts`` so every fact has
evidence), about a cast of people that grows with the corpus (spelling variants, middle
initials, relatives sharing a surname, bare surnames), and prints the time to resolve and
merge them, per article. Resolution compares names within blocking keys, so the time per
article should stay about flat as the corpus doubles. Where the extraction pipeline is
installed, it also times parsing the bundled example corpus, to compare the building time
per article with the parsing time per article. Nothing is asserted: it is a measurement.
"""

from __future__ import annotations

import random
import time
from typing import Any

from arbdet import KnowledgeBase
from arbdet.corpus_files import corpus_articles
from arbdet.facts import FACTS_FORMAT, from_facts
from arbdet.io import source_from_text
from arbdet.model import ArticleFacts

SIZES = (250, 500, 1000, 2000)
GIVEN = ["Michael", "Paul", "Evan", "Nazanin", "Siamak", "Trevor", "Anna", "Olivier", "Ahmad"]
SYLLABLES = ["ko", "vri", "spa", "vor", "whe", "lan", "gersh", "ko", "vich", "na", "ma", "zi"]
STATES = ["CN", "RU", "IR", "KP", "VE", "BY", "SY", "MM"]
NATIONS = ["CA", "US", "GB", "FR", "SE", "DE", "AU", "JP"]
WORDS = ["we", "call", "for", "the", "immediate", "release", "of", "all", "those", "held"]
WORDS += ["on", "political", "charges", "today"]


def _surname(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()


def _cast(rng: random.Random, size: int) -> list[tuple[str, str, str]]:
    """People as (given name, surname, detaining state); some share surnames (relatives)."""
    people = []
    for _ in range(size):
        surname = _surname(rng) if not people or rng.random() > 0.1 else rng.choice(people)[1]
        people.append((rng.choice(GIVEN), surname, rng.choice(STATES)))
    return people


def _written(rng: random.Random, given: str, surname: str) -> str:
    """How an article writes a name: full, with an initial, a variant, or the bare surname."""
    roll = rng.random()
    if roll < 0.1:
        return f"{given} {rng.choice('ABCDEFGHJ')}. {surname}"
    if roll < 0.15:
        return f"{given} {surname[:-1]}{surname[-1] * 2}"
    if roll < 0.2:
        return surname
    return f"{given} {surname}"


def _document(rng: random.Random, number: int, cast: list[tuple[str, str, str]]) -> dict[str, Any]:
    year = rng.randint(2015, 2024)
    detentions, statements, links = [], [], []
    chosen = rng.sample(cast, 4)
    for given, surname, state in chosen:
        start = f"{year - rng.randint(0, 3)}-{rng.randint(1, 12):02d}"
        released = rng.random() < 0.3
        detentions.append(
            {
                "detainee": _written(rng, given, surname),
                "nationality": [rng.choice(NATIONS)],
                "detaining_state": state,
                "start": start,
                "end": f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
                if released and int(start[:4]) < year
                else None,
                "released": released,
                "charges": [rng.choice(["espionage", "fraud", "subversion"])],
                "sentence_years": rng.choice([None, 5, 8, 11]),
            }
        )
        quote = " ".join(rng.sample(WORDS, 8))
        statements.append(
            {
                "quote": quote,
                "speaker": f"{rng.choice(GIVEN)} {_surname(rng)}",
                "speaker_affiliation": rng.choice(NATIONS),
                "date": f"{year}-{rng.randint(1, 12):02d}",
            }
        )
    first, second = chosen[0], chosen[1]
    links.append(
        {
            "detainee": f"{first[0]} {first[1]}",
            "linked_to": f"{second[0]} {second[1]}",
            "relation": rng.choice(["retaliation", "exchange"]),
            "asserted_by": [rng.choice(NATIONS)],
            "denied_by": [first[2]],
        }
    )
    declarations = [
        {
            "name": None,
            "initiator": "CA",
            "launched": "2021-02-15",
            "signatory_count": rng.choice([57, 58, 60]),
            "signatories": rng.sample(NATIONS, 3),
            "binding": False,
        }
    ]
    return {
        "format": FACTS_FORMAT,
        "article": f"synthetic_{number:05d}.txt",
        "published": f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        "detentions": detentions,
        "statements": statements,
        "declarations": declarations if rng.random() < 0.2 else [],
        "links": links,
    }


def synthetic_facts(count: int, seed: int = 7) -> list[ArticleFacts]:
    """``count`` synthetic articles' facts about a cast of about ``count / 3`` people."""
    rng = random.Random(seed)
    cast = _cast(rng, max(20, count // 3))
    return [from_facts(_document(rng, n, cast)) for n in range(count)]


def _parse_time_per_article() -> float | None:
    try:
        from arbdet.extract.pipeline import parse
    except ImportError:
        return None
    sources = [
        source_from_text(a.read_text(encoding="utf-8"), name=a.name) for a in corpus_articles()
    ]
    started = time.perf_counter()
    for source in sources:
        parse(source)
    return (time.perf_counter() - started) / len(sources)


def main() -> None:
    """Print the building time per article for each corpus size."""
    print(f"{'articles':>8}  {'people':>6}  {'build s':>8}  {'ms/article':>10}")
    per_article = 0.0
    for size in SIZES:
        facts = synthetic_facts(size)
        started = time.perf_counter()
        kb = KnowledgeBase(facts, references=())
        index = kb.index
        elapsed = time.perf_counter() - started
        per_article = elapsed / size
        print(f"{size:>8}  {len(index.people):>6}  {elapsed:>8.2f}  {1000 * per_article:>10.2f}")
    parse = _parse_time_per_article()
    if parse is None:
        print("\nthe extraction pipeline is not installed: no parsing time to compare with")
    else:
        print(
            f"\nparsing the example corpus: {1000 * parse:.1f} ms/article; building takes "
            f"{per_article / parse:.2f} x the parsing time per article"
        )


if __name__ == "__main__":
    main()
