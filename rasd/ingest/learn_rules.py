"""Discover frequent boilerplate line shapes in a corpus of scraped pages.

Used to write and check ``rasd/data/ingest/line_rules.yaml``: the rules there were written
from what this script lists on the unifiedfc articles (real scraped pages from ~670 sites),
not from the sample pages. Two views:

* ``lines``: short lines counted by normalised key (``line_key``), by number of distinct
  sites and pages; a key seen on many *different* sites is a generic widget shape
  ("مشاهدة", "شارك", "مقالات ذات صلة"), a key seen on many pages of one site is that
  site's template.
* ``edges``: unifiedfc text often has no line breaks around the header/footer, so
  widget words are glued to the first/last sentence; this counts word n-grams in the
  first and last ``--edge`` tokens of each page by number of distinct sites.

    python -m rasd.ingest.learn_rules ../shared/data/unifiedfc/dataset --top 80
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

from rasd.ingest.boilerplate import registered_domain
from rasd.text.normalize import collapse_spaces, line_key, normalize


def iter_unifiedfc(folder: Path) -> Iterator[tuple[str, str, str]]:
    """(site, page_id, text) for every article of every claim file."""
    for path in sorted(folder.glob("*.json")):
        data = json.loads(path.read_text("utf-8"))
        for i, (text, url) in enumerate(zip(data.get("article", []), data.get("url", []), strict=False)):
            yield registered_domain(url) or "?", f"{path.stem}#{i}", text


def count_lines(pages: list[tuple[str, str, str]], max_words: int) -> tuple[Counter, Counter, dict]:
    sites_per_key: dict[str, set[str]] = defaultdict(set)
    pages_per_key: Counter = Counter()
    example: dict[str, str] = {}
    for site, _pid, text in pages:
        seen: set[str] = set()
        for line in text.split("\n"):
            line = line.strip()
            if not line or len(line.split()) > max_words:
                continue
            key = line_key(line)
            if not key or key in seen:
                continue
            seen.add(key)
            sites_per_key[key].add(site)
            pages_per_key[key] += 1
            example.setdefault(key, line)
    by_sites = Counter({k: len(v) for k, v in sites_per_key.items()})
    return by_sites, pages_per_key, example


def _grams(tokens: list[str], n_max: int) -> set[str]:
    out: set[str] = set()
    for n in range(1, n_max + 1):
        for i in range(len(tokens) - n + 1):
            gram = " ".join(tokens[i:i + n])
            if any(ch.isalpha() for ch in gram):
                out.add(gram)
    return out


def count_edges(pages: list[tuple[str, str, str]], edge: int, n_max: int) -> list[tuple[str, int, int]]:
    """(gram, sites where it is at a page edge, sites where it is in the middle), edge-heavy first.

    Ordinary words are as frequent in the middle of pages as at their edges; widget words
    ("شارك", "جميع الحقوق محفوظة") are over-represented at the edges.
    """
    edge_sites: dict[str, set[str]] = defaultdict(set)
    mid_sites: dict[str, set[str]] = defaultdict(set)
    for site, _pid, text in pages:
        toks = collapse_spaces(normalize(text)).split()
        if len(toks) < 4 * edge:
            continue
        for gram in _grams(toks[:edge], n_max) | _grams(toks[-edge:], n_max):
            edge_sites[gram].add(site)
        mid = len(toks) // 2
        for gram in _grams(toks[mid - edge:mid + edge], n_max):
            mid_sites[gram].add(site)
    rows = [(g, len(s), len(mid_sites.get(g, ()))) for g, s in edge_sites.items() if len(s) >= 4]
    rows.sort(key=lambda r: (-r[1] / (r[2] + 2), -r[1]))
    return rows


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", type=Path)
    ap.add_argument("--top", type=int, default=60)
    ap.add_argument("--max-words", type=int, default=8, help="only lines this short are counted")
    ap.add_argument("--edge", type=int, default=40, help="tokens at each end for the n-gram view")
    ap.add_argument("--ngram", type=int, default=3)
    args = ap.parse_args(argv)

    pages = list(iter_unifiedfc(args.folder))
    sites = {s for s, _, _ in pages}
    print(f"# {len(pages)} pages from {len(sites)} sites")
    by_sites, by_pages, example = count_lines(pages, args.max_words)
    print(f"\n# short lines (<= {args.max_words} words) by distinct sites: sites pages example")
    for key, n_sites in by_sites.most_common(args.top):
        print(f"{n_sites}\t{by_pages[key]}\t{example[key]}")
    print("\n# n-grams over-represented in the first/last tokens of pages: edge-sites mid-sites gram")
    for gram, n_edge, n_mid in count_edges(pages, args.edge, args.ngram)[:args.top]:
        print(f"{n_edge}\t{n_mid}\t{gram}")


if __name__ == "__main__":
    main()
