"""Session 40 (speed2): lexicons parsed once and shared (``rasd.data.read_shared``), and ``_Sent``'s lazy class."""
from pathlib import Path

from rasd.data import _SHARED, read_data, read_shared
from rasd.extract.events import sentences
from rasd.extract.events.sentences import _defer_prepare, _LazySent, _Sent
from rasd.pipeline import analyse
from rasd.records import Document, Span


def test_shared_lexicons_are_never_changed_by_their_readers() -> None:
    # a page read through every stage loads the lexicons the readers build their tables from
    analyse(Document(id="d", source="t", text="قصفت الطائرات الحربية بلدة كفرنبل في ريف إدلب أمس الإثنين وقتل 5 "
                                               "مدنيين ، ونفت المعارضة أن تكون قد انسحبت من المدينة"))
    assert _SHARED
    for key, data in _SHARED.items():
        assert read_data(Path(key)) == data, key
    path = Path(next(iter(_SHARED)))
    assert read_shared(path) is read_shared(path)


def test_a_sentence_is_lazy_only_while_something_is_owed() -> None:
    text = "قصفت الطائرات الحربية بلدة كفرنبل في ريف إدلب"
    s = _Sent(0, Span(0, len(text)), 0, None, [], [], [], [], [], [], text=text)
    assert type(s) is _LazySent
    toks = s.tokens
    assert type(s) is _Sent and s.tokens is toks and toks
    given = _Sent(0, Span(0, len(text)), 0, toks, [], [], [], [], [], [], text=text)
    assert type(given) is _Sent and given.tokens is toks
    _defer_prepare(s)
    assert type(s) is _LazySent and s.deferred
    clause = s.clause       # (read: the regions are made now)
    assert type(s) is _Sent and not s.deferred and clause is s.clause
    sentences._prepare(given, text)
    assert (s.clause, s.quote, s.paren, s.dclause, s.hseg, s.headings) == (
        given.clause, given.quote, given.paren, given.dclause, given.hseg, given.headings)
    assert s == given       # the same fields, whichever class each was made as
