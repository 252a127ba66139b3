"""Detentions: who is held by which state, since when, on what charges, and whether freed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from arbdet.corpus_files import corpus_articles, corpus_gold
from arbdet.errors import ArbdetError
from arbdet.extract.detentions import DETENTIONS, FAMILY
from arbdet.extract.pipeline import STEPS
from arbdet.facts import to_facts
from arbdet.io import read_source
from arbdet.model import ArticleFacts, Detention, DetentionStatus, PartialDate, Source
from arbdet.text import Document
from tests.conftest import Scorer


def _doc(text: str, published: str | None = "2021-09-27") -> Document:
    return Document.from_source(read_source(text, published=published))


_ANY_SOURCE = Source.create("a source for records")


def _detentions(doc: Document) -> list[Detention]:
    """The detentions of ``doc``, read after the steps they need."""
    for step in STEPS:
        step.run(doc)
        if step.key == DETENTIONS:
            break
    return list(doc.facts(DETENTIONS))


def _record(detention: Detention) -> dict[str, Any]:
    """The ``arbdet-facts/1`` record of a detention."""
    record: dict[str, Any] = to_facts(ArticleFacts(_ANY_SOURCE, detentions=(detention,)))[
        "detentions"
    ][0]
    return record


@attrs.frozen
class Case:
    """A passage and what must be read from it: records by detainee, and people not held."""

    text: str
    expect: dict[str, dict[str, Any]]
    absent: tuple[str, ...] = ()
    published: str | None = "2021-09-27"


CASES: list[Case] = [
    # --- passive voice, dates, states
    Case(
        "Two Canadians, former diplomat Michael Kovrig and businessman Michael Spavor, were "
        "detained in China in December 2018.",
        {
            "Michael Kovrig": {"detaining_state": "CN", "start": "2018-12", "nationality": ["CA"]},
            "Michael Spavor": {"detaining_state": "CN", "start": "2018-12", "nationality": ["CA"]},
        },
    ),
    Case(
        "Paul Whelan, a former U.S. Marine, was arrested in a Moscow hotel room on Dec. 28, "
        "2018, and sentenced in June 2020 to 16 years for espionage.",
        {
            "Paul Whelan": {
                "detaining_state": "RU",
                "start": "2018-12-28",
                "charges": ["espionage"],
                "sentence_years": 16,
            }
        },
    ),
    Case(
        "Huawei's finance chief Meng Wanzhou was arrested by the RCMP at Vancouver's airport "
        "on Dec. 1, 2018.",
        {"Meng Wanzhou": {"detaining_state": "CA", "start": "2018-12-01"}},
    ),
    Case(
        "Meng Wanzhou was arrested by Canadian officials while changing planes in Vancouver.",
        {"Meng Wanzhou": {"detaining_state": "CA"}},
    ),
    Case(
        "Roman Protasevich was detained by the Belarusian authorities on Sunday after his "
        "flight was diverted to Minsk.",
        {"Roman Protasevich": {"detaining_state": "BY", "start": "2021-09-26"}},
    ),
    # --- active voice
    Case(
        "In December 2018, Beijing detained two Canadians, Michael Spavor and Michael Kovrig.",
        {
            "Michael Spavor": {"detaining_state": "CN", "start": "2018-12"},
            "Michael Kovrig": {"detaining_state": "CN", "start": "2018-12"},
        },
    ),
    Case(
        "A Russian court sentenced Evan Gershkovich, a reporter for The Wall Street Journal, "
        "to 16 years in a penal colony for espionage.",
        {"Evan Gershkovich": {"detaining_state": "RU", "sentence_years": 16}},
    ),
    Case(
        "Canadian police arrested Meng Wanzhou at the request of the United States.",
        {"Meng Wanzhou": {"detaining_state": "CA"}},
    ),
    Case(
        "Iran released Nazanin Zaghari-Ratcliffe and Anoosheh Ashoori on Wednesday.",
        {
            "Nazanin Zaghari-Ratcliffe": {"detaining_state": "IR", "released": True},
            "Anoosheh Ashoori": {"detaining_state": "IR", "end": "2021-09-22"},
        },
    ),
    Case(
        "Chinese state security agents detain Michael Kovrig in Beijing.",
        {"Michael Kovrig": {"detaining_state": "CN"}},
    ),
    Case(
        "Russia freed American journalist Evan Gershkovich, former Marine Paul Whelan and "
        "editor Alsu Kurmasheva on Thursday.",
        {
            "Evan Gershkovich": {"detaining_state": "RU", "released": True, "end": "2021-09-23"},
            "Paul Whelan": {"detaining_state": "RU", "released": True},
            "Alsu Kurmasheva": {"detaining_state": "RU", "released": True},
        },
    ),
    # --- place and date before the person
    Case(
        "The two Canadians were picked up nine days after the arrest in Vancouver, on Dec. 1, "
        "2018, of Meng Wanzhou.",
        {"Meng Wanzhou": {"detaining_state": "CA", "start": "2018-12-01"}},
    ),
    Case(
        "Days earlier, Canadian authorities had detained on Dec. 1, 2018 at Vancouver's airport "
        "the chief financial officer of the Chinese technology company Huawei, Meng Wanzhou.",
        {"Meng Wanzhou": {"detaining_state": "CA", "start": "2018-12-01"}},
    ),
    Case(
        "On Aug. 23, 1986, American agents had arrested in New York the Soviet physicist Gennadi "
        "Zakharov.",
        {"Gennadi Zakharov": {"detaining_state": "US", "start": "1986-08-23"}},
    ),
    Case(
        "Krasikov was serving a life term for the killing in a Berlin park of Zelimkhan "
        "Khangoshvili, a Georgian citizen.",
        {},
        absent=("Zelimkhan Khangoshvili",),
    ),
    # --- relative clauses, reduced relatives, appositions
    Case(
        "Paul Whelan, who has been held in Russia since December 2018, spoke by phone.",
        {"Paul Whelan": {"detaining_state": "RU", "start": "2018-12", "released": False}},
    ),
    Case(
        "The deal brought home Vadim Krasikov, a Russian assassin jailed in Germany.",
        {"Vadim Krasikov": {"detaining_state": "DE", "nationality": ["RU"]}},
    ),
    Case(
        "Washington let go of Konstantin Yaroshenko, a Russian pilot serving a 20-year "
        "sentence in the United States for drug trafficking.",
        {
            "Konstantin Yaroshenko": {
                "detaining_state": "US",
                "sentence_years": 20,
                "charges": ["drug trafficking"],
            }
        },
    ),
    Case(
        "Michael Spavor, seen in a 2017 file photo, has been held in China since December 2018.",
        {"Michael Spavor": {"detaining_state": "CN", "start": "2018-12", "released": False}},
    ),
    Case(
        "Johan Floderus and Saeed Azizi released from detention in Iran",
        {
            "Johan Floderus": {"detaining_state": "IR", "released": True},
            "Saeed Azizi": {"detaining_state": "IR", "released": True},
        },
    ),
    Case(
        "Among those freed by Tehran was Siamak Namazi, an Iranian-American businessman "
        "arrested in October 2015.",
        {
            "Siamak Namazi": {
                "detaining_state": "IR",
                "start": "2015-10",
                "released": True,
                "nationality": ["IR", "US"],
            }
        },
    ),
    Case(
        "Kylie Moore-Gilbert, the British-Australian lecturer who was held in Tehran's Evin "
        "prison for two years, flew home on Wednesday.",
        {
            "Kylie Moore-Gilbert": {
                "detaining_state": "IR",
                "released": True,
                "end": "2021-09-22",
                "nationality": ["GB", "AU"],
            }
        },
    ),
    # --- sentences and terms
    Case(
        "A court in Dandong sentenced Michael Spavor to 11 years in prison for espionage.",
        {"Michael Spavor": {"detaining_state": "CN", "sentence_years": 11}},
    ),
    Case(
        "A court in Kazan has given Alsu Kurmasheva six and a half years for spreading false "
        "information about the Russian army.",
        {
            "Alsu Kurmasheva": {
                "detaining_state": "RU",
                "sentence_years": 6.5,
                "charges": ["spreading false information about the russian army"],
            }
        },
    ),
    Case(
        "Otto Warmbier was sentenced by a North Korean court to 15 years of hard labor for "
        "trying to steal a propaganda poster.",
        {
            "Otto Warmbier": {
                "detaining_state": "KP",
                "sentence_years": 15,
                "charges": ["stealing a propaganda poster"],
            }
        },
    ),
    Case(
        "Konstantin Yaroshenko had served more than 10 years of a 20-year sentence in the "
        "United States.",
        {"Konstantin Yaroshenko": {"detaining_state": "US", "sentence_years": 20}},
    ),
    Case(
        "Ahmadreza Djalali was sentenced to death in Iran for espionage.",
        {"Ahmadreza Djalali": {"detaining_state": "IR", "sentence_years": None}},
    ),
    Case(
        "Brittney Griner, convicted of drug possession and smuggling, was jailed in Russia "
        "for nine years.",
        {
            "Brittney Griner": {
                "detaining_state": "RU",
                "charges": ["drug possession", "drug smuggling"],
                "sentence_years": 9,
            }
        },
    ),
    Case(
        "Jason Rezaian was arrested in Tehran in July 2014. Prosecutors had asked for 18 years.",
        {"Jason Rezaian": {"detaining_state": "IR", "start": "2014-07", "sentence_years": None}},
    ),
    Case(
        "Michael Kovrig and Michael Spavor were detained in China in 2018. The pair were "
        "convicted of espionage, with Spavor receiving an 11-year sentence while Kovrig "
        "awaited his fate.",
        {
            "Michael Spavor": {"sentence_years": 11, "charges": ["espionage"]},
            "Michael Kovrig": {"sentence_years": None, "charges": ["espionage"]},
        },
    ),
    # --- charges
    Case(
        "Trevor Reed was convicted in Moscow of endangering the lives of two police officers.",
        {"Trevor Reed": {"detaining_state": "RU", "charges": ["endangering police officers"]}},
        published="2021-02-16",
    ),
    Case(
        "Nazanin Zaghari-Ratcliffe was jailed in Iran after a court found her guilty of "
        "plotting to overthrow the government.",
        {"Nazanin Zaghari-Ratcliffe": {"charges": ["plotting to overthrow the government"]}},
    ),
    Case(
        "The United States wanted Meng Wanzhou extradited to face bank and wire fraud "
        "charges after she was held in Vancouver.",
        {"Meng Wanzhou": {"detaining_state": "CA", "charges": ["bank fraud", "wire fraud"]}},
    ),
    Case(
        "Cheng Lei was detained in Beijing in August 2020 on suspicion of illegally supplying "
        "state secrets overseas.",
        {
            "Cheng Lei": {
                "detaining_state": "CN",
                "start": "2020-08",
                "charges": ["illegally supplying state secrets overseas"],
            }
        },
    ),
    Case(
        "Yang Hengjun, who was detained at Guangzhou airport in January 2019, is accused of "
        "spying.",
        {"Yang Hengjun": {"detaining_state": "CN", "start": "2019-01", "charges": ["espionage"]}},
    ),
    Case(
        "Olivier Grondeau was arrested in Shiraz and later sentenced to five years in prison "
        "on espionage charges.",
        {"Olivier Grondeau": {"detaining_state": "IR", "sentence_years": 5}},
    ),
    # --- group mentions and pronouns
    Case(
        "Michael Kovrig and Michael Spavor were detained in China on Dec. 10, 2018. The two men "
        "were charged with espionage in June 2020.",
        {
            "Michael Kovrig": {"start": "2018-12-10", "charges": ["espionage"]},
            "Michael Spavor": {"start": "2018-12-10", "charges": ["espionage"]},
        },
    ),
    Case(
        "Michael Kovrig and Michael Spavor were detained in China in 2018. China freed both "
        "men on Friday.",
        {
            "Michael Kovrig": {"released": True, "end": "2021-09-24"},
            "Michael Spavor": {"released": True, "end": "2021-09-24"},
        },
    ),
    Case(
        "Paul Whelan is serving 16 years in a Russian penal colony. Trevor Reed was given nine "
        "years in Moscow. Both remain behind bars.",
        {
            "Paul Whelan": {"detaining_state": "RU", "released": False},
            "Trevor Reed": {"detaining_state": "RU", "released": False, "sentence_years": 9},
        },
    ),
    Case(
        "Cheng Lei arrived home in Melbourne more than three years after she was detained in "
        "Beijing.",
        {"Cheng Lei": {"detaining_state": "CN", "released": True}},
    ),
    # --- release versus still held
    Case(
        "The State Department called on China to release Michael Kovrig and Michael Spavor.",
        {
            "Michael Kovrig": {"detaining_state": "CN", "released": False},
            "Michael Spavor": {"detaining_state": "CN", "released": False},
        },
    ),
    Case(
        "Ahmadreza Djalali remains in custody in Iran, and Sweden is pressing for his release.",
        {"Ahmadreza Djalali": {"detaining_state": "IR", "released": False}},
    ),
    Case(
        "Morad Tahbaz was let out of Tehran's Evin prison on furlough.",
        {"Morad Tahbaz": {"detaining_state": "IR", "released": False}},
    ),
    Case(
        "Meng Wanzhou, arrested in Vancouver in 2018, is out on bail.",
        {"Meng Wanzhou": {"detaining_state": "CA", "released": False, "start": "2018"}},
    ),
    Case(
        "Olivier Grondeau, who had been held in Iran since October 2022, has been freed.",
        {"Olivier Grondeau": {"detaining_state": "IR", "start": "2022-10", "released": True}},
    ),
    Case(
        "Kovrig had not been sentenced. Michael Kovrig was detained in China in 2018.",
        {"Michael Kovrig": {"detaining_state": "CN", "sentence_years": None}},
    ),
    Case(
        "Benjamin Briere, arrested in Iran in May 2020, returned to France in May 2023.",
        {"Benjamin Briere": {"detaining_state": "IR", "start": "2020-05", "end": "2023-05"}},
    ),
    Case(
        "Four Australians jailed in Myanmar were let go on 12 November 2021. Among those freed "
        "was Sean Turnell, an economist arrested in Yangon in February 2021.",
        {"Sean Turnell": {"detaining_state": "MM", "start": "2021-02", "end": "2021-11-12"}},
    ),
    # --- swaps and two states
    Case(
        "Trevor Reed was swapped for the Russian pilot Konstantin Yaroshenko in April 2022. "
        "Reed had been arrested in Moscow, and Yaroshenko had been jailed in the United States.",
        {
            "Trevor Reed": {"detaining_state": "RU", "released": True, "end": "2022-04"},
            "Konstantin Yaroshenko": {"detaining_state": "US", "released": True},
        },
        published="2022-04-28",
    ),
    Case(
        "Alex Saab was arrested in Cape Verde in June 2020. He was extradited to Miami in "
        "October 2021 to face a money laundering charge.",
        {"Alex Saab": {"start": "2020-06"}},
        published="2023-12-21",
    ),
    Case(
        "Konstantin Yaroshenko was seized in Liberia in 2010 and flown to the United States.",
        {"Konstantin Yaroshenko": {"detaining_state": "US", "start": "2010"}},
        published="2022-04-27",
    ),
    # --- nouns
    Case(
        "Canada has accused China of detaining the two men in retaliation for its arrest of a "
        "Huawei executive, Meng Wanzhou.",
        {"Meng Wanzhou": {"detaining_state": "CA"}},
    ),
    Case(
        "Their detentions followed Canada's Dec. 1 arrest of Meng Wanzhou.",
        {"Meng Wanzhou": {"detaining_state": "CA", "start": "2018-12-01"}},
        published="2019-01-15",
    ),
    Case(
        "Relations soured after the arrest of Meng Wanzhou in Vancouver.",
        {"Meng Wanzhou": {"detaining_state": "CA"}},
    ),
    Case(
        "Robert Schellenberg, whose 15-year sentence for drug smuggling was raised to death, "
        "remains on death row in China.",
        {
            "Robert Schellenberg": {
                "detaining_state": "CN",
                "released": False,
                "sentence_years": None,
                "charges": ["drug smuggling"],
            }
        },
    ),
    # --- nationalities
    Case(
        "Paul Whelan, who also holds British, Canadian and Irish citizenship, was arrested in "
        "Moscow.",
        {"Paul Whelan": {"detaining_state": "RU", "nationality": ["GB", "CA", "IE"]}},
    ),
    Case(
        "Sofia Sapega, a citizen of Russia, was detained in Minsk.",
        {"Sofia Sapega": {"detaining_state": "BY", "nationality": ["RU"]}},
    ),
    Case(
        "Swedish citizens Johan Floderus and Saeed Azizi were released by Iran today.",
        {
            "Johan Floderus": {"nationality": ["SE"], "released": True},
            "Saeed Azizi": {"nationality": ["SE"], "released": True},
        },
    ),
    Case(
        "Canadian Robert Schellenberg was detained in Dalian in December 2014.",
        {"Robert Schellenberg": {"nationality": ["CA"], "start": "2014-12"}},
    ),
    Case(
        "Vladimir Kara-Murza, a Kremlin critic with Russian and British citizenship, is "
        "serving 25 years for treason in Russia.",
        {
            "Vladimir Kara-Murza": {
                "nationality": ["RU", "GB"],
                "sentence_years": 25,
                "charges": ["treason"],
                "released": False,
            }
        },
    ),
    Case(
        "Trevor Reed, the former U.S. Marine jailed in Russia since August 2019, flew home.",
        {"Trevor Reed": {"detaining_state": "RU", "nationality": ["US"], "start": "2019-08"}},
    ),
    Case(
        "Danny Fenster, another American magazine editor, was jailed in Myanmar in May 2021.",
        {"Danny Fenster": {"detaining_state": "MM", "nationality": ["US"]}},
    ),
    # --- people who are not detainees
    Case(
        "Foreign Minister Marc Garneau said Canada would keep pressing China over the "
        "arbitrary detention of foreign nationals.",
        {},
        absent=("Marc Garneau",),
    ),
    Case(
        "Canadian police arrested Meng Wanzhou, Prime Minister Justin Trudeau told reporters.",
        {"Meng Wanzhou": {"detaining_state": "CA"}},
        absent=("Justin Trudeau",),
    ),
    Case(
        "Western diplomats have accused China of detaining foreign nationals as bargaining "
        "chips, said Antony Blinken.",
        {},
        absent=("Antony Blinken",),
    ),
    Case(
        "Beijing detained two Canadian citizens shortly after Canada's arrest of Meng Wanzhou.",
        {"Meng Wanzhou": {"detaining_state": "CA"}},
    ),
    Case(
        "Beijing detained two Canadian citizens shortly after the arrest of Meng Wanzhou.",
        {},
        absent=("Meng Wanzhou",),
    ),
    Case(
        "Richard Ratcliffe, who staged two hunger strikes, said his wife Nazanin "
        "Zaghari-Ratcliffe had been held in Iran since 2016.",
        {"Nazanin Zaghari-Ratcliffe": {"detaining_state": "IR", "start": "2016"}},
        absent=("Richard Ratcliffe",),
    ),
    Case(
        "President Joe Biden granted clemency to Alex Saab, who had been held in the United "
        "States since 2021.",
        {"Alex Saab": {"detaining_state": "US", "released": True}},
        absent=("Joe Biden",),
    ),
    Case(
        "Evan Gershkovich was accused of espionage by the Russian authorities.",
        {},
        absent=("Evan Gershkovich",),
    ),
    Case(
        "Hamid Nouri, a former official at Gohardasht prison near Karaj, was arrested when he "
        "flew into Sweden in November 2019.",
        {"Hamid Nouri": {"detaining_state": "SE"}},
        absent=(),
    ),
    Case(
        "Brittney Griner, who had been arrested in Moscow, was released into U.S. custody on "
        "Thursday.",
        {"Brittney Griner": {"detaining_state": "RU", "released": True}},
    ),
    Case(
        "His brother Babak, who lobbied for years for his release, thanked the officials.",
        {},
        absent=("Babak",),
    ),
    # --- timelines
    Case(
        "Dec. 10, 2018\n\nChinese state security agents detain Michael Kovrig in Beijing.",
        {"Michael Kovrig": {"detaining_state": "CN", "start": "2018-12-10"}},
    ),
    Case(
        "3 April 2016 - Nazanin Zaghari-Ratcliffe, a project manager, is detained at Imam "
        "Khomeini airport.",
        {"Nazanin Zaghari-Ratcliffe": {"detaining_state": "IR", "start": "2016-04-03"}},
    ),
    # --- relatives, aliases and homecomings
    Case(
        "Jimmy Lai was freed from a Chinese prison on Monday. Lai embraced his son, Sebastien "
        "Lai, in Taipei on Tuesday, after flying back to Taiwan overnight.",
        {"Jimmy Lai": {"detaining_state": "CN", "released": True, "end": "2021-09-20"}},
        absent=("Sebastien Lai",),
        published="2021-09-23",
    ),
    Case(
        "Two teachers remain in Venezuelan custody: Jorge Alvarez, also known as Coco "
        "Alvarez, and Pedro Ruiz, who were detained in Caracas in May.",
        {"Jorge Alvarez": {"detaining_state": "VE"}, "Pedro Ruiz": {"detaining_state": "VE"}},
        absent=("Coco Alvarez",),
    ),
    Case(
        "Canadian engineer Daniel Moreau was detained at a Moscow hotel in May 2019 and later "
        "traded for Russian smuggler Oleg Petrov.",
        {
            "Daniel Moreau": {"detaining_state": "RU", "start": "2019-05"},
            "Oleg Petrov": {"detaining_state": "CA", "released": True},
        },
    ),
    Case(
        "In Iran, the French teacher Cecile Kohler has been held since May 2022, and the "
        "researcher Fariba Adelkhah since June 2019.",
        {
            "Cecile Kohler": {"detaining_state": "IR", "start": "2022-05"},
            "Fariba Adelkhah": {"detaining_state": "IR", "start": "2019-06"},
        },
    ),
    Case(
        "Paul Whelan was arrested in Moscow in 2018, and his brother David Whelan said the "
        "family was stunned.",
        {"Paul Whelan": {"detaining_state": "RU", "start": "2018"}},
        absent=("David Whelan",),
    ),
    Case(
        "The pilot John Henry Powers was arrested in Minsk in 2020 and sentenced to ten years.",
        {"John Henry Powers": {"detaining_state": "BY", "start": "2020", "sentence_years": 10}},
    ),
    # --- states of their time
    Case(
        "The American chemist Walter Brandt was arrested in Leningrad in March 1984 and "
        "spent two years in a Moscow prison.",
        {"Walter Brandt": {"detaining_state": "SU", "start": "1984-03"}},
        published="2019-03-02",
    ),
    Case(
        "Walter Brandt was arrested in Moscow in May 2019 and held for months. His father had "
        "left the Soviet Union as a boy, long before Russia became his son's jailer.",
        {"Walter Brandt": {"detaining_state": "RU", "start": "2019-05"}},
        published="2020-01-10",
    ),
    Case(
        "The British teacher Gerald Whitby was arrested in Kyiv. He was allowed to leave the "
        "USSR a month later.",
        {"Gerald Whitby": {"detaining_state": "SU", "released": True}},
        published="2015-06-01",
    ),
    # --- a journey after a release is not a transfer
    Case(
        "Dana Reyes, a reporter who was jailed in Myanmar in May, was freed on Friday and "
        "flown to Qatar.",
        {"Dana Reyes": {"detaining_state": "MM", "released": True}},
    ),
    Case(
        "Lena Ortiz was detained in Iran in 2010 and freed on bail a year later. Ortiz, who "
        "had flown to Muscat to meet the two men, said the wait had been hard.",
        {"Lena Ortiz": {"detaining_state": "IR"}},
    ),
]


def _matching(records: list[dict[str, Any]], name: str, fields: dict[str, Any]) -> bool:
    for record in records:
        if record["detainee"] != name:
            continue
        if all(
            sorted(record[k]) == sorted(v) if isinstance(v, list) else record[k] == v
            for k, v in fields.items()
        ):
            return True
    return False


@pytest.mark.parametrize("case", CASES, ids=[c.text[:40] for c in CASES])
def test_passages(case: Case) -> None:
    records = [_record(d) for d in _detentions(_doc(case.text, case.published))]
    for name, fields in case.expect.items():
        assert _matching(records, name, fields), (name, fields, records)
    held = {r["detainee"] for r in records}
    for name in case.absent:
        assert name not in held, records


def test_enough_passages() -> None:
    assert len(CASES) >= 50


def test_evidence_names_its_fields() -> None:
    doc = _doc(
        "Paul Whelan, a former U.S. Marine, was arrested in Moscow on Dec. 28, 2018, and "
        "sentenced in June 2020 to 16 years for espionage. He remains in custody."
    )
    (detention,) = _detentions(doc)
    fields = {e.field for e in detention.evidence}
    assert {"detainee", "detaining_state", "start", "status", "charges"} <= fields
    assert "sentence_years" in fields
    assert all(e.extractor.startswith(FAMILY + ".") for e in detention.evidence)
    assert detention.location == "Moscow"


def test_one_record_gathers_every_sentence() -> None:
    doc = _doc(
        "Michael Spavor was detained in China in December 2018. He was charged with espionage "
        "in 2020. A court sentenced him to 11 years. China freed him on Friday."
    )
    (detention,) = _detentions(doc)
    assert detention.charges == ("espionage",)
    assert detention.sentence_years == 11
    assert detention.status is DetentionStatus.RELEASED
    assert len({e.span.start for e in detention.evidence if e.field == "detainee"}) == 4


def test_two_states_give_two_records() -> None:
    doc = _doc(
        "Alex Saab was arrested in Cape Verde in June 2020. After a long legal fight, he was "
        "extradited to Miami in October 2021. On Wednesday Biden granted him clemency.",
        "2023-12-21",
    )
    records = {r["detaining_state"]: r for r in map(_record, _detentions(doc))}
    assert set(records) == {"CV", "US"}
    assert records["CV"]["start"] == "2020-06"
    assert records["CV"]["end"] == "2021-10"
    assert records["US"]["start"] == "2021-10"


# ---------------------------------------------------------------- seed articles and corpus


def _scored(scorer: Scorer, gold: Path, articles: list[Path], tmp: Path) -> dict[str, Any]:
    """The scorer's detentions summary for these articles, with a readable report."""
    predicted = []
    for path in articles:
        source = read_source(path)
        found = _detentions(Document.from_source(source))
        predicted.append(to_facts(ArticleFacts(source, detentions=tuple(found))))
    summary = scorer.summary(gold, predicted, tmp, ("detentions",))
    detentions: dict[str, Any] = summary["kinds"]["detentions"]
    print(detentions, summary["field_accuracy"])
    return {"f1": detentions["f1"], "accuracy": summary["field_accuracy"], "report": detentions}


def test_seed_articles(shared_eval: Path, scorer: Scorer, tmp_path: Path) -> None:
    seeds = sorted((shared_eval / "seeds").glob("*.txt"))
    result = _scored(scorer, shared_eval / "gold" / "seeds", seeds, tmp_path)
    assert result["f1"] >= 0.9, result
    assert result["accuracy"] >= 0.9, result


def test_corpus_articles(scorer: Scorer, tmp_path: Path) -> None:
    articles = [Path(str(a)) for a in corpus_articles()]
    gold = Path(str(corpus_gold()[0])).parent
    result = _scored(scorer, gold, articles, tmp_path)
    # measured at 0.93 and 0.80; the floor leaves room for changes in the layers below
    assert result["f1"] >= 0.86, result
    assert result["accuracy"] >= 0.75, result


# ---------------------------------------------------------------- properties

_NEUTRAL = [
    "The weather in the capital was mild for the season.",
    "Shares rose slightly in early trading on Tuesday.",
    "The orchestra will tour three cities next spring.",
    "A new bridge over the river opened to traffic.",
]

_BASE = [
    "Michael Kovrig was detained in China in December 2018.",
    "A Russian court sentenced Paul Whelan to 16 years for espionage.",
    "Iran freed Nazanin Zaghari-Ratcliffe on Wednesday.",
    "Meng Wanzhou was arrested by Canadian police in Vancouver.",
]


def _safe(text: str) -> tuple[Document, list[Detention]] | None:
    try:
        doc = Document.from_source(Source.create(text), splitters=())
    except ArbdetError:
        return None
    return doc, _detentions(doc)


@settings(max_examples=40)
@given(st.text(max_size=300))
def test_total_over_arbitrary_text(text: str) -> None:
    result = _safe(text)
    if result is not None:
        assert all(isinstance(d, Detention) for d in result[1])


@settings(max_examples=25)
@given(
    st.lists(st.sampled_from(_BASE + _NEUTRAL), min_size=1, max_size=5),
    st.sampled_from(["", " ", "\n\n"]),
)
def test_evidence_is_the_source_text_and_output_repeats(sentences: list[str], gap: str) -> None:
    text = (" " + gap).join(sentences)
    result = _safe(text)
    assert result is not None
    doc, found = result
    for detention in found:
        for evidence in detention.evidence:
            assert doc.source.slice(evidence.span) == evidence.text
            assert evidence.source_id == doc.source.id
    again = _safe(text)
    assert again is not None
    assert again[1] == found


@settings(max_examples=25)
@given(st.sampled_from(_BASE), st.lists(st.sampled_from(_NEUTRAL), min_size=1, max_size=3))
def test_unrelated_paragraph_keeps_detentions(sentence: str, extra: list[str]) -> None:
    before = _safe(sentence)
    after = _safe(sentence + "\n\n" + " ".join(extra))
    assert before is not None
    assert after is not None
    keys = {(d.detainee.name, d.detaining_state) for d in before[1]}
    assert keys
    assert keys <= {(d.detainee.name, d.detaining_state) for d in after[1]}


def test_a_journey_makes_no_record() -> None:
    doc = _doc(
        "Dana Reyes, a reporter who was jailed in Myanmar in May, was freed on Friday and "
        "flown to Qatar. Her colleague Lena Ortiz, who had flown to Doha to meet her, was "
        "detained in Myanmar last year."
    )
    states = {(r["detainee"], r["detaining_state"]) for r in map(_record, _detentions(doc))}
    assert states == {("Dana Reyes", "MM"), ("Lena Ortiz", "MM")}


# ---------------------------------------------------------------- tuning numbers


def test_a_state_after_an_event_counts_nearer_than_one_before() -> None:
    from arbdet.extract.detentions._holders import _AFTER_WEIGHT, _nearest
    from arbdet.extract.detentions._lexicon import Kind, Syntax, TriggerEntry
    from arbdet.extract.detentions._reading import Trigger
    from arbdet.extract.detentions._states import StateCue
    from arbdet.model import State

    trigger = Trigger(10, 11, TriggerEntry(("held",), Kind.HOLD, Syntax.PART))
    after = (14, StateCue(State("RU"), 0, 1, 2, 14))  # 3 tokens after the word
    before = (7, StateCue(State("BY"), 0, 1, 2, 7))  # 3 tokens before it
    assert _AFTER_WEIGHT > 1
    assert _nearest([before, after], trigger) is after[1]
    closer = (8, StateCue(State("BY"), 0, 1, 2, 8))  # 2 tokens before: 2 * 1.2 < 3
    assert _nearest([closer, after], trigger) is closer[1]


def test_a_date_far_from_its_event_is_not_its_date() -> None:
    from arbdet.extract.detentions._dating import _MAX_DATE_DISTANCE

    filler = " ".join(["very"] * (_MAX_DATE_DISTANCE + 2))
    near = _doc("Anna Berg was arrested in Moscow in 2019.")
    far = _doc(f"Anna Berg was arrested in Moscow {filler} in 2019.")
    assert [d.start for d in _detentions(near)] == [PartialDate.parse("2019")]
    assert [d.start for d in _detentions(far)] == [None]
