"""``is_verb``: the shape rule corrected by the lexicon's exceptions (rasd/data/lexicons/verb_forms.yaml):
"يوم", "يونيو", "بيروت", "الوقت" are no verbs though their shape says so; "أعلن", "وأكد", "شن", "سيتم" are
verbs though it misses them. The clause readers inherit the reading."""

from __future__ import annotations

from importlib import resources

import yaml

from rasd.extract.events.sentences import _opens_date_clause
from rasd.extract.verbs import is_verb, shape_is_verb
from rasd.text.normalize import normalize


def _v(word: str) -> bool:
    return is_verb(normalize(word))


def test_nouns_the_shape_calls_verbs_are_not_verbs() -> None:
    for word in ("يوم", "يونيو", "يناير", "وقت", "الوقت", "بيروت", "الكويت", "صوت", "تحت"):
        assert shape_is_verb(normalize(word)), word      # what the shape alone says
        assert not _v(word), word


def test_verbs_the_shape_misses_are_verbs() -> None:
    for word in ("أعلن", "وأعلن", "أكد", "وأكد", "شن", "سيتم", "كان", "وأضاف"):
        assert not shape_is_verb(normalize(word)), word
        assert _v(word), word


def test_the_shape_stands_where_the_lexicon_has_no_exception() -> None:
    for word in ("قتلت", "يقتل", "استهدفوا", "قتل", "هاجم"):
        assert _v(word), word
    for word in ("مقتل", "الجيش", "قصف", "غارة"):
        assert not _v(word), word
    # imperfectives in ت are left to the shape (the tense rules read them by their context)
    assert _v("تستهدف") == shape_is_verb(normalize("تستهدف"))


def test_the_file_lists_exceptions_only() -> None:
    raw = yaml.safe_load(resources.files("rasd.data").joinpath("lexicons/verb_forms.yaml").read_text("utf-8"))
    nouns, verbs = set(raw["nouns"]), set(raw["verbs"])
    assert not nouns & verbs
    assert all(shape_is_verb(w) for w in nouns) and not any(shape_is_verb(w) for w in verbs)
    assert len(nouns) + len(verbs) < 3000


def test_and_plus_a_verb_opens_a_date_clause_and_plus_a_day_does_not() -> None:
    # "... وأعلن الجيش مقتل 40 مسلحا في 3 نيسان": the announcement's date is its own clause's
    assert _opens_date_clause(normalize("وأعلن"))
    assert _opens_date_clause(normalize("وأكد"))
    # "... ويوم الخميس": "and on Thursday" goes on with the same clause
    assert not _opens_date_clause(normalize("ويوم"))
    assert not _opens_date_clause(normalize("ووقت"))
