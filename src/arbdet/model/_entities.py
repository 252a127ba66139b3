"""The parties of the domain: states, organisations and people with their roles."""

from __future__ import annotations

import functools

import attrs
import pycountry

from ..errors import ModelError
from ._validate import non_empty, optional, to_tuple, tuple_of

__all__ = ["Organization", "Party", "Person", "Role", "State"]

EU_CODE = "EU"
_EU_NAME = "European Union"
# Everyday names where pycountry gives only the formal one ("Russian Federation").
_EVERYDAY_NAMES = {
    "RU": "Russia",
    "CD": "DR Congo",
    "PS": "Palestine",
    "VA": "Vatican City",
    "BN": "Brunei",
}
# Formerly used codes (ISO 3166-3) that cases in the news still involve, by common name.
_HISTORIC_NAMES = {
    "SU": "Soviet Union",
    "DD": "East Germany",
    "YU": "Yugoslavia",
    "CS": "Serbia and Montenegro",
}


@functools.cache
def _country_name(code: str) -> str | None:
    if code == EU_CODE:
        return _EU_NAME
    if code in _HISTORIC_NAMES or code in _EVERYDAY_NAMES:
        return _HISTORIC_NAMES.get(code) or _EVERYDAY_NAMES[code]
    country = pycountry.countries.get(alpha_2=code)
    return None if country is None else str(getattr(country, "common_name", country.name))


def _check_code(instance: State, attribute: attrs.Attribute[str], value: str) -> None:
    if (
        not isinstance(value, str)
        or not value.isupper()
        or len(value) != 2
        or _country_name(value) is None
    ):
        raise ModelError(
            f"State.code must be an ISO 3166-1 alpha-2 code in upper case or 'EU', got {value!r}"
        )


@attrs.frozen(order=True)
class State:
    """A sovereign state by its ISO 3166-1 alpha-2 code, or the European Union (``EU``).

    Four formerly used codes of ISO 3166-3 are accepted for historical cases: ``SU`` (the
    Soviet Union), ``DD`` (East Germany), ``YU`` (Yugoslavia), ``CS`` (Serbia and
    Montenegro); :attr:`historic` tells them apart.

    >>> State("CA").name
    'Canada'
    >>> State.from_name("Iran, Islamic Republic of")
    State('IR')
    """

    code: str = attrs.field(validator=_check_code)

    @property
    def name(self) -> str:
        """The state's common English name."""
        name = _country_name(self.code)
        assert name is not None  # guaranteed by the validator
        return name

    @property
    def historic(self) -> bool:
        """Whether the state no longer exists (a formerly used ISO 3166-3 code)."""
        return self.code in _HISTORIC_NAMES

    @classmethod
    def from_name(cls, name: str) -> State:
        """The state with this ISO name, official name or code (pycountry's lookup).

        Everyday forms ("Britain", "the U.S.", demonyms) are the job of
        :mod:`arbdet.extract.places`.
        """
        if isinstance(name, str) and name.strip().casefold() in {"eu", "european union"}:
            return cls(EU_CODE)
        for code, historic_name in _HISTORIC_NAMES.items():
            if isinstance(name, str) and name.strip().casefold() == historic_name.casefold():
                return cls(code)
        try:
            country = pycountry.countries.lookup(name.strip())
        except (LookupError, AttributeError):
            raise ModelError(f"no state is named {name!r}") from None
        return cls(str(country.alpha_2))

    def __str__(self) -> str:
        return self.code

    def __repr__(self) -> str:
        return f"State({self.code!r})"


@attrs.frozen(order=True)
class Organization:
    """A ministry, court, newspaper, company, agency or other body, with its state if known."""

    name: str = attrs.field(validator=non_empty)
    state: State | None = attrs.field(default=None, validator=optional(State))

    def __str__(self) -> str:
        return self.name


@attrs.frozen(order=True)
class Role:
    """A title a person holds ("foreign minister"), with the state or body it is held for."""

    title: str = attrs.field(validator=non_empty)
    affiliation: State | Organization | None = attrs.field(
        default=None, validator=optional(State, Organization)
    )

    def __str__(self) -> str:
        return self.title if self.affiliation is None else f"{self.title} ({self.affiliation})"


@attrs.frozen(order=True)
class Person:
    """A person by the fullest name a source gives, with other names and their roles."""

    name: str = attrs.field(validator=non_empty)
    aliases: tuple[str, ...] = attrs.field(default=(), converter=to_tuple, validator=tuple_of(str))
    roles: tuple[Role, ...] = attrs.field(default=(), converter=to_tuple, validator=tuple_of(Role))

    def __str__(self) -> str:
        return self.name

    def __repr__(self) -> str:
        roles = f", roles={[str(r) for r in self.roles]}" if self.roles else ""
        return f"Person({self.name!r}{roles})"


Party = Person | Organization | State
"""Who can speak, assert or deny: a person, an organisation or a state."""


def check_party(instance: object, name: str, value: object) -> None:
    """Raise :class:`ModelError` unless ``value`` is a :data:`Party`."""
    if not isinstance(value, (Person, Organization, State)):
        raise ModelError(
            f"{type(instance).__name__}.{name} must be a Person, Organization or State, "
            f"got {value!r}"
        )
