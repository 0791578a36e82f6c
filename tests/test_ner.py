"""Statistical NER: the packaged CRF model, its tokeniser/decoder, and a tiny training smoke test."""

from __future__ import annotations

from pathlib import Path

import pytest

from rasd.knowledge.ner import (
    MODEL_FILE,
    NerModel,
    bio_spans,
    default_model_dir,
    propagate_labels,
    tokenize,
    tokenize_with_offsets,
)
from rasd.knowledge.ner_train import _fix_label, document_split, read_anercorp, score, train
from rasd.text.tokens import strip_proclitics

ROOT = Path(__file__).resolve().parents[1]
NER_DATA = ROOT.parent / "shared" / "data" / "ner"
SAMPLES = ROOT.parent / "shared" / "samples"

needs_model = pytest.mark.skipif(
    not (default_model_dir() / MODEL_FILE).exists(), reason="packaged NER model not built"
)


@pytest.fixture(scope="module")
def model() -> NerModel:
    return NerModel.load()


@needs_model
def test_finds_person_and_place_with_exact_offsets(model: NerModel) -> None:
    text = "قال الرئيس السوري بشار الأسد في دمشق إن الحرب لم تنته."
    spans = model.predict(text)
    got = {(s.type, s.text) for s in spans}
    assert ("PERS", "بشار الأسد") in got
    assert ("LOC", "دمشق") in got
    for s in spans:
        assert text[s.start : s.end] == s.text
        assert 0.0 < s.score <= 1.0


@needs_model
def test_glued_preposition_is_trimmed_from_known_place(model: NerModel) -> None:
    text = "وقعت اشتباكات عنيفة بدمشق وحلب أمس."
    locs = [s for s in model.predict(text) if s.type == "LOC"]
    assert "دمشق" in {s.text for s in locs}
    for s in locs:
        assert text[s.start : s.end] == s.text


@needs_model
def test_no_arabic_gives_nothing(model: NerModel) -> None:
    assert model.predict("") == []
    assert model.predict("President Bashar al-Assad spoke in Damascus on Monday.") == []
    assert model.predict("2018 - 12 - 01 , 15:30") == []


@needs_model
def test_mixed_script_offsets_slice_original(model: NerModel) -> None:
    text = "ذكرت وكالة Reuters أن الأمين العام للأمم المتحدة أنطونيو غوتيريش زار بيروت\u200f، ثم عاد إلى نيويورك."
    spans = model.predict(text)
    assert spans, "expected at least one entity"
    for s in spans:
        assert text[s.start : s.end] == s.text
        assert s.type in {"PERS", "LOC", "ORG", "MISC"}
    assert "PERS" in {s.type for s in spans}


@needs_model
def test_real_sample_pages_run_and_slice(model: NerModel) -> None:
    pages = sorted(SAMPLES.glob("*.txt"))
    if not pages:
        pytest.skip("no shared samples")
    for page in pages:
        text = page.read_text(encoding="utf-8")
        spans = model.predict(text)
        assert spans, page.name
        for s in spans:
            assert text[s.start : s.end] == s.text


@needs_model
def test_numpy_decoder_matches_crfsuite_on_sample_pages(model: NerModel) -> None:
    """predict() decodes with CrfDecoder; it must give crfsuite's own Viterbi path and marginals."""
    from rasd.text.sentences import split_sentences

    pages = sorted(SAMPLES.glob("*.txt"))
    if not pages:
        pytest.skip("no shared samples")
    tagger = model._tagger
    checked = 0
    for page in pages:
        text = page.read_text(encoding="utf-8")
        sents = [tokenize(text, s.start, s.end) for s in split_sentences(text)]
        sents = [s for s in sents if s]
        plain, _ = model.tag_document(sents)
        for toks, labs in zip(sents, plain, strict=True):
            feats = model.features.sentence(toks)
            assert labs == list(tagger.tag(feats))
            checked += 1
        words = [[model._word(t) for t in s] for s in sents]
        labels, decoded = model._decode(words)
        group = model._groups(decoded[2])[0]      # the longest sentences first
        em, lens = model._padded(decoded, group)
        margs = model.decoder.marginals(em, lens, [labels[i] for i in group])
        for pos, i in enumerate(group.tolist()[:20]):
            tagger.set(model.features.sentence(sents[i]))
            for k, lab in enumerate(labels[i]):
                assert margs[pos][k] == pytest.approx(tagger.marginal(lab, k), abs=1e-4)
    assert checked > 50


def test_tokenize_matches_tokenize_with_offsets() -> None:
    text = "قال‏ مُحَمَّد ، في «حلب» ؟ ـ 2018"
    assert tokenize(text) == [t[2] for t in tokenize_with_offsets(text)]


def test_tokenizer_keeps_offsets_and_splits_arabic_punctuation() -> None:
    text = "مُحَمَّد، في «حلب»؟"
    toks = tokenize_with_offsets(text)
    assert [t[2] for t in toks] == ["مُحَمَّد", "،", "في", "«", "حلب", "»", "؟"]
    for a, b, tok in toks:
        assert text[a:b] == tok


def test_bio_spans_conll_style() -> None:
    assert bio_spans(["B-PERS", "I-PERS", "O", "I-LOC", "B-LOC", "I-ORG"]) == [
        (0, 2, "PERS"),
        (3, 4, "LOC"),
        (4, 5, "LOC"),
        (5, 6, "ORG"),
    ]


def test_propagation_tags_repeated_surname_only_when_untagged() -> None:
    norms = [["قال", "شينزو", "ابيه", "امس"], ["واضاف", "ابيه", "ان"], ["وابيه", "هو"]]
    labels = [["O", "B-PERS", "I-PERS", "O"], ["O", "O", "O"], ["O", "O"]]
    out = propagate_labels(norms, labels, {})
    assert out[1] == ["O", "B-PERS", "O"]
    assert out[2] == ["B-PERS", "O"]
    assert out[0] == labels[0]


def test_propagation_uses_majority_type_and_skips_common_words() -> None:
    norms = [
        ["زار", "صلاح", "الدين", "حلب"],
        ["حلب", "مدينة"],
        ["في", "حلب", "و", "الدين"],
        ["ثم", "حلب"],
    ]
    labels = [["O", "B-PERS", "I-PERS", "B-LOC"], ["B-LOC", "O"], ["O", "O", "O", "O"], ["O", "B-ORG"]]
    # "حلب": LOC twice, ORG once -> LOC; "الدين" is an ordinary word: not propagated alone
    out = propagate_labels(norms, labels, {}, common={strip_proclitics("الدين")})
    assert out[2] == ["O", "B-LOC", "O", "O"]
    assert out[3] == labels[3]   # a tagged token is never relabelled
    # without a strict majority nothing is propagated
    labels[0] = ["O", "B-PERS", "I-PERS", "O"]   # now LOC once, ORG once
    out = propagate_labels(norms, labels, {}, common={strip_proclitics("الدين")})
    assert out[2] == ["O", "O", "O", "O"]


def test_entity_score_is_exact_span_and_type() -> None:
    gold = [["B-PERS", "I-PERS", "O", "B-LOC"]]
    pred = [["B-PERS", "O", "O", "B-LOC"]]
    sc = score(gold, pred)
    assert sc["LOC"]["f1"] == 1.0
    assert sc["PERS"]["f1"] == 0.0
    assert sc["micro"]["p"] == 0.5 and sc["micro"]["r"] == 0.5


def test_aqmar_label_mapping() -> None:
    assert _fix_label("B-PER") == "B-PERS"
    assert _fix_label("I--ORG") == "I-ORG"
    assert _fix_label("B-MIS1`") == "B-MISC"
    assert _fix_label("B-MISS1") == "B-MISC"
    assert _fix_label("B-ENGLISH") == "O"
    assert _fix_label("OO") == "O"


@pytest.mark.skipif(not NER_DATA.exists(), reason="shared NER data not present")
def test_document_split_and_tiny_training(tmp_path: Path) -> None:
    sents = read_anercorp(NER_DATA / "anercorp" / "ANERCorp")
    parts = document_split(sents)
    sizes = {k: sum(len(s[0]) for s in v) for k, v in parts.items()}
    assert sum(sizes.values()) == sum(len(s[0]) for s in sents)
    assert 0.12 < sizes["test"] / sum(sizes.values()) < 0.2
    # contiguous: test is the tail of the corpus, in order
    assert parts["test"][-1] == sents[-1] and parts["train"][0] == sents[0]

    from rasd.knowledge.ner import FeatureExtractor

    fx = FeatureExtractor({"دمشق": frozenset({"LOC"})}, {"الرئيس": "PT"})
    small = parts["train"][:200]
    path = tmp_path / "tiny.crfsuite"
    train(small, fx, path, max_iter=30)
    m = NerModel.load(str(path))
    text = "وصل الرئيس إلى دمشق أمس."
    for s in m.predict(text):
        assert text[s.start : s.end] == s.text


@needs_model
def test_scores_only_for_the_spans_a_caller_reads(model: NerModel) -> None:
    """``needs_score`` skips the marginals of spans the caller will not read: the same spans and
    labels, the same scores where asked for, NaN for the tagger's other spans."""
    import math

    text = (SAMPLES / "000_91baa5340ac027c7.txt").read_text(encoding="utf-8") if SAMPLES.exists() else ""
    if not text:
        pytest.skip("no shared samples")
    full = model.predict(text)
    none = model.predict(text, lambda sp: False)
    some = model.predict(text, lambda sp: sp.type == "LOC")
    assert [(s.start, s.end, s.type) for s in none] == [(s.start, s.end, s.type) for s in full]
    assert [(s.start, s.end, s.type) for s in some] == [(s.start, s.end, s.type) for s in full]
    assert any(math.isnan(s.score) for s in none)
    for a, b, c in zip(full, none, some, strict=True):
        assert math.isnan(b.score) or b.score == a.score == 0.5   # propagated spans keep their fixed score
        if c.type == "LOC" or not math.isnan(c.score):
            assert c.score == a.score


def test_word_normaliser_is_normalize() -> None:
    from rasd.text.normalize import normalize, normalize_word

    for cp in range(0x110000):
        c = chr(cp)
        assert normalize_word(c) == normalize(c), hex(cp)
    for w in ("والمعارضة", "الأسد", "مُحَمَّد", "Reuters", "ΣΟΦΙΑΣ", "٢٠١٨", "إٍسلام"):
        assert normalize_word(w) == normalize(w)


@needs_model
def test_cached_word_blocks_equal_the_attribute_sums(model: NerModel) -> None:
    """A word's cached 5 x K block (one gather and sum over its attributes' blocks) is exactly
    what word_features' five attribute lists weigh through CrfDecoder.vector."""
    import numpy as np

    pages = sorted(SAMPLES.glob("*.txt"))
    if not pages:
        pytest.skip("no shared samples")
    toks = sorted({t for p in pages for t in tokenize(p.read_text(encoding="utf-8"))})
    fresh = NerModel(model._tagger, model.features.clone())
    words = fresh._lookup([toks])[0]
    for tok, w in zip(toks, words, strict=True):
        _n, feats, _heads = model.features.word_features(tok)
        ref = np.stack([model.decoder.vector(f) for f in feats])
        assert np.array_equal(fresh._blocks[:, w[3]], ref), tok


@needs_model
def test_token_rows_give_the_emissions_of_the_word_lists(model: NerModel) -> None:
    """predict_many's path (every token's block row in one pass, the padded layout built in
    numpy) gives the same emission rows, sentence starts and lengths as the word lists, from a
    cold cache and from a warm one."""
    import numpy as np

    from rasd.text.sentences import split_sentences

    pages = sorted(SAMPLES.glob("*.txt"))
    if not pages:
        pytest.skip("no shared samples")
    sents = []
    for page in pages:
        text = page.read_text(encoding="utf-8")
        sents += [t for s in split_sentences(text) if (t := tokenize(text, s.start, s.end))]
    ref = model._emissions(model._lookup(sents))
    for fresh in (NerModel(model._tagger, model.features.clone()), model):
        got = fresh._emissions_of(*fresh._token_rows(sents))
        for a, b in zip(ref, got, strict=True):
            assert np.array_equal(a, b)
    # the multi-word gazetteer labels were exercised (their rows differ from the word sums)
    assert any(model._has_heads[w[3]] for s in model._lookup(sents) for w in s)


@needs_model
def test_min_score_above_propagated_score_leaves_out_only_propagated_spans(model: NerModel, samples_dir) -> None:
    from rasd.knowledge.ner import PROPAGATED_SCORE

    text = (samples_dir / "000_91baa5340ac027c7.txt").read_text(encoding="utf-8")
    every = model.predict(text)
    propagated = [s for s in every if s.score == PROPAGATED_SCORE]
    assert propagated, "the sample should have names tagged only by propagation"
    assert model.predict(text, min_score=PROPAGATED_SCORE + 0.1) == [s for s in every if s.score != PROPAGATED_SCORE]
    assert model.predict(text, min_score=PROPAGATED_SCORE) == every


def _spans(spans) -> list[tuple]:
    """Spans as comparable tuples (a NaN score, not computed, compares equal to NaN)."""
    import math

    return [(s.start, s.end, s.type, s.text, "nan" if math.isnan(s.score) else s.score) for s in spans]


@needs_model
def test_batched_prediction_equals_one_document_at_a_time(model: NerModel, monkeypatch) -> None:
    """predict_many decodes the sentences of several documents together (in groups padded to
    a bounded size): the spans and scores of each document are those predict gives it alone,
    with or without needs_score, whatever the group size."""
    import rasd.knowledge.ner as ner

    pages = sorted(SAMPLES.glob("*.txt"))
    if not pages:
        pytest.skip("no shared samples")
    texts = [p.read_text(encoding="utf-8") for p in pages]
    # documents of very different lengths, and some with nothing to tag
    texts += ["", "No Arabic here.", "وصل الرئيس بشار الأسد إلى دمشق.", texts[0][:300],
              texts[-1][: len(texts[-1]) // 2]]
    texts = texts[1::2] + texts[::2]    # short and long ones mixed
    assert len({len(t) for t in texts}) > 5
    asks = [None if k % 3 == 0 else (lambda sp: sp.type == "LOC") if k % 3 == 1 else (lambda sp: False)
            for k in range(len(texts))]
    alone = [_spans(model.predict(t, a)) for t, a in zip(texts, asks, strict=True)]
    assert sum(map(len, alone)) > 20
    assert [_spans(x) for x in model.predict_many(texts, asks)] == alone
    assert [_spans(x) for x in model.predict_many(texts)] == [_spans(model.predict(t)) for t in texts]
    # tiny groups: many padded batches per call, one sentence each for the long ones
    monkeypatch.setattr(ner, "_GROUP_CELLS", 64)
    assert [_spans(x) for x in model.predict_many(texts, asks)] == alone
    assert model.predict_many([]) == []


@needs_model
def test_arabic_word_rows_equal_the_attribute_string_rows(model: NerModel) -> None:
    """_add_words reads an all-Arabic word's block rows by attribute kind from its affixes: the
    same rows, in the same order, as looking up FeatureExtractor._attrs' attribute strings
    (the sample pages' words, and every gazetteer, cue and cluster word for the rarer kinds)."""
    from rasd.knowledge.ner import _arabic_word
    from rasd.text.normalize import normalize_word

    fx = model.features
    toks = {t for p in sorted(SAMPLES.glob("*.txt")) for t in tokenize(p.read_text(encoding="utf-8"))}
    toks |= set(fx.single) | set(fx.cues) | set(fx.clusters) | {"و", "ال", "لل", "بال", "ولل", "الا", "ابو"}
    get = model.decoder.block_rows.get
    checked = 0
    for tok in sorted(toks):
        if not _arabic_word(tok):
            continue
        n, base, own, heads, stem = fx._attrs(tok)
        assert model._arabic_rows(normalize_word(tok)) == ([r for r in map(get, base + own) if r], heads, stem), tok
        assert stem == strip_proclitics(n), tok
        checked += 1
    assert checked > 1000


def test_batch_word_normaliser_is_word_normaliser() -> None:
    from rasd.text.normalize import normalize_word, normalize_words

    words = ["والمعارضة", "الأسد", "مُحَمَّد", "Reuters", "ΣΟΦΙΑΣ", "ΣΑΣ", "Σ", "٢٠١٨", "İstanbul", "ـ", "\u200f", "", "a\nb", "،"]
    assert normalize_words(words) == [normalize_word(w) for w in words]
    assert normalize_words([]) == [] and normalize_words([""]) == [""]
    # a long join (100 characters or more) goes through normalize's passes, not the table: the same words,
    # every character normalize changes among them
    from rasd.text.normalize import _CHANGE

    long = [w for w in words if "\n" not in w] * 8 + ["".join(sorted(_CHANGE)), "x" + "".join(sorted(_CHANGE)) + "Σ"]
    assert len("\n".join(long)) >= 100
    assert normalize_words(long) == [normalize_word(w) for w in long]


def test_doc_runs_cut_sentences_at_each_change_of_document() -> None:
    from rasd.knowledge.ner_train import doc_runs

    assert list(doc_runs([0, 0, 1, 2, 2, 2])) == [(0, 2), (2, 3), (3, 6)]
    assert list(doc_runs([])) == []


def test_tokenize_fast_path_equals_the_regex() -> None:
    """tokenize takes a space-separated chunk of letters and digits as one token and runs
    TOKEN_RE only over the other chunks: the same tokens as the regex over the whole range
    (_tokenize_regex), on whole pages, on their sentences and on awkward cases."""
    from analysed import real_texts

    from rasd.knowledge.ner import _tokenize_regex
    from rasd.text.sentences import split_sentences

    if not SAMPLES.is_dir():
        pytest.skip("needs ../shared (samples, unifiedfc) beside the checkout")
    texts = real_texts(SAMPLES, 60)
    assert len(texts) >= 5
    texts += ["مُحَمَّد_علي", "ـ", "الـ ـ جيش", "قال ـ  \u200fالرئيس\u200f : «نعم»!", "a_b __ _x", "١٢٣،٤ 3.5",
              "\u200f", "word\u200cword \u200d", "Reuters' U.S.-led", "x\u0651 \u0651x", "", "  \n\t ",
              "\u00a0نص\u2003آخر\u3000", "سوريا\u202cاليوم"]
    for text in texts:
        assert tokenize(text) == _tokenize_regex(text), text[:80]
        for s in split_sentences(text):
            assert tokenize(text, s.start, s.end) == _tokenize_regex(text, s.start, s.end)
        assert tokenize(text, 3, len(text) - 2) == _tokenize_regex(text, 3, len(text) - 2)


@needs_model
def test_model_weights_read_from_the_dump_as_pycrfsuite_reads_them(model):
    """model_weights (one regex pass over the text dump) gives every transition and
    state-feature weight of pycrfsuite's own parser (Tagger.info), in the same order (the
    decoder's rows follow it)."""
    from rasd.knowledge.ner import CrfWeights, model_weights

    fast, slow = model_weights(model._tagger), model._tagger.info()
    assert isinstance(fast, CrfWeights)
    assert list(fast.transitions.items()) == list(slow.transitions.items())
    assert list(fast.state_features.items()) == list(slow.state_features.items())
    assert len(fast.state_features) > 10_000 and len(fast.transitions) > 10   # not two empty readings
