"""Store benchmark: our storage against TinyDB's stock JSONStorage on realistic workspaces.

    python benchmarks/store.py [--sizes 10000 100000] [--repeat 5] [--runs 3]

For each size it builds a workspace of claims shaped like real ones, then measures, each
storage in its own fresh process so peak memory is its own. The shape is calibrated on the
shipped sample (built from the seed articles: 2.0 sources per claim, quotes of 139 characters
on average, 900 bytes a claim before any history) and adds what a worked-on claim gains:
1-4 sources, 1-3 history entries, a note on one claim in five (about 1.2 KB a claim).

  open      from nothing to a store that can answer (file read; with our storage, the index
            beside it vouches for the content, so claims are parsed only when used)
  cold      the same open without the index (first open after a git pull or a hand edit:
            every claim parsed and checked; the first list then writes the index again)
  change    one status change, persisted to disk (median of --repeat; "1st" the first after open)
  list      a filtered list: pending claims mentioning a word (median of --repeat; "1st" the
            first after open, which builds the rows: with our storage it parses the index rows,
            so "open + list 1st" is the honest time to a first answer, printed below the table)
  peak      the process's peak resident memory

Targets at 100,000 claims: open < 0.5 s, change < 0.3 s, list < 0.1 s, and at least 5x the
stock storage for change and list (3x for open).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

AS_OF = dt.date(2026, 11, 22)
PLACES = ["Berlin", "Copenhagen", "Odense", "Warsaw", "Kyiv", "London", "Paris", "Vilnius", "Riga", "Prague"]
ACTORS = ["Volodymyr Zelensky", "Denys Shmyhal", "Herman Smetanin", "Troels Lund Poulsen", "Fire Point", "Mette Frederiksen"]
QUOTES = [
    "Ukraine is set to open defense production offices in {p} and {q} by year's end as Kyiv seeks to boost its weapons exports, {a} told journalists.",
    "We believe that by the end of November, {n}-{m} interceptor drones will be produced per day,\" {a} said.",
    "Ukraine to open defense production offices in {p}, {q} this year, {a} says",
    "Ukrainian defense manufacturers will establish joint production facilities in {p}, {a} said.",
    "{a} said in June that Kyiv has the capacity, but not the financing, to produce {n} million drones per year.",
]


def realistic_claim(i: int, rng: random.Random) -> dict:
    places = rng.sample(PLACES, 2)
    actor = rng.choice(ACTORS)
    sources = []
    for s in range(rng.randint(1, 4)):
        quote = rng.choice(QUOTES).format(p=places[0], q=places[1], a=actor, n=rng.randint(100, 900), m=rng.randint(900, 2000))
        start = rng.randint(0, 3000)
        sources.append({"article": f"a{(i * 7 + s) % 5000:010x}", "quote": quote, "start": start, "end": start + len(quote)})
    created = dt.datetime(2025, 1, 1, tzinfo=dt.timezone.utc) + dt.timedelta(minutes=i)
    history = [
        {"at": (created + dt.timedelta(days=d)).isoformat(), "status": rng.choice(["pending", "partial", "confirmed"]),
         "by": "user", "note": f"checked with {rng.choice(PLACES)} office", "evidence": None, "effect": None}
        for d in range(rng.randint(1, 3))
    ]
    deadline = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randint(0, 1000))
    return {
        "id": f"c{i:08x}",
        "kind": rng.choice(["opening", "production_target", "agreement", "export", "funding"]),
        "mode": rng.choice(["pledge", "pledge", "event"]),
        "text": f"Ukraine will open a defense production office in {places[0]} ({i})",
        "actor": actor,
        "places": places,
        "parties": ["Ukraine", "Denmark"],
        "quantity": {"low": 600, "high": 800, "unit": "interceptor drones", "per": "day"} if i % 3 == 0 else None,
        "deadline": {"date": deadline.isoformat(), "text": "by the end of the year", "precision": "year"},
        "event_date": None,
        "sources": sources,
        "status": "pending" if i % 4 else "confirmed",
        "history": history,
        "notes": [{"at": created.isoformat(), "text": "call the ministry", "by": "user"}] if i % 5 == 0 else [],
        "tags": [],
        "created_at": created.isoformat(),
    }


def build(directory: Path, n: int) -> tuple[Path, Path]:
    """Write the same claims as our workspace and as a stock TinyDB file; return both paths."""
    from tracker.storage import empty_database, serialise

    rng = random.Random(n)
    claims = [realistic_claim(i, rng) for i in range(n)]
    ours = directory / "claims.json"
    data = empty_database()
    data["claims"] = {c["id"]: c for c in claims}
    ours.write_bytes(serialise(data))
    stock = directory / "stock.json"
    stock.write_text(json.dumps({"claims": {str(i + 1): c for i, c in enumerate(claims)}}))
    return ours, stock


def measure_ours(path: Path, repeat: int) -> dict:
    from tracker.store import ClaimFilter, Store

    t = time.perf_counter()
    store = Store.open(path)
    opened = time.perf_counter() - t
    ids = list(store.storage.read()["claims"])
    changes = []
    for k in range(repeat):
        t = time.perf_counter()
        store.mark(ids[k * 997 % len(ids)], "confirmed", note="benchmark")
        changes.append(time.perf_counter() - t)
    wanted = ClaimFilter(status="pending", search="odense")
    lists = []
    found = 0
    for _ in range(repeat):
        t = time.perf_counter()
        found = len(store.find(wanted, AS_OF))
        lists.append(time.perf_counter() - t)
    return {"open": opened, "change": statistics.median(changes), "change_first": changes[0],
            "list_first": lists[0], "list": statistics.median(lists[1:] or lists), "found": found}


def measure_stock(path: Path, repeat: int) -> dict:
    from tinydb import Query, TinyDB

    t = time.perf_counter()
    db = TinyDB(path)
    table = db.table("claims")
    len(table)  # the stock storage reads lazily: the first query opens the file
    opened = time.perf_counter() - t
    doc_ids = [1 + (k * 997) % len(table) for k in range(repeat)]
    changes = []
    for doc_id in doc_ids:
        t = time.perf_counter()
        table.update({"status": "confirmed"}, doc_ids=[doc_id])
        changes.append(time.perf_counter() - t)
    claim = Query()
    wanted = (claim.status == "pending") & claim.text.test(lambda s: "odense" in s.lower())
    lists = []
    found = 0
    for _ in range(repeat):
        table.clear_cache()  # another process may have written: the stock storage must re-read
        t = time.perf_counter()
        found = len(table.search(wanted))
        lists.append(time.perf_counter() - t)
    return {"open": opened, "change": statistics.median(changes), "change_first": changes[0],
            "list_first": lists[0], "list": statistics.median(lists[1:] or lists), "found": found}


def measure_cold(path: Path, repeat: int) -> dict:
    from tracker.store import ClaimFilter, Store

    (path.parent / f".{path.name}.index").unlink(missing_ok=True)
    t = time.perf_counter()
    store = Store.open(path)
    opened = time.perf_counter() - t
    t = time.perf_counter()
    store.find(ClaimFilter(status="pending", search="odense"), AS_OF)  # builds the rows, writes the index
    return {"open": opened, "list_first": time.perf_counter() - t}


def child(which: str, path: str, repeat: int) -> None:
    measure = {"ours": measure_ours, "cold": measure_cold, "stock": measure_stock}[which]
    result = measure(Path(path), repeat)
    result["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(result))


def run_child(which: str, path: Path, repeat: int) -> dict:
    out = subprocess.run(
        [sys.executable, __file__, "--child", which, str(path), "--repeat", str(repeat)],
        capture_output=True, text=True, check=True,
    ).stdout
    return json.loads(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--repeat", type=int, default=5, help="operations timed in each process")
    parser.add_argument("--runs", type=int, default=3, help="fresh processes per storage (medians are printed)")
    parser.add_argument("--child", nargs=2, metavar=("WHICH", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        if args.child[0] == "build":
            build(Path(args.child[1]), args.sizes[0])
        else:
            child(args.child[0], args.child[1], args.repeat)
        return
    print(f"{'claims':>8} {'storage':8} {'file MB':>8} {'open s':>8} {'cold s':>8} {'change s':>9} {'chg 1st':>8} {'list s':>8} {'list 1st':>9} {'peak MB':>8}")
    for n in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            # Built in a child too: Linux starts a child's peak memory at its parent's resident
            # size when it was forked, so a parent holding the built claims would set every
            # child's peak figure.
            subprocess.run([sys.executable, __file__, "--child", "build", tmp, "--sizes", str(n)], check=True)
            ours_path, stock_path = Path(tmp) / "claims.json", Path(tmp) / "stock.json"
            results = {}
            cold_runs = [run_child("cold", ours_path, args.repeat) for _ in range(args.runs)]
            cold = statistics.median(r["open"] for r in cold_runs)
            cold_answer = statistics.median(r["open"] + r["list_first"] for r in cold_runs)
            for name, path in (("ours", ours_path), ("stock", stock_path)):
                # Each figure is the median over --runs fresh processes: a first open of a large
                # file swings with the page cache and memory pressure of the moment.
                runs = [run_child(name, path, args.repeat) for _ in range(args.runs)]
                results[name] = {key: statistics.median(r[key] for r in runs) for key in runs[0]}
            for name, r in results.items():
                size = (ours_path if name == "ours" else stock_path).stat().st_size / 1e6
                cold_s = cold if name == "ours" else r["open"]
                print(f"{n:>8} {name:8} {size:>8.1f} {r['open']:>8.3f} {cold_s:>8.3f} {r['change']:>9.3f} {r['change_first']:>8.3f} {r['list']:>8.3f} {r['list_first']:>9.3f} {r['peak_mb']:>8.0f}")
            ours, stock = results["ours"], results["stock"]
            print(
                f"{'':>8} first answer (open + first list): ours {ours['open'] + ours['list_first']:.3f} s "
                f"(cold {cold_answer:.3f} s), stock {stock['open'] + stock['list_first']:.3f} s"
            )
            print(
                f"{'':>8} speed-up: open {stock['open'] / ours['open']:.1f}x (cold {stock['open'] / cold:.1f}x), change {stock['change'] / ours['change']:.1f}x, "
                f"list {stock['list'] / ours['list']:.1f}x (first list {stock['list_first'] / ours['list_first']:.1f}x)"
            )


if __name__ == "__main__":
    main()
