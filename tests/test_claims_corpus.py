"""Claims on real pages, and the corpus pass: stories, dates from a story, contradictions (issue 5)."""

import io
import shutil

import pytest

from rasd.corpus.run import run_corpus_pass
from rasd.ingest.run import ingest
from rasd.store.sqlite import Store


@pytest.fixture(scope="module")
def store(samples_dir, tmp_path_factory):
    d = tmp_path_factory.mktemp("claims")
    for f in samples_dir.glob("*.txt"):
        shutil.copy(f, d / f.name)
    s = Store(d / "c.db")
    ingest([str(d)], s, err=io.StringIO())
    return s


def _claims(s: Store, name: str):
    doc = s.get_document(name)
    return doc, s.claims(doc.id)


def test_claim_attributes_from_cues(store):
    doc, claims = _claims(store, "001_ccd135a118f501bf.txt")
    by = {}
    for c in claims:
        by.setdefault(c.speaker_text, []).append(c)
    zak = [c for c in claims if "زاخاروفا" in c.speaker_text and c.medium == "press conference"]
    assert zak and zak[0].date == "2018-03-29" and zak[0].stance == "asserts"
    threat = [c for c in claims if c.kind == "threat" and "بيرقدار" in c.speaker_text]
    assert threat and threat[0].medium == "audio recording" and threat[0].date == "2018-03-31"
    tweets = [c for c in claims if c.medium == "tweet" and c.medium_detail == "@HA_alshami05"]
    assert tweets and tweets[0].stance == "denies" and tweets[0].date == "2018-03-30"
    phone = [c for c in claims if c.medium == "phone call"]
    assert phone and phone[0].stance == "denies" and phone[0].date == "2018-03-29"
    relayed = [c for c in claims if c.relay_text and "أبو سلوم" in c.relay_text]
    assert relayed and "مكتب إعلاميي دمشق" in relayed[0].speaker_text
    for c in claims:   # every claim points at its own words
        assert doc.text[c.content.start:c.content.end].strip()


def test_interview_questions_are_not_the_interviewee_s(store):
    doc, claims = _claims(store, "000_91baa5340ac027c7.txt")
    questions = [c for c in claims if c.is_question]
    assert len(questions) >= 5
    assert all("بيرقدار" not in c.speaker_text for c in questions)
    for c in claims:
        if "بيرقدار" in c.speaker_text:
            line_end = doc.text.find("\n", c.content.end)
            line = doc.text[doc.text.rfind("\n", 0, c.content.start) + 1: line_end if line_end != -1 else None]
            assert not line.rstrip().endswith("؟")
    denials = [c for c in claims if c.stance == "denies" and "بيرقدار" in c.speaker_text]
    assert len(denials) >= 2


def test_described_and_anonymous_sources(store):
    _, claims = _claims(store, "004_b8a14208eb9c10a6.txt")
    speakers = {c.speaker_text for c in claims}
    assert any(s.startswith("مصادر خاصة") for s in speakers)
    assert any("حسابات جهادية" in s for s in speakers)
    assert any(s.strip("“”\"") == "ق.م" for s in speakers)


def test_contradiction_between_sources_about_one_event(store):
    rows = store.db.execute("SELECT claim_a, claim_b, reason FROM contradictions").fetchall()
    ids = {r[0] for r in rows} | {r[1] for r in rows}
    speakers = {c.speaker_text for c in store.claims() if c.id in ids}
    assert any("حمييم" in s or "حميميم" in s for s in speakers)
    for a, b, reason in rows:
        ca = next(c for c in store.claims() if c.id == a)
        cb = next(c for c in store.claims() if c.id == b)
        assert (ca.speaker_id or ca.speaker_text) != (cb.speaker_id or cb.speaker_text)
        assert reason in ("opposite-stance", "numbers")


def test_story_links_report_and_statement_and_dates_the_report(store):
    a = store.get_document("002_29f99f87ebbf2940.txt")
    b = store.get_document("003_91ee6903be612cb3.txt")
    sa = {r[0] for r in store.db.execute("SELECT story_id FROM story_docs WHERE doc_id=?", (a.id,))}
    sb = {r[0] for r in store.db.execute("SELECT story_id FROM story_docs WHERE doc_id=?", (b.id,))}
    assert sa and sa == sb
    assert a.published.date == "2018-04-24" and a.published.method == "story-relative"
    others = [store.get_document(n).id for n in ("000_91baa5340ac027c7.txt", "001_ccd135a118f501bf.txt")]
    for o in others:   # same group, same region, different happenings: not one story
        assert not {r[0] for r in store.db.execute("SELECT story_id FROM story_docs WHERE doc_id=?", (o,))} & sa


def test_corpus_pass_rerun_does_not_duplicate(store):
    before = {t: store.count(t) for t in ("stories", "story_docs", "merged_events", "contradictions")}
    run_corpus_pass(store)
    assert {t: store.count(t) for t in before} == before
    merged_sources = sum(len(eval(r[0])) for r in store.db.execute("SELECT sources FROM merged_events"))
    assert merged_sources == store.count("events", "WHERE modality != 'denied-only'")


def test_story_forms_when_the_second_document_arrives_later(samples_dir, tmp_path):
    s = Store(tmp_path / "late.db")
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir()
    second.mkdir()
    shutil.copy(samples_dir / "002_29f99f87ebbf2940.txt", first)
    shutil.copy(samples_dir / "003_91ee6903be612cb3.txt", second)
    ingest([str(first)], s, err=io.StringIO())
    assert s.count("stories") == 0 and s.get_document("002_29f99f87ebbf2940.txt").published.date == "unknown"
    ingest([str(second)], s, err=io.StringIO())
    assert s.count("stories") == 1
    assert s.get_document("002_29f99f87ebbf2940.txt").published.date == "2018-04-24"
