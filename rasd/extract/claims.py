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
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources
from typing import Any

from rasd.data import read_data, word_list
from rasd.extract.page_dates import crawl_spans, refuse_crawl_dates
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
    media: list[tuple[str, str]]          # (normalised phrase, medium)
    described: set[str]
    count_nouns: dict[str, str]           # normalised noun -> key
    event_keywords: dict[str, list[str]]  # sub_event_type -> normalised keyword stems
    title_words: frozenset[str]           # words of role/rank/title phrases between a cue and a name


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
    media = sorted(((normalize(p), m) for m, ps in raw["media"].items() for p in ps), key=lambda x: -len(x[0]))
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
                   counts, kw, frozenset(words))


# words around a cue that make it no claim or flip it (claim_words.yaml; normalised)
CUE_NEGATORS = frozenset(word_list("claim_words.yaml", "cue_negators"))
RELATIVE_SUBJECTS = frozenset(word_list("claim_words.yaml", "relative_subjects"))
OPENER_BLOCKERS = frozenset(word_list("claim_words.yaml", "opener_blockers"))
INTERROGATIVES = frozenset(word_list("claim_words.yaml", "interrogatives"))
SAID_NOUNS = frozenset(word_list("claim_words.yaml", "said_nouns"))
RELATIVE_PRONOUNS = frozenset(word_list("function_words.yaml", "relative_pronouns"))
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
    statement_date: str | None = None
    ticker: list[tuple[int, int]] = field(default_factory=list)   # the site's crawl-time date texts


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
    return [i for i, t in enumerate(ctx.toks) if t.start >= span.start and t.end <= span.end]


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
        if cue.role == "relay" and _find_word(ctx, idx[:k + 1 + RELAY_REACH], k, "عن") is None:
            # no "عن <source>" close by: "نقل" is transport / transfer unless a content clause follows
            cue = Cue(cue.lemma, cue.stance, cue.kind, "verb", needs_content=True, said_object=True)
        c = _claim_from_cue(ctx, sent, idx, k, cue)
        if c is not None:
            out.append(c)
            ctx.last_speaker = (c.speaker_id, c.speaker_text, c.speaker_role)
        k += 1
    return out


def _next_norm(ctx: Ctx, ti: int) -> str:
    return ctx.toks[ti + 1].norm if ti + 1 < len(ctx.toks) else ""


def _claim_from_cue(ctx: Ctx, sent: Span, idx: list[int], k: int, cue: Cue) -> Claim | None:
    tok = ctx.toks[idx[k]]
    text = ctx.text
    speaker: tuple[str | None, str, str | None] | None = None
    relay: tuple[str | None, str | None] | None = None
    relay_content_start = tok.end
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
        if speaker is None:
            return _no_claim(ctx)
    elif cue.role == "participle":
        speaker = ctx.last_speaker
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
            named = [m for m in _mention_at(ctx, src_pos, min(sent.end, src_pos + 120))]
            relay_content_start = _relay_content_start(ctx.text, src_pos, named, sent.end)
    else:
        speaker = _speaker_after(ctx, after_start, min(window_end, after_start + 140))
        if speaker is None and cue.role == "noun":
            de = _find_word(ctx, idx, k, "من")
            if de is not None and de - tok.end < 20:
                speaker = _speaker_after(ctx, de, min(sent.end, de + 80))
        if speaker is None:
            speaker = _speaker_before(ctx, sent.start, tok.start)
        if speaker is None and (tok.norm[0] in "وف" or tok.start - sent.start < 4) and cue.role == "verb":
            speaker = ctx.last_speaker
    if speaker is None:
        if cue.role in ("noun", "source"):
            return None
        if cue.role == "verb" and cs is None and not _subject_like(ctx, idx, k):
            return _no_claim(ctx)   # no subject and nothing said: "تقدم يذكر", "يهدد مسار العمليات"
        speaker = (None, "unattributed", None)
    if cue.role == "relay" and relay is not None:
        content = Span(relay_content_start, sent.end)
    elif cue.role == "source":
        content = Span(sent.start, tok.start) if tok.start - sent.start > 15 else Span(tok.end, sent.end)
    elif cs is not None:
        content = Span(cs, _content_end(ctx, cs, sent.end))
    else:
        content = _before_source(ctx, sent, idx, k) or Span(tok.end, sent.end)
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
    medium, detail = _medium(ctx, sent, tok)
    if medium is None and speaker[0] is not None and _is_media(ctx, speaker[0]):
        medium = "news agency"
    return Claim(
        id="", doc_id=ctx.a.doc.id, content=content, speaker_id=speaker[0], speaker_text=speaker[1],
        speaker_role=speaker[2], cue=tok.text, cue_span=Span(tok.start, tok.end), stance=stance, kind=kind,
        medium=medium, medium_detail=detail,
        date=_claim_date(ctx, sent, content, medium, tok.end, explicit=cue.role == "source" or (
            cs is not None and not (cue.role == "relay" and relay is not None))),
        relay_id=relay[0] if relay else None, relay_text=relay[1] if relay else None,
        quantities=_quantities(ctx, content),
    )


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
    """End of the sentence, or of the quotation when it opened here and closes later in the line."""
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
                return j + 1
    return sent_end


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
        if chosen is not first and not role:
            role = " ".join(ctx.text[start:chosen.start].split()) or None
        return (chosen.entity_id, chosen.surface, role)
    desc = _described_source(ctx, start, end)
    if desc:
        return (None, desc, None)
    return None


def _described_head(ctx: Ctx, start: int, end: int) -> bool:
    words = normalize(ctx.text[start:end]).split()
    return bool(words) and words[0] in ctx.lex.described


# "came" and "that" that end a claim source's name (normalised)
SOURCE_END_WORDS = word_list("function_words.yaml", "source_end_words")
# prepositions that end a claim source's name (normalised)
SOURCE_END_PREPOSITIONS = word_list("function_words.yaml", "source_end_prepositions")


def _described_source(ctx: Ctx, start: int, end: int) -> str | None:
    """An unnamed source: "مصادر خاصة من داخل غوطة دمشق الشرقية", "حسابات جهادية تابعة لـX"."""
    toks = [t for t in ctx.toks if t.start >= start and t.end <= end][:12]
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


def _speaker_before(ctx: Ctx, sent_start: int, cue_start: int) -> tuple[str | None, str, str | None] | None:
    lo = max(sent_start, cue_start - 60)
    ms = [m for m in _mention_at(ctx, lo, cue_start) if m.type in ACTOR_TYPES]
    if not ms:
        return None
    m = ms[-1]
    gap = ctx.text[m.end:cue_start]
    if len(gap.split()) > 3 or any(ch in gap for ch in "،,.:؟"):
        return None
    return (m.entity_id, m.surface, m.role)


def _is_media(ctx: Ctx, entity_id: str) -> bool:
    e = ctx.a.entities.get(entity_id)
    return e is not None and e.type == "MEDIA"


def _medium(ctx: Ctx, sent: Span, tok: Token) -> tuple[str | None, str | None]:
    norm = normalize(ctx.text[sent.start:sent.end])
    best: tuple[int, str] | None = None
    cue_at = tok.start - sent.start
    for phrase, medium in ctx.lex.media:
        for m in re.finditer(r"(?<!\w)[وفبل]?(?:ال)?" + re.escape(phrase) + r"(?!\w)", norm):
            d = abs(m.start() - cue_at)
            if best is None or d < best[0]:
                best = (d, medium)
    if best is None or best[0] > 120:
        return None, None
    detail = None
    if best[1] == "statement":
        m = re.search(r"بيان\s+رقم\s*\(?(\S+?)\)?(?:\s|$)", norm)
        detail = m.group(1) if m else None
    return best[1], detail


def _ref_date(a: Analysis) -> date | None:
    p = a.doc.published
    if p.precision == "day" and p.date and p.date != "unknown":
        try:
            return date.fromisoformat(p.date)
        except ValueError:
            return None
    return None


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
    for d in dates:
        pos = sent.start + d.start
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
