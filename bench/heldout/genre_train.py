"""Train and measure the page-genre model (rasd/extract/events/genre.py): does a page report happenings of its own?

    python bench/heldout/genre_train.py labels JUDGED.jsonl OUT_LABELS.jsonl      # page labels from dev material
    python bench/heldout/genre_train.py pages LABELS.jsonl OUT_PAGES.json          # the labelled pages' vectors
    python bench/heldout/genre_train.py cv OUT_PAGES.json OUT_SCORES.json [--seeds 10]   # grouped CV scores
    python bench/heldout/genre_train.py rows JUDGED.jsonl OUT_SCORES.json DUMP.jsonl   # rows a drop rule removes
    python bench/heldout/genre_train.py fit OUT_PAGES.json rasd/data/models/page_genre.yaml --threshold T --body-share B --min-words N

Labels (dev material only): a judged breadth page (JUDGED: judged rows carried to a dump, e.g.
the rows `judged_rows.py` carries to the start dump) with a row judged a real event of the page (status `event`) reports happenings
(1); a page whose judged rows are all background or non-events does not (0); pages of duplicates only are left
out. A page of the D/G/H gold (bench/heldout/events_{D,G,H}.yaml) with gold events is 1, without is 0. The pages'
title and text are read from the start code's stores (/tmp/s35_base_br.db, /tmp/s35_base_{D,G,H}.db), as the
ingest left them. The CV groups pages by claim file (pages of one file share a site and often a story).
"""
import json
import os
import random
import sqlite3
import sys
from collections import defaultdict

import numpy as np
import yaml

sys.path.insert(0, os.getcwd())
from rasd.extract.events.genre import MEASURES, page_vector  # noqa: E402

STORES = {"br": "/tmp/s35_base_br.db", "D": "/tmp/s35_base_D.db", "G": "/tmp/s35_base_G.db", "H": "/tmp/s35_base_H.db"}
TERMS = os.environ.get("GENRE_TERMS", "tl")   # which terms: t title, l lead
MIN_DF = int(os.environ.get("GENRE_MIN_DF", "5"))
L2 = float(os.environ.get("GENRE_L2", "4"))
MODE = os.environ.get("GENRE_MODE", "pages")   # "rows": fit the share of right rows, weighted by rows


def labels(judged: str, out: str) -> None:
    pages: dict[str, list[dict]] = defaultdict(list)
    for line in open(judged, encoding="utf-8"):
        r = json.loads(line)
        pages[r["src"]].append(r)
    rows = []
    for src, rs in sorted(pages.items()):
        st = {r.get("status") for r in rs}
        if "event" in st:
            lab = 1
        elif st <= {"background", "non-event"}:
            lab = 0
        else:
            continue
        right = sum(r["verdict"] == "right" for r in rs)
        rows.append({"src": src, "set": "br", "label": lab, "right": right, "rows": len(rs)})
    for s in "DGH":
        gold = yaml.safe_load(open(f"bench/heldout/events_{s}.yaml", encoding="utf-8"))
        for d in gold["documents"]:
            rows.append({"src": d["doc"], "set": s, "label": int(bool(d.get("events")))})
    with open(out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    n = defaultdict(int)
    for r in rows:
        n[(r["set"], r["label"])] += 1
    print(len(rows), "pages", dict(n))


def pages(labels_path: str, out: str) -> None:
    want = [json.loads(line) for line in open(labels_path, encoding="utf-8")]
    docs: dict[tuple[str, str], tuple[str, str]] = {}
    for s, path in STORES.items():
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        for src, title, text in db.execute("SELECT source, title, text FROM documents"):
            docs[(s, os.path.basename(src))] = (title or "", text or "")
    rows = []
    for w in want:
        key = ("br" if w["set"] == "br" else w["set"], w["src"])
        if key not in docs:
            print("missing", key, file=sys.stderr)
            continue
        terms, meas = page_vector(*docs[key])
        rows.append({**w, "terms": sorted(terms), "measures": [meas[m] for m in MEASURES]})
    json.dump(rows, open(out, "w", encoding="utf-8"), ensure_ascii=False)
    print(len(rows), "pages ->", out)


def _design(train: list[dict], vocab: list[str] | None = None):
    if vocab is None:
        df: dict[str, int] = defaultdict(int)
        for r in train:
            for t in r["terms"]:
                df[t] += 1
        vocab = sorted(t for t, c in df.items() if c >= MIN_DF and (t[0] in TERMS))
    M = np.array([r["measures"] for r in train], dtype=float)
    mean = M.mean(0)
    scale = M.std(0) + 1e-6
    return vocab, mean, scale


def _matrix(rows: list[dict], vocab: list[str], mean, scale) -> np.ndarray:
    idx = {t: i for i, t in enumerate(vocab)}
    X = np.zeros((len(rows), len(vocab) + len(MEASURES)))
    for k, r in enumerate(rows):
        for t in r["terms"]:
            if t in idx:
                X[k, idx[t]] = 1.0
        X[k, len(vocab):] = np.clip((np.array(r["measures"]) - mean) / scale, -4, 4)
    return X


def _fit(X: np.ndarray, y: np.ndarray, w: np.ndarray) -> tuple[np.ndarray, float]:
    """L2 logistic regression by Newton steps (the bias unpenalised); w: sample weights."""
    n, d = X.shape
    Xb = np.hstack([X, np.ones((n, 1))])
    beta = np.zeros(d + 1)
    reg = np.full(d + 1, L2)
    reg[-1] = 0.0
    for _ in range(30):
        p = 1 / (1 + np.exp(-np.clip(Xb @ beta, -30, 30)))
        g = Xb.T @ (w * (p - y)) + reg * beta
        H = (Xb * (w * p * (1 - p))[:, None]).T @ Xb + np.diag(reg + 1e-9)
        step = np.linalg.solve(H, g)
        beta -= step
        if np.abs(step).max() < 1e-6:
            break
    return beta[:-1], float(beta[-1])


def _target(rows: list[dict]) -> np.ndarray:
    """The page's share of judged rows right (ROWS mode), else its label."""
    if MODE == "rows":
        return np.array([r["right"] / r["rows"] if "rows" in r else r["label"] for r in rows], dtype=float)
    return np.array([r["label"] for r in rows], dtype=float)


def _weights(rows: list[dict]) -> np.ndarray:
    if MODE == "rows":
        # a page counts as its judged rows do (a gold page as two rows)
        return np.array([r.get("rows", 2) for r in rows], dtype=float) / 2.0
    y = np.array([r["label"] for r in rows], dtype=float)
    pos = y.sum()
    neg = len(y) - pos
    return np.where(y == 1, len(y) / (2 * pos), len(y) / (2 * neg))


def _train_score(train: list[dict], test: list[dict]) -> np.ndarray:
    vocab, mean, scale = _design(train)
    X = _matrix(train, vocab, mean, scale)
    coef, bias = _fit(X, _target(train), _weights(train))
    Xt = _matrix(test, vocab, mean, scale)
    return 1 / (1 + np.exp(-np.clip(Xt @ coef + bias, -30, 30)))


def auc(y: np.ndarray, s: np.ndarray) -> float:
    pos, neg = s[y == 1], s[y == 0]
    return float(((pos[:, None] > neg[None, :]).sum() + 0.5 * (pos[:, None] == neg[None, :]).sum())
                 / (len(pos) * len(neg)))


def cv(pages_path: str, out: str, seeds: int = 10, folds: int = 5) -> None:
    rows = json.load(open(pages_path, encoding="utf-8"))
    groups = sorted({r["src"].split("#")[0] for r in rows})
    scores: dict[str, list[float]] = defaultdict(list)
    y = np.array([r["label"] for r in rows])
    aucs = []
    for seed in range(seeds):
        g = groups[:]
        random.Random(seed).shuffle(g)
        fold_of = {x: i % folds for i, x in enumerate(g)}
        s = np.zeros(len(rows))
        for f in range(folds):
            tr = [r for r in rows if fold_of[r["src"].split("#")[0]] != f]
            te_i = [i for i, r in enumerate(rows) if fold_of[r["src"].split("#")[0]] == f]
            s[te_i] = _train_score(tr, [rows[i] for i in te_i])
        aucs.append(auc(y, s))
        for r, v in zip(rows, s, strict=True):
            scores[f"{r['set']}:{r['src']}"].append(float(v))
    print(f"grouped {folds}-fold CV AUC over {seeds} seeds: mean {np.mean(aucs):.3f} (min {min(aucs):.3f}, "
          f"max {max(aucs):.3f}); pages {len(rows)} ({int(y.sum())} report, {int(len(y) - y.sum())} not)")
    for s_ in ("br", "D", "G", "H"):
        idx = [i for i, r in enumerate(rows) if r["set"] == s_]
        if idx and 0 < y[idx].sum() < len(idx):
            m = np.array([np.mean(scores[f"{rows[i]['set']}:{rows[i]['src']}"]) for i in idx])
            print(f"  {s_}: AUC of the mean CV score {auc(y[idx], m):.3f} ({len(idx)} pages)")
    json.dump(scores, open(out, "w"), indent=0)


def fit(pages_path: str, out: str, threshold: float, body_share: float, min_words: int) -> None:
    rows = json.load(open(pages_path, encoding="utf-8"))
    vocab, mean, scale = _design(rows)
    X = _matrix(rows, vocab, mean, scale)
    y = np.array([r["label"] for r in rows], dtype=float)
    coef, bias = _fit(X, _target(rows), _weights(rows))
    terms = {t: round(float(c), 5) for t, c in zip(vocab, coef[:len(vocab)], strict=True) if abs(c) >= 1e-4}
    model = {"what": "page genre: the probability that a page reports happenings of its own "
                     "(rasd/extract/events/genre.py; rasd/data/models/README.md)",
             "pages": len(rows), "reporting": int(y.sum()), "threshold": threshold, "body_share": body_share,
             "min_words": min_words,
             "measures": list(MEASURES), "mean": [round(float(v), 6) for v in mean],
             "scale": [round(float(v), 6) for v in scale],
             "coef": [round(float(v), 5) for v in coef[len(vocab):]], "bias": round(bias, 5), "terms": terms}
    with open(out, "w", encoding="utf-8") as f:
        yaml.safe_dump(model, f, allow_unicode=True, sort_keys=False, width=120)
    print(len(terms), "terms ->", out)


def _own_date(r: dict) -> bool:
    return r.get("date_ev") is not None and r["date_ev"] in r["ev"]


RULES = {
    "every row": lambda r: True,
    "no date of its own (date_ev not in the row's sentence)": lambda r: not _own_date(r),
    "no date of its own, no count": lambda r: not _own_date(r) and r.get("fat") is None,
    "undated (unknown)": lambda r: r["date"].startswith("unknown"),
    "no date evidence": lambda r: r.get("date_ev") is None,
}


def rows_removed(judged: str, scores_path: str, dump: str) -> None:
    """The judged rows (right / wrong) a rule "page CV score < t and the row's condition" removes, mean over seeds;
    every score a page gets is from a model not fitted on it. Also: only on pages emitting <= k rows (DUMP)."""
    rows = [json.loads(line) for line in open(judged, encoding="utf-8")]
    n_page: dict[str, int] = defaultdict(int)
    for line in open(dump, encoding="utf-8"):
        n_page[json.loads(line)["src"]] += 1
    scores = json.load(open(scores_path))
    seeds = len(next(iter(scores.values())))
    db = sqlite3.connect(f"file:{STORES['br']}?mode=ro", uri=True)
    texts = {os.path.basename(src): text for src, text in db.execute("SELECT source, text FROM documents")}

    def share(r: dict) -> float:
        """Where the row's evidence starts, as a share of its page's text."""
        text = texts.get(r["src"], "")
        return text.find(r["ev"][:200]) / max(len(text), 1)

    rules = dict(RULES)
    for x in (0.3, 0.4, 0.5, 0.6):
        rules[f"evidence past {x} of the page"] = lambda r, x=x: share(r) > x
        rules[f"evidence past {x} of the page, no date of its own (told_in_body)"] = (
            lambda r, x=x: share(r) > x and not _own_date(r))
    for k in (1, 2, 4):
        rules[f"page emits <= {k} rows"] = lambda r, k=k: n_page[r["src"]] <= k
    for name, cond in rules.items():
        print(name)
        for t in (0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5):
            rw = []
            for s in range(seeds):
                hit = [r for r in rows if f"br:{r['src']}" in scores and scores[f"br:{r['src']}"][s] < t and cond(r)]
                right = sum(r["verdict"] == "right" for r in hit)
                rw.append((right, len(hit) - right))
            a = np.array(rw, dtype=float)
            worst = min(w / max(r, 0.5) for r, w in rw)
            print(f"  t={t}: right {a[:, 0].mean():.1f} wrong {a[:, 1].mean():.1f} "
                  f"wrong:right {a[:, 1].mean() / max(a[:, 0].mean(), 0.1):.2f} (worst seed {worst:.2f})")


if __name__ == "__main__":
    cmd, *args = sys.argv[1:]
    if cmd == "labels":
        labels(*args)
    elif cmd == "pages":
        pages(*args)
    elif cmd == "cv":
        cv(args[0], args[1], int(args[3]) if len(args) > 3 and args[2] == "--seeds" else 10)
    elif cmd == "rows":
        rows_removed(*args)
    elif cmd == "fit":
        opts = dict(zip(args[2::2], args[3::2], strict=True))
        fit(args[0], args[1], float(opts.get("--threshold", 0.3)), float(opts.get("--body-share", 0.5)),
            int(opts.get("--min-words", 200)))
    else:
        sys.exit(__doc__)
