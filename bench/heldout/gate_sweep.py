"""Would an emit gate on the learned event confidence pay? Threshold sweep, grouped CV and a held-out sample.

    python bench/heldout/gate_sweep.py FEATURES.json [--test=brsample6] [--target=keep|right] [--l2=3]
        [--t=0.2,0.3,0.4,0.5] [--commit=b5f9a4d] [--cols=N] [--drop=PREFIX,...] [--seeds=20]

FEATURES.json: `confidence_train.py features` output over judged sample files. Rows whose label file starts with
`--test` are held out; the rest are the training rows. Target `keep` = the sample's status is event (as the
shipped model); `right` = the strict verdict is right (type, place and date all right). Scores are Platt-scaled
from the training rows' out-of-fold scores (as `confidence_train.py fit` does), so a threshold t means the same
on both sides. Only rows of `*_COMMIT.jsonl` files are counted (older label files may train). For each t: rows under t, wrong and right among them, out of fold (mean over seeds) and on the
held-out rows from the model fitted on every training row. A gate is worth shipping when both sides remove
wrong rows at >= 4:1 over right ones. `--cols=N`: only the first N columns (55 = the
confidence model's FEATURES); `--drop=P,...`: leave out the columns whose names start with one of P (ablation). `--old=MODEL.yaml`: also count what the
new gate removes beyond that installed gate's drops, and what it gives back (the old gate scores the recorded rows)."""
import json
import os
import sys
from pathlib import Path

import numpy as np

import rasd.extract.events.confidence as confidence

sys.path.insert(0, os.path.dirname(__file__))
from confidence_train import oof_scores, platt  # noqa: E402
from evconf import auc, fit  # noqa: E402


def sweep(path: str, test: str, target: str, l2: float, ts: list[float], commit: str, seeds: int = 20,
          ncols: int = 0, drop: tuple[str, ...] = (), old_gate: str = "") -> None:
    d = json.load(open(path))
    rows = d["rows"]
    X = np.array([r["x"] for r in rows], dtype=float)
    names = d["features"][:ncols] if ncols else d["features"]
    X = X[:, :len(names)]
    if drop:        # leave out the named columns (an ablation)
        keep = [i for i, n in enumerate(names) if not any(n.startswith(p) for p in drop)]
        X = X[:, keep]
    verdict = np.array([r.get("verdict") for r in rows])
    y = (np.array([r["label"] == "keep" for r in rows]) if target == "keep" else verdict == "right").astype(float)
    held = np.array([r["file"].startswith(test) for r in rows])
    tr = ~held
    mu, sd = X[tr].mean(0), X[tr].std(0)
    sd[sd < 1e-9] = 1.0
    Z = np.hstack([np.ones((len(X), 1)), np.clip((X - mu) / sd, -4, 4)])
    arts = np.array([r["src"] for r in rows])
    oof = oof_scores(Z[tr], y[tr], arts[tr], seeds, l2)
    slope, intercept = platt(oof, y[tr])
    p_oof = 1 / (1 + np.exp(-(slope * oof + intercept)))
    p_held = 1 / (1 + np.exp(-(slope * (Z[held] @ fit(Z[tr], y[tr], l2)) + intercept)))
    # only the judged rows at the judged commit are counted (older label files train, their verdicts are stale)
    counted = np.array([r["file"].endswith(f"_{commit}.jsonl") for r in rows])
    verdict = np.where(counted, verdict, None)
    v_tr, v_held = verdict[tr], verdict[held]
    print(f"train {tr.sum()} rows ({(v_tr == 'right').sum()} right, {(v_tr == 'wrong').sum()} wrong), "
          f"held out {held.sum()} ({(v_held == 'right').sum()} right, {(v_held == 'wrong').sum()} wrong); "
          f"target {target}, L2 {l2}, Platt {slope:.3f}/{intercept:+.3f}")
    print(f"AUC for a right verdict: out of fold {np.mean([auc(s, v_tr == 'right') for s in oof]):.3f}, "
          f"held out {auc(p_held, v_held == 'right'):.3f}")
    old = None
    if old_gate:        # the installed gate's drops: what a new gate removes beyond them, and what it gives back
        m = confidence.model(Path(old_gate))
        old = np.array([m.probability(r["x"]) < m.gate for r in rows])
        print(f"old gate ({old_gate}, t {m.gate}): drops {old[tr].sum()} training rows "
              f"({(old[tr] & (v_tr == 'wrong')).sum()} wrong, {(old[tr] & (v_tr == 'right')).sum()} right), "
              f"{old[held].sum()} held-out rows")
        print("| t | CV extra removed | wrong | right | CV given back | wrong | right | held-out extra | wrong | right | held-out back | wrong | right |")
        print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
        o_tr, o_held = old[tr], old[held]
        for t in ts:
            g, h = p_oof < t, p_held < t
            ex, bk = g & ~o_tr, ~g & o_tr
            hx, hb = h & ~o_held, ~h & o_held
            f = [(ex & (v_tr == 'wrong')).sum(1).mean(), (ex & (v_tr == 'right')).sum(1).mean()]
            b = [(bk & (v_tr == 'wrong')).sum(1).mean(), (bk & (v_tr == 'right')).sum(1).mean()]
            print(f"| {t:.2f} | {ex.sum(1).mean():.1f} | {f[0]:.1f} | {f[1]:.1f} | {bk.sum(1).mean():.1f} | {b[0]:.1f} | "
                  f"{b[1]:.1f} | {hx.sum()} | {(hx & (v_held == 'wrong')).sum()} | {(hx & (v_held == 'right')).sum()} | "
                  f"{hb.sum()} | {(hb & (v_held == 'wrong')).sum()} | {(hb & (v_held == 'right')).sum()} |")
    print("| t | CV removed | CV wrong | CV right | CV wrong:right | held-out removed | wrong | right | held-out precision after |")
    print("|---|---|---|---|---|---|---|---|---|")
    for t in ts:
        g, h = p_oof < t, p_held < t
        kept = ~h & np.isin(v_held, ["right", "wrong"])
        print(f"| {t:.2f} | {g.sum(1).mean():.1f} | {(g & (v_tr == 'wrong')).sum(1).mean():.1f} | "
              f"{(g & (v_tr == 'right')).sum(1).mean():.1f} | "
              f"{(g & (v_tr == 'wrong')).sum(1).mean() / max(0.1, (g & (v_tr == 'right')).sum(1).mean()):.1f} | {h.sum()} | {(h & (v_held == 'wrong')).sum()} | "
              f"{(h & (v_held == 'right')).sum()} | {(v_held[kept] == 'right').mean():.3f} |")


if __name__ == "__main__":
    opts = dict(a.lstrip("-").split("=", 1) for a in sys.argv[2:] if a.startswith("--"))
    sweep(sys.argv[1], opts.get("test", "brsample6"), opts.get("target", "keep"), float(opts.get("l2", 3.0)),
          [float(t) for t in opts.get("t", "0.1,0.15,0.2,0.25,0.3,0.35,0.4,0.45,0.5,0.55").split(",")],
          opts.get("commit", "b5f9a4d"), int(opts.get("seeds", 20)), int(opts.get("cols", 0)),
          tuple(p for p in opts.get("drop", "").split(",") if p), opts.get("old", ""))
