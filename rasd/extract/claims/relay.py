"""Relayed reports ("نقلت رويترز عن مصادر قولها إن"): the relay between "نقل" and "عن", its frame noun,
and where the relayed words start."""

from __future__ import annotations

from rasd.extract.claims.context import Ctx, _bare, _token_range
from rasd.extract.claims.lexicons import RELAY_FRAME_NOUNS, _cue_of, _norm_words
from rasd.records import Mention

RELAY_REACH = 10     # tokens from نقل to its "عن": farther, the verb is transport / transfer ("نقل الجرحى")


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


def _relay_content_start(text: str, src_pos: int, named: list[Mention], sent_end: int) -> int:
    """After "عن <source>[ و<source>]،": the first comma after the named sources, else their end."""
    end = src_pos
    for m in named:
        if text[end:m.start].strip(" و،,") == "":
            end = m.end
    comma = min((i for i in (text.find("،", end, sent_end), text.find(",", end, sent_end)) if i != -1),
                default=-1)
    return comma + 1 if comma != -1 and comma - end < 10 else end
