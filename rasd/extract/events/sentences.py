"""The page's sentences and their records: ``_sentences`` cuts the page (with a cheap test whether a
sentence can hold a trigger at all: the trigger automaton and phrase table), ``_prepare`` makes a
``_Sent`` (tokens, normalised keys, numbers, quantities, clause, date and quote regions), and
``_Cand`` is the record of one event candidate that every later layer fills. The page's question
lines are found here too. It reads only the lexicon.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate, compress, repeat
from operator import attrgetter, is_, itemgetter, lt, ne, or_
from typing import Any

from rasd.data import word_list
from rasd.extract.counts import Quantity, sentence_token_at, sentence_tokens
from rasd.extract.events.lexicons import Trigger, _ELex, _keys, lexicon
from rasd.extract.feed_items import skip_space_back
from rasd.extract.modality import clause_word_starts
from rasd.extract.page_dates import add_warning
from rasd.extract.verbs import VERB_BARE, is_verb
from rasd.records import UNKNOWN, Mention, Span
from rasd.text.normalize import normalize, normalize_with_map
from rasd.text.numbers import NumberExpr
from rasd.text.sentences import split_sentences
from rasd.text.split_words import normalize_joined, split_word_joins
from rasd.text.tokens import PROCLITIC_SET, Token, token_end, token_norm, token_start

MAX_NUMBERS_PER_SENTENCE = 60       # a sentence with more numbers than this is a table / noise
MAX_TOKENS_PER_SENTENCE = 400
PUNCT_BOUNDARY = set("،,;؛:()[]")    # quotes are not clause boundaries ("أنتر فاكس" inside a clause)
# a proclitic written alone before a dash: the page's rendering of a kashida join ("الـ24" -> "ال - 24",
# "لـ"العربي الجديد"" -> "ل - " العربي الجديد "", "بـ5" -> "ب - 5"), one word split in two. (Not a bare
# conjunction "و" / "ف", which stands alone before a dash in a list or a quote.)
GLUED_PROCLITICS = PROCLITIC_SET - {"و", "ف"}


def glued_word_start(text: str, toks: list[Token], k: int) -> int:
    """Token ``k``, or the next one when ``k`` is a proclitic glued to it by a dash ("ال - 24 ساعة"): the
    dash splits the sentence's clauses there (``_regions``), so the word it joins stands in the clause after
    it. A date opening with "ال - " ("خلال ال - 24 ساعة الماضية من السيطرة") is of that clause."""
    if text and 0 <= k < len(toks) - 1 and toks[k].norm in GLUED_PROCLITICS:
        gap = text[toks[k].end:toks[k + 1].start]
        if " - " in gap or " – " in gap:
            return k + 1
    return k
QUOTES_OPEN = "«“"
QUOTES_CLOSE = "»”"


@dataclass(slots=True)
class _Sent:
    idx: int
    span: Span
    line: int
    _toks: list[Token] | None       # None: not tokenised yet (``tokens`` does it on first use)
    clause: list[int]
    quote: list[int]        # quote region id per token (-1 outside quotes)
    paren: list[int]        # parenthesis region id per token (-1 outside)
    mentions: list[Mention]
    dates: list[Any]
    numbers: list[NumberExpr]
    has_date_expr: bool = False
    other_time_clauses: set[int] | None = None     # clauses saying "قبل ذلك" (another time)
    inherits_date: bool = False                    # "بعدها": dated by the sentence before
    dclause: list[int] = field(default_factory=list)   # date clause per token (clauses cut also at "و + verb")
    hseg: list[int] = field(default_factory=list)      # heading-date segment per token (timeline entries)
    headings: set[int] = field(default_factory=set)    # indexes (into dates) of heading dates
    ckeys: dict[int, frozenset[str]] = field(default_factory=dict)   # clause id -> its words' keys
    # tokens that may start a trigger (those holding a trigger's first word), by start offset;
    # None: any token may (_match_triggers then tries every one)
    trigger_at: list[int] | None = None
    text: str = ""                  # the page text (``tokens`` reads the sentence from it)
    place_tokens: frozenset[int] | None = None     # tokens inside a place's name (_place_name_tokens)
    # memos read once per sentence, as every candidate of it asks (not compared: they only keep answers)
    force_tokens: frozenset[int] | None = field(default=None, compare=False)   # _force_name_tokens
    # usable place mentions that are no distance's reference point (_find_place)
    usable_places: list[Mention] | None = field(default=None, compare=False)
    # count item per token and the first count's token (places.count_items), read once per sentence
    count_items: tuple[list[int], int] | None = field(default=None, compare=False)
    # report index per token where a digest's reports run on inside the sentence (report_items.report_seg)
    report_seg: list[int] | None = field(default=None, compare=False)
    # unresolved place mentions by the token each starts at, the first of each token (places._unplaced_head)
    unplaced_at: dict[int, Mention] | None = field(default=None, compare=False)
    # the tokens where places._unplaced_head may find a place phrase, ascending (places._country_container)
    unplaced_heads: list[int] | None = field(default=None, compare=False)
    # actor mentions and the token each starts at (_find_actors; read, never changed)
    actor_mentions: tuple[list[Mention], dict[int, int]] | None = field(default=None, compare=False)
    # the sentence's one victim named by a singular noun, in a 1-tuple once read (candidates._sentence_victim:
    # asked for each of its events, when the event is coded and again for its notes)
    victim: tuple[Any] | None = field(default=None, compare=False)
    # token index -> kind of the sentence's happening triggers told by a verb ("استهدفت", "سيطرت"; not a toll's
    # "قتل"): each is a predicate of its own (set by _sentence_candidates, read by _find_place)
    verb_triggers: dict[int, str] = field(default_factory=dict, compare=False)
    # token index -> kind of every trigger the sentence holds (a verb's object: "شنت ضربات")
    trigger_kinds: dict[int, str] = field(default_factory=dict, compare=False)
    # the keys of all its words (types._sent_keys: asked for each of its candidates by several type rules)
    all_keys: frozenset[str] | None = field(default=None, compare=False)
    # the sentence's tokens: unset until first read (``_LazySent.__getattr__`` fills it), then a plain attribute
    tokens: list[Token] = field(init=False, repr=False, compare=False)
    # its regions (``_prepare``) are owed but not made yet: they are unset slots until a rule reads one
    # (``_defer_prepare``; ``_LazySent.__getattr__`` makes them all then)
    deferred: bool = field(default=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self._toks is None:
            self.__class__ = _LazySent      # tokenised when first read
        else:
            self.tokens = self._toks


class _LazySent(_Sent):
    """A ``_Sent`` with something owed: its tokens, or its regions (``_defer_prepare``). An unset field's
    read comes to ``__getattr__``, which makes it; once nothing is owed the sentence turns back into a
    plain ``_Sent``. (speed: a class with ``__getattr__`` sends every attribute read through Python's
    slow hook and keeps the interpreter from specialising them: ~1 M reads a 150-page run.) Equality is
    unchanged in effect: two sentences of one page differ in ``idx`` whatever their class."""
    __slots__ = ()

    def __getattr__(self, name: str) -> Any:
        # speed: a sentence is tokenised only when something reads it (most hold no trigger); from then on
        # ``tokens`` is a slot read by the rules with no call (it was a property: a call per read, 600k a run)
        if name == "tokens":
            toks = self._toks
            if toks is None:
                toks = self._toks = sentence_tokens(self.text, self.span.start, self.span.end)
            self.tokens = toks
            if not self.deferred:
                self.__class__ = _Sent
            return toks
        if name in PREPARED_FIELDS and self.deferred:
            # (the values ``_prepare`` would have made when it was deferred: it reads only the tokens, the
            # dates and the page's text, none of which changes after the sentences are made)
            self.deferred = False
            self.clause, self.quote, self.paren, self.dclause, self.hseg, self.headings = [], [], [], [], [], set()
            _prepare(self, self.text)     # (it reads the tokens: nothing is owed after it)
            self.__class__ = _Sent
            return getattr(self, name)
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")


# the fields ``_prepare`` fills (region ids per token, heading dates)
PREPARED_FIELDS = frozenset({"clause", "quote", "paren", "dclause", "hseg", "headings"})


@dataclass
class _Cand:
    trig: Trigger
    form: str
    sent: _Sent
    ti: int
    tj: int
    start: int
    end: int
    event_type: str
    sub_event_type: str
    specific: bool = True               # sub-type came from a specific word (not a default)
    modality: str = "actual"
    # denied-only by a denial that governs the trigger in its clause ("ينفي لأورينت سيطرة النظام عليها"): no
    # other telling turns it actual (compare._absorb; modality.denial_governs)
    denied_firm: bool = False
    actor1: list[str] = field(default_factory=list)
    actor2: list[str] = field(default_factory=list)
    actor_ev: tuple[int, int] | None = None
    actor_own: bool = False             # actor found in the sentence itself
    actor_same_clause: bool = False
    assoc1: list[str] = field(default_factory=list)
    location: str | None = None
    geo_precision: int | None = None
    loc_own: bool = False
    loc_country_told: bool = False   # placed at the country that holds a place the gazetteer lacks (places._country_container)
    loc_ev: tuple[int, int] | None = None
    date_start: str = UNKNOWN
    date_end: str = UNKNOWN
    time_precision: int | None = None
    date_own: bool = False
    date_ev: tuple[int, int] | None = None
    date_from: tuple[int, int] | None = None     # a carried date: the span of the date it counts from
    date_cited: bool = False    # dated by the day a source reported it ("( حق , 1 نيسان / أبريل 2017 )")
    date_guessed: bool = False  # dated by another happening at its place (merge._inherit_dates), not by its text
    date_since: bool = False    # dated by a "since" span ("منذ 6 يونيو"): from that day up to the page's
    has_date_expr: bool = False
    # its reach's only dates tell when a state began ("الحصار المفروض منذ أكثر من سنتين", dates._state_onset):
    # no time of its own, so the page's date still dates it
    onset_only: bool = False
    other_time_clauses: set[int] | None = None     # clauses saying "قبل ذلك" (another time)
    inherits_date: bool = False                    # "بعدها": dated by the sentence before
    quantities: list[Quantity] = field(default_factory=list)
    aggregate: bool = False
    elaborates: bool = False    # in "المجزرة ارتكبت عندما <trigger>": tells how a named happening came about
    first_person: bool = False
    evidence: tuple[int, int] = (0, 0)
    merged: list[_Cand] = field(default_factory=list)
    confidence: float = 1.0
    rejected_places: set[str] = field(default_factory=set)   # named in the sentence but not its place
    unknown_place: bool = False     # its own place is a village the gazetteer does not know (no event can be coded)
    listed: list[Mention] = field(default_factory=list)     # places listed with its place ("في X و Y")
    fan_of: str | None = None                               # a copy for one place of a list: that place
    strike_owner: tuple[list[str], tuple[int, int]] | None = None   # the force its strike word names
    bare_movement: bool = False     # people moving with no deal, evacuation or surrender told (types._bare_movement)

    @property
    def date_last(self) -> str:
        """The end of the event's date range, or its start when the range has no end of its own."""
        return self.date_end if self.date_end and self.date_end != UNKNOWN else self.date_start


_warn = add_warning


def _cut_spans(text: str, spans: list[Span], cuts: list[int]) -> list[Span]:
    """The sentence spans, each cut again where one of ``cuts`` falls inside it: a glued daily report's
    heading starts its own sentence even when the entry before it ends without a stop ("... على بلدة
    ترمانيين التقرير اليومي ... ليوم 24 - 11 - 2016")."""
    out: list[Span] = []
    for sp in spans:
        start = sp.start
        for at in cuts:
            if start < at < sp.end:
                end = skip_space_back(text, at)
                if end > start:
                    out.append(Span(start, end))
                start = at
        out.append(sp if start == sp.start else Span(start, sp.end))
    return out


def _sentences(text: str, mentions: list[Mention], dates: list[Any], numbers: list[NumberExpr],
               warnings: list[str], cuts: list[int] | None = None) -> list[_Sent]:
    spans = _cut_spans(text, split_sentences(text), cuts) if cuts else split_sentences(text)
    line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
    m_starts = [m.start for m in mentions]
    d_starts = [d.start for d in dates]
    n_starts = [n.start for n in numbers]
    # speed: a sentence's normalised form is a slice of the text's (normalize maps characters one
    # by one; not so for a final sigma, whose lower case depends on its neighbours)
    norm, offs = _page_norm(text) if "Σ" not in text else (None, None)
    out = []
    # (speed: each sentence's first and last mention, date and number and its line, found by bisections
    # mapped over the sentences in C, not six Python-level calls per sentence)
    sp_starts = list(map(_SPAN_START, spans))
    sp_ends = list(map(_SPAN_END, spans))
    m_lo, m_hi = _bisect_all(m_starts, sp_starts), _bisect_all(m_starts, sp_ends)
    d_lo, d_hi = _bisect_all(d_starts, sp_starts), _bisect_all(d_starts, sp_ends)
    n_lo, n_hi = _bisect_all(n_starts, sp_starts), _bisect_all(n_starts, sp_ends)
    lines = list(map(bisect.bisect_right, repeat(line_starts), sp_starts))
    if norm is not None:
        # (speed: the trigger words' automaton run once over the page; a sentence ending no match inside
        # its part of the normalised text holds none, and _trigger_tokens is not asked)
        # (the hits are kept: a sentence's own are read again by _trigger_tokens, not found by a second scan)
        hits = list(_trigger_automaton().iter(norm))
        hit_ends = list(map(_HIT_END, hits))
        hits_from = _bisect_all(hit_ends, _bisect_all(offs, sp_starts))  # type: ignore[arg-type]
        hits_to = _bisect_all(hit_ends, _bisect_all(offs, sp_ends))  # type: ignore[arg-type]
    for idx, sp in enumerate(spans):
        toks: list[Token] | None = []
        trigger_at: list[int] | None = None
        if norm is not None:
            trigger_at = (_trigger_tokens(text, norm, offs, sp, hits[hits_from[idx]:hits_to[idx]])
                          if hits_from[idx] < hits_to[idx] else None)
            if trigger_at is not None:
                toks = None     # tokenised when read (_Sent.tokens)
            else:
                trigger_at = []     # no first word of a trigger: no tokens (as read by the rules)
        elif _may_have_trigger(text[sp.start:sp.end]):
            toks = None
        # a sentence that may hold more tokens than read (two characters a token at least) is
        # tokenised now, so that its warning comes in the order of the sentences
        if toks is None and (sp.end - sp.start + 1) // 2 > MAX_TOKENS_PER_SENTENCE:
            toks = sentence_tokens(text, sp.start, sp.end)
            if len(toks) > MAX_TOKENS_PER_SENTENCE:
                _warn(warnings, f"sentence at {sp.start} has {len(toks)} tokens; events read from the first "
                                f"{MAX_TOKENS_PER_SENTENCE}")
                toks = toks[:MAX_TOKENS_PER_SENTENCE]
        a, b = m_lo[idx], m_hi[idx]
        da, db = d_lo[idx], d_hi[idx]
        nums = numbers[n_lo[idx]:n_hi[idx]]
        if len(nums) > MAX_NUMBERS_PER_SENTENCE:
            _warn(warnings, f"sentence at {sp.start} has {len(nums)} numbers; its counts were not read")
            nums = []
        s_dates = dates[da:db]
        # clause / quote / bracket regions are computed only for sentences with a trigger
        out.append(_Sent(idx, sp, lines[idx] - 1, toks, [], [], [],
                         mentions[a:b], s_dates, nums, has_date_expr=bool(s_dates), trigger_at=trigger_at,
                         text=text))
    return out


_HIT_END = itemgetter(0)      # an automaton hit's (end, key): where its last character stands
_SPAN_START = attrgetter("start")
_SPAN_END = attrgetter("end")


def _bisect_all(starts: list[int], offsets: list[int]) -> list[int]:
    """``[bisect.bisect_left(starts, x) for x in offsets]``, mapped in C."""
    return list(map(bisect.bisect_left, repeat(starts), offsets))


def _page_norm(text: str) -> tuple[str, Any]:
    """The page's normalised text and offsets as triggers are looked for in it: a word split by a
    stray space ("ق تل", rasd.text.split_words) is one word there, as the sentence tokens read it."""
    return normalize_joined(text, split_word_joins(text))


@lru_cache(maxsize=1)
def _trigger_automaton() -> Any:
    """Aho-Corasick automaton of every trigger's first word: a sentence without one is skipped
    before tokenising (most sentences of a page)."""
    import ahocorasick

    auto = ahocorasick.Automaton()
    lex = lexicon()
    for first in [*lex.phrases, *lex.headline_phrases]:
        for key in {first} | {first[:-len(s)] for s in ("ات", "ه", "ها", "هم") if first.endswith(s) and len(first) > 4}:
            auto.add_word(key, key)
    auto.make_automaton()
    return auto


def _trigger_tokens(text: str, norm: str, offs: Any, sp: Span,
                    hits: list[tuple[int, str]] | None = None) -> list[int] | None:
    """Start offsets of the sentence's tokens that may start a trigger phrase (in order); None
    when the sentence holds no trigger's first word at all. Found from the page's normalised
    text, without tokenising the sentence: a token starts a phrase only if one of its readings
    (``_keys``: parts of its form) is a phrase's first word, so it holds an automaton match.
    ``hits``: the page's automaton matches (end, key) that end inside the sentence's part of the
    normalised text, those starting before it left out here (speed: the part is not scanned again);
    None: the part is scanned."""
    a = bisect.bisect_left(offs, sp.start)
    if hits is None:
        hits = [(a + end, key) for end, key in _trigger_automaton().iter(norm[a:bisect.bisect_left(offs, sp.end)])]
    lex = lexicon()
    table = _phrase_table(lex)
    out: set[int] | None = None
    tok_start = tok_end = -1
    b = -1      # the sentence's end in ``norm`` (found on first need)
    for end, key in hits:
        first = end - len(key) + 1
        if first < a:
            continue        # begun before the sentence
        if out is None:
            out = set()
        pos = offs[first]      # the match's first character in the text
        if tok_start <= pos < tok_end:
            continue        # in the token just read
        tok = sentence_token_at(text, pos, sp.start, sp.end)
        if tok is None:
            continue
        tok_start, tok_end = tok.start, tok.end
        got = table.get(tok.norm)       # (``_phrases_of`` inlined: a call per match spared)
        if got is None:
            got = _phrases_at(lex, table, tok.norm)
        if got:
            if b < 0:
                b = bisect.bisect_left(offs, sp.end)
            if _may_complete(got, norm, first, b):
                out.add(tok.start)
    return None if out is None else sorted(out)


def _may_complete(phrases: tuple[Any, ...], norm: str, first: int, end: int) -> bool:
    """One of ``phrases`` (those a token may start: (words, trigger, form)) may be read from the token on:
    it is one word, or its other words all stand in ``norm[first:end]`` (the page's normalised text from
    the token's match to the sentence's end). A phrase's words are read in the tokens after the first
    (``phrase_end``), each a reading (``_keys``: a part) of a token's form, and a token's form is a part of
    the normalised text there: a phrase with a word missing from it cannot be read, and the token starts
    nothing (speed: a sentence none of whose tokens can start a phrase is not tokenised)."""
    rest: str | None = None
    for words, _trig, _form in phrases:
        if len(words) == 1:
            return True
        if rest is None:
            rest = norm[first:end]
        if all(w in rest for w in words[1:]):
            return True
    return False


def _may_have_trigger(sentence: str) -> bool:
    return _norm_has_trigger(normalize(sentence))


def _norm_has_trigger(norm_sentence: str) -> bool:
    for _ in _trigger_automaton().iter(norm_sentence):
        return True
    return False


def _prepare(s: _Sent, text: str) -> None:
    if s.clause or not s.tokens:
        return
    clause, s.quote, s.paren = _regions(text, s.tokens)
    s.clause = _join_date_clauses(clause, s.tokens, s.dates)
    _date_regions(s)



def _defer_prepare(s: _Sent) -> None:
    """``_prepare(s, s.text)`` when one of its fields (PREPARED_FIELDS) is first read, not now: a sentence
    whose triggers the candidate rules turned away before reading any region is often never read again.
    Only for a sentence ``_prepare`` has not made yet (its fields are still the empty ones it starts with)."""
    if s.deferred or s.clause:
        return
    s.deferred = True
    s.__class__ = _LazySent
    del s.clause, s.quote, s.paren, s.dclause, s.hseg, s.headings


CLAUSE_JOINERS = frozenset(normalize(w) for w in word_list("function_words.yaml", "clause_joiners"))


def _date_regions(s: _Sent) -> None:
    """Date clauses and heading segments of a sentence.

    A date clause is a clause (punctuation, clause words) cut again before "و + verb" / "كما" /
    "ثم": "ألقى الطيران برميلين على داعل بتاريخ 21 - 11 - 2013 وقصفت ... إنخل بتاريخ 23 - 11 - 2013"
    tells two events with a date each. A heading date is a full date that no preposition or date
    word introduces, at the start of the sentence or in its middle (a timeline entry glued to the
    previous one: "... قرب بانياس 8 مايو 2011 اشتباكات بين ..."): it opens a segment whose events
    it dates, and dates past it belong to other entries. Not one in brackets in the middle: a
    source's citation closing what the sentence told ("( المرصد السوري , 13 أيار / مايو 2017 )")."""
    lex = lexicon()
    toks = s.tokens
    if not toks:
        s.dclause, s.hseg = [], []
        return
    starts = list(map(token_start, toks))
    date_at: dict[int, int] = {}
    for di, d in enumerate(s.dates):
        k = bisect.bisect_left(starts, d.start)
        if k < len(toks):
            date_at.setdefault(k, di)
    # speed: the counters as running sums of per-token steps (a token opens a date clause where
    # its clause changes or it is a cut word, looked up per form), not a Python loop per token
    norms = list(map(token_norm, toks))
    cuts = list(map(_DATE_CUTS.get, norms))
    if None in cuts:
        if len(_DATE_CUTS) >= 262144:
            _DATE_CUTS.clear()
        for k in compress(range(len(cuts)), map(is_, cuts, repeat(None))):   # (a C-level test per token)
            cuts[k] = _DATE_CUTS[norms[k]] = _opens_date_clause(norms[k])
    clause = s.clause
    step = [0, *map(or_, map(ne, clause[1:], clause[:-1]), cuts[1:])]
    hstep: list[int] | None = None
    for k, di in date_at.items():
        d = s.dates[di]
        if d.date_start and d.precision == "day" and (d.kind == "timeline" or d.kind == "absolute" and (
                d.surface[:1].isdigit() and re.search(r"(?:19|20)\d\d", d.surface))):
            prev = toks[k - 1].norm if k else ""
            inside = k > 0 and any(o.start <= toks[k - 1].start < o.end for o in s.dates)
            if k == 0 or (not inside and prev not in lex.date_cues and prev.lstrip("وب") not in lex.date_cues
                          and not prev.isdigit() and not (_keys(prev) & lex.date_cues)
                          and (not s.paren or s.paren[k] == -1)):    # "( حق , 2 نيسان / أبريل 2017 )": a citation
                s.headings.add(di)
                if k:
                    if hstep is None:
                        hstep = [0] * len(toks)
                    hstep[k] = 1
                    step[k] += 1
    s.dclause = list(accumulate(step, initial=0))[1:]
    s.hseg = list(accumulate(hstep)) if hstep is not None else [0] * len(toks)


# normalised form -> it opens a date clause (_opens_date_clause), filled as forms are met
_DATE_CUTS: dict[str, bool] = {}


def _opens_date_clause(n: str) -> bool:
    """A token that starts a new date clause in its clause: "و + verb", or a joiner ("كما", "ثم")."""
    return (n.startswith("و") and len(n) >= 4 and (is_verb(n[1:]) or n[1:] in VERB_BARE)) or n in CLAUSE_JOINERS


def closing_apostrophes(gap: str) -> str:
    """Inside a quotation, two apostrophes close it ("" جمعة نصرة القدس ' '" on scraped pages): the
    gap with them read as the closing mark."""
    if "''" in gap or "' '" in gap:
        return gap.replace("' '", '"').replace("''", '"')
    return gap


def _regions(text: str, toks: list[Token]) -> tuple[list[int], list[int], list[int]]:
    """Clause, quote and parenthesis region ids per token."""
    if not toks:
        return [], [], []
    n = len(toks)
    cw = clause_word_starts(toks)
    # speed: most gaps between tokens are one space (no mark, dash, quote or bracket): only the
    # other gaps are read one by one; the ids are running sums and runs of one value between them
    starts = list(map(token_start, toks))
    gaps = list(map(text.__getitem__, map(slice, [starts[0], *map(token_end, toks[:-1])], starts)))
    step = [0] * n
    for k in cw:
        if k:
            step[k] = 1
    quote: list[int] = []
    paren: list[int] = []
    q_id, in_q = -1, False
    p_id, depth = -1, 0
    n_q = n_p = 0
    special = list(compress(range(n), map(" ".__ne__, gaps)))    # always holds 0 (its gap is "")
    named = _name_brackets(gaps, toks, special) if "(" in text else {}
    for i, k in enumerate(special):
        gap = gaps[k]
        if k in named:      # "بلدة ( المزرعة )": a town's name, no aside and no clause of its own
            gap = gap.replace(named[k], " ", 1)
        t = toks[k]
        marks = set(gap) & PUNCT_BOUNDARY
        if marks <= {"(", ")"} and _number_bracket(gaps, toks, k, gap):
            marks = set()           # "الـ(150) شخصاً": brackets around a number are not a clause
        dash = (" - " in gap or " – " in gap) and not (t.norm.isdigit() and k and toks[k - 1].norm.isdigit())
        if k and (marks or dash):
            step[k] = 1
        if in_q:
            gap = closing_apostrophes(gap)
        for ch in gap:
            if ch == '"':
                in_q = not in_q
                if in_q:
                    n_q += 1
                    q_id = n_q
            elif ch in QUOTES_OPEN:
                in_q = True
                n_q += 1
                q_id = n_q
            elif ch in QUOTES_CLOSE:
                in_q = False
            elif ch == "(":
                depth += 1
                if depth == 1:
                    n_p += 1
                    p_id = n_p
            elif ch == ")":
                depth = max(0, depth - 1)
        # this token and the ones up to the next special gap share the ids
        run = (special[i + 1] if i + 1 < len(special) else n) - k
        quote += [q_id if in_q else -1] * run
        paren += [p_id if depth else -1] * run
    return list(accumulate(step)), quote, paren


# the type words a bracketed place name follows ("بلدة ( المزرعة )", "لناحية ( الرياض )"): the gazetteer's cue
# form words (knowledge.matcher), normalised
_NAME_BRACKET_TYPES = frozenset(normalize(w) for w in word_list("place_words.yaml", "cue_form_type_words"))
_NAME_BRACKET_WORDS = 3     # words of a bracketed name at most ("قرية ( قبر إيمو )")
_LETTERS = re.compile(r"[\u0621-\u064a]+")


def _name_brackets(gaps: list[str], toks: list[Token], special: list[int]) -> dict[int, str]:
    """The bracket marks (gap index -> "(" or ")") around a place name of one to three words of letters
    right after its type word: "في بلدة ( المزرعة ) غرب السويداء". Scraped Syrian pages bracket a town's
    name so; it is the place the sentence tells (the entities layer reads it as the cue form), not an
    aside. A bracket holding a digit, a comma or more words ("( رويترز , 15 آذار )") stays one."""
    out: dict[int, str] = {}
    for i, k in enumerate(special):
        if k == 0 or gaps[k].strip() != "(" or i + 1 >= len(special):
            continue
        head = toks[k - 1].norm
        if not (head in _NAME_BRACKET_TYPES or head[1:] in _NAME_BRACKET_TYPES and head[0] in "وفبل"
                or head[2:] in _NAME_BRACKET_TYPES and head[:2] in ("وب", "فب", "ول", "فل", "لل")):
            continue
        j = special[i + 1]      # the next gap that is not one space: it must close the name
        if j - k > _NAME_BRACKET_WORDS or not gaps[j].lstrip().startswith(")") or "(" in gaps[j] \
                or not all(_LETTERS.fullmatch(toks[x].norm) for x in range(k, j)):
            continue
        out[k], out[j] = "(", ")"
    return out


def _number_bracket(gaps: list[str], toks: list[Token], k: int, gap: str) -> bool:
    """The brackets of the gap before token k stand by a number ("الـ(150) شخصاً"), not after a
    bracketed phrase that ends in one: "قضت محكمة ... اليوم الأحد ( الثاني من تموز / يوليو 2017 )
    بإعدام" - the bracketed date is an aside and the verdict goes on after it, in its own clause."""
    if toks[k].norm.isdigit():
        return True
    if not (k and toks[k - 1].norm.isdigit()):
        return False
    return ")" not in gap or "(" in gaps[k - 1]


def _join_date_clauses(clause: list[int], toks: list[Token], dates: list[Any]) -> list[int]:
    """"ووصلت إلى الشمال، أمس الإثنين، قافلة ...": commas around an inserted date do not end the clause."""
    if not dates or not toks:
        return clause
    # a token is inside a date when a date starting at or before it ends at or after it: the
    # latest end among the dates that start by the token's start
    spans = sorted((d.start, d.end) for d in dates)
    d_starts = [a for a, _b in spans]
    # (-1 before the first date: a token before every date is outside them)
    reach = [-1, *accumulate((b for _a, b in spans), max)]
    # clauses with a token outside every date (speed: maps over the tokens, not a Python loop per token)
    ends = map(reach.__getitem__, map(bisect.bisect_right, repeat(d_starts), map(token_start, toks)))
    outside = set(compress(clause, map(lt, ends, map(token_end, toks))))
    date_only = set(clause) - outside
    if not date_only:
        return clause
    out = [0]
    for k in range(1, len(toks)):
        same = clause[k] == clause[k - 1] or clause[k] in date_only or clause[k - 1] in date_only
        out.append(out[-1] if same else out[-1] + 1)
    return out


def _question_lines(text: str) -> set[int]:
    """Lines that are questions (interview questions, readers' questions): not asserted."""
    out = set()
    # speed: a line is normalised alone only when the whole text's normalised line holds the word
    # (normalize maps characters one by one and keeps line breaks)
    norm_lines = normalize_with_map(text)[0].split("\n")     # the map is cached for a page
    for i, line in enumerate(text.split("\n")):
        s = line.strip()
        while s.endswith(")") and "(" in s:      # "...؟ (وفق نص سؤال أحد القراء)."
            s = s[: s.rfind("(")].rstrip()
        s = s.rstrip(" .!")
        if s.endswith(("؟", "?")) or ("سوال" in norm_lines[i] and normalize(line.strip()).startswith("سوال")):
            out.add(i)
    return out


def _is_question(text: str, span: Span) -> bool:
    return text[span.start:span.end].rstrip(" \"”»)").endswith(("؟", "?"))


_PHRASES_AT: tuple[Any, dict[str, tuple[Any, ...]]] = (None, {})


def _phrase_table(lex: _ELex) -> dict[str, tuple[Any, ...]]:
    """Token form -> the trigger phrases it may start, in the order ``_match_triggers`` tries
    them: its readings sorted (the same trigger on every run), then each reading's phrases.
    Filled on demand (``_phrases_at``): most tokens start none, and sorting their readings
    and looking each up for every token cost more than one dictionary lookup."""
    global _PHRASES_AT
    if _PHRASES_AT[0] is not lex:
        _PHRASES_AT = (lex, {})
    return _PHRASES_AT[1]


def _phrases_of(lex: _ELex, table: dict[str, tuple[Any, ...]], norm: str) -> tuple[Any, ...]:
    """The phrases a normalised form may start: from the table, else worked out and kept there."""
    got = table.get(norm)
    return _phrases_at(lex, table, norm) if got is None else got


def _phrases_at(lex: _ELex, table: dict[str, tuple[Any, ...]], norm: str) -> tuple[Any, ...]:
    if len(table) >= 262144:
        table.clear()
    keys = _keys(norm)
    # speed: most forms start no phrase
    got = table[norm] = () if lex.phrases.keys().isdisjoint(keys) and lex.headline_phrases.keys().isdisjoint(keys) else tuple(
        p for key in sorted(keys) for p in (*lex.phrases.get(key, ()), *lex.headline_phrases.get(key, ())))
    return got
