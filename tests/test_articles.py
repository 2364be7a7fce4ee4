"""Reading articles: encodings, refusals, HTML extraction, datelines, file names, fetching."""

from __future__ import annotations

import datetime as dt
import gzip
import http.server
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tracker.articles import (
    LoadedArticle,
    article_files,
    article_text,
    find_dateline,
    load_article,
    read_article_text,
    source_filename,
)
from tracker.errors import BadInput

DATA = Path(__file__).parent / "data" / "articles"
NEWS_PAGE = DATA / "news_page.html"
NO_METADATA_PAGE = DATA / "no_metadata_page.html"
SEED_ARTICLE = DATA / "seed_002_drone_line_denmark.txt"

BODY = (
    "Ukraine is set to open defense production offices in Berlin and Copenhagen by year's end "
    "as Kyiv seeks to boost its weapons exports, President Volodymyr Zelensky told journalists."
)


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def refusal(source: object, **options: object) -> str:
    """The one-line message load_article refuses ``source`` with."""
    with pytest.raises(BadInput) as caught:
        load_article(source, **options)  # type: ignore[arg-type]
    message = str(caught.value)
    assert "\n" not in message
    return message


# --- encodings -------------------------------------------------------------------------------

GERMAN = (
    "Die Bundesregierung hat beschlossen, die Produktion in Dänemark zu fördern. Größere Aufträge "
    "folgen im nächsten Jahr, sagte der Minister am Montag in Berlin vor Journalisten."
)
POLISH = (
    "Zełenski powiedział, że Ukraina otworzy biura w Berlinie i Kopenhadze do końca roku. Źródło: "
    "PAP. Decyzja zapadła po rozmowach z partnerami z Danii i Niemiec w poniedziałek."
)
UKRAINIAN = (
    "Україна відкриє офіси оборонного виробництва в Берліні та Копенгагені до кінця року, заявив "
    "Зеленський журналістам. Ці міста обрали, бо Данія і Німеччина є партнерами України "
    "у спільному виробництві зброї."
)

ENCODED_ARTICLES = [
    # (id, bytes on disk, the text expected)
    ("utf-8", f"Offices “by year’s end”\n{BODY}".encode(), f"Offices “by year’s end”\n{BODY}"),
    ("utf-8 with BOM", b"\xef\xbb\xbf" + f"Café plans\n{BODY}".encode(), f"Café plans\n{BODY}"),
    ("utf-16 LE with BOM", f"Café plans\r\n{BODY}".encode("utf-16"), f"Café plans\n{BODY}"),
    ("utf-16 BE with BOM", b"\xfe\xff" + f"Café plans\n{BODY}".encode("utf-16-be"), f"Café plans\n{BODY}"),
    (
        "windows-1252 curly quotes, dashes, euro",
        f"Zelensky: “offices by year’s end” – €5 million\r\n{BODY}".encode("cp1252"),
        f"Zelensky: “offices by year’s end” – €5 million\n{BODY}",
    ),
    ("latin-1 German", GERMAN.encode("latin-1"), GERMAN),
    # charset-normalizer alone reads this as cp1257; the Latin code page check gets it right.
    ("windows-1250 Polish", POLISH.encode("cp1250"), POLISH),
    ("windows-1251 Ukrainian", UKRAINIAN.encode("cp1251"), UKRAINIAN),
    ("KOI8-R", UKRAINIAN.replace("і", "и").replace("ї", "и").replace("є", "е").encode("koi8-r"),
     UKRAINIAN.replace("і", "и").replace("ї", "и").replace("є", "е")),
    ("old Mac newlines", f"Title line\r{BODY}\r".encode(), f"Title line\n{BODY}\n"),
    # Valid UTF-8 is UTF-8, even where Windows-1252 would also decode it (as "CafÃ©").
    ("utf-8 beats a cp1252 reading", f"Café “deal”\n{BODY}".encode(), f"Café “deal”\n{BODY}"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("raw", "expected"), [case[1:] for case in ENCODED_ARTICLES], ids=[case[0] for case in ENCODED_ARTICLES]
)
def test_text_in_any_common_encoding_is_decoded(tmp_path: Path, raw: bytes, expected: str) -> None:
    article = load_article(write(tmp_path, "article.txt", raw))
    assert article.text == expected
    assert article.raw == raw  # stored byte for byte, whatever the encoding
    assert article.format == "text"


def test_html_in_a_declared_legacy_charset_is_decoded(tmp_path: Path) -> None:
    page = NO_METADATA_PAGE.read_text().replace("<head>", '<head><meta charset="iso-8859-1">')
    page = page.replace("Defense Minister Denys", "Défense Minister “Denys”")
    # Pages labelled ISO-8859-1 are read as Windows-1252, as browsers do: 0x93/0x94 are curly quotes.
    article = load_article(write(tmp_path, "page.html", page.encode("cp1252")))
    assert "Défense Minister “Denys” Shmyhal" in article.text


def test_html_declaring_a_legacy_charset_but_sent_in_utf8_is_read_as_utf8(tmp_path: Path) -> None:
    page = NO_METADATA_PAGE.read_text().replace("<head>", '<head><meta charset="windows-1252">')
    page = page.replace("Defense Minister", "Défense Minister")
    article = load_article(write(tmp_path, "page.html", page.encode("utf-8")))
    assert "Défense Minister Denys Shmyhal" in article.text


# --- refusals --------------------------------------------------------------------------------

REFUSED_FILES = [
    # (id, bytes, a phrase the message must contain)
    ("PNG image", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "binary file"),
    ("PDF", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n" + BODY.encode(), "binary file"),
    ("NUL bytes", BODY.encode() + b"\x00\x00\x01\x02" + BODY.encode(), "binary file"),
    ("control characters", bytes(range(1, 32)) * 20 + BODY.encode(), "holds 520 terminal control characters"),
    ("control characters, not UTF-8", bytes(range(1, 32)) * 20 + b"\xe9" + BODY.encode(), "binary file"),
    ("empty", b"", "empty"),
    ("only whitespace", b" \r\n\t\n  \n", "empty"),
    ("only a BOM", b"\xef\xbb\xbf\n", "empty"),
    ("near-empty", b"Headline\n\nOne short sentence here.\n", "too short"),
    ("broken UTF-16", b"\xff\xfe" + b"a\x00b", "byte-order mark"),
]


@pytest.mark.parametrize(
    ("raw", "phrase"), [case[1:] for case in REFUSED_FILES], ids=[case[0] for case in REFUSED_FILES]
)
def test_files_that_are_not_articles_are_refused_in_one_line(tmp_path: Path, raw: bytes, phrase: str) -> None:
    path = write(tmp_path, "article.txt", raw)
    message = refusal(path)
    assert message.startswith(str(path))
    assert phrase in message


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_text_full_of_terminal_escapes_is_refused_for_what_it_is(tmp_path: Path, encoding: str) -> None:
    """Valid text with colour codes in every line is not a binary file: the message says what is wrong."""
    coloured = "\n".join(f"\x1b[1;31m{word}\x1b[0m" for word in BODY.split())
    path = write(tmp_path, "capture.txt", coloured.encode(encoding))
    share = 2 * len(BODY.split()) / len(coloured)
    assert refusal(path) == f"{path}: holds {2 * len(BODY.split())} terminal control characters ({share:.1%} of its text); not an article"


def test_a_missing_path_is_refused(tmp_path: Path) -> None:
    assert refusal(tmp_path / "nope.txt") == f"{tmp_path / 'nope.txt'}: no such file"


def test_a_folder_is_refused(tmp_path: Path) -> None:
    assert "is a folder" in refusal(tmp_path)


def test_a_file_over_the_size_limit_is_refused_before_reading(tmp_path: Path) -> None:
    path = write(tmp_path, "big.txt", (BODY + "\n").encode() * 100)
    assert "too big" in refusal(path, max_bytes=1000)
    assert load_article(path, max_bytes=len(path.read_bytes())).text.startswith("Ukraine")


def test_a_name_with_control_characters_cannot_break_the_message_line(tmp_path: Path) -> None:
    message = refusal(tmp_path / "evil\n\x1b[31mname.txt")
    assert "\x1b" not in message and "no such file" in message


# --- HTML ------------------------------------------------------------------------------------


def test_news_page_metadata_comes_from_the_page() -> None:
    article = load_article(NEWS_PAGE)
    assert article.format == "html"
    assert article.title == "Ukraine to open defense production offices in Berlin, Copenhagen this year, Zelensky says"
    assert article.published == dt.date(2025, 11, 3)  # published, not the modified date of Nov. 4
    assert article.author == "Olena Petrenko"
    assert article.outlet == "The Kyiv Ledger"
    assert article.url == "https://kyivledger.example/news/ukraine-defense-offices-berlin-copenhagen"
    assert article.filename == "2025-11-03-ukraine-to-open-defense-production-offices-in-berlin.html"


def test_news_page_text_is_the_headline_and_paragraphs_without_the_noise() -> None:
    text = load_article(NEWS_PAGE).text
    lines = text.split("\n")
    assert lines[0] == "Ukraine to open defense production offices in Berlin, Copenhagen this year, Zelensky says"
    # Each paragraph on its own line, so sentences of different paragraphs never run together.
    assert lines[1].startswith("Ukraine is set to open defense production offices")
    assert lines[1].endswith("told journalists on Nov. 3.")
    assert lines[-1].startswith("Zelensky first announced plans")
    assert "8 million drones per year" in text
    for noise in [
        "cookies", "Advertisement", "Buy discount drones", "Sponsored", "Subscribe", "Share on",
        "Related articles", "Denmark hosts first Ukrainian drone production line", "Most read",
        "Russia launches record 800 drones", "morning briefing", "All rights reserved", "dataLayer",
        "Home", "Defense industry",
    ]:  # fmt: skip
        assert noise not in text, noise


def test_page_without_metadata_gets_no_invented_date(tmp_path: Path) -> None:
    article = load_article(NO_METADATA_PAGE)
    assert article.title == "Drone output to reach 1,000 a day"
    # The footer's "© 2024" is not a publication date (a deep date search would say 2024-01-01).
    assert article.published is None
    assert article.url is None and article.outlet is None and article.author is None
    assert "Log in" not in article.text
    assert article.text.startswith("Drone output to reach 1,000 a day\nUkraine will be able to produce")
    assert article.text.count("Drone output to reach 1,000 a day") == 1  # the headline is not doubled


def test_a_page_with_no_main_text_is_refused(tmp_path: Path) -> None:
    page = b"<html><head><title>Login</title></head><body><nav><a href='/'>Home</a></nav><form>Password</form></body></html>"
    assert "no article text found" in refusal(write(tmp_path, "login.html", page))


def test_a_web_page_saved_as_txt_is_read_as_html(tmp_path: Path) -> None:
    article = load_article(write(tmp_path, "saved.txt", NEWS_PAGE.read_bytes()))
    assert article.format == "html"
    assert article.filename.endswith(".html")  # so it is read back as HTML from sources/
    assert "<p>" not in article.text


# --- plain text and Markdown -----------------------------------------------------------------


def test_plain_text_title_is_the_first_line_and_the_date_its_dateline(tmp_path: Path) -> None:
    raw = f"\n\nUkraine to open offices in Berlin and Copenhagen\nNov 3, 2025 14:20\n\n{BODY}\n".encode()
    article = load_article(write(tmp_path, "x.txt", raw))
    assert article.title == "Ukraine to open offices in Berlin and Copenhagen"
    assert article.published == dt.date(2025, 11, 3)
    assert article.filename == "2025-11-03-ukraine-to-open-offices-in-berlin-and-copenhagen.txt"
    assert article.outlet is None and article.url is None and article.author is None


def test_real_scraped_article_skips_the_section_label_and_takes_no_body_date() -> None:
    article = load_article(SEED_ARTICLE)
    assert article.title == "Ukraine launches first joint drone production line in Denmark, Zelensky says"
    # The photo caption says "on Sept. 5, 2025" and the body "on July 4": neither is a dateline.
    assert article.published is None


def test_a_first_paragraph_used_as_title_is_cut(tmp_path: Path) -> None:
    article = load_article(write(tmp_path, "x.txt", ((BODY + " ") * 3).encode()))
    assert article.title is not None and len(article.title) <= 201 and article.title.endswith("…")


def test_markdown_title_comes_from_the_first_heading(tmp_path: Path) -> None:
    raw = f"Intro line above the heading\n\n# Offices in [Berlin](https://e.example) and **Copenhagen**\n\n{BODY}\n".encode()
    article = load_article(write(tmp_path, "a.md", raw))
    assert article.format == "markdown"
    assert article.title == "Offices in Berlin and Copenhagen"
    assert article.text == raw.decode()  # Markdown is kept as written
    assert article.filename == "offices-in-berlin-and-copenhagen.md"


def test_markdown_front_matter_gives_metadata(tmp_path: Path) -> None:
    raw = (
        "---\ntitle: 'Offices by year-end'\ndate: 2025-11-03\nauthor: Olena Petrenko\n"
        "outlet: The Kyiv Ledger\nurl: https://kyivledger.example/a\n---\n\n# Another heading\n\n" + BODY
    ).encode()
    article = load_article(write(tmp_path, "a.markdown", raw))
    assert (article.title, article.published, article.author, article.outlet, article.url) == (
        "Offices by year-end", dt.date(2025, 11, 3), "Olena Petrenko", "The Kyiv Ledger", "https://kyivledger.example/a",
    )  # fmt: skip


# --- datelines -------------------------------------------------------------------------------

DATELINES = [
    ("Nov 3, 2025\n\nUkraine will open offices.", dt.date(2025, 11, 3)),
    ("Headline\n03.11.2025 14:20\nBody.", dt.date(2025, 11, 3)),
    ("Headline\n14:20, 03.11.2025\nBody.", dt.date(2025, 11, 3)),
    ("Published: 2025-11-03\nBody.", dt.date(2025, 11, 3)),
    ("Posted on 2025-11-03T18:42:00+02:00\nBody.", dt.date(2025, 11, 3)),
    ("Headline\nMonday, November 3, 2025\nBody.", dt.date(2025, 11, 3)),
    ("Headline\n3rd November 2025 at 14:20 (Kyiv time)\nBody.", dt.date(2025, 11, 3)),
    ("Headline\nBy Olena Petrenko | November 3, 2025 6:42 PM EET | 3 min read\nBody.", dt.date(2025, 11, 3)),
    ("Headline\nBy Olena Petrenko, Nov. 3, 2025\nBody.", dt.date(2025, 11, 3)),
    ("Headline\nNov 3, 2025 2:14 PM GMT+2 Updated 2 hours ago\nBody.", dt.date(2025, 11, 3)),
    ("Updated: 2025-11-05\nPublished: 2025-11-03\nBody.", dt.date(2025, 11, 3)),  # the publication, not the update
    ("KYIV, Nov. 3, 2025 (Reuters) - Ukraine will open offices.", dt.date(2025, 11, 3)),
    ("WASHINGTON, Nov. 3, 2025 /PRNewswire/ -- A company said.", dt.date(2025, 11, 3)),
    ("Kyiv, Ukraine, 3 November 2025 — Ukraine will open offices.", dt.date(2025, 11, 3)),
    ("Headline\n13/03/2025\nBody.", dt.date(2025, 3, 13)),  # only one reading is a real date
    # No dateline: these must give nothing.
    ("KYIV, Nov. 3 (Reuters) - Ukraine will open offices.", None),  # no year to be had
    ("Headline\nNov. 3\nBody.", None),
    ("Updated 2025-11-05\nBody.", None),  # an update date is not the publication date
    ("Headline\n11/03/2025\nBody.", None),  # March 11 or 3 November: unknown
    ("Headline\n31.02.2025\nBody.", None),  # no such day
    ("The deal was signed on July 4, 2025.\nMore text.", None),
    ("Headline\nThe agreement, signed on July 4, will run until 2030.", None),
    ("Headline\nZelensky speaks in Uzhhorod on Sept. 5, 2025. (Presidential Office)", None),
    ("Headline\nUkraine will deliver 1,000 drones by 31.12.2025, the minister said.", None),
    ("Headline\n2 hours ago\nBody.", None),
    ("\n".join(["Line of body text."] * 20 + ["Nov 3, 2025"]), None),  # too far down to be a dateline
]


@pytest.mark.parametrize(("text", "expected"), DATELINES)
def test_find_dateline(text: str, expected: dt.date | None) -> None:
    assert find_dateline(text) == expected


# --- determinism -----------------------------------------------------------------------------


def article_sources(tmp_path: Path) -> list[Path]:
    return [
        NEWS_PAGE,
        NO_METADATA_PAGE,
        SEED_ARTICLE,
        write(tmp_path, "cp1252.txt", f"Zelensky: “by year’s end”\r\n{BODY}".encode("cp1252")),
        write(tmp_path, "utf16.txt", f"Title\r\n{BODY}".encode("utf-16")),
        write(tmp_path, "page-as-text.txt", NEWS_PAGE.read_bytes()),
        write(tmp_path, "a.md", f"# Title\r\n\r\n{BODY}".encode()),
    ]


def test_text_is_the_same_from_the_bytes_and_from_the_stored_copy(tmp_path: Path) -> None:
    stored = tmp_path / "sources"
    stored.mkdir()
    for source in article_sources(tmp_path):
        article = load_article(source)
        assert article_text(article.raw, article.format) == article.text
        assert article_text(article.raw, article.format) == article.text  # again: nothing cached or random
        # What the pipeline does: store the bytes under the suggested name and read them back later.
        copy = stored / article.filename
        copy.write_bytes(article.raw)
        assert read_article_text(copy) == article.text, source.name
        assert read_article_text(source) == article.text


# --- file names ------------------------------------------------------------------------------

FILENAMES = [
    # (title, published, fallback, format, expected)
    ("Ukraine to open defense production offices", dt.date(2025, 11, 3), None, "text",
     "2025-11-03-ukraine-to-open-defense-production-offices.txt"),
    ("../../etc/passwd", None, None, "text", "etc-passwd.txt"),
    ('x/y\\z:*?"<>|\x00\x1b[31m', None, None, "html", "x-y-z-31m.html"),
    ("Bødskov: café naïve – “quoted”", None, None, "markdown", "bødskov-cafe-naive-quoted.md"),
    ("Україна відкриє офіси й ї", None, None, "text", "україна-відкриє-офіси-й-ї.txt"),  # й keeps its breve
    (None, None, "000_3d95b4e6bffcbcfa", "text", "000-3d95b4e6bffcbcfa.txt"),
    ("!!!", None, "", "text", "article.txt"),
    ("CON", None, None, "text", "con-article.txt"),  # Windows will not create CON.txt
    ("2025-11-03 Offices", dt.date(2025, 11, 3), None, "text", "2025-11-03-offices.txt"),
]  # fmt: skip


@pytest.mark.parametrize(("title", "published", "fallback", "format", "expected"), FILENAMES)
def test_source_filename(title: str | None, published: dt.date | None, fallback: str | None, format: str, expected: str) -> None:
    assert source_filename(title, published, fallback, format) == expected


@pytest.mark.parametrize("title", ["word " * 200, "Ukraine " + "x" * 500, "Україна " * 100])
def test_long_titles_give_names_a_file_system_accepts(tmp_path: Path, title: str) -> None:
    name = source_filename(title, dt.date(2025, 11, 3), None, "html")
    assert len(name.encode()) < 200 and name.endswith(".html") and "--" not in name
    (tmp_path / name).write_bytes(b"ok")  # the file system takes it


# --- folders ---------------------------------------------------------------------------------


def test_article_files_lists_article_files_sorted_without_hidden_ones(tmp_path: Path) -> None:
    for name in ["b.txt", "a.md", "c.HTML", "d.htm", "e.markdown", ".hidden.txt", "notes.pdf", "image.png", "README"]:
        (tmp_path / name).write_bytes(b"x")
    (tmp_path / "sub.txt").mkdir()
    (tmp_path / "sub.txt" / "inner.txt").write_bytes(b"x")
    assert [p.name for p in article_files(tmp_path)] == ["a.md", "b.txt", "c.HTML", "d.htm", "e.markdown"]


# --- fetching --------------------------------------------------------------------------------


class Server:
    """An HTTP server on 127.0.0.1 whose answers the test sets per path."""

    def __init__(self) -> None:
        self.routes: dict[str, Callable[[http.server.BaseHTTPRequestHandler], None]] = {}
        self.stop = threading.Event()
        self.seen_headers: list[dict[str, str]] = []
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                server.seen_headers.append(dict(self.headers))
                route = server.routes.get(self.path)
                if route is None:
                    self.send_error(404, "Not Found")
                else:
                    route(self)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}{path}"

    def answer(self, path: str, body: bytes, content_type: str | None = "text/html; charset=utf-8", status: int = 200,
               headers: dict[str, str] | None = None) -> None:  # fmt: skip
        def respond(handler: http.server.BaseHTTPRequestHandler) -> None:
            handler.send_response(status)
            if content_type:
                handler.send_header("Content-Type", content_type)
            handler.send_header("Content-Length", str(len(body)))
            for key, value in (headers or {}).items():
                handler.send_header(key, value)
            handler.end_headers()
            handler.wfile.write(body)

        self.routes[path] = respond


@pytest.fixture
def server() -> Iterator[Server]:
    running = Server()
    running.thread.start()
    yield running
    running.stop.set()
    running.httpd.shutdown()
    running.httpd.server_close()


def test_a_fetched_news_page_gives_text_and_metadata(server: Server) -> None:
    server.answer("/news/offices", NEWS_PAGE.read_bytes())
    article = load_article(server.url("/news/offices"))
    assert article == load_article(NEWS_PAGE)  # the same page, the same result, wherever it came from
    assert "Mozilla/5.0 (compatible; tracker/" in server.seen_headers[0]["User-Agent"]


def test_a_fetched_page_without_canonical_url_keeps_the_address_and_its_host(server: Server) -> None:
    server.answer("/2025/11/03/drones.html", NO_METADATA_PAGE.read_bytes())
    article = load_article(server.url("/2025/11/03/drones.html"))
    assert article.url == server.url("/2025/11/03/drones.html")
    assert article.outlet == "127.0.0.1"
    assert article.published == dt.date(2025, 11, 3)  # from the date in the address
    assert article.text == load_article(NO_METADATA_PAGE).text


def test_redirects_are_followed_and_the_final_address_kept(server: Server) -> None:
    server.answer("/old", b"", status=301, headers={"Location": "/new"})
    server.answer("/new", NO_METADATA_PAGE.read_bytes())
    assert load_article(server.url("/old")).url == server.url("/new")


def test_a_plain_text_answer_is_read_as_text(server: Server) -> None:
    server.answer("/a.txt", f"Offices by year-end\nNov 3, 2025\n{BODY}".encode("cp1252"), "text/plain")
    article = load_article(server.url("/a.txt"))
    assert (article.format, article.title, article.published) == ("text", "Offices by year-end", dt.date(2025, 11, 3))
    assert article.filename == "2025-11-03-offices-by-year-end.txt"


@pytest.mark.parametrize("content_type", [None, "text/plain"])
def test_a_web_page_with_a_missing_or_wrong_content_type_is_read_as_html(server: Server, content_type: str | None) -> None:
    server.answer("/page", NEWS_PAGE.read_bytes(), content_type)
    article = load_article(server.url("/page"))
    assert (article.format, article.author) == ("html", "Olena Petrenko")


def test_a_gzip_answer_is_unpacked(server: Server) -> None:
    server.answer("/gz", gzip.compress(NEWS_PAGE.read_bytes()), headers={"Content-Encoding": "gzip"})
    article = load_article(server.url("/gz"))
    assert article.raw == NEWS_PAGE.read_bytes()
    assert article.author == "Olena Petrenko"


FETCH_REFUSALS = [
    # (id, path, body, content type, status, phrase)
    ("404", "/missing", None, None, 404, "HTTP 404"),
    ("500", "/error", b"oops", "text/html", 500, "HTTP 500"),
    ("image", "/photo.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "image/png", 200, "sent image/png, not an article"),
    ("json", "/api", b'{"a": 1}', "application/json", 200, "not an article"),
    ("page with no main text", "/login", b"<html><body><nav><a href='/'>Home</a></nav></body></html>", "text/html", 200,
     "no article text found"),
    ("binary sent as text", "/bin", b"\x00\x01\x02" * 200, "text/plain", 200, "binary file"),
    ("empty answer", "/empty", b"", "text/html", 200, "is empty"),
    ("no content", "/204", b"", "text/html", 204, "HTTP 204"),
]  # fmt: skip


@pytest.mark.parametrize(("path", "body", "content_type", "status", "phrase"), [c[1:] for c in FETCH_REFUSALS],
                         ids=[c[0] for c in FETCH_REFUSALS])  # fmt: skip
def test_answers_that_are_not_articles_are_refused(
    server: Server, path: str, body: bytes | None, content_type: str | None, status: int, phrase: str
) -> None:
    if body is not None:
        server.answer(path, body, content_type, status)
    message = refusal(server.url(path))
    assert message.startswith(server.url(path) + ": ")
    assert phrase in message


def test_a_too_big_answer_is_refused_by_its_length(server: Server) -> None:
    server.answer("/big", b"x" * 5000)
    # Refused from the Content-Length header, before any of the body is read.
    assert refusal(server.url("/big"), max_bytes=1000).endswith("the answer is too big (5 kB; the limit is 1 kB)")


def test_a_too_big_answer_without_length_is_cut_off_while_streaming(server: Server) -> None:
    def endless(handler: http.server.BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.end_headers()  # no Content-Length: the body runs until the connection closes
        try:
            while not server.stop.is_set():
                handler.wfile.write(b"<p>more text</p>" * 1000)
        except OSError:
            pass  # the client hung up, as it should

    server.routes["/endless"] = endless
    assert "too big" in refusal(server.url("/endless"), max_bytes=100_000)


def test_a_slow_server_times_out(server: Server) -> None:
    def slow(handler: http.server.BaseHTTPRequestHandler) -> None:
        server.stop.wait(5)

    server.routes["/slow"] = slow
    assert "timed out" in refusal(server.url("/slow"), timeout=0.3)


def test_a_trickling_server_cannot_hold_the_download_past_the_time_limit(server: Server) -> None:
    def trickle(handler: http.server.BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.send_header("Content-Length", "100000")
        handler.end_headers()
        try:
            for _ in range(200):  # 10 s at most, then the body ends short of its length
                if server.stop.wait(0.05):  # a few bytes well within each socket time-out
                    break
                handler.wfile.write(b"<p>x</p>")
                handler.wfile.flush()
        except OSError:
            pass

    server.routes["/trickle"] = trickle
    started = time.monotonic()
    assert "timed out" in refusal(server.url("/trickle"), timeout=0.5)
    # Not a speed test: without the overall deadline the download would last the full 10 s.
    assert time.monotonic() - started < 5


def test_only_web_addresses_are_fetched(tmp_path: Path) -> None:
    # ftp:// or file:// is not fetched; as a path it does not exist either.
    assert "no such file" in refusal("ftp://example.com/a.txt")


def test_an_unreachable_server_is_a_one_line_error(server: Server) -> None:
    url = server.url("/")
    server.httpd.shutdown()
    server.httpd.server_close()  # nothing listens on the port any more
    assert "cannot reach the server" in refusal(url, timeout=2)


def test_loaded_article_is_frozen() -> None:
    article = load_article(SEED_ARTICLE)
    assert isinstance(article, LoadedArticle)
    with pytest.raises(AttributeError):
        article.title = "changed"  # type: ignore[misc]


def test_importing_the_module_leaves_the_heavy_parsers_unloaded() -> None:
    # `tracker` commands that only list claims import tracker.articles through the store;
    # trafilatura (~0.15 s) and charset-normalizer load only when a page or odd encoding needs them.
    code = (
        "import sys, tracker.articles; "
        "print(sorted(m for m in ('trafilatura', 'charset_normalizer', 'lxml') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                            env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[1])})  # fmt: skip
    assert result.stdout.strip() == "[]"
