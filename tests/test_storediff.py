"""rasd.eval.storediff: two stores of the same input compare equal (timestamps aside); a changed
field, a missing full-text row or a differently indexed body is reported."""

import io
import json
import sqlite3

from click.testing import CliRunner

from rasd.engines.local import LocalEngine
from rasd.eval.bench import bench
from rasd.eval.storediff import compare, dump
from rasd.ingest.run import ingest
from rasd.store.sqlite import Store

ARTICLES = [
    ("https://www.enabbaladi.net/archives/1", "قصفت قوات النظام مدينة دوما بالغوطة الشرقية صباح اليوم.\n"
     "وقال الناطق باسم الدفاع المدني إن القصف أدى إلى مقتل ثلاثة مدنيين وإصابة آخرين."),
    ("https://www.enabbaladi.net/archives/2", "شنت طائرات حربية غارات على بلدة خان شيخون في ريف إدلب الجنوبي.\n"
     "وأفاد ناشطون بأن الغارات استهدفت أحياء سكنية وسط البلدة."),
]


def _store(tmp_path, name: str) -> str:
    src = tmp_path / "in.jsonl"
    if not src.exists():
        src.write_text("".join(json.dumps({"url": u, "text": t}, ensure_ascii=False) + "\n" for u, t in ARTICLES),
                       encoding="utf-8")
    path = tmp_path / name
    s = Store(path)
    ingest([str(src)], s, engine=LocalEngine(1), stages=[], err=io.StringIO(), corpus_pass=False)
    s.close()
    return str(path)


def _edit(path: str, sql: str) -> None:
    db = sqlite3.connect(path)
    db.execute(sql)
    db.commit()
    db.close()


def test_same_input_same_store_even_at_another_time(tmp_path):
    a, b = _store(tmp_path, "a.db"), _store(tmp_path, "b.db")
    _edit(b, "UPDATE documents SET ingested_at='2000-01-01T00:00:00Z', analysed_at='2000-01-01T00:00:00Z'")
    diff, n = compare(a, b)
    assert diff == []
    assert n["documents"] == 2 and n["documents_fts"] == 2 and n["minhash"] == 2
    assert n["documents_fts:instances"] > 20       # every indexed term occurrence, both columns
    assert dict(dump(a))["documents"][0][:3] == ("id", "source", "url")     # column names first, no timestamps
    assert "ingested_at" not in dict(dump(a))["documents"][0]


def test_a_changed_field_is_reported(tmp_path):
    a, b = _store(tmp_path, "a.db"), _store(tmp_path, "b.db")
    _edit(b, "UPDATE documents SET published='2018-03-01' WHERE url LIKE '%/2'")
    diff, _n = compare(a, b)
    assert diff[0].startswith("documents: 2 rows in a, 2 in b; 1 only in a, 1 only in b")
    assert any("2018-03-01" in line for line in diff if line.startswith("  b:"))


def test_full_text_rows_and_terms_are_compared(tmp_path):
    a, b = _store(tmp_path, "a.db"), _store(tmp_path, "b.db")
    # the same number of rows, one body indexed with another term
    _edit(b, "UPDATE documents_fts SET body = replace(body, 'دوما', 'حرستا')")
    diff, _n = compare(a, b)
    names = [line.split(":")[0] for line in diff if not line.startswith(" ")]
    assert names == ["documents_fts", "documents_fts"]          # rows, then instances
    assert any(line.startswith("documents_fts:instances") for line in diff)


def test_cli_exit_code(tmp_path):
    a, b = _store(tmp_path, "a.db"), _store(tmp_path, "b.db")
    ok = CliRunner().invoke(bench, ["storediff", a, b])
    assert ok.exit_code == 0 and ok.output.startswith("identical:")
    _edit(b, "DELETE FROM lsh_bands WHERE band = 3")
    bad = CliRunner().invoke(bench, ["storediff", a, b])
    assert bad.exit_code == 1 and bad.output.startswith("lsh_bands: 32 rows in a, 30 in b")
