"""A document's sender: "أصدرت الحركة بيانا قالت فيه إن", "تصريحات السيسي التي قال فيها", "رسالة إلى X قال
فيها": a verb of saying followed by "فيه/فيها" (in it) and no subject of its own speaks through the document or
speech named just before it, so its speaker is that document's sender: the document's genitive ("تصريح لوزير
الدفاع سيرغي شويغو"), else the subject of the verb that issued it ("بعث الرئيس الروسي ببرقية")."""

from __future__ import annotations

from rasd.extract.claims.context import Ctx, Speaker, _bare, _in_mention, _mention_at, _token_range
from rasd.extract.claims.lexicons import (
    ACTOR_TYPES,
    CONTENT_OPENERS,
    NON_SUBJECT_PREPOSITIONS,
    RELATIVE_PRONOUNS,
    _norm_words,
)
from rasd.extract.claims.speaker_after import SUBJECT_STOP_WORDS, _is_title, _speaker_after
from rasd.extract.verbs import is_verb_or_joined
from rasd.records import Span
from rasd.text.tokens import Token

SENDER_DOCUMENTS = _norm_words("sender_documents")
IN_IT_WORDS = _norm_words("in_it_words")
ISSUING_VERBS = _norm_words("issuing_verbs")
DOCUMENT_REACH = 12     # words from the document noun to "قال فيها" (its adjectives, an addressee, a time)
GENITIVE_REACH = 8      # words from the document noun to its sender's name (a title, "ل", commas)
VERB_REACH = 10         # words from the issuing verb to the document noun (its subject, a time)
_MARKS = ",،:؛.()\"«»“”"
ISSUED_BY = ("صادر", "الصادر", "صدر")       # "بيان صادر عن X", "تصريح صدر مؤخرا عن X"


def _document(t: Token) -> bool:
    """"بيانا", "ببرقية", "البيان", "وتصريحات": a document or speech noun, with its article, ب or accusative alif."""
    n = _bare(t.norm)
    for w in (n, n[1:] if n[:1] in "بل" else n):
        w = w[2:] if w.startswith("ال") else w
        if w in SENDER_DOCUMENTS or (w.endswith("ا") and w[:-1] in SENDER_DOCUMENTS):
            return True
    return False


def _document_sender(ctx: Ctx, sent: Span, idx: list[int], k: int) -> Speaker | None:
    """The sender of the document a verb "... فيه/فيها" speaks through; None when the verb has its own subject
    after "فيها" ("قال فيها غليون") or no document stands before it."""
    tok = ctx.toks[idx[k]]
    if k + 1 >= len(idx) or ctx.toks[idx[k + 1]].norm not in IN_IT_WORDS \
            or ctx.text[tok.end:ctx.toks[idx[k + 1]].start].strip():
        return None
    fi = ctx.toks[idx[k + 1]]
    if k + 2 < len(idx):
        nxt = ctx.toks[idx[k + 2]]
        if not any(ch in ctx.text[fi.end:nxt.start] for ch in _MARKS) and (
                _is_title(ctx, nxt) or any(m.start == nxt.start and m.type in ACTOR_TYPES for m in ctx.mentions)):
            # "في الوقت الذي اتهم فيه الأسد", "أكد فيه الأمين العام": the verb's own subject follows "فيه"
            subj = _speaker_after(ctx, fi.end, min(sent.end, fi.end + 80))
            if subj is not None and (subj[0] is not None or _before_content(ctx, fi.end, subj[1])):
                return subj       # (a described phrase that no "أن" follows may be the object: "تهدد فيها السكان")
            if subj is not None:
                return None
        if not any(ch in ctx.text[fi.end:nxt.start] for ch in _MARKS) and (
                not (nxt.norm.startswith("ال") or _bare(nxt.norm) in CONTENT_OPENERS
                        or _bare(nxt.norm) in NON_SUBJECT_PREPOSITIONS or _bare(nxt.norm)[:1] == "ب")):
            # "قال فيها غليون": a word that is no definite object, content opener or preposition may be a name
            # the page did not link
            return None
    p = next((p for p in range(k - 1, max(-1, k - 1 - DOCUMENT_REACH), -1)
              if _document(ctx.toks[idx[p]]) and not _in_mention(ctx, ctx.toks[idx[p]])), None)
    if p is None:
        return None
    return _genitive_sender(ctx, idx, p, tok.start) or _issuer(ctx, sent, idx, p)


def _before_content(ctx: Ctx, start: int, phrase: str) -> bool:
    """"رأى فيها أهالي دماج أنها": the phrase after "فيها" runs up to what is said."""
    at = ctx.text.find(phrase, start)
    if at < 0:
        return False
    i = _token_range(ctx, at + len(phrase), len(ctx.text))[0]
    return i < len(ctx.toks) and (_bare(ctx.toks[i].norm) in CONTENT_OPENERS or ctx.text[at + len(phrase):ctx.toks[i].start].strip()[:1] == ":")


def _genitive_sender(ctx: Ctx, idx: list[int], p: int, end: int) -> Speaker | None:
    """"تصريحات الرئيس السوري بشار الأسد الأخيرة التي", "مقالا لوزير الخارجية البريطاني السابق , وليام هيغ ,",
    "بيان صادر عن ديوان X": the actor the document noun is in construct with (or "ل" / "صادر عن" links), reached
    through titles and adjectives only; an addressee ("رسالة إلى X") or a place ("خطابا أمام X") is none."""
    noun = ctx.toks[idx[p]]
    ms = _mention_at(ctx, noun.end, end)
    if not ms:
        return None
    m = ms[0]
    words = [ctx.toks[j] for j in idx[p + 1:] if ctx.toks[j].start < m.start]
    if len(words) > GENITIVE_REACH:
        return None
    issued = False
    for i, w in enumerate(words):
        n = _bare(w.norm)
        if n in ISSUED_BY:
            issued = True
            continue
        if n == "عن" and issued or n == "من" and i == 0:
            continue                      # ("بيان من X المتحدث باسم Y": the sender, as "صادر عن X")
        if n in NON_SUBJECT_PREPOSITIONS or n in ("امام", "الي", "بعد", "قبل", "خلال") \
                or (is_verb_or_joined(w.norm) and not _is_title(ctx, w)):
            return None
    role = None
    if words:
        first = _bare(words[0].norm)
        if first in ctx.lex.title_words or (first[:1] == "ل" and first[1:] in ctx.lex.title_words):
            role = " ".join(ctx.text[words[0].start:m.start].strip(_MARKS + " ").split())
            role = role[1:] if first not in ctx.lex.title_words else role
    return (m.entity_id, m.surface, m.role or role)


def _issuer(ctx: Ctx, sent: Span, idx: list[int], p: int) -> Speaker | None:
    """"أصدرت الكنيسة الأرثوذكسية بيانا", "وبعث الرئيس الروسي فلاديمير بوتين ببرقية تعزية": the subject after
    the verb whose object the document is; an actor right before that verb ("الرئاسة أصدرت بيانا", "وكان التحالف
    قد أصدر بيانا") else."""
    noun = ctx.toks[idx[p]]
    for q in range(p - 1, max(-1, p - 1 - VERB_REACH), -1):
        v = ctx.toks[idx[q]]
        if any(ch in ctx.text[v.end:ctx.toks[idx[q + 1]].start] for ch in ":؛.\"«»"):
            return None
        if _in_mention(ctx, v) or _bare(v.norm) not in ISSUING_VERBS:
            continue
        subj = _speaker_after(ctx, v.end, noun.start)
        if subj is not None:
            return subj
        words = [ctx.toks[j] for j in idx[q + 1:p]]
        if 0 < len(words) <= 3 and words[0].norm.startswith("ال") and not any(ch in ctx.text[v.end:noun.start]
                                                                               for ch in _MARKS) \
                and not any(_bare(w.norm) in NON_SUBJECT_PREPOSITIONS or w.norm in SUBJECT_STOP_WORDS for w in words):
            # "أصدرت الكنيسة الأرثوذكسية بيانا": an unnamed body, a described sender
            return (None, " ".join(ctx.text[words[0].start:words[-1].end].split()), None)
        before = [m for m in _mention_at(ctx, sent.start, v.start) if m.type in ACTOR_TYPES]
        if before and ctx.text[before[-1].end:v.start].strip() in ("", "قد") and v.norm[0] not in "وف":
            m = before[-1]
            return (m.entity_id, m.surface, m.role)
        return None
    return None


DOCUMENT_LEADS = _norm_words("document_lead_words")      # "نص البيان", "نفس البيان": words before the document
STATEMENT_REACH = 1500     # characters back to the statement a bare "جاء في البيان" goes on with


def _document_frame(ctx: Ctx, idx: list[int], k: int) -> int | None:
    """"جاء فيه", "ورد في البيان", "وجاء في نص بيان الوزارة": the position (in idx) of the word the document
    cue idx[k] speaks through ("فيه", or the document noun after "في"); None outside that frame ("جاء ذلك")."""
    if k + 1 >= len(idx):
        return None
    end = ctx.toks[idx[k]].end
    nxt = ctx.toks[idx[k + 1]]
    if ctx.text[end:nxt.start].strip():
        return None
    if nxt.norm in IN_IT_WORDS:
        return k + 1
    if nxt.norm != "في":
        return None
    for p in range(k + 2, min(len(idx), k + 4)):
        t = ctx.toks[idx[p]]
        if any(ch in ctx.text[ctx.toks[idx[p - 1]].end:t.start] for ch in _MARKS):
            return None
        if _document(t) and not _in_mention(ctx, t):
            return p
        if _bare(t.norm) not in DOCUMENT_LEADS:
            return None
    return None


def _document_speaker(ctx: Ctx, sent: Span, idx: list[int], k: int, p: int, cs: int) -> Speaker:
    """Who speaks through the document of a document cue's frame (_document_frame at p): for "فيه" the sender of the
    document named before it (_document_sender); for "في بيان X" the document's genitive or "صادر عن X"; for a bare
    "جاء في البيان" the speaker of the last statement claim on the page; else the document itself ("البيان")."""
    if ctx.toks[idx[p]].norm in IN_IT_WORDS:
        return _document_sender(ctx, sent, idx, k) or (None, "unattributed", None)
    sender = _genitive_sender(ctx, idx, p, cs) or _relative_issuer(ctx, idx, p, cs)
    if sender is not None:
        return sender
    noun = ctx.toks[idx[p]]
    issued = _issued_by(ctx, idx, p, cs)
    if issued is not None:
        return issued
    last = ctx.last_claim
    if noun.norm.startswith("ال") and last is not None and last.medium == "statement" \
            and last.speaker_text != "unattributed" and 0 < noun.start - last.content.end < STATEMENT_REACH:
        return (last.speaker_id, last.speaker_text, last.speaker_role)
    return (None, " ".join(ctx.text[ctx.toks[idx[k + 2]].start:noun.end].split()), None)


def _relative_issuer(ctx: Ctx, idx: list[int], p: int, cs: int) -> Speaker | None:
    """"جاء في البيان , الذي أصدرته الهيئة الأحد , أن", "جاء في تقرير نشره موقع X": the subject of the issuing verb
    of a relative clause on the document noun idx[p] is its sender."""
    j = p + 1
    if j + 1 < len(idx) and ctx.toks[idx[j]].norm in RELATIVE_PRONOUNS:
        v = ctx.toks[idx[j + 1]]
    elif j < len(idx) and ctx.toks[idx[j]].norm.endswith(("ه", "ها")) and not ctx.toks[idx[p]].norm.startswith("ال"):
        v, j = ctx.toks[idx[j]], j - 1      # "تقرير نشره موقع X": an indefinite noun's relative clause has no pronoun
    else:
        return None
    stem = next((v.norm[:-len(s)] for s in ("ها", "ه") if v.norm.endswith(s)), v.norm)    # "أصدرته", "نشرها"
    if _bare(stem) not in ISSUING_VERBS and _bare(stem + "ت") not in ISSUING_VERBS:
        return None
    subj = _speaker_after(ctx, v.end, min(cs, v.end + 80))
    if subj is not None:
        return subj
    nxt = ctx.toks[idx[j + 2]] if j + 2 < len(idx) else None
    if nxt is not None and nxt.start < cs and nxt.norm.startswith("ال") and nxt.norm not in SUBJECT_STOP_WORDS:
        return (None, nxt.text, None)     # "الذي أصدرته الهيئة": an unnamed body
    return None


def _issued_by(ctx: Ctx, idx: list[int], p: int, cs: int) -> Speaker | None:
    """"بيان صادر عن المركز أن", "بيان صدر عن الإليزيه :": the issuer after "صادر عن" when no actor's name was
    found there: a described or unnamed body (_speaker_after), else the definite noun itself."""
    for j in range(p + 1, min(len(idx) - 2, p + 3)):
        if _bare(ctx.toks[idx[j]].norm) in ISSUED_BY and ctx.toks[idx[j + 1]].norm in ("عن", "من"):
            start = ctx.toks[idx[j + 1]].end
            subj = _speaker_after(ctx, start, min(cs, start + 80))
            if subj is not None:
                return subj
            t = ctx.toks[idx[j + 2]]
            if t.start < cs and t.norm.startswith("ال") and t.norm not in SUBJECT_STOP_WORDS:
                return (None, t.text, None)
            return None
    return None
