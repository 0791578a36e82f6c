"""The third emit gate (rasd.extract.events.confidence.third_gate_model): a model of the strict verdict over
ALL_FEATURES and the words round the trigger (``lexical_terms``: recalled history "بعد", "الماضي", a year, a
tally's numbers, a village named near the trigger), fitted on the judged breadth rows the first two gates keep.
Real pages: a unifiedfc article (R-73 #1, an islamist-movements analysis) and the shared sample 003."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from analysed import events_over

import rasd.extract.events.confidence as confidence
from rasd.ingest.run import ingest
from rasd.records import Entity
from rasd.store.sqlite import Store

# the installed loaders (conftest switches the gates off for the rule tests, after this module is imported)
_LOADERS = {"gate_model": confidence.gate_model, "second_gate_model": confidence.second_gate_model,
            "third_gate_model": confidence.third_gate_model}
R73 = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "unifiedfc" / "dataset" / "R-73.json"
# V-101 #0 (iraq-net, August 2016): the end of the Khalidiya operations, told with the page's date in the sentence
TEXT = ("أعلن رئيس مجلس الوزراء حيدر العبادي , اليوم السبت 17 آب 2016 , عن انتهاء العمليات العسكرية في جزيرة "
        "الخالدية التابعة لمحافظة الأنبار بعد تحريرها بالكامل من سيطرة تنظيم داعش , فيما أشار إلى مقتل \" أعداد كبيرة \" "
        "من عناصر التنظيم خلال المعارك .")
ANBAR = Entity("anbar", "PLACE", "الأنبار", "Anbar", lat=33.4, lon=42.0, level="governorate", country="IQ")


def _installed(monkeypatch: pytest.MonkeyPatch, third: bool = True) -> None:
    for name, loader in _LOADERS.items():
        monkeypatch.setattr(confidence, name, loader if third or name != "third_gate_model" else lambda: None)


def test_the_installed_third_gate_loads_its_vocabulary():
    g = _LOADERS["third_gate_model"].__wrapped__(confidence.GATE3)
    assert g is not None and g.dense.features == confidence.ALL_FEATURES
    assert 0.0 < g.gate < 0.5
    assert len(g.vocab) > 100 and all(t[:2] in ("t:", "n:", "b:", "s:") for t in g.vocab)


def test_lexical_terms_of_a_real_sentence(monkeypatch: pytest.MonkeyPatch):
    terms: list[set[str]] = []
    score = confidence.score_events

    def recording(pairs, page):
        terms.extend(confidence.lexical_terms(c) for c, _ev in pairs)
        return score(pairs, page)

    monkeypatch.setattr(confidence, "score_events", recording)
    a = events_over(TEXT, {"anbar": ANBAR}, [("الأنبار", "anbar")], "2016-08-17")
    assert a.events and terms
    t = set().union(*terms)
    # the sentence's year and day as classes (not each value), words near the trigger and their pairs
    assert {"s:<year>", "s:<num>", "s:العبادي"} <= t
    assert any(x.startswith("n:") for x in t) and any(x.startswith("b:") for x in t)
    vocab = _LOADERS["third_gate_model"].__wrapped__(confidence.GATE3).vocab
    assert "s:<year>" in vocab and len(t & vocab.keys()) >= 5


def _events(path: Path, tmp_path: Path, src: str) -> list[tuple[str, str | None]]:
    tmp_path.mkdir(exist_ok=True)
    s = Store(tmp_path / "s.db")
    ingest([str(path)], s, err=io.StringIO())
    doc = s.get_document(src)
    return [(e.event_type, e.trigger) for e in s.events(doc.id)] if doc else []


def test_a_recalled_generic_attack_is_turned_away(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    if not R73.is_file():
        pytest.skip("unifiedfc corpus missing")
    # "تنظيم أنصار الإسلام نفذ هجمات في مالي وبوركينا فاسو": a researcher's summary, no happening of the page
    generic = ("Battles", "هجمات")
    _installed(monkeypatch, third=False)
    assert generic in _events(R73, tmp_path / "a", "R-73.json#article-1")
    _installed(monkeypatch)
    assert generic not in _events(R73, tmp_path / "b", "R-73.json#article-1")


def test_a_gold_event_of_the_samples_is_kept(monkeypatch: pytest.MonkeyPatch, samples_dir: Path, tmp_path: Path):
    # 003 e3-3: IS's attacks on the rebels of Eastern Qalamoun over three years (a gold event of the samples)
    _installed(monkeypatch)
    assert ("Battles", "قتل") in _events(samples_dir / "003_91ee6903be612cb3.txt", tmp_path, "003_91ee6903be612cb3.txt")
