"""A speaker given by a definite title alone ("قال وزير الخارجية", "المتحدث باسم الخارجية أكد") is the person the
page named earlier with that title ("وزير الخارجية الروسي سيرغي لافروف"): the title's words all stand in that
person's role, its head word as written; when others were named with it too (or the entity layer gave them the
role by mistake: "هنأ الأمين العام السيد محمود عباس"), one person named with it far more often."""

from __future__ import annotations

import re
from collections import Counter

from rasd.extract.claims.context import Ctx, Speaker, _in_mention, _token_range
from rasd.extract.claims.lexicons import CONTENT_OPENERS, SUBJECT_LINK_WORDS, TITLE_LINK_WORDS
from rasd.extract.claims.speaker_after import NISBA_ENDS, SPEAKER_HEAD_WORDS
from rasd.records import Claim, Mention
from rasd.text.normalize import normalize

# link words of a title ("المتحدث الرسمي باسم") need not recur; "العام" does ("الأمين العام" is no "الأمين")
LINKS = (frozenset(normalize(w) for w in TITLE_LINK_WORDS) | SUBJECT_LINK_WORDS) - {"العام"}


MAJORITY = 3           # the person named with the title this many times as often as any other one


def _key(w: str) -> str:
    """A title word without its article or the ل of a genitive ("للأمم" and "الأمم" alike)."""
    w = w.removeprefix("و") if len(w) > 4 and w.startswith("وال") else w
    if w.startswith("لل"):
        return w[2:]
    return w[2:] if w.startswith("ال") and len(w) > 3 else w


def _title_words(ctx: Ctx, text: str) -> list[str] | None:
    """The normalised words of a speaker text that is a definite title ("وزير الخارجية", "الرئيس الروسي"); None for
    a name, an indefinite or described source ("مسؤول تركي", "المصدر") or a body."""
    words = normalize(text).split()
    if not words or len(words) > 8 or words[0] in ctx.lex.described:
        return None
    if not (words[0] in ctx.lex.title_words or words[0] in SPEAKER_HEAD_WORDS):
        return None
    if not words[-1].startswith(("ال", "لل")):
        return None                         # "وزيرة خارجية": indefinite, no one in particular
    return words


def _matches(title: list[str], role: str) -> bool:
    r = normalize(role).split()
    if not r or title[0] not in (r[0], r[0][1:] if r[0].startswith("وال") else r[0]):
        return False                        # the head as written: "الرئيس" is no "رئيس الوزراء"
    have = {_key(w) for w in r}
    return all(_key(w) in have for w in title[1:] if w not in LINKS)


def resolve_titles(ctx: Ctx, claims: list[Claim]) -> None:
    """Give each claim whose speaker is a definite title alone the person the page named before with that title."""
    resolved: set[int] = set()
    for c in claims:
        if c.speaker_id is not None or c.speaker_role or c.cue_span is None:
            continue
        title = _title_words(ctx, c.speaker_text)
        if title is None:
            continue
        found = _named_after(ctx, c.speaker_text, c.cue_span.start) \
            or _titled_person(ctx, [x for x in claims if id(x) not in resolved], title, c.cue_span.start)
        if found is not None:
            c.speaker_id, c.speaker_text, c.speaker_role = found[0], found[1], c.speaker_text
            resolved.add(id(c))         # (no evidence for the next title: it would only count this one again)


def _titled_person(ctx: Ctx, claims: list[Claim], title: list[str], before: int) -> Speaker | None:
    cands: list[tuple[int, Speaker]] = []
    for m in ctx.mentions:
        if m.start >= before:
            break
        if m.type == "PERSON" and m.entity_id and m.role and _matches(title, m.role) and not _in_construct(ctx, m):
            cands.append((m.start, (m.entity_id, m.surface, m.role)))
    for c in claims:
        if c.speaker_id and c.speaker_role and c.cue_span is not None and c.cue_span.start < before \
                and _matches(title, c.speaker_role) \
                and any(m.entity_id == c.speaker_id and m.type == "PERSON" for m in ctx.mentions) \
                and not any(m.entity_id == c.speaker_id and m.role == c.speaker_role for m in ctx.mentions):
            # (a role the claim took from a mention was weighed with the mention)
            cands.append((c.cue_span.start, (c.speaker_id, c.speaker_text, c.speaker_role)))
    if not cands:
        return None
    count = Counter(s[0] for _, s in cands)
    (best, n), *rest = count.most_common()
    if rest and n < MAJORITY * rest[0][1]:
        return None                         # "وزير الخارجية" with two ministers named before: either
    if max(cands, key=lambda x: x[0])[1][0] != best:
        return None                         # the one named last with it is another: the nearer may be meant
    at, found = max((x for x in cands if x[1][0] == best), key=lambda x: x[0])
    if _introduced_since(ctx, title[0], at, before):
        return None
    return found


def _introduced_since(ctx: Ctx, head: str, start: int, end: int) -> bool:
    """"وقال مسؤول تركي كبير إن ... . وأضاف المسؤول": an unnamed one with the title's head ("مسؤول") was introduced
    after the person named with it; the definite title takes that one up."""
    bare = head[2:]
    if not head.startswith("ال") or bare not in ctx.lex.described:
        return False                        # (a head of described sources only: "رئيس" heads too many titles)
    i, j = _token_range(ctx, start, end)
    return any(t.norm in (bare, bare + "ا", "و" + bare) for t in ctx.toks[i:j])


def _in_construct(ctx: Ctx, m: Mention) -> bool:
    """The role stands in construct with a title before it ("مستشارة الرئيس السوري بثينة شعبان"): the person holds
    that other title, not the role."""
    role = normalize(m.role or "").split()
    before = normalize(ctx.text[max(0, m.start - 120):m.start]).split()
    if not role or before[-len(role):] != role or len(before) <= len(role):
        return False
    w = before[-len(role) - 1]
    return w in ctx.lex.title_words or w in SPEAKER_HEAD_WORDS


NAMED_REACH = 600          # characters back to the title as written with the name after it
ADJECTIVES = 2             # definite adjectives between that title and the name
_DOCTOR = re.compile(r"\s*د\s*\.\s")


def _named_after(ctx: Ctx, title: str, before: int) -> Speaker | None:
    """"وشدد رئيس الوزراء رامي الحمد الله على ... , مشيرا": the title as written last before the cue, with a
    person's name right after it, names that person (a participle or pronoun-dropped verb went on with the title)."""
    q = ctx.text.rfind(title, max(0, before - NAMED_REACH), before)
    if q < 0:
        return None
    end = q + len(title)
    i = _token_range(ctx, end, len(ctx.text))[0]
    for t in ctx.toks[i:i + ADJECTIVES]:      # "رئيس الوزراء الفلسطيني رامي الحمد الله": its adjectives first
        if ctx.text[end:t.start].strip() or not t.norm.startswith("ال") or not t.norm.endswith(NISBA_ENDS) \
                or _in_mention(ctx, t):      # (a nisba: "الفلسطيني"; "هنأ الأمين العام السيد X": an honorific's X)
            break
        end = t.end
    abbr = _DOCTOR.match(ctx.text, end)
    end = abbr.end() - 1 if abbr else end    # "رئيس الوزراء د . رامي الحمد الله": the abbreviated "Dr."
    m = next((m for m in ctx.mentions if m.type == "PERSON" and end <= m.start <= end + 2), None)
    if m is None or not m.entity_id:
        return None
    if normalize(m.surface).split()[0] in CONTENT_OPENERS and m.entity_id.startswith("person:"):
        return None                         # "اعترف العقيد بان الصدر قد اختفى": بأن read as a name the KB lacks
    before = normalize(ctx.text[max(0, q - 40):q]).split()
    if before and (before[-1] in ctx.lex.title_words or before[-1] in SPEAKER_HEAD_WORDS):
        return None                         # "مستشارة الرئيس السوري بثينة شعبان": the name holds the other title
    return (m.entity_id, m.surface, m.role)
