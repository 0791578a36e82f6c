"""Is a trigger an event the page asserts? actual, planned, threatened, conditional,
hypothetical, denied-only, or not an event at all (negated, stative, generic, habitual).

Cue words and their reach: rasd/data/lexicons/modality.yaml. Works on the tokens of one
sentence (document offsets) with a clause index per token, so a cue in one clause does not
colour a trigger in the next ("هدد الجانب الروسي ... ، وهذا ما دفع مقاتلينا إلى تعطيل ...").
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress, repeat
from operator import is_
from pathlib import Path
from typing import Any

from rasd.data import read_shared, word_list
from rasd.extract.counts import token_keys
from rasd.extract.verbs import IMPERFECT_PREFIXES, is_verb, is_verb_or_joined
from rasd.text.normalize import normalize
from rasd.text.tokens import Token, drop_conjunction, token_norm

LEXICON = Path(__file__).resolve().parent.parent / "data" / "lexicons" / "modality.yaml"
# Not events: the caller drops the trigger.
# "terms": an agreement's provisions; "failed": an attempt that did not succeed ("فشلت في استعادة");
# "opinion": inside an analyst's "يرى ... أن" reading; "manner": how a deed could be done ("كيفية إجبار ... على
# مغادرة"); "task": what a force is there for ("قوة مهمتها حماية"); "commemorated": the happening an anniversary recalls
# "unrealised": a deed asked for, needed, hindered or put off ("طلبوا إخلاء", "بعرقلة استهداف");
# "charged" / "charged_with": the deed a trial or a charge is about ("في قضية اقتحام", "دينوا بقتل");
# "rumoured": passed on as news going round or disputed ("وسط أنباء عن إعدامهم", "تضارب الأنباء عن سيطرة");
# "figurative": a word of violence used for speech or a figure ("هجوما لاذعا", "تصفية القضية");
# "since" / "since_start" / "since_told" (the happening a span counts from) and "compared" (the happening named to
# compare with) are judged by the caller: kept with a day of their own
NOT_EVENT = frozenset({"negated", "stative", "ended", "generic", "habitual", "terms", "demanded", "failed", "opinion",
                       "commemorated", "charged", "charged_with", "manner", "task", "unrealised", "rumoured",
                       "figurative"})
SINCE_MODALITIES = frozenset({"since", "since_start", "since_told", "compared"})


@dataclass(slots=True)
class _Rule:
    name: str
    window: int
    clause: bool
    cues: tuple[tuple[str, ...], ...]
    after: tuple[tuple[str, ...], ...]
    next: frozenset[str] = frozenset()     # a word right after the trigger ("القادمة")
    blockers: frozenset[str] = frozenset()  # a word between cue and trigger that ends the cue's reach ("لبحث")
    # a word after the trigger in its clause, within after_window tokens ("سيطرة ... على حقول النفط ستكون
    # كارثية"), unless the word right after it says the told happening will have an outcome ("سيكون له")
    after_clause: frozenset[str] = frozenset()
    after_window: int = 0
    after_not_next: frozenset[str] = frozenset()
    # the cue must govern the trigger: only these words (prepositions, object pronouns, light verbal
    # nouns) may stand between them ("طلب منه تنفيذ عملية انتحارية", "بعرقلة استهداف"); empty: any word
    links: frozenset[str] = frozenset()
    governs: bool = False
    # a future verb (س + an imperfect) governing the trigger through no more than ``links`` words:
    # "سيبدأ معركة للسيطرة", "سيؤثر على معركة الرقة", "ستشارك في الحملة" (0: not read); ``not_future``:
    # the beginnings of nouns spelt like one ("سيطرة", "سيارة", "سنوات")
    future_reach: int = 0
    not_future: tuple[str, ...] = ()
    # a subjunctive verb (one of ``subjunctive`` + an imperfect) governing the trigger through its subject
    # and link words, no more than ``subjunctive_reach`` tokens on: "عرض أن تقوم القوات التركية بالهجوم على
    # الرقة", "من المفترض أن يقوم الإرهابيان بتفجير" (0: not read); ``subjunctive_verbs``: the imperfects in
    # ت / ن read as verbs (the shape reads only those in ي); ``subjunctive_heads``: the words before the
    # particle that assert what follows ("قبل أن", "بعد أن", "تمكنت من أن")
    subjunctive: frozenset[str] = frozenset()
    subjunctive_reach: int = 0
    subjunctive_verbs: frozenset[str] = frozenset()
    subjunctive_heads: frozenset[str] = frozenset()
    subjunctive_stops: frozenset[str] = frozenset()
    subjunctive_not_verbs: frozenset[str] = frozenset()     # the copula: "رجحت أن يكون الانفجار ناجما عن قصف"
    # a phrase after the trigger in its clause, within after_window tokens, that negates the trigger's own
    # predicate ("المعركة الكبرى لم تحصل بعد")
    after_clause_seqs: tuple[tuple[str, ...], ...] = ()
    after_seqs_no_verb: bool = False
    # a verb of asking names its addressee before the deed asked for: "طلبت من أمريكا وروسيا وإيران وتركيا التوصل
    # إلى هدنة", "لم يطلب من مسلحي الحزب الموجودين داخل المدينة المغادرة". ``addressee_cues``: the verbs that take
    # one; ``addressee_heads``: the preposition opening it; ``addressee_reach``: its longest noun phrase;
    # ``addressee_light``: the light verbal nouns that may stand between it and the trigger
    addressee_cues: frozenset[str] = frozenset()
    addressee_heads: frozenset[str] = frozenset()
    addressee_reach: int = 0
    addressee_light: frozenset[str] = frozenset()
    # an aim noun that names its content through a copula ("هدف المعركة هو تخفيف الضغط"): the copula must stand
    # within ``copula_reach`` tokens after the cue (0: no copula asked for); ``copula_not_next``: a ranking
    # word right after it ("خطوة هي الأولى")
    copulas: frozenset[str] = frozenset()
    copula_reach: int = 0
    copula_not_next: frozenset[str] = frozenset()
    copula_preps: frozenset[str] = frozenset()     # a word right after one is a noun, whatever its shape ("في بيت جن")
    copula_of: frozenset[str] = frozenset()     # "the aim of" ("الغاية من"): a comma may stand for the copula
    # the obligation "على + subject + verbal noun" at the head of a clause ("وعلى قوات قسد الانسحاب إلى شرق
    # الفرات": it is upon them to withdraw): ``obligation_heads`` open the clause, then one of
    # ``obligation_subjects`` and no more than ``obligation_reach`` nouns (no verb) before the trigger, a verbal
    # noun with the article (0: not read)
    obligation_heads: frozenset[str] = frozenset()
    obligation_openers: frozenset[str] = frozenset()    # "إن" before the head ("قال إن على المسلحين الخروج")
    obligation_subjects: frozenset[str] = frozenset()
    obligation_reach: int = 0


@dataclass(slots=True)
class _MLex:
    rules: list[_Rule]
    resume: tuple[tuple[str, ...], ...]
    clause_words: tuple[tuple[str, ...], ...]
    governor_stops: frozenset[str] = frozenset()    # words that assert the noun they govern ("نتيجة القصف")


def _seq(phrase: Any) -> tuple[str, ...]:
    return tuple(normalize(w) for w in str(phrase).split())


@lru_cache(maxsize=1)
def lexicon() -> _MLex:
    data = read_shared(LEXICON)
    rules = []
    for name, spec in data["modalities"].items():
        rules.append(_Rule(name, int(spec["window"]), bool(spec["clause"]),
                           tuple(_seq(c) for c in spec["cues"]), tuple(_seq(c) for c in spec.get("after", [])),
                           frozenset(normalize(str(w)) for w in spec.get("next", ())),
                           frozenset(normalize(str(w)) for w in spec.get("blockers", ())),
                           frozenset(normalize(str(w)) for w in spec.get("after_clause", ())),
                           int(spec.get("after_window", 0)),
                           frozenset(normalize(str(w)) for w in spec.get("after_not_next", ())),
                           frozenset(normalize(str(w)) for w in spec.get("links", ())),
                           bool(spec.get("governs", False)),
                           int(spec.get("future_reach", 0)),
                           tuple(normalize(str(w)) for w in spec.get("not_future", ())),
                           frozenset(normalize(str(w)) for w in spec.get("subjunctive", ())),
                           int(spec.get("subjunctive_reach", 0)),
                           frozenset(normalize(str(w)) for w in spec.get("subjunctive_verbs", ())),
                           frozenset(normalize(str(w)) for w in spec.get("subjunctive_heads", ())),
                           frozenset(normalize(str(w)) for w in spec.get("subjunctive_stops", ())),
                           frozenset(normalize(str(w)) for w in spec.get("subjunctive_not_verbs", ())),
                           tuple(_seq(c) for c in spec.get("after_clause_seqs", ())),
                           bool(spec.get("after_seqs_no_verb", False)),
                           frozenset(normalize(str(w)) for w in spec.get("addressee_cues", ())),
                           frozenset(normalize(str(w)) for w in spec.get("addressee_heads", ())),
                           int(spec.get("addressee_reach", 0)),
                           frozenset(normalize(str(w)) for w in spec.get("addressee_light", ())),
                           frozenset(normalize(str(w)) for w in spec.get("copulas", ())),
                           int(spec.get("copula_reach", 0)),
                           frozenset(normalize(str(w)) for w in spec.get("copula_not_next", ())),
                           frozenset(normalize(str(w)) for w in spec.get("copula_preps", ())),
                           frozenset(normalize(str(w)) for w in spec.get("copula_of", ())),
                           frozenset(normalize(str(w)) for w in spec.get("obligation_heads", ())),
                           frozenset(normalize(str(w)) for w in spec.get("obligation_openers", ())),
                           frozenset(normalize(str(w)) for w in spec.get("obligation_subjects", ())),
                           int(spec.get("obligation_reach", 0))))
    return _MLex(rules, tuple(_seq(c) for c in data["resume_markers"]),
                 tuple(_seq(c) for c in data["clause_words"]),
                 frozenset(normalize(str(w)) for w in data.get("governor_stops", ())))




def _seq_at(tokens: list[Token], k: int, seq: tuple[str, ...]) -> bool:
    if k < 0 or k + len(seq) > len(tokens):
        return False
    for n, w in enumerate(seq):
        norm = tokens[k + n].norm
        if w != norm and w not in token_keys(norm):
            return False
    return True


def _rest_at(tokens: list[Token], k: int, seq: tuple[str, ...]) -> bool:
    """``_seq_at(tokens, k, seq)`` for a phrase whose first word is already known to be a reading of
    token k (found by it): only the words after the first are compared (``token_keys`` holds the
    form itself)."""
    if k + len(seq) > len(tokens):
        return False
    for n in range(1, len(seq)):
        if seq[n] not in token_keys(tokens[k + n].norm):
            return False
    return True


# per phrase list (by identity): its first words, and token form -> the phrases whose first
# word is one of its readings, in list order (the only ones ``_seq_at`` can match there; most
# forms: none)
_FIRST: dict[int, tuple[tuple[tuple[str, ...], ...], frozenset[str], dict[str, tuple[tuple[str, ...], ...]]]] = {}


def _first_info(seqs: tuple[tuple[str, ...], ...]) -> tuple[tuple[tuple[str, ...], ...], frozenset[str],
                                                            dict[str, tuple[tuple[str, ...], ...]]]:
    hit = _FIRST.get(id(seqs))
    if hit is None or hit[0] is not seqs:
        hit = (seqs, frozenset(seq[0] for seq in seqs), {})
        _FIRST[id(seqs)] = hit
    return hit


def _may_start(seqs: tuple[tuple[str, ...], ...], firsts: frozenset[str],
               may_start: dict[str, tuple[tuple[str, ...], ...]], norm: str) -> tuple[tuple[str, ...], ...]:
    """The phrases of ``seqs`` that may start at a token of form ``norm`` (cached per form)."""
    if len(may_start) >= 262144:
        may_start.clear()
    keys = token_keys(norm)         # holds norm itself: _seq_at's first-word test
    got = may_start[norm] = tuple(seq for seq in seqs if seq[0] in keys) if not firsts.isdisjoint(keys) else ()
    return got


def starts_seq(tokens: list[Token], k: int, seqs: tuple[tuple[str, ...], ...]) -> int:
    """Length of the first of ``seqs`` that starts at token k (0 if none)."""
    if k < 0 or k >= len(tokens):
        return 0
    # (``_first_info`` inlined: asked for every token of a window, from a few phrase lists)
    info = _FIRST.get(id(seqs))
    _seqs, firsts, may_start = info if info is not None and info[0] is seqs else _first_info(seqs)
    norm = tokens[k].norm
    cands = may_start.get(norm)
    if cands is None:     # callers test every token of a sentence: the answer per form is cached
        cands = _may_start(seqs, firsts, may_start, norm)
    for seq in cands:
        if len(seq) == 1 or _rest_at(tokens, k, seq):
            return len(seq)
    return 0


def _first_len(tokens: list[Token], k: int, cands: tuple[tuple[str, ...], ...]) -> int:
    """Length of the first of ``cands`` (phrases whose first word is a reading of token k) found at k, else 0."""
    for seq in cands:
        if len(seq) == 1 or _rest_at(tokens, k, seq):
            return len(seq)
    return 0


def first_seq_start(tokens: list[Token], lo: int, hi: int, seqs: tuple[tuple[str, ...], ...]) -> tuple[int, int]:
    """(k, n): the first token k in [lo, hi) where ``starts_seq(tokens, k, seqs)`` is n > 0; (-1, 0) if none.
    Speed: the phrase list's table is read once for the window, and ``starts_seq`` is not called per token."""
    info = _FIRST.get(id(seqs))      # (``_first_info`` inlined: asked per sentence and per trigger)
    _seqs, firsts, may_start = info if info is not None and info[0] is seqs else _first_info(seqs)
    for k in range(max(0, lo), min(hi, len(tokens))):
        norm = tokens[k].norm
        cands = may_start.get(norm)
        if cands is None:
            cands = _may_start(seqs, firsts, may_start, norm)
        if cands:
            n = _first_len(tokens, k, cands)
            if n:
                return k, n
    return -1, 0


def seq_starts(tokens: list[Token], seqs: tuple[tuple[str, ...], ...]) -> list[int]:
    """Token indexes k where ``starts_seq(tokens, k, seqs)`` is non-zero, in order."""
    info = _FIRST.get(id(seqs))      # (``_first_info`` inlined: asked per sentence and per trigger)
    _seqs, firsts, may_start = info if info is not None and info[0] is seqs else _first_info(seqs)
    out = []
    # ``starts_seq`` unrolled: most tokens start no phrase, so the phrases per token are looked up
    # in one ``map`` and only the tokens with some are visited (``compress``)
    norms = list(map(token_norm, tokens))
    cands = list(map(may_start.get, norms))
    if None in cands:       # forms not seen yet (``_may_start`` inlined: a page's new forms are many)
        if len(may_start) >= 262144:
            may_start.clear()
        for k in compress(range(len(cands)), map(is_, cands, repeat(None))):
            keys = token_keys(norms[k])         # holds the form itself: _seq_at's first-word test
            cands[k] = may_start[norms[k]] = (tuple(seq for seq in seqs if seq[0] in keys)
                                              if not firsts.isdisjoint(keys) else ())
    # (a candidate phrase's first word is a reading of the token: only its other words are compared)
    for k in compress(range(len(cands)), cands):
        for seq in cands[k]:  # type: ignore[union-attr]
            if len(seq) == 1 or _rest_at(tokens, k, seq):
                out.append(k)
                break
    return out


def clause_word_starts(tokens: list[Token]) -> set[int]:
    """Token indexes where a clause word (لكن، بينما، في حين ...) opens a new clause."""
    return set(seq_starts(tokens, lexicon().clause_words))


@lru_cache(maxsize=1)
def _first_word_index() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """First word of every cue -> [(cue words, rule name)]; "resume" and "after:<rule>" included."""
    lex = lexicon()
    idx: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for rule in lex.rules:
        for seq in rule.cues:
            idx.setdefault(seq[0], []).append((seq, rule.name))
        for seq in rule.after:
            idx.setdefault(seq[0], []).append((seq, "after:" + rule.name))
    for seq in lex.resume:
        idx.setdefault(seq[0], []).append((seq, "resume"))
    return idx


@lru_cache(maxsize=262144)
def _cue_keys(norm: str) -> tuple[str, ...]:
    """The readings of a token that start a cue, in sorted order (most tokens: none)."""
    # (speed: the readings that start a cue, sorted; token_keys holds the form itself)
    return tuple(sorted(_first_word_index().keys() & token_keys(norm)))


# the entry of ``sentence_cues`` for a token where no cue starts (shared: the lists are only read)
_NO_CUES: dict[str, int] = {}


def sentence_cues(tokens: list[Token]) -> list[dict[str, int]]:
    """For each token: the cue rules that start there and their length (computed once per sentence).
    The lists are read, never changed (tokens without a cue share one empty dict)."""
    idx = _first_word_entries()
    keys = list(map(_cue_keys, map(token_norm, tokens)))
    n_toks = len(keys)
    out: list[dict[str, int]] = [_NO_CUES] * n_toks
    for k in compress(range(n_toks), keys):      # (most tokens start no cue)
        here: dict[str, int] = {}
        nxt: frozenset[str] | None = None     # the next token's readings, read on first need
        for key in keys[k]:
            # key is a reading of token k and every cue of idx[key] starts with it: a one-word cue
            # is there, a longer one needs its other words only
            for seq, name, n, second in idx[key]:
                if name in here:
                    continue
                if n > 1:
                    # speed: most longer cues fail on their second word; it is tested here, against
                    # the next token's readings read once, before the rest is compared
                    if nxt is None:
                        nxt = token_keys(tokens[k + 1].norm) if k + 1 < n_toks else frozenset()
                    if second not in nxt or (n > 2 and not _rest_at(tokens, k, seq)):
                        continue
                here[name] = n
        out[k] = here
    return out


@lru_cache(maxsize=1)
def _first_word_entries() -> dict[str, tuple[tuple[tuple[str, ...], str, int, str], ...]]:
    """``_first_word_index`` with each cue's length and second word ("" for a one-word cue)."""
    return {key: tuple((seq, name, len(seq), seq[1] if len(seq) > 1 else "") for seq, name in entries)
            for key, entries in _first_word_index().items()}


# the rule names with a cue somewhere in the sentence, for the last ``sentence_cues`` list seen (a
# sentence's triggers are checked one after another with the same list; the reference keeps it alive)
_LAST_CUES: list[Any] = [None, frozenset(), {}]


def _present(cues: list[dict[str, int]]) -> frozenset[str]:
    if _LAST_CUES[0] is not cues:
        _cue_positions(cues)
    return _LAST_CUES[1]


def _cue_positions(cues: list[dict[str, int]]) -> dict[str, list[int]]:
    """Rule name -> the tokens where a cue of it starts (ascending), for the last list seen (as ``_present``)."""
    if _LAST_CUES[0] is not cues:
        where: dict[str, list[int]] = {}
        for k in compress(range(len(cues)), cues):
            for name in cues[k]:
                where.setdefault(name, []).append(k)
        _LAST_CUES[0], _LAST_CUES[1], _LAST_CUES[2] = cues, frozenset(where), where
    return _LAST_CUES[2]


# A quoted name is one word of its clause: 'أن تشارك كل من فصائل " درع الفرات " و " قوات سورية الديمقراطية " في
# تحرير الرقة' (the forecast governs the liberation across two quoted names). The reach of the scans that walk
# back over the subject of a governing verb or head word (the subjunctive "أن" + imperfect, the obligation "على"
# + party) is counted in words, where a short quoted span counts as one: at most QUOTED_NAME_WORDS tokens, in one
# clause, all words and no preposition (a quoted phrase "منع " قطاع من السكان " من" is no name). A longer
# quotation (a statement quoted whole) keeps its length. The windows of the cue rules are counted in tokens as
# before: they let any word stand between cue and trigger, and a wider reach there read past relative clauses
# ("طالب ... باستعادة القرى التي سيطرت عليها " قوات سوريا الديمقراطية "") and into a name's own words ("عملية
# أطلق عليها " خطة الإعصار "": a name, not a plan). Quote marks are no clause boundaries and no tokens
# (rasd.extract.events.sentences), so nothing else changes.
QUOTED_NAME_WORDS = 4
QUOTED_NAME_STOPS = frozenset(normalize(w) for w in word_list("function_words.yaml", "quoted_name_stops"))
# A cue word inside a short quoted name is part of the name, not a cue: "عملية أطلق عليها " خطة الإعصار "" names
# an operation, it tells no plan (a single quoted word is a scare quote: "عن " خطة " لقصف" is still a plan).
# The sentence read last: its tokens, its quote ids, the word position of each token (None when it quotes no
# name) and the quote id of each token inside a short name.
_QNAMES: list[Any] = [None, None, None, {}]


def _short_names(tokens: list[Token], quote: Sequence[int], clause: Sequence[int]) -> list[list[int]]:
    """The token indexes of each short quoted name: a quoted span of two to QUOTED_NAME_WORDS adjacent tokens of
    one clause, all words and no preposition."""
    spans: dict[int, list[int]] = {}
    for k, q in enumerate(quote):
        if q != -1:
            spans.setdefault(q, []).append(k)
    return [ks for ks in spans.values()
            if 1 < len(ks) <= QUOTED_NAME_WORDS and ks[-1] - ks[0] == len(ks) - 1 and clause[ks[0]] == clause[ks[-1]]
            and all(tokens[k].norm.isalpha() and tokens[k].norm not in QUOTED_NAME_STOPS for k in ks)]


def quoted_name_positions(tokens: list[Token], quote: Sequence[int], clause: Sequence[int],
                          names: list[list[int]] | None = None) -> list[int] | None:
    """The word position of each token, a short quoted span's tokens all at its first token's position
    (QUOTED_NAME_WORDS), or None when the sentence quotes no name."""
    if names is None:
        names = [] if all(q == -1 for q in quote) else _short_names(tokens, quote, clause)
    folded = {k for ks in names for k in ks[1:]}
    if not folded:
        return None
    pos: list[int] = []
    at = -1
    for k in range(len(quote)):
        if k not in folded:
            at += 1
        pos.append(at)
    return pos


def _read_names(tokens: list[Token], quote: Sequence[int] | None, clause: Sequence[int]) -> None:
    """Fill _QNAMES for this sentence (once per sentence: the cue scans of each trigger read it)."""
    names = _short_names(tokens, quote, clause) if quote and any(q != -1 for q in quote) else []
    _QNAMES[:] = [tokens, quote, quoted_name_positions(tokens, quote or (), clause, names),
                  {k: ks[0] for ks in names for k in ks}]


def _in_name(tokens: list[Token], k: int, ti: int, tj: int) -> bool:
    """The cue at k stands inside a short quoted name that does not hold the trigger [ti, tj)."""
    names = _QNAMES[3] if _QNAMES[0] is tokens else {}
    q = names.get(k)
    return q is not None and all(names.get(h) != q for h in range(ti, tj))


def _reach_start(tokens: list[Token], ti: int, words: int) -> int:
    """The first token index no more than ``words`` words before the token at ti (a quoted name one word:
    QUOTED_NAME_WORDS), at least 0."""
    pos = _QNAMES[2] if _QNAMES[0] is tokens else None
    if pos is None:
        return max(0, ti - words)
    return bisect_left(pos, pos[ti] - words, 0, ti)


def modality_of(tokens: list[Token], clause: list[int], ti: int, tj: int,
                cues: list[dict[str, int]] | None = None, nouns: frozenset[int] = frozenset(),
                quote: Sequence[int] | None = None) -> str:
    """Modality of the trigger spanning tokens [ti, tj) of a sentence.

    Returns one of rasd.records.MODALITIES, or a member of NOT_EVENT. ``cues`` is
    ``sentence_cues(tokens)`` when the caller checks several triggers of one sentence; ``nouns``: the token
    indexes of the sentence's trigger words (verbal nouns that may govern the trigger, see GOVERNOR_CHAIN);
    ``quote``: the quote region id per token (-1 outside quotes), whose short regions are names that count as
    one word in a cue's reach (QUOTED_NAME_WORDS).
    """
    if cues is None:
        cues = sentence_cues(tokens)
    if _QNAMES[0] is not tokens or _QNAMES[1] is not quote:
        _read_names(tokens, quote, clause)
    m = _own_modality(tokens, clause, ti, tj, cues)
    if m == "actual":
        return _governor_modality(tokens, clause, ti, cues, nouns) or m
    return m


# A verbal noun is the complement of the word that governs it, and a complement is asserted only when its
# governor is (FactBank's embedding of events under their predicates): "طالبت الفصائل بالتوقف عن قتال النظام"
# (the fighting is what is asked to stop), "ودعت الدول روسيا إلى الامتناع عن قصف المستشفيات". The governor is the
# word right before the trigger, or before one preposition ("بالتوقف عن قتال"), and must itself be a
# prepositional complement (a proclitic "ب"/"ل" on it, or a preposition before it: "بدعم معركة", "إلى الامتناع
# عن"), the shape of a verbal noun that a verb or noun governs; the reach of a cue passes along such a chain
# (GOVERNOR_CHAIN steps), so a cue that governs the first noun governs its complements too. Plain nouns
# ("بمركز دماج السلفي من الخروج") and words that assert what follows ("نتيجة القصف", "بسبب القصف") pass nothing.
GOVERNOR_CHAIN = 2
# what a governor passes on: the readings of a deed not told done (asked for, planned, possible, an aim, terms,
# a condition, a threat, an accusation); not negation, states, time spans or comparisons, which say something
# of the governing noun alone ("منذ بدء قصف", "بعد انتهاء معارك")
GOVERNED_MODALITIES = frozenset({"demanded", "unrealised", "planned", "hypothetical", "purpose", "manner", "task",
                                 "terms", "conditional", "threatened", "accused", "rumoured"})
# standalone prepositions that introduce a verbal noun as a complement ("التوقف عن قتال", "الدعوة إلى وقف")
GOVERNOR_LINKS = frozenset(normalize(w) for w in word_list("function_words.yaml", "governor_links"))
GOVERNOR_PROCLITICS = word_list("function_words.yaml", "governor_proclitics")
GOVERNOR_MIN_STEM = 3      # letters after the proclitic: "بحق", "لها" are prepositions, not verbal nouns


def _bare(norm: str) -> str:
    return drop_conjunction(norm, 2)


# A comma does not end a cue's clause when the words after it go on with the clause before it: a complement
# opened by a preposition ("في حال قامت قواتها وقوات ... الحليفة لها , بقصف مواقع النظام": what the protasis's
# verb does; "كان النظام يختلق حدثا جديدا , كتفجيرات حمص": "ك" = such as, what is made up). A segment opened by a
# verb, a noun (a new subject), "و", a clause word, a cause ("بسبب", "بحق") or a reason ("لأنها") is a clause of
# its own, and a cue before the comma stays out of it.
SCOPE_PROCLITICS = word_list("function_words.yaml", "scope_proclitics")
SCOPE_OPENERS = frozenset(normalize(w) for w in (*word_list("function_words.yaml", "scope_openers"),
                                                  *word_list("function_words.yaml", "causal_pronouns")))


def continues_clause(tokens: list[Token], h: int) -> bool:
    """tokens[h], the first word after a clause boundary, opens a complement of the clause before it: a
    standalone preposition ("عن", "على") or a proclitic preposition on a noun ("بقصف", "كتفجيرات")."""
    norm = tokens[h].norm
    if norm in SCOPE_OPENERS or not lexicon().governor_stops.isdisjoint(token_keys(norm)):
        return False
    if norm in GOVERNOR_LINKS:
        return True
    return (norm[:1] in SCOPE_PROCLITICS and len(norm) > GOVERNOR_MIN_STEM and norm.isalpha()
            and not is_verb_or_joined(norm))


def _complement_shaped(tokens: list[Token], h: int, clause: list[int], nouns: frozenset[int]) -> bool:
    """Token h is introduced as a complement: a proclitic "ب"/"ل" on it or a standalone preposition before it,
    or it is one of ``nouns`` (the sentence's trigger words: "لاطلاق معركة تحريرها")."""
    if h in nouns:
        return True
    norm = _bare(tokens[h].norm)
    if norm[:1] in GOVERNOR_PROCLITICS and len(norm) - 1 - norm[1:].startswith("ال") * 2 >= GOVERNOR_MIN_STEM:
        return True
    return h > 0 and clause[h - 1] == clause[h] and _bare(tokens[h - 1].norm) in GOVERNOR_LINKS


# A verbal noun joined by "و" to an earlier one is a second complement of the same governor: "طالبت ... بالتوقف
# عن قتال النظام والميليشيات الموالية له وتسليم السلاح" (the hand-over is asked for too), "نداء يناشد الأطراف من
# أجل السماح بعبور المساعدات إليها , وإجلاء الجرحى" (an appeal's list goes on past its comma). The first conjunct
# is the nearest earlier complement-shaped word (``_complement_shaped``) with only its object between (no verb,
# no relative or time word, no number, no other sentence trigger), at most CONJUNCT_REACH tokens back, in the
# joined noun's clause or, when a comma stands right before the joined noun, in the clause before it. Only the
# near-governed readings pass (a plan's cue "محاولة" reaches 12 tokens and is not sure enough to hand on:
# "في محاولة ... إخراج عائلته ... حيث قام الجهاز بمداهمة بيته واعتقال عائلته" tells a raid done)
CONJUNCT_MODALITIES = frozenset({"unrealised", "demanded", "purpose", "hypothetical", "manner", "task", "rumoured"})
CONJUNCT_REACH = 8
CONJUNCT_STOPS = frozenset(normalize(w) for w in word_list("function_words.yaml", "conjunct_stops"))


def _first_conjunct(tokens: list[Token], clause: list[int], ti: int, nouns: frozenset[int]) -> int | None:
    """The token index of the first conjunct a verbal noun at ti is joined to by "و", or None (see
    CONJUNCT_MODALITIES)."""
    norm = tokens[ti].norm
    if not norm.startswith("و") or len(norm) < 4 or is_verb_or_joined(norm):
        return None
    # one comma right before the joined noun: a list item ("..., وإجلاء الجرحى"); a second boundary ends the list
    own = {clause[ti]}
    if ti > 0 and clause[ti - 1] == clause[ti] - 1:
        own.add(clause[ti - 1])
    for h in range(ti - 1, max(-1, ti - 2 - CONJUNCT_REACH), -1):
        if clause[h] not in own:
            return None
        hn = tokens[h].norm
        if not hn.isalpha() or is_verb_or_joined(hn) or hn in CONJUNCT_STOPS or _bare(hn) in CONJUNCT_STOPS:
            return None     # a verb or a relative clause between: the joined noun is another predication's
        if h in nouns or (len(hn) >= 3 and _complement_shaped(tokens, h, clause, frozenset())):
            return h
    return None


def _governor_modality(tokens: list[Token], clause: list[int], ti: int, cues: list[dict[str, int]],
                       nouns: frozenset[int], depth: int = GOVERNOR_CHAIN) -> str | None:
    """The non-actual reading of the verbal noun that governs the trigger at ti, or None (see GOVERNOR_CHAIN).
    A verb trigger is no complement of the word before it (that word is its subject or another phrase's end)."""
    if depth <= 0 or is_verb_or_joined(tokens[ti].norm) or is_verb_or_joined(_bare(tokens[ti].norm)):
        return None
    first = _first_conjunct(tokens, clause, ti, nouns)
    if first is not None:
        m = _own_modality(tokens, clause, first, first + 1, cues)
        if m == "actual":
            m = _governor_modality(tokens, clause, first, cues, nouns, depth - 1) or m
        if m in CONJUNCT_MODALITIES or (m == "planned" and _future_rule_governs(tokens, clause, first)):
            return m    # "سيزيد من نزف الدماء والاقتتال": a future verb's complements are all to come
    h = ti - 1
    if h >= 0 and clause[h] == clause[ti] and _bare(tokens[h].norm) in GOVERNOR_LINKS:
        h -= 1
    if h < 0 or clause[h] != clause[ti]:
        return None
    head = tokens[h].norm
    if (len(head) < 3 or not head.isalpha() or is_verb_or_joined(head) or is_verb_or_joined(_bare(head))
            or not lexicon().governor_stops.isdisjoint(token_keys(head)) or not _complement_shaped(tokens, h, clause, nouns)):
        return None
    m = _own_modality(tokens, clause, h, h + 1, cues)
    if m == "actual":
        return _governor_modality(tokens, clause, h, cues, nouns, depth - 1)
    if m not in GOVERNED_MODALITIES:
        return None
    # a governing noun that ends the cue's reach takes the happening as its topic: "دعا إلى التحقيق في القصف"
    rule = next(r for r in lexicon().rules if _public(r.name) == m)
    return None if rule.blockers and not rule.blockers.isdisjoint(token_keys(head)) else m


def _reads_beyond_cues(rule: _Rule) -> bool:
    """The rule has a test that needs no cue of its own before the trigger (a future, subjunctive or obligation
    governor, a next word, a word or phrase after the trigger, an "after" cue)."""
    return bool(rule.future_reach or rule.subjunctive_reach or rule.obligation_reach or rule.next
                or rule.after_clause or rule.after_clause_seqs or rule.after)


# the rules ``_own_modality`` reads for the last sentence's cue names (``_present``) and lexicon: speed, a rule
# none of whose cues the sentence holds and with no test beyond its cues gives nothing (its window is not
# scanned and each of its other tests is off), so it is left out of the walk (the order of the rest is kept)
_ACTIVE_RULES: list[Any] = [None, None, ()]


def _active_rules(present: frozenset[str], lex: _MLex) -> list[Any]:
    _ACTIVE_RULES[:] = [present, lex, tuple(r for r in lex.rules if r.name in present or _reads_beyond_cues(r))]
    return _ACTIVE_RULES


def _own_modality(tokens: list[Token], clause: list[int], ti: int, tj: int, cues: list[dict[str, int]]) -> str:
    """``modality_of`` from the cues around the trigger itself."""
    lex = lexicon()
    if _LAST_CUES[0] is not cues:       # (``_present`` and ``_cue_positions`` inlined: asked per trigger)
        _cue_positions(cues)
    present, where = _LAST_CUES[1], _LAST_CUES[2]
    # (the last "resume" cue before the trigger)
    resume_at = where["resume"][bisect_left(where["resume"], ti) - 1] if "resume" in present and where["resume"][0] < ti else -1
    active = _ACTIVE_RULES
    if active[0] is not present or active[1] is not lex:
        active = _active_rules(present, lex)
    for rule in active[2]:
        reach = rule.window + rule.addressee_reach
        lo = max(0, ti - reach) if rule.name in present else ti     # no cue of it in the sentence: no scan
        if lo < ti:
            # speed: the scan only returns at a cue of the rule; none in [lo, ti): no scan
            at = where[rule.name]
            i = bisect_left(at, lo)
            if i == len(at) or at[i] >= ti:
                lo = ti
        cl = clause[ti]
        relative_stops = lo < ti and rule.name in _relative_stops()[1]
        for k in range(ti - 1, lo - 1, -1):
            if rule.clause and clause[k] != cl:
                if not continues_clause(tokens, k + 1):
                    break
                cl = clause[k]      # a comma inside the cue's clause ("في حال قامت ... , بقصف")
            if not rule.clause and k < resume_at:
                break
            if rule.blockers and not rule.blockers.isdisjoint(token_keys(tokens[k].norm)):
                break       # "تدعو لعقد جلسة لبحث الهجوم": the call is for a meeting, not for the attack
            if relative_stops and _relative_holds(tokens, k, ti):
                break       # "طالب باستعادة القرى التي سيطرت عليها قسد": the takeover is told, not asked for
            n = cues[k].get(rule.name)
            if n and k + n <= tj and (not rule.governs or (k >= ti - rule.window
                                                           and _governed(tokens, _past_origin(tokens, k + n, ti), ti, rule.links))
                                      or _past_addressee(tokens, clause, k, k + n, ti, rule)):
                if rule.copula_reach and not _copula_names(tokens, clause, k + n, ti, rule):
                    continue
                if _in_name(tokens, k, ti, tj):
                    continue
                if _negated_prevention(tokens, clause, k, k + n, cues, rule.name):
                    break       # "لم يتمكنوا من منع ... من تدمير": the prevention is itself negated
                return _public(rule.name)     # a cue may end on the trigger ("مناطق سيطرة", "تحت سيطرة")
        if rule.future_reach and _future_governs(tokens, clause, ti, rule):
            return _public(rule.name)
        if rule.subjunctive_reach and _subjunctive_governs(tokens, clause, ti, rule):
            return _public(rule.name)
        if rule.obligation_reach and _obligation_governs(tokens, clause, ti, rule):
            return _public(rule.name)
        # (a token's readings hold its form: one C-level test per token, no generator step)
        if rule.next and not all(map(rule.next.isdisjoint, map(token_keys, map(token_norm, tokens[tj:tj + 2])))):
            return _public(rule.name)
        if rule.after_clause and _said_after(tokens, clause, ti, tj, rule):
            return _public(rule.name)
        if rule.after_clause_seqs and _seq_after(tokens, clause, ti, tj, rule):
            return _public(rule.name)
        if rule.after:
            key = "after:" + rule.name
            if key in present and any(key in cues[k] for k in range(tj, len(tokens))):
                return _public(rule.name)
    return "actual"


@lru_cache(maxsize=1)
def _double_negation() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """modality.yaml ``double_negation``: the prevention cues whose own negation cancels them, their imperfects,
    the negations that make an imperfect past, and the modalities that negate (normalised words)."""
    spec = read_shared(LEXICON)["double_negation"]
    return (frozenset(normalize(str(w)) for w in spec["cues"]), frozenset(normalize(str(w)) for w in spec["imperfect"]),
            frozenset(normalize(str(w)) for w in spec["past_negations"]), frozenset(str(m) for m in spec["modalities"]))


def _negated_prevention(tokens: list[Token], clause: list[int], k: int, kj: int, cues: list[dict[str, int]],
                        name: str) -> bool:
    """The negating cue [k, kj) is a prevention that is itself negated or failed ("لم يتمكنوا من منع", "لم
    يمنع"): the deed it governs happened. An imperfect prevention counts only after a past negation ("لا يمنع
    وقوع اشتباكات" rules nothing out and says nothing happened)."""
    preventions, imperfects, past, negating = _double_negation()
    norm = tokens[k].norm
    if norm not in preventions or name not in negating:
        return False
    if norm in imperfects and not (k > 0 and tokens[k - 1].norm in past):
        return False
    return _own_modality(tokens, clause, k, kj, cues) in negating


@lru_cache(maxsize=1)
def _relative_stops() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """modality.yaml ``relative_stops``: the relative pronouns, the rules they stop, the links that reopen the
    cue's complement after the relative clause."""
    spec = read_shared(LEXICON)["relative_stops"]
    return (frozenset(normalize(str(w)) for w in spec["relatives"]), frozenset(str(m) for m in spec["rules"]),
            frozenset(normalize(str(w)) for w in spec["links"]))


def _relative_holds(tokens: list[Token], k: int, ti: int) -> bool:
    """A relative clause opened at k (a relative pronoun and its verb right after it) holds the trigger at ti:
    the trigger is that verb or follows it with no link that opens a complement of its own ("دعا القوات التي
    تحاصر المدينة إلى الانسحاب": the call reaches "الانسحاب" past the relative clause), and is no verbal noun
    with the proclitic "ب"/"ل" (the relative verb's own complement, which may be wanted or promised: "الوعود
    التي وعدوا بها لتحرير مناطقهم")."""
    relatives, _, links = _relative_stops()
    if tokens[k].norm not in relatives or k + 1 > ti or not is_verb_or_joined(tokens[k + 1].norm):
        return False
    if ti == k + 1:
        return True
    if tokens[ti].norm[:1] in ("ب", "ل"):
        return False    # "بالوعود التي وعدوا بها لتحرير مناطقهم": the deed is the relative verb's complement
    return all(tokens[h].norm not in links for h in range(k + 2, ti))


@lru_cache(maxsize=1)
def _denied_claims() -> tuple[frozenset[str], frozenset[str]]:
    """modality.yaml ``denied_claims`` and ``denied_claim_links`` (normalised)."""
    data = read_shared(LEXICON)
    return (frozenset(normalize(str(w)) for w in data["denied_claims"]),
            frozenset(normalize(str(w)) for w in data["denied_claim_links"]))


DENIAL_GOVERN_REACH = 8      # tokens from a denial verb to the report it governs ("تنفي تقارير عن مقتل 40 مقاتلا في غارة")


def _denial_addressee(tokens: list[Token], k: int) -> bool:
    """tokens[k] is the addressee of the denial, the outlet it was told to ("ينفي لأورينت سيطرة النظام", "نفى قائد
    ميداني لأورينت"), not a verb of its own: "ل" + a name in "أ" reads as "ل" + a first-person imperfect, which news
    text does not use."""
    return tokens[k].text.startswith("لأ")


def denial_governs(tokens: list[Token], clause: list[int], ti: int, cues: list[dict[str, int]]) -> bool:
    """A denial cue governs the trigger at ti: it stands before it in its clause, at most DENIAL_GOVERN_REACH
    tokens back, with no verb between ("ينفي لأورينت سيطرة النظام عليها", "زعمت أن المقاتلات الروسية شنت");
    not "وتنفي أنقرة هذا الاتهام وشنت تركيا أولى ضرباتها" (a verb of its own) or a denial clauses away."""
    claims, links = _denied_claims()
    cl = clause[ti]
    for k in range(ti - 1, max(-1, ti - 1 - DENIAL_GOVERN_REACH), -1):
        if clause[k] != cl:
            if not continues_clause(tokens, k + 1):
                return False
            cl = clause[k]      # "يختلق حدثا جديدا , كتفجيرات حمص": the made-up happening's examples
        if "denied" in cues[k]:
            # a claim word governs only through "أن" ("زعمت أن"; not "يدعي التنظيم", "الادعاء الاتحادي")
            return claims.isdisjoint(token_keys(tokens[k].norm)) or k + 1 < ti and tokens[k + 1].norm in links
        if is_verb_or_joined(tokens[k].norm) and not _denial_addressee(tokens, k):
            return False
    return False


# an adjective of origin (نسبة: the suffix ي / ية) right after a governing noun says whose it is, and the noun still
# governs what follows: "صدور قرار أميركي بدعم معركة عاصفة الجزيرة" (the battle is what the decision is to support),
# "طلب روسي بوقف القصف" (session 22, hedge; brsample7 #105). Its shape: 4+ letters ending in ي or يه, no verb, no
# function word (the relatives "الذي"/"التي" and "حتى" end so)
NISBA_ENDINGS = ("ي", "يه")
NISBA_MIN = 4


def _past_origin(tokens: list[Token], lo: int, hi: int) -> int:
    """``lo``, or one past it when tokens[lo] is an adjective of origin standing before ``hi``."""
    if lo >= hi:
        return lo
    norm = tokens[lo].norm
    if (len(norm) >= NISBA_MIN and norm.isalpha() and norm.endswith(NISBA_ENDINGS) and not is_verb_or_joined(norm)
            and norm not in CONJUNCT_STOPS and norm not in GOVERNOR_LINKS and norm not in lexicon().governor_stops):
        return lo + 1
    return lo


def _governed(tokens: list[Token], lo: int, hi: int, links: frozenset[str]) -> bool:
    """Only link words (prepositions, object pronouns, light verbal nouns) stand in tokens [lo, hi): the
    cue before them governs the trigger after them ("طلبوا إخلاء", "طلب منه تنفيذ عملية"), not a word
    of another phrase ("طلب اللجوء ثم عاد ... القصف")."""
    return all(tokens[k].norm in links or not links.isdisjoint(token_keys(tokens[k].norm)) for k in range(lo, hi))


def _past_addressee(tokens: list[Token], clause: list[int], k: int, lo: int, ti: int, rule: _Rule) -> bool:
    """The asking verb at k governs the trigger at ti across its addressee: tokens[lo] opens it ("من"), a noun
    phrase of plain words follows (no verb, number, preposition or relative word), and then the trigger comes
    right away or after a light verbal noun and links ("التوصل إلى هدنة"). A preposition right after the
    phrase makes the trigger another noun's complement: "طلبت من الأمم المتحدة التحقيق في القصف" keeps it."""
    if (not rule.addressee_reach or lo >= ti or _bare(tokens[k].norm) not in rule.addressee_cues
            or tokens[lo].norm not in rule.addressee_heads):
        return False
    for s in range(lo + 1, min(ti, lo + 1 + rule.addressee_reach)):
        norm = tokens[s].norm
        if (clause[s] != clause[ti] or not norm.isalpha() or is_verb_or_joined(norm) or norm in rule.links
                or norm in CONJUNCT_STOPS or _bare(norm) in CONJUNCT_STOPS):
            return False    # the phrase ends in a verb, a clause or a preposition: no addressee reaches the trigger
        nxt = s + 1
        if nxt == ti or (tokens[nxt].norm in rule.addressee_light and _governed(tokens, nxt, ti, rule.links)):
            return True
    return False


FUTURE_PREFIX = "س"


def _future_rule_governs(tokens: list[Token], clause: list[int], ti: int) -> bool:
    """A future verb governs the word at ti (the rule that reads future verbs, ``_future_governs``)."""
    rule = next((r for r in lexicon().rules if r.future_reach), None)
    return rule is not None and _future_governs(tokens, clause, ti, rule)


def _future_verb(norm: str, not_future: tuple[str, ...]) -> bool:
    """A future verb: the prefix س on an imperfect ("سيبدا", "ستشارك", "وسنقوم"), not a noun spelt so."""
    if norm[:1] in "وف" and norm[1:2] == FUTURE_PREFIX:
        norm = norm[1:]
    return (len(norm) >= 5 and norm[0] == FUTURE_PREFIX and norm[1] in IMPERFECT_PREFIXES
            and not norm.startswith(not_future))


def _future_governs(tokens: list[Token], clause: list[int], ti: int, rule: _Rule) -> bool:
    """A future verb governs the trigger: it stands before it in its clause with only link words
    between ("الحشد الشعبي سيبدأ معركة للسيطرة على الحويجة"), or an imperfect joined to one by "و" does
    ("ستنسحب الفصائل من المعبر وتسلم السيطرة عليه": the hand-over is as future as the withdrawal)."""
    for k in range(ti, max(-1, ti - 1 - rule.future_reach), -1):
        if clause[k] != clause[ti]:
            return False
        norm = tokens[k].norm
        if k < ti and _future_verb(norm, rule.not_future):
            return _governed(tokens, k + 1, ti, rule.links)
        if norm[:1] == "و" and len(norm) >= 5 and norm[1] in IMPERFECT_PREFIXES and (
                k == ti or _governed(tokens, k + 1, ti, rule.links)) and _future_joined(tokens, clause, k, rule):
            return True
    return False


FUTURE_JOIN_REACH = 10     # tokens from a future verb to an imperfect joined to it ("... وتسلم")


def _future_joined(tokens: list[Token], clause: list[int], k: int, rule: _Rule) -> bool:
    """The word at k ("و" + an imperfect prefix) is an imperfect joined to a future verb before it in its clause:
    the future verb's person prefix is the same ("ستنسحب ... وتسلم", "سيقوم ... ويطرد"; the shape cannot read
    "وتسلم" as a verb, the agreement can), and no other verb, relative or time word stands between."""
    prefix = tokens[k].norm[1]
    for h in range(k - 1, max(-1, k - 1 - FUTURE_JOIN_REACH), -1):
        norm = tokens[h].norm
        if clause[h] != clause[k]:
            return False
        if _future_verb(norm, rule.not_future):
            return norm[norm.index(FUTURE_PREFIX) + 1] == prefix
        if is_verb_or_joined(norm) or norm in CONJUNCT_STOPS or _bare(norm) in CONJUNCT_STOPS:
            return False
    return False


SUBJUNCTIVE_HEAD_REACH = 3     # tokens before the particle a head may stand: "استطاعت قوات النظام أن تسيطر"


@lru_cache(maxsize=1)
def _subjunctive_lists() -> tuple[tuple[tuple[str, ...], ...], int]:
    """modality.yaml ``subjunctive_lists``: the openers of a list of parties as a subjunctive verb's subject and
    the words the reach grows by past such an opener."""
    spec = read_shared(LEXICON)["subjunctive_lists"]
    return tuple(_seq(c) for c in spec["openers"]), int(spec["extra"])


def _subjunctive_verb(norm: str, rule: _Rule) -> bool:
    """An imperfect verb by form: one in ي that the shape and the verb lexicon read as a verb ("يقوم", "يشن",
    "يتم"), or one of the rule's imperfects in ت / ن ("تقوم"; the shape cannot tell "تقوم" from "تنظيم")."""
    return norm in rule.subjunctive_verbs or (norm[:1] == "ي" and len(norm) >= 3 and is_verb(norm)
                                              and norm not in rule.subjunctive_not_verbs)


def _subjunctive_governs(tokens: list[Token], clause: list[int], ti: int, rule: _Rule) -> bool:
    """The trigger is, or is the complement of, a subjunctive verb: "أن" + an imperfect before it in its clause,
    with only its subject and link words between ("أن تقوم القوات المسلحة التركية وحلفاؤها بالهجوم"). "أنّ"
    (that), spelt alike, takes a noun, never a verb; the heads that assert what follows ("قبل أن ينسحب", "بعد
    أن يتم", "تمكنت من أن") leave it."""
    near = _reach_start(tokens, ti, rule.subjunctive_reach + 1)
    openers, extra = _subjunctive_lists()
    lo = _reach_start(tokens, ti, rule.subjunctive_reach + 1 + extra)
    for k in range(ti - 1, lo - 1, -1):
        if clause[k] != clause[ti]:
            return False
        norm = tokens[k].norm
        if norm in rule.subjunctive:
            if k + 1 > ti or not _subjunctive_verb(tokens[k + 1].norm, rule):
                return False
            if k < near and not any(_seq_at(tokens, k + 2, seq) for seq in openers):
                return False    # past the reach only when the verb's subject is a list of parties ("كل من")
            # the head may stand before the verb's own subject ("استطاعت القوات أن تسيطر")
            return not any(clause[h] == clause[k] and (tokens[h].norm in rule.subjunctive_heads
                                                       or not rule.subjunctive_heads.isdisjoint(token_keys(tokens[h].norm)))
                           for h in range(max(0, k - SUBJUNCTIVE_HEAD_REACH), k))
        if k < ti - 1 and (norm in rule.subjunctive_stops or not any(map(str.isalpha, norm))):
            return False
        if k < ti - 1 and is_verb_or_joined(norm) and not (k > 0 and tokens[k - 1].norm in rule.subjunctive):
            return False    # another verb between: the trigger is its complement, not the subjunctive's
    return False


def _obligation_governs(tokens: list[Token], clause: list[int], ti: int, rule: _Rule) -> bool:
    """The trigger, a verbal noun with the article, is what a clause opened by "على" / "وعلى" lays on its subject
    ("وعلى قوات قسد الانسحاب إلى شرق نهر الفرات", "على المسلحين الخروج من المدينة"): an obligation stated, not a
    deed told. The subject must be a force or a party (``obligation_subjects``), with only nouns between it and
    the trigger; "وعلى جبهة حماة الاشتباكات مستمرة" (a front) is a place, not an obligation."""
    norm = tokens[ti].norm
    if not norm.startswith("ال") or is_verb_or_joined(norm):
        return False
    subject = False
    for k in range(ti - 1, _reach_start(tokens, ti, rule.obligation_reach + 1) - 1, -1):
        if clause[k] != clause[ti]:
            return False
        nk = tokens[k].norm
        if nk in rule.obligation_heads:
            return subject and (k == 0 or clause[k - 1] != clause[k] or not any(map(str.isalpha, tokens[k - 1].norm))
                                or tokens[k - 1].norm in rule.obligation_openers)
        if not any(map(str.isalpha, nk)) or is_verb_or_joined(nk):
            return False
        subject = subject or nk in rule.obligation_subjects
    return False


def _seq_after(tokens: list[Token], clause: list[int], ti: int, tj: int, rule: _Rule) -> bool:
    """A phrase of ``rule.after_clause_seqs`` follows the trigger in its clause within the rule's window (with
    ``after_seqs_no_verb``: no verb between, which would tell a predication of its own)."""
    # (``starts_seq`` per token, its phrase table read once for the window)
    seqs = rule.after_clause_seqs
    info = _FIRST.get(id(seqs))      # (``_first_info`` inlined: asked per sentence and per trigger)
    _seqs, firsts, may_start = info if info is not None and info[0] is seqs else _first_info(seqs)
    cl = clause[ti]
    for k in range(tj, min(len(tokens), tj + rule.after_window)):
        if clause[k] != cl:
            continue
        norm = tokens[k].norm
        cands = may_start.get(norm)
        if cands is None:
            cands = _may_start(seqs, firsts, may_start, norm)
        if cands and _first_len(tokens, k, cands):
            return True
        if rule.after_seqs_no_verb and is_verb_or_joined(norm):
            return False
    return False


def _said_after(tokens: list[Token], clause: list[int], ti: int, tj: int, rule: _Rule) -> bool:
    """A word of ``rule.after_clause`` follows the trigger in its clause within the rule's window."""
    for k in range(tj, min(len(tokens), tj + rule.after_window)):
        if clause[k] != clause[ti]:
            return False
        if tokens[k].norm in rule.after_clause:
            return not (k + 1 < len(tokens) and tokens[k + 1].norm in rule.after_not_next)
    return False


def _copula_names(tokens: list[Token], clause: list[int], lo: int, ti: int, rule: _Rule) -> bool:
    """The aim noun ending at ``lo`` names the trigger at ti through a copula: "هو"/"هي" within the rule's reach
    with no verb before it, and no verb or relative word between it and the trigger, which is a verbal noun ("هدف
    المعركة هو تخفيف الضغط ... وفك الحصار"; not "كان الهدف هو مقر القيادة الذي قصفته الطائرات"). After "the aim
    of" ("الغاية من هذه العمليات , الوصول إلى ... والسيطرة على المطار") a comma may stand for the copula."""
    if is_verb_or_joined(tokens[ti].norm):
        return False
    aim_of = lo < ti and tokens[lo].norm in rule.copula_of
    for s in range(lo, min(ti, lo + rule.copula_reach + 1)):
        norm = tokens[s].norm
        if norm in rule.copulas or (aim_of and s > lo + 1 and clause[s] != clause[s - 1]):
            first = s + 1 if norm in rule.copulas else s
            if first < len(tokens) and tokens[first].norm in rule.copula_not_next:
                return False
            return not any(_predicates(tokens, m, rule, True) for m in range(first, ti))
        if _predicates(tokens, s, rule, False):
            return False
    return False


def _predicates(tokens: list[Token], m: int, rule: _Rule, relatives: bool) -> bool:
    """Token m opens a predication of its own: a verb (not right after a preposition, where the verb's shape is a
    noun's: "في بيت جن") or, with ``relatives``, a relative or time word ("الذي", "حيث", "بعد")."""
    norm = tokens[m].norm
    if relatives and (norm in CONJUNCT_STOPS or _bare(norm) in CONJUNCT_STOPS):
        return True
    return is_verb_or_joined(norm) and not (m > 0 and tokens[m - 1].norm in rule.copula_preps)


def _public(name: str) -> str:
    if name == "aim":       # an aim named through a copula is read as the aim of another action
        return "purpose"
    if name == "prospect":      # the chances of a deed: a possibility
        return "hypothetical"
    if name == "lies_in":       # where a problem lies: a general statement
        return "generic"
    return "denied-only" if name == "denied" else name
