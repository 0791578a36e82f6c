"""Speed paths of session 25 (speedev): each gives the answer of the code it replaced, on real sentences.

- sentences._sentences runs the trigger automaton once over the page and asks ``_trigger_tokens`` only for
  a sentence with a match inside it (was: the automaton per sentence, every sentence asked).
- sentences._join_date_clauses finds the tokens outside every date by bisections mapped in C (was: a
  Python loop per token).
- places._country_container visits only the tokens ``_unplaced_heads`` lists (was: every token of the
  sentence asked ``_unplaced_head``).
- background._archive_caption_spans tests the credits with one ``startswith`` on the cached form."""

from __future__ import annotations

import bisect

from analysed import analyse_text

from rasd.extract.events import places, sentences
from rasd.extract.events.background import _archive_caption_spans
from rasd.extract.events.lexicons import lexicon
from rasd.extract.events.places import _unplaced_head, _unplaced_heads
from rasd.extract.events.sentences import _page_norm, _sentences, _trigger_tokens
from rasd.text.sentences import split_sentences

TEXTS = [
    "قتل 17 شخصا أمس جراء هجوم مسلح على بوابة أمنية في مدينة كرماشة وسط ليبيا .\nوقال المتحدث إن الوضع هادئ .",
    "لقي خمسة جنود مصرعهم أمس جراء انفجار عبوة ناسفة في مقاطعة كرماشة القبلية شمال غرب باكستان .",
    "مقتل 21 من عناصر داعش أمس في اشتباكات مسلحة مع الجيش في تلال كرماشة العراقية . الطقس معتدل اليوم .",
    "ووصلت إلى الشمال، أمس الإثنين، قافلة من المهجرين . وقصفت الطائرات بلدة داعل بتاريخ 21 - 11 - 2013 .",
]


def test_trigger_tokens_asked_only_where_the_page_automaton_matched() -> None:
    read = []
    for text in [*TEXTS, "\n".join(TEXTS)]:
        norm, offs = _page_norm(text)
        got = [s.trigger_at for s in _sentences(text, [], [], [], [])]
        want = [_trigger_tokens(text, norm, offs, sp) or [] for sp in split_sentences(text)]
        assert got == want
        read += got
    assert any(read) and not all(read)    # sentences with and without a trigger word


def _join_by_loop(clause, toks, dates):
    """sentences._join_date_clauses as it was: a bisection per token."""
    if not dates or not toks:
        return clause
    spans = sorted((d.start, d.end) for d in dates)
    d_starts = [a for a, _b in spans]
    reach = []
    for _a, b in spans:
        reach.append(max(reach[-1], b) if reach else b)
    outside = set()
    for k, t in enumerate(toks):
        i = bisect.bisect_right(d_starts, t.start)
        if not i or reach[i - 1] < t.end:
            outside.add(clause[k])
    date_only = set(clause) - outside
    if not date_only:
        return clause
    out = [0]
    for k in range(1, len(toks)):
        same = clause[k] == clause[k - 1] or clause[k] in date_only or clause[k - 1] in date_only
        out.append(out[-1] if same else out[-1] + 1)
    return out


def test_join_date_clauses_is_the_loop(monkeypatch) -> None:
    fast = sentences._join_date_clauses
    joined: list[bool] = []

    def checked(clause, toks, dates):
        got = fast(clause, toks, dates)
        assert got == _join_by_loop(clause, toks, dates)
        joined.append(got != clause)
        return got

    monkeypatch.setattr(sentences, "_join_date_clauses", checked)
    for text in TEXTS:
        analyse_text(text, "2015-01-03")
    assert True in joined      # "، أمس الإثنين،": the commas around the date were joined


def test_country_container_visits_every_head(monkeypatch) -> None:
    fast = places._country_container
    seen: list[int] = []

    def checked(c, lex, ctx):
        s = c.sent
        heads = _unplaced_heads(s, lex)
        want = [k for k in range(len(s.tokens)) if _unplaced_head(s, k, lex) >= 0]
        assert set(want) <= set(heads) and heads == sorted(heads)
        seen.extend(want)
        return fast(c, lex, ctx)

    monkeypatch.setattr(places, "_country_container", checked)
    for text in TEXTS[:3]:
        analyse_text(text, "2015-01-03")
    assert seen     # the unresolved towns and the land noun were heads


def test_archive_caption_read_from_its_credit() -> None:
    lexicon()
    text = "وصل وفد إلى المدينة . غارة سابقة للطيران الروسي على مدينة عندان ( رويترز - أرشيف ) وقال مسؤول"
    spans = _archive_caption_spans(text)
    assert spans and text[spans[0][0]:spans[0][1]].strip().startswith("غارة سابقة")
