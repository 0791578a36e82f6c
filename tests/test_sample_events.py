"""bench/heldout/sample_events.py: a seeded sample of a dump's events (actual only, at most N per
article, stable keys), the precision of a judged sample with its Wilson interval, and which judged
rows a later dump keeps, changes or loses (so a later session re-judges only those)."""

import importlib.util
import json
from pathlib import Path

import pytest

TOOL = Path(__file__).resolve().parent.parent / "bench" / "heldout" / "sample_events.py"


@pytest.fixture(scope="module")
def tool():
    spec = importlib.util.spec_from_file_location("sample_events", TOOL)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _row(src: str, ev: str, type_: str = "Battles", place: str = "حلب", date: str = "2017-01-01..2017-01-01",
         mod: str = "actual", trig: str = "اشتباكات") -> dict:
    return {"src": src, "type": type_, "sub": "Armed clash", "place": place, "date": date, "a1": [], "a2": [],
            "fat": None, "mod": mod, "trig": trig, "date_ev": None, "ev": ev}


def _dump() -> list[dict]:
    rows = [_row(f"R-{a}.json#article-0", f"اشتباكات عنيفة في حلب رقم {i}") for a in range(5) for i in range(4)]
    rows.append(_row("R-9.json#article-0", "هجوم مخطط على حماة", mod="planned"))
    return rows


def test_draw_is_seeded_capped_per_article_and_actual_only(tool):
    rows = _dump()
    a = tool.draw(rows, n=8, seed=17, per_article=2)
    assert a == tool.draw(list(reversed(rows)), n=8, seed=17, per_article=2)   # the dump's order does not matter
    assert len(a) == 8
    assert max(sum(r["src"] == s for r in a) for s in {r["src"] for r in a}) == 2
    assert all(r["mod"] == "actual" for r in a)
    assert {r["key"] for r in a} != {r["key"] for r in tool.draw(rows, n=8, seed=18, per_article=2)}


def test_identical_rows_get_distinct_stable_keys(tool):
    twin = _row("R-1.json#article-0", "قصف على حلب")
    keys = [r["key"] for r in tool.keyed([twin, dict(twin)])]
    assert keys[0] != keys[1] and keys[1] == keys[0] + "#2"
    assert keys[0].startswith("R-1.json#article-0|Battles|حلب|2017-01-01..2017-01-01|اشتباكات|")


def test_score_strict_lenient_type_only_and_wilson(tool):
    def judged(verdict, status, t, p, d, cls):
        return {"src": "R-1.json#article-0", "verdict": verdict, "status": status, "type_ok": t, "place_ok": p,
                "date_ok": d, "class": cls}
    rows = [judged("right", "event", True, True, True, ""),
            judged("wrong", "background", True, True, True, "BACKGROUND"),
            judged("wrong", "event", True, False, True, "PLACE_OTHER"),
            judged("wrong", "non-event", False, False, False, "NONEVENT")]
    s = tool.score(rows)
    assert (s["strict"], s["lenient"], s["type_only"], s["judged"]) == (1, 2, 2, 4)
    assert s["classes"] == {"BACKGROUND": 1, "PLACE_OTHER": 1, "NONEVENT": 1}
    lo, hi = tool.wilson(47, 120)
    assert round(lo, 3) == 0.309 and round(hi, 3) == 0.481


def test_carry_tells_unchanged_changed_and_gone(tool):
    old = tool.keyed([_row("R-1.json#article-0", "أ"), _row("R-2.json#article-0", "ب"), _row("R-3.json#article-0", "ج")])
    judged = [{**r, "verdict": "right"} for r in old]
    new = [_row("R-1.json#article-0", "أ"),                                   # identical
           _row("R-2.json#article-0", "ب", place="إدلب")]                     # same trigger and sentence, place moved
    out = {r["src"]: r for r in tool.carry(judged, new)}
    assert out["R-1.json#article-0"]["carry"] == "unchanged"
    assert out["R-2.json#article-0"]["carry"] == "changed"
    assert out["R-2.json#article-0"]["moved"] == {"place": ["حلب", "إدلب"]}
    # the changed row now describes the new event: carried again over the same dump it is unchanged
    assert out["R-2.json#article-0"]["place"] == "إدلب"
    again = {r["src"]: r["carry"] for r in tool.carry([r for r in out.values() if r["carry"] != "gone"], new)}
    assert again == {"R-1.json#article-0": "unchanged", "R-2.json#article-0": "unchanged"}
    assert out["R-3.json#article-0"]["carry"] == "gone"


def test_cli_draw_then_score(tool, tmp_path, capsys):
    dump = tmp_path / "dump.jsonl"
    dump.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in _dump()), encoding="utf-8")
    out = tmp_path / "sample.jsonl"
    tool.main(["draw", str(dump), str(out), "--n", "3"])
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 3 and all(r["verdict"] is None and "key" in r for r in rows)
    tool.main(["score", str(out)])
    assert "0 rows judged (3 without a verdict)" in capsys.readouterr().out


def test_draw_excludes_the_keys_of_an_earlier_sample(tool, tmp_path):
    dump = tmp_path / "dump.jsonl"
    dump.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in _dump()), encoding="utf-8")
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    tool.main(["draw", str(dump), str(first), "--n", "6", "--seed", "17"])
    tool.main(["draw", str(dump), str(second), "--n", "20", "--seed", "18", "--exclude", str(first)])
    keys1 = {json.loads(line)["key"] for line in first.read_text(encoding="utf-8").splitlines()}
    rows2 = [json.loads(line) for line in second.read_text(encoding="utf-8").splitlines()]
    assert len(keys1) == 6 and not keys1 & {r["key"] for r in rows2}
    assert len(rows2) == 10                              # the cap counts the new sample only: 5 articles x 2
    assert max(sum(r["src"] == s for r in rows2) for s in {r["src"] for r in rows2}) == 2


def test_carry_matches_the_closest_row_of_a_sentence_and_keeps_rows_whose_evidence_moved(tool):
    # two protest rows of one sentence (Kalar, Rawanduz) both gain a date: each judged row must be
    # matched to its own town's row, not to the first row of the sentence's trigger
    ev = "خرج المتظاهرون في كلار ورواندز"
    judged = tool.keyed([_row("R-1.json#article-0", ev, "Protests", "كلار", "unknown..unknown", trig="خرج"),
                         _row("R-1.json#article-0", ev, "Protests", "رواندز", "unknown..unknown", trig="خرج")])
    new = [_row("R-1.json#article-0", ev, "Protests", p, "2017-12-12..2017-12-18", trig="خرج") for p in ("رواندز", "كلار")]
    out = tool.carry(judged, new)
    assert [(o["carry"], o["moved"]["date"][1], o["place"]) for o in out] == [
        ("changed", "2017-12-12..2017-12-18", "كلار"), ("changed", "2017-12-12..2017-12-18", "رواندز")]
    assert all(set(o["moved"]) == {"date"} for o in out)
    # same type, place and date, but the sentence grew (a merge brought a second one): changed, not gone
    old = tool.keyed([_row("R-2.json#article-0", "سيطرت قسد على بلدة سويدان")])
    grown = [_row("R-2.json#article-0", "سيطرت قسد على بلدة سويدان . قتل مسلحان")]
    assert [o["carry"] for o in tool.carry(old, grown)] == ["changed"]
