"""Through which medium a claim was made: a medium phrase near the cue ("في بيان", "تغريدة"), an
outlet spoken to ("لوكالة فرانس برس"), or the kind of the outlet that speaks."""

from __future__ import annotations

import re

from rasd.extract.claims.context import Ctx, _token_range
from rasd.extract.claims.lexicons import SPEECH_EVENT_NOUNS, _cue_of
from rasd.records import Span
from rasd.text.normalize import normalize
from rasd.text.tokens import Token


def _is_media(ctx: Ctx, entity_id: str) -> bool:
    e = ctx.a.entities.get(entity_id)
    return e is not None and e.type == "MEDIA"


MEDIUM_REACH = 120        # characters from the reporting verb within which a medium phrase is the claim's
OUTLET_REACH = 100        # characters after the verb (or before it, in its clause) where "لوكالة X" may stand


def _medium(ctx: Ctx, sent: Span, tok: Token, content: Span) -> tuple[str | None, str | None]:
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
            if content.start <= sent.start + m.start() < content.end:
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


def _outlet_medium(ctx: Ctx, sent: Span, tok: Token, content: Span) -> tuple[str | None, str | None]:
    """"قال لوكالة فرانس برس", "في حديث لصحيفة الشرق الأوسط", "في مقابلة مع قناة X": the speaker spoke to an
    outlet, a news agency or else in an interview; an outlet inside what is said is no medium."""
    lo = max(sent.start, tok.start - OUTLET_REACH)
    hi = min(sent.end, tok.end + OUTLET_REACH, content.start if content.start > tok.end else sent.end)
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
