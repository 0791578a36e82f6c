"""Would an emit gate on the learned event confidence pay? Threshold sweep, grouped CV and a held-out sample.

    python bench/heldout/gate_sweep.py FEATURES.json [--test=brsample6] [--target=keep|right] [--l2=3]
        [--t=0.2,0.3,0.4,0.5] [--commit=b5f9a4d]

FEATURES.json: `confidence_train.py features` output over judged sample files. Rows whose label file starts with
`--test` are held out; the rest are the training rows. Target `keep` = the sample's status is event (as the
shipped model); `right` = the strict verdict is right (type, place and date all right). Scores are Platt-scaled
from the training rows' out-of-fold scores (as `confidence_train.py fit` does), so a threshold t means the same
on both sides. Only rows of `*_COMMIT.jsonl` files are counted (older label files may train). For each t: rows under t, wrong and right among them, out of fold (mean over seeds) and on the
held-out rows from the model fitted on every training row. A gate is worth shipping when both sides remove
wrong rows at >= 4:1 over right ones."""
import json
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from confidence_train import oof_scores, platt  # noqa: E402
from evconf import auc, fit  # noqa: E402


def sweep(path: str, test: str, target: str, l2: float, ts: list[float], commit: str, seeds: int = 20) -> None:
    rows = json.load(open(path))["rows"]
    X = np.array([r["x"] for r in rows], dtype=float)
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
    print("| t | CV removed | CV wrong | CV right | held-out removed | wrong | right | held-out precision after |")
    print("|---|---|---|---|---|---|---|---|")
    for t in ts:
        g, h = p_oof < t, p_held < t
        kept = ~h & np.isin(v_held, ["right", "wrong"])
        print(f"| {t:.2f} | {g.sum(1).mean():.1f} | {(g & (v_tr == 'wrong')).sum(1).mean():.1f} | "
              f"{(g & (v_tr == 'right')).sum(1).mean():.1f} | {h.sum()} | {(h & (v_held == 'wrong')).sum()} | "
              f"{(h & (v_held == 'right')).sum()} | {(v_held[kept] == 'right').mean():.3f} |")


if __name__ == "__main__":
    opts = dict(a.lstrip("-").split("=", 1) for a in sys.argv[2:] if a.startswith("--"))
    sweep(sys.argv[1], opts.get("test", "brsample6"), opts.get("target", "keep"), float(opts.get("l2", 3.0)),
          [float(t) for t in opts.get("t", "0.1,0.15,0.2,0.25,0.3,0.35,0.4,0.45,0.5,0.55").split(",")],
          opts.get("commit", "b5f9a4d"))
