"""The learned event confidence (rasd.extract.events.confidence): the features the stage computes for
each event, the model file, probabilities in [0, 1] that rank a reported happening above one an
argument names, and the --min-confidence filters of `rasd events`, the exports and the web queries."""

from __future__ import annotations

import json
import shutil
import sqlite3

import pytest
from analysed import analyse_text, events_over
from click.testing import CliRunner
from conftest import web_fixture_module

import rasd.extract.events.confidence as confidence
from rasd.export.exports import export
from rasd.records import Entity
from rasd.store.sqlite import Store
from rasd.web import queries as Q
from rasd.web.review import add_edit

NEWS = ("قتل خمسة مدنيين اليوم الثلاثاء في غارة جوية على بلدة كفرنبل في ريف إدلب , بحسب ما أفاد المرصد السوري "
        "لحقوق الإنسان . وقال المرصد إن الطائرات الحربية استهدفت سوق البلدة .")
# an op-ed that names a happening inside its argument ("لعل", "بيد أن", "يمكن القول")
ARGUMENT = ("مقال رأي : إن الغارات الجوية الروسية على إدلب دمرت المستشفيات . ولعل العالم يصمت , بيد أن الضمير "
            "الإنساني يرفض . ويمكن القول إن روسيا شريكة في الجريمة , ولا شك أن التاريخ سيحاسب .")


def _recorded(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, float]]:
    """Each emitted event's features (by name), as the stage computes them."""
    seen: list[dict[str, float]] = []
    score = confidence.score_events

    def recording(pairs, page):
        seen.extend(dict(zip(confidence.ALL_FEATURES, x, strict=True)) for x in confidence.feature_rows(pairs, page))
        score(pairs, page)

    monkeypatch.setattr(confidence, "score_events", recording)
    return seen


def test_features_read_the_events_own_marks_and_words(monkeypatch):
    seen = _recorded(monkeypatch)
    text = "قال مصدر عسكري إن قوات النظام سيطرت أمس على بلدة كفرنبل بعد اشتباكات عنيفة ."
    ents = {"kafr": Entity("kafr", "PLACE", "كفرنبل", "Kafranbel", lat=35.53, lon=36.56, level="town", country="SY"),
            "regime": Entity("regime", "ORG", "قوات النظام")}
    a = events_over(text, ents, [("كفرنبل", "kafr"), ("قوات النظام", "regime")], "2017-03-14")
    assert a.events and len(seen) == len(a.events)
    f = seen[0]
    assert len(f) == len(confidence.ALL_FEATURES)
    assert f["reporting_sent"] == 1.0            # "قال مصدر"
    assert f["has_date_expr"] == 1.0 and f["date_unknown"] == 0.0 and f["page_dated"] == 1.0   # "أمس"
    assert f["place_known"] == 1.0 and f["in_head"] == 1.0
    assert f["modal_near"] == 0.0 and f["past_perfect_near"] == 0.0


def test_features_see_attribution_questions_and_hedges(monkeypatch):
    seen = _recorded(monkeypatch)
    news = _recorded_page(seen, NEWS)
    argument = _recorded_page(seen, ARGUMENT)
    assert news["reporting_sent"] == 1.0 and argument["reporting_sent"] == 0.0      # "بحسب ما أفاد المرصد"
    assert news["has_date_expr"] == 1.0 and argument["has_date_expr"] == 0.0        # "اليوم الثلاثاء"
    asked = _recorded_page(seen, "هل تنتهي الحرب ؟ قصفت الطائرات الروسية مدينة إدلب أمس , وقد يتصاعد القتال إذا "
                                 "فشلت المفاوضات .")
    assert asked["page_questions"] > 0.0 and news["page_questions"] == 0.0
    assert asked["modal_near"] == 1.0 and news["modal_near"] == 0.0                 # "قد يتصاعد ... إذا"


def _recorded_page(seen: list[dict[str, float]], text: str) -> dict[str, float]:
    n = len(seen)
    analyse_text(text, "2017-03-14")
    assert len(seen) > n, "the fixture page must give an event"
    return seen[n]


def test_model_file_loads_and_matches_the_features():
    m = confidence.model()
    assert m is not None and m.features == confidence.FEATURES
    assert len(m.coef) == len(m.mean) == len(m.scale) == len(confidence.FEATURES)
    for x in ([0.0] * len(m.features), [1e6] * len(m.features), [-1e6] * len(m.features)):
        assert 0.0 <= m.probability(x) <= 1.0


def test_a_reported_happening_ranks_above_one_an_argument_names():
    news = analyse_text(NEWS, "2017-03-14").events
    argued = analyse_text(ARGUMENT, "2017-03-14").events
    assert news and argued
    for ev in news + argued:
        assert 0.0 <= ev.confidence <= 1.0
    assert min(e.confidence for e in news) > max(e.confidence for e in argued)


def test_no_model_file_means_no_model(tmp_path):
    assert confidence.model.__wrapped__(tmp_path / "none.yaml") is None


def test_a_model_of_other_features_is_refused(tmp_path):
    path = tmp_path / "m.yaml"
    confidence.write_model(path, [0.0] * len(confidence.FEATURES), [1.0] * len(confidence.FEATURES),
                           [0.5] * len(confidence.FEATURES), 0.1, {"trained_on": "test"})
    m = confidence.model.__wrapped__(path)
    assert m is not None and m.probability([0.0] * len(confidence.FEATURES)) == pytest.approx(1 / (1 + 2.718281828 ** -0.1))
    data = path.read_text("utf-8").replace('"specific"', '"other"')
    path.write_text(data, "utf-8")
    with pytest.raises(ValueError):
        confidence.model.__wrapped__(path)


# ------------------------------------------------------------------------------ filters
@pytest.fixture(scope="module")
def single(tmp_path_factory):
    fx = web_fixture_module()
    path = tmp_path_factory.mktemp("conf") / "single.db"
    return path, fx.build(path, merged=False)


@pytest.fixture()
def low_toll(single, tmp_path):
    """The fixture store with its toll event given a low confidence."""
    src, ids = single
    dst = tmp_path / "x.db"
    shutil.copy(src, dst)
    db = sqlite3.connect(dst)
    db.execute("UPDATE events SET confidence = 1.0")
    db.execute("UPDATE events SET confidence = 0.2 WHERE id = ?", (ids["toll"],))
    db.commit()
    db.close()
    return str(dst), ids


def test_cli_events_min_confidence(low_toll):
    from rasd.extract.cli import events as events_cmd

    path, ids = low_toll
    r = CliRunner().invoke(events_cmd, ["--db", path, "--json", "--limit", "100"])
    every = {e["id"] for e in json.loads(r.output)}
    r = CliRunner().invoke(events_cmd, ["--db", path, "--json", "--limit", "100", "--min-confidence", "0.5"])
    assert r.exit_code == 0, r.output
    assert {e["id"] for e in json.loads(r.output)} == every - {ids["toll"]}


def test_queries_min_confidence_keeps_reviewed_events(low_toll):
    path, ids = low_toll
    s = Store(path)
    Q.ensure_web_schema(s.db)
    n = Q.count_events(s.db, Q.EventFilters())
    assert Q.count_events(s.db, Q.EventFilters(min_confidence=0.5)) == n - 1
    add_edit(s.db, "event", ids["toll"], "accept", None, "rev")     # a reviewer's call outranks the machine's
    assert Q.count_events(s.db, Q.EventFilters(min_confidence=0.5)) == n
    s.close()


def test_export_min_confidence(low_toll, tmp_path):
    path, ids = low_toll
    out = tmp_path / "a.csv"
    n = export(path, "acled-csv", str(out))
    assert export(path, "acled-csv", str(out), min_confidence=0.5) == n - 1
    assert "SYR-" + ids["toll"] not in out.read_text("utf-8")
    from rasd.web.cli import export as export_cmd

    r = CliRunner().invoke(export_cmd, ["--format", "acled-csv", "--out", str(out), "--db", path, "--no-progress",
                                        "--min-confidence", "0.5"])
    assert r.exit_code == 0, r.output
    assert f"{n - 1} rows" in r.output


def test_web_filters_and_shows_confidence(low_toll):
    from fastapi.testclient import TestClient

    from rasd.web.app import create_app

    path, ids = low_toll
    c = TestClient(create_app(path))     # no accounts: read-only local mode
    every = {e["id"] for e in c.get("/api/events?limit=100").json()["items"]}
    r = c.get("/api/events?limit=100&min_confidence=0.5")
    assert r.status_code == 200
    assert {e["id"] for e in r.json()["items"]} == every - {ids["toll"]}
    assert c.get("/api/events?min_confidence=2").status_code == 422
    page = c.get("/events?conf=0.5")
    assert page.status_code == 200 and 'name="conf" value="0.5"' in page.text
    assert c.get("/events?conf=abc").status_code == 200          # not a number: no filter
    assert "0.20" in c.get(f"/event/{ids['toll']}").text
