"""Claim checking: stance features, the shipped model, and `rasd check` on a tiny store."""

from __future__ import annotations

import json

import numpy as np
import pytest
from click.testing import CliRunner

from rasd.check.cli import check, check_claim, query_terms
from rasd.check.stance import (
    FEATURE_NAMES,
    LABELS,
    Idf,
    StanceModel,
    TrainPair,
    analyse_pair,
    load_model,
    predict,
    prepare_article,
    train,
)
from rasd.records import Analysis, Document, Publisher, doc_id_for
from rasd.store.sqlite import Store

CLAIM = "قصفت طائرات روسية مستشفى في مدينة إدلب"
DENIAL = ("موسكو - نفت وزارة الدفاع الروسية اليوم الأنباء عن قصف طائراتها مستشفى في مدينة إدلب، "
          "ووصفت التقارير بأنها أكاذيب مفبركة.\nوقالت الوزارة في بيان إنه لا صحة لهذه الادعاءات.")
SUPPORT = ("إدلب - قصفت طائرات حربية روسية صباح اليوم مستشفى في مدينة إدلب، ما أدى إلى خروجه عن الخدمة.\n"
           "وأكد مدير المستشفى أن القصف أوقع جرحى بين الكادر الطبي.")
OTHER = "أعلنت وزارة الزراعة عن خطة لدعم مزارعي القمح في الموسم المقبل.\nوقال الوزير إن الإنتاج سيرتفع."


def _f(claim: str, text: str, idf: Idf) -> dict[str, float]:
    pa = analyse_pair(claim, prepare_article(text), idf)
    return dict(zip(FEATURE_NAMES, pa.features.tolist(), strict=True))


@pytest.fixture(scope="module")
def idf() -> Idf:
    return Idf.fit([prepare_article(t) for t in (DENIAL, SUPPORT, OTHER)], min_df=1)


def test_denial_article_has_denial_leaning_features(idf):
    deny, sup, other = _f(CLAIM, DENIAL, idf), _f(CLAIM, SUPPORT, idf), _f(CLAIM, OTHER, idf)
    assert deny["top_denial"] > 0 and deny["denial_near"] > 0 and deny["art_denial"] > 0
    assert sup["top_denial"] == 0 and sup["denial_near"] == 0
    assert sup["top_support"] > 0
    # both are about the claim; the unrelated article shares (almost) nothing with it
    assert sup["best_cov"] > 0.6 and deny["best_cov"] > 0.3
    assert other["art_cov"] < 0.2 < deny["art_cov"]
    assert sup["best_bigram"] > other["best_bigram"]


def test_predict_returns_label_and_rationale_that_slices_the_article():
    model = load_model()
    for text in (DENIAL, SUPPORT):
        label, score, spans = predict(CLAIM, text, model)
        assert label in LABELS and 0.0 <= score <= 1.0
        assert label != "unrelated"
        assert spans, label
        for s in spans:
            assert 0 <= s.start < s.end <= len(text)
            assert "إدلب" in text[s.start:s.end]
    label, _, spans = predict(CLAIM, DENIAL, model)
    assert label == "disagree"
    assert "نفت" in DENIAL[spans[0].start:spans[0].end]


def test_no_crash_on_empty_or_english_input():
    model = load_model()
    assert predict("", "", model) == ("unrelated", 1.0, [])
    assert predict(CLAIM, "", model)[0] == "unrelated"
    label, score, spans = predict("Russia bombed a hospital", "The weather in Paris is mild today.", model)
    assert label in LABELS and all(0 <= s.start < s.end for s in spans)


def test_model_json_roundtrip_and_training_on_small_pairs(tmp_path):
    arts = [prepare_article(t) for t in (DENIAL, SUPPORT, OTHER)]
    pairs = [TrainPair(CLAIM, arts[0], "disagree"), TrainPair(CLAIM, arts[1], "agree"),
             TrainPair(CLAIM, arts[2], "unrelated"), TrainPair("خطة لدعم مزارعي القمح", arts[2], "discuss"),
             TrainPair("خطة لدعم مزارعي القمح", arts[0], "unrelated")]
    model = train(pairs, bow_dim=64)
    path = tmp_path / "m.json"
    model.save(path)
    again = StanceModel.from_json(json.loads(path.read_text("utf-8")))
    pa = [analyse_pair(CLAIM, arts[0], model.idf, 64)]
    assert np.allclose(model.proba(pa), again.proba(pa), atol=1e-4)
    assert np.isclose(model.proba(pa).sum(), 1.0)


def _store_from_unifiedfc(shared_dir, tmp_path, claim_id: str, indices: list[int]) -> tuple[Store, dict]:
    path = shared_dir / "data" / "unifiedfc" / "dataset" / f"{claim_id}.json"
    if not path.is_file():
        pytest.skip("unifiedfc data not beside the checkout")
    data = json.loads(path.read_text("utf-8"))
    store = Store(tmp_path / "check.db")
    for i in indices:
        text = data["article"][i]
        doc = Document(id=doc_id_for(text), source=f"{claim_id}#article-{i}", text=text,
                       title=text.split("\n", 1)[0][:80], publisher=Publisher(name_ar=f"ناشر {i}"),
                       url=data["url"][i], kind="unifiedfc")
        store.put_analysis(Analysis(doc=doc))
    return store, data


def test_check_cli_on_a_tiny_store(shared_dir, tmp_path):
    # coalition says fewer than 1000 IS fighters remain; article 0 is the Reuters report itself
    store, data = _store_from_unifiedfc(shared_dir, tmp_path, "R-10", [0, 6, 8])
    claim = data["claim"]
    text0 = data["article"][0]
    doc0 = doc_id_for(text0)
    # a stored attributed claim inside the report, so the summary can name a speaker
    k = text0.index("قال التحالف الدولي")
    with store.tx() as db:
        db.execute("INSERT INTO claims (id, doc_id, c_start, c_end, speaker_text, stance) VALUES (?,?,?,?,?,?)",
                   (doc0 + "-cl-1", doc0, k, k + 60, "التحالف الدولي", "asserts"))
    res = check_claim(store, claim, limit=20)
    store.close()
    assert res["candidates"] == 3
    by_id = {d["doc_id"]: d for d in res["documents"]}
    assert by_id[doc0]["label"] == "agree"
    assert "ناشر 0" in res["summary"]["supports"]["publishers"]
    assert "التحالف الدولي" in res["summary"]["supports"]["speakers"]
    for d in res["documents"]:
        assert d["label"] in LABELS
        text = data["article"][int(d["source"].rsplit("-", 1)[1])]
        for r in d["rationale"]:
            assert text[r["start"]:r["end"]] == r["text"]

    runner = CliRunner()
    out = runner.invoke(check, [claim, "--db", str(tmp_path / "check.db"), "--json"])
    assert out.exit_code == 0, out.output
    parsed = json.loads(out.output)
    assert parsed["summary"]["supports"]["documents"] >= 1
    text_out = runner.invoke(check, [claim, "--db", str(tmp_path / "check.db")])
    assert text_out.exit_code == 0 and "supports:" in text_out.output and "[agree" in text_out.output
    # English or empty claims find nothing and do not crash
    for q in ("Russia bombed a hospital", "", "  ،،  "):
        r = runner.invoke(check, [q, "--db", str(tmp_path / "check.db"), "--json"])
        assert r.exit_code == 0, r.output
        assert json.loads(r.output)["summary"]["disputes"]["documents"] == 0


def test_query_terms_prefer_distinctive_words():
    model = load_model()
    terms = query_terms("قال التحالف الدولي إن تنظيم الدولة خسر مدينة البوكمال في دير الزور", model, k=3)
    assert "بوكمال" in terms
    assert "قال" not in terms and "في" not in terms
