"""Geocoding accuracy on a hand-annotated gold set of place mentions in real articles.

The gold file (tests/fixtures/gazetteer/geocode_gold.yaml) stores, per mention, the unifiedfc
claim id, the article index, the surface and the gold coordinates, never the article text: the
text is re-read from the unifiedfc dataset at evaluation time. Each article's gold mentions are
located in the text and geocoded together with ``rasd.knowledge.geocode.geocode``, so the
sentence context (admin cues, place cue words, other places) is the real one.

    python -m rasd.eval.geocode_eval [gold.yaml] [--dataset DIR] [--db rasd.db]

The gazetteer is the default one plus the per-user imports (``rasd gazetteer import``) plus
those of ``--db``; ``RASD_GAZETTEER=none`` measures the defaults alone.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

import yaml

from rasd.knowledge.gazetteer import Gazetteer, haversine_km, load_gazetteer
from rasd.knowledge.geocode import geocode
from rasd.records import Analysis, Document, Mention
from rasd.text.normalize import normalize, normalize_with_map, to_original_span
from rasd.text.tokens import PROCLITIC_SET

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_GOLD = ROOT / "tests" / "fixtures" / "gazetteer" / "geocode_gold.yaml"
DEFAULT_DATASET = ROOT.parent / "shared" / "data" / "unifiedfc" / "dataset"
TOWN_KM = 5.0
REGION_KM = 25.0


def find_occurrence(norm_text: str, norm_surface: str, occurrence: int = 1) -> tuple[int, int] | None:
    """The k-th match of a normalised surface at token boundaries (a proclitic may precede it)."""
    count = 0
    for m in re.finditer(re.escape(norm_surface), norm_text):
        s, e = m.span()
        if e < len(norm_text) and norm_text[e].isalnum():
            continue
        j = s
        while j > 0 and norm_text[j - 1].isalnum():
            j -= 1
        if j < s and norm_text[j:s] not in PROCLITIC_SET:
            continue
        count += 1
        if count == occurrence:
            return s, e
    return None


def evaluate_geocoding(gold_path: str | Path = DEFAULT_GOLD, dataset_dir: str | Path = DEFAULT_DATASET,
                       db_path: str | None = None, gaz: Gazetteer | None = None) -> dict[str, Any]:
    """Share of gold mentions geocoded within 5 km (towns) / 25 km (regions, governorates)."""
    gold = yaml.safe_load(Path(gold_path).read_text(encoding="utf-8"))["items"]
    gaz = gaz or load_gazetteer(db_path)
    by_article: dict[tuple[str, int], list[dict[str, Any]]] = defaultdict(list)
    for item in gold:
        by_article[(str(item["claim"]), int(item["article"]))].append(item)
    results: list[dict[str, Any]] = []
    for (claim, idx), items in sorted(by_article.items()):
        data = json.loads((Path(dataset_dir) / f"{claim}.json").read_text(encoding="utf-8"))
        text = data["article"][idx]
        norm_text, offsets = normalize_with_map(text)
        mentions: list[tuple[dict[str, Any], Mention | None]] = []
        for item in items:
            surface = normalize(item["surface"])
            span = find_occurrence(norm_text, surface, int(item.get("occurrence", 1)))
            if span is None:
                mentions.append((item, None))
                continue
            s, e = to_original_span(offsets, *span)
            mentions.append((item, Mention(start=s, end=e, surface=text[s:e], norm=surface, type="PLACE",
                                           source="gold")))
        analysis = Analysis(doc=Document(id=f"{claim}-{idx}", source=f"{claim}#{idx}", text=text),
                            mentions=[m for _, m in mentions if m is not None])
        geocode(analysis, gaz)
        for item, m in mentions:
            region = item.get("level", "town") != "town"
            row = {"claim": claim, "article": idx, "surface": item["surface"], "level": item.get("level", "town"),
                   "found": m is not None, "place": None, "km": None, "ok": False, "candidates": []}
            if m is not None and m.entity_id:
                place = gaz.get(m.entity_id)
                if place is not None and place.lat is not None:
                    km = haversine_km(place.lat, place.lon, float(item["lat"]), float(item["lon"]))
                    row.update(place=place.id, km=round(km, 1), ok=km <= (REGION_KM if region else TOWN_KM),
                               precision=m.geo_precision)
            if m is not None:
                row["candidates"] = list(m.candidates)
            results.append(row)
    towns = [r for r in results if r["level"] == "town"]
    n = len(results)
    return {
        "mentions": n,
        "articles": len(by_article),
        "located_in_text": sum(r["found"] for r in results),
        "resolved": sum(r["place"] is not None for r in results),
        "within_tolerance": sum(r["ok"] for r in results),
        "share_within_tolerance": round(sum(r["ok"] for r in results) / n, 4) if n else 0.0,
        "towns": len(towns),
        "towns_within_5km": sum(r["ok"] for r in towns),
        "share_towns_within_5km": round(sum(r["ok"] for r in towns) / len(towns), 4) if towns else 0.0,
        "errors": [r for r in results if not r["ok"]],
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="?", default=str(DEFAULT_GOLD))
    ap.add_argument("--dataset", default=str(DEFAULT_DATASET))
    ap.add_argument("--db", default=None, help="rasd database with an imported gazetteer (merged with the per-user one)")
    args = ap.parse_args()
    report = evaluate_geocoding(args.gold, args.dataset, args.db)
    errors = report.pop("errors")
    print(json.dumps(report, ensure_ascii=False, indent=1))
    for r in errors:
        print(f"  MISS {r['claim']}#{r['article']} {r['surface']} ({r['level']}): "
              + (f"{r['place']} at {r['km']} km" if r["place"] else "not located in text" if not r["found"]
                 else f"unresolved, candidates {r['candidates'][:4]}"))


if __name__ == "__main__":
    main()
