"""Attributed claims: who says what, with which stance, through which medium, when.

Cue-driven (rasd/data/lexicons/claim_cues.yaml): a reporting verb, participle, noun or
source preposition anchors a claim; the speaker is the entity mention the cue governs
(VSO first, then SVO, then the previous speaker for pronoun-dropped verbs and participles),
or a described source ("مصادر خاصة ..."); the content is what follows إن/أن/a colon/a quote.
Page structure adds claims the cues miss: embedded tweets ("— name (@handle) date"),
interview answers (questions are the asker's, never the interviewee's), pull quotes, and
the body of a group's statement. A claim with no findable speaker stays "unattributed".
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources
from typing import Any

from rasd.data import read_data, word_list
from rasd.extract.page_dates import crawl_spans, refuse_crawl_dates
from rasd.extract.verbs import is_verb_or_joined
from rasd.records import Analysis, Claim, Event, Mention, Span
from rasd.text.normalize import normalize
from rasd.text.sentences import split_sentences
from rasd.text.tokens import Token, tokenize

ACTOR_TYPES = {"PERSON", "ARMED_GROUP", "STATE_FORCES", "STATE", "ORGANIZATION", "MEDIA", "FACILITY"}
CONTENT_OPENERS = set(word_list("function_words.yaml", "content_openers"))
QUOTES = "\"“”«»'"
TWEET_SIG = re.compile(r"^\s*[—–-]\s*(?P<name>[^()\n]{2,60}?)\s*\(@(?P<handle>\w{1,30})\)\s*(?P<date>.+)$")


@dataclass(slots=True)
class Cue:
    lemma: str
    stance: str
    kind: str
    role: str
    not_next: tuple[str, ...] = ()      # the word is another part of speech before these ("مكتب تابع لها")
    needs_content: bool = False         # a common sense reports nothing ("نشر قوات"): a content clause is required
    impersonal: bool = False            # also the passive ("يُذكر أن"): subjectless, it is the page's own aside
    said_object: bool = False           # with needs_content: a said thing as its object will do ("نشرت خبرا")


@dataclass
class Lexicon:
    cues: dict[str, Cue]
    denials: list[str]
    negations: set[str]
    neg_any: set[str]
    media: list[tuple[re.Pattern[str], str]]   # (a medium's normalised phrases, with proclitics and a suffix; medium)
    described: set[str]
    count_nouns: dict[str, str]           # normalised noun -> key
    event_keywords: dict[str, list[str]]  # sub_event_type -> normalised keyword stems
    title_words: frozenset[str]           # words of role/rank/title phrases between a cue and a name
    outlet_kinds: list[tuple[str, str]] = field(default_factory=list)   # (word of an outlet's name/description, medium)
    outlet_heads: frozenset[str] = frozenset()                           # "وكالة", "صحيفة", "قناة" ... (normalised)


# words inside a speaker's title besides person_titles.yaml ("المتحدث الرسمي باسم", "مسؤول في"; normalised)
TITLE_LINK_WORDS = word_list("claim_words.yaml", "title_link_words")


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    raw = read_data(resources.files("rasd.data").joinpath("lexicons/claim_cues.yaml"))
    cues: dict[str, Cue] = {}
    for c in raw["cues"]:
        impersonal = {normalize(x) for x in c.get("impersonal_forms") or ()}
        for f in c["forms"]:
            cues.setdefault(normalize(f), Cue(c["lemma"], c["stance"], c["kind"], c["role"],
                                              tuple(normalize(x) for x in c.get("not_next_prefix") or ()),
                                              bool(c.get("needs_content")), normalize(f) in impersonal,
                                              bool(c.get("said_object"))))
    media = [(_medium_pattern([normalize(p) for p in ps]), m) for m, ps in raw["media"].items()]
    outlets = [(normalize(w).lower(), m) for m, ws in (raw.get("outlet_kinds") or {}).items() for w in ws]
    counts = {normalize(n): k for k, ns in raw["count_nouns"].items() for n in ns}
    kw = {k: [normalize(w) for w in ws] for k, ws in (raw.get("event_keywords") or {}).items()}
    titles = read_data(resources.files("rasd.data").joinpath("lexicons/person_titles.yaml"))
    words: set[str] = set()
    for key in ("roles", "ranks", "honorifics", "descriptors"):
        for item in titles.get(key) or []:
            words.update(normalize(item["ar"] if isinstance(item, dict) else str(item)).split())
    words.update(normalize(w) for w in titles.get("role_connectors") or [])
    words.update(TITLE_LINK_WORDS)
    return Lexicon(cues, [normalize(p) for p in raw["denial_phrases"]], {normalize(x) for x in raw["negation_particles"]},
                   {normalize(x) for x in raw["negation_any"]}, media, {normalize(x) for x in raw["described_sources"]},
                   counts, kw, frozenset(words), outlets, frozenset(normalize(w) for w in raw.get("outlet_heads") or ()))


_PRONOUN_SUFFIX = "(?:ه|ها|هم|هما|نا)"


def _medium_pattern(phrases: list[str]) -> re.Pattern[str]:
    """One medium's phrases (longest first), each with its proclitics and the article, and a possessive on its
    last word: "في بيانه", "تغريدته" (the normalised ة, here ه, is ت before a suffix)."""
    tails = []
    for phrase in sorted(set(phrases), key=len, reverse=True):
        tail = re.escape(phrase) + _PRONOUN_SUFFIX + "?"
        if phrase.endswith("ه"):
            tail = re.escape(phrase) + "|" + re.escape(phrase[:-1]) + "ت" + _PRONOUN_SUFFIX
        tails.append(tail)
    return re.compile(r"(?<!\w)[وفبل]?(?:ال)?(?:" + "|".join(tails) + r")(?!\w)")


def _norm_words(name: str, file: str = "claim_words.yaml") -> frozenset[str]:
    """A word list of the lexicons, each word normalised (rasd.text.normalize) as the tokens' ``norm`` is."""
    return frozenset(normalize(w) for w in word_list(file, name))


# words around a cue that make it no claim or flip it (claim_words.yaml; normalised)
CUE_NEGATORS = frozenset(word_list("claim_words.yaml", "cue_negators"))
RELATIVE_SUBJECTS = frozenset(word_list("claim_words.yaml", "relative_subjects"))
OPENER_BLOCKERS = frozenset(word_list("claim_words.yaml", "opener_blockers"))
INTERROGATIVES = frozenset(word_list("claim_words.yaml", "interrogatives"))
SAID_NOUNS = frozenset(word_list("claim_words.yaml", "said_nouns"))
MASDAR_OPENERS = _norm_words("masdar_openers")
SAID_SOURCE_WORDS = _norm_words("relative_subject_gap")
RELATIVE_PRONOUNS = frozenset(word_list("function_words.yaml", "relative_pronouns"))
CONTINUING_LEMMAS = frozenset(word_list("claim_words.yaml", "continuing_lemmas"))
CLAUSE_BREAK_WORDS = _norm_words("clause_break_words")
CONTENT_PREPOSITIONS = _norm_words("content_prepositions")
RELAY_FRAME_NOUNS = _norm_words("relay_frame_nouns")
OPENER_REACH = 6     # tokens after a "و"-joined verb within which its own إن/أن or colon must stand to end the content before
ADVERBIAL_OPENERS = _norm_words("adverbial_openers")
# a date with a clock time in running text is an item's stamp ("2017 - 11 - 30 20 : 05 : 44"): the next ticker item
ITEM_STAMP = re.compile(r"\d{4}\s*[-/]\s*\d{1,2}\s*[-/]\s*\d{1,2}\s+\d{1,2}\s*:\s*\d{2}")
SUBJECT_SPAN = 160   # characters after the verb within which its named subject may end
SAID_REACH = 10      # tokens after "نشر" within which its said object may stand
RELAY_REACH = 10     # tokens from نقل to its "عن": farther, the verb is transport / transfer ("نقل الجرحى")


# "نشرتها": the verb with an object pronoun (not a bare ه: after normalisation it is also ة)
_OBJECT_SUFFIXES = word_list("function_words.yaml", "object_suffixes")


def _cue_of(tok: Token, lex: Lexicon) -> Cue | None:
    n = tok.norm
    for form in (n, n[1:] if len(n) > 3 and n[0] in "وف" else None):
        if not form:
            continue
        c = lex.cues.get(form)
        if c is not None:
            return c
        for suf in _OBJECT_SUFFIXES:
            if form.endswith(suf) and len(form) - len(suf) >= 3:
                c = lex.cues.get(form[: -len(suf)])
                if c is not None and c.role == "verb":
                    return c
    return None


@dataclass
class Ctx:
    a: Analysis
    text: str
    toks: list[Token]
    mentions: list[Mention]
    ref: date | None
    lex: Lexicon
    last_speaker: tuple[str | None, str, str | None] | None = None   # (id, text, role)
    last_speaker_at: int = -1        # where the last claim's cue stands
    tok_starts: list[int] = field(default_factory=list)     # for bisecting the tokens of a span
    tok_ends: list[int] = field(default_factory=list)
    statement_date: str | None = None
    ticker: list[tuple[int, int]] = field(default_factory=list)   # the site's crawl-time date texts
    last_claim: Claim | None = None      # the last cue claim (a continuing cue shares its medium and day)
    sent_contents: list[Span] = field(default_factory=list)     # contents of the sentence's claims so far
    sent_norm: tuple[int, str] = (-1, "")                          # the current sentence's normalised text


def extract_claims(analysis: Analysis, res: Any = None) -> None:
    text = analysis.doc.text
    if not text.strip():
        return
    lex = lexicon()
    ctx = Ctx(analysis, text, tokenize(text), sorted(analysis.mentions, key=lambda m: m.start),
              _ref_date(analysis), lex, ticker=crawl_spans(text, analysis.doc.warnings))
    claims: list[Claim] = []
    structure = _page_structure(ctx)
    for sent in split_sentences(text):
        if structure.is_question_at(sent.start):
            claims.extend(_question_claim(ctx, sent, structure))
            continue
        found = _cue_claims(ctx, sent)
        if not found and structure.answer_speaker_at(sent.start):
            found = [_structural_claim(ctx, sent, structure.answer_speaker_at(sent.start), "interview")]
        elif not found and structure.statement_issuer_at(sent.start):
            found = [_structural_claim(ctx, sent, structure.statement_issuer_at(sent.start), "statement")]
        claims.extend(c for c in found if c is not None)
    claims.extend(_tweet_claims(ctx))
    claims.extend(_pull_quote_claims(ctx, structure))
    _dedupe(claims)
    _link_events(ctx, claims, analysis.events)
    analysis.claims = claims


# ---- page structure -------------------------------------------------------------------------
@dataclass
class Structure:
    questions: list[tuple[int, int]]
    answers: list[tuple[int, int, tuple[str | None, str, str | None]]]
    statement: tuple[int, tuple[str | None, str, str | None], str | None] | None  # (start, issuer, number)
    pull_quotes: list[tuple[Span, Mention]]
    asker: str

    def is_question_at(self, pos: int) -> bool:
        return any(s <= pos < e for s, e in self.questions)

    def answer_speaker_at(self, pos: int) -> tuple[str | None, str, str | None] | None:
        for s, e, sp in self.answers:
            if s <= pos < e:
                return sp
        return None

    def statement_issuer_at(self, pos: int) -> tuple[str | None, str, str | None] | None:
        if self.statement and pos >= self.statement[0]:
            return self.statement[1]
        return None


def _lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


# words in a page's head that make its questions an interview (normalised)
INTERVIEW_WORDS = word_list("claim_words.yaml", "interview_words")


def _page_structure(ctx: Ctx) -> Structure:
    text, lines = ctx.text, _lines(ctx.text)
    is_q = [text[s:e].rstrip().endswith(("؟", "?")) for s, e in lines]
    head = normalize(text[:600])
    interview = sum(is_q) >= 3 and any(w in head for w in INTERVIEW_WORDS) or sum(is_q) >= 6
    questions: list[tuple[int, int]] = []
    answers: list[tuple[int, int, tuple[str | None, str, str | None]]] = []
    pull: list[tuple[Span, Mention]] = []
    persons = [m for m in ctx.mentions if m.type == "PERSON"]
    # pull quotes: a line followed by a short line that is just a person's name
    name_lines = set()
    for i in range(1, len(lines)):
        s, e = lines[i]
        seg = text[s:e].strip()
        if len(seg.split()) <= 4:
            m = next((p for p in persons if p.start >= s and p.end <= e and p.end - p.start >= len(seg) - 2), None)
            if m is not None and not is_q[i - 1]:
                ps, pe = lines[i - 1]
                pull.append((Span(ps, pe), m))
                name_lines.add(i)
                name_lines.add(i - 1)
    if interview:
        first_q = next(i for i, q in enumerate(is_q) if q)
        intro = [p for p in persons if p.start < lines[first_q][0]]
        who = next((p for p in intro if p.role), intro[0] if intro else (persons[0] if persons else None))
        speaker = (who.entity_id, who.surface, who.role) if who else None
        for i in range(first_q, len(lines)):
            s, e = lines[i]
            if i in name_lines:
                continue
            if is_q[i]:
                questions.append((s, e + 1))
            elif speaker is not None:
                answers.append((s, e + 1, speaker))
    statement = None
    for s, e in lines:
        if normalize(text[s:e]).strip().startswith("بسم الله"):
            issuer = _statement_issuer(ctx, s)
            if issuer:
                number = None
                for ls, le in lines:
                    if ls >= s:
                        break
                    m = re.fullmatch(r"\s*(\S{1,6})\s*/\s*(\d{1,6})\s*", text[ls:le])
                    if m:
                        number = f"{m.group(1)} / {m.group(2)}"
                statement = (e, issuer, number)
            break
    asker = ctx.a.doc.publisher.name_ar or "السائل"
    return Structure(questions, answers, statement, pull, asker)


def _statement_issuer(ctx: Ctx, basmala_pos: int) -> tuple[str | None, str, str | None] | None:
    """The group signing a statement: the first actor named on the lines around the basmala."""
    near = [m for m in ctx.mentions if abs(m.start - basmala_pos) < 120 and m.type in ACTOR_TYPES - {"PERSON"}]
    if near:
        m = min(near, key=lambda m: abs(m.start - basmala_pos))
        return (m.entity_id, m.surface, None)
    pub = ctx.a.doc.publisher.name_ar
    return (None, pub, None) if pub else None


# ---- cue-driven claims ------------------------------------------------------------------------
def _tokens_in(ctx: Ctx, span: Span) -> list[int]:
    return list(range(*_token_range(ctx, span.start, span.end)))


def _token_range(ctx: Ctx, start: int, end: int) -> tuple[int, int]:
    """Indices [i, j) of the tokens inside [start, end): tokens are sorted and disjoint, so both ends bisect
    (the stage scanned every token of the page per sentence)."""
    if not ctx.tok_starts:
        ctx.tok_starts = [t.start for t in ctx.toks]
        ctx.tok_ends = [t.end for t in ctx.toks]
    i, j = bisect_left(ctx.tok_starts, start), bisect_right(ctx.tok_ends, end)
    return i, max(i, j)


def _mention_at(ctx: Ctx, start: int, end: int, types: set[str] = ACTOR_TYPES) -> list[Mention]:
    return [m for m in ctx.mentions if m.start >= start and m.end <= end and m.type in types]


def _bare(norm: str) -> str:
    """A word without its conjunction ("ولم" -> "لم"; "في" stays)."""
    return norm[1:] if len(norm) > 2 and norm[0] in "وف" else norm


def _is_question(ctx: Ctx, sent: Span, idx: list[int]) -> bool:
    """A sentence asking something ("كيف ترى ...؟"): its verbs report nothing."""
    return bool(idx) and ctx.text[sent.start:sent.end].rstrip().endswith(("؟", "?")) \
        and _bare(ctx.toks[idx[0]].norm) in INTERROGATIVES


def _cue_claims(ctx: Ctx, sent: Span) -> list[Claim]:
    idx = _tokens_in(ctx, sent)
    out: list[Claim] = []
    ctx.sent_contents = []
    if _is_question(ctx, sent, idx):
        return out
    k = 0
    while k < len(idx):
        ti = idx[k]
        tok = ctx.toks[ti]
        cue = _cue_of(tok, ctx.lex)
        if cue is None or (cue.role == "source" and _next_norm(ctx, ti) in RELATIVE_SUBJECTS) or (
                cue.not_next and _next_norm(ctx, ti).startswith(cue.not_next)):
            k += 1
            continue
        prev = _cue_of(ctx.toks[idx[k - 1]], ctx.lex) if k else None
        if cue.role == "noun" and prev is not None and prev.lemma == cue.lemma:
            k += 1       # "نفى نفيا قاطعا": the cognate object of the verb, no second claim
            continue
        if _bare(tok.norm) in RELAY_FRAME_NOUNS and _relayed_before(ctx, idx, k):
            k += 1       # "نقلت X عن Y قوله إن": the relay's frame; the relay verb's claim already reports it
            continue
        if cue.role == "verb" and k and _bare(ctx.toks[idx[k - 1]].norm) in MASDAR_OPENERS \
                and not ctx.text[ctx.toks[idx[k - 1]].end:tok.start].strip():
            # "على ذكر", "عدم نشر": after a preposition the form is the verbal noun; it needs a content clause
            cue = Cue(cue.lemma, cue.stance, cue.kind, "noun", needs_content=True)
        if cue.role == "relay" and _find_word(ctx, idx[:k + 1 + RELAY_REACH], k, "عن") is None:
            # no "عن <source>" close by: "نقل" is transport / transfer unless a content clause follows
            cue = Cue(cue.lemma, cue.stance, cue.kind, "verb", needs_content=True, said_object=True)
        c = _claim_from_cue(ctx, sent, idx, k, cue)
        if c is not None:
            out.append(c)
            ctx.last_speaker = (c.speaker_id, c.speaker_text, c.speaker_role)
            ctx.last_speaker_at = tok.start
            ctx.last_claim = c
            ctx.sent_contents.append(c.content)
        k += 1
    return out


# words that end an outlet's description before "عن": a day or a place ("ونقلت الصحيفة أمس عن", "في أربيل")
RELAY_DESC_STOPS = _norm_words("told_day_words", "function_words.yaml") | _norm_words("day_words", "function_words.yaml")


def _described_relay(ctx: Ctx, start: int, end: int) -> str | None:
    """An unnamed outlet between "نقل" and "عن" ("الصحيفة", "وكالات أنباء روسية"): its head is an outlet word."""
    toks = ctx.toks[slice(*_token_range(ctx, start, end))][:4]
    if not toks:
        return None
    head = toks[0].norm.removeprefix("ال")
    if head not in ctx.lex.outlet_heads and toks[0].stem not in ctx.lex.outlet_heads \
            and head.removesuffix("ات") + "ه" not in ctx.lex.outlet_heads:    # (plural: وكالات)
        return None
    stop = toks[0].end
    for t in toks[1:]:
        if any(ch in ctx.text[stop:t.start] for ch in "،,:\"«»") or t.norm in RELAY_DESC_STOPS or t.norm[:1].isdigit():
            break
        stop = t.end
    return " ".join(ctx.text[start:stop].split())


def _cue_between(ctx: Ctx, start: int, end: int) -> bool:
    """Another report's cue between a relay's source and a content opener ("عن X , وقال :", "ما قيل إنها"),
    the relay's frame noun (قوله) aside: the opener is that cue's."""
    return any(_cue_of(t, ctx.lex) is not None and _bare(t.norm) not in RELAY_FRAME_NOUNS
               for t in ctx.toks[slice(*_token_range(ctx, start, end))])


def _relayed_before(ctx: Ctx, idx: list[int], k: int) -> bool:
    """A relay verb ("نقل") shortly before the k-th token, with its "عن" between them."""
    for j in range(k - 1, max(-1, k - 1 - 2 * RELAY_REACH), -1):
        c = _cue_of(ctx.toks[idx[j]], ctx.lex)
        if c is not None and c.role == "relay":
            return any(ctx.toks[x].norm == "عن" for x in idx[j + 1:k])
    return False


def _subject_next(ctx: Ctx, idx: list[int], k: int, speaker: tuple[str | None, str, str | None]) -> bool:
    """After "ما" the verb's subject follows it at once ("وهو ما أكده الوزير", "ما أشار إليه تقرير المجلس");
    a name further on belongs to its object ("مما يوضح هدف التنظيم", "ما يشير إلى رغبة روسيا"): no speaker."""
    at = ctx.text.find(speaker[1], ctx.toks[idx[k]].end)
    if speaker[0] is None or at == -1:
        return True          # a described source ("مصادر محلية") starts right after the verb
    for j in idx[k + 1:]:
        t = ctx.toks[j]
        if t.start >= at:
            return True
        if not (_prepositional(t.norm) or _is_title(ctx, t) or _is_said(t) or _in_mention(ctx, t)
                or t.norm in SAID_SOURCE_WORDS):
            return False
    return True


def _next_norm(ctx: Ctx, ti: int) -> str:
    return ctx.toks[ti + 1].norm if ti + 1 < len(ctx.toks) else ""


def _claim_from_cue(ctx: Ctx, sent: Span, idx: list[int], k: int, cue: Cue) -> Claim | None:
    tok = ctx.toks[idx[k]]
    text = ctx.text
    speaker: tuple[str | None, str, str | None] | None = None
    relay: tuple[str | None, str | None] | None = None
    relay_content_start = tok.end
    relay_content = False     # a named relay: what is said starts after its source's name
    after_start = tok.end
    cs = _content_start(ctx, idx, k)
    window_end = cs or sent.end
    before = _bare(ctx.toks[idx[k - 1]].norm) if k else ""
    if cue.needs_content and cs is None and not (cue.said_object and _said_object(ctx, idx, k)):
        return _no_claim(ctx)       # "نشر قوات", "يُعتبر من", "رأي": the word's other sense
    if cue.impersonal and cs is not None and not _speaker_words(ctx, idx, k, cs):
        return _no_claim(ctx)       # "يُذكر أن": the page's own aside
    if before in RELATIVE_SUBJECTS and cue.role in ("verb", "participle"):
        # "ما يشير إلى أن" / "وهو ما يهدد": only a named subject after the verb makes it a claim
        speaker = _speaker_after(ctx, after_start, min(window_end, after_start + 140))
        if speaker is None or not _subject_next(ctx, idx, k, speaker):
            return _no_claim(ctx)
    elif cue.role == "participle":
        speaker = _dropped_subject(ctx, sent, idx, tok, participle=True)
    elif cue.role == "source":
        speaker = _speaker_after(ctx, tok.end, min(sent.end, tok.end + 80))
    elif cue.role == "relay":
        src_pos = _find_word(ctx, idx, k, "عن")
        if src_pos is not None:
            speaker = _speaker_after(ctx, src_pos, min(sent.end, src_pos + 120), allow_multi=True)
            # the relay: the person (else the first actor) between the verb and "عن"
            between = _mention_at(ctx, tok.end, src_pos)
            r = next((m for m in reversed(between) if m.type == "PERSON"), between[0] if between else None)
            relay = (r.entity_id, r.surface) if r else None
            relay_content = relay is not None
            if relay is None:
                # "ونقلت وكالات أنباء روسية عن": a described outlet relays (its text, no entity)
                d = _described_relay(ctx, tok.end, src_pos - len("عن"))
                relay = (None, d) if d else None
            named = [m for m in _mention_at(ctx, src_pos, min(sent.end, src_pos + 120))]
            relay_content_start = _relay_content_start(ctx.text, src_pos, named, sent.end)
            if relay_content_start == src_pos and cs is not None and not _cue_between(ctx, src_pos, cs):
                relay_content_start = cs     # "عن مصدر عسكري قوله إن": an unnamed source; what is said follows إن
    else:
        speaker = _svo_subject(ctx, sent, tok, object_first=cue.kind in OBJECT_KINDS
                               or cue.lemma in OBJECT_FIRST_LEMMAS) if cue.role == "verb" else None
        if cue.role == "verb" and k + 1 < len(idx) and _circumstantial(ctx, ctx.toks[idx[k + 1]]):
            window_end = after_start     # "وقال متوجها إلى الرئيس X": the verb's subject is dropped, X is addressed
        speaker = speaker or _speaker_after(ctx, after_start, min(window_end, after_start + 140))
        if speaker is None and cue.role == "noun":
            de = _find_word(ctx, idx, k, "من")
            if de is not None and de - tok.end < 20:
                speaker = _speaker_after(ctx, de, min(sent.end, de + 80))
        object_suffix = tok.norm not in ctx.lex.cues and tok.norm[1:] not in ctx.lex.cues   # "وصفها سياسيون"
        if speaker is None and cue.role == "verb" and window_end < sent.end and not _after_subject(ctx, idx, k) \
                and (object_suffix or (cue.kind not in OBJECT_KINDS and cue.lemma not in OBJECT_FIRST_LEMMAS)):
            speaker = _anaphor(ctx, _subject_after(ctx, idx, k, window_end), tok.start)
        if speaker is None and cue.role == "verb" and cue.kind in OBJECT_KINDS and cue.lemma not in OBJECT_FIRST_LEMMAS \
                and (tok.norm[0] in "وف" or k == 0 or ctx.toks[idx[k - 1]].norm in CLAUSE_OPENERS):
            fem_end = _feminine_subject_end(ctx, idx, k)
            if fem_end is not None:
                speaker = _anaphor(ctx, _subject_after(ctx, idx, k, fem_end), tok.start)
        if speaker is None and cue.role == "verb":
            speaker = _topic_subject(ctx, sent, idx, k)
        if speaker is None:
            speaker = _speaker_before(ctx, sent.start, tok.start)
        # "إذ يقول إن": after a clause opener the verb drops its subject when nothing nominal follows it
        opened = k > 0 and ctx.toks[idx[k - 1]].norm in CLAUSE_OPENERS and (
            window_end < sent.end and not any(tok.end <= m.start < window_end for m in ctx.mentions)
            and (k + 1 >= len(idx) or ctx.toks[idx[k + 1]].start >= window_end
                 or _not_subject_word(ctx, ctx.toks[idx[k + 1]])))
        # "وحول اتهام الأسد , قال إن": after a fronted adverbial the verb opens its clause
        opened = opened or (k > 0 and cs is not None and _after_fronted(ctx, idx) == k and text[cs] not in QUOTES
                            and sum(1 for x in idx[k + 1:] if ctx.toks[x].start < cs) <= 1)
        if speaker is None and (tok.norm[0] in "وف" or tok.start - sent.start < 4 or opened) and cue.role == "verb":
            speaker = _dropped_subject(ctx, sent, idx, tok)
    if speaker is None:
        if cue.role in ("noun", "source"):
            return None
        if cue.role == "verb" and cs is None and not _subject_like(ctx, idx, k):
            return _no_claim(ctx)   # no subject and nothing said: "تقدم يذكر", "يهدد مسار العمليات"
        speaker = (None, "unattributed", None)
    if cue.role == "relay" and relay_content:
        content = Span(relay_content_start, _content_end(ctx, relay_content_start, sent.end))
    elif cue.role == "source" and tok.start - sent.start > 15:
        content = Span(sent.start, tok.start)
    elif cs is not None and not (cue.role == "source" and any(
            _cue_of(ctx.toks[j], ctx.lex) for j in range(*_token_range(ctx, tok.end, cs)))):
        # ("وفق X ، لم يتبق ... ، موضحا أن": the أن after another cue is that cue's, not the source's)
        content = Span(cs, _content_end(ctx, cs, sent.end))
    else:
        content = _before_source(ctx, sent, idx, k)
        if content is None:
            cstart = _past_subject(ctx, idx, k, speaker, sent.end)
            content = Span(cstart, _content_end(ctx, cstart, sent.end))
    content = _trim(text, content)
    if content.end - content.start < 8:
        return None
    stance = cue.stance
    if before in CUE_NEGATORS:
        if cue.kind != "analysis":
            return _no_claim(ctx)   # "لم يذكر", "لم يؤكد": the speaker did not say it
        stance = "denies"   # "لا يرى أن": holds the opposite
    norm_content = normalize(text[content.start:content.end])
    if stance == "asserts" and any(p in norm_content for p in ctx.lex.denials) and cue.kind != "accusation":
        stance = "denies"
    kind = "denial" if stance == "denies" else cue.kind
    medium, detail = _medium(ctx, sent, tok, content)
    if medium is None and speaker[0] is not None and _is_media(ctx, speaker[0]):
        medium = _speaker_medium(ctx, speaker[0], speaker[1])
    if medium is None and relay is not None and relay[0] and _is_media(ctx, relay[0]) \
            and _outlet_kind(ctx, relay[0]) == "news agency":
        medium = "news agency"      # "نقلت رويترز عن مصادر ...": told to an agency
    when = _claim_date(ctx, sent, content, medium, tok.end, explicit=cue.role == "source" or (
        cs is not None and not (cue.role == "relay" and relay_content)))
    prev = _continued(ctx, cue, tok, speaker)
    if prev is not None:
        # "وأضاف أن", "مشيرا إلى أن": said in the same statement / call / conference, on the same day
        if medium is None:
            medium, detail = prev.medium, prev.medium_detail
        if when == "unknown":
            when = prev.date
    return Claim(
        id="", doc_id=ctx.a.doc.id, content=content, speaker_id=speaker[0], speaker_text=speaker[1],
        speaker_role=speaker[2], cue=tok.text, cue_span=Span(tok.start, tok.end), stance=stance, kind=kind,
        medium=medium, medium_detail=detail, date=when,
        relay_id=relay[0] if relay else None, relay_text=relay[1] if relay else None,
        quantities=_quantities(ctx, content),
    )


def _continued(ctx: Ctx, cue: Cue, tok: Token, speaker: tuple[str | None, str, str | None]) -> Claim | None:
    """The claim a continuing cue ("وأضاف", "وتابع", a participle) goes on with: the last one, by the same named
    speaker, in the same paragraph."""
    prev = ctx.last_claim
    if prev is None or (cue.lemma not in CONTINUING_LEMMAS and cue.role != "participle") or speaker[1] == "unattributed":
        return None
    if (prev.speaker_id or prev.speaker_text) != (speaker[0] or speaker[1]) or prev.cue_span is None:
        return None
    between = ctx.text[prev.cue_span.end:tok.start]
    if prev.cue_span.end > tok.start or "\n" in between or ". . ." in between or "…" in between:
        return None     # (". . ." ends a teaser: the next item is another report)
    return prev


def _relay_content_start(text: str, src_pos: int, named: list[Mention], sent_end: int) -> int:
    """After "عن <source>[ و<source>]،": the first comma after the named sources, else their end."""
    end = src_pos
    for m in named:
        if text[end:m.start].strip(" و،,") == "":
            end = m.end
    comma = min((i for i in (text.find("،", end, sent_end), text.find(",", end, sent_end)) if i != -1),
                default=-1)
    return comma + 1 if comma != -1 and comma - end < 10 else end


def _said_object(ctx: Ctx, idx: list[int], k: int) -> bool:
    """A said thing as the verb's object: after it in its clause ("نشرت ... عددا من الأخبار"), or the antecedent
    of its object pronoun ("الأخبار التي نشرتها")."""
    if k >= 2 and ctx.toks[idx[k - 1]].norm in RELATIVE_PRONOUNS and _is_said(ctx.toks[idx[k - 2]]):
        return True
    end = ctx.toks[idx[k]].end
    for j in idx[k + 1:k + 1 + SAID_REACH]:
        t = ctx.toks[j]
        if any(ch in ctx.text[end:t.start] for ch in "،,.:؛") or _cue_of(t, ctx.lex) is not None:
            return False
        if _is_said(t):
            return True
        end = t.end
    return False


def _is_said(t: Token) -> bool:
    return t.norm in SAID_NOUNS or t.stem in SAID_NOUNS


def _no_claim(ctx: Ctx) -> None:
    """A reporting word that reports nothing here: a later pronoun-dropped verb has no known speaker from it
    (as when it counted as an unattributed claim), rather than one from further back."""
    ctx.last_speaker = (None, "unattributed", None)
    return None


def _subject_like(ctx: Ctx, idx: list[int], k: int) -> bool:
    """A definite noun, or a noun in construct with one, right after a verb could be its unnamed subject
    ("أعلنت السلطات القطرية", "أعلنت وزارة الداخلية"); "يهدد مسار" alone, "تقدم يذكر في" could not."""
    nxt = [ctx.toks[j] for j in idx[k + 1:k + 3]]
    if not nxt:
        return False
    t = nxt[0]
    if _definite(t) or any(m.start <= t.start < m.end for m in ctx.mentions):
        return True
    return len(nxt) == 2 and _definite(nxt[1]) and t.norm not in SOURCE_END_PREPOSITIONS \
        and t.norm not in OPENER_BLOCKERS and not ctx.text[t.end:nxt[1].start].strip()


def _definite(t: Token) -> bool:
    return len(t.norm) > 3 and t.norm.startswith("ال")


def _speaker_words(ctx: Ctx, idx: list[int], k: int, end: int) -> bool:
    """Whether a subject stands between the cue idx[k] and its content at end (a word besides "إلى")."""
    for j in idx[k + 1:]:
        t = ctx.toks[j]
        if t.start >= end:
            return False
        if t.norm not in SOURCE_END_PREPOSITIONS:
            return True
    return False


def _before_source(ctx: Ctx, sent: Span, idx: list[int], k: int) -> Span | None:
    """"..., بحسب ما أفاد المرصد": the claim is what the sentence said before "بحسب ما"."""
    if k < 2 or _bare(ctx.toks[idx[k - 1]].norm) not in RELATIVE_SUBJECTS:
        return None
    src = ctx.toks[idx[k - 2]]
    c = _cue_of(src, ctx.lex)
    if c is None or c.role != "source" or src.start - sent.start <= 15:
        return None
    return Span(sent.start, src.start)


def _find_word(ctx: Ctx, idx: list[int], k: int, word: str) -> int | None:
    for j in idx[k + 1:]:
        if ctx.toks[j].norm == word:
            return ctx.toks[j].end
    return None


_VERB = Cue("", "asserts", "statement", "verb")


def _content_start(ctx: Ctx, idx: list[int], k: int) -> int | None:
    """Offset where the reported content begins: after إن/أن, a colon, or an opening quote."""
    text = ctx.text
    start = ctx.toks[idx[k]].end
    own = _cue_of(ctx.toks[idx[k]], ctx.lex) or _VERB
    skip_until = start
    for j in idx[k + 1:k + 25]:
        t = ctx.toks[j]
        if t.start < skip_until:          # inside a quoted name
            continue
        between = text[max(start, skip_until):t.start]
        base = max(start, skip_until)
        if ":" in between:
            return base + between.index(":") + 1
        q = next((i for i, ch in enumerate(between) if ch in "\"“«"), None)
        if q is not None:
            close = _quoted_name_end(text, base + q)
            if close is None:
                return base + q
            skip_until = close + 1
            continue
        if t.norm in CONTENT_OPENERS and not (t.text[0] in "أا" and _bare(ctx.toks[j - 1].norm) in OPENER_BLOCKERS):
            return t.start   # "في أن يشهد" is a subordinate clause; "في إن" (a name cut out before it) is not
        c = _cue_of(t, ctx.lex)
        if c is not None and c.role in ("verb", "relay") and ctx.toks[j - 1].norm not in CONTENT_OPENERS \
                and own.role == "verb":
            return None      # "نشرت صحيفة مقالا يقول فيه إن": the content is the later verb's ("نقل عن X قوله" is not)
        start = t.end
    return None


def _quoted_name_end(text: str, q: int) -> int | None:
    """Closing quote of a quotation of at most three words (a quoted name: وقال "جيش الإسلام" إن
    ...), which is no content; None for a real quotation."""
    close = min((j for j in (text.find(c, q + 1) for c in "\"”»") if j != -1), default=-1)
    if close != -1 and len(text[q + 1:close].split()) <= 3 and "\n" not in text[q:close]:
        return close
    return None


def _content_end(ctx: Ctx, start: int, sent_end: int) -> int:
    """End of the sentence, or of the quotation when it opened here and closes later in the line; then cut
    where another report begins (_clause_end)."""
    text = ctx.text
    seg = text[start:sent_end]
    opens = sum(seg.count(c) for c in "“«") + seg.count('"') % 2
    closes = sum(seg.count(c) for c in "”»")
    if opens > closes:
        line_end = text.find("\n", sent_end)
        line_end = len(text) if line_end == -1 else line_end
        for close in ("”", "»", '"'):
            j = text.find(close, sent_end, line_end)
            if j != -1:
                return _clause_end(ctx, start, j + 1)
    return _clause_end(ctx, start, sent_end)


def _clause_end(ctx: Ctx, start: int, end: int) -> int:
    """What is said ends where, outside a quotation, another report begins (", مضيفا أن", "وأضاف أن",
    "كما أكد"), or at a date-time stamp (the next item of a ticker run into the sentence)."""
    text = ctx.text
    m = ITEM_STAMP.search(text, start, end)
    if m:
        end = m.start()     # (a stub before it, "لن", is then too short to be a claim)
    lo, hi = _token_range(ctx, start, end)
    quoted = False
    prev_end = start
    for ti in range(lo, hi):
        t = ctx.toks[ti]
        gap = text[prev_end:t.start]
        for ch in gap:
            quoted = (not quoted) if ch == '"' else (True if ch in "“«" else (False if ch in "”»" else quoted))
        prev_end = t.end
        if quoted or t.start - start < 8:
            continue
        cue = _cue_of(t, ctx.lex)
        if cue is None or cue.role not in ("verb", "participle") or cue.needs_content or cue.impersonal:
            continue    # ("، يعتبر استخفافا": "is considered"; "وينقل الأوامر": carries; part of what is said)
        if _bare(t.norm) in RELAY_FRAME_NOUNS:
            continue    # "عن مصادر ، قولها إن": the relay's frame
        before = _bare(ctx.toks[ti - 1].norm)
        if before in CLAUSE_BREAK_WORDS:
            cut = ctx.toks[ti - 1].start
        elif (any(ch in gap for ch in "،,؛") and cue.role == "participle") or (
                (any(ch in gap for ch in "،,؛") or (t.norm[:1] in "وف" and t.norm not in ctx.lex.cues))
                and _opens_content(ctx, ti, hi)):
            cut = t.start       # (", كشف مصير" after a comma is a verbal noun: a verb needs its own أن/إن/colon)
        else:
            continue        # "إن الوزير أكد أن", "بيان الرياض ... وطالب بتنحي الأسد ، مرفوض": inside what is said
        while cut > start and (text[cut - 1].isspace() or text[cut - 1] in "،,؛"):
            cut -= 1
        if cut - start >= 8:
            return cut
    return end


def _plain_description(ctx: Ctx, desc: str) -> bool:
    """A described source that is only a noun phrase ("مسؤولون في قوات الحشد الشعبي"), not one run into what was
    said ("المصدر بسقوط رجل وطفل")."""
    toks = tokenize(desc)
    return len(toks) <= 6 and not any(_governs_object(ctx, t) for t in toks[1:])


def _governs_object(ctx: Ctx, t: Token) -> bool:
    """A word between a verb and a name that makes the name its object, not its subject: "يدعو إلى تصنيف
    الإخوان", "طالب بتنحي الأسد", "يؤكد على ضرورة التحالف"."""
    n = t.norm
    return n in CONTENT_PREPOSITIONS or n in ("علي", "على", "من") or (
        n[:1] in "بل" and len(n) > 3 and n not in ctx.lex.title_words and n[1:] not in ctx.lex.title_words)


def _past_time_words(ctx: Ctx, start: int, sent_end: int) -> int:
    """Past a time expression right at start ("أعلنت تركيا هذا الأسبوع عن", "الأسبوع الماضي النصر"): when, not what."""
    from rasd.text.dates import find_dates

    lead = len(ctx.text[start:sent_end]) - len(ctx.text[start:sent_end].lstrip())
    seg = ctx.text[start + lead:min(sent_end, start + lead + 40)]
    first = next(iter(find_dates(seg, ctx.ref)), None)
    if first is not None and first.start == 0 and sent_end - (start + lead + first.end) >= 8:
        return start + lead + first.end
    return start


def _opens_content(ctx: Ctx, ti: int, hi: int) -> bool:
    """Whether the verb at ti has its own إن/أن or colon close after it ("وأضاف أن", "وقال :")."""
    for j in range(ti + 1, min(hi, ti + 1 + OPENER_REACH)):
        if ":" in ctx.text[ctx.toks[j - 1].end:ctx.toks[j].start] or ctx.toks[j].norm in CONTENT_OPENERS:
            return True
    return False


def _past_subject(ctx: Ctx, idx: list[int], k: int, speaker: tuple[str | None, str, str | None], sent_end: int) -> int:
    """With no إن/أن, colon or quote the said thing follows the verb's subject: after its named subject
    ("أعلن مسؤولون في الحشد ، اليوم الاثنين ، استئناف ..."), a when/where phrase up to a comma, a parenthesis,
    and "عن" ("أعلنت السلطات السورية عن تشكيل لجنة")."""
    text = ctx.text
    tok = ctx.toks[idx[k]]
    verb = (_cue_of(tok, ctx.lex) or _VERB).role in ("verb", "participle")
    start = tok.end
    if speaker[1] != "unattributed" and len(speaker[1]) > 1 and (speaker[0] or _plain_description(ctx, speaker[1])):
        at = text.find(speaker[1], tok.end, min(sent_end, tok.end + SUBJECT_SPAN))
        if at != -1 and text[at + len(speaker[1]):at + len(speaker[1]) + 1].isalpha():
            at = -1     # "مراسل" inside "مراسلنا": not the subject's end
        gap = [ctx.toks[j] for j in range(*_token_range(ctx, tok.end, at))] if at != -1 else []
        if at != -1 and not any(ch in text[tok.end:at] for ch in "،,:.؛") and len(gap) <= 8 \
                and not any(_cue_of(t, ctx.lex) or _governs_object(ctx, t) for t in gap):
            start = at + len(speaker[1])
            opener = text[tok.end:at].rstrip()[-1:]
            after = text[start:start + 3].lstrip()[:1]
            if opener and after and (opener + after) in ('""', "“”", "«»", "()"):
                start = text.index(after, start) + 1      # 'أعلن تنظيم " داعش " مسؤوليته': past the closing quote
    while True:
        s0 = start
        while start < sent_end and (text[start].isspace() or text[start] in "،,"):
            start += 1
        if text.startswith("(", start):
            close = text.find(")", start, min(sent_end, start + 40))
            start = close + 1 if close != -1 else start
        comma = min((j for j in (text.find("،", start, sent_end), text.find(",", start, sent_end)) if j != -1),
                    default=-1)
        words = [w for w in normalize(text[start:comma]).split() if w.isalpha()] if comma != -1 else []
        if words and len(words) <= 12 and words[0].lstrip("و") in ADVERBIAL_OPENERS:
            start = comma + 1    # "، اليوم الاثنين ،", "خلال اجتماع مجلسه في زيوريخ ،"
        start = _past_time_words(ctx, start, sent_end)
        word = text[start:start + 6].split()[:1]
        if word and normalize(word[0]) in CONTENT_PREPOSITIONS and verb:
            start += text[start:].index(word[0]) + len(word[0])   # "أعلن ... عن": what follows was announced
        if start == s0:
            break
    return start if sent_end - start >= 8 else tok.end


def _trim(text: str, span: Span) -> Span:
    s, e = span.start, span.end
    while s < e and (text[s].isspace() or text[s] in "،,:"):
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return Span(s, e)


def _speaker_after(ctx: Ctx, start: int, end: int, allow_multi: bool = False) -> tuple[str | None, str, str | None] | None:
    """The noun phrase right after a cue: an entity, or a title phrase then an entity, or a described source."""
    if end <= start:
        return None
    ms = _mention_at(ctx, start, end)
    appositive_person = bool(ms) and ms[0].type == "PERSON" and len(ctx.text[start:ms[0].start].split()) <= 2
    if not appositive_person and _described_head(ctx, start, ms[0].start if ms else end):
        # "شبكات محلية سورية": a described source; the entity is only its modifier
        desc = _described_source(ctx, start, end)
        if desc:
            return (None, desc, None)
    if ms:
        first = ms[0]
        gap = ctx.text[start:first.start]
        gap_words = normalize(gap).replace("ـ", " ").split()
        titled = all(w in ctx.lex.title_words or w.lstrip("وفبل") in ctx.lex.title_words for w in gap_words)
        if any(ch in gap for ch in "،,:؛.") or not (len(gap_words) <= 2 or (titled and len(gap_words) <= 10)):
            ms = []
    if ms:
        first = ms[0]
        # "الناطق باسم X Y" / "المتحدثة باسم الخارجية الروسية ماريا زاخاروفا": the person speaks
        chosen = first
        for m in ms[1:]:
            between = ctx.text[chosen.end:m.start]
            if m.type == "PERSON" and chosen.type != "PERSON" and len(between.split()) <= 3 \
                    and not any(ch in between for ch in "،,:؛."):
                chosen = m
                break
        role = chosen.role
        person = _apposed_after(ctx, chosen, end) if chosen.type != "PERSON" and _titled_gap(ctx, start, chosen.start) \
            else None
        if person is not None:
            # "أكد وزير الخارجية الروسي , سيرغي لافروف ,": the named person holds the title
            return (person.entity_id, person.surface, " ".join(ctx.text[start:chosen.end].split()))
        if not role and _titled_gap(ctx, start, chosen.start):
            # "قال متحدث باسم وزارة الدفاع": the body speaks through its spokesman
            role = " ".join(ctx.text[start:chosen.start].split())
        if chosen is not first and not role:
            role = " ".join(ctx.text[start:chosen.start].split()) or None
        return (chosen.entity_id, chosen.surface, role)
    desc = _described_source(ctx, start, end)
    if desc:
        return (None, desc, None)
    return None


SUBJECT_STOP_WORDS = (_norm_words("subject_stop_words") | _norm_words("non_subject_prepositions", "function_words.yaml")
                      | _norm_words("relative_pronouns", "function_words.yaml")
                      | _norm_words("object_premodifiers", "function_words.yaml"))
SPEECH_EVENT_NOUNS = _norm_words("speech_event_nouns")
SUBJECT_LINK_WORDS = _norm_words("subject_link_words")
MAX_SUBJECT_WORDS = 9
LATTER_WORDS = _norm_words("latter_words")
DEMONSTRATIVES = _norm_words("demonstratives")
BODY_WORDS = _norm_words("body_head_words")
MAX_REST_WORDS = 12         # a relative clause or adverbials between the subject and what it reports
MAX_ADVERBIAL_WORDS = 8     # "قال X , في بيان , أمس , إن": words between a subject and what it reports
SPEAKER_HEAD_WORDS = _norm_words("speaker_head_words")
TIME_NOUNS = _norm_words("time_nouns")
OBJECT_FIRST_LEMMAS = word_list("claim_words.yaml", "object_first_lemmas")
OBJECT_KINDS = ("accusation", "demand", "threat")   # "واتهم السعودية بـ": after these verbs a noun is the object
PRONOUN_ENDS = ("ه", "ها", "هم", "هما")   # attached pronouns ("فيه", "منهم", "انسحابه")
NAME_LINKS = ("بن", "بنت")       # "son of" inside a name ("بن علي يلدرم"), no preposition ب
PREPOSITION_PRONOUNS = frozenset(("ه", "ها", "هم", "هما", "هن", "نا", "ك", "كم", "ي"))   # "له", "بها", "لنا"


def _subject_after(ctx: Ctx, idx: list[int], k: int, cs: int) -> tuple[str | None, str, str | None] | None:
    """The subject noun phrase between a reporting verb and what it reports ("وقالت المفوضية في بيان إن",
    "وتقول الباحثة في معهد X رندة سليم"): in VSO order whatever noun phrase stands there is the verb's
    subject, known entity or not. None when the verb drops its subject or the phrase is unclear."""
    words: list[Token] = []
    for j in idx[k + 1:]:
        t = ctx.toks[j]
        if t.start >= cs:
            break
        prev_end = words[-1].end if words else ctx.toks[idx[k]].end
        gap = ctx.text[prev_end:t.start]
        if any(ch in gap for ch in "،,:؛.()"):
            if words and any(ch in gap for ch in "،,") and _is_title(ctx, words[0]):
                return _apposed_person(ctx, words, t, cs) or _named_subject(ctx, words)
            rest = [ctx.toks[x] for x in idx if t.start <= ctx.toks[x].start < cs]
            if words and (len(rest) > MAX_ADVERBIAL_WORDS or any(x.norm in ctx.lex.negations for x in rest)):
                return None           # a clause before what is reported: the phrase may be an object
            break
        n = t.norm
        if not words and n[:1] == "ل" and n[1:] in PREPOSITION_PRONOUNS and j + 1 < len(ctx.toks) \
                and not (ctx.toks[j + 1].norm[:1] in "بلك" and not _in_mention(ctx, ctx.toks[j + 1])):
            continue                  # "قالت لي آنا X , الباحثة": the one spoken to stands before the subject
        if words and words[-1].norm in NAME_LINKS:
            words.append(t)           # "بن علي": a name goes on (علي is also the folded preposition على)
            continue
        if words and n in SUBJECT_LINK_WORDS:
            # "الباحثة في معهد": a title goes on; "المفوضية في بيان": an adverbial starts
            nxt = ctx.toks[j + 1].norm if j + 1 < len(ctx.toks) else ""
            title_goes_on = _is_title(ctx, words[-1]) or (_is_title(ctx, words[0]) and words[-1].norm.startswith("ال")
                                                           and not _in_mention(ctx, words[-1]))
            if title_goes_on and nxt.removeprefix("ال") not in SPEECH_EVENT_NOUNS:
                words.append(t)
                continue
            break
        if words and n.startswith("لل") and _is_title(ctx, words[0]) and words[-1].norm.startswith("ال") \
                and "ال" + n[2:] not in SPEECH_EVENT_NOUNS and n[2:] not in SPEECH_EVENT_NOUNS:
            words.append(t)           # "الرئيس السابق للموساد": the title's genitive with ل
            continue
        if words and n in SPEECH_EVENT_NOUNS and words[-1].norm.startswith("ال"):
            break                     # "ونشرت الممثلة تغريدة": an indefinite noun after a definite one is the object
        if not words and n in DEMONSTRATIVES and (j + 1 >= len(ctx.toks) or not ctx.toks[j + 1].norm.startswith("ال")
                                                  or ctx.toks[j + 1].norm in TIME_NOUNS):
            break                     # "قال هذا الأسبوع": a time, not a subject
        if _not_subject_word(ctx, t) or (j + 1 < len(ctx.toks) and ctx.toks[j + 1].norm == "ا"):
            break                     # "مؤخر ا": an adverb whose tanween alif was split off
        words.append(t)
        if len(words) > MAX_SUBJECT_WORDS:
            return None
    while words and words[-1].norm in SUBJECT_LINK_WORDS:
        words.pop()                   # "وكشف النائب العام عن أن": the link led to no name
    if not words or (_pronoun_suffixed(words[0]) and not _is_title(ctx, words[0])):
        return None                   # "أعلن انسحابه": a verbal noun with its owner is the object
    if sum(1 for x in idx if words[-1].end <= ctx.toks[x].start < cs) > MAX_REST_WORDS \
            and not _mention_at(ctx, words[0].start, words[-1].end):
        return None                   # what is reported comes far after: the phrase may be an object
    return _named_subject(ctx, words)


def _after_subject(ctx: Ctx, idx: list[int], k: int) -> bool:
    """"هذا المقال يكشف عدة أمور": a present-tense verb right after a word (no clause opener, no
    punctuation) follows its subject, so the noun after it is its object."""
    tok = ctx.toks[idx[k]]
    if k == 0 or tok.norm[0] not in "يت":
        return False
    prev = ctx.toks[idx[k - 1]]
    return prev.norm not in CLAUSE_OPENERS and not any(ch in ctx.text[prev.end:tok.start] for ch in "،,:؛.()-")


def _anaphor(ctx: Ctx, subj: tuple[str | None, str, str | None] | None, at: int) -> tuple[str | None, str, str | None] | None:
    """"وأضافت الوزارة", "ورأى الفارس", "وقال الرئيس التركي": a definite phrase whose words all stand in the
    last speaker's name or title names that speaker again."""
    if subj is None or subj[0] is not None or subj[2]:
        return subj
    if normalize(subj[1]) in LATTER_WORDS:
        # "حيث ترى الأخيرة أن": the latter is the last actor named before
        m = next((m for m in reversed(ctx.mentions) if m.end <= at and m.entity_id), None)
        if m is None:
            return subj
        return (m.entity_id, m.surface, m.role) if m.type in ACTOR_TYPES else (None, m.surface, None)
    if ctx.last_speaker is None:
        return subj
    last = ctx.last_speaker
    known = {w.removeprefix("ال") for w in normalize(f"{last[1]} {last[2] or ''}").split()}
    words = normalize(subj[1]).split()
    if words and words[0].startswith("ال") and all(w.removeprefix("ال") in known for w in words):
        return last
    return subj


def _not_subject_word(ctx: Ctx, t: Token) -> bool:
    """A word that ends the subject: adverb, time word, preposition ("فيه",
    "للصحفيين"), relative, another cue, or an accusative adverb ("ساخرا", "ردا")."""
    n = t.norm
    if n in SUBJECT_STOP_WORDS or n[1:] in SUBJECT_STOP_WORDS and n[0] in "وف" or _prepositional(n):
        return True
    if any(n.endswith(suf) and n[: -len(suf)] in SUBJECT_STOP_WORDS for suf in PRONOUN_ENDS):
        return True
    if _cue_of(t, ctx.lex) is not None:
        return True
    return not n.startswith("ال") and n.endswith("ا") and len(n) >= 4 and not _in_mention(ctx, t)


def _circumstantial(ctx: Ctx, t: Token) -> bool:
    """"متوجها", "مخاطبا", "مضيفا": an indefinite accusative participle of a derived verb (مـ...ـا), a حال that
    describes the subject; right after a verb it leaves no room for a subject after it."""
    n = t.norm
    return n.startswith("م") and n.endswith("ا") and len(n) >= 5 and not _in_mention(ctx, t)


def _pronoun_suffixed(t: Token) -> bool:
    """"انسحابه", "تفاصيلك": an attached pronoun, read on the surface (normalising folds ة into ه)."""
    return not t.norm.startswith("ال") and len(t.norm) >= 4 and t.text.endswith(PRONOUN_ENDS + ("ك", "كم"))


def _apposed_person(ctx: Ctx, words: list[Token], after: Token, cs: int) -> tuple[str | None, str, str | None] | None:
    """"قال المتحدث باسم الرئاسة التركية , إبراهيم قالن , إن": the name after the comma speaks, the title
    before it is the role; a name the knowledge base lacks stands alone between the commas."""
    role = " ".join(ctx.text[words[0].start:words[-1].end].split())
    m = next((m for m in ctx.mentions if m.start == after.start and m.type == "PERSON"), None)
    if m is not None:
        return (m.entity_id, m.surface, role)
    end = min((i for i in (ctx.text.find(c, after.start, cs) for c in "،,") if i != -1), default=cs)
    name = ctx.toks[slice(*_token_range(ctx, after.start, end))]
    while name and _is_title(ctx, name[0]):      # ", الجنرال أيال بن رؤوبين": a rank before the name
        role, name = role + " " + name[0].text, name[1:]
    if 1 <= len(name) <= 3 and not any(t.norm.startswith("ال") or _not_subject_word(ctx, t) or _is_title(ctx, t)
                                       for t in name):
        return (None, " ".join(ctx.text[name[0].start:name[-1].end].split()), role)
    return None


def _known_elsewhere(ctx: Ctx, text: str) -> tuple[str | None, str, str | None] | None:
    """The phrase is an actor the page names elsewhere (a quoted or split name the matcher missed here:
    اعتبرت جبهة "فتح الشام")."""
    n = normalize(text)
    m = next((m for m in ctx.mentions if m.entity_id and m.type in ACTOR_TYPES and normalize(m.surface) == n), None)
    return (m.entity_id, m.surface, m.role) if m is not None else None


def _is_title(ctx: Ctx, t: Token) -> bool:
    return t.norm in ctx.lex.title_words or t.stem in ctx.lex.title_words or t.norm in ctx.lex.described \
        or t.stem in ctx.lex.described or t.norm in SPEAKER_HEAD_WORDS


def _prepositional(n: str) -> bool:
    """"للصحفيين", "لوكالة", "له", "بها": a preposition's phrase, not a subject."""
    if n.startswith(("لل", "بال", "كال")) or n in ("ل", "ب", "ك"):
        return True
    if n in NAME_LINKS:
        return False
    return n[0] in "لبك" and (n[1:] in PREPOSITION_PRONOUNS or n[1:] in SPEECH_EVENT_NOUNS)


def _in_mention(ctx: Ctx, t: Token) -> bool:
    return any(m.start <= t.start < m.end for m in ctx.mentions)


def _named_subject(ctx: Ctx, words: list[Token]) -> tuple[str | None, str, str | None]:
    """A title then a name the knowledge base does not know ("رئيس الوزراء التركي بن علي يلدرم"): the name
    speaks, the title is its role; otherwise the whole described phrase speaks."""
    text = " ".join(" ".join(ctx.text[words[0].start:words[-1].end].split()).strip(QUOTES).split())
    text = " ".join(w.strip(QUOTES) for w in text.split() if w.strip(QUOTES))
    known = _known_elsewhere(ctx, text)
    if known is not None:
        return known
    in_body = [any(m.start < w.end and w.start < m.end and m.type != "PERSON" for m in ctx.mentions) for w in words]
    last_title = max((i for i, w in enumerate(words) if w.norm.startswith(("ال", "وال")) or _is_title(ctx, w)
                      or in_body[i]), default=-1)     # "المحكمة الخاصة بلبنان": a place is in the title
    name = words[last_title + 1:]
    for m in ctx.mentions:     # a person's mention after a title names the speaker ("الرئيس التركي طيب أردوغان")
        if m.type == "PERSON" and words[0].start <= m.start and m.end <= words[-1].end and all(
                _is_title(ctx, w) or w.norm.startswith(("ال", "وال")) or w.norm in SUBJECT_LINK_WORDS
                for w in words if w.end <= m.start and w not in name):
            first = name[0].start if name and name[0].start <= m.start else m.start
            role = " ".join(ctx.text[words[0].start:first].split()) or m.role
            return (m.entity_id, " ".join(ctx.text[first:m.end].split()), role)
    # a name stands in apposition to a definite title ("العقيد هيثم"); an indefinite one takes a genitive
    if last_title >= 0 and _is_title(ctx, words[0]) and (words[last_title].norm.startswith(("ال", "وال"))
                                                         or in_body[last_title]) \
            and 1 <= len(name) <= 4 and not name[0].norm.startswith(("لل", "بال")):
        role = " ".join(ctx.text[words[0].start:words[last_title].end].split())
        return (None, " ".join(ctx.text[name[0].start:name[-1].end].split()), role)
    nisba = _nisba_name(ctx, words, in_body)
    if nisba is not None:
        return nisba
    return (None, text, None)


def _nisba_name(ctx: Ctx, words: list[Token], in_body: list[bool]) -> tuple[str | None, str, str | None] | None:
    """"المحامية زينة المصري", "العقيد وليد السالم": a definite title (no link word: "الخبير في شؤون X" is a
    title going on), then a given name and a family name in ال- (a nisba): the name starts at the first word
    that is neither title nor definite, and ends in the nisba."""
    if not _is_title(ctx, words[0]) or not words[0].norm.startswith(("ال", "وال")):
        return None
    lead = 0
    while lead < len(words) and (_is_title(ctx, words[lead]) or words[lead].norm.startswith(("ال", "وال"))
                                 or in_body[lead]):
        if words[lead].norm in SUBJECT_LINK_WORDS or words[lead].norm in TITLE_LINK_WORDS:
            return None
        lead += 1
    name = words[lead:]
    if not 2 <= len(name) <= 4 or not name[-1].norm.startswith("ال") or name[0].norm[:1] in "لب" \
            or name[0].norm.startswith("ال") or _not_subject_word(ctx, name[0]) \
            or any(_is_title(ctx, w) or in_body[lead + i] or w.norm in SUBJECT_LINK_WORDS for i, w in enumerate(name)):
        return None
    role = " ".join(ctx.text[words[0].start:words[lead - 1].end].split())
    return (None, " ".join(ctx.text[name[0].start:name[-1].end].split()), role)


def _apposed_after(ctx: Ctx, m: Mention, end: int) -> Mention | None:
    """A person's mention right after "m ," (apposition), a rank or title allowed before the name
    ("عضو لجنة الخارجية والأمن البرلمانية , الجنرال أيال بن رؤوبين ,")."""
    return next((p for p in ctx.mentions if p.type == "PERSON" and m.end < p.start < end
                 and _comma_then_title(ctx, ctx.text[m.end:p.start])), None)


def _comma_then_title(ctx: Ctx, gap: str) -> bool:
    gap = gap.strip()
    if gap[:1] not in ("،", ","):
        return False
    return all(w in ctx.lex.title_words for w in normalize(gap[1:]).split()[:3]) and len(gap[1:].split()) <= 3


def _titled_gap(ctx: Ctx, start: int, end: int) -> bool:
    """Words between a cue and its speaker that all belong to a title ("المتحدث باسم")."""
    words = normalize(ctx.text[start:end]).split()
    return bool(words) and all(w in ctx.lex.title_words and len(w) > 1 for w in words) \
        and words[0] not in SUBJECT_LINK_WORDS and words[0] not in BODY_WORDS


def _described_head(ctx: Ctx, start: int, end: int) -> bool:
    words = normalize(ctx.text[start:end]).split()
    return bool(words) and words[0] in ctx.lex.described


# "came" and "that" that end a claim source's name (normalised)
SOURCE_END_WORDS = word_list("function_words.yaml", "source_end_words")
# prepositions that end a claim source's name (normalised)
SOURCE_END_PREPOSITIONS = word_list("function_words.yaml", "source_end_prepositions")


def _described_source(ctx: Ctx, start: int, end: int) -> str | None:
    """An unnamed source: "مصادر خاصة من داخل غوطة دمشق الشرقية", "حسابات جهادية تابعة لـX"."""
    toks = ctx.toks[slice(*_token_range(ctx, start, end))][:12]
    if not toks:
        return None
    head = toks[0]
    if head.norm not in ctx.lex.described and head.stem not in ctx.lex.described:
        two = " ".join(t.norm for t in toks[:2])
        if two not in ctx.lex.described:
            return None
    stop = toks[0].end
    media = [m for m in ctx.mentions if m.type == "MEDIA" and m.start >= start]
    for t in toks[1:8]:
        if _cue_of(t, ctx.lex) is not None or t.norm in SOURCE_END_WORDS:
            break
        between = ctx.text[stop:t.start]
        if any(ch in between for ch in "،,:") or t.norm in CONTENT_OPENERS or t.norm in SOURCE_END_PREPOSITIONS:
            break
        if any(m.start <= t.start < m.end or (t.norm.startswith("ل") and m.start == t.start + 1) for m in media):
            break
        if any(m.start - 1 <= t.start < m.end and m.type == "MEDIA" for m in ctx.mentions):
            break
        stop = t.end
    return " ".join(ctx.text[start:stop].split()).strip(QUOTES + " ")


CLAUSE_OPENERS = _norm_words("clause_openers")
RELATIVES = _norm_words("relatives_short", "function_words.yaml")     # "وكالة سبأ التي تنشر"


SVO_NOT_BEFORE = _norm_words("non_subject_prepositions", "function_words.yaml")


_SPACE_QUOTES = re.compile(r"[\s\"“”«»']*")


def _subject_follows(ctx: Ctx, tok: Token) -> bool:
    """The verb is followed by a subject: an actor's name or a title ("قالت وزارة", "قال وزير")."""
    m = _SPACE_QUOTES.match(ctx.text, tok.end)
    at = m.end() if m else tok.end
    i = _token_range(ctx, at, len(ctx.text))[0]
    if i >= len(ctx.toks) or ctx.toks[i].start != at:
        return False
    nxt = ctx.toks[i]
    return (_is_title(ctx, nxt) and nxt.norm not in SUBJECT_LINK_WORDS) \
        or any(m.start == at and m.type in ACTOR_TYPES for m in ctx.mentions)


def _svo_subject(ctx: Ctx, sent: Span, tok: Token, check_cue: bool = True,
                 object_first: bool = True) -> tuple[str | None, str, str | None] | None:
    """"إلا أن الحكومة السورية تتهم المعارضة": an actor standing right before a verb without "و" and
    opening its clause is the subject (SVO); the actor after the verb is then its object."""
    if tok.norm[0] in "وف" and (not check_cue or tok.norm not in ctx.lex.cues):
        return None                       # "وتقول": a conjoined verb, whose subject follows or is dropped
    m = next((m for m in ctx.mentions if m.type in ACTOR_TYPES and m.start >= sent.start and m.end <= tok.start
              and _relative_gap(ctx.text[m.end:tok.start]) in ("", *RELATIVES)), None)
    if m is None:
        return None
    if _relative_gap(ctx.text[m.end:tok.start]) and tok.norm not in ctx.lex.cues:
        return None                       # "إسرائيل التي تتهمها سوريا": the antecedent is the verb's object
    words = ctx.text[sent.start:m.start].split()
    if _dateline(ctx, sent.start, m):
        return None                       # "بغداد - الجورنال نيوز اتهمت لجنة": the dateline's outlet, not the subject
    if words and normalize(words[-1]) in SVO_NOT_BEFORE:
        return None                       # "ضد داعش يقول ماكرون": the actor is a preposition's object
    if not object_first and _subject_follows(ctx, tok):
        return None                       # "رويترز قالت وزارة الخارجية": a verb of saying has its subject after it
    imperfect = tok.norm[0] in "يت"       # "التحالف يعلن": a headline's or a clause's present tense
    if words and not imperfect and not any(ch in words[-1] for ch in "،,:؛.") \
            and normalize(words[-1]) not in CLAUSE_OPENERS and normalize(ctx.text[m.end:tok.start].strip()) == "":
        return None                       # "زعيم جبهة X اعتبرت": the actor is a genitive, not the subject
    return (m.entity_id, m.surface, m.role)


DASHES = ("-", "–", "—")


def _dateline(ctx: Ctx, sent_start: int, m: Mention) -> bool:
    """"بغداد - الجورنال نيوز اتهمت": an outlet after a place and a dash is the report's dateline, not an actor."""
    words = ctx.text[sent_start:m.start].split()
    return bool(words) and words[-1] in DASHES and m.type != "PERSON" and (m.type == "MEDIA" or any(
        p.type == "PLACE" and sent_start <= p.start < m.start and ctx.text[p.end:m.start].strip() in DASHES
        for p in ctx.mentions))


def _relative_gap(gap: str) -> str:
    """What stands between an actor and a verb: nothing, or a relative, also after a comma (", الذي قال إن":
    the relative's antecedent is the verb's subject)."""
    g = normalize(gap.strip(QUOTES + " "))
    if g[:1] in ",،" and g[1:].strip() in RELATIVES:
        return g[1:].strip()
    return g


EXPRESSION_VERBS = (_norm_words("expression_verbs") | _norm_words("condemn_verbs", "function_words.yaml")
                    | _norm_words("reaction_verbs", "function_words.yaml"))
EXPRESSION_REACH = 3       # the expressing verb opens the sentence: within its first words ("غير أن X يتساءل")


def _dropped_subject(ctx: Ctx, sent: Span, idx: list[int], tok: Token,
                     participle: bool = False) -> tuple[str | None, str, str | None] | None:
    """A verb or participle without its own subject continues the subject before it: of a claim earlier in
    this sentence, else of the verb of expressing that opens it ("وأعرب ليبرمان عن تقديره ... , وقال :"),
    else of the last claim."""
    if ctx.last_speaker_at >= sent.start:
        return ctx.last_speaker
    for p in _opening_words(ctx, sent, idx):
        v = ctx.toks[idx[p]]
        if v.start >= tok.start:
            break
        if v.norm in EXPRESSION_VERBS or (v.norm[0] in "وف" and v.norm[1:] in EXPRESSION_VERBS):
            nxt = ctx.toks[idx[p] + 1] if idx[p] + 1 < len(ctx.toks) else None
            if nxt is None or nxt.norm in CONTENT_OPENERS or _not_subject_word(ctx, nxt):
                subj = _svo_subject(ctx, sent, v, check_cue=False)     # "واقترح أن تقوم الولايات المتحدة"
            else:
                subj = _svo_subject(ctx, sent, v, check_cue=False) or _speaker_after(ctx, v.end, min(tok.start, v.end + 80))
            if subj is not None:
                return subj
        elif _main_verb(ctx, v, tok) and _after_comma(ctx, tok, participle) and _agrees(v, tok, participle):
            # "وانتقد المتحدث باسم الحكومة , شتيفان زايبرت , الفيتو , مضيفا": the opening verb's subject
            subj = _speaker_after(ctx, v.end, min(tok.start, v.end + 80)) or _subject_after(ctx, idx, p, tok.start)
            if subj is not None and subj[0] is not None:
                return subj           # a known actor only: after a verb of doing a described phrase runs into its object
    return ctx.last_speaker


def _opening_words(ctx: Ctx, sent: Span, idx: list[int]) -> list[int]:
    """The positions (in idx) that may hold the sentence's main verb: its first words, and the first words after a
    fronted adverbial closed by a comma ("وفي عددها الصادر أمس , تناولت صحيفة X ...")."""
    first = list(range(min(len(idx), EXPRESSION_REACH + 1)))
    after = _after_fronted(ctx, idx)
    return first if after is None else sorted(set(first) | {after, after + 1} & set(range(len(idx))))


def _after_fronted(ctx: Ctx, idx: list[int]) -> int | None:
    """The position of the first word after a fronted adverbial ("وحول اتهام الأسد , قال إن"), if the sentence opens
    with one."""
    if not idx or not _fronted(ctx, ctx.toks[idx[0]]):
        return None
    for k in range(1, min(len(idx), FRONTED_REACH)):
        gap = ctx.text[ctx.toks[idx[k - 1]].end:ctx.toks[idx[k]].start]
        if "," in gap or "،" in gap:
            return k
        if any(ch in gap for ch in ":؛.\"«»"):
            return None
    return None


def _gender(n: str, participle: bool = False) -> str | None:
    """The gender a verb or participle marks (normalised form): "قالت", "تقول", "موضحة", "نافية" feminine;
    "قال", "يقول", "موضحا" masculine; None when the form does not say."""
    if n[:1] in "وف" and len(n) > 3:
        n = n[1:]
    if participle or (n.startswith("م") and len(n) >= 4):
        return "f" if n.endswith("ه") else "m" if n.endswith("ا") else None
    if n.endswith("ت") and not n.endswith("ات"):
        return "f"
    if n.startswith("ت"):
        return "f"
    return "m" if n.startswith("ي") or len(n) <= 5 else None


def _agrees(v: Token, cue: Token, participle: bool) -> bool:
    """A participle or verb continuing another shares its subject, so their genders agree ("أبرمت الهيئة
    اتفاقا , موضحا" cannot continue أبرمت)."""
    a, b = _gender(v.norm), _gender(cue.norm, participle)
    return a is None or b is None or a == b


def _feminine_subject_end(ctx: Ctx, idx: list[int], k: int) -> int | None:
    """"وطالبت المنظمة طرفي النزاع", "ودعت حركة التغيير الكردية إلى": after a verb whose object usually comes
    first, a feminine verb followed by a feminine noun (in ة) has it as its subject (a masculine verb before
    one, "واتهم الحكومة", has a dropped subject and the noun is its object). Returns where the subject ends:
    at the first indefinite word after its head and its genitives / adjectives in ال- (the object)."""
    if k + 1 >= len(idx) or _gender(ctx.toks[idx[k]].norm) != "f":
        return None
    nxt = ctx.toks[idx[k + 1]]
    if not nxt.text.endswith("ة") or len(nxt.norm) <= 3 or nxt.norm[0] == "ب" or _not_subject_word(ctx, nxt):
        return None
    definite = nxt.norm.startswith("ال")
    for j in idx[k + 2:]:
        t = ctx.toks[j]
        if not t.norm.startswith("ال") or _not_subject_word(ctx, t) or (definite and not t.text.endswith("ة")):
            return t.start      # "وطالبت النقابة النائب العام": a definite head takes feminine adjectives only
    return None


def _after_comma(ctx: Ctx, tok: Token, participle: bool) -> bool:
    """A participle, or a verb after a comma ("... , وقال إن"): it continues the clause before it; a verb
    without one may open a sentence the splitter missed."""
    return participle or any(ch in ctx.text[max(0, tok.start - 4):tok.start] for ch in ",،")


def _fronted(ctx: Ctx, t: Token) -> bool:
    """A sentence opening with a preposition ("وحول", "وفي", "ومن جهته"): a fronted adverbial, not the subject."""
    n = t.norm[1:] if t.norm[:1] in "وف" and len(t.norm) > 2 else t.norm
    return n in SVO_NOT_BEFORE or _prepositional(n)


FRONTED_REACH = 16         # words a fronted adverbial may run before its comma


def _main_verb(ctx: Ctx, v: Token, cue: Token) -> bool:
    """A verb opening the sentence, cue or not ("وانتقد X الفيتو , مضيفا أن", "ويقرأ X التقارب ... , مشيرا"):
    a circumstantial participle or a conjoined verb after it shares its subject."""
    return v is not cue and is_verb_or_joined(v.norm) and _subject_follows(ctx, v)


TOPIC_MAX_WORDS = 10       # a fronted subject phrase: a name, or a title (with its body) and a name
TOPIC_REACH = 25           # words from the sentence's start to the verb


def _topic_subject(ctx: Ctx, sent: Span, idx: list[int], k: int) -> tuple[str | None, str, str | None] | None:
    """"المحامية زينة المصري , في تصريحات لراديو باكس , قالت إن": a noun phrase opening the sentence, then
    adjuncts or an apposition between commas or brackets, then a verb after a comma: the phrase is the verb's
    subject (SVO with a parenthesis). No verb may stand between them (it would own the phrase)."""
    tok = ctx.toks[idx[k]]
    if k < 2 or k > TOPIC_REACH or tok.norm[0] in "وف" or not any(ch in ctx.text[ctx.toks[idx[k - 1]].end:tok.start]
                                                                 for ch in ",،"):
        return None
    start = 1 if ctx.toks[idx[0]].norm in CLAUSE_OPENERS else 0
    words: list[Token] = []
    after: Token | None = None
    for j in idx[start:k]:
        t = ctx.toks[j]
        if words and any(ch in ctx.text[words[-1].end:t.start] for ch in ",،()-:"):
            after = t
            break
        words.append(t)
    if not words or len(words) > TOPIC_MAX_WORDS or _not_subject_word(ctx, words[0]) \
            or any(is_verb_or_joined(ctx.toks[j].norm) for j in idx[start:k] if not _in_mention(ctx, ctx.toks[j])):
        return None
    if after is not None and _is_title(ctx, words[0]) and any(ch in ctx.text[words[-1].end:after.start] for ch in ",،") \
            and not _not_subject_word(ctx, after) and after.norm not in SVO_NOT_BEFORE \
            and not (after.norm[0] == "و" and len(after.norm) > 4 and not _in_mention(ctx, after)):
        # (", وفصائل عسكرية ,": a conjunct of the subject, no name in apposition)
        person = _apposed_person(ctx, words, after, tok.start)     # "مدير المكتب السياسي لX , مصطفى سيجري , قال"
        if person is not None:
            return person
    ms = [m for m in _mention_at(ctx, words[0].start, words[-1].end) if m.type in ACTOR_TYPES]
    if ms and (ms[0].start == words[0].start or _titled_gap(ctx, words[0].start, ms[0].start)):
        m = next((m for m in ms if m.type == "PERSON"), ms[0])
        return (m.entity_id, m.surface, m.role or (" ".join(ctx.text[words[0].start:m.start].split()) or None))
    if _is_title(ctx, words[0]) and len(words) >= 2:
        subj = _named_subject(ctx, words)
        return subj if subj[2] and subj[1] not in subj[2] and not any(
            _not_subject_word(ctx, w) for w in words if w.start >= words[-1].start) else None   # a title, an unknown name
    return None


def _speaker_before(ctx: Ctx, sent_start: int, cue_start: int) -> tuple[str | None, str, str | None] | None:
    lo = max(sent_start, cue_start - 60)
    ms = [m for m in _mention_at(ctx, lo, cue_start) if m.type in ACTOR_TYPES]
    if not ms:
        return None
    m = ms[-1]
    if _dateline(ctx, sent_start, m):
        return None
    gap = ctx.text[m.end:cue_start]
    if len(gap.split()) > 3 or any(ch in gap for ch in "،,.:؟"):
        return None
    return (m.entity_id, m.surface, m.role)


def _is_media(ctx: Ctx, entity_id: str) -> bool:
    e = ctx.a.entities.get(entity_id)
    return e is not None and e.type == "MEDIA"


MEDIUM_REACH = 120        # characters from the reporting verb within which a medium phrase is the claim's
OUTLET_REACH = 100        # characters after the verb (or before it, in its clause) where "لوكالة X" may stand


def _medium(ctx: Ctx, sent: Span, tok: Token, content: Span | None = None) -> tuple[str | None, str | None]:
    if ctx.sent_norm[0] != sent.start:
        ctx.sent_norm = (sent.start, normalize(ctx.text[sent.start:sent.end]))     # once per sentence, not per cue
    norm = ctx.sent_norm[1]
    best: tuple[int, str] | None = None
    cue_at = tok.start - sent.start
    for pat, medium in ctx.lex.media:
        for m in pat.finditer(norm):
            d = abs(m.start() - cue_at)
            if d > MEDIUM_REACH:
                continue
            if content is not None and content.start <= sent.start + m.start() < content.end:
                d += MEDIUM_REACH + 1       # a medium named inside what is said only when none is named outside it
            if best is None or d < best[0]:
                best = (d, medium)
    if best is None:
        return _outlet_medium(ctx, sent, tok, content)
    detail = None
    if best[1] == "statement":
        m = re.search(r"بيان\s+رقم\s*\(?(\S+?)\)?(?:\s|$)", norm)
        detail = m.group(1) if m else None
    return best[1], detail


def _outlet_medium(ctx: Ctx, sent: Span, tok: Token, content: Span | None) -> tuple[str | None, str | None]:
    """"قال لوكالة فرانس برس", "في حديث لصحيفة الشرق الأوسط", "في مقابلة مع قناة X": the speaker spoke to an
    outlet, a news agency or else in an interview; an outlet inside what is said is no medium."""
    lo = max(sent.start, tok.start - OUTLET_REACH)
    hi = min(sent.end, tok.end + OUTLET_REACH, content.start if content and content.start > tok.end else sent.end)
    for m in ctx.mentions:
        if m.start < lo or m.start >= hi or m.type != "MEDIA":
            continue
        lo_t, _ = _token_range(ctx, max(sent.start, m.start - 30), m.start)
        prior = [_cue_of(ctx.toks[j], ctx.lex) for j in range(lo_t, _token_range(ctx, m.start, m.start + 1)[0])][-2:]
        if any(c is not None and c.role == "source" for c in prior):
            continue    # "وفقا لسكاي نيوز": the outlet is the source, not the one spoken to
        head = _outlet_head(ctx.text[max(sent.start, m.start - 30):m.start], ctx.lex.outlet_heads)
        if head is not None and m.start < tok.start and not any(
                normalize(w) in SPEECH_EVENT_NOUNS for w in ctx.text[max(sent.start, m.start - 40):m.start].split()[-5:-1]):
            continue    # before the verb only "في حديث لقناة X قال": "الموقع الرسمي لقناة X" is no addressee
        if head is not None:
            kind = _outlet_kind(ctx, m.entity_id, head)
            return ("news agency" if kind == "news agency" else "interview"), m.surface
    return None, None


def _outlet_head(before: str, heads: frozenset[str]) -> str | None:
    """The outlet's head word when the text before its name addresses it ("لوكالة", "ل -", "لـ", "مع قناة"):
    "" for a bare ل/مع, None when the outlet is not spoken to ("وقال رويترز" has no ل of its own)."""
    glued = before[-1:] not in ("", " ") and not before[-1:].isspace()
    words = before.replace("ـ", " ").split()
    if glued and words:
        return "" if normalize(words[-1]) in ("ل", "ول") else None
    words = [w for w in words if w.strip("\"«“'-")]
    if not words:
        return None
    w = normalize(words[-1])
    if w in ("ل", "ول", "مع"):
        return ""
    if w[:1] == "ل" and w[1:].removeprefix("ل") in heads:
        return w[1:]
    if w in heads and len(words) > 1 and normalize(words[-2]) in ("مع", "ل"):
        return w
    return None


def _outlet_kind(ctx: Ctx, entity_id: str | None, head: str = "") -> str | None:
    """What an outlet is (news agency, television, newspaper, website, radio): from the head word before its
    name ("موقع كلنا شركاء"), else its knowledge-base names and description."""
    texts = [head]
    e = ctx.a.entities.get(entity_id) if entity_id else None
    if e is not None:
        texts += [e.name_ar, e.name_en or "", e.description or ""]
    for t in texts:
        words = set(normalize(t).lower().replace("(", " ").replace(")", " ").replace(".", " ").split())
        words |= {w[1:] for w in words if w[:1] == "ل"} | {w[2:] for w in words if w[:2] == "ال"}
        for w, kind in ctx.lex.outlet_kinds:
            if (" " in w and w in normalize(t).lower()) or w in words:
                return kind
    return None


def _speaker_medium(ctx: Ctx, entity_id: str, surface: str) -> str | None:
    """An outlet that speaks: "news agency" only if it is one; a channel, paper, site or radio is itself the
    medium; an outlet of unknown kind gives none."""
    at = ctx.text.find(surface)
    head = [w for w in ctx.text[max(0, at - 16):at].split() if w.strip("\"«“'-ـ")][-1:] if at > 0 else []
    return _outlet_kind(ctx, entity_id, head[0] if head else "")


def _ref_date(a: Analysis) -> date | None:
    p = a.doc.published
    if p.precision == "day" and p.date and p.date != "unknown":
        try:
            return date.fromisoformat(p.date)
        except ValueError:
            return None
    return None


CUE_DAY_GAP = 30    # characters around the verb's end: a day there is the verb's ("أعلنت ... مساء اليوم الإثنين")
CLAIM_DATE_REACH = 120     # characters from the reporting verb within which the nearest day wins


def _claim_date(ctx: Ctx, sent: Span, content: Span, medium: str | None, cue_end: int | None = None,
                explicit: bool = True) -> str:
    """When the claim was made: a day-precise date outside its content, or, when the content has
    no explicit opener (إن/أن/quote), one in the clause right after the cue ("توعد ... اليوم")."""
    from rasd.text.dates import find_dates

    seg = ctx.text[sent.start:sent.end]
    best = None
    dates = find_dates(seg, ctx.ref)
    if ctx.ticker:
        # the day the page was fetched is not the day anything was said (as in the events layer)
        dates = refuse_crawl_dates(dates, [(s - sent.start, e - sent.start) for s, e in ctx.ticker
                                           if s < sent.end and e > sent.start])
    best_gap = None
    cut_short = bool(ctx.text[content.end:sent.end].strip(" .،,؛\n"))    # another report follows the content
    for d in dates:
        pos = sent.start + d.start
        by_cue = cue_end is not None and -CUE_DAY_GAP <= pos - cue_end <= CUE_DAY_GAP
        if any(c.start <= pos < c.end and not by_cue for c in ctx.sent_contents) or _anchored_elsewhere(d, seg) or (
                pos >= content.end and cut_short):
            continue    # the day of what another claim said, or "قبل يوم من الانفجار": not when this was said
        inside = content.start <= pos < content.end
        near_cue = not explicit and cue_end is not None and 0 <= pos - cue_end <= 80
        if d.date_start and (not inside or near_cue) and d.precision == "day":
            # the day nearest the reporting verb ("أعلنت السفارة أمس الاثنين"), not a stamp or caption
            # earlier in a run-on sentence; with none close to it, the sentence's first day
            gap = abs(pos - cue_end) if cue_end is not None else 0
            gap = gap if gap <= CLAIM_DATE_REACH else CLAIM_DATE_REACH + 1
            if inside:
                gap += CLAIM_DATE_REACH + 2      # a day in the content itself only when no other is given
            if best_gap is None or gap < best_gap:
                best, best_gap = (d.date_start if d.date_end in (None, d.date_start)
                                  else f"{d.date_start}..{d.date_end}"), gap
    if best and medium == "statement":
        ctx.statement_date = best
    if best is None and medium == "statement" and ctx.statement_date:
        return ctx.statement_date
    return best or "unknown"


def _anchored_elsewhere(d: Any, seg: str) -> bool:
    """"قبل يوم واحد فقط من الانفجار", "بعد يومين من الهجوم": counted from another happening, not from the page's day."""
    if d.kind != "relative" or normalize(d.surface).split()[:1] not in (["قبل"], ["بعد"]):
        return False
    return "من" in normalize(seg[d.end:d.end + 30]).split()[:3]


def _quantities(ctx: Ctx, content: Span) -> dict[str, int]:
    from rasd.text.numbers import find_numbers

    out: dict[str, int] = {}
    seg = ctx.text[content.start:content.end]
    for n in find_numbers(seg):
        after = tokenize(seg[n.end:n.end + 40])[:2]
        for t in after:
            key = ctx.lex.count_nouns.get(t.norm) or ctx.lex.count_nouns.get(t.stem)
            if key and isinstance(n.value, int | float) and key not in out:
                out[key] = int(n.value)
                break
    return out


# ---- structural claims ------------------------------------------------------------------------
def _structural_claim(ctx: Ctx, sent: Span, speaker: tuple[str | None, str, str | None], medium: str) -> Claim | None:
    content = _trim(ctx.text, sent)
    if len(tokenize(ctx.text[content.start:content.end])) < 5:
        return None
    norm = normalize(ctx.text[content.start:content.end])
    stance = "denies" if _is_denial(ctx, norm) else "asserts"
    date_ = ctx.a.doc.published.date if medium == "statement" and ctx.a.doc.published.precision == "day" else "unknown"
    return Claim(id="", doc_id=ctx.a.doc.id, content=content, speaker_id=speaker[0], speaker_text=speaker[1],
                 speaker_role=speaker[2], stance=stance, kind="denial" if stance == "denies" else "statement",
                 medium=medium, date=date_, quantities=_quantities(ctx, content))


def _is_denial(ctx: Ctx, norm: str) -> bool:
    if any(p in norm for p in ctx.lex.denials):
        return True
    words = norm.split()
    # "لم يتلق أي دعم": a negated verb followed closely by "any"
    for i, w in enumerate(words):
        if w in ctx.lex.negations and any(x in ctx.lex.neg_any for x in words[i + 1:i + 4]):
            return True
    return False


def _question_claim(ctx: Ctx, sent: Span, st: Structure) -> list[Claim]:
    content = _trim(ctx.text, sent)
    if content.end - content.start < 8:
        return []
    return [Claim(id="", doc_id=ctx.a.doc.id, content=content, speaker_text=st.asker, speaker_id=None,
                  stance="asserts", kind="statement", medium="interview", is_question=True)]


def _tweet_claims(ctx: Ctx) -> list[Claim]:
    from rasd.text.dates import find_dates

    out = []
    lines = _lines(ctx.text)
    for i, (s, e) in enumerate(lines):
        m = TWEET_SIG.match(ctx.text[s:e])
        if not m or i == 0:
            continue
        ps, pe = lines[i - 1]
        name = m.group("name").strip()
        person = next((x for x in ctx.mentions if s <= x.start < e and x.type == "PERSON"), None)
        dates = [d for d in find_dates(m.group("date"), None) if d.date_start]
        norm = normalize(ctx.text[ps:pe])
        stance = "denies" if _is_denial(ctx, norm) else "asserts"
        out.append(Claim(
            id="", doc_id=ctx.a.doc.id, content=Span(ps, pe), speaker_id=person.entity_id if person else None,
            speaker_text=person.surface if person else name, speaker_role=person.role if person else None,
            cue=None, stance=stance, kind="denial" if stance == "denies" else "statement", medium="tweet",
            medium_detail="@" + m.group("handle"), date=dates[0].date_start if dates else "unknown",
            quantities=_quantities(ctx, Span(ps, pe))))
    return out


def _pull_quote_claims(ctx: Ctx, st: Structure) -> list[Claim]:
    out = []
    for span, person in st.pull_quotes:
        if st.is_question_at(span.start):
            continue
        norm = normalize(ctx.text[span.start:span.end])
        stance = "denies" if _is_denial(ctx, norm) else "asserts"
        out.append(Claim(id="", doc_id=ctx.a.doc.id, content=_trim(ctx.text, span), speaker_id=person.entity_id,
                         speaker_text=person.surface, speaker_role=person.role, stance=stance,
                         kind="denial" if stance == "denies" else "statement", medium="interview"
                         if st.answers else None))
    return out


def _dedupe(claims: list[Claim]) -> None:
    """Stable ids; the same content span from the same speaker kept once."""
    seen: set[tuple[int, int, str]] = set()
    keep = []
    for c in claims:
        key = (c.content.start, c.content.end, c.speaker_id or c.speaker_text)
        if key in seen:
            continue
        seen.add(key)
        h = hashlib.sha1(f"{c.content.start}:{c.content.end}:{key[2]}:{c.is_question}".encode()).hexdigest()[:8]
        c.id = f"{c.doc_id}-cl-{h}"
        keep.append(c)
    claims[:] = keep


# ---- linking to events ------------------------------------------------------------------------
def _link_events(ctx: Ctx, claims: list[Claim], events: list[Event]) -> None:
    if not events:
        return
    claims.sort(key=lambda c: c.content.start)
    prev: Claim | None = None
    for c in claims:
        if c.is_question:
            continue
        norm = normalize(ctx.text[c.content.start:c.content.end])
        in_content = {m.entity_id for m in ctx.mentions
                      if m.entity_id and c.content.start <= m.start < c.content.end}
        for ev in events:
            # the claim's words hold one of the event's trigger words
            overlap = any(c.content.start <= span[0] < c.content.end
                          for k, span in ev.field_evidence.items() if k.startswith("trigger"))
            keywords = ctx.lex.event_keywords.get(ev.sub_event_type, [])
            kw = any(k in norm for k in keywords)
            shared = in_content & ({ev.location} | set(ev.actor1) | set(ev.actor2))
            if overlap or (kw and shared):
                c.event_ids.append(ev.id)
        # a bare denial right after a claim is about what that claim said ("نفي قطعي من ...")
        if not c.event_ids and c.stance == "denies" and prev is not None and prev.event_ids \
                and (prev.speaker_id or prev.speaker_text) != (c.speaker_id or c.speaker_text) \
                and c.content.start - prev.content.end < 600:
            c.event_ids = list(prev.event_ids)
        prev = c
