"""Which copy of a duplicate is the primary one does not depend on the order the pages arrive in
(session 20: a reversed breadth run relabelled 26 exact duplicates and flipped 10 near-duplicate
links). The copy whose source sorts first (``boilerplate.source_order``) is the primary: a copy
that arrives later but sorts first takes the document over, with its own metadata (here the page
date of its URL, which dates "أمس") and the analysis made with them."""

import io
import json
from pathlib import Path

import pytest

from rasd.ingest.run import ingest
from rasd.store.sqlite import Store

BODY = ("قتل ثلاثة مدنيين أمس في قصف مدفعي لقوات النظام استهدف بلدة كفرنبل في ريف إدلب الجنوبي، "
        "وفق ما أفاد الدفاع المدني.\n"
        "وقال مراسلنا إن القصف طال منازل المدنيين في البلدة وأدى إلى دمار واسع في الممتلكات، "
        "وأضاف أن فرق الإسعاف نقلت الجرحى إلى مشفى قريب في المنطقة.\n"
        "وتشهد المنطقة تصعيدا عسكريا منذ أسابيع رغم اتفاق وقف إطلاق النار الموقع بين الأطراف.")
# a light edit of BODY (one word of the last line): a near duplicate
NEAR = BODY.replace("منذ أسابيع", "منذ أشهر")


def _write(d: Path, name: str, day: str, text: str) -> str:
    path = d / name
    path.write_text(json.dumps({"url": f"https://{name[0]}.example/2024/03/{day}/kafranbel.html", "text": text},
                               ensure_ascii=False), "utf-8")
    return str(path)


@pytest.fixture
def copies(tmp_path: Path) -> dict[str, str]:
    d = tmp_path / "in"
    d.mkdir()
    return {"a": _write(d, "a_copy.json", "05", BODY),      # sorts first: the primary copy
            "b": _write(d, "b_copy.json", "09", BODY),      # the same text, another page date
            "c": _write(d, "c_near.json", "07", NEAR),      # sorts after a
            "0": _write(d, "0_near.json", "06", NEAR)}      # sorts before a


def _rows(s: Store) -> dict[str, list[tuple]]:
    return {
        "documents": [tuple(r) for r in s.db.execute(
            "SELECT id, source, url, published, published_method, duplicate_of, dup_kind, story_id "
            "FROM documents ORDER BY id")],
        "doc_sources": [tuple(r) for r in s.db.execute("SELECT * FROM doc_sources ORDER BY source")],
        "events": [tuple(r) for r in s.db.execute(
            "SELECT id, doc_id, event_type, location, date_start, date_end, story_id FROM events ORDER BY id")],
        "fts": [tuple(r) for r in s.db.execute("SELECT doc_id, title FROM documents_fts ORDER BY doc_id")],
        "lsh": [tuple(r) for r in s.db.execute("SELECT doc_id, count(*) FROM lsh_bands GROUP BY doc_id ORDER BY 1")],
    }


def _ingest(tmp_path: Path, tag: str, runs: list[list[str]]) -> Store:
    s = Store(tmp_path / f"{tag}.db")
    for paths in runs:
        ingest(paths, s, err=io.StringIO())
    return s


def test_exact_duplicate_primary_is_the_first_source_in_any_order(copies, tmp_path):
    fwd = _ingest(tmp_path, "fwd", [[copies["a"], copies["b"]]])
    rev = _ingest(tmp_path, "rev", [[copies["b"], copies["a"]]])
    apart = _ingest(tmp_path, "apart", [[copies["b"]], [copies["a"]]])    # a arrives in a later run
    assert _rows(fwd) == _rows(rev) == _rows(apart)
    (doc,) = _rows(rev)["documents"]
    assert doc[1] == copies["a"] and doc[2].startswith("https://a.example/")
    assert _rows(rev)["doc_sources"] == [(copies["b"], doc[0], "exact")]
    # the events are those of a's page date (5 March: "أمس" is the 4th), not of b's
    assert {e[4] for e in _rows(rev)["events"]} == {"2024-03-04"}


def test_near_duplicate_original_is_the_first_source_in_any_order(copies, tmp_path):
    names = ["a", "c", "0"]
    orders = [names, names[::-1], ["c", "a", "0"]]
    stores = [_ingest(tmp_path, f"o{k}", [[copies[n] for n in order]]) for k, order in enumerate(orders)]
    stores.append(_ingest(tmp_path, "apart", [[copies["c"]], [copies["a"]], [copies["0"]]]))
    rows = [_rows(s) for s in stores]
    assert all(r == rows[0] for r in rows)
    links = {src: dup for _id, src, _u, _p, _m, dup, _k, _s in rows[0]["documents"]}
    ids = {src: _id for _id, src, *_ in rows[0]["documents"]}
    # 0_near sorts first: the original, and a (BODY) its near duplicate
    assert links[copies["0"]] is None
    assert links[copies["a"]] == ids[copies["0"]]
    assert copies["c"] not in links       # c has 0_near's exact text: a further source of it


def test_rerun_changes_nothing_and_an_interrupted_run_completes(copies, tmp_path):
    paths = [copies["b"], copies["c"], copies["a"], copies["0"]]
    fresh = _ingest(tmp_path, "fresh", [sorted(paths)])
    s = Store(tmp_path / "cut.db")

    def stop_after_two(_n: int, seen: list[int] = [0]) -> None:   # noqa: B006 - a counter
        seen[0] += 1
        if seen[0] == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        ingest(paths, s, err=io.StringIO(), progress=stop_after_two)
    assert s.count("documents") >= 1
    ingest(paths, s, err=io.StringIO())
    assert _rows(s) == _rows(fresh)
    again = ingest(paths, s, err=io.StringIO())
    assert again.new == again.replaced == again.exact_duplicates == again.near_duplicates == 0
    assert again.unchanged == 4
    assert _rows(s) == _rows(fresh)
