"""Turning an article's bytes into text: the right encoding, one newline style, binaries refused.

The order of trust: a byte-order mark, then UTF-8 (bytes that are valid UTF-8 are UTF-8: no
other encoding in use produces them by accident), then the charset an HTML page declares, then
Windows-1252 (then Windows-1250) when it reads as ordinary Latin-script text, and only then
charset-normalizer's guess (which gets Cyrillic code pages right).
charset-normalizer alone is not trusted on short news texts: it reads a Windows-1252 paragraph
with curly quotes as cp852 ("ôwe will open officesö") because all single-byte code pages
decode without error and short samples give it little to go on.
"""

from __future__ import annotations

import codecs
import re

from tracker.errors import BadInput

NOT_TEXT = "looks like a binary file, not an article"

# File signatures of what people most often pick by mistake.
_SIGNATURES = {
    b"%PDF-": "a PDF document",
    b"\x89PNG\r\n\x1a\n": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF87a": "a GIF image",
    b"GIF89a": "a GIF image",
    b"PK\x03\x04": "a ZIP archive or an Office document",
    b"\x1f\x8b": "a gzip archive",
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1": "an old Office document",
    b"{\\rtf": "an RTF document",
    b"\x7fELF": "a program",
}
# Longest first: the UTF-32 LE mark begins with the UTF-16 LE one.
_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]
# Browsers read these labels as Windows-1252 (WHATWG Encoding Standard), and so do we:
# pages labelled Latin-1 routinely contain curly quotes from the 0x80-0x9F range.
_WINDOWS_1252_ALIASES = {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "us-ascii", "ascii", "cp819"}
_DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_:.-]+)""", re.IGNORECASE)
_NEWLINES = re.compile(r"\r\n?")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_LETTER = re.compile(r"[^\W\d_]")
_ACCENTED_LETTER = re.compile(r"[^\W\d_a-zA-Z]")
# A cp1252 symbol wedged inside a word ("Ze³enski", "Óêðà¿íà") is another code page misread.
# Curly quotes and dashes are left out: "year’s" and "co–production" are ordinary.
_SYMBOL_INSIDE_WORD = re.compile(
    r"(?<=[^\W\d_])[\u00a0-\u00a9\u00ab-\u00b4\u00b6-\u00b9\u00bb-\u00bf\u00d7\u00f7"
    r"\u0192\u02c6\u02dc\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122](?=[^\W\d_])"
)

MAX_CONTROL_SHARE = 0.01
"""Text with more control characters than this (as a share of all) is refused: binary data, or a terminal capture."""
LATIN_CODE_PAGES = ("cp1252", "cp1250")
"""Windows Western and Central European: what non-UTF-8 Latin-script articles are nearly always in."""
MAX_ACCENTED_SHARE = 0.3
"""A Latin code page is believed only while accented letters stay a minority, as in real languages.

Cyrillic in cp1251 read as cp1252 gives words made of nothing but accented letters (Óêðà¿íà).
"""


def decode_text(raw: bytes, *, html: bool = False) -> str:
    """``raw`` as text with ``\\n`` newlines and no byte-order mark; BadInput for binary data."""
    return _NEWLINES.sub("\n", _decode(raw, html=html)).removeprefix("\ufeff")


def _decode(raw: bytes, *, html: bool) -> str:
    for signature, kind in _SIGNATURES.items():
        if raw.startswith(signature):
            raise BadInput(f"{NOT_TEXT} ({kind})")
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                return _refuse_control(raw[len(bom) :].decode(encoding))
            except UnicodeDecodeError:
                raise BadInput(f"starts with a {encoding.upper()} byte-order mark but is not valid {encoding.upper()}") from None
    if b"\x00" in raw:
        raise BadInput(NOT_TEXT)
    try:
        return _refuse_control(raw.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    if html and (declared := _declared_charset(raw)):
        try:
            return _refuse_control(raw.decode(declared))
        except (UnicodeDecodeError, LookupError):
            pass  # a wrong or unknown label: detect as for any other file
    return _refuse_control(_guess_single_byte(raw), guessed=True)


def _declared_charset(raw: bytes) -> str | None:
    match = _DECLARED_CHARSET.search(raw[:4096])
    if not match:
        return None
    label = match.group(1).decode("ascii").lower()
    return "cp1252" if label in _WINDOWS_1252_ALIASES else label


def _guess_single_byte(raw: bytes) -> str:
    # Latin-script code pages first, each believed only when the result reads cleanly.
    for encoding in LATIN_CODE_PAGES:
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue  # bytes the code page leaves undefined (cp1252: 0x81, 0x8d, 0x8f, 0x90, 0x9d)
        if _reads_as_latin_script(text):
            return text
    import charset_normalizer  # deferred: only unusual files need it

    best = charset_normalizer.from_bytes(raw).best()
    if best is not None:
        return str(best)
    # Nothing fits: Latin-1 maps every byte to a character, so nothing is lost.
    return raw.decode("latin-1")


def _reads_as_latin_script(text: str) -> bool:
    letters = len(_LETTER.findall(text))
    if letters and len(_ACCENTED_LETTER.findall(text)) / letters > MAX_ACCENTED_SHARE:
        return False
    return not _SYMBOL_INSIDE_WORD.search(text)


def _refuse_control(text: str, *, guessed: bool = False) -> str:
    """``text``, unless control characters make up more than ``MAX_CONTROL_SHARE`` of it.

    Bytes read in an encoding they are valid in (UTF-8, a byte-order mark's, an HTML page's own
    charset) are text, so the message says what is wrong with it (e.g. a terminal capture full of
    colour codes); when the encoding was only guessed, they are most likely binary data.
    """
    controls = len(_CONTROL.findall(text))
    if not text or controls / len(text) <= MAX_CONTROL_SHARE:
        return text
    if guessed:
        raise BadInput(NOT_TEXT)
    raise BadInput(f"holds {controls} terminal control characters ({controls / len(text):.1%} of its text); not an article")
