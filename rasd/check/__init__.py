"""Claim checking: stance of stored documents towards a claim (agree / disagree / discuss / unrelated).

`rasd.check.stance` holds the pair features and the model, `rasd.check.evaluate` the claim-level
cross-validation on the unifiedfc corpus, `rasd.check.train` trains the shipped model and
`rasd.check.cli` the `rasd check` command.
"""

from rasd.check.stance import LABELS, StanceModel, load_model, predict

__all__ = ["LABELS", "StanceModel", "load_model", "predict"]
