"""modality._cue_positions: where each rule's cues start in a sentence (the gate of _own_modality's scans)."""
from rasd.extract.counts import sentence_tokens
from rasd.extract.modality import _cue_positions, _present, modality_of, sentence_cues


def _cues(text: str):
    toks = sentence_tokens(text, 0, len(text))
    return toks, sentence_cues(toks)


def test_positions_are_the_tokens_holding_each_rules_cue() -> None:
    text = "نفى الجيش أن يكون قد قصف القرية وقال إنه سيقصف مواقع المسلحين وطالب بوقف القصف"
    toks, cues = _cues(text)
    where = _cue_positions(cues)
    assert where        # the sentence holds cues (denial, future, demand)
    for name, at in where.items():
        assert at == [k for k, here in enumerate(cues) if name in here]
    assert _present(cues) == frozenset(where)


def test_a_new_cue_list_replaces_the_remembered_one() -> None:
    _toks, first = _cues("نفى الجيش أن يكون قد قصف القرية")
    _toks2, second = _cues("قصف الطيران القرية صباح اليوم")
    assert _cue_positions(first) and _cue_positions(second) == {
        name: [k for k, here in enumerate(second) if name in here] for name in _present(second)}


def test_modality_still_finds_cued_and_actual_triggers() -> None:
    text = "نفى الجيش أن يكون قد قصف القرية وقال إنه سيقصف مواقع المسلحين"
    toks, cues = _cues(text)
    clause = [0] * len(toks)
    got = {modality_of(toks, clause, ti, ti + 1, cues) for ti in range(len(toks))}
    assert "actual" in got and len(got) >= 2
