"""The trigger's own relative clause: "القصف الذي طال المدينة يوم امس", "التظاهرات التي خرجت ... في بلدة
المزرعة". A definite trigger noun followed closely by its relative pronoun is described by that clause, which
may tell the happening's day (dates._own_relative_date) or its place (places._own_clause_place). Shared here
so both read the same limits and the same verbs of saying.
"""

from __future__ import annotations

from functools import lru_cache

from rasd.data import word_list
from rasd.extract.events.lexicons import _ELex, _keys
from rasd.extract.events.sentences import _Cand, _Sent
from rasd.extract.events.triggers import RELATIVE
from rasd.extract.modality import lexicon as modality_lexicon
from rasd.extract.modality import seq_starts
from rasd.text.normalize import normalize

RELATIVE_CLAUSE_SPAN = 6     # tokens from "التي" + verb to the date the relative clause tells
ANTECEDENT_TOKENS = 3        # "مجزرة صبرا وشاتيلا التي ...": a relative pronoun this close after the trigger describes it

CONDEMN_VERBS = frozenset(normalize(w) for w in word_list("function_words.yaml", "condemn_verbs"))
ACCOUNT_VERBS = frozenset(normalize(w) for w in word_list("event_words.yaml", "account_verbs"))
SAID_VERBS = frozenset(normalize(w) for w in word_list("event_words.yaml", "said_verbs"))


def own_relative_pronoun(s: _Sent, c: _Cand) -> int | None:
    """The token index of the trigger's own relative pronoun: at most ANTECEDENT_TOKENS after the trigger's
    words (nothing but words between) with a word (its verb) right after it. Only for a definite noun's
    trigger (a relative pronoun needs one); None otherwise."""
    toks = s.tokens
    head = toks[c.ti].norm
    if not (head.startswith("ال") or head[:1] in "وفبلك" and head[1:3] == "ال" or head[:2] == "لل"):
        return None      # a verb's trigger ("قتل الذين خرجوا الجمعة"): the pronoun names its people, not its deed
    rel = None
    for j in range(c.tj, min(len(toks), c.tj + ANTECEDENT_TOKENS)):
        w = toks[j].norm
        if w in RELATIVE:
            rel = j
            break
        if not any(ch.isalpha() for ch in w):
            return None      # a comma, a stop: the pronoun would hang on something else
    if rel is None or rel + 1 >= len(toks):
        return None
    if not any(ch.isalpha() for ch in toks[rel + 1].norm):
        return None      # (the clause's verb follows the pronoun; a short one, "طال", the verb list may not know)
    return rel


def said_word(w: str, lex: _ELex) -> bool:
    """A verb of saying or telling ("قال", "أفاد", "أعلن"), with or without "و"."""
    bare = w[1:] if w.startswith("و") else w
    return bare in ACCOUNT_VERBS or bare in SAID_VERBS or not _keys(w).isdisjoint(lex.speech_verbs)


def saying_word(w: str, lex: _ELex) -> bool:
    """A verb of saying, claiming or condemning ("الهجوم الذي أعلن التنظيم مسؤوليته عنه أمس"): a relative clause
    holding one tells a statement's day and place, not the happening's."""
    return said_word(w, lex) or (w[1:] if w.startswith("و") else w) in CONDEMN_VERBS


def aim_starts(s: _Sent) -> set[int]:
    """Token indexes where a word or phrase of purpose opens (modality.yaml ``purpose`` cues: "يهدف", "بهدف",
    "تمهيدا"): the words after it tell an aim ("بالهجوم الذي يهدف إلى تشديد الحصار على قضاء الحويجة"), not
    the happening's own day or place."""
    cues = _purpose_cues()
    return set(seq_starts(s.tokens, cues)) if cues else set()


@lru_cache(maxsize=1)
def _purpose_cues() -> tuple[tuple[str, ...], ...]:
    return next((r.cues for r in modality_lexicon().rules if r.name == "purpose"), ())
