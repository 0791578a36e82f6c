"""`rasd bench`: speed and memory, measured by the project itself (figures go to bench/RESULTS.md).

    rasd bench ingest   --corpus ../shared/data/unifiedfc/dataset   scraped text: clean + metadata + store
    rasd bench html     --corpus ... --pages 500                     HTML path vs trafilatura.extract alone
    rasd bench memory   --corpus ... --sizes 1000,10000              peak RSS of ingest, in a fresh process each
    rasd bench pipeline --corpus ... --stages entities,places,events full pipeline up to a layer, docs/s/core
    rasd bench corpus   --corpus ... --sizes 1000,all                corpus pass (stories, merging, contradictions)
    rasd bench storediff A.db B.db                                   two stores table by table (speed changes)
"""

from __future__ import annotations

import io
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from itertools import cycle, islice
from pathlib import Path
from typing import Any

import click

from rasd.records import RawPage

DEFAULT_CORPUS = "../shared/data/unifiedfc/dataset"
# a corpus folder that is not there is an error, not a bench of no pages (the default is relative to the
# checkout: run from elsewhere, it names nothing)
corpus_option = click.option("--corpus", default=DEFAULT_CORPUS, show_default=True,
                             type=click.Path(exists=True, file_okay=False))


def corpus_pages(corpus: str, n: int | None = None) -> Iterator[RawPage]:
    """Real articles from the corpus; beyond its size, cycled with a numbered line so each is a new text."""
    from rasd.ingest.readers import iter_pages

    base = [p for p in iter_pages([corpus]) if isinstance(p, RawPage)]
    if n is None or n <= len(base):
        yield from base[:n] if n else base
        return
    for i, p in enumerate(islice(cycle(base), n)):
        if i < len(base):
            yield p
        else:
            yield RawPage(source=f"{p.source}#copy{i}", text=p.text + f"\nنسخة رقم {i} للقياس", kind=p.kind,
                          url=p.url, meta=p.meta)


def _ingest_timed(pages: list[RawPage], stages: list[str] | None, workers: int = 1) -> tuple[float, Any]:
    from rasd.engines.local import LocalEngine
    from rasd.ingest.run import ingest
    from rasd.store.sqlite import Store

    with tempfile.TemporaryDirectory() as tmp:
        pdir = Path(tmp) / "in"
        pdir.mkdir()
        jl = pdir / "pages.jsonl"
        with jl.open("w", encoding="utf-8") as f:
            for p in pages:
                f.write(json.dumps({"url": p.url, "text": p.text, "source": p.source}, ensure_ascii=False) + "\n")
        store = Store(Path(tmp) / "b.db")
        t0, c0 = time.perf_counter(), time.process_time()
        rep = ingest([str(jl)], store, engine=LocalEngine(workers), stages=stages, err=io.StringIO(),
                     corpus_pass=False)
        rep.cpu_seconds = time.process_time() - c0   # type: ignore[attr-defined]
        return time.perf_counter() - t0, rep


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@click.group()
def bench() -> None:
    """Measure speed and memory (results are printed as Markdown for bench/RESULTS.md)."""


@bench.command("ingest")
@corpus_option
@click.option("--limit", default=None, type=int)
def bench_ingest(corpus: str, limit: int | None) -> None:
    """Scraped-text path: read + clean + metadata + dedup + store, one core."""
    pages = list(corpus_pages(corpus, limit))
    secs, rep = _ingest_timed(pages, stages=[])
    cpu = rep.cpu_seconds
    click.echo(f"| ingest (scraped text: read, clean, metadata, dedup, store) | {len(pages)} docs | wall {secs:.1f} s | "
               f"CPU {cpu:.1f} s | {len(pages) / cpu:.0f} docs per CPU-second (one core) | "
               f"peak {_peak_mb():.0f} MB | {rep.summary()} |")


@bench.command("pipeline")
@corpus_option
@click.option("--limit", default=None, type=int)
@click.option("--stages", default="entities,places,events", show_default=True)
def bench_pipeline(corpus: str, limit: int | None, stages: str) -> None:
    """Full pipeline up to the given stages, one core (model/KB loading excluded by a warm-up).

    Pages go as a real run's worker takes them (``process_pages``): a chunk of BATCH_DOCS pages
    cleaned and signed, then analysed together. Only the analysis is timed; cleaning each chunk
    right before it leaves the caches (normalised body, date scan) in the state the analysis
    finds in a real run."""
    from rasd.ingest.clean import clean
    from rasd.knowledge.resources import default_resources
    from rasd.pipeline import BATCH_DOCS, WorkerContext, analyse, analyse_many, clean_pages, settle_gc

    res = default_resources()
    pages = list(corpus_pages(corpus, limit))
    st = stages.split(",")
    ctx = WorkerContext(stages=st)
    analyse(clean(pages[0]), res, st)  # warm-up: loads KB, gazetteer, model
    settle_gc()                        # as the engine's workers do after their first page
    t0 = time.perf_counter()
    secs = cpu = clean_cpu = 0.0
    n_docs = n_events = n_mentions = 0
    for b in range(0, len(pages), BATCH_DOCS):
        c0 = time.process_time()
        _out, todo = clean_pages(pages[b : b + BATCH_DOCS], ctx)   # not timed: the ingest bench's part
        w1, c1 = time.perf_counter(), time.process_time()
        clean_cpu += c1 - c0
        for a in analyse_many([d for _i, d, _s in todo], res, st):
            n_docs += 1
            n_events += len(a.events)
            n_mentions += len(a.mentions)
        secs += time.perf_counter() - w1
        cpu += time.process_time() - c1
    click.echo(f"| pipeline [{stages}] | {n_docs} docs | wall {secs:.1f} s | CPU {cpu:.1f} s | "
               f"{n_docs / cpu:.0f} docs per CPU-second | {n_mentions} mentions, {n_events} events | "
               f"peak {_peak_mb():.0f} MB | (cleaning, not timed: {clean_cpu:.1f} CPU-s; "
               f"all {time.perf_counter() - t0:.1f} s wall) | gazetteer: {_gazetteer_note(res)} |")


def _gazetteer_note(res: Any) -> str:
    """How many places the run geocoded with, and how many of them came from an import
    (``rasd gazetteer import``, e.g. the per-user one ``make demo`` fills): figures differ."""
    from rasd.knowledge.gazetteer import IMPORT_SOURCES

    places = res.gazetteer.places.values()
    return f"{len(places)} places, {sum(p.source in IMPORT_SOURCES for p in places)} imported"


@bench.command("html")
@corpus_option
@click.option("--pages", "n", default=500, show_default=True)
@click.option("--rounds", default=2, show_default=True,
              help="alternating rounds (baseline, rasd, baseline, ...); the fastest round of each side counts")
@click.option("--breakdown", is_flag=True,
              help="then one more rasd round with each stage's CPU time recorded (not counted in the ratio)")
def bench_html(corpus: str, n: int, rounds: int, breakdown: bool) -> None:
    """HTML path (read + trafilatura + checks + clean + store) vs trafilatura.extract alone, same pages.

    Both sides run in this process on the same page files, in alternating rounds, so a machine
    shared with other work slows both alike; each side's fastest round (CPU seconds) counts.
    """
    import trafilatura

    from rasd.engines.local import LocalEngine
    from rasd.eval.htmlgen import make_pages
    from rasd.ingest.html import TRAFILATURA_SETTINGS, _date_pattern
    from rasd.ingest.run import ingest
    from rasd.store.sqlite import Store

    t_traf = t_rasd = float("inf")
    cold_traf = cold_rasd = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        files = make_pages(corpus, Path(tmp) / "html", n)
        htmls = [Path(f).read_bytes() for f in files]   # some pages are windows-1256; trafilatura decodes
        for r in range(max(1, rounds)):
            c0 = time.process_time()
            for h in htmls:
                trafilatura.extract(h)
            t = time.process_time() - c0
            t_traf, cold_traf = min(t_traf, t), cold_traf or t
            store = Store(Path(tmp) / f"h{r}.db")       # a new store each round: every page is new
            _date_pattern.cache_clear()                   # no per-page work kept from an earlier round
            c0 = time.process_time()
            rep = ingest([str(Path(tmp) / "html")], store, engine=LocalEngine(1), stages=[], err=io.StringIO(),
                         corpus_pass=False)
            t = time.process_time() - c0
            t_rasd, cold_rasd = min(t_rasd, t), cold_rasd or t
            store.close()
        stages: dict[str, float] = {}
        total = 0.0
        if breakdown:
            store = Store(Path(tmp) / "breakdown.db")
            _date_pattern.cache_clear()
            stages, total = _html_stages(lambda: ingest([str(Path(tmp) / "html")], store, engine=LocalEngine(1),
                                                        stages=[], err=io.StringIO(), corpus_pass=False))
            store.close()
    click.echo(f"| html path (CPU seconds, best of {max(1, rounds)} alternating rounds) | {len(htmls)} pages | "
               f"trafilatura.extract alone {t_traf:.2f} s | "
               f"rasd ingest (read, trafilatura, checks, clean, store) {t_rasd:.2f} s | "
               f"ratio {t_rasd / t_traf:.2f}x | first round {cold_rasd / cold_traf:.2f}x (rasd's one-time "
               f"loading of its lexicons included) | {rep.summary()} |")
    if stages:
        click.echo(f"| html path stages (CPU seconds, one more rasd round: {total:.2f} s) | "
                   + " | ".join(f"{k} {v:.2f} s = {v / t_traf:.2f}x" for k, v in stages.items())
                   + " | (x: of trafilatura.extract alone) |")
    click.echo(f"baseline: trafilatura {trafilatura.__version__} extract(page bytes) with its defaults "
               "(fast=False, with_metadata=False, include_comments=True, include_tables=True, output txt)")
    click.echo(f"rasd: reads and decodes each file, parses it once, trafilatura {TRAFILATURA_SETTINGS} "
               "on that tree, then its checks (text, title, site name, date), clean, metadata "
               "and date inference, MinHash and the SQLite store")


def _html_stages(run: Any) -> tuple[dict[str, float], float]:
    """CPU seconds of each stage of the HTML path during ``run()``: the stage functions are
    wrapped for that call (a clock read per call; nested stages are subtracted from their caller's
    figure). Where the time goes, for issue #2's ratio (``rasd bench html --breakdown``)."""
    import rasd.corpus.dedup as dedup
    import rasd.ingest.html as html
    import rasd.ingest.readers as readers
    import rasd.ingest.run as run_mod
    import rasd.pipeline as pipeline
    import rasd.text.dates as dates

    spent: dict[str, float] = {}
    # (module, function name, stage); the functions the path looks up at call time
    targets = [(readers, "decode", "read: decode"), (readers, "html_to_page", "html: checks"),
               (html, "_parse_checked", "html: parse"), (html, "_trafilatura", "html: trafilatura text"),
               (html, "_trafilatura_metadata", "html: trafilatura metadata"), (pipeline, "clean", "clean: rest"),
               (dates, "infer_published", "clean: publication date"), (dedup, "minhash_signature", "minhash"),
               (run_mod, "_store_result", "store")]
    stack: list[float] = []          # CPU time of the stages nested in the running one

    def wrap(fn: Any, stage: str) -> Any:
        def timed(*args: Any, **kw: Any) -> Any:
            c0 = time.process_time()
            stack.append(0.0)
            try:
                return fn(*args, **kw)
            finally:
                inner = stack.pop()
                took = time.process_time() - c0
                spent[stage] = spent.get(stage, 0.0) + took - inner
                if stack:
                    stack[-1] += took
        return timed

    originals = [(mod, name, getattr(mod, name), stage) for mod, name, stage in targets]
    try:
        for mod, name, fn, stage in originals:
            setattr(mod, name, wrap(fn, stage))
        c0 = time.process_time()
        run()
        total = time.process_time() - c0
    finally:
        for mod, name, fn, _stage in originals:
            setattr(mod, name, fn)
    spent["rest (reading, engine, store commit outside _store_result ...)"] = total - sum(spent.values())
    return dict(sorted(spent.items(), key=lambda kv: -kv[1])), total


@bench.command("storediff")
@click.argument("store_a")
@click.argument("store_b")
def bench_storediff(store_a: str, store_b: str) -> None:
    """Compare two stores table by table (timestamps left out, full-text tables by rows and
    term instances): a speed change must leave the store of the same input unchanged."""
    from rasd.eval.storediff import compare

    diff, n = compare(store_a, store_b)
    if diff:
        click.echo("\n".join(diff))
        raise SystemExit(1)
    click.echo(f"identical: {len(n)} tables, {sum(n.values())} rows "
               f"({', '.join(f'{k} {v}' for k, v in n.items() if v)})")


@bench.command("memory")
@corpus_option
@click.option("--sizes", default="1000,10000", show_default=True)
def bench_memory(corpus: str, sizes: str) -> None:
    """Peak RSS of an ingest of N pages, each size in a fresh process."""
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes.split(","):
            jl = Path(tmp) / f"pages-{size}.jsonl"   # written here, so the measured process only ingests
            with jl.open("w", encoding="utf-8") as f:
                for p in corpus_pages(corpus, int(size)):
                    f.write(json.dumps({"url": p.url, "text": p.text}, ensure_ascii=False) + "\n")
            out = subprocess.run([sys.executable, "-m", "rasd.eval.bench", "_mem", str(jl)],
                                 capture_output=True, text=True, check=True).stdout.strip().splitlines()[-1]
            rows.append(json.loads(out))
    for r in rows:
        click.echo(f"| ingest memory | {r['n']} docs | {r['secs']:.1f} s | {r['n'] / r['secs']:.0f} docs/s | "
                   f"peak RSS {r['peak_mb']:.0f} MB |")
    if len(rows) >= 2:
        click.echo(f"peak growth {rows[0]['n']} → {rows[-1]['n']} docs: "
                   f"{100 * (rows[-1]['peak_mb'] / rows[0]['peak_mb'] - 1):+.1f}%")


@bench.command("corpus")
@corpus_option
@click.option("--sizes", default="1000,all", show_default=True)
def bench_corpus(corpus: str, sizes: str) -> None:
    """Corpus pass time (stories, merged events, contradictions) at growing sizes."""
    from rasd.corpus.run import run_corpus_pass
    from rasd.engines.local import LocalEngine
    from rasd.ingest.run import ingest
    from rasd.store.sqlite import Store

    base = list(corpus_pages(corpus))
    for s in sizes.split(","):
        n = len(base) if s == "all" else int(s)
        with tempfile.TemporaryDirectory() as tmp:
            jl = Path(tmp) / "p.jsonl"
            with jl.open("w", encoding="utf-8") as f:
                for p in list(corpus_pages(corpus, n)):
                    f.write(json.dumps({"url": p.url, "text": p.text}, ensure_ascii=False) + "\n")
            store = Store(Path(tmp) / "c.db")
            ingest([str(jl)], store, engine=LocalEngine(1), err=io.StringIO(), corpus_pass=False)
            t0, c0 = time.perf_counter(), time.process_time()
            out = run_corpus_pass(store)
            secs, cpu = time.perf_counter() - t0, time.process_time() - c0
            t0, c0 = time.perf_counter(), time.process_time()
            run_corpus_pass(store)  # a re-run, as after new documents arrive: features are kept
            secs2, cpu2 = time.perf_counter() - t0, time.process_time() - c0
        click.echo(f"| corpus pass | {n} docs | first run wall {secs:.1f} s, CPU {cpu:.1f} s | "
                   f"re-run wall {secs2:.1f} s, CPU {cpu2:.1f} s | {out} |")


def _mem_main(jsonl: str) -> None:
    """Ingest a JSONL file of pages in this fresh process; report its peak RSS."""
    from rasd.engines.local import LocalEngine
    from rasd.ingest.run import ingest
    from rasd.store.sqlite import Store

    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        rep = ingest([jsonl], Store(Path(tmp) / "m.db"), engine=LocalEngine(1), stages=[], err=io.StringIO(),
                     corpus_pass=False)
        secs = time.perf_counter() - t0
    print(json.dumps({"n": rep.read, "secs": secs, "peak_mb": _peak_mb()}))


if __name__ == "__main__" and len(sys.argv) == 3 and sys.argv[1] == "_mem":
    _mem_main(sys.argv[2])


@bench.command("web")
@click.option("--docs", "n_docs", default=100_000, show_default=True, help="documents in the generated store")
@corpus_option
@click.option("--requests", "n_requests", default=100, show_default=True)
@click.option("--db", default=None, help="measure this store instead of generating one")
def bench_web_cmd(n_docs: int, corpus: str, n_requests: int, db: str | None) -> None:
    """Page and API latency (p50/p95) on a large store generated from the corpus articles."""
    from rasd.web.bench import bench_web, generate_bench_db

    with tempfile.TemporaryDirectory() as tmp:
        path = db or str(Path(tmp) / "web.db")
        if db is None:
            click.echo(f"generating a {n_docs}-document store ...", err=True)
            generate_bench_db(path, n_docs, str(Path(corpus).parent))   # it reads <dir>/dataset
        res = bench_web(path, n_requests)
    for kind, r in res.items():
        if isinstance(r, dict) and "p95_ms" in r:
            click.echo(f"| web {kind} | {res['documents']} docs, {res['events_total']} events | {r['n']} requests | "
                       f"p50 {r['p50_ms']:.0f} ms | p95 {r['p95_ms']:.0f} ms | max {r['max_ms']:.0f} ms |")


@bench.command("export")
@click.option("--events", "n_events", default=100_000, show_default=True)
@corpus_option
def bench_export(n_events: int, corpus: str) -> None:
    """Export time and peak memory for every format on a generated store of about N events."""
    from rasd.web.bench import generate_bench_db

    with tempfile.TemporaryDirectory() as tmp:
        path = str(Path(tmp) / "exp.db")
        generate_bench_db(path, n_events, str(Path(corpus).parent))
        for fmt in ("acled-csv", "jsonl", "geojson", "parquet"):
            out = subprocess.run([sys.executable, "-m", "rasd.eval.bench", "_export", path, fmt,
                                  str(Path(tmp) / f"out.{fmt}")], capture_output=True, text=True, check=True)
            r = json.loads(out.stdout.strip().splitlines()[-1])
            click.echo(f"| export {fmt} | {r['rows']} rows | {r['secs']:.1f} s | peak RSS {r['peak_mb']:.0f} MB |")


def _export_main(db: str, fmt: str, out: str) -> None:
    from rasd.export.exports import export

    t0 = time.perf_counter()
    rows = export(db, fmt, out)
    print(json.dumps({"rows": rows, "secs": time.perf_counter() - t0, "peak_mb": _peak_mb()}))


if __name__ == "__main__" and len(sys.argv) == 5 and sys.argv[1] == "_export":
    _export_main(sys.argv[2], sys.argv[3], sys.argv[4])
