"""Which step of the events stage loses a gold event: counts only, so it can be run on blind sets.

``run`` ingests with an instrumented copy of ``rasd.extract.events.extract_events``: the function's source is
rewritten (``ast``) so that after every step that reassigns the candidate list (``per_sent``, ``events``) and
after every addition to the final turned-away set (``gone``), the candidates that left are written to a JSON
Lines trace with the step's name and their type, place, dates and modality. A filter that is a conjunction of
tests is split into one filter per test, so each test is named. rasd's code is not changed; the run's store
is the same as a plain ingest's (the trace only reads the candidates).

``count`` reads a gold file, the run's store and the trace: for every gold event ``rasd eval`` does not find,
the steps that dropped (or merged away) a candidate with the gold's type and place are counted (date relaxed;
"[date ok]" when the date also fits). It prints names and counts, no text.

    PYTHONHASHSEED=0 python bench/heldout/drop_trace.py run /tmp/trace_D.jsonl /tmp/sets/D --db /tmp/D.db -j 2
    python bench/heldout/drop_trace.py count bench/heldout/events_D.yaml /tmp/D.db /tmp/trace_D.jsonl
"""

from __future__ import annotations

import ast
import inspect
import json
import os
import sys
import textwrap
from collections import Counter, defaultdict
from pathlib import Path
from types import SimpleNamespace
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from miss_causes import _checks, missed_golds  # noqa: E402

_TRACKED = ("events", "per_sent")


_BUILTINS = {"id", "list", "sorted", "set", "len", "bool", "any", "all", "min", "max", "dict"}


def _label(node: ast.AST) -> str:
    """A step's name: the functions its value calls (the filter's test for a comprehension), builtins left out."""
    names = [sub.func.id for sub in ast.walk(node)
             if isinstance(sub, ast.Call) and isinstance(sub.func, ast.Name) and sub.func.id not in _BUILTINS]
    return "+".join(dict.fromkeys(names)) or ast.unparse(node)[:40]


def _split_conjunction(st: ast.Assign) -> list[ast.Assign]:
    """``x = [c for c in x if A and B]`` -> one filter per test (same result: the tests have no side effects)."""
    comp = st.value
    if not (isinstance(comp, ast.ListComp) and len(comp.generators) == 1 and len(comp.generators[0].ifs) == 1
            and isinstance(comp.generators[0].ifs[0], ast.BoolOp) and isinstance(comp.generators[0].ifs[0].op, ast.And)
            and isinstance(comp.generators[0].iter, ast.Name) and comp.generators[0].iter.id == st.targets[0].id):
        return [st]
    out = []
    for test in comp.generators[0].ifs[0].values:
        gen = ast.comprehension(target=comp.generators[0].target, iter=comp.generators[0].iter, ifs=[test], is_async=0)
        out.append(ast.Assign(targets=st.targets, value=ast.ListComp(elt=comp.elt, generators=[gen])))
    return out


class _Instrument(ast.NodeTransformer):
    def generic_visit(self, node: ast.AST) -> ast.AST:
        super().generic_visit(node)
        for field in ("body", "orelse"):
            body = getattr(node, field, None)
            if not isinstance(body, list):
                continue
            new: list[ast.stmt] = []
            for st in body:
                name = st.targets[0].id if isinstance(st, ast.Assign) and len(st.targets) == 1 \
                    and isinstance(st.targets[0], ast.Name) else None
                if name in _TRACKED:
                    # (the candidates the step starts from, when no step of the document was traced before)
                    read = {n.id for n in ast.walk(st.value) if isinstance(n, ast.Name) and n.id in _TRACKED}
                    for src in sorted(read):
                        new.append(ast.parse(f"_TRACE_BASE({src})").body[0])
                    for part in _split_conjunction(st):  # type: ignore[arg-type]
                        new.append(part)
                        new.append(ast.parse(f"_TRACE_STEP({_label(part.value)!r}, {name}, doc)").body[0])
                elif isinstance(st, (ast.Assign, ast.AugAssign)) and "gone" in ast.unparse(st).split("=")[0]:
                    new.append(st)
                    label = _label(st.value)
                    label = "gone:" + ("learned gate / not_news" if label.startswith("{") else label)
                    new.append(ast.parse(f"_TRACE_GONE({label!r}, emitted, gone, doc)").body[0])
                elif isinstance(st, ast.If) and ast.unparse(st.test) == "gone":
                    new.append(ast.parse("_TRACE_END(doc)").body[0])
                    new.append(st)
                else:
                    new.append(st)
            setattr(node, field, new)
        return node


class _Trace:
    """The candidates present after the last step of the current document, and the trace file."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.prev: dict[int, Any] | None = None
        self.gone: set[int] = set()

    def _write(self, label: str, doc: Any, cands: list[Any]) -> None:
        if not cands:
            return
        with open(self.path, "a", encoding="utf-8") as f:
            for c in cands:
                f.write(json.dumps({"doc": doc.id, "step": label, "type": c.event_type, "loc": c.location,
                                    "ds": c.date_start, "de": c.date_end, "mod": c.modality},
                                   ensure_ascii=False) + "\n")

    def base(self, value: Any) -> None:
        if self.prev is None:
            self.prev = {id(c): c for x in value for c in (x if isinstance(x, list) else [x])}

    def step(self, label: str, value: Any, doc: Any) -> None:
        flat = [c for x in value for c in (x if isinstance(x, list) else [x])]
        cur = {id(c): c for c in flat}
        if self.prev is not None:
            self._write(label, doc, [c for k, c in self.prev.items() if k not in cur])
        self.prev = cur

    def gone_step(self, label: str, emitted: list[Any], gone: set[int], doc: Any) -> None:
        self._write(label, doc, [c for c, ev in emitted if id(ev) in gone and id(ev) not in self.gone])
        self.gone |= gone

    def end(self, doc: Any) -> None:
        self.prev, self.gone = None, set()


def install(trace_path: str) -> None:
    """Replace rasd.extract.events.extract_events by its instrumented copy (worker processes fork and inherit it)."""
    import rasd.extract.events as mod

    tree = ast.parse(textwrap.dedent(inspect.getsource(mod.extract_events)))
    tree = _Instrument().visit(tree)
    fn = tree.body[0]
    fn.body.insert(0, ast.parse("_TRACE_END(None)").body[0])   # a document's trace starts afresh
    tree = ast.fix_missing_locations(tree)
    tr = _Trace(trace_path)
    ns = mod.__dict__
    ns.update(_TRACE_BASE=tr.base, _TRACE_STEP=tr.step, _TRACE_GONE=tr.gone_step, _TRACE_END=tr.end)
    exec(compile(tree, mod.__file__, "exec"), ns)  # defines the instrumented extract_events in the module


def count(gold_path: Path, db: str, trace: Path) -> tuple[int, int, Counter[str]]:
    import yaml

    from rasd.eval.score import _gold_place_index
    from rasd.store.sqlite import Store

    gold = yaml.safe_load(gold_path.read_text("utf-8"))
    places = _gold_place_index(gold)
    store = Store(db)
    drops: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for line in trace.open(encoding="utf-8"):
        r = json.loads(line)
        drops[r["doc"]].append(r)
    steps: Counter[str] = Counter()
    missed = reached = 0
    for _gd, doc, view, g in missed_golds(gold, store, places):
        missed += 1
        labels: list[str] = []
        for r in drops.get(doc.id, []):
            cand = SimpleNamespace(event_type=r["type"], location=r["loc"], date_start=r["ds"] or "unknown",
                                   date_end=r["de"] or "unknown", modality=r["mod"], actor1=[])
            ok = _checks(view, cand, g, places)
            if ok["type"] and ok["place"]:
                labels.append(r["step"] + (" [date ok]" if ok["date"] else ""))
        reached += bool(labels)
        steps.update(set(labels))
    return missed, reached, steps


def main() -> None:
    if len(sys.argv) < 3 or sys.argv[1] not in ("run", "count"):
        sys.exit(__doc__)
    if sys.argv[1] == "run":
        out = sys.argv[2]
        if os.path.exists(out):
            os.remove(out)
        install(out)
        from rasd.cli import cli
        cli(["ingest", *sys.argv[3:]], standalone_mode=True)
    else:
        gold, db, trace = sys.argv[2:5]
        missed, reached, steps = count(Path(gold), db, Path(trace))
        print(f"{Path(gold).name}: {missed} gold events missed; {reached} had a candidate of their type and place "
              "that a step dropped or merged away:")
        for k, v in steps.most_common():
            print(f"  {v:3d} {k}")


if __name__ == "__main__":
    main()
