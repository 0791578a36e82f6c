"""Mention finding and entity linking (rasd/extract/entities.py, rasd/knowledge/matcher.py,
rasd/knowledge/patterns.py) on the real sample pages, with a small fixture KB/gazetteer so the
tests do not depend on the packaged data (the people of the samples are not in the fixture:
they must come from the patterns)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from rasd.extract.entities import entity_kit, find_entities, find_entities_many
from rasd.knowledge.matcher import DictionaryMatcher, edit_distance_le1
from rasd.records import Analysis, Document, Entity
from rasd.text.normalize import normalize

ROOT = Path(__file__).resolve().parent.parent
FIX = ROOT / "tests" / "fixtures" / "entities"
SAMPLES = ROOT.parent / "shared" / "samples"
UNIFIEDFC = ROOT.parent / "shared" / "data" / "unifiedfc" / "dataset"


# ----------------------------------------------------------------------------- fixtures

class FixtureKB:
    def __init__(self, rows: list[dict]) -> None:
        self.entities = {r["id"]: Entity(id=r["id"], type=r["type"], name_ar=r["name_ar"],
                                         aliases=list(r.get("aliases", []))) for r in rows}
        self.short_forms = {r["id"]: r["short_forms"] for r in rows if r.get("short_forms")}
        self.generic: dict[str, str] = {}

    def aliases(self):
        for eid, e in self.entities.items():
            yield e.name_ar, eid
            for a in e.aliases:
                yield a, eid

    def get(self, eid: str) -> Entity | None:
        return self.entities.get(eid)


class FixtureGazetteer:
    def __init__(self, rows: list[dict]) -> None:
        self.places = {r["id"]: Entity(id=r["id"], type="PLACE", name_ar=r["name_ar"],
                                       aliases=list(r.get("aliases", []))) for r in rows}

    def aliases(self):
        for pid, p in self.places.items():
            yield p.name_ar, pid
            for a in p.aliases:
                yield a, pid

    def get(self, pid: str) -> Entity | None:
        return self.places.get(pid)


class FakeNer:
    """Returns fixed spans: enough to test how NER output is merged, without a model file."""

    def __init__(self, spans=()) -> None:
        self.spans = list(spans)

    def predict(self, text: str, needs_score=None, min_score: float = 0.0):
        from rasd.knowledge.ner import NerSpan

        out = []
        for surface, typ, score in self.spans:
            i = text.find(surface)
            if i >= 0:
                sp = NerSpan(i, i + len(surface), typ, surface, score)
                if needs_score is not None and not needs_score(sp):
                    sp.score = float("nan")    # as NerModel.predict: the caller said it won't read it
                out.append(sp)
        return out


class FixtureResources:
    def __init__(self, ner=None) -> None:
        data = yaml.safe_load((FIX / "kb.yaml").read_text(encoding="utf-8"))
        self.kb = FixtureKB(data["kb"])
        self.gazetteer = FixtureGazetteer(data["gazetteer"])
        self.ner = ner


@pytest.fixture(scope="module")
def res() -> FixtureResources:
    return FixtureResources()


def sample(name: str) -> str:
    path = SAMPLES / name
    if not path.exists():
        pytest.skip("shared samples not available")
    return path.read_text(encoding="utf-8")


def run(text: str, res, doc_id: str = "d1") -> Analysis:
    an = Analysis(Document(id=doc_id, source="test", text=text))
    find_entities(an, res)
    return an


def persons(an: Analysis) -> dict[str, list]:
    out: dict[str, list] = {}
    for m in an.mentions:
        if m.type == "PERSON":
            out.setdefault(normalize(m.surface), []).append(m)
    return out


def ids(an: Analysis) -> set[str]:
    return {m.entity_id for m in an.mentions if m.entity_id}


# ----------------------------------------------------------------------------- matcher

@pytest.fixture(scope="module")
def matcher() -> DictionaryMatcher:
    return DictionaryMatcher([
        ("جيش الإسلام", "jai", "ARMED_GROUP"), ("النظام", "gov", "STATE_FORCES"),
        ("دوما", "douma", "PLACE", "gazetteer"), ("كفربطنا", "kb1", "PLACE", "gazetteer"),
        ("الغوطة الشرقية", "eg", "PLACE", "gazetteer"), ("الغوطة", "gh", "PLACE", "gazetteer"),
        ("قاعدة حميميم", "hmeimim", "FACILITY"), ("كفر زيتا", "kz", "PLACE", "gazetteer"),
    ])


def _found(m: DictionaryMatcher, text: str) -> list[tuple[str, str]]:
    t = normalize(text)
    return [(t[x.start:x.end], x.entries[0].id) for x in m.match(t)]


def test_matcher_accepts_proclitics(matcher):
    got = _found(matcher, "بدوما ولجيش الإسلام والنظام للنظام بالغوطة الشرقية")
    assert ("دوما", "douma") in got
    assert ("جيش الاسلام", "jai") in got
    assert ("النظام", "gov") in got
    assert ("نظام", "gov") in got            # للنظام = ل + النظام
    assert ("الغوطه الشرقيه", "eg") in got   # longest match, not الغوطة


def test_matcher_token_boundaries(matcher):
    # inside a longer word, or a bare stem without its article: no match
    assert _found(matcher, "دومانا النظامية نظام مستدوما") == []
    # hashtags: "_" separates words
    assert _found(matcher, "#جيش_الإسلام") == [("جيش_الاسلام", "jai")]


def test_matcher_space_variants(matcher):
    assert _found(matcher, "في كفر بطنا و كفربطنا") == [("كفر بطنا", "kb1"), ("كفربطنا", "kb1")]
    assert _found(matcher, "بلدة كفرزيتا") == [("كفرزيتا", "kz")]


def test_matcher_fuzzy_fallback(matcher):
    t = normalize("القناة المركزية لقاعدة حمييم العسكرية")
    assert matcher.match(t) == []
    fz = matcher.fuzzy_match(t)
    assert [(t[x.start:x.end], x.entries[0].id) for x in fz] == [("قاعده حمييم", "hmeimim")]
    # two edits, or a misspelt head word: nothing
    assert matcher.fuzzy_match(normalize("قاعدة حمي")) == []
    assert matcher.fuzzy_match(normalize("قاعد حميميم")) == []


def test_matcher_heads_found_in_the_match_pass(matcher):
    """match_with_heads finds the fuzzy fallback's head words in the same automaton pass: the
    same matches as match(), and fuzzy_match given those heads finds what it finds alone."""
    t = normalize("قال جيش الإسلام إن قاعدة حمييم ولقاعدة حميمم و قاعدةحميميم بدوما جيش الاسلامي")
    got, heads = matcher.match_with_heads(t)
    assert got == matcher.match(t)
    assert all(t[e - len(h):e] == h for e, h in heads)
    # "جيش" twice (also inside "جيش الإسلام"), "قاعدة" twice (not in "قاعدةحميميم": no word end)
    assert [h for _e, h in heads] == ["جيش", "قاعده", "قاعده", "جيش"]
    covered = bytearray(len(t) + 1)
    for m in got:
        covered[m.start:m.end] = b"\x01" * (m.end - m.start)
    with_heads = matcher.fuzzy_match(t, covered, heads)
    assert with_heads == matcher.fuzzy_match(t, covered)
    assert [(t[x.start:x.end], x.prefix) for x in with_heads] == [
        ("قاعده حمييم", ""), ("قاعده حميمم", "ول"), ("جيش الاسلامي", "")]


def test_matcher_key_shared_by_a_name_and_an_article_less_variant():
    """"نظام" is one name's own key and another's form without its article: bare, only the
    first; after "لل" (ل + the article with its alef dropped), both, the exact form first."""
    m = DictionaryMatcher([("النظام", "gov", "STATE_FORCES"), ("نظام", "sys", "ORG")])
    t = normalize("نظام للنظام")
    got = m.match(t)
    assert [(t[x.start:x.end], [e.id for e in x.entries], x.rank) for x in got] == [
        ("نظام", ["sys"], 0), ("نظام", ["gov", "sys"], 0)]
    assert [e.kind for e in got[1].entries] == ["no_article", "exact"]


def test_gc_paused_restores_the_collector():
    import gc

    from rasd.knowledge.resources import gc_paused

    assert gc.isenabled()
    with gc_paused():
        assert not gc.isenabled()
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()          # the inner one leaves it to the outer one
    assert gc.isenabled()
    with pytest.raises(ValueError), gc_paused():
        raise ValueError("a loader failed")
    assert gc.isenabled()
    gc.disable()
    try:
        with gc_paused():
            pass
        assert not gc.isenabled()          # a caller that turned it off keeps it off
    finally:
        gc.enable()


def test_edit_distance():
    assert edit_distance_le1("حميميم", "حمييم")
    assert edit_distance_le1("abc", "abd") and edit_distance_le1("abc", "abc")
    assert not edit_distance_le1("abc", "cba")


# ----------------------------------------------------------------------------- samples

def test_sample_000_people_roles_and_short_forms(res):
    an = run(sample("000_91baa5340ac027c7.txt"), res, "000")
    p = persons(an)
    hamza = p[normalize("حمزة بيرقدار")]
    assert any(m.role and "الناطق باسم" in m.role and m.org_id == "jaysh-al-islam" for m in hamza)
    ali = p[normalize("علي عبد الباقي")][0]
    assert "رئيس هيئة الأركان" in ali.role and ali.org_id == "jaysh-al-islam"
    assert p[normalize("ياسر دلوان")][0].org_id == "jaysh-al-islam"
    assert "قائد" in p[normalize("عصام بويضاني")][0].role
    assert normalize("معاوية البقاعي") in p and normalize("رامي عبد الرحمن") in p
    # surname alone links to the full name
    assert any(m.source == "coref" for m in p[normalize("بيرقدار")])
    assert {m.entity_id for m in p[normalize("بيرقدار")]} == {hamza[0].entity_id}
    # KB short forms resolve only to entities named in the page
    shorts = {(m.surface, m.entity_id) for m in an.mentions if m.source == "coref" and m.type != "PERSON"}
    assert ("الفيلق", "faylaq-al-rahman") in shorts
    assert ("جيشكم", "jaysh-al-islam") in shorts
    assert {"jabhat-al-nusra", "isis", "syria-gov-forces", "russia"} <= ids(an)
    ent = an.entities[hamza[0].entity_id]
    assert ent.type == "PERSON" and "jaysh-al-islam" in ent.links.get("spokesman_of", [])
    # "اللواء الأول" is not read as the rank اللواء + a name
    assert not any("الاول" in k for k in p)


def test_sample_001_media_orgs_handles_and_fuzzy(res):
    text = sample("001_ccd135a118f501bf.txt")
    an = run(text, res, "001")
    p = persons(an)
    maria = p[normalize("ماريا زاخاروفا")][0]
    assert "المتحدثة باسم" in maria.role and maria.org_id == "russian-foreign-ministry"
    assert {m.entity_id for m in p[normalize("زاخاروفا")]} == {maria.entity_id}
    omran = p[normalize("عمران أبو سلوم")][0]
    assert omran.org_id == "ana-press" and "مراسل" in omran.role
    orgs = {normalize(m.surface): m for m in an.mentions if m.type == "ORGANIZATION"}
    for name in ("مكتب إعلاميي دمشق وريفها", "شبكة مراسلي ريف دمشق"):
        org = orgs[normalize(name)]
        # the place inside an organisation name is not also a place mention
        assert not any(m.type == "PLACE" and org.start <= m.start < org.end for m in an.mentions)
    # the person entity keeps the Twitter handle, written as in the page
    hamza_ids = {m.entity_id for m in p[normalize("حمزة بيرقدار")]}
    assert len(hamza_ids) == 1
    assert "@HA_alshami05" in an.entities[hamza_ids.pop()].aliases
    # "حمييم" (sic) links to قاعدة حميميم by the edit-distance fallback
    hm = [m for m in an.mentions if m.entity_id == "hmeimim"]
    assert hm and text[hm[0].start:hm[0].end].startswith("قاعدة حمييم")
    assert any(m.entity_id == "g:kafr-batna" for m in an.mentions)
    media = {normalize(m.surface) for m in an.mentions if m.type == "MEDIA"}
    assert normalize("سبوتنيك") in media and normalize("أنتر فاكس") in media
    # evidence offsets point at the original text
    for m in an.mentions:
        assert text[m.start:m.end] == m.surface


def test_sample_002_titles_appositions_and_surnames(res):
    an = run(sample("002_29f99f87ebbf2940.txt"), res, "002")
    p = persons(an)
    assert p[normalize("أحمد المصري")][0].role == "الرائد"
    najjar = p[normalize("حسام نجار")][0]
    assert najjar.role == "الخبير السياسي"
    assert {m.entity_id for m in p[normalize("النجار")]} == {najjar.entity_id}


def test_sample_004_anonymous_source_kunya_and_short_forms(res):
    an = run(sample("004_b8a14208eb9c10a6.txt"), res, "004")
    anon = [m for m in an.mentions if m.surface == "ق.م"]
    assert len(anon) == 2 and len({m.entity_id for m in anon}) == 1
    assert anon[0].entity_id.startswith("doc:004:")
    assert anon[0].role.startswith("المنتمي سابقاً") and anon[0].org_id == "hts"
    p = persons(an)
    assert normalize("أبو حفص الأردني") in p
    assert p[normalize("عبد الله عزام")][0].role == "الشيخ"
    assert any(m.surface == "الهيئة" and m.entity_id == "hts" for m in an.mentions)
    assert "interpol" in ids(an)


def test_same_person_across_documents_is_one_entity(res):
    a = run(sample("000_91baa5340ac027c7.txt"), res, "000")
    b = run(sample("001_ccd135a118f501bf.txt"), res, "001")
    ida = {m.entity_id for m in persons(a)[normalize("حمزة بيرقدار")]}
    idb = {m.entity_id for m in persons(b)[normalize("حمزة بيرقدار")]}
    assert ida == idb and len(ida) == 1 and ida.pop().startswith("person:")
    c = run(sample("002_29f99f87ebbf2940.txt"), res, "002")
    d = run(sample("003_91ee6903be612cb3.txt"), res, "003")
    assert {m.entity_id for m in persons(c)[normalize("أحمد المصري")]} == \
        {m.entity_id for m in persons(d)[normalize("أحمد المصري")]}


# ----------------------------------------------------------------------------- linking rules

def test_short_form_needs_its_entity_in_the_document(res):
    an = run("وقال الجيش إن الهيئة ستعلن موقفها.", res)
    assert an.mentions == []
    an = run("أعلن جيش الإسلام اليوم موقفه. وقال الجيش الروسي إن الجيش ملتزم.", res)
    got = [(m.surface, m.entity_id) for m in an.mentions]
    assert ("الجيش", "jaysh-al-islam") in got
    # "الجيش الروسي" is another noun phrase, not the short form
    assert sum(1 for s, _ in got if s == "الجيش") == 1


def test_ner_spans_fill_gaps_and_never_override():
    ner = FakeNer([("خالد العمر", "PERS", 0.9), ("جيش الإسلام", "ORG", 0.9), ("تلبيسة", "LOC", 0.8),
                   ("لواء الفاروق", "ORG", 0.7), ("سامر", "PERS", 0.95), ("منبج", "LOC", 0.3)])
    r = FixtureResources(ner)
    an = run("قال خالد العمر إن جيش الإسلام ولواء الفاروق دخلا تلبيسة وسامر في منبج.", r, "n1")
    by = {m.surface: m for m in an.mentions}
    assert by["خالد العمر"].entity_id == "person:" + "خالد-عمر" and by["خالد العمر"].source == "ner"
    assert by["جيش الإسلام"].source == "kb"
    assert by["لواء الفاروق"].type == "ARMED_GROUP" and by["لواء الفاروق"].entity_id.startswith("doc:n1:")
    assert by["تلبيسة"].type == "PLACE" and by["تلبيسة"].entity_id is None
    assert "سامر" not in by and "منبج" not in by     # one-word person, low score


def test_ner_scores_asked_only_for_free_spans_and_min_score_passed():
    asked: dict[str, bool] = {}

    class Recording(FakeNer):
        def predict(self, text, needs_score=None, min_score=0.0):
            asked["min_score"] = min_score
            return super().predict(text, lambda sp: asked.setdefault(sp.text, needs_score(sp)))

    ner = Recording([("جيش الإسلام", "ORG", 0.9), ("الإسلام", "ORG", 0.9), ("خالد العمر", "PERS", 0.9)])
    run("قال خالد العمر إن جيش الإسلام دخل المدينة.", FixtureResources(ner))
    # spans inside a dictionary hit are never scored (their score is never read)
    assert asked["جيش الإسلام"] is False and asked["الإسلام"] is False
    assert asked["خالد العمر"] is True
    assert 0.5 < asked["min_score"] <= 0.6     # no kept NER span scores less than NER_MIN_SCORE


def test_ner_span_starts_are_aligned_with_the_name():
    ner = FakeNer([("تائب عز الدين القسام", "ORG", 0.9), ("للمدينة", "LOC", 0.9), ("لحركة فتح", "ORG", 0.8),
                   ("بالضفة الغربية", "LOC", 0.9), ("بلغاريا", "LOC", 0.9)])
    an = run("قالت كتائب عز الدين القسام للمدينة لحركة فتح بالضفة الغربية في بلغاريا", FixtureResources(ner))
    got = {(m.surface, m.type) for m in an.mentions}
    assert got == {("كتائب عز الدين القسام", "ARMED_GROUP"), ("حركة فتح", "ARMED_GROUP"),
                   ("الضفة الغربية", "PLACE"), ("بلغاريا", "PLACE")}


def test_broken_ner_model_does_not_stop_the_stage():
    class Broken:
        def predict(self, text, needs_score=None, min_score=0.0):
            raise RuntimeError("model file corrupt")

    an = run("قال الناطق باسم جيش الإسلام حمزة بيرقدار إن", FixtureResources(Broken()))
    assert any(m.type == "PERSON" for m in an.mentions)


def test_batch_of_documents_equals_one_at_a_time():
    """find_entities_many (the NER model tags the batch's documents together) gives each
    document the mentions and entities find_entities gives it alone."""
    from dataclasses import asdict

    from rasd.knowledge.ner import MODEL_FILE, NerModel, default_model_dir

    if not (default_model_dir() / MODEL_FILE).exists():
        pytest.skip("packaged NER model not built")
    pages = sorted(SAMPLES.glob("*.txt"))
    if not pages:
        pytest.skip("shared samples not available")
    r = FixtureResources(NerModel.load())
    texts = [p.read_text(encoding="utf-8") for p in pages] + ["", "English only.", "قال خالد العمر في منبج."]
    alone = [run(t, r, f"d{i}") for i, t in enumerate(texts)]
    batch = [Analysis(Document(id=f"d{i}", source="test", text=t)) for i, t in enumerate(texts)]
    find_entities_many(batch, r)
    assert sum(len(a.mentions) for a in alone) > 50
    assert any(m.source == "ner" for a in alone for m in a.mentions)
    for a, b in zip(alone, batch, strict=True):
        assert [asdict(m) for m in b.mentions] == [asdict(m) for m in a.mentions]
        assert {k: asdict(v) for k, v in b.entities.items()} == {k: asdict(v) for k, v in a.entities.items()}


def test_a_batch_the_model_fails_on_falls_back_to_one_document_at_a_time():
    class FailsInBatch(FakeNer):
        def predict_many(self, texts, needs_score=None, min_score=0.0):
            raise RuntimeError("batch failed")

        def predict(self, text, needs_score=None, min_score=0.0):
            if "بيرقدار" in text:
                raise RuntimeError("this document breaks the model")
            return super().predict(text, needs_score, min_score)

    r = FixtureResources(FailsInBatch([("خالد العمر", "PERS", 0.9)]))
    docs = [Analysis(Document(id=f"d{i}", source="test", text=t)) for i, t in enumerate(
        ["قال خالد العمر إن", "قال الناطق باسم جيش الإسلام حمزة بيرقدار إن", "وأضاف خالد العمر أن"])]
    find_entities_many(docs, r)
    assert [[m.source for m in a.mentions if m.source == "ner"] for a in docs] == [["ner"], [], ["ner"]]
    assert any(m.type == "PERSON" for m in docs[1].mentions)   # the rest of the stage still ran


def test_no_arabic_or_mixed_scripts(res):
    assert run((FIX / "mixed.txt").read_text(encoding="utf-8"), res).mentions == []
    assert run("", res).mentions == []
    an = run((FIX / "mixed_scripts.txt").read_text(encoding="utf-8"), res)
    # no person invented from a lone initial, a handle without a name, or Latin words
    assert all(m.type != "PERSON" for m in an.mentions)


# ----------------------------------------------------------------------------- real data

def test_real_resources_on_a_sample():
    from rasd.knowledge.resources import Resources

    real = Resources()
    try:
        kit = entity_kit(real)
    except Exception as exc:  # the KB/gazetteer may be broken while being edited
        pytest.skip(f"real resources not loadable: {exc}")
    if kit.kb is None:
        pytest.skip("no KB")
    an = run(sample("000_91baa5340ac027c7.txt"), real, "000")
    assert any(m.entity_id == "jaysh-al-islam" for m in an.mentions)
    assert any(m.type == "PERSON" and m.role and "الناطق" in m.role for m in an.mentions)


def test_unifiedfc_articles_do_not_crash(res):
    if not UNIFIEDFC.exists():
        pytest.skip("unifiedfc corpus not available")
    n = 0
    for path in sorted(UNIFIEDFC.glob("*.json"))[:8]:
        for text in json.loads(path.read_text(encoding="utf-8"))["article"][:4]:
            an = run(text or "", res, f"u{n}")
            n += 1
            for m in an.mentions:
                assert text[m.start:m.end] == m.surface and m.end > m.start
                assert m.entity_id is None or m.entity_id in an.entities or m.type == "PLACE"
    assert n > 0


# ----------------------------------------------------------------------------- place precision

PRECISION = yaml.safe_load((FIX / "place_precision.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def real():
    from rasd.knowledge.resources import Resources

    r = Resources()
    try:
        kit = entity_kit(r)
    except Exception as exc:  # the KB/gazetteer may be broken while being edited
        pytest.skip(f"real resources not loadable: {exc}")
    if kit.kb is None or kit.gazetteer is None:
        pytest.skip("no KB or gazetteer")
    return r


def _places_and_states(an: Analysis) -> dict[str, list]:
    out: dict[str, list] = {}
    for m in an.mentions:
        if m.type in ("PLACE", "STATE"):
            out.setdefault(normalize(m.surface), []).append(m)
    return out


@pytest.mark.parametrize("case", PRECISION["not_places"], ids=lambda c: c["surfaces"][0])
def test_everyday_words_and_nisba_adjectives_are_not_places(real, case):
    found = _places_and_states(run(case["text"], real))
    for surface in case["surfaces"]:
        assert normalize(surface) not in found, (surface, found.get(normalize(surface)))


@pytest.mark.parametrize("case", PRECISION["countries"], ids=lambda c: c["text"][:20])
def test_country_names_as_nouns_stay_countries(real, case):
    an = run(case["text"], real)
    hits = [m for m in an.mentions if normalize(case["surface"]) in normalize(m.surface) and m.type == case["type"]]
    assert hits, [(m.surface, m.type) for m in an.mentions]
    if case["type"] == "PLACE":
        assert hits[0].entity_id == "cc:SY"


@pytest.mark.parametrize("case", PRECISION["datelines"], ids=lambda c: c["text"][:15])
def test_datelines_are_flagged(real, case):
    an = run(case["text"], real)
    place = next(m for m in an.mentions if m.type == "PLACE" and normalize(m.surface) == normalize(case["place"]))
    assert (place.source == "dateline") is case["dateline"]


def test_real_articles_keep_places_and_drop_everyday_words(real):
    """R-82 #5 (an article on an anarchist: "لعبت دورا", "باللغة الروسية") and R-17 #3 ("لليرة
    التركية", "مدينة سوتشي الروسية") from the development folds."""
    if not UNIFIEDFC.exists():
        pytest.skip("unifiedfc corpus not available")
    from rasd.ingest.clean import clean
    from rasd.pipeline import analyse
    from rasd.records import RawPage

    def places(cid: str, idx: int) -> tuple[str, list]:
        text = json.loads((UNIFIEDFC / f"{cid}.json").read_text(encoding="utf-8"))["article"][idx]
        doc = clean(RawPage(source=f"{cid}#{idx}", text=text, kind="unifiedfc"))
        an = analyse(doc, real, stages=["entities", "places"])
        return doc.text, [m for m in an.mentions if m.type == "PLACE"]

    text, r82 = places("R-82", 5)
    assert not [m for m in r82 if normalize(m.surface) in ("دورا", "روسيه") and m.entity_id]
    assert any(m.entity_id and normalize(m.surface) == "لندن" for m in r82)
    text, r17 = places("R-17", 3)
    # "لليرة التركية", "مدينة سوتشي الروسية": adjectives; "الحدود التركية": Turkey as a place
    assert not [m for m in r17 if normalize(m.surface) in ("تركيه", "روسيه")
                and ("ليرة" in text[m.start - 8:m.start] or "سوتشي" in text[m.start - 10:m.start])]
    assert any(m.entity_id == "cc:TR" and "الحدود" in text[m.start - 10:m.start] for m in r17)
    assert any(m.entity_id == "rasd:sochi" for m in r17)


def test_token_columns_give_the_same_tokens_as_the_text():
    import re

    from rasd.knowledge.patterns import tokenize_norm
    from rasd.text.normalize import normalize_with_map

    text = 'قال "ق.م" لـ وإدلب، بإدلب  (@abc_1) والجيش\nالسوري بالإدارة'
    norm, omap = normalize_with_map(text)
    toks = tokenize_norm(norm, text, omap)
    ref = [(m.start(2), m.end(2), m.group(2), m.group(1)) for m in re.finditer(r"([\W_]*)([^\W_]+)", norm)]
    assert [(t.i, t.start, t.end, t.text, t.gap) for t in toks] == [(i, *r) for i, r in enumerate(ref)]
    assert [t.raw for t in toks] == [text[omap[s]:omap[e - 1] + 1] for s, e, _w, _g in ref]
    hamza = {t.text for t in toks if t.clitic_hamza}
    assert hamza == {normalize("وإدلب"), normalize("بإدلب")}   # not "بالإدارة": the article, not a hamza word
    assert toks[-1] is toks[len(toks) - 1] and [t.text for t in toks[1:3]] == [r[2] for r in ref[1:3]]
    # raw forms only for the words asked for
    some = tokenize_norm(norm, text, omap, {normalize("والجيش")})
    assert [t.raw for t in some if t.raw] == ["والجيش"]
    assert len(tokenize_norm("")) == 0 and list(tokenize_norm(" ، ")) == []
    assert toks.gaps == [r[3] for r in ref]   # the gaps column, cut from the text when read


def test_one_token_scan_picks_each_rules_cue_positions():
    """PatternFinder.find scans the tokens once for scan_forms and each rule picks its own
    forms from the positions found: the same positions as a scan per rule, on real pages."""
    from rasd.knowledge.patterns import _KUNYA, PatternFinder, _picked, _positions, tokenize_norm

    pf = PatternFinder()
    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    for path in sorted(UNIFIEDFC.glob("*.json"))[:2]:
        texts += [t for t in json.loads(path.read_text(encoding="utf-8"))["article"][:20] if t]
    if not texts:
        pytest.skip("needs ../shared (samples, unifiedfc) beside the checkout")
    found = 0
    for text in texts:
        words = tokenize_norm(normalize(text).replace("_", " ")).texts
        at = _positions(words, pf.scan_forms)
        for forms in (pf.cue_forms, _KUNYA, pf.media_forms, pf.org_head_forms):
            assert set(forms) <= pf.scan_forms
            assert _picked(words, at, forms) == _positions(words, forms)
            found += len(_picked(words, at, forms))
    assert found > 20
