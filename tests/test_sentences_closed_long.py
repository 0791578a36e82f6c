"""A long sentence that a stop closes is not cut at its last comma (the cut left a clause's
second half without its subject, date or verb); runs without a stop are still bounded."""

from __future__ import annotations

from rasd.text.sentences import MAX_CLOSED_SENTENCE, MAX_SENTENCE, split_sentences

# a lead of chained clauses: subject and date, then the object of the taking after a comma
_HEAD = "صورة أرشيفية " * 40
_LEAD = ("سيطرت قوات المعارضة على بلدة الزارة , اليوم الخميس , على أطراف المدينة الشمالية "
         "في ظل تواصل الاشتباكات العنيفة بين الطرفين في الأحياء المتبقية من البلدة .")


def _parts(t: str) -> list[str]:
    return [t[s.start:s.end] for s in split_sentences(t)]


def test_closed_sentence_over_600_is_kept_whole() -> None:
    t = _HEAD + _LEAD + "\nوقال ناشطون إن المعارك مستمرة ."
    assert MAX_SENTENCE < len(_HEAD + _LEAD) <= MAX_CLOSED_SENTENCE
    parts = _parts(t)
    assert parts[0] == (_HEAD + _LEAD).strip()
    assert parts[1] == "وقال ناشطون إن المعارك مستمرة ."


def test_closed_sentence_with_closing_quote_is_kept_whole() -> None:
    t = _HEAD + _LEAD[:-1] + ".»"
    assert _parts(t) == [t.strip()]


def test_unclosed_run_is_still_cut_at_the_limit() -> None:
    t = _HEAD + _LEAD[:-1] + " وتابعت"      # no stop: a page without punctuation
    parts = _parts(t)
    assert len(parts) == 2 and all(len(p) <= MAX_SENTENCE for p in parts)


def test_closed_run_over_the_loose_limit_is_cut() -> None:
    t = "كلمة , " * 200 + "انتهى ."
    assert len(t) > MAX_CLOSED_SENTENCE
    parts = _parts(t)
    assert len(parts) >= 2 and max(map(len, parts)) <= MAX_SENTENCE


def test_long_sentence_is_cut_where_a_new_clause_starts() -> None:
    # a comma before "و + verb" opens a new clause: the cut stays there (later stages date it from the
    # sentence before, as they did); the commas before "اليوم" and "على" are passed over
    first = _HEAD + "وقصف الطيران الحربي بلدة الزارة , اليوم الخميس"
    t = first + " , وواصل غاراته على ريف حماة , على أطراف المدينة ."
    assert len(t) > MAX_SENTENCE and len(first) > MAX_SENTENCE // 2
    assert _parts(t) == [first.strip() + " ,", "وواصل غاراته على ريف حماة , على أطراف المدينة ."]


def test_comma_before_a_preposition_is_not_a_cut() -> None:
    t = _HEAD + "تقدمت القوات , صباح اليوم , نحو البلدة , على الطريق الدولي وسط اشتباكات عنيفة مع عناصر التنظيم ."
    assert len(t) > MAX_SENTENCE
    assert _parts(t) == [t]


def test_closed_run_without_commas_is_still_cut() -> None:
    # glued items ("| |") with no comma near the limit are no sentence of chained clauses: cut at a space as before
    t = "ادلب | | قصف عنيف على البلدة وأصوات انفجارات " * 16 + "."
    assert MAX_SENTENCE < len(t) <= MAX_CLOSED_SENTENCE
    assert max(map(len, _parts(t))) <= MAX_SENTENCE
