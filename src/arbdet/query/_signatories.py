"""``signatories(declaration, as_of=...)``: who signed, and the counts each source reported."""

from __future__ import annotations

from ..kb import DeclarationRecord, Indexed, SignatoryRecord
from ..model import PartialDate
from ._dates import DateLike, as_partial
from ._results import Signatories
from ._subjects import find_declaration

__all__ = ["signatories"]


def _known_by(kb: Indexed, record: SignatoryRecord, day: PartialDate) -> bool:
    """Whether a source dated no later than ``day`` names the signatory."""
    dated = [c.value for c in record.dates.claims]
    dated += [d for s in record.sources if (d := kb.index.dates.get(s)) is not None]
    return any(d.first_day <= day.last_day for d in dated)


def signatories(
    kb: Indexed,
    declaration: str | DeclarationRecord | None = None,
    *,
    as_of: DateLike | None = None,
) -> Signatories:
    """A declaration's named signatories and every count a source reported.

    ``declaration`` is a name (matched loosely) or a record; by default the declaration most
    sources mention. With ``as_of``, only signatories and counts from sources dated by then
    (a signing date, a count's as-of date, or the source's date); undated ones are left out.
    Signatories and counts from reference sources are marked as such.
    """
    record = (
        declaration
        if isinstance(declaration, DeclarationRecord)
        else find_declaration(kb, declaration)
    )
    members = record.signatories
    counts = record.counts
    title = f"Signatories: {record.title}"
    if as_of is not None:
        day = as_partial(as_of)
        members = tuple(s for s in members if _known_by(kb, s, day))
        counts = tuple(
            c for c in counts if c.as_of is not None and c.as_of.first_day <= day.last_day
        )
        title += f", as of {day}"
    return Signatories(members, title, record, counts, kb.index.references)
