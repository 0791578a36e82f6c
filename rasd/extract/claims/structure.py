"""Claims from the page's structure: interview questions and answers, the body of a signed statement
(after the basmala), embedded tweets and pull quotes; their stance from denial phrases."""

from __future__ import annotations

import re
from dataclasses import dataclass

from rasd.data import word_list
from rasd.extract.claims.content import _quantities
from rasd.extract.claims.context import Ctx, Speaker, _trim
from rasd.extract.claims.lexicons import ACTOR_TYPES
from rasd.records import Claim, Mention, Span
from rasd.text.normalize import normalize
from rasd.text.tokens import tokenize

TWEET_SIG = re.compile(r"^\s*[—–-]\s*(?P<name>[^()\n]{2,60}?)\s*\(@(?P<handle>\w{1,30})\)\s*(?P<date>.+)$")


@dataclass
class Structure:
    questions: list[tuple[int, int]]
    answers: list[tuple[int, int, Speaker]]
    statement: tuple[int, Speaker, str | None] | None  # (start, issuer, number)
    pull_quotes: list[tuple[Span, Mention]]
    asker: str

    def is_question_at(self, pos: int) -> bool:
        return any(s <= pos < e for s, e in self.questions)

    def answer_speaker_at(self, pos: int) -> Speaker | None:
        for s, e, sp in self.answers:
            if s <= pos < e:
                return sp
        return None

    def statement_issuer_at(self, pos: int) -> Speaker | None:
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
    answers: list[tuple[int, int, Speaker]] = []
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


def _statement_issuer(ctx: Ctx, basmala_pos: int) -> Speaker | None:
    """The group signing a statement: the first actor named on the lines around the basmala."""
    near = [m for m in ctx.mentions if abs(m.start - basmala_pos) < 120 and m.type in ACTOR_TYPES - {"PERSON"}]
    if near:
        m = min(near, key=lambda m: abs(m.start - basmala_pos))
        return (m.entity_id, m.surface, None)
    pub = ctx.a.doc.publisher.name_ar
    return (None, pub, None) if pub else None


def _structural_claim(ctx: Ctx, sent: Span, speaker: Speaker, medium: str) -> Claim | None:
    content = _trim(ctx.text, sent)
    if len(tokenize(ctx.text[content.start:content.end])) < 5:
        return None
    stance, kind = _stance_kind(ctx, content.start, content.end)
    date_ = ctx.a.doc.published.date if medium == "statement" and ctx.a.doc.published.precision == "day" else "unknown"
    return Claim(id="", doc_id=ctx.a.doc.id, content=content, speaker_id=speaker[0], speaker_text=speaker[1],
                 speaker_role=speaker[2], stance=stance, kind=kind,
                 medium=medium, date=date_, quantities=_quantities(ctx, content))


def _stance_kind(ctx: Ctx, start: int, end: int) -> tuple[str, str]:
    """A claim without a cue denies when its text holds a denial phrase or a negated verb with "any" close after it
    ("لم يتلق أي دعم"); it is a statement otherwise."""
    norm = normalize(ctx.text[start:end])
    words = norm.split()
    if any(p in norm for p in ctx.lex.denials) or any(
            w in ctx.lex.negations and any(x in ctx.lex.neg_any for x in words[i + 1:i + 4]) for i, w in enumerate(words)):
        return "denies", "denial"
    return "asserts", "statement"


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
        stance, kind = _stance_kind(ctx, ps, pe)
        out.append(Claim(
            id="", doc_id=ctx.a.doc.id, content=Span(ps, pe), speaker_id=person.entity_id if person else None,
            speaker_text=person.surface if person else name, speaker_role=person.role if person else None,
            cue=None, stance=stance, kind=kind, medium="tweet",
            medium_detail="@" + m.group("handle"), date=dates[0].date_start if dates else "unknown",
            quantities=_quantities(ctx, Span(ps, pe))))
    return out


def _pull_quote_claims(ctx: Ctx, st: Structure) -> list[Claim]:
    out = []
    for span, person in st.pull_quotes:
        if st.is_question_at(span.start):
            continue
        stance, kind = _stance_kind(ctx, span.start, span.end)
        out.append(Claim(id="", doc_id=ctx.a.doc.id, content=_trim(ctx.text, span), speaker_id=person.entity_id,
                         speaker_text=person.surface, speaker_role=person.role, stance=stance,
                         kind=kind, medium="interview" if st.answers else None))
    return out
