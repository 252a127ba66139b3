"""A synthetic news archive: cases that recur across articles, told from templates.

The world is drawn from a seed: cases of people held by a state (a name from the
project's name lists, a charge from its charge table, a city from its place table,
officials from its officials table), some released, some exchanged for a national of the
detaining state. Each article tells one case as it stands on its publication day (a
detention, a sentence, a release, a swap, or a case still open), with quotations from an
official, the other side and the family, noise paragraphs and site chrome around it.
Article ``i`` depends only on the seed, ``i`` and the archive's number of cases, so an
archive can be written in any order and in parts.
"""

from __future__ import annotations

import datetime as dt
import functools
import random
from collections.abc import Iterator
from importlib import resources

import attrs

from .. import data
from ..model import State

__all__ = ["REPORTS_PER_CASE", "Archive", "Case"]

REPORTS_PER_CASE = 60
"""About how many articles tell each case, as a running story is reported."""

_CAPTORS = ("CN", "RU", "IR", "KP", "VE", "BY", "MM", "SY")
_NATIONS = ("CA", "US", "GB", "FR", "AU", "DE", "SE", "NL", "JP", "BE", "AT", "DK")
_OCCUPATIONS = (
    "businessman",
    "aid worker",
    "academic",
    "journalist",
    "former diplomat",
    "teacher",
    "engineer",
    "tourist",
    "consultant",
    "researcher",
)
_RELATIVES = {"m": ("brother", "father", "son"), "f": ("sister", "mother", "daughter")}
_OUTLETS = (
    "The Harbour Courier",
    "Daily Ledger",
    "Northern Wire",
    "The Evening Standard-Post",
    "Metro Observer",
    "World Desk",
)
_LATEST = dt.date(2025, 6, 30)
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_NUMBER_WORDS = (
    *("zero", "one", "two", "three", "four", "five", "six"),
    *("seven", "eight", "nine", "ten", "eleven", "twelve"),
)
_CAPITALS = {
    "CA": "Ottawa",
    "US": "Washington",
    "GB": "London",
    "FR": "Paris",
    "AU": "Canberra",
    "DE": "Berlin",
    "SE": "Stockholm",
    "NL": "The Hague",
    "JP": "Tokyo",
    "BE": "Brussels",
    "AT": "Vienna",
    "DK": "Copenhagen",
}
_NAMES = {"US": "the United States", "GB": "Britain", "NL": "the Netherlands"}
"""Names as a sentence uses them, where it is not the state's common name."""
_SWAP_SHARE = 0.25
_RELEASE_SHARE = 0.5
_SENTENCE_SHARE = 0.6
_NOISE = (3, 5)
_CONTEXT = (2, 3)


@attrs.frozen
class _Vocabulary:
    """What the archive draws from: the project's own tables."""

    given: tuple[tuple[str, str], ...]
    """Given names and their gender (``m``, ``f`` or ``-``)."""
    surnames: tuple[str, ...]
    charges: tuple[str, ...]
    cities: dict[str, list[str]]
    demonyms: dict[str, str]
    officials: dict[str, list[tuple[str, str]]]
    """Officials by state: name and title."""


@functools.cache
def _vocabulary() -> _Vocabulary:
    cities: dict[str, list[str]] = {}
    for row in data.rows("detentions/locations.tsv"):
        cities.setdefault(row[1], []).append(row[0])
    demonyms: dict[str, str] = {}
    for row in data.rows("places/demonyms.tsv"):
        if row[0][0].isupper() and not row[0].endswith("s"):
            demonyms.setdefault(row[1], row[0])
    officials: dict[str, list[tuple[str, str]]] = {}
    for row in data.rows("people/officials.tsv"):
        title = row[2].split(",")[0].split(" then ")[0].strip()
        officials.setdefault(row[1], []).append((row[0].split("|")[0], title))
    return _Vocabulary(
        given=tuple(
            (row[0], row[1] if len(row) > 1 else "-") for row in data.rows("people/given_names.tsv")
        ),
        surnames=tuple(r[0] for r in data.rows("people/surnames.tsv") if len(r[0]) > 3),
        charges=tuple(sorted({row[1] for row in data.rows("detentions/charges.tsv")})),
        cities=cities,
        demonyms=demonyms,
        officials=officials,
    )


@functools.cache
def _templates() -> dict[str, list[str]]:
    text = resources.files("arbdet.bench").joinpath("templates.txt").read_text(encoding="utf-8")
    found: dict[str, list[str]] = {}
    kind = ""
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            kind = line[1:-1]
            found[kind] = []
        else:
            found[kind].append(line)
    return found


def _long(day: dt.date) -> str:
    return f"{_MONTHS[day.month - 1]} {day.day}, {day.year}"


def _month_year(day: dt.date) -> str:
    return f"{_MONTHS[day.month - 1]} {day.year}"


def _a(word: str) -> str:
    """The word after its indefinite article."""
    return f"{'an' if word[0].lower() in 'aeiou' else 'a'} {word}"


def _years(days: int) -> str:
    years = days // 365
    if years < 1:
        return f"{max(1, days // 30)} months"
    word = _NUMBER_WORDS[years] if years < len(_NUMBER_WORDS) else str(years)
    return f"{word} year" + ("s" if years > 1 else "")


@attrs.frozen
class Person:
    """A person of the synthetic world."""

    given: str
    surname: str
    gender: str

    @property
    def name(self) -> str:
        """The full name."""
        return f"{self.given} {self.surname}"


@attrs.frozen
class Case:
    """One detention of the synthetic world, and what happens in it."""

    detainee: Person
    nation: str
    captor: str
    city: str
    occupation: str
    charge: str
    start: dt.date
    sentenced: dt.date | None
    sentence_years: int | None
    end: dt.date | None
    partner: Person | None
    """The captor's national freed in exchange, where the case ends in a swap."""
    partner_charge: str
    relative: str
    relative_name: str
    official: tuple[str, str] | None
    """The official of the detainee's state who speaks on the case: name and title."""
    captor_official: tuple[str, str] | None
    """The detaining state's official who answers: name and title."""


def _person(rng: random.Random) -> Person:
    vocabulary = _vocabulary()
    given, gender = rng.choice(vocabulary.given)
    surname = rng.choice(vocabulary.surnames)
    return Person(given, surname, gender if gender in ("m", "f") else rng.choice("mf"))


def _case(seed: int, number: int) -> Case:
    rng = random.Random(f"{seed}:case:{number}")
    vocabulary = _vocabulary()
    cities, charges = vocabulary.cities, vocabulary.charges
    captor = rng.choice(_CAPTORS)
    detainee = _person(rng)
    start = dt.date(2010, 1, 1) + dt.timedelta(days=rng.randrange(14 * 365))
    sentenced = years = end = partner = None
    if rng.random() < _SENTENCE_SHARE:
        sentenced = start + dt.timedelta(days=rng.randrange(120, 700))
        years = rng.randint(3, 12)
    if rng.random() < _RELEASE_SHARE:
        end = (sentenced or start) + dt.timedelta(days=rng.randrange(60, 1500))
        if rng.random() < _SWAP_SHARE:
            partner = _person(rng)
    if end is not None and end > _LATEST:
        end = partner = None
    relative = rng.choice(_RELATIVES[rng.choice("mf")])
    nation = rng.choice(_NATIONS)
    officials = vocabulary.officials
    return Case(
        detainee=detainee,
        nation=nation,
        captor=captor,
        city=rng.choice(cities.get(captor) or [State(captor).name]),
        occupation=rng.choice(_OCCUPATIONS),
        charge=rng.choice(charges),
        start=start,
        sentenced=sentenced if sentenced and sentenced < _LATEST else None,
        sentence_years=years if sentenced and sentenced < _LATEST else None,
        end=end,
        partner=partner,
        partner_charge=rng.choice(charges),
        relative=relative,
        relative_name=f"{_person(rng).given} {detainee.surname}",
        official=rng.choice(officials[nation]) if nation in officials else None,
        captor_official=rng.choice(officials[captor]) if captor in officials else None,
    )


@attrs.frozen
class Archive:
    """``count`` synthetic articles drawn from ``seed``; :meth:`article` gives one."""

    count: int
    seed: int = 0

    @property
    def cases(self) -> int:
        """How many cases the articles tell (about :data:`REPORTS_PER_CASE` articles each)."""
        return max(1, round(self.count / REPORTS_PER_CASE))

    def case(self, number: int) -> Case:
        """One case of the archive's world."""
        return _case(self.seed, number)

    def article(self, number: int) -> tuple[str, str]:
        """Article ``number``: its file name and its text."""
        rng = random.Random(f"{self.seed}:article:{number}")
        case = self.case(rng.randrange(self.cases))
        return f"{number:07d}.txt", _Story(case, rng).text()

    def __iter__(self) -> Iterator[tuple[str, str]]:
        for number in range(self.count):
            yield self.article(number)


class _Story:
    """One article about one case, as the case stands on the publication day."""

    def __init__(self, case: Case, rng: random.Random) -> None:
        self.case = case
        self.rng = rng
        latest = min(_LATEST, (case.end or _LATEST) + dt.timedelta(days=400))
        span = max(1, (latest - case.start).days)
        self.published = case.start + dt.timedelta(days=1 + rng.randrange(span))
        self.fields = self._fields()

    def _fields(self) -> dict[str, str]:
        case, rng = self.case, self.rng
        demonyms = _vocabulary().demonyms
        nation, captor = State(case.nation), State(case.captor)
        official = case.official or ("the foreign minister", "foreign minister")
        other = case.captor_official
        male = case.detainee.gender == "m"
        end = case.end or self.published
        held = (min(self.published, end) - case.start).days
        published = self.published
        month = _MONTHS[published.month - 1]
        demonym = demonyms.get(case.nation, nation.name)
        captor_adj = demonyms.get(case.captor, captor.name)
        return {
            "name": case.detainee.name,
            "given": case.detainee.given,
            "surname": case.detainee.surname,
            "demonym": demonym,
            "a_demonym": _a(demonym),
            "a_demonym_cap": _a(demonym).capitalize(),
            "a_occupation": _a(case.occupation),
            "a_captor_adj": _a(captor_adj),
            "nation": _NAMES.get(case.nation, nation.name),
            "nation_adj": demonyms.get(case.nation, nation.name),
            "nation_capital": _CAPITALS[case.nation],
            "nation_capital_upper": _CAPITALS[case.nation].upper(),
            "captor": captor.name,
            "captor_adj": captor_adj,
            "city": case.city,
            "city_upper": case.city.upper(),
            "occupation": case.occupation,
            "charge": case.charge,
            "start_long": _long(case.start),
            "start_month_year": _month_year(case.start),
            "start_weekday": _WEEKDAYS[case.start.weekday()],
            "end_long": _long(end),
            "end_weekday": _WEEKDAYS[end.weekday()],
            "days": f"{(end - case.start).days:,}",
            "held_years": _years(held),
            "sentence_month_year": _month_year(case.sentenced) if case.sentenced else "",
            "sentence_words": _NUMBER_WORDS[case.sentence_years]
            if case.sentence_years and case.sentence_years < len(_NUMBER_WORDS)
            else str(case.sentence_years),
            "official": official[0],
            "official_title": official[1],
            "captor_speaker": f"{other[1]} {other[0]}"
            if other
            else "a foreign ministry spokesperson",
            "partner": case.partner.name if case.partner else "",
            "partner_charge": case.partner_charge,
            "relative": case.relative,
            "relative_name": case.relative_name,
            "relative_short": case.relative_name.split()[0],
            "pronoun_subject_cap": "He" if male else "She",
            "pronoun_object": "him" if male else "her",
            "pronoun_possessive": "his" if male else "her",
            "pronoun_possessive_cap": "His" if male else "Her",
            "outlet": rng.choice(_OUTLETS),
            "published_iso": published.isoformat(),
            "published_long": _long(published),
            "published_short": _long(published).replace(_MONTHS[published.month - 1], month[:3]),
            "published_weekday_long": f"{_WEEKDAYS[published.weekday()]}, {_long(published)}",
            "published_year": str(published.year),
        }

    def _fill(self, template: str) -> str:
        text = template.format_map(self.fields)
        return text[:1].upper() + text[1:]

    def _one(self, kind: str) -> str:
        return self._fill(self.rng.choice(_templates()[kind]))

    def _some(self, kind: str, bounds: tuple[int, int]) -> list[str]:
        """Different paragraphs of one kind, as many as ``bounds`` allow."""
        found = _templates()[kind]
        count = min(len(found), self.rng.randint(*bounds))
        return [self._fill(template) for template in self.rng.sample(found, count)]

    def _stage(self) -> str:
        case, day = self.case, self.published
        if case.end is not None and day >= case.end:
            return "exchanged" if case.partner else "released"
        if (day - case.start).days < 30:
            return "detained"
        return "held"

    def _body(self, stage: str) -> list[str]:
        case, rng = self.case, self.rng
        paragraphs = [self._one(f"lede_{stage}"), self._one("background")]
        paragraphs += self._some("context", _CONTEXT)
        if case.sentenced is not None and self.published > case.sentenced:
            paragraphs.append(self._one("sentence"))
        paragraphs.append(self._one("official_quote"))
        if rng.random() < 0.6:
            paragraphs.append(self._one("captor_reply"))
        if case.partner is not None and rng.random() < 0.5:
            paragraphs.append(self._one("link"))
        if rng.random() < 0.7:
            paragraphs.append(self._one("family_quote"))
        if rng.random() < 0.5:
            paragraphs.append(self._one("analyst_quote"))
        if stage in ("released", "exchanged"):
            paragraphs.append(self._one("release_detail"))
        if stage == "exchanged":
            paragraphs.append(self._one("swap_detail"))
        for noise in self._some("noise", _NOISE):
            paragraphs.insert(rng.randint(2, len(paragraphs)), noise)
        paragraphs.append(self._one("closing"))
        return paragraphs

    def text(self) -> str:
        """The article's text: chrome, header, title, body and footer."""
        rng = self.rng
        stage = self._stage()
        body = self._body(stage)
        if rng.random() < 0.5:
            body[0] = f"{self._one('dateline')} - {body[0]}"
        header = self._one("header")
        chrome = [self._one("chrome_top")] if rng.random() < 0.6 else []
        # a bare " date" line is read only at the top; a dateline sits below the chrome
        lines = [header, *chrome] if header.startswith(" date") else [*chrome, header]
        lines += [self._one(f"title_{stage}"), *body]
        lines += [self._one("chrome_bottom") for _ in range(rng.randint(0, 2))]
        return "\n\n".join(lines) + "\n"
