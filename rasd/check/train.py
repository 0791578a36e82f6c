"""Train the shipped stance model on all given unifiedfc folds and write it as JSON.

    python -m rasd.check.train --data ../shared/data/unifiedfc --out rasd/data/models/stance.json
"""

from __future__ import annotations

import time
from pathlib import Path

import click

from rasd.check.evaluate import load_items, read_folds
from rasd.check.stance import TrainPair, train


@click.command()
@click.option("--data", "data_dir", default="../shared/data/unifiedfc", show_default=True, type=click.Path())
@click.option("--out", default="rasd/data/models/stance.json", show_default=True, type=click.Path())
@click.option("--bow-dim", default=1024, show_default=True, help="hashed bag-of-words size for stage 2 (0: none)")
@click.option("--l2-related", default=1.0, show_default=True)
@click.option("--l2-stance", default=1.0, show_default=True)
@click.option("--weight-power", default=1.0, show_default=True)
def main(data_dir: str, out: str, bow_dim: int, l2_related: float, l2_stance: float, weight_power: float) -> None:
    t0 = time.time()
    data = Path(data_dir)
    folds = read_folds(data)
    items = load_items(data, [c for ids in folds.values() for c in ids])
    model = train([TrainPair(i.claim, i.article, i.label) for i in items], l2_related=l2_related,
                  l2_stance=l2_stance, bow_dim=bow_dim, weight_power=weight_power)
    model.meta.update({"data": "unifiedfc (Baly et al., NAACL 2018), folds " + ", ".join(folds),
                       "claims": len({i.claim_id for i in items}), "bow_dim": bow_dim})
    model.save(out)
    click.echo(f"trained on {len(items)} pairs in {time.time() - t0:.0f}s -> {out} "
               f"({Path(out).stat().st_size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
