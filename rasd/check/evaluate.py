"""Claim-level cross-validation of the stance model on the unifiedfc corpus (Baly et al., 2018).

    python -m rasd.check.evaluate --data ../shared/data/unifiedfc

Trains on three of the given folds and tests on the fourth (a claim and all its articles are
on one side only), and prints Markdown: the label distribution, macro-F1 over the four labels,
per-class F1, accuracy, rationale quality, and baselines computed on the same folds. Writes
nothing.
"""

from __future__ import annotations

import json
import re
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import click
import numpy as np

from rasd.check.stance import (
    LABELS,
    Article,
    Idf,
    TrainPair,
    analyse_pair,
    prepare_article,
    rationale,
    train,
)


@dataclass(slots=True)
class Item:
    claim_id: str
    claim: str
    article: Article
    label: str
    gold_lines: list[int]


def read_folds(data: Path) -> dict[str, list[str]]:
    folds: dict[str, list[str]] = {}
    for line in (data / "folds.txt").read_text("utf-8").splitlines():
        m = re.match(r"\s*(\S+?)\s*:\s*(.*)", line)
        if m:
            folds[m.group(1)] = m.group(2).split()
    return folds


def _lines(value: object) -> list[int]:
    if isinstance(value, str):
        try:
            value = json.loads(value) if value.strip() else []
        except ValueError:
            return []
    return [v for v in value if isinstance(v, int)] if isinstance(value, list) else []


def load_items(data: Path, claim_ids: list[str] | None = None) -> list[Item]:
    items: list[Item] = []
    files = [data / "dataset" / f"{c}.json" for c in claim_ids] if claim_ids else sorted((data / "dataset").glob("*.json"))
    for f in files:
        if not f.is_file():
            continue
        d = json.loads(f.read_text("utf-8"))
        for art, st, rat in zip(d["article"], d["stance"], d.get("rationale", []) or [""] * len(d["article"]),
                                strict=False):
            if st not in LABELS or not isinstance(art, str):
                continue
            items.append(Item(d.get("id") or f.stem, d["claim"], prepare_article(art), st, _lines(rat)))
    return items


def f1_scores(gold: list[str], pred: list[str]) -> dict[str, float]:
    out = {}
    for lab in LABELS:
        tp = sum(1 for g, p in zip(gold, pred, strict=True) if g == p == lab)
        fp = sum(1 for g, p in zip(gold, pred, strict=True) if p == lab and g != lab)
        fn = sum(1 for g, p in zip(gold, pred, strict=True) if g == lab and p != lab)
        out[lab] = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    out["macro"] = sum(out[lab] for lab in LABELS) / len(LABELS)
    out["accuracy"] = sum(1 for g, p in zip(gold, pred, strict=True) if g == p) / max(len(gold), 1)
    return out


def cross_validate(items: list[Item], folds: dict[str, list[str]], **train_args: float) -> dict[str, object]:
    fold_of = {cid: name for name, ids in folds.items() for cid in ids}
    gold: list[str] = []
    pred: list[str] = []
    rat_pred = rat_hit = rat_top1 = rat_pairs = 0
    per_fold = {}
    bow_dim = int(train_args.pop("bow_dim", 0))
    for name in folds:
        tr = [it for it in items if fold_of.get(it.claim_id) not in (name, None)]
        te = [it for it in items if fold_of.get(it.claim_id) == name]
        assert not {i.claim_id for i in tr} & {i.claim_id for i in te}
        idf = Idf.fit([i.article for i in tr])
        model = train([TrainPair(i.claim, i.article, i.label) for i in tr], bow_dim=bow_dim, idf=idf, **train_args)
        analysed = [analyse_pair(i.claim, i.article, model.idf, model.bow_dim) for i in te]
        probs = model.proba(analysed)
        fold_pred = []
        for it, pa, pr in zip(te, analysed, probs, strict=True):
            lab = LABELS[int(np.argmax(pr))] if pa.ranked else "unrelated"
            fold_pred.append(lab)
            if it.label in ("agree", "disagree") and it.gold_lines:
                # rationale quality on gold agree/disagree pairs, for the label the model gave
                spans = rationale(lab if lab != "unrelated" else it.label, pa, it.article)
                lines = sorted({it.article.text.count("\n", 0, s.start) for s in spans})
                rat_pairs += 1
                rat_pred += len(lines)
                rat_hit += sum(1 for ln in lines if ln in it.gold_lines)
                rat_top1 += int(bool(lines) and it.article.text.count("\n", 0, spans[0].start) in it.gold_lines)
        per_fold[name] = f1_scores([i.label for i in te], fold_pred)
        gold += [i.label for i in te]
        pred += fold_pred
    scores = f1_scores(gold, pred)
    confusion = Counter(zip(gold, pred, strict=True))
    return {"scores": scores, "per_fold": per_fold, "confusion": confusion,
            "rationale": {"pairs": rat_pairs, "precision": rat_hit / max(rat_pred, 1),
                          "top1": rat_top1 / max(rat_pairs, 1)}}


def baselines(items: list[Item], folds: dict[str, list[str]]) -> dict[str, dict[str, float]]:
    """Majority class; a coverage threshold (related = agree, the majority related label) tuned
    on the training folds; the label-distribution random guess in expectation."""
    fold_of = {cid: name for name, ids in folds.items() for cid in ids}
    gold = [i.label for i in items if i.claim_id in fold_of]
    out = {"majority (all unrelated)": f1_scores(gold, ["unrelated"] * len(gold))}
    g2: list[str] = []
    p2: list[str] = []
    for name in folds:
        tr = [it for it in items if fold_of.get(it.claim_id) not in (name, None)]
        te = [it for it in items if fold_of.get(it.claim_id) == name]
        idf = Idf.fit([i.article for i in tr])
        cov_tr = [analyse_pair(i.claim, i.article, idf).features[2] for i in tr]   # art_cos
        best_t, best_f = 0.0, -1.0
        for t in np.linspace(0.0, 0.6, 61):
            pr = ["agree" if c >= t else "unrelated" for c in cov_tr]
            f = f1_scores([i.label for i in tr], pr)["macro"]
            if f > best_f:
                best_t, best_f = t, f
        for i in te:
            c = analyse_pair(i.claim, i.article, idf).features[2]
            g2.append(i.label)
            p2.append("agree" if c >= best_t else "unrelated")
    out["TF-IDF cosine threshold (related → agree)"] = f1_scores(g2, p2)
    # expected F1 of guessing each label with its training frequency: F1_c = p_c
    freq = Counter(gold)
    n = len(gold)
    rnd = {lab: freq[lab] / n for lab in LABELS}
    rnd["macro"] = sum(rnd[lab] for lab in LABELS) / len(LABELS)
    rnd["accuracy"] = sum((freq[lab] / n) ** 2 for lab in LABELS)
    out["random by label frequency (expected)"] = rnd
    return out


def _row(name: str, s: dict[str, float]) -> str:
    return (f"| {name} | {100 * s['macro']:.1f} | {100 * s['agree']:.1f} | {100 * s['disagree']:.1f} | "
            f"{100 * s['discuss']:.1f} | {100 * s['unrelated']:.1f} | {100 * s['accuracy']:.1f} |")


@click.command()
@click.option("--data", "data_dir", default="../shared/data/unifiedfc", show_default=True, type=click.Path())
@click.option("--bow-dim", default=1024, show_default=True, help="hashed bag-of-words size for stage 2 (0: none)")
@click.option("--l2-related", default=1.0, show_default=True)
@click.option("--l2-stance", default=1.0, show_default=True)
@click.option("--weight-power", default=1.0, show_default=True, help="class weights = balanced ** power")
def main(data_dir: str, bow_dim: int, l2_related: float, l2_stance: float, weight_power: float) -> None:
    data = Path(data_dir)
    folds = read_folds(data)
    t0 = time.time()
    ids = [c for ids in folds.values() for c in ids]
    items = load_items(data, ids)
    t_load = time.time() - t0
    dist = Counter(i.label for i in items)
    res = cross_validate(items, folds, bow_dim=bow_dim, l2_related=l2_related, l2_stance=l2_stance,
                         weight_power=weight_power)
    base = baselines(items, folds)
    t_all = time.time() - t0
    n = len(items)
    click.echo("# Stance detection on unifiedfc: claim-level 4-fold cross-validation\n")
    click.echo(f"Data: {data} — {len({i.claim_id for i in items})} claims, {n} claim–article pairs, "
               f"folds {', '.join(folds)} as given in folds.txt.\n")
    click.echo("| label | pairs | share |\n|---|---|---|")
    for lab in LABELS:
        click.echo(f"| {lab} | {dist[lab]} | {100 * dist[lab] / n:.1f}% |")
    click.echo("\n## Scores (pooled over the four test folds, %)\n")
    click.echo("| system | macro-F1 | F1 agree | F1 disagree | F1 discuss | F1 unrelated | accuracy |")
    click.echo("|---|---|---|---|---|---|---|")
    click.echo(_row("**rasd two-stage LR**", res["scores"]))  # type: ignore[arg-type]
    for name, s in base.items():
        click.echo(_row(name, s))
    click.echo("\nPer fold (rasd):\n\n| fold | macro-F1 | F1 agree | F1 disagree | F1 discuss | F1 unrelated | accuracy |")
    click.echo("|---|---|---|---|---|---|---|")
    for name, s in res["per_fold"].items():  # type: ignore[union-attr]
        click.echo(_row(name, s))
    conf: Counter = res["confusion"]  # type: ignore[assignment]
    click.echo("\nConfusion (rows gold, columns predicted):\n\n| gold \\ pred | " + " | ".join(LABELS) + " |")
    click.echo("|---" * (len(LABELS) + 1) + "|")
    for g in LABELS:
        click.echo(f"| {g} | " + " | ".join(str(conf[(g, p)]) for p in LABELS) + " |")
    r = res["rationale"]
    click.echo(f"\nRationale ({r['pairs']} gold agree/disagree pairs with gold lines): "  # type: ignore[index]
               f"{100 * r['precision']:.1f}% of predicted rationale lines are gold rationale lines; "  # type: ignore[index]
               f"top sentence on a gold line {100 * r['top1']:.1f}%.")  # type: ignore[index]
    click.echo(f"\nSettings: bow_dim={bow_dim}, l2_related={l2_related}, l2_stance={l2_stance}, "
               f"weight_power={weight_power}. Time: {t_load:.0f}s tokenising, {t_all:.0f}s in all.")


if __name__ == "__main__":
    main()
