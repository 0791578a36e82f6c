"""The third emit gate (rasd/data/models/event_gate3.yaml): ALL_FEATURES plus word features round the trigger.

    python bench/heldout/gate3_train.py sweep FEATURES.json [--test=brsample8] [--l2=10] [--lex=30] [--df=5]
        [--passed=1] [--words=1] [--seeds=5] [--t=0.1,0.15,...]
    python bench/heldout/gate3_train.py fit FEATURES.json rasd/data/models/event_gate3.yaml --gate=T [--l2=10]
        [--lex=30] [--df=5] [--passed=1]

FEATURES.json: `confidence_train.py features` output (each row's ALL_FEATURES vector `x` and its words
`terms`, confidence.lexical_terms). Target: the strict verdict; a row labelled drop (background, non-event,
duplicate) is wrong, a keep row without a strict verdict is left out. `--passed=1`: only rows the installed two
gates keep (the third gate runs after them, so it is fitted on what it will see). The vocabulary: terms of >= `--df`
distinct training ARTICLES (a page's own words cannot be learned). Model: L2 logistic regression (scipy L-BFGS),
L2 `--l2` on the standardised dense columns, `--lex` on the 0/1 word columns (stronger: many, sparse), Platt-scaled
on out-of-fold scores as the other gates. `sweep`: grouped 5-fold CV by article on the training rows, then the
rows of files starting with `--test` held out (fit on the rest): rows removed, wrong and right among them, strict
precision and rows kept, for the word gate and the same recipe without words (`--words=0` in the table's right
half). `fit`: every row, the vocabulary and weights written to the model file."""
import json
import os
import sys
from pathlib import Path

import numpy as np
import yaml
from scipy.optimize import minimize
from scipy.sparse import csr_matrix, hstack

import rasd.extract.events.confidence as confidence

sys.path.insert(0, os.path.dirname(__file__))
from evconf import article_folds, auc  # noqa: E402


def load(path: str, passed: bool) -> list[dict]:
    d = json.load(open(path))
    if d["features"] != list(confidence.ALL_FEATURES):
        sys.exit(f"{path}: recorded with another feature list; run `confidence_train.py features` again")
    g1, g2 = confidence.gate_model(), confidence.second_gate_model()
    rows = []
    for r in d["rows"]:
        v = r.get("verdict")
        if v not in ("right", "wrong"):
            if r["label"] != "drop":
                continue        # kept, but its place, type and date never judged
            v = "wrong"
        if passed and any(g is not None and g.probability(r["x"]) < g.gate for g in (g1, g2)):
            continue
        rows.append({**r, "y": float(v == "right")})
    return rows


def vocabulary(rows: list[dict], df: int) -> list[str]:
    arts: dict[str, set[str]] = {}
    for r in rows:
        for t in r["terms"]:
            arts.setdefault(t, set()).add(r["src"])
    return sorted(t for t, a in arts.items() if len(a) >= df)


def design(rows: list[dict], mu: np.ndarray, sd: np.ndarray, vocab: list[str]) -> csr_matrix:
    X = np.array([r["x"] for r in rows], dtype=float)
    Z = np.hstack([np.ones((len(X), 1)), np.clip((X - mu) / sd, -confidence.CLIP, confidence.CLIP)])
    idx = {t: i for i, t in enumerate(vocab)}
    ii, jj = [], []
    for k, r in enumerate(rows):
        for t in r["terms"]:
            if t in idx:
                ii.append(k)
                jj.append(idx[t])
    W = csr_matrix((np.ones(len(ii)), (ii, jj)), shape=(len(rows), len(vocab)))
    return hstack([csr_matrix(Z), W]).tocsr()


def fit(A: csr_matrix, y: np.ndarray, reg: np.ndarray) -> np.ndarray:
    def f(w: np.ndarray) -> tuple[float, np.ndarray]:
        z = A @ w
        p = 1 / (1 + np.exp(-z))
        loss = np.logaddexp(0, z).sum() - y @ z + 0.5 * (reg * w * w).sum()
        return loss, A.T @ (p - y) + reg * w
    return minimize(f, np.zeros(A.shape[1]), jac=True, method="L-BFGS-B", options={"maxiter": 500}).x


def _standard(rows: list[dict]) -> tuple[np.ndarray, np.ndarray]:
    X = np.array([r["x"] for r in rows], dtype=float)
    mu, sd = X.mean(0), X.std(0)
    sd[sd < 1e-9] = 1.0
    return mu, sd


def train(rows: list[dict], l2: float, lex: float, df: int, words: bool) -> tuple:
    mu, sd = _standard(rows)
    vocab = vocabulary(rows, df) if words else []
    A = design(rows, mu, sd, vocab)
    reg = np.concatenate([[0.0], np.full(len(mu), l2), np.full(len(vocab), lex)])
    y = np.array([r["y"] for r in rows])
    return fit(A, y, reg), mu, sd, vocab, reg


def oof(rows: list[dict], l2: float, lex: float, df: int, words: bool, seeds: int) -> np.ndarray:
    """Out-of-fold scores (seeds x rows), the vocabulary and scaling chosen on each fold's training part."""
    arts = np.array([r["src"] for r in rows])
    out = np.zeros((seeds, len(rows)))
    for seed, _k, tr, te in article_folds(arts, seeds):
        trr = [rows[i] for i in np.flatnonzero(tr)]
        w, mu, sd, vocab, _ = train(trr, l2, lex, df, words)
        out[seed, te] = design([rows[i] for i in np.flatnonzero(te)], mu, sd, vocab) @ w
    return out


def platt(scores: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    s = scores.ravel()
    t = np.tile(y, scores.shape[0])
    A = csr_matrix(np.column_stack([np.ones(len(s)), s]))
    w = fit(A, t, np.array([0.0, 1e-6]))
    return float(w[1]), float(w[0])


def sweep(path: str, test: str, l2: float, lex: float, df: int, passed: bool, seeds: int, ts: list[float]) -> None:
    rows = load(path, passed)
    held = [r for r in rows if r["file"].startswith(test)]
    tr = [r for r in rows if not r["file"].startswith(test)]
    y_tr = np.array([r["y"] for r in tr])
    y_h = np.array([r["y"] for r in held])
    print(f"train {len(tr)} rows ({int(y_tr.sum())} right), {len({r['src'] for r in tr})} articles; held out "
          f"{len(held)} ({int(y_h.sum())} right, precision {y_h.mean():.3f}); L2 {l2}, lex {lex}, df {df}, passed {passed}")
    res = {}
    for words in (True, False):
        s = oof(tr, l2, lex, df, words, seeds)
        a, b = platt(s, y_tr)
        p_oof = 1 / (1 + np.exp(-(a * s + b)))
        w, mu, sd, vocab, _ = train(tr, l2, lex, df, words)
        p_h = 1 / (1 + np.exp(-(a * (design(held, mu, sd, vocab) @ w) + b)))
        res[words] = (p_oof, p_h)
        print(f"{'words' if words else 'dense'}: vocabulary {len(vocab)}; AUC out of fold "
              f"{np.mean([auc(x, y_tr == 1) for x in s]):.3f}, held out {auc(p_h, y_h == 1):.3f}")
    print("| t | words: CV removed (wrong:right) | held-out removed | wrong | right | precision | kept "
          "| dense: CV removed (wrong:right) | held-out removed | wrong | right | precision | kept |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for t in ts:
        cells = []
        for words in (True, False):
            p_oof, p_h = res[words]
            g, h = p_oof < t, p_h < t
            cw, cr = (g & (y_tr == 0)).sum(1).mean(), (g & (y_tr == 1)).sum(1).mean()
            hw, hr = int((h & (y_h == 0)).sum()), int((h & (y_h == 1)).sum())
            cells.append(f"{g.sum(1).mean():.1f} ({cw:.1f}:{cr:.1f}) | {h.sum()} | {hw} | {hr} | "
                         f"{y_h[~h].mean():.3f} | {(~h).sum()}")
        print(f"| {t:.2f} | " + " | ".join(cells) + " |")


def write_lexical_gate(out: str, name: str, rows: list[dict], mu, sd, w, vocab: list[str], calibration: tuple,
                       params: dict) -> dict[str, float]:
    """Write a gate over ALL_FEATURES and word terms in the model file format (confidence.write_model, then the
    word weights of at least 1e-4 as `vocab`, strongest first); returns those weights."""
    y = np.array([r["y"] for r in rows])
    meta = {"about": f"{name}: L2 logistic regression on standardised ALL_FEATURES and 0/1 word terms "
                     "(confidence.lexical_terms), P(strict verdict right); see rasd/data/models/README.md",
            "trained_on": f"{len(y)} judged breadth events ({int(y.sum())} right, {int(len(y) - y.sum())} wrong), "
                          f"{len({r['src'] for r in rows})} articles; files: "
                          f"{', '.join(sorted({r['file'] for r in rows}))}",
            **{k: v for k, v in params.items() if k != "gate"}, "target": "strict verdict right",
            "gate": params["gate"]}
    confidence.write_model(Path(out), list(mu), list(sd), list(w[1:1 + len(mu)]), float(w[0]), meta, calibration)
    vw = {t: round(float(c), 5) for t, c in zip(vocab, w[1 + len(mu):], strict=True) if abs(c) >= 1e-4}
    with open(out, "a", encoding="utf-8") as f:
        f.write("# one weight per word term present (0/1 columns, not standardised), strongest first\n")
        f.write(yaml.safe_dump({"vocab": dict(sorted(vw.items(), key=lambda kv: -abs(kv[1])))},
                               allow_unicode=True, sort_keys=False, width=200))
    return vw


def fit_model(path: str, out: str, gate: float, l2: float, lex: float, df: int, passed: bool) -> None:
    rows = load(path, passed)
    w, mu, sd, vocab, _ = train(rows, l2, lex, df, True)
    y = np.array([r["y"] for r in rows])
    a, b = platt(oof(rows, l2, lex, df, True, 5), y)
    vw = write_lexical_gate(out, "rasd third emit gate", rows, mu, sd, w, vocab, (a, b),
                            {"l2": l2, "l2_words": lex, "min_articles": df, "gate": gate})
    print(f"model -> {out} ({len(y)} rows, {len(vw)} word terms)", file=sys.stderr)


if __name__ == "__main__":
    cmd = sys.argv[1]
    opts = dict(a.lstrip("-").split("=", 1) for a in sys.argv[2:] if a.startswith("--"))
    args = [a for a in sys.argv[2:] if not a.startswith("--")]
    common = (float(opts.get("l2", 10)), float(opts.get("lex", 30)), int(opts.get("df", 5)),
              opts.get("passed", "1") == "1")
    if cmd == "sweep":
        sweep(args[0], opts.get("test", "brsample8"), *common, int(opts.get("seeds", 5)),
              [float(t) for t in opts.get("t", "0.1,0.15,0.2,0.25,0.3,0.35,0.4").split(",")])
    elif cmd == "fit":
        fit_model(args[0], args[1], float(opts["gate"]), *common)
