"""Adding 1,000 articles to a workspace that already holds 50,000 claims: articles/s and peak memory.

    PYTHONPATH=. python benchmarks/ingest.py [--articles 1000] [--claims 50000] [--corpus ../shared/corpus]

Articles are generated from the corpus articles by swapping countries, cities, people, numbers
and publication dates, so extraction and merging do real work. The 1,000 articles go through
one ``add_sources`` call, i.e. one transaction: the store writes the whole file once per
transaction, so one transaction per article would rewrite 50,000 claims 1,000 times.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import resource
import sys
import tempfile
import time
from pathlib import Path

from tracker.extract.gazetteer import COUNTRIES
from tracker.ingest import add_sources
from tracker.models import Article, Claim, Deadline, Quantity, Source
from tracker.store import Store

PEOPLE = ["Anna Virtanen", "Jonas Berg", "Marta Nowak", "Luis Ortega", "Ilse Vogel", "Petr Novak", "Sara Lund", "Omar Haddad"]


def variants(corpus: Path, count: int, rng: random.Random) -> list[tuple[str, dt.date]]:
    texts = [p.read_text(encoding="utf-8-sig") for p in sorted(corpus.glob("*/articles/*.txt"))]
    countries = [c for c in COUNTRIES if COUNTRIES[c][1]]
    out = []
    for i in range(count):
        text = texts[i % len(texts)]
        src, dst = rng.sample(countries, 2)
        for old, new in ((src, dst), (COUNTRIES[src][0].split()[0], COUNTRIES[dst][0].split()[0])):
            text = text.replace(old, new)
        for city in COUNTRIES[src][1].split()[:2]:
            text = text.replace(city, rng.choice(COUNTRIES[dst][1].split()))
        text = re.sub(r"\b\d{2,3}\b", lambda m: str(int(m.group()) * rng.randint(1, 9)), text)
        text = text.replace("Zelensky", rng.choice(PEOPLE).split()[1])
        text += f"\nReference {i}.\n"  # every variant has its own bytes
        published = dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(0, 6 * 365))
        out.append((text, published))
    return out


def fill(store: Store, claims: int, rng: random.Random) -> None:
    kinds = ["opening", "production_target", "agreement", "export", "funding"]
    countries = list(COUNTRIES)
    now = store.clock()
    with store.transaction():
        articles = []
        for a in range(claims // 10):
            day = dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(0, 6 * 365))
            art = Article(id=f"x{a:09d}", path=f"x{a}.txt", sha256=f"{a:064d}", published=day, added_at=now)
            store.save_article(art)
            articles.append(art)
        for c in range(claims):
            art = rng.choice(articles)
            place = rng.choice(countries)
            kind = rng.choice(kinds)
            quote = f"{place} will open a {rng.choice(['drone', 'shell', 'radar'])} production plant number {c} by {art.published.year + 1}."
            store.save_claim(Claim(
                id=f"c{c:08x}", kind=kind, mode=rng.choice(["pledge", "event"]), text=quote, places=[place], parties=[place],
                quantity=Quantity(low=c, high=c, unit="drones", per="day") if kind == "production_target" else None,
                deadline=Deadline(date=dt.date(art.published.year + 1, 12, 31), text="by next year", precision="year"),
                sources=[Source(article=art.id, quote=quote, start=0, end=len(quote))], created_at=now,
            ))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--claims", type=int, default=50_000)
    parser.add_argument("--corpus", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "corpus")
    args = parser.parse_args()
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        store = Store.open(root / "claims.json", create=True)
        t0 = time.perf_counter()
        fill(store, args.claims, rng)
        print(f"workspace: {store.claim_count()} claims, {len(store.articles())} articles ({time.perf_counter() - t0:.1f}s to build)")
        folder = root / "incoming"
        folder.mkdir()
        meta: dict[str, dict[str, object]] = {}
        for i, (text, published) in enumerate(variants(args.corpus, args.articles, rng)):
            name = f"{published.isoformat()}-{i:04d}.txt"
            (folder / name).write_text(text, encoding="utf-8")
            meta[name] = {"published": published.isoformat()}
        store = Store.open(root / "claims.json")
        t0 = time.perf_counter()
        report = add_sources(store, [str(folder)], metadata=meta)
        elapsed = time.perf_counter() - t0
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(report.summary())
        print(f"added {len(report.articles)} articles in {elapsed:.1f}s: {len(report.articles) / elapsed:.0f} articles/s")
        print(f"peak memory: {peak:.0f} MB; claims now {Store.open(root / 'claims.json').claim_count()}")
        if report.failures:
            print(f"failures: {report.failures[:3]}", file=sys.stderr)


if __name__ == "__main__":
    main()
