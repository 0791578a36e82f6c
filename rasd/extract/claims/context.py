"""The page a claim stage reads (text, tokens, mentions, the last speaker) and the token and mention
look-ups every step uses."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from datetime import date

from rasd.extract.claims.lexicons import ACTOR_TYPES, Lexicon
from rasd.records import Analysis, Claim, Mention, Span
from rasd.text.tokens import Token

Speaker = tuple[str | None, str, str | None]     # (entity id or None, the text that names it, role)


@dataclass
class Ctx:
    a: Analysis
    text: str
    toks: list[Token]
    mentions: list[Mention]
    ref: date | None
    lex: Lexicon
    last_speaker: Speaker | None = None   # (id, text, role)
    last_speaker_at: int = -1        # where the last claim's cue stands
    tok_starts: list[int] = field(default_factory=list)     # for bisecting the tokens of a span
    tok_ends: list[int] = field(default_factory=list)
    statement_date: str | None = None
    ticker: list[tuple[int, int]] = field(default_factory=list)   # the site's crawl-time date texts
    last_claim: Claim | None = None      # the last cue claim (a continuing cue shares its medium and day)
    sent_contents: list[Span] = field(default_factory=list)     # contents of the sentence's claims so far
    sent_norm: tuple[int, str] = (-1, "")                          # the current sentence's normalised text


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


def _next_norm(ctx: Ctx, ti: int) -> str:
    return ctx.toks[ti + 1].norm if ti + 1 < len(ctx.toks) else ""


def _find_word(ctx: Ctx, idx: list[int], k: int, word: str) -> int | None:
    for j in idx[k + 1:]:
        if ctx.toks[j].norm == word:
            return ctx.toks[j].end
    return None


def _trim(text: str, span: Span) -> Span:
    s, e = span.start, span.end
    while s < e and (text[s].isspace() or text[s] in "،,:"):
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return Span(s, e)


def _in_mention(ctx: Ctx, t: Token) -> bool:
    return any(m.start <= t.start < m.end for m in ctx.mentions)


def _ref_date(a: Analysis) -> date | None:
    p = a.doc.published
    if p.precision == "day" and p.date and p.date != "unknown":
        try:
            return date.fromisoformat(p.date)
        except ValueError:
            return None
    return None
