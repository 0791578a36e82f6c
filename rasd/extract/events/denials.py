"""A denial that reaches the report it refutes in the next or the previous sentence.

The "denied" modality (rasd/extract/modality.py) reads one sentence; Arabic news often tells the denial and the
report apart: "نفت قسد ... تعرضها لقصف ... مضيفة أنها أخبار كاذبة . وكانت وكالة الأناضول قد نشرت خبرا مفاده أن
طائرات التحالف قصفت ..." or "قالت إن المحاصرين قد سلموا أنفسهم . إلا أن المصدر كذب هذه الأنباء". The retold
report's happenings are denied-only (kept as the page's denied claims, not asserted). Cue words: the
``retold_denial`` section of rasd/data/lexicons/modality.yaml.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from rasd.data import read_shared
from rasd.extract.events.sentences import _Cand, _Sent
from rasd.extract.modality import LEXICON, starts_seq
from rasd.text.normalize import normalize
from rasd.text.tokens import Token, drop_conjunction, token_norm

PLUPERFECT_REACH = 8    # "وكانت وكالة " الأناضول " التركية قد نشرت": the subject between "كانت" and "قد"
POINTED_REACH = 2       # "كذب هذه الأنباء", "نفى صحة هذه الأنباء"
# (speed: the raw letters every denial cue of the lexicon holds, tried on the page's text before any sentence is
# read: "نفى", "ينفي", "نافيا", "كذب", "كاذبة", "صحة", "مفبركة", "ملفقة"; a space may split a word in the pages'
# text, "كذ ب هذه الأنباء", which the tokens join again)
DENY_STEMS = ("نف[يىاوت]", "ينف", "تنف", "نافي", "كذب", "كاذب", "صح[ةه]", "صحيح", "مفبرك", "ملفق")
DENY_SHAPE = re.compile("|".join(" ?".join(re.findall(r"\[[^]]+\]|.", stem)) for stem in DENY_STEMS))
SHARED_MIN = 4          # letters of a word the two sentences must share (a name, a deed), "ال" dropped


@dataclass(frozen=True, slots=True)
class _DLex:
    deny: tuple[tuple[str, ...], ...]
    deny_words: frozenset[str]          # the first words of ``deny`` (a cheap prefilter)
    pointed: tuple[tuple[str, ...], ...]
    pluperfect: frozenset[str]
    report_verbs: frozenset[str]


def _seqs(words: list[str]) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(normalize(w) for w in str(p).split()) for p in words)


@lru_cache(maxsize=1)
def _lexicon() -> _DLex:
    spec = read_shared(LEXICON)["retold_denial"]
    deny = _seqs(spec["deny"])
    return _DLex(deny, frozenset(s[0] for s in deny), _seqs(spec["pointed"]),
                 frozenset(normalize(w) for w in spec["pluperfect"]),
                 frozenset(normalize(w) for w in spec["report_verbs"]))


def _bare(norm: str) -> str:
    w = drop_conjunction(norm)
    return w[2:] if w.startswith("ال") else w


def _words(toks: list[Token]) -> set[str]:
    return {b for b in map(_bare, (t.norm for t in toks)) if len(b) >= SHARED_MIN}


# drop_conjunction per form, cached (speed: every token of a sentence that may hold a denial is asked)
_drop_conjunction: Callable[[str], str] = lru_cache(maxsize=65536)(drop_conjunction)


def _denies(toks: list[Token], lex: _DLex) -> bool:
    """A whole denial cue stands in the sentence, its first word with or without "و"/"ف" ("ونفت", "لا صحة"):
    a phrase's first word alone ("لا", "غير", "أخبار") is no denial."""
    norms = list(map(_drop_conjunction, map(token_norm, toks)))
    if lex.deny_words.isdisjoint(norms):
        return False    # (speed: no denial cue's first word in the sentence, tested in C)
    return any(norms[k] in lex.deny_words and any(tuple(norms[k:k + len(seq)]) == seq for seq in lex.deny)
               for k in range(len(norms)))


def _points_back(toks: list[Token], lex: _DLex) -> int:
    """The token of a denial verb followed by "هذه الأنباء" (a word like "صحة" between at most), the news told
    before it; -1 if none."""
    for k, t in enumerate(toks):
        if drop_conjunction(t.norm) in lex.deny_words:
            if any(starts_seq(toks, m, lex.pointed) for m in range(k + 1, min(len(toks), k + 1 + POINTED_REACH))):
                return k
    return -1


def _retells(toks: list[Token], lex: _DLex) -> bool:
    """The sentence opens with a pluperfect report: "وكانت وكالة الأناضول قد نشرت خبرا ..."."""
    if not toks or toks[0].norm not in lex.pluperfect:
        return False
    for k in range(1, min(len(toks) - 1, PLUPERFECT_REACH)):
        if toks[k].norm == "قد":
            return toks[k + 1].norm in lex.report_verbs
    return False


def deny_retold(sents: list[_Sent], per_sent: list[list[_Cand]], text: str) -> None:
    """Mark denied-only the asserted happenings of a report whose denial is told in the sentence next to it."""
    # (speed: the page's text is searched once for a denial's letters; only the sentences they fall in are read)
    hits = [m.start() for m in DENY_SHAPE.finditer(text)]
    if not hits:
        return
    starts = [s.span.start for s in sents]
    lex = _lexicon()
    for i in sorted({bisect_right(starts, h) - 1 for h in hits}):
        if i < 0 or not (per_sent[i] or (i > 0 and per_sent[i - 1]) or (i + 1 < len(sents) and per_sent[i + 1])):
            continue
        s = sents[i]
        toks = s.tokens
        if not _denies(toks, lex):
            continue
        targets: list[tuple[int, int]] = []     # (sentence, the token its denied tellings end before)
        back = _points_back(toks, lex)
        # (a denial pointing back has its report before it: a pluperfect report after it is another source's,
        # "كذب هذه الأنباء ... . وكانت أورينت قد نقلت عن مصدر آخر أن مدنيين سلموا أنفسهم")
        if back < 0 and i + 1 < len(sents) and per_sent[i + 1] and _retells(sents[i + 1].tokens, lex) \
                and _words(sents[i + 1].tokens) & _words(toks):
            targets.append((i + 1, len(sents[i + 1].tokens)))
        if back >= 0 and per_sent[i]:
            # "وكان النظام قد أعلن سيطرته على البوكمال إلا أن التنظيم كذب روايته": the claim before the denial
            targets.append((i, back))
        # (a retold report must name something the denial names, else it is another story)
        if back >= 0 and i > 0 and per_sent[i - 1] and _words(sents[i - 1].tokens) & _words(toks):
            targets.append((i - 1, len(sents[i - 1].tokens)))
        for t, end in targets:
            for c in per_sent[t]:
                if c.modality == "actual" and c.ti < end:
                    c.modality = "denied-only"
                    for p in c.merged:
                        if p.modality == "actual":
                            p.modality = "denied-only"
