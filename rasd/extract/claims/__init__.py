"""Attributed claims: who says what, with which stance, through which medium, when.

Cue-driven (rasd/data/lexicons/claim_cues.yaml): a reporting verb, participle, noun or
source preposition anchors a claim; the speaker is the entity mention the cue governs
(VSO first, then SVO, then the previous speaker for pronoun-dropped verbs and participles),
or a described source ("مصادر خاصة ..."); the content is what follows إن/أن/a colon/a quote.
Page structure adds claims the cues miss: embedded tweets ("— name (@handle) date"),
interview answers (questions are the asker's, never the interviewee's), pull quotes, and
the body of a group's statement. A claim with no findable speaker stays "unattributed".

One module per step: lexicons (cues and word lists), context (the page being read), cues (a cue's
claim), speaker_after / speaker_before (the subject after the cue, or before it and from context),
relay ("نقلت X عن Y"), content (where what is said starts and ends), medium, dates, structure
(interviews, statements, tweets, pull quotes). Here: the stage, stable ids and links to events.
"""

from __future__ import annotations

import hashlib
from typing import Any

from rasd.extract.claims.context import Ctx, _ref_date
from rasd.extract.claims.cues import _cue_claims
from rasd.extract.claims.lexicons import lexicon
from rasd.extract.claims.structure import (
    _page_structure,
    _pull_quote_claims,
    _question_claim,
    _structural_claim,
    _tweet_claims,
)
from rasd.extract.claims.titles import resolve_titles
from rasd.extract.page_dates import crawl_spans
from rasd.records import Analysis, Claim, Event
from rasd.text.normalize import normalize
from rasd.text.sentences import split_sentences
from rasd.text.tokens import tokenize


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
    resolve_titles(ctx, claims)
    _dedupe(claims)
    _link_events(ctx, claims, analysis.events)
    analysis.claims = claims


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
