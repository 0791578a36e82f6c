"""Instructions of `rasd bench html`'s two sides (issue #2): trafilatura.extract alone and rasd's HTML
ingest, on the same generated pages, after an uncounted warm-up round of each, so two commits compare
on a ratio that does not depend on the VM's load (the CPU-time bench moves +-15 % from run to run).
Run from a checkout:

    PYTHONHASHSEED=0 PYTHONPATH=. valgrind --tool=callgrind --instr-atstart=no \\
        --callgrind-out-file=OUT python bench/cg_html.py [PAGES] [--corpus DIR]

callgrind writes one profile part per side (OUT.1, OUT.2; `callgrind_annotate` reads them);
`python bench/cg_html.py --report OUT` prints each side's instructions and their ratio. The start, stop and dump of the counting are valgrind
client requests (bench/cg_pipeline.py's helper); outside valgrind it runs the two rounds uncounted."""
from __future__ import annotations

import glob
import io
import sys
import tempfile
from pathlib import Path

from cg_pipeline import _helper


def main() -> None:
    import trafilatura

    from rasd.engines.local import LocalEngine
    from rasd.eval.htmlgen import make_pages
    from rasd.ingest.html import _date_pattern
    from rasd.ingest.run import ingest
    from rasd.store.sqlite import Store

    args = sys.argv[1:]
    corpus = "../shared/data/unifiedfc/dataset"
    if "--corpus" in args:
        at = args.index("--corpus")
        corpus = args[at + 1]
        del args[at:at + 2]
    n = int(args[0]) if args else 300
    lib = _helper()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "html"
        htmls = [Path(f).read_bytes() for f in make_pages(corpus, folder, n)]
        for counted in (False, True):     # a warm-up round of each side, then the counted one
            if counted:
                lib.cg_start()
            for h in htmls:
                trafilatura.extract(h)
            if counted:
                lib.cg_dump(b"trafilatura.extract")
            store = Store(Path(tmp) / f"{counted}.db")    # a new store each round: every page is new
            _date_pattern.cache_clear()
            ingest([str(folder)], store, engine=LocalEngine(1), stages=[], err=io.StringIO(), corpus_pass=False)
            store.close()
            if counted:
                lib.cg_dump(b"rasd ingest")
                lib.cg_stop()
    print(f"{len(htmls)} pages counted")


def report(out: str) -> None:
    """Each side's instructions from the profile parts callgrind wrote (OUT.1, OUT.2)."""
    counts = {}
    for part in sorted(glob.glob(out + ".*")):
        text = Path(part).read_text(errors="replace")
        desc = next((line.split(":", 1)[1].strip() for line in text.splitlines() if line.startswith("desc: Trigger")), "")
        total = next((int(line.split()[1]) for line in text.splitlines() if line.startswith("summary:")), 0)
        counts[desc] = total
    for desc, total in counts.items():
        print(f"{desc}: {total:,}")
    traf = next((v for k, v in counts.items() if "trafilatura" in k), 0)
    rasd = next((v for k, v in counts.items() if "rasd" in k), 0)
    if traf:
        print(f"ratio {rasd / traf:.3f}")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--report"]:
        report(sys.argv[2])
    else:
        main()
