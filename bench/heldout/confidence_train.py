"""Train the event confidence model (rasd/extract/events/confidence.py) on judged breadth events.

    python bench/heldout/confidence_train.py features STORE.db OUT.json LABELS.jsonl ...   # re-run the stage, record
    python bench/heldout/confidence_train.py cv OUT.json [--seeds=20] [--l2=3] [--frac=1]  # grouped 5-fold CV
    python bench/heldout/confidence_train.py fit OUT.json rasd/data/models/event_confidence.yaml [--l2=3]
    python bench/heldout/confidence_train.py fit OUT.json rasd/data/models/event_gate.yaml --l2=10 \
        --target=right --gate=0.17 --exclude=brsample7 --cols=all               # the emit gate (gate_sweep.py)

Labels: `bench/heldout/confidence_labels_132ffff.jsonl` (the 832 labels of the committed model, consolidated from
the files below, each row's origin in `from`), or the judged files themselves: one row per judged event, `src` (claim file#article), `trig` (trigger surface), `ev` (evidence text) and
either `label` (keep/drop: bench/heldout/evconf_labels_5c7f3a0.jsonl) or `status` (event = keep; background,
non-event, duplicate = drop: the brsample files). Key = src + trigger + the evidence's first 200 characters; the
first file that labels a key wins (list the newest judgements first), unless it judged other fields: a key's label
is the first whose judged type, place and date are the event's as the current code extracts it; when none is, the
first, marked `stale` (its status may stand, its strict verdict was about other fields; gate_refit.py leaves a
stale kept row out).

`features` reads each labelled article from STORE (read only; its text, date and warnings as the ingest and corpus
pass left them), runs entities -> places -> events on it with the current code, and records the feature vector the
stage computes for every event it emits (a wrapper round `confidence.score_events`: the stage's own function, so
training and running cannot drift). A label whose key no re-extracted event has is counted and left out.

`cv`: L2 logistic regression (Newton, numpy) on standardised features, 5 folds grouped by article, repeated over
seeds; out-of-fold AUC, and what dropping the 5/10/20 % of labelled events with the lowest confidence removes:
share of drop rows removed, share of keep rows lost, and brsample's strict precision (verdict right) after it.
`fit`: fit on every keyed label and write the model file. `--target=right`: learn the strict verdict (right =
type, place and date right) instead of keep/drop; `--gate=T`: write T as the emit gate's threshold; `--exclude=P`:
leave out the rows of label files whose name starts with P (a held-out sample); `--cols=all`: fit on every column
of confidence.ALL_FEATURES (the second emit gate, event_gate2.yaml; default: the first len(FEATURES) columns, as
the confidence model and the first gate read). `features` records ALL_FEATURES, each row's evidence (`ev`) and its word terms (`terms`, the third gate's)."""
import json
import os
import sqlite3
import sys
from pathlib import Path

import numpy as np

import rasd.extract.events.confidence as confidence
from rasd.pipeline import analyse
from rasd.store.sqlite import row_to_document

sys.path.insert(0, os.path.dirname(__file__))
from evconf import article_folds, auc, fit  # noqa: E402  (the same Newton-step logistic regression and AUC as the evconf study)


def _label(r: dict) -> str | None:
    if r.get("label") in ("keep", "drop"):
        return r["label"]
    st = r.get("status")
    if not st:
        return None
    return "keep" if st == "event" else "drop"


def load_labels(paths: list[str]) -> dict[tuple, list[dict]]:
    """Every label of each key, in the order of `paths` (newest judgement first)."""
    out: dict[tuple, list[dict]] = {}
    for p in paths:
        for line in open(p):
            if not line.strip():
                continue
            r = json.loads(line)
            lab = _label(r)
            if lab is None or "ev" not in r:
                continue        # (a moves file's row without its evidence cannot be keyed)
            k = (r["src"], r["trig"], r["ev"][:200])
            # (a consolidated file names each row's origin in `from`)
            out.setdefault(k, []).append({
                "label": lab, "verdict": r.get("verdict"), "file": r.get("from") or p.rsplit("/", 1)[-1],
                "fields": (r["type"], r["place"], r["date"]) if "type" in r and "date" in r else None})
    return out


def _pick(labels: list[dict], fields: tuple) -> dict:
    """The first label whose judged type, place and date are the event's as the current code extracts it (its
    verdict stands); else the first one, marked `stale` when it judged other fields (its strict verdict may not)."""
    for lab in labels:
        if lab["fields"] == fields:
            return {**lab, "stale": False}
    lab = labels[0]
    return {**lab, "stale": lab["fields"] is not None}


def features(db_path: str, out: str, label_paths: list[str]) -> None:
    labels = load_labels(label_paths)
    srcs = {k[0] for k in labels}
    db = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    db.row_factory = sqlite3.Row
    seen: dict[tuple, tuple[list[float], list[str], tuple]] = {}
    names = dict(db.execute("SELECT id, name_ar FROM entities"))
    score = confidence.score_events
    current: list[str] = [""]

    def recording(pairs, page):       # the stage's own call: record what it computes, then score as usual
        for (c, ev), x in zip(pairs, confidence.feature_rows(pairs, page), strict=True):
            key = (current[0], ev.trigger, page.text[ev.evidence.start:ev.evidence.end][:200])
            # (the third gate's words too, and the fields a strict verdict rests on, as event_dump.py writes them)
            fields = (ev.event_type, names.get(ev.location, ev.location), f"{ev.date_start}..{ev.date_end}")
            seen.setdefault(key, (x, sorted(confidence.lexical_terms(c)), fields))
        score(pairs, page)

    confidence.score_events = recording
    n = 0
    for r in db.execute("SELECT * FROM documents"):
        src = r["source"].rsplit("/", 1)[-1]
        if src not in srcs:
            continue
        current[0] = src
        analyse(row_to_document(r), stages=["entities", "places", "events"])
        n += 1
    rows = []
    by_file: dict[str, list[int]] = {}
    for k, labs in labels.items():
        got = seen.get(k)
        lab = _pick(labs, got[2]) if got is not None else labs[0]
        by_file.setdefault(lab["file"], [0, 0])[got is not None] += 1
        if got is not None:
            lab.pop("fields")
            rows.append({"src": k[0], "trig": k[1], "ev": k[2], **lab, "x": got[0], "terms": got[1],
                         "fields": list(got[2])})
    json.dump({"features": list(confidence.ALL_FEATURES), "rows": rows}, open(out, "w"), ensure_ascii=False)
    print(f"{n} articles re-run; {len(labels)} labelled events, {len(rows)} keyed to a re-extracted event "
          f"({sum(r['stale'] for r in rows)} judged on other fields: `stale`); "
          "per file (not keyed, keyed): " + ", ".join(f"{f} {v}" for f, v in by_file.items()), file=sys.stderr)


def _data(path: str, target: str = "keep", exclude: str = "", ncols: int = 0) -> tuple[np.ndarray, np.ndarray, np.ndarray, list[dict]]:
    d = json.load(open(path))
    if d["features"] != list(confidence.ALL_FEATURES):
        sys.exit(f"{path}: recorded with another feature list; run `features` again")
    rows = [r for r in d["rows"] if not (exclude and r["file"].startswith(exclude))]
    X = np.array([r["x"] for r in rows], dtype=float)
    if ncols:
        X = X[:, :ncols]      # a model of the first ncols columns (the confidence model: FEATURES)
    y = np.array([(r["label"] == "keep") if target == "keep" else (r.get("verdict") == "right") for r in rows],
                 dtype=float)
    return X, y, np.array([r["src"] for r in rows]), rows


def _standardise(X: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    mu, sd = X.mean(0), X.std(0)
    sd[sd < 1e-9] = 1.0
    # cut to ±CLIP as the run-time model does (confidence.ConfidenceModel.probability)
    return np.hstack([np.ones((len(X), 1)), np.clip((X - mu) / sd, -confidence.CLIP, confidence.CLIP)]), mu, sd


def oof_scores(Z: np.ndarray, y: np.ndarray, arts: np.ndarray, seeds: int, l2: float,
               frac: float = 1.0) -> np.ndarray:
    """Out-of-fold scores (seeds x rows): 5 folds grouped by article, one fold draw per seed."""
    scores = np.zeros((seeds, len(y)))
    for seed, _k, tr, te in article_folds(arts, seeds, frac):
        scores[seed, te] = Z[te] @ fit(Z[tr], y[tr], l2)
    return scores


def platt(scores: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    """Slope and intercept mapping out-of-fold scores to calibrated log-odds (all seeds pooled)."""
    s = scores.ravel()
    t = np.tile(y, scores.shape[0])
    w = fit(np.column_stack([np.ones(len(s)), s]), t, 1e-6)
    return float(w[1]), float(w[0])


def cv(path: str, seeds: int = 20, l2: float = 3.0, frac: float = 1.0) -> None:
    X, y, arts, rows = _data(path, ncols=len(confidence.FEATURES))
    Z, _mu, _sd = _standardise(X)     # (scaling on all rows: a shift per column, no label seen)
    uniq = np.array(sorted(set(arts)))
    scores = oof_scores(Z, y, arts, seeds, l2, frac)
    keep = y == 1
    aucs = [auc(scores[i], keep) for i in range(seeds)]
    files = sorted({r["file"] for r in rows})
    file_of = np.array([r["file"] for r in rows])
    print(f"{len(y)} labelled events ({int(keep.sum())} keep / {int((~keep).sum())} drop), {len(uniq)} articles")
    print(f"AUC (keep above drop), 5-fold grouped by article, {seeds} seeds, L2 {l2}: mean {np.mean(aucs):.3f} "
          f"(min {np.min(aucs):.3f}, max {np.max(aucs):.3f})")
    print("  by file: " + ", ".join(
        f"{f} {np.mean([auc(scores[i][file_of == f], keep[file_of == f]) for i in range(seeds)]):.3f}"
        for f in files if 0 < keep[file_of == f].sum() < (file_of == f).sum()))
    rule = X[:, list(confidence.FEATURES).index("rule_confidence")]
    print(f"  the rule score alone: AUC {auc(rule, keep):.3f}")
    strict = np.array([r.get("verdict") in ("right", "wrong") for r in rows])
    right = np.array([r.get("verdict") == "right" for r in rows])
    print(f"strict-judged rows (brsample): {strict.sum()}, right {right.sum()} = {right.sum() / max(1, strict.sum()):.3f}")
    print("| cut (lowest) | drop rows removed | keep rows lost | brsample rows removed (right) | strict precision after |")
    print("|---|---|---|---|---|")
    for share in (0.05, 0.08, 0.10, 0.15, 0.20):
        got, lost, prec, gone_n, gone_r = [], [], [], [], []
        for i in range(seeds):
            cut = np.quantile(scores[i], share)
            gone = scores[i] < cut
            got.append((gone & ~keep).sum() / (~keep).sum())
            lost.append((gone & keep).sum() / keep.sum())
            kept = strict & ~gone
            prec.append(right[kept].sum() / max(1, kept.sum()))
            gone_n.append((gone & strict).sum())
            gone_r.append((gone & right).sum())
        print(f"| {share:.0%} | {np.mean(got):.1%} | {np.mean(lost):.1%} | {np.mean(gone_n):.1f} ({np.mean(gone_r):.1f})"
              f" | {np.mean(prec):.3f} |")
    rng = np.random.default_rng(99)
    by_art = {a: np.flatnonzero(arts == a) for a in uniq}
    for share in (0.10, 0.20):
        gone = scores[0] < np.quantile(scores[0], share)
        got, lost = [], []
        for _ in range(1000):
            idx = np.concatenate([by_art[a] for a in rng.choice(uniq, len(uniq))])
            got.append((gone[idx] & (y[idx] == 0)).sum() / max(1, (y[idx] == 0).sum()))
            lost.append((gone[idx] & (y[idx] == 1)).sum() / max(1, (y[idx] == 1).sum()))
        print(f"  bootstrap {share:.0%} (seed 0): drops removed {np.percentile(got, 2.5):.1%}-{np.percentile(got, 97.5):.1%},"
              f" keeps lost {np.percentile(lost, 2.5):.1%}-{np.percentile(lost, 97.5):.1%} (95 %)")
    slope, intercept = platt(scores, y)
    for name, prob in (("raw", 1 / (1 + np.exp(-scores))),
                       (f"Platt-scaled (slope {slope:.3f}, intercept {intercept:+.3f})",
                        1 / (1 + np.exp(-(slope * scores + intercept))))):
        print(f"calibration, {name} out-of-fold probability of keep, all seeds: | bin | rows | mean p | kept share |")
        for lo, hi in ((0, .3), (.3, .5), (.5, .6), (.6, .7), (.7, .8), (.8, .9), (.9, 1.01)):
            m = (prob >= lo) & (prob < hi)
            if m.any():
                print(f"| {lo:.1f}-{min(hi, 1):.1f} | {m.sum() / seeds:.0f} | {prob[m].mean():.3f} | "
                      f"{np.broadcast_to(y, prob.shape)[m].mean():.3f} |")
    w = fit(Z, y, l2)
    print("full-data coefficients (standardised; + = more likely kept):")
    for n, c in sorted(zip(["bias", *confidence.FEATURES], w, strict=True), key=lambda t: -abs(t[1]))[:25]:
        print(f"   {n:24s} {c:+.3f}")


def fit_model(path: str, out: str, l2: float = 3.0, target: str = "keep", gate: float = 0.0,
              exclude: str = "", cols: str = "") -> None:
    # the confidence model reads FEATURES; the gate (cols "all") ALL_FEATURES
    ncols = len(confidence.ALL_FEATURES) if cols == "all" else len(confidence.FEATURES)
    X, y, arts, rows = _data(path, target, exclude, ncols)
    Z, mu, sd = _standardise(X)
    w = fit(Z, y, l2)
    calibration = platt(oof_scores(Z, y, arts, 10, l2), y)
    meta = {"trained_on": f"{len(y)} judged breadth events ({int(y.sum())} kept, {int(len(y) - y.sum())} dropped), "
                          f"{len(set(arts))} articles; files: {', '.join(sorted({r['file'] for r in rows}))}",
            "l2": l2}
    if target == "right":
        meta = {"about": "rasd emit gate: L2 logistic regression on standardised features, P(strict verdict right); "
                         "see rasd/data/models/README.md", **meta, "target": "strict verdict right"}
    if gate:
        meta["gate"] = gate
    confidence.write_model(Path(out), list(mu), list(sd), list(w[1:]), float(w[0]), meta, calibration)
    print(f"model -> {out} ({len(y)} rows)", file=sys.stderr)


if __name__ == "__main__":
    cmd = sys.argv[1]
    opts = dict(a.lstrip("-").split("=", 1) for a in sys.argv[2:] if a.startswith("--"))
    args = [a for a in sys.argv[2:] if not a.startswith("--")]
    if cmd == "features":
        features(args[0], args[1], args[2:])
    elif cmd == "cv":
        cv(args[0], int(opts.get("seeds", 20)), float(opts.get("l2", 3.0)), float(opts.get("frac", 1.0)))
    elif cmd == "fit":
        fit_model(args[0], args[1], float(opts.get("l2", 3.0)), opts.get("target", "keep"),
                  float(opts.get("gate", 0.0)), opts.get("exclude", ""), opts.get("cols", ""))
