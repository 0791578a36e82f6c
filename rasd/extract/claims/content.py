"""What is said: where it starts (إن/أن, a colon, a quote, else past the subject and its adverbials)
and ends (the quotation's close, the next report's cue, a ticker stamp); the counts inside it."""

from __future__ import annotations

import re

from rasd.extract.claims.context import Ctx, Speaker, _bare, _token_range
from rasd.extract.claims.lexicons import (
    CONTENT_OPENERS,
    OPENER_BLOCKERS,
    RELATIVE_SUBJECTS,
    RELAY_FRAME_NOUNS,
    Cue,
    _cue_of,
    _norm_words,
)
from rasd.records import Span
from rasd.text.normalize import normalize
from rasd.text.tokens import Token, tokenize

CLAUSE_BREAK_WORDS = _norm_words("clause_break_words")
CONTENT_PREPOSITIONS = _norm_words("content_prepositions")
# prepositions between a verb and a name that make the name its object ("يدعو إلى تصنيف", "يؤكد على ضرورة")
OBJECT_GOVERNORS = CONTENT_PREPOSITIONS | _norm_words("object_governors")
OPENER_REACH = 6     # tokens after a "و"-joined verb within which its own إن/أن or colon must stand to end the content before
ADVERBIAL_OPENERS = _norm_words("adverbial_openers")


# a date with a clock time in running text is an item's stamp ("2017 - 11 - 30 20 : 05 : 44"): the next ticker item
ITEM_STAMP = re.compile(r"\d{4}\s*[-/]\s*\d{1,2}\s*[-/]\s*\d{1,2}\s+\d{1,2}\s*:\s*\d{2}")
SUBJECT_SPAN = 160   # characters after the verb within which its named subject may end


def _before_source(ctx: Ctx, sent: Span, idx: list[int], k: int) -> Span | None:
    """"..., بحسب ما أفاد المرصد": the claim is what the sentence said before "بحسب ما"."""
    if k < 2 or _bare(ctx.toks[idx[k - 1]].norm) not in RELATIVE_SUBJECTS:
        return None
    src = ctx.toks[idx[k - 2]]
    c = _cue_of(src, ctx.lex)
    if c is None or c.role != "source" or src.start - sent.start <= 15:
        return None
    return Span(sent.start, src.start)


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
        if t.norm in CONTENT_OPENERS and not (t.text[0] in "أا" and _bare(ctx.toks[j - 1].norm) in OPENER_BLOCKERS
                                              and j - 1 != idx[k]):
            # "في أن يشهد" is a subordinate clause; "في إن" (a name cut out before it) is not; right after the verb
            # its preposition governs what is said ("أكد على أن", "شدد على أن")
            return t.start
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
    return n in OBJECT_GOVERNORS or (
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


def _past_subject(ctx: Ctx, idx: list[int], k: int, speaker: Speaker, sent_end: int) -> int:
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
