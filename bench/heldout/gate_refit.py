"""Refit the emit gates on every judged label: the installed cascade against refits, by grouped CV and a held-out sample.

    python bench/heldout/gate_refit.py compare FEATURES.json GOLD.json [--test=brsample14] [--seeds=3]
        [--t=0.1,0.15,0.2,0.25,0.3] [--models=cur,casc,single,dense,add4,new1,add1] [--drop=NAME,...]
    python bench/heldout/gate_refit.py fit FEATURES.json GOLD.json OUT.yaml [--l2=30] [--lex=10] [--df=5]
        [--margin=0.005]
    python bench/heldout/gate_refit.py fit4 FEATURES.json GOLD.json rasd/data/models/event_gate4.yaml [--T=0.2]
        [--margin=0.005]
    python bench/heldout/gate_refit.py bytype FEATURES.json GOLD.json [--model=add5] [--seeds=10]
        [--test=evmoves33,evmoves34] [--t=0.15,0.175,0.2,0.25,0.3] [--drop=NAME,...]

FEATURES.json: `confidence_train.py features` output over every dev label file, newest judgement first (each row's
ALL_FEATURES vector, its word terms and whether its judged fields are the current event's: `stale`). GOLD.json:
`gate_gold.py record` output (the vectors of the events `rasd eval` accepts as each gold event of the shared
samples, D, G and H). Target: the strict verdict (right = type, place and date right); a row judged background,
non-event or duplicate is wrong; a kept row without a strict verdict, or whose verdict judged other fields than the
current code extracts (`stale`), is left out (a stale background row stays wrong: the telling is no news either way).

Models (`--models`): `cur` the installed three gates at their thresholds (fixed: no refit; they saw brsample1-8);
`casc` the same cascade refitted (gate 1 on FEATURES, gate 2 on FEATURES + GATE_FEATURES over the rows gate 1
keeps, gate 3 on those + GATE3_FEATURES and the words over the rows both keep; each at its installed threshold);
`single` one gate over ALL_FEATURES and the word terms (gate3_train.py's recipe) fitted on every row; `dense` the
same without words; `add4` the installed three and a fourth (`single`'s recipe) fitted on the rows they keep;
`new1` gate 1 refitted (FEATURES, on every row) in place of the installed first gate, the installed second and third
kept; `add1` the same refit added to the installed three. Session 35 (task gates3), against the installed four:
`cur4` the installed four gates as they run (the fourth with its per-type thresholds, not judging a period toll);
`re4` the installed three and the fourth refitted on the rows they keep (today's labels in place of the installed
fourth); `add5` the installed four and a fifth (`single`'s recipe) fitted on the rows all four keep; `re4d`,
`add5d` the same without words. With `cur4` among the models, "extra" and "given back" are counted against it.
`--test` takes one or more comma-separated file-name prefixes (the held-out rows). `--drop=NAME,...`: leave those ALL_FEATURES columns out
of `single`, `dense` and `add4` (an ablation: what a column adds).

compare: (1) grouped 5-fold CV by article over the rows outside `--test`, `--seeds` fold draws: out-of-fold AUC,
and at each threshold t (Platt-scaled out-of-fold probabilities; the cascades: every stage's probability over its
threshold scaled so that t = the installed thresholds at 0.15) the rows removed, wrong : right among them and the
strict precision of the rest; the trade at a few removal shares. (2) fit on the rows outside `--test`, score the
held-out rows. (3) the gold cap: the highest threshold at which every gold event keeps a match (fit on every row).
fit: the single gate on every row, its threshold the gold cap less `--margin`, written as a third-gate file (the
file format of event_gate3.yaml: dense model + vocab).
bytype: one model's out-of-fold removals beyond the installed four (`--seeds` draws), by event type, at each T with
the per-type thresholds min(T, that type's gold cap) (the full fit's caps, with the period-toll exemption); and what
the full fit would drop of the gold events' matches the installed four keep (gold events lost: by construction none
under the caps; matches dropped)."""
import json
import os
import sys
from typing import Any

import numpy as np

import rasd.extract.events.confidence as confidence

sys.path.insert(0, os.path.dirname(__file__))
import gate3_train as g3  # noqa: E402
from confidence_train import oof_scores  # noqa: E402
from confidence_train import platt as dense_platt  # noqa: E402
from evconf import article_folds, auc, fit  # noqa: E402

CUR_T = (0.17, 0.12, 0.128)
# the columns of the installed gates: the first FEATURES, the second FEATURES + GATE_FEATURES, the third those and
# GATE3_FEATURES (a column added to ALL_FEATURES later is read by the refitted single gates only)
N2 = len(confidence.FEATURES + confidence.GATE_FEATURES)
N3 = len(confidence.FEATURES + confidence.GATE_FEATURES + confidence.GATE3_FEATURES)
LATER_COLS = list(range(N3, len(confidence.ALL_FEATURES)))
DROP: list[int] = []        # --drop: columns left out of the single gates (an ablation)
EXEMPT = [False]            # --exempt=1: tolls over a period (confidence.period_toll) pass the refitted gates ('cur' judges them, as it runs)
TYPE_COLS = {t: confidence.ALL_FEATURES.index(f"type={t}") for t in confidence.TYPES}


def exempt(rows: list[dict]) -> np.ndarray:
    """The rows the gates do not judge (with --exempt): a toll over a period of more than a month
    (confidence.period_toll, read from the recorded vector)."""
    if not EXEMPT[0]:
        return np.zeros(len(rows), bool)
    return np.array([confidence.period_toll_row(r["x"]) for r in rows], bool)


def type_of(x: list[float]) -> str:
    return next((t for t, i in TYPE_COLS.items() if x[i] > 0.5), "?")


def load(path: str) -> list[dict]:
    d = json.load(open(path))
    if d["features"] != list(confidence.ALL_FEATURES):
        sys.exit(f"{path}: recorded with another feature list; run `confidence_train.py features` again")
    rows = []
    for r in d["rows"]:
        v = r.get("verdict")
        if r["label"] == "drop":
            v = "wrong"         # background, non-event, duplicate: wrong whatever its fields
        elif v not in ("right", "wrong") or r.get("stale"):
            continue            # kept, but its strict verdict never judged, or judged on other fields
        rows.append({**r, "y": float(v == "right")})
    return rows


def _logit(p: np.ndarray | float) -> np.ndarray:
    p = np.clip(p, 1e-9, 1 - 1e-9)
    return np.log(p / (1 - p))


def _sig(z: np.ndarray) -> np.ndarray:
    return 1 / (1 + np.exp(-z))


def _without(rows: list[dict], cols: list[int]) -> list[dict]:
    return [{**r, "x": [v for i, v in enumerate(r["x"]) if i not in cols]} for r in rows]


class Single:
    """One gate over ALL_FEATURES (or fewer columns) and, with words, the word terms: gate3_train's recipe."""

    def __init__(self, words: bool = True, drop_cols: list[int] | None = None, l2: float = 30.0, lex: float = 10.0,
                 df: int = 5, platt_seeds: int = 3) -> None:
        self.words, self.drop, self.l2, self.lex, self.df = words, drop_cols or [], l2, lex, df
        self.platt_seeds = platt_seeds

    def _rows(self, rows: list[dict]) -> list[dict]:
        return _without(rows, self.drop) if self.drop else rows

    def fit(self, rows: list[dict]) -> None:
        rows = self._rows(rows)
        self.w, self.mu, self.sd, self.vocab, _ = g3.train(rows, self.l2, self.lex, self.df, self.words)
        y = np.array([r["y"] for r in rows])
        self.a, self.b = g3.platt(g3.oof(rows, self.l2, self.lex, self.df, self.words, self.platt_seeds), y)

    def prob(self, rows: list[dict]) -> np.ndarray:
        rows = self._rows(rows)
        return _sig(self.a * (g3.design(rows, self.mu, self.sd, self.vocab) @ self.w) + self.b)


class Cascade:
    """Three gates as installed: each fitted on the rows the ones before it keep, each with its own threshold.
    prob(): the stages' probabilities moved to one scale, the lowest of them: logit(p_k) - logit(t_k) + logit(0.15),
    so that a row is under 0.15 exactly when a stage drops it at the installed thresholds."""

    def __init__(self, ts: tuple[float, float, float] = CUR_T, installed: bool = False, platt_seeds: int = 3) -> None:
        self.ts, self.installed, self.platt_seeds = ts, installed, platt_seeds

    def fit(self, rows: list[dict]) -> None:
        if self.installed:
            self.m1, self.m2, self.m3 = confidence.gate_model(), confidence.second_gate_model(), confidence.third_gate_model()
            return
        n1 = len(confidence.FEATURES)
        self.m1 = self._dense(rows, n1)
        p1 = self.m1(rows)
        keep1 = [r for r, p in zip(rows, p1, strict=True) if p >= self.ts[0]]
        self.m2 = self._dense(keep1, N2)
        p2 = self.m2(keep1)
        keep2 = [r for r, p in zip(keep1, p2, strict=True) if p >= self.ts[1]]
        s = Single(words=True, drop_cols=LATER_COLS, platt_seeds=self.platt_seeds)
        s.fit(keep2)
        self.m3 = s.prob

    @staticmethod
    def _dense(rows: list[dict], ncols: int, l2: float = 10.0):
        X = np.array([r["x"][:ncols] for r in rows])
        y = np.array([r["y"] for r in rows])
        mu, sd = X.mean(0), X.std(0)
        sd[sd < 1e-9] = 1.0

        def z(rs: list[dict]) -> np.ndarray:
            Xr = np.array([r["x"][:ncols] for r in rs])
            return np.hstack([np.ones((len(Xr), 1)), np.clip((Xr - mu) / sd, -confidence.CLIP, confidence.CLIP)])
        Z = z(rows)
        w = fit(Z, y, l2)
        a, b = dense_platt(oof_scores(Z, y, np.array([r["src"] for r in rows]), 3, l2), y)
        return lambda rs: _sig(a * (z(rs) @ w) + b)

    def stage_probs(self, rows: list[dict]) -> list[np.ndarray]:
        if self.installed:
            terms = [set(r["terms"]) for r in rows]
            return [np.array([self.m1.probability(r["x"]) for r in rows]),
                    np.array([self.m2.probability(r["x"]) for r in rows]),
                    np.array([self.m3.probability(r["x"], t) for r, t in zip(rows, terms, strict=True)])]
        return [self.m1(rows), self.m2(rows), self.m3(rows)]

    def prob(self, rows: list[dict]) -> np.ndarray:
        ps = self.stage_probs(rows)
        z = np.min([_logit(p) - _logit(t) for p, t in zip(ps, self.ts, strict=True)], axis=0)
        return _sig(z + _logit(0.15))


class Added:
    """The installed three gates and a fourth over ALL_FEATURES and the words, fitted on the rows they keep (the
    way the second and third gates were added). prob(): 0 for a row the installed gates drop, else the fourth's."""

    def __init__(self, platt_seeds: int = 3, words: bool = True, drop_cols: list[int] | None = None) -> None:
        self.cur = Cascade(installed=True)
        self.cur.fit([])
        self.new = Single(words=words, drop_cols=drop_cols, platt_seeds=platt_seeds)

    def fit(self, rows: list[dict]) -> None:
        self.new.fit([r for r, p in zip(rows, self.cur.prob(rows), strict=True) if p >= 0.15])

    def prob(self, rows: list[dict]) -> np.ndarray:
        return np.where(self.cur.prob(rows) >= 0.15, self.new.prob(rows), 0.0)


class First:
    """The first gate refitted over FEATURES (the confidence model's columns, as the installed first gate) on every
    row. `replace`: in place of the installed first gate (the installed second and third stay); else added to the
    installed three. prob(): 0 for a row the gates that stay drop, else the refitted gate's probability."""

    def __init__(self, replace: bool = True, l2: float = 10.0) -> None:
        self.replace, self.l2 = replace, l2
        self.cur = Cascade(installed=True)
        self.cur.fit([])

    def fit(self, rows: list[dict]) -> None:
        self.m = Cascade._dense(rows, len(confidence.FEATURES), self.l2)

    def stays(self, rows: list[dict]) -> np.ndarray:
        ps = self.cur.stage_probs(rows)
        if self.replace:
            return (ps[1] >= CUR_T[1]) & (ps[2] >= CUR_T[2])
        return self.cur.prob(rows) >= 0.15

    def prob(self, rows: list[dict]) -> np.ndarray:
        return np.where(self.stays(rows), self.m(rows), 0.0)


class Cur4:
    """The installed four gates as they run (session 33: the fourth with its per-type thresholds, not judging a toll
    over a period). prob(): the stages on one scale, as Cascade: under 0.15 exactly when a gate drops the row."""

    def __init__(self) -> None:
        self.cur = Cascade(installed=True)
        self.cur.fit([])
        self.m4 = confidence.fourth_gate_model()

    def fit(self, rows: list[dict]) -> None:
        pass

    def z4(self, rows: list[dict]) -> np.ndarray:
        """The fourth gate's margin over its threshold for the row's type (logit scale; a period toll passes)."""
        m4 = self.m4
        p = np.array([m4.probability(r["x"], set(r["terms"])) for r in rows])
        t = np.array([m4.threshold(type_of(r["x"])) for r in rows])
        toll = np.array([confidence.period_toll_row(r["x"]) for r in rows], bool)
        return np.where(toll, 50.0, _logit(p) - _logit(t))

    def prob(self, rows: list[dict]) -> np.ndarray:
        if not rows:
            return np.zeros(0)
        z = np.minimum(_logit(self.cur.prob(rows)) - _logit(0.15), self.z4(rows))
        return _sig(z + _logit(0.15))


class _OnKept:
    """A gate fitted on the rows the gates before it (``cur``) keep; prob(): 0 for a row they drop, else the new
    gate's (``new``)."""

    cur: Any
    new: Any

    def fit(self, rows: list[dict]) -> None:
        self.new.fit([r for r, p in zip(rows, self.cur.prob(rows), strict=True) if p >= 0.15])

    def prob(self, rows: list[dict]) -> np.ndarray:
        if not rows:
            return np.zeros(0)
        return np.where(self.cur.prob(rows) >= 0.15, self.new.prob(rows), 0.0)


class Re4(_OnKept):
    """The installed three gates and the fourth refitted (single's recipe) on the rows they keep: today's labels in
    place of the installed fourth. prob(): 0 for a row the three drop, else the refitted fourth's."""

    def __init__(self, platt_seeds: int = 3, words: bool = True, drop_cols: list[int] | None = None,
                 l2: float = 30.0, lex: float = 10.0) -> None:
        self.cur = Cascade(installed=True)
        self.cur.fit([])
        self.new = Single(words=words, drop_cols=drop_cols, platt_seeds=platt_seeds, l2=l2, lex=lex)


class Add5(_OnKept):
    """The installed four gates and a fifth (single's recipe) fitted on the rows all four keep. prob(): 0 for a row
    the four drop, else the fifth's."""

    def __init__(self, platt_seeds: int = 3, words: bool = True, drop_cols: list[int] | None = None,
                 l2: float = 30.0, lex: float = 10.0) -> None:
        self.cur = Cur4()
        self.new = Single(words=words, drop_cols=drop_cols, platt_seeds=platt_seeds, l2=l2, lex=lex)


def make(name: str, platt_seeds: int = 3):
    return {"cur": lambda: Cascade(installed=True), "cur4": Cur4,
            "re4": lambda: Re4(platt_seeds=platt_seeds, drop_cols=DROP),
            "re4d": lambda: Re4(platt_seeds=platt_seeds, words=False, drop_cols=DROP),
            "add5": lambda: Add5(platt_seeds=platt_seeds, drop_cols=DROP),
            "add5d": lambda: Add5(platt_seeds=platt_seeds, words=False, drop_cols=DROP), "casc": lambda: Cascade(platt_seeds=platt_seeds),
            "single": lambda: Single(drop_cols=DROP, platt_seeds=platt_seeds),
            "dense": lambda: Single(words=False, drop_cols=DROP, platt_seeds=platt_seeds),
            "add4": lambda: Added(platt_seeds=platt_seeds, drop_cols=DROP),
            "new1": lambda: First(), "add1": lambda: First(replace=False)}[name]()


def cv_probs(name: str, rows: list[dict], seeds: int) -> np.ndarray:
    """Out-of-fold probabilities (seeds x rows); the installed cascade scores every row as it is."""
    if name in ("cur", "cur4"):
        m = make(name)
        m.fit(rows)
        return np.tile(m.prob(rows), (seeds, 1))
    arts = np.array([r["src"] for r in rows])
    out = np.zeros((seeds, len(rows)))
    for seed, _k, tr, te in article_folds(arts, seeds):
        m = make(name, platt_seeds=1)
        m.fit([rows[i] for i in np.flatnonzero(tr)])
        out[seed, te] = m.prob([rows[i] for i in np.flatnonzero(te)])
    return out


def _best_matches(m, gold: dict):
    """Per matched gold event: (its best match's probability, that match's row, the gold id); exempt matches pass."""
    for rows in gold["sets"].values():
        for g in rows:
            if not g["matches"]:
                continue
            ms = [{"x": x["x"], "terms": x["terms"]} for x in g["matches"]]
            p = np.where(exempt(ms), 1.0, m.prob(ms))
            k = int(p.argmax())
            yield float(p[k]), ms[k], g["id"]


def type_caps(m, gold: dict) -> dict[str, tuple[float, str]]:
    """Per event type, the highest threshold that keeps every gold event of that type (its matches' best
    probability; exempt matches pass), and the gold event that sets it."""
    caps: dict[str, tuple[float, str]] = {}
    for p, row, gid in _best_matches(m, gold):
        t = type_of(row["x"])
        if t not in caps or p < caps[t][0]:
            caps[t] = (p, gid)
    return caps


def gold_cap(m, gold: dict) -> tuple[float, list[tuple[float, str]]]:
    """The highest threshold that keeps every gold event (a match scoring at or over it), and the lowest few."""
    best = sorted((p, gid) for p, _row, gid in _best_matches(m, gold))
    return best[0][0], best[:5]


def _cells(p: np.ndarray, y: np.ndarray, t: float) -> str:
    g = p < t
    w, r = (g & (y == 0)).sum(-1).mean(), (g & (y == 1)).sum(-1).mean()
    kept = ~g
    prec = np.mean([y[k].mean() for k in np.atleast_2d(kept)])
    return f"{g.sum(-1).mean():.1f} | {w:.1f}:{r:.1f} ({w / max(r, 0.1):.1f}) | {prec:.3f}"


def compare(path: str, gold_path: str, test: str, seeds: int, ts: list[float], names: list[str]) -> None:
    rows = load(path)
    gold = json.load(open(gold_path))
    tests = tuple(test.split(","))      # one or more file-name prefixes held out
    tr = [r for r in rows if not r["file"].startswith(tests)]
    held = [r for r in rows if r["file"].startswith(tests)]
    y_tr, y_h = np.array([r["y"] for r in tr]), np.array([r["y"] for r in held])
    unseen = np.array([not any(r["file"].startswith(f"brsample{k}_") for k in ("", 2, 3, 4, 5, 6, 7, 8))
                       and not r["file"].startswith(("evconf", "confidence_labels", "nonevent")) for r in tr])
    print(f"{len(rows)} rows ({int(sum(r['y'] for r in rows))} right), {len({r['src'] for r in rows})} articles; "
          f"CV on {len(tr)} ({int(y_tr.sum())} right), held out {test}: {len(held)} ({int(y_h.sum())} right, "
          f"precision {y_h.mean():.3f}); rows the installed gates never saw (brsample9+, evmoves): {unseen.sum()}")
    res = {}
    per_type: dict[str, tuple[dict, float]] = {}
    ex_tr, ex_h = exempt(tr), exempt(held)
    if EXEMPT[0]:
        print(f"exempt (period events): CV rows {ex_tr.sum()} ({int(y_tr[ex_tr].sum())} right : "
              f"{int((1 - y_tr[ex_tr]).sum())} wrong), held out {ex_h.sum()} ({int(y_h[ex_h].sum())} right)")
    for name in names:
        p_cv = cv_probs(name, tr, seeds)
        m = make(name)
        m.fit(tr)
        p_h = m.prob(held)
        full = make(name)
        full.fit(rows)
        cap, low = gold_cap(full, gold)
        if name not in ("cur", "cur4"):       # the installed gates as they run; the others with the exemption (when asked)
            p_cv, p_h = np.where(ex_tr, 1.0, p_cv), np.where(ex_h, 1.0, p_h)
        res[name] = (p_cv, p_h, cap)
        caps = type_caps(full, gold)
        print(f"\n{name} per-type gold caps: " + ", ".join(f"{t} {c:.3f} ({i})" for t, (c, i) in sorted(caps.items())))
        per_type[name] = (caps, cap)
        print(f"\n## {name}: AUC out of fold {np.mean([auc(s, y_tr == 1) for s in p_cv]):.3f} (on the rows the installed "
              f"gates never saw {np.mean([auc(s[unseen], y_tr[unseen] == 1) for s in p_cv]):.3f}), held out "
              f"{auc(p_h, y_h == 1):.3f}; gold cap (fit on every row) {cap:.3f}: "
              + ", ".join(f"{i} {p:.3f}" for p, i in low))
        print("| t | CV removed | wrong:right (ratio) | precision after | unseen rows: removed | wrong:right | precision "
              "| held out: removed | wrong:right | precision |")
        print("|---|---|---|---|---|---|---|---|---|---|")
        for t in sorted({*ts, round(cap, 3)}):
            print(f"| {t:.3f}{' cap' if abs(t - round(cap, 3)) < 1e-9 else ''} | {_cells(p_cv, y_tr, t)} | "
                  f"{_cells(p_cv[:, unseen], y_tr[unseen], t)} | {_cells(p_h, y_h, t)} |")
        print("trade by share removed (CV): " + ", ".join(
            f"{s:.0%}: " + _share(p_cv, y_tr, s) for s in (0.02, 0.04, 0.06, 0.08, 0.10, 0.15)))
    base = "cur4" if "cur4" in res else "cur"      # the gates the others are measured against
    if base in res:
        cur_cv, cur_h = res[base][0] < 0.15, res[base][1] < 0.15
        print(f"\n(extra / given back: against `{base}`)")
        ty_tr = np.array([type_of(r["x"]) for r in tr])
        ty_h = np.array([type_of(r["x"]) for r in held])
        for name, (caps, cap) in per_type.items():
            if name in ("cur", "cur4"):
                continue
            p_cv, p_h, _ = res[name]
            print(f"\n{name}, per-type thresholds min(type cap, T) (a type without gold events: the overall cap):")
            print("| T | CV removed | wrong:right (ratio) | precision | extra vs installed w:r | given back w:r "
                  "| held out: removed | w:r | precision | extra | back |")
            print("|---|---|---|---|---|---|---|---|---|---|---|")
            for T in sorted({*ts, round(cap, 3), *(round(c, 3) for c, _i in caps.values())}):
                thr_tr = np.array([min(caps.get(t, (cap, ""))[0], T) for t in ty_tr])
                thr_h = np.array([min(caps.get(t, (cap, ""))[0], T) for t in ty_h])
                g, h = p_cv < thr_tr, p_h < thr_h
                ex, bk, hx, hb = g & ~cur_cv, ~g & cur_cv, h & ~cur_h, ~h & cur_h
                print(f"| {T:.3f} | {_cells(p_cv, y_tr, thr_tr)} | "
                      f"{(ex & (y_tr == 0)).sum(1).mean():.1f}:{(ex & (y_tr == 1)).sum(1).mean():.1f} | "
                      f"{(bk & (y_tr == 0)).sum(1).mean():.1f}:{(bk & (y_tr == 1)).sum(1).mean():.1f} | "
                      f"{_cells(p_h, y_h, thr_h)} | {(hx & (y_h == 0)).sum()}:{(hx & (y_h == 1)).sum()} | "
                      f"{(hb & (y_h == 0)).sum()}:{(hb & (y_h == 1)).sum()} |")
        for name, (p_cv, p_h, cap) in res.items():
            if name in ("cur", "cur4"):
                continue
            g, h = p_cv < cap, p_h < cap
            ex, bk = g & ~cur_cv, ~g & cur_cv
            hx, hb = h & ~cur_h, ~h & cur_h
            print(f"{name} at its cap {cap:.3f} against the installed gates: CV extra removed "
                  f"{(ex & (y_tr == 0)).sum(1).mean():.1f} wrong : {(ex & (y_tr == 1)).sum(1).mean():.1f} right, given back "
                  f"{(bk & (y_tr == 0)).sum(1).mean():.1f} wrong : {(bk & (y_tr == 1)).sum(1).mean():.1f} right; held out "
                  f"extra {(hx & (y_h == 0)).sum()}:{(hx & (y_h == 1)).sum()}, back {(hb & (y_h == 0)).sum()}:"
                  f"{(hb & (y_h == 1)).sum()}")


def _share(p: np.ndarray, y: np.ndarray, s: float) -> str:
    w, r = [], []
    for row in p:
        g = row < np.quantile(row, s)
        w.append((g & (y == 0)).sum())
        r.append((g & (y == 1)).sum())
    return f"{np.mean(w):.1f}:{np.mean(r):.1f}"


def fit_out(path: str, gold_path: str, out: str, l2: float, lex: float, df: int, margin: float) -> None:
    rows = load(path)
    m = Single(l2=l2, lex=lex, df=df)
    m.fit(rows)
    cap, low = gold_cap(m, json.load(open(gold_path)))
    gate = round(cap - margin, 3)
    y = np.array([r["y"] for r in rows])
    vw = g3.write_lexical_gate(out, "rasd emit gate", rows, m.mu, m.sd, m.w, m.vocab, (m.a, m.b),
                               {"l2": l2, "l2_words": lex, "min_articles": df, "gate": gate})
    print(f"model -> {out} ({len(y)} rows, {len(vw)} word terms), gold cap {cap:.4f}, gate {gate}: "
          + ", ".join(f"{i} {p:.3f}" for p, i in low), file=sys.stderr)


def fit_fourth(path: str, gold_path: str, out: str, top: float, margin: float) -> None:
    """The fourth gate (`add4`: single's recipe on every row the installed three keep) with a threshold per event
    type: min(T, that type's gold cap less `margin`), the gold caps with the period-toll exemption."""
    EXEMPT[0] = True
    rows = load(path)
    m = Added()
    m.fit(rows)
    caps = type_caps(m, json.load(open(gold_path)))
    by_type = {t: round(min(top, c - margin), 3) for t, (c, _i) in sorted(caps.items()) if c - margin < top}
    kept = [r for r, p in zip(rows, m.cur.prob(rows), strict=True) if p >= 0.15]
    s = m.new
    vw = g3.write_lexical_gate(out, "rasd fourth emit gate", kept, s.mu, s.sd, s.w, s.vocab, (s.a, s.b),
                               {"l2": s.l2, "l2_words": s.lex, "min_articles": s.df, "gate_by_type": by_type,
                                "gate": top})
    print(f"model -> {out} ({len(kept)} rows, {len(vw)} word terms), gate {top}, by type {by_type}; gold caps: "
          + ", ".join(f"{t} {c:.3f} ({i})" for t, (c, i) in sorted(caps.items())), file=sys.stderr)


def by_type(path: str, gold_path: str, name: str, seeds: int, test: str, ts: list[float]) -> None:
    EXEMPT[0] = True
    rows = load(path)
    gold = json.load(open(gold_path))
    tr = [r for r in rows if not r["file"].startswith(tuple(test.split(",")))]
    y = np.array([r["y"] for r in tr])
    cur4 = Cur4()
    dropped4 = cur4.prob(tr) < 0.15
    p = np.where(exempt(tr), 1.0, cv_probs(name, tr, seeds))
    ty = np.array([type_of(r["x"]) for r in tr])
    full = make(name)
    full.fit(rows)
    caps = type_caps(full, gold)
    print(f"{name}: {len(tr)} CV rows ({int(y.sum())} right), {seeds} seeds; gold caps: "
          + ", ".join(f"{t} {c:.3f} ({i})" for t, (c, i) in sorted(caps.items())))
    print("| T | extra removed w:r | " + " | ".join(confidence.TYPES) + " |")
    print("|---|---|" + "---|" * len(confidence.TYPES))
    for T in ts:
        thr = np.array([min(caps.get(t, (1.0, ""))[0], T) for t in ty])
        g = (p < thr) & ~dropped4
        cells = [f"{(g & (y == 0) & m).sum(1).mean():.1f}:{(g & (y == 1) & m).sum(1).mean():.1f}"
                 for m in [np.ones(len(y), bool)] + [ty == t for t in confidence.TYPES]]
        print(f"| {T:.3f} | " + " | ".join(cells) + " |")
    for T in ts:
        lost, dropped, kept_by4 = [], 0, 0
        for gs in gold["sets"].values():
            for g in gs:
                if not g["matches"]:
                    continue
                ms = [{"x": x["x"], "terms": x["terms"]} for x in g["matches"]]
                keep4 = cur4.prob(ms) >= 0.15
                pf = np.where(exempt(ms), 1.0, full.prob(ms))
                thr = np.array([min(caps.get(type_of(m["x"]), (1.0, ""))[0], T) for m in ms])
                kept = keep4 & (pf >= thr)
                kept_by4 += int(keep4.sum())
                dropped += int((keep4 & ~kept).sum())
                if keep4.any() and not kept.any():
                    lost.append(g["id"])
        print(f"gold at T={T}: gold events lost {len(lost)} {lost[:6]}; of the {kept_by4} gold matches the four keep, "
              f"{dropped} dropped")


if __name__ == "__main__":
    cmd = sys.argv[1]
    opts = dict(a.lstrip("-").split("=", 1) for a in sys.argv[2:] if a.startswith("--"))
    args = [a for a in sys.argv[2:] if not a.startswith("--")]
    DROP[:] = [confidence.ALL_FEATURES.index(n) for n in opts.get("drop", "").split(",") if n]
    EXEMPT[0] = opts.get("exempt", "0") == "1"
    if cmd == "compare":
        compare(args[0], args[1], opts.get("test", "brsample14"), int(opts.get("seeds", 3)),
                [float(t) for t in opts.get("t", "0.1,0.15,0.2,0.25,0.3").split(",")],
                opts.get("models", "cur,casc,single,dense").split(","))
    elif cmd == "bytype":
        by_type(args[0], args[1], opts.get("model", "add5"), int(opts.get("seeds", 10)),
                opts.get("test", "evmoves33,evmoves34"),
                [float(t) for t in opts.get("t", "0.15,0.175,0.2,0.25,0.3").split(",")])
    elif cmd == "fit4":
        fit_fourth(args[0], args[1], args[2], float(opts.get("T", 0.2)), float(opts.get("margin", 0.005)))
    elif cmd == "fit":
        fit_out(args[0], args[1], args[2], float(opts.get("l2", 30)), float(opts.get("lex", 10)),
                int(opts.get("df", 5)), float(opts.get("margin", 0.005)))
