"""A small, general gazetteer: countries (with their adjectives and capitals) and a few organisations.

Places and parties of a claim are read from these names; "Danish soil" is Denmark and "Kyiv"
stands for Ukraine when it acts ("Kyiv has signed"). The list is deliberately plain data.
"""

from __future__ import annotations

import re
from pathlib import Path

# country: (adjectives/demonyms and combining forms ("Franco-German"), capital and large cities, other names)
COUNTRIES: dict[str, tuple[str, str, str]] = {
    "Ukraine": ("Ukrainian", "Kyiv Kiev Kharkiv Odesa Odessa Lviv Dnipro Zaporizhzhia Uzhhorod Mykolaiv Kherson", ""),
    "Russia": ("Russian", "Moscow Ryazan Belgorod Kursk St. Petersburg", "Russian Federation"),
    "Denmark": ("Danish Dane Danes", "Copenhagen Aarhus Odense Skrydstrup Skridstrup", ""),
    "Germany": ("German Germans", "Berlin Munich Hamburg Frankfurt Cologne", ""),
    "France": ("French Franco", "Paris Lyon Marseille", ""),
    "United Kingdom": ("British Briton", "London Manchester Edinburgh", "U.K. UK Britain Great Britain"),
    "United States": ("American U.S.", "Washington New York", "U.S. US USA America"),
    "Poland": ("Polish Pole Poles", "Warsaw Krakow Rzeszow Gdansk Wroclaw Poznan Lodz Katowice", ""),
    "Lithuania": ("Lithuanian", "Vilnius Kaunas", ""),
    "Latvia": ("Latvian", "Riga", ""),
    "Estonia": ("Estonian", "Tallinn", ""),
    "Finland": ("Finnish Finn Finns", "Helsinki Espoo Tampere Turku Oulu", ""),
    "Sweden": ("Swedish Swede", "Stockholm Gothenburg", ""),
    "Norway": ("Norwegian", "Oslo", ""),
    "Iceland": ("Icelandic", "Reykjavik", ""),
    "Netherlands": ("Dutch", "Amsterdam The Hague Rotterdam", "Holland"),
    "Belgium": ("Belgian", "Brussels Antwerp", ""),
    "Luxembourg": ("Luxembourgish", "", ""),
    "Austria": ("Austrian", "Vienna", ""),
    "Switzerland": ("Swiss", "Bern Zurich Geneva", ""),
    "Italy": ("Italian", "Rome Milan", ""),
    "Spain": ("Spanish", "Madrid Barcelona", ""),
    "Portugal": ("Portuguese", "Lisbon", ""),
    "Greece": ("Greek", "Athens", ""),
    "Czech Republic": ("Czech", "Prague Brno Ostrava Plzen Pilsen", "Czechia"),
    "Slovakia": ("Slovak", "Bratislava Kosice", ""),
    "Hungary": ("Hungarian", "Budapest", ""),
    "Romania": ("Romanian", "Bucharest Cluj-Napoca Timisoara Iasi Constanta Brasov", ""),
    "Bulgaria": ("Bulgarian", "Sofia Plovdiv Varna Burgas", ""),
    "Moldova": ("Moldovan", "Chisinau", ""),
    "Belarus": ("Belarusian", "Minsk", ""),
    "Croatia": ("Croatian", "Zagreb", ""),
    "Slovenia": ("Slovenian", "Ljubljana", ""),
    "Serbia": ("Serbian", "Belgrade", ""),
    "Ireland": ("Irish", "Dublin", ""),
    "Turkey": ("Turkish", "Ankara Istanbul", "Türkiye Turkiye"),
    "Georgia": ("Georgian", "Tbilisi", ""),
    "Canada": ("Canadian", "Ottawa Toronto", ""),
    "Japan": ("Japanese", "Tokyo", ""),
    "South Korea": ("South Korean Korean", "Seoul", "Korea"),
    "North Korea": ("North Korean", "Pyongyang", ""),
    "China": ("Chinese Sino", "Beijing Shanghai", ""),
    "India": ("Indian", "New Delhi Delhi Mumbai", ""),
    "Iran": ("Iranian", "Tehran", ""),
    "Israel": ("Israeli", "Jerusalem Tel Aviv", ""),
    "Saudi Arabia": ("Saudi", "Riyadh", ""),
    "United Arab Emirates": ("Emirati", "Abu Dhabi Dubai", "UAE"),
    "Qatar": ("Qatari", "Doha", ""),
    "Australia": ("Australian", "Canberra Sydney", ""),
    "Brazil": ("Brazilian", "Brasilia", ""),
    "Cuba": ("Cuban", "Havana", ""),
}

ORGANISATIONS: dict[str, str] = {
    "European Union": "EU European Union",
    "NATO": "NATO",
    "United Nations": "UN U.N. United Nations",
    "Europe": "Europe European",
}
"""Bodies that act as a party; "Europe"/"European" is also read as a place."""

MULTI_WORD_CITIES = ("The Hague", "New York", "Tel Aviv", "Abu Dhabi", "New Delhi", "St. Petersburg")


def _build() -> tuple[dict[str, str], dict[str, str]]:
    names: dict[str, str] = {}
    cities: dict[str, str] = {}
    for country, (adjectives, city_list, others) in COUNTRIES.items():
        names[country] = country
        for adj in adjectives.split():
            names[adj] = country
            if adj.endswith("an"):
                names[adj + "s"] = country  # "Romanians and Ukrainians will produce": the people stand for the country
        for other in re.split(r"\s(?=[A-Z])", others) if others else ():
            names[other] = country
        rest = city_list
        for multi in MULTI_WORD_CITIES:
            if multi in rest:
                cities[multi] = country
                rest = rest.replace(multi, "")
        for city in rest.split():
            cities[city] = country
    for org, aliases in ORGANISATIONS.items():
        names[org] = org
        for alias in aliases.split():
            names[alias] = org
    return names, cities


NAMES, CITIES = _build()
"""Country/organisation name or adjective -> canonical name; city -> its country."""

_ALL = sorted(list(NAMES) + list(CITIES), key=len, reverse=True)
PATTERN = re.compile(r"(?<![\w.])(" + "|".join(re.escape(n) for n in _ALL) + r")(?![\w])")

LOCATIVE = re.compile(
    r"\b(?:in|on|at|near|across|inside|within|throughout)\s+"
    r"(?:the\s+|other\s+|several\s+|[a-z]+\s+|the\s+(?:[a-z]+\s+){0,2}(?:city|town|village|port|territory|region)\s+of\s+)?[\"“‘']?$"
)
"""A preposition just before a name makes it a place ("in Denmark", "on Danish soil", "in the city of Kosice", "on
the territory of Poland")."""




def _load_towns() -> dict[str, str]:
    path = Path(__file__).with_name("towns.tsv")
    if not path.exists():
        return {}  # only while tools/make_towns.py writes it
    return dict(line.split("\t") for line in path.read_text(encoding="utf-8").splitlines())


TOWNS = _load_towns()
"""Town -> its country, for the towns beyond the cities above (GeoNames, see tools/make_towns.py): "Gliwice", "Raufoss".
Many share a name with a person or a thing ("Sofia", "Mobile"), so a town is read only after a preposition of place."""
TOWN_AFTER_PREPOSITION = re.compile(
    r"\b(?:in|near|at|outside)\s+(?:the\s+(?:[a-z]+\s+){0,2}(?:city|town|village|port)\s+of\s+)?"
    r"((?=[^\W\d_])[\w’'.-]*\w(?:[ -](?=[^\W\d_])[\w’'.-]*\w)?)"
)
"""'in Gliwice', 'near Raufoss', 'in the southern city of Gliwice'; a name of two words is tried whole first."""


def find_names(sentence: str) -> list[tuple[str, str, int, bool]]:
    """(canonical name, kind "country"|"org"|"city", offset, locative) for every name in the sentence."""
    found = []
    for match in PATTERN.finditer(sentence):
        word = match.group(1)
        if word in CITIES:
            canonical, kind = word, "city"
        else:
            canonical = NAMES[word]
            kind = "org" if canonical in ORGANISATIONS else "country"
        before = sentence[max(0, match.start() - 30) : match.start()]
        found.append((canonical, kind, match.start(), bool(LOCATIVE.search(before))))
    if TOWNS and found_towns(sentence, found):
        found.sort(key=lambda name: name[2])
    return found


def found_towns(sentence: str, found: list[tuple[str, str, int, bool]]) -> bool:
    """Add to ``found`` the towns named after a preposition of place; True when there were any."""
    added = False
    for match in TOWN_AFTER_PREPOSITION.finditer(sentence):
        name = match.group(1)
        if not name[0].isupper():
            continue
        if name not in TOWNS:
            name = re.split(r"[ -]", name)[0]
        if name in TOWNS and name not in NAMES and name not in CITIES:
            found.append((name, "city", match.start(1), True))
            added = True
    return added


def country_of(name: str) -> str | None:
    """The country a place or party name belongs to (a city's country, a country itself)."""
    if name in CITIES:
        return CITIES[name]
    if name in TOWNS:
        return TOWNS[name]
    canonical = NAMES.get(name)
    return canonical if canonical in COUNTRIES else None
