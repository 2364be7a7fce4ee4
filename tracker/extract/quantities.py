"""Quantities in news sentences: "600-800 interceptor drones per day", "EUR 1.26 billion".

An own grammar, because quantulum3 collapses "600-800" to 700 ± 100, drops "per day" and reads
"($78 million)" as negative (notes §6). A quantity is

    [bound] [currency] number [multiplier] [range] [currency] [counted noun] ... [rate]

and becomes a ``Quantity``: ``low``/``high`` (``up to`` fills only ``high``, ``at least`` only ``low``,
"about 600" both), ``unit`` (the counted noun phrase as written, or an ISO currency code) and ``per``
(day, week, month, year).

Not quantities: years ("in 2025"), days of dates ("July 4"), durations ("10-year agreement", "two
months", "2 min read"), percentages (a share is not a count to hold anyone to; left out on purpose),
model names ("F-16", "Shahed-136"), article and law numbers, clock times and phone numbers.
"""

from __future__ import annotations

import re

from tracker.extract.gazetteer import CITIES, NAMES, TOWNS
from tracker.models import Quantity

__all__ = ["find_quantities", "find_quantity"]

# --- numbers -----------------------------------------------------------------------------------

_UNITS_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS_WORDS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
               "ninety": 90}
_SCALE_WORDS = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
                "trillion": 1_000_000_000_000, "dozen": 12}
_MULTIPLIERS = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "mln": 1e6, "mn": 1e6, "m": 1e6, "mil": 1e6,
    "billion": 1e9, "bn": 1e9, "b": 1e9, "bln": 1e9, "trillion": 1e12, "tn": 1e12, "trln": 1e12,
}

_SMALL = "|".join(sorted(_UNITS_WORDS, key=len, reverse=True))
_TENS = "|".join(_TENS_WORDS)
_WORD_NUMBER = (
    rf"(?:(?:half\s+a|a\s+half|a|an|one)\s+(?:hundred|thousand|million|billion|dozen)"
    rf"|(?:{_TENS})(?:[\s-](?:{_SMALL}))?(?:\s+(?:hundred|thousand|million|billion))*"
    rf"|(?:{_SMALL})(?:\s+(?:hundred|thousand|million|billion|dozen))*)"
    rf"(?:\s+(?:and\s+)?(?:{_SMALL}|{_TENS})(?:\s+(?:hundred|thousand|million|billion))*)*"
)
_DIGITS = (r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?"
           r"|(?<![\d,.])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,.]|[^\W\d_])"  # "2 000", "1 000 000": grouped by spaces
           r"|\d+,\d{1,2}(?=\s*(?:million|billion|thousand|mln|bn))"  # "1,5 billion": a decimal comma
           r"|\d+(?:\.\d+)?)")
_NUMBER = rf"(?:{_DIGITS}|{_WORD_NUMBER})"
_MULTIPLIER = (r"(?:\s*(?:thousand|million|billion|trillion|mln|bln|trln|mil\b|mn\b|bn\b|tn\b)"
               r"|(?:k|m|b|bn|mn)(?![A-Za-z]))")

_CURRENCY_CODES = ("EUR", "USD", "DKK", "UAH", "GBP", "NOK", "SEK", "PLN", "CHF", "CAD", "JPY", "CNY", "AUD",
                   "CZK", "HUF", "RON", "RUB")
_CURRENCY_SYMBOL = {"€": "EUR", "$": "USD", "us$": "USD", "£": "GBP", "₴": "UAH", "c$": "CAD", "a$": "AUD"}
_CURRENCY_WORD = {
    "euro": "EUR", "euros": "EUR", "dollar": "USD", "dollars": "USD", "us dollars": "USD",
    "hryvnia": "UAH", "hryvnias": "UAH", "hryvnas": "UAH", "hryvnya": "UAH", "hryvnyas": "UAH",
    "kroner": "DKK", "krone": "DKK", "danish kroner": "DKK", "kronor": "SEK", "krona": "SEK", "pounds": "GBP", "pound": "GBP",
    "pounds sterling": "GBP", "zloty": "PLN", "zlotys": "PLN", "rubles": "RUB", "roubles": "RUB",
    "swiss francs": "CHF", "francs": "CHF", "crowns": "CZK", "czech crowns": "CZK", "koruna": "CZK", "korunas": "CZK",
    "canadian dollars": "CAD", "australian dollars": "AUD",
    # crowns qualified by their country: "6.7 billion Norwegian crowns" is NOK, not the Czech default
    "norwegian crowns": "NOK", "norwegian kroner": "NOK", "norwegian krone": "NOK",
    "swedish crowns": "SEK", "swedish kronor": "SEK", "danish crowns": "DKK", "danish krone": "DKK",
}
_CODES = "|".join(_CURRENCY_CODES)
_CURRENCY_PREFIX = rf"(?:(?:{_CODES})\s?|US\$|C\$|A\$|[€$£₴])"
_CURRENCY_SUFFIX = (rf"(?:{_CODES}|us\s+dollars|(?:canadian|australian)\s+dollars|(?:czech|norwegian|swedish|danish)\s+crowns|norwegian\s+kron(?:er|e)|swedish\s+kronor|danish\s+krone|crowns|korunas?|danish\s+kroner|pounds\s+sterling|swiss\s+francs|euros?|dollars?"
                    r"|hryvn[iy]?as?|kroner|krone|kronor|krona|pounds?|zlotys?|r[o]?ubles|francs)(?![A-Za-z])")

_LOW_BOUND = (r"at\s+least|more\s+than|over|above|in\s+excess\s+of|no\s+(?:fewer|less)\s+than|upwards\s+of"
              r"|exceeding|a\s+minimum\s+of|a\s+minimum|minimum|not\s+less\s+than|from")
_HIGH_BOUND = (r"up\s+to|fewer\s+than|less\s+than|under|below|at\s+most|no\s+more\s+than|a\s+maximum\s+of"
               r"|maximum|not\s+more\s+than|as\s+many\s+as|as\s+much\s+as")
_ABOUT = (r"nearly|about|around|approximately|roughly|almost|some|close\s+to|an\s+estimated|estimated|approx\."
          r"|circa|~|just\s+over|just\s+under")



def _one(p: str) -> str:
    """One number with its currency and multiplier; ``p`` prefixes the group names."""
    return rf"(?P<{p}cur>{_CURRENCY_PREFIX})?(?P<{p}num>{_NUMBER})(?P<{p}mult>{_MULTIPLIER})?"


_QUANTITY = re.compile(
    r"(?<![\w$€£₴.,-])(?<![A-Za-z]-)"
    rf"(?:(?P<between>between|from)\s+{_one('a')}\s+(?:and|to|-|–)\s+{_one('b')}"
    rf"|(?:(?P<bound>{_LOW_BOUND}|{_HIGH_BOUND}|{_ABOUT})\s+)?{_one('c')}"
    rf"(?:\s*(?:-|–|to|or)\s*{_one('d')})?)"
    rf"(?P<suffix>\s+{_CURRENCY_SUFFIX})?",
    re.IGNORECASE,
)
_LOW_BOUND_RE = re.compile(rf"(?:{_LOW_BOUND})$", re.IGNORECASE)
_HIGH_BOUND_RE = re.compile(rf"(?:{_HIGH_BOUND})$", re.IGNORECASE)

# --- what follows or precedes a number --------------------------------------------------------

_TIME_UNIT = re.compile(
    r"\s*(?:-\s*)?(?:years?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?|seconds?|secs?|nights?|decades?"
    r"|centuries|century|a\.m\.|p\.m\.|am\b|pm\b|o'clock|GMT|UTC|CET|EET|EEST|CEST)(?![A-Za-z])",
    re.IGNORECASE,
)
_PERCENT = re.compile(r"\s*(?:%|per\s*cent|percent|pct|percentage\s+points?|pp\b)", re.IGNORECASE)
_PARTITIVE = re.compile(r"\s+of\s+(?:the|them|these|those|its|their|our|his|her|us)\b", re.IGNORECASE)
_RATED_PARTITIVE = re.compile(
    r"\s+of\s+(?:these|those|the|them)\s+(?=(?:[\w-]+\s+){0,3}?(?:per|a|an|each|every)\s+(?:day|week|month|year)\b)", re.IGNORECASE
)
"""A part of a kind counted at a rate ("10 of these guns per month"): a count after all, its noun after the "of"."""
_MEASURE = re.compile(r"\s*(?:mm|cm|km|kg|kilomet(?:er|re)s?|met(?:er|re)s?|kilograms?|miles?|calib(?:er|re))\b", re.IGNORECASE)
"""A measurement ("105 mm guns", "a range of 25 km"): a size, not a count."""
_FACTOR = re.compile(r"\s+(?:times|fold)\b", re.IGNORECASE)  # "three times more": a factor, not a count
_COMPOUND = re.compile(r"-[A-Za-z]")  # "10-year", "155-mm", "3-day": an adjective, not a count
_REFERENCE_BEFORE = re.compile(
    r"(?:\b(?:article|art\.|section|paragraph|para\.|no\.|number|nos\.|resolution|decree|law|item|chapter|page|pp?\."
    r"|clause|part|phase|point|annex|protocol|version|v\.|model|flight|route|block|unit|room|building|tier|level"
    r"|stage|round|episode|season|grade|class|type|series|mark|mk\.?|gen\.?|generation|category)\s*|[#№]\s*)$",
    re.IGNORECASE,
)
_MODEL_AFTER = re.compile(r"\s+[A-Z][A-Za-z]+[\s-](?!(?:19|20)\d\d\b)\d+(?:\.\d+)?(?![\d,.]?\w)")
_AGE = re.compile(r"[A-Z][a-z]+,\s$")
_NAME_BEFORE = re.compile(r"(?<=[\w,;:)’'\"] )[A-Z][A-Za-z]+\s$|(?:^|\s)\d[\d,.]*\s+[A-Z][A-Za-z]+\s$")
"""A capitalised word inside the sentence, or a name just after a count ("10,000 Bober 2.5 drones"): a number
that follows it is part of a product's name, not a count."""
_MODEL_NUMBER = re.compile(r"[1-9]\d?")
_NOT_PRODUCTS = frozenset(
    "January February March April May June July August September October November December Monday Tuesday Wednesday "
    "Thursday Friday Saturday Sunday Top Phase Stage Day Week Month Year".split()
)


def _is_product_name(word: str) -> bool:
    """True for a capitalised word that may name a product ("Leopard"), not a place, a people or a month: "from
    Germany 18 tanks" counts the tanks."""
    return word not in _NOT_PRODUCTS and word not in NAMES and word not in CITIES and word not in TOWNS


_ACRONYM_BEFORE = re.compile(r"\b([A-Z]{2,5})\s$")
_CLOCK = re.compile(r"\b\d{1,2}(?::\d\d|\.\d\d(?=\s*(?:a\.m\.|p\.m\.|am\b|pm\b)))")
_PHONE = re.compile(r"(?:\+\d{1,3}[\s.-]?)?\(?\d{2,4}\)?(?:[\s.-]\d{2,4}){2,}")
_DATE = re.compile(
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?(?!\d|,\d{3})"
    r"(?:,?\s+\d{4})?"
    r"|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
    r"(?:,?\s+\d{4})?"
    r"|\b(?:19|20)\d\d-[01]\d-[0-3]\d\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d{1,2}\.\d{1,2}\.\d{4}\b"
)

_RATE_AFTER = re.compile(
    r"^(?:[^.;:!?\d]|(?<=[A-Za-z])\d){0,60}?\b(?:(?:per|a|an|each|every)\s+(?P<unit>day|night|24\s+hours|week|month|year|annum)"
    r"|\bin\s+(?P<bare>day|week|month|year)\b(?!\s*\d)|/\s*(?P<slash>day|week|month|year)|(?P<adverb>daily|nightly|weekly|monthly|annually|yearly|a\s+year))"
    r"(?!\s+(?:ago|later|earlier|after|before|from|since)\b)(?![\w-])",
    re.IGNORECASE,
)
_RATE_BEFORE = re.compile(
    r"\b(?P<adjective>daily|nightly|weekly|monthly|annual|yearly|annually)\s+(?:[\w-]+:?\s+){0,3}?(?:of\s+)?"
    r"(?:(?:at\s+least|up\s+to|about|some|nearly|over|more\s+than|around)\s+)?$",
    re.IGNORECASE,
)
_PER = {
    "day": "day", "night": "day", "24 hours": "day", "daily": "day", "nightly": "day",
    "week": "week", "weekly": "week", "month": "month", "monthly": "month",
    "year": "year", "annum": "year", "annually": "year", "yearly": "year", "annual": "year", "a year": "year",
}

# Words that end a counted noun phrase: function words, auxiliaries, rate and time words.
_NOUN_STOP = frozenset("""
a an the and or but nor of to in on at by for from with without into onto over under per each every this that
these those which who whom whose what when where while as than then so such will would shall should can could
may might must is are was were be been being has have had do does did not no it its they them their he she his her
we our you your i daily weekly monthly annually yearly nightly more less most least up down out off about around
last next first second year years month months week weeks day days night nights already also only just still
yet now soon produced made built delivered used will said says according including include includes if because
after before since until till within during across between among against through toward towards via per cent
percent worth annual monthly total totaling totalling valued value overnight tonight today tomorrow yesterday
again ago there here abroad alone together instead
""".split())
_NOT_ADVERBS = frozenset({"assembly", "supply", "family", "ally", "rally", "anomaly", "italy"})
_WORD = re.compile(r"\s*([A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z])")


def _parse_words(text: str) -> float | None:
    """ "two million" -> 2e6, "a thousand" -> 1000, "twenty-five" -> 25, "a dozen" -> 12."""
    lowered = text.lower()
    if lowered.startswith(("half a ", "a half ")):  # "half a million"
        rest = _parse_words(lowered.split(None, 2)[2])
        return None if rest is None else rest / 2
    total, current = 0.0, 0.0
    for word in re.split(r"[\s-]+", lowered):
        if word in ("and", ""):
            continue
        if word in ("a", "an"):
            current = max(current, 1)
        elif word in _UNITS_WORDS:
            current += _UNITS_WORDS[word]
        elif word in _TENS_WORDS:
            current += _TENS_WORDS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word in _SCALE_WORDS:
            total += max(current, 1) * _SCALE_WORDS[word]
            current = 0
        else:
            return None
    return total + current


def _number(text: str) -> float | None:
    text = text.strip()
    if text[0].isdigit():
        if re.fullmatch(r"\d+,\d{1,2}", text):  # "1,5 billion": a decimal comma
            return float(text.replace(",", "."))
        return float(re.sub(r"[,\s]", "", text))
    return _parse_words(text)


def _multiplier(text: str | None) -> float:
    if not text:
        return 1.0
    return _MULTIPLIERS[text.strip().lower()]


def _currency(prefix: str | None, suffix: str | None) -> str | None:
    for raw in (prefix, suffix):
        if not raw:
            continue
        token = " ".join(raw.split()).strip()
        if token.upper() in _CURRENCY_CODES:
            return token.upper()
        if token.lower() in _CURRENCY_SYMBOL:
            return _CURRENCY_SYMBOL[token.lower()]
        if token.lower() in _CURRENCY_WORD:
            return _CURRENCY_WORD[token.lower()]
    return None


def _blocked_spans(sentence: str) -> list[tuple[int, int]]:
    """Dates, clock times and phone numbers: their digits are not quantities."""
    spans = [m.span() for m in _DATE.finditer(sentence)]
    spans += [m.span() for m in _CLOCK.finditer(sentence)]
    spans += [m.span() for m in _PHONE.finditer(sentence) if len(re.findall(r"\d+", m.group())) >= 3]
    return spans


def _is_year(value: float, raw: str, multiplier: str | None, currency: str | None) -> bool:
    return (not multiplier and not currency and raw.isdigit() and len(raw) == 4 and 1900 <= value <= 2099)


def _counted_noun(sentence: str, pos: int) -> str | None:
    """The noun phrase right after a number: "interceptor drones" in "600-800 interceptor drones will"."""
    words: list[str] = []
    end = pos
    while len(words) < 4:
        m = _WORD.match(sentence, end)
        if m is None:
            break
        word = m.group(1)
        if word.lower() in _NOUN_STOP:
            break
        # A capitalised word after the first is a name: "1,000 drones Zelensky said".
        if words and word[0].isupper() and not words[-1][0].isupper():
            break
        lower = word.lower()
        if words and lower.endswith("ly") and lower not in _NOT_ADVERBS:
            break  # "drones daily", "shells monthly", "missiles rapidly"
        words.append(word)
        end = m.end()
        if len(lower) > 3 and lower.endswith("s") and not lower.endswith(("ss", "us", "is")):
            break  # a plural ends the phrase at its head noun: "companies" in "1,000 companies work"
    if not words:
        return None
    return " ".join(words)


def _rate(sentence: str, start: int, end: int, next_start: int) -> str | None:
    after = sentence[end:next_start]
    m = _RATE_AFTER.match(after)
    if m:
        word = " ".join((m.group("unit") or m.group("bare") or m.group("slash") or m.group("adverb")).lower().split())
        return _PER[word]
    b = _RATE_BEFORE.search(sentence[max(0, start - 60):start])
    if b:
        return _PER[b.group("adjective").lower()]
    return None


def find_quantities(sentence: str) -> list[tuple[Quantity, int, int]]:
    """Every quantity of ``sentence`` with its offsets, in order."""
    blocked = _blocked_spans(sentence)
    raw: list[tuple[re.Match[str], float | None, float | None, str | None]] = []
    pos = 0
    while (m := _QUANTITY.search(sentence, pos)) is not None:
        pos = m.end()
        parsed = _parse_match(sentence, m, blocked)
        if parsed is None:
            pos = m.start() + 1
            continue
        raw.append((m, *parsed))
    found = []
    for i, (m, low, high, currency) in enumerate(raw):
        next_start = raw[i + 1][0].start() if i + 1 < len(raw) else len(sentence)
        end, unit = m.end(), None
        model = None if currency else _MODEL_AFTER.match(sentence, end)
        if model:  # "10,000 Bober 2.5 drones a month": the model belongs to the counted noun
            end = model.end()
            noun = _counted_noun(sentence, end)
            unit = model.group().strip() + (" " + noun if noun else "")
        rated_part = None if currency or unit else _RATED_PARTITIVE.match(sentence, end)
        if rated_part:
            end = rated_part.end()  # the noun and the rate come after "of these"
        unit = currency or unit or _counted_noun(sentence, end)
        per = _rate(sentence, m.start(), end, next_start)
        found.append((Quantity(low=low, high=high, unit=unit, per=per), m.start(), m.end()))  # type: ignore[arg-type]
    return found


def _parse_match(
    sentence: str, m: re.Match[str], blocked: list[tuple[int, int]]
) -> tuple[float | None, float | None, str | None] | None:
    """(low, high, currency) of one match, or None when the number is not a quantity."""
    g = m.groupdict()
    first, second = ("a", "b") if g["between"] else ("c", "d")
    num_start = m.start(first + "num")
    if any(s <= num_start < e for s, e in blocked):
        return None
    before = sentence[max(0, m.start() - 20):m.start()]
    if _REFERENCE_BEFORE.search(before):
        return None
    if _AGE.search(before) and sentence.startswith(",", m.end()):
        return None  # "Zelensky, 47, said": an age
    name = _NAME_BEFORE.search(sentence[max(0, m.start() - 40):m.start()])
    if name and not g[first + "cur"] and not g[first + "mult"] and not g["suffix"] and not g["bound"]:
        if "." in g[first + "num"] or re.match(r"\d", name.group().strip()):
            return None  # "the Bober 2.5 drone", "10,000 Bober 3 drones": a model number
        if _MODEL_NUMBER.fullmatch(g[first + "num"]) and _is_product_name(name.group().strip()) and re.match(r"\s+[a-z]", sentence[m.end():]):
            return None  # "the Leopard 2 tanks", "a Leopard 2 tank repair hub": a model, whatever follows
    acronym = _ACRONYM_BEFORE.search(before)
    if acronym and acronym.group(1) not in _CURRENCY_CODES and not g[first + "cur"]:
        return None  # "TV 2", "DR 1": a name
    tail = sentence[m.end():]
    if _PERCENT.match(tail) or _COMPOUND.match(tail) or _TIME_UNIT.match(tail) or _FACTOR.match(tail) or _MEASURE.match(tail):
        return None
    if _PARTITIVE.match(tail) and not g[first + "cur"] and not g["suffix"] and not g[first + "mult"] and not _RATED_PARTITIVE.match(tail):
        return None  # "two of the sources said": a part of a group, not a count
    if re.match(r"[A-Za-z]", tail) and not g["suffix"]:
        return None  # "3D", "5G": a name, not a count
    low_text, high_text = g[first + "num"], g[second + "num"]
    mult_low, mult_high = g[first + "mult"], g[second + "mult"]
    currency = _currency(g[first + "cur"] or g[second + "cur"], g["suffix"])
    low = _number(low_text)
    if low is None:
        return None
    if high_text is None:
        if _is_year(low, low_text, mult_low, currency):
            return None
        if low_text.lower() in ("one", "a", "an") or (low_text.lower() == "one" and not mult_low):
            return None  # "one of the", "one plant": too weak to track
        value = low * _multiplier(mult_low)
        bound = " ".join((g["bound"] or "").lower().split())
        if bound and _LOW_BOUND_RE.fullmatch(bound):
            return value, None, currency
        if bound and _HIGH_BOUND_RE.fullmatch(bound):
            return None, value, currency
        return value, value, currency
    high = _number(high_text)
    if high is None:
        return None
    if _is_year(low, low_text, mult_low, currency) and _is_year(high, high_text, mult_high, currency):
        return None  # "2008-2011": a span of years
    # "600-800 million": the multiplier written once applies to both ends.
    scale_high = _multiplier(mult_high)
    scale_low = _multiplier(mult_low) if mult_low else scale_high
    low, high = low * scale_low, high * scale_high
    if high < low:
        return None  # "5-3": a score or a model number, not a range
    bound = " ".join((g["bound"] or "").lower().split())
    if bound and _HIGH_BOUND_RE.fullmatch(bound):
        return None, high, currency
    return low, high, currency


def find_quantity(sentence: str) -> Quantity | None:
    """The main trackable quantity: one with a rate first, then one with a unit, then the first."""
    best: Quantity | None = None
    best_score = -1
    for quantity, _start, _end in find_quantities(sentence):
        score = (2 if quantity.per else 0) + (1 if quantity.unit else 0)
        if score > best_score:
            best, best_score = quantity, score
    return best
