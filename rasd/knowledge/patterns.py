"""Rule patterns for people, organisations and media outlets that no list holds.

Arabic has no capital letters, so a name is delimited by what is around it: a cue before it
(role, rank, honorific, "المدعو"), stop conditions after it (punctuation, prepositions,
particles, common verbs, another cue word), and a first-name lexicon where the cue is weak.
Rules (all over normalised tokens; lexicons in rasd/data/lexicons/):

- role phrase [+ connector] [+ organisation] [+ في place] [+ rank/honorific] + name:
  "الناطق باسم جيش الإسلام حمزة بيرقدار", "مدير المكتب السياسي لجيش الإسلام في الغوطة
  الشرقية الأستاذ ياسر دلوان", 'مراسل "أنا برس" في الغوطة عمران أبو سلوم';
- rank / honorific / "المدعو" + name (quoted or not), then optionally a role phrase after
  the name ("المقدم علي عبد الباقي رئيس هيئة الأركان في جيش الإسلام");
- appositions both ways: "X، الناطق باسم Y" and "الخبير السياسي ...، حسام نجار،";
- kunya "أبو X [الY]"; a Twitter handle "(@handle)" after a name; quoted initials of an
  anonymous source ('"ق.م" المنتمي سابقاً للهيئة');
- media outlets after a media cue ("وكالة سبوتنيك", 'وكالة "أنتر فاكس الروسية"') and
  organisations after an organisation head in construct form ("مكتب إعلاميي دمشق وريفها").

The finder only proposes hits in normalised-token terms; rasd/extract/entities.py links them.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from itertools import compress
from operator import attrgetter

from rasd.data import read_data, word_list
from rasd.extract.verbs import masdar_like, tafil_shaped, verb_like
from rasd.knowledge.matcher import key_form
from rasd.text.tokens import drop_conjunction, word_runs

ACTOR_TYPES = frozenset({"ARMED_GROUP", "STATE_FORCES", "STATE", "ORGANIZATION", "MEDIA"})
_TOKEN = re.compile(r"[^\W_]+")
_ARABIC_WORD = re.compile(r"^[\u0621-\u064A]+$")
# the matcher text has "_" turned into spaces (hashtags), so a handle may show a space there
_HANDLE = re.compile(r"\(\s*@([A-Za-z0-9_][A-Za-z0-9_ ]{1,29}?)\s*\)")
_INITIALS = re.compile(r"\"\s*([\u0621-\u064A])\s*\.\s*([\u0621-\u064A])(?:\s*\.\s*([\u0621-\u064A]))?\s*\.?\s*\"")
_QUOTES = "\"'"
_COMPOUND_STARTERS = frozenset(word_list("name_words.yaml", "compound_starters"))
_KUNYA = frozenset(word_list("name_words.yaml", "kunya"))
# second halves of compound given names: "صلاح الدين" and "نصر الله" are one name unit
_SECOND_PARTS = frozenset(word_list("name_words.yaml", "second_parts"))
_PLACE_PREFIXES = frozenset(word_list("place_words.yaml", "place_name_prefixes"))
_PREP_PREFIXES = word_list("function_words.yaml", "article_after_proclitic")
_PLACE_PROCLITICS = ("وب", "فب", "ب")     # the preposition ب (after a conjunction) glued to a word
_NOT_NAME_STARTS = frozenset(key_form(w) for w in word_list("name_words.yaml", "not_name_starts"))
_NAME_END_WORDS = frozenset(key_form(w) for w in word_list("name_words.yaml", "name_end_words"))


def _written(toks, k: int) -> str:
    """Token k as written (hamza kept: "تأكل" not "تاكل"), when the token list has the raw text."""
    raw_text = getattr(toks, "_raw_text", None)
    if raw_text is None or toks._offsets is None:
        return toks[k].raw
    offsets = toks._offsets
    return raw_text[offsets[toks.starts[k]]:offsets[toks.ends[k] - 1] + 1]


def _hal(w: str) -> bool:
    """An indefinite passive participle in the accusative after a name ("أبو ريان مقتولا"): a state, no name."""
    return len(w) >= 5 and w[0] == "م" and w[-1] == "ا" and w[-3] == "و"


@dataclass(slots=True)
class Tok:
    i: int
    start: int          # offsets into the normalised text
    end: int
    text: str
    gap: str            # the characters between the previous token and this one
    raw: str = ""       # the token as written (original characters), when known
    clitic_hamza: bool = False   # written "بإ..", "لإ..", "وإ..": a proclitic on a word, not a name

    @property
    def broken(self) -> bool:
        """Punctuation (or a line break) stands between this token and the previous one."""
        return bool(self.gap.strip()) or "\n" in self.gap

    @property
    def soft(self) -> bool:
        """Only spaces and quotes before this token (a closing quote does not end a phrase)."""
        return not self.gap.strip(" \t\"'") and "\n" not in self.gap

    @property
    def has_comma(self) -> bool:
        return "," in self.gap or "\u060c" in self.gap

    @property
    def opens_quote(self) -> bool:
        return any(q in self.gap for q in _QUOTES)


class TokList(Sequence[Tok]):
    """The tokens of a text as columns (``texts``, ``starts``, ``ends``); a :class:`Tok` is
    built when first read, with its gap (the characters since the previous token's end) cut
    from the text then. The rules read the tokens around a few cue words only, and the scans
    over every token use the columns, so most tokens never become objects."""

    __slots__ = ("texts", "starts", "ends", "_text", "_toks", "_raw_text", "_offsets", "_raw_words")

    def __init__(self, texts: Sequence[str], text: str, starts: list[int], ends: list[int],
                 raw_text: str | None = None, offsets: list[int] | None = None,
                 raw_words: frozenset[str] | set[str] | None = None) -> None:
        self.texts, self._text, self.starts, self.ends = texts, text, starts, ends
        self._toks: list[Tok | None] = [None] * len(texts)
        self._raw_text, self._offsets, self._raw_words = raw_text, offsets, raw_words

    @property
    def gaps(self) -> list[str]:
        """What precedes each token: everything since the previous token's end."""
        return list(map(self._gap, range(len(self.texts))))

    def _gap(self, i: int) -> str:
        return self._text[self.ends[i - 1] if i else 0 : self.starts[i]]

    def __len__(self) -> int:
        return len(self.texts)

    def __getitem__(self, i):  # type: ignore[override]
        # (read first: an index gives the token or None, a slice a list; no isinstance call on
        # the hot path, most reads are of a token built already)
        t = self._toks[i]
        if t is None:
            if i < 0:
                i += len(self.texts)
            t = self._toks[i] = self._make(i)
        elif type(t) is list:
            return [self[j] for j in range(*i.indices(len(self.texts)))]
        return t

    def __iter__(self):
        return map(self.__getitem__, range(len(self.texts)))

    def _make(self, i: int) -> Tok:
        w, s, e = self.texts[i], self.starts[i], self.ends[i]
        raw = ""
        hamza = False
        raw_text, offsets = self._raw_text, self._offsets
        if raw_text is not None and offsets is not None:
            if self._raw_words is None or w in self._raw_words:
                raw = raw_text[offsets[s]:offsets[e - 1] + 1]
            if len(w) > 2 and w[1] == "ا" and w[0] in "بلوفك":
                hamza = raw_text[offsets[s + 1]] == "إ"
        return Tok(i, s, e, w, self._gap(i), raw, hamza)


def tokenize_norm(norm_text: str, raw_text: str | None = None, offsets: list[int] | None = None,
                  raw_words: frozenset[str] | set[str] | None = None) -> TokList:
    """Tokens of normalised text.

    With ``raw_text`` and its ``offsets`` map, tokens whose text is in ``raw_words`` (or every
    token when ``raw_words`` is None) keep their written form (``Tok.raw``).
    """
    starts, ends, texts = word_runs(norm_text)
    return TokList(texts, norm_text, starts, ends, raw_text, offsets, raw_words)


_TEXT = attrgetter("text")


def _texts(toks: Sequence[Tok]) -> Sequence[str]:
    """The tokens' texts (a TokList has them as a column)."""
    texts = getattr(toks, "texts", None)
    return texts if texts is not None else list(map(_TEXT, toks))


def _quote_follows(toks: Sequence[Tok], at: list[int]) -> list[int]:
    """The positions i of ``at`` where a quote mark opens token i + 1 or i + 2 (their
    ``opens_quote``), read off a TokList's text without building the tokens."""
    n = len(toks)
    if not isinstance(toks, TokList):
        return [i for i in at if any(toks[k].opens_quote for k in (i + 1, i + 2) if k < n)]
    text, starts, ends = toks._text, toks.starts, toks.ends
    out = []
    for i in at:
        if i + 1 < n:     # (tokens are letters and digits: a quote from token i on is in a gap)
            b = starts[i + 2] if i + 2 < n else starts[i + 1]
            if text.find('"', ends[i], b) >= 0 or text.find("'", ends[i], b) >= 0:
                out.append(i)
    return out


def _positions(texts: Sequence[str], forms: Collection[str]) -> list[int]:
    """Indexes of the tokens whose text is in ``forms``, in order (the scan runs in C)."""
    return list(compress(range(len(texts)), map(forms.__contains__, texts)))


def _picked(texts: Sequence[str], at: list[int], forms: Collection[str]) -> list[int]:
    """``_positions(texts, forms)`` given ``at``, the positions of a superset of ``forms``."""
    return list(compress(at, map(forms.__contains__, map(texts.__getitem__, at))))


@dataclass(slots=True)
class Span:
    """A known mention in token terms, passed in by the caller (dictionary hits)."""

    first: int          # token index where it starts
    last: int           # token index where it ends (inclusive)
    type: str
    entity_id: str | None
    source: str = "kb"
    lead: str = ""      # letters of the first token before the name: a proclitic ("ب" of "بدمشق")


@dataclass(slots=True)
class PatternHit:
    kind: str                   # person | org | media | anon
    first: int                  # token range of the name (inclusive)
    last: int
    type: str                   # PERSON | ORGANIZATION | MEDIA | ARMED_GROUP
    rule: str                   # role | rank | honorific | intro | apposition | kunya | handle | initials | media-cue | org-head
    confidence: float
    role_first: int | None = None     # token range of the role phrase (+ organisation), if any
    role_last: int | None = None
    role_en: str | None = None
    org: Span | None = None           # the organisation named in the role phrase (a dictionary hit)
    org_text: tuple[int, int] | None = None   # an organisation named but not linked (token range)
    handle: str | None = None
    existing: Span | None = None      # the name is already a dictionary PERSON hit: attach the role to it
    char_span: tuple[int, int] | None = None  # for hits that are not token ranges (initials)
    name: str | None = None           # normalised name, when not simply the tokens' text
    extra: dict = field(default_factory=dict)


def _load_yaml(name: str) -> dict:
    path = resources.files("rasd").joinpath("data", "lexicons", name)
    return read_data(path) or {}


def _phrase_index(phrases: list[tuple[str, str]]) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for ar, en in phrases:
        words = tuple(key_form(ar).split())
        if words:
            index.setdefault(words[0], []).append((words, en))
    for lst in index.values():
        lst.sort(key=lambda p: -len(p[0]))
    return index


class PatternFinder:
    """Lexicons loaded once; ``find`` runs the rules over one document's tokens."""

    def __init__(self) -> None:
        titles = _load_yaml("person_titles.yaml")
        pats = _load_yaml("entity_patterns.yaml")
        norm = key_form
        self.roles = _phrase_index([(r["ar"], r.get("en", "")) for r in titles.get("roles", [])])
        self.descriptors = _phrase_index([(r["ar"], r.get("en", "")) for r in titles.get("descriptors", [])])
        self.ranks = _phrase_index([(r, "rank") for r in titles.get("ranks", [])])
        self.honorifics = _phrase_index([(r, "honorific") for r in titles.get("honorifics", [])])
        self.intros = _phrase_index([(r, "intro") for r in titles.get("name_intro", [])])
        self.ambiguous_ranks = {norm(r) for r in titles.get("ambiguous_ranks", [])}
        self.connectors = {norm(w) for w in titles.get("role_connectors", [])}
        self.anon_cues = {norm(w) for w in titles.get("anonymous_cues", [])}
        self.media_cues = {norm(w) for w in pats.get("media_cues", [])}
        self.weak_media_cues = {norm(w) for w in pats.get("weak_media_cues", [])}
        self.media_common_words = frozenset(norm(w) for w in pats.get("media_common_words", []))
        self.company_words = frozenset(norm(w) for w in pats.get("company_words", []))
        self.org_heads = {norm(w) for w in pats.get("org_heads", [])}
        self.org_head_blockers = {norm(w) for w in pats.get("org_head_blockers", [])}
        self.org_heads_one_genitive = {norm(w) for w in pats.get("org_heads_one_genitive", [])}
        self.org_adjectives = {norm(w) for w in pats.get("org_adjectives", [])}
        self.org_head_types = {norm(k): v for k, v in (pats.get("org_head_types") or {}).items()}
        self.armed_heads = {norm(w) for w in pats.get("armed_group_heads", [])}
        self.stop = {norm(w) for w in pats.get("stop_words", [])}
        self.place_cues = {norm(w) for w in pats.get("place_cues", [])}
        # a name stops before a place phrase: a preposition glued to a place type word
        # ("ابو نجيلة بمدينة العريش", "أبو حامضة بريف الحسكة") or a bare locative ("أبو فاس قرب الحدود")
        self.name_place_nouns = frozenset(self.place_cues | {norm(w) for w in pats.get("name_place_nouns", [])})
        self.name_place_stops = frozenset(norm(w) for w in pats.get("name_place_stops", []))
        # nisba adjectives of country names (rasd/extract/entities.py): heads that make the
        # adjective a location ("الأراضي السورية"), indefinite plural heads it modifies ("مصادر تركية")
        self.territory_heads = {norm(w).removeprefix("ال") for w in pats.get("territory_heads", [])}
        self.nisba_heads = {norm(w) for w in pats.get("nisba_heads", [])}
        self.function_words = {norm(w) for w in pats.get("function_words", [])}
        self.first_names = load_first_names()
        # every first word of a cue phrase ends a name ("علي عبد الباقي رئيس ...")
        self.cue_words: set[str] = set()
        for idx in (self.roles, self.descriptors, self.ranks, self.honorifics, self.intros):
            self.cue_words.update(idx)
        self.cue_words.update(self.media_cues)
        self.ambiguous_stop = frozenset((self.stop | self.cue_words) & self.first_names)
        self.cue_first = frozenset(w for idx in (self.roles, self.descriptors, self.ranks, self.honorifics,
                                                 self.intros) for w in idx)
        self.all_media_cues = frozenset(self.media_cues | self.weak_media_cues)
        # written forms -> what the scans in ``find`` look for, so each scan visits only the
        # tokens that can start a hit (one set lookup per token instead of per-rule string work)
        self.cue_forms = frozenset(self.cue_first | {c + w for w in self.cue_first if len(w) >= 3 for c in "وف"})
        self.media_forms: dict[str, str] = {w: w for w in self.all_media_cues}
        for p in ("و", "ف", "ل", "ب", "ول", "وب", "فل"):      # the first proclitic that leaves a cue
            for w in self.all_media_cues:
                self.media_forms.setdefault(p + w, w)
        self.org_head_forms: dict[str, str] = {w: w for w in self.org_heads}
        for w in self.org_heads:
            for c in "وفلب":
                if len(w) >= 3:
                    self.org_head_forms.setdefault(c + w, w)
        # the heads with the article, after a conjunction or ب ("والمجلس", "بالهيئة"); "للمجلس" drops
        # the article's alif, so its name cannot be cut from the written word
        self.def_org_head_forms: dict[str, str] = {p + w: w for w in self.org_heads for p in ("ال", "وال", "فال", "بال")}
        # a head noun with a quoted name after it ('مركز " عمران للدراسات "', 'غرفة عمليات " أهل
        # الديار "', 'مشفى " نوري السعيد "'): the head's type (organisation, armed group, facility)
        self.quoted_heads: dict[str, tuple[str, str]] = {}
        typed = [(w, self.org_head_types.get(w, "ORGANIZATION")) for w in self.org_heads]
        typed += [(norm(w), "ORGANIZATION") for w in pats.get("quoted_org_heads", [])]
        typed += [(w, "ARMED_GROUP") for w in self.armed_heads if " " not in w and not w.startswith("ال")]
        typed += [(norm(w), "FACILITY") for w in pats.get("facility_heads", [])]
        for w, typ in typed:
            self.quoted_heads.setdefault(w, (w, typ))
            for c in ("و", "ف", "ل", "ب", "ول", "وب", "فل", "فب"):
                if len(w) >= 3:
                    self.quoted_heads.setdefault(c + w, (w, typ))
        # two-word heads ("غرفة عمليات"): first word -> (second word, type)
        self.quoted_heads2: dict[str, tuple[str, str]] = {}
        for w in self.armed_heads:
            if " " in w:
                a, b = w.split(" ", 1)
                for c in ("", "و", "ف", "ل", "ب"):
                    self.quoted_heads2.setdefault(c + a, (b, "ARMED_GROUP"))
        self.quoted_forms = frozenset(self.quoted_heads.keys() | self.quoted_heads2.keys())
        # every form one of those scans looks for: ``find`` scans the tokens once for all of
        # them, and each rule then picks its own forms from the few tokens found
        # "ابومحمد": a kunya glued to a given name of the lexicon (not "ابوظبي": not a given name)
        self.glued_kunya = frozenset(k + w for k in _KUNYA for w in self.first_names if len(w) >= 3)
        # a facility head and a name without quotes: a known place ("سد القريتين") or a word and a
        # facility adjective ("حقل التيم النفطي", "محطة الهيل للغاز", "مطار السين العسكري")
        self.facility_heads_bare: dict[str, str] = {}
        for w in pats.get("facility_heads_unquoted", []):
            w = norm(w)
            for c in ("", "و", "ف", "ل", "ب", "وب", "فب", "ول"):
                self.facility_heads_bare.setdefault(c + w, w)
        self.facility_heads_need_adj = frozenset(norm(w) for w in pats.get("facility_heads_need_adjective", []))
        self.facility_adjectives = frozenset(norm(w) for w in pats.get("facility_adjectives", []))
        self.scan_forms = frozenset(self.cue_forms | _KUNYA | self.media_forms.keys() | self.glued_kunya
                                    | self.facility_heads_bare.keys() | self.org_head_forms.keys()
                                    | self.def_org_head_forms.keys() | self.quoted_heads.keys()
                                    | self.quoted_heads2.keys())

    # ---------------------------------------------------------------- helpers
    @staticmethod
    def _bare(t: str) -> str:
        """Drop a conjunction و / ف when what remains is still a word."""
        return drop_conjunction(t)

    def _phrase_at(self, toks: list[Tok], i: int, index: dict) -> tuple[int, str] | None:
        """(last token index, gloss) of the longest phrase of ``index`` starting at token i."""
        t = toks[i].text
        for cand in (t, self._bare(t)):
            lst = index.get(cand)
            if not lst:
                continue
            for words, en in lst:
                k = len(words)
                if i + k > len(toks):
                    continue
                if all(toks[i + j].text == words[j] and not toks[i + j].broken for j in range(1, k)):
                    return i + k - 1, en
        return None

    def is_stop(self, t: str, raw: str = "") -> bool:
        if t in self.ambiguous_stop and raw:
            # "على" and "علي", "بأن" and "بان" fold together: the written form decides
            return "ى" in raw or "أ" in raw
        if t in self.stop or t in self.cue_words:
            return True
        b = self._bare(t)
        return b != t and (b in self.stop or b in self.cue_words)

    def is_first_name(self, t: str) -> bool:
        return t in self.first_names

    def place_phrase_at(self, toks: list[Tok], k: int, spans_at: dict[int, Span]) -> bool:
        """Token k opens a place phrase that ends a name: "بمدينة", "قرب", a known place behind the
        preposition ب ("بدمشق"; "بغداد" is a name, "ودمشق" a list; "لدير الزور" names a body's seat,
        "المجلس المحلي لمدينة منبج")."""
        t = toks[k].text
        sp = spans_at.get(k)
        if t in self.name_place_stops:
            # "جنوب السودان" is a place's own name, not a direction
            return not (sp is not None and sp.type == "PLACE" and sp.first == k and sp.last > k and not sp.lead)
        if len(t) > 3 and t[0] in "وفب":
            for p in _PLACE_PROCLITICS:
                if t.startswith(p) and t[len(p):] in self.name_place_nouns:
                    return True
        return sp is not None and sp.type == "PLACE" and sp.first == k and sp.lead.lstrip("وف") == "ب"

    # ------------------------------------------------------------------ names
    def take_name(self, toks: list[Tok], i: int, spans_at: dict[int, Span], *, strict: bool,
                  max_units: int = 3) -> tuple[int, int, bool] | None:
        """A person name starting at token i: (first, last, quoted) or None."""
        n = len(toks)
        if i >= n:
            return None
        # quoted name: everything up to the closing quote, if short and clean
        if toks[i].opens_quote:
            k = i
            while k + 1 < n and not toks[k + 1].broken and k - i < 5:
                k += 1
            closes = (k + 1 >= n) or any(q in toks[k + 1].gap for q in _QUOTES)
            words = [toks[j].text for j in range(i, k + 1)]
            if closes and all(_ARABIC_WORD.match(w) for w in words) \
                    and not any(self.is_stop(toks[j].text, toks[j].raw) for j in range(i, k + 1)) \
                    and not self._quoted_phrase(words, _written(toks, i)):
                if not words[0].startswith("ال") and not self._covered_by_actor(spans_at, i, k):
                    return i, k, True
            return None
        units = 0
        k = i
        last = -1
        second_is_given = False     # the second unit is a given name (a father's name, "علي عبد الله صالح")
        while k < n and units < max_units:
            tok = toks[k]
            t = tok.text
            if k > i and tok.broken:
                break
            if not _ARABIC_WORD.match(t) or len(t) < 2:
                break
            if self.is_stop(t, tok.raw) or t.startswith(_PREP_PREFIXES) or tok.clitic_hamza:
                break
            if k > i and self.place_phrase_at(toks, k, spans_at):
                break           # "ابو نجيلة بمدينة العريش": the name ends, a place follows
            if t[0] in "ول" and t not in self.first_names:
                # a conjunction / preposition glued on: "وقائد", "لرئيس", "لمجموعات"; names with
                # و / ل as their first letter (وليد، لؤي، لوران) are in the lexicon
                if k > i:
                    break
                return None
            if units == 0 and t.startswith("ال"):
                return None
            if units == 0 and t not in self.first_names and t not in _KUNYA and t not in self.glued_kunya and (
                    t in _NOT_NAME_STARTS or verb_like(t, _written(toks, k)) or (masdar_like(t) and k + 1 < n
                                                                        and toks[k + 1].text.startswith("ال"))):
                return None     # "أكد مراسل الجزيرة انتهاء الهجوم", "أمير الكويت يلتقي العاهل": no name
            if k > i and (t in _NAME_END_WORDS or _hal(t) or tafil_shaped(t)
                          or (toks[i].text in _KUNYA and t not in self.first_names and not t.startswith("ال")
                              and (len(t) >= 4 and t[-2] != "ي" and _written(toks, k).endswith("ه")
                                   or verb_like(t, _written(toks, k))))):
                break           # "أبويعقوب البالغ من العمر", "أبو ريان مقتولا", "جواد أبو حطب تشكيل", "موسى
                                # أبو مرزوق نشرته", "أبو عزرائيل يصل": a state, a verbal noun, a word with
                                # a pronoun, a verb
            if units == 2 and not (t.startswith("ال") or (second_is_given and (t[0] not in "بلكف" or t in self.first_names))):
                break           # "محمد مرسي ثلاث", "فؤاد عبد الحليم بزيارة": a third word must be a
                                # family name, or follow a given name and not carry a preposition
            sp = spans_at.get(k)
            if sp is not None and sp.type != "PERSON" and sp.type != "PLACE":
                break
            if sp is not None and sp.type == "PLACE" and units == 0 and t not in self.first_names:
                return None     # "عمران" is a village and a first name: the lexicon decides
            end = k
            if t in _COMPOUND_STARTERS and k + 1 < n and not toks[k + 1].broken:
                nxt = toks[k + 1].text
                if not _ARABIC_WORD.match(nxt) or self.is_stop(nxt, toks[k + 1].raw) or nxt.startswith(_PREP_PREFIXES):
                    break
                end = k + 1
            elif t in _COMPOUND_STARTERS:
                break
            elif k + 1 < n and toks[k + 1].text in _SECOND_PARTS and not toks[k + 1].broken:
                end = k + 1     # "صلاح الدين", "نصر الله": one unit
            if units == 1:
                second_is_given = t in self.first_names or t in _COMPOUND_STARTERS
            units += 1
            last = end
            k = end + 1
            if t.startswith("ال") and units >= 2:
                break           # a family name / nisba with the article ends the name
        if last < i:
            return None
        first_word = toks[i].text
        compound_first = first_word in _COMPOUND_STARTERS
        if units < 2 and not (compound_first and first_word in _KUNYA):
            return None
        if strict and not (self.is_first_name(first_word) or first_word in _KUNYA):
            return None
        return i, last, False

    def _quoted_phrase(self, words: list[str], raw0: str = "") -> bool:
        """Quoted words that are a phrase or a slogan, not a name: a verb or a word no name begins with
        first ('منظمة " تأكل حقوقه "', 'معسكر " نعم "'), a preposition glued on ('" بمدينة "'), a body's
        head ('" حزب حرية كردستان "'), an indefinite adjective last ('" أدلة قوية "', 'مجموعة " إرهابية "')
        or words all in the accusative ('" حرا طليقا "')."""
        w0 = words[0]
        if w0 in self.first_names or w0 in _KUNYA:
            return False
        if w0 in _NOT_NAME_STARTS or verb_like(w0, raw0) or w0 in self.org_heads:
            return True
        if w0[0] in "بل" and w0[1:] in self.name_place_nouns:
            return True
        last = words[-1]
        if len(last) >= 5 and last.endswith("يه") and "ال" not in last[:4] and last not in self.first_names:
            return True
        return len(words) >= 2 and all(w.endswith("ا") for w in words)

    def _covered_by_actor(self, spans_at: dict[int, Span], i: int, k: int) -> bool:
        return any((sp := spans_at.get(j)) is not None and sp.type in ACTOR_TYPES for j in range(i, k + 1))

    def _after_role(self, toks: list[Tok], j: int, spans_at: dict[int, Span], *, takes_org: bool
                    ) -> tuple[int, Span | None, tuple[int, int] | None]:
        """Parse [connector] [organisation] after a role phrase ending before token j.

        Returns (next token index, linked organisation, unlinked organisation token range).
        """
        n = len(toks)
        k = j
        if k < n and not toks[k].broken and toks[k].text in self.connectors:
            k += 1
        if k >= n or toks[k].broken and not toks[k].opens_quote:
            return k, None, None
        sp = spans_at.get(k)
        if sp is not None and sp.type in ACTOR_TYPES:
            return sp.last + 1, sp, None
        if toks[k].opens_quote:      # 'مراسل "أنا برس"': a quoted outlet / organisation
            q = k
            while q + 1 < n and not toks[q + 1].broken and q - k < 5:
                q += 1
            if q + 1 >= n or any(c in toks[q + 1].gap for c in _QUOTES):
                return q + 1, None, (k, q)
            return k, None, None
        if takes_org:
            q = k
            while q < n and q - k < 3 and toks[q].text.startswith("ال") and (q == k or not toks[q].broken) \
                    and toks[q].text not in self.cue_words and spans_at.get(q) is None:
                q += 1
            if q > k:
                return q, None, (k, q - 1)
        return k, None, None

    def _skip_place(self, toks: list[Tok], k: int, spans_at: dict[int, Span]) -> int:
        """Skip "في <place>" ("... لجيش الإسلام في الغوطة الشرقية الأستاذ ياسر دلوان")."""
        n = len(toks)
        if k < n and toks[k].soft and toks[k].text == "في" and k + 1 < n and not toks[k + 1].broken:
            sp = spans_at.get(k + 1)
            if sp is not None and sp.type == "PLACE":
                return sp.last + 1
            q = k + 1
            while q < n and q - k <= 2 and toks[q].text.startswith("ال") and not toks[q].broken:
                q += 1
            if q > k + 1:
                return q
        return k

    def _skip_title(self, toks: list[Tok], k: int) -> tuple[int, str | None]:
        n = len(toks)
        if k < n and not toks[k].broken:
            for index, kind in ((self.ranks, "rank"), (self.honorifics, "honorific")):
                hit = self._phrase_at(toks, k, index)
                if hit:
                    return hit[0] + 1, kind
        return k, None

    # ------------------------------------------------------------------- find
    def find(self, norm_text: str, toks: list[Tok], spans: list[Span]) -> list[PatternHit]:
        spans_at: dict[int, Span] = {}
        for sp in spans:
            for j in range(sp.first, sp.last + 1):
                spans_at[j] = sp
        starts = {sp.first: sp for sp in spans}
        hits: list[PatternHit] = []
        used = bytearray(len(toks) + 1)     # tokens already inside a person hit

        def add(hit: PatternHit) -> None:
            hits.append(hit)
            used[hit.first:hit.last + 1] = b"\x01" * (hit.last - hit.first + 1)

        texts = _texts(toks)   # scanned for cue words by several rules below
        at_any = _positions(texts, self.scan_forms)
        at_cue = _picked(texts, at_any, self.cue_forms)
        ci = 0
        i = 0
        while True:
            # the next token at or after i that is a cue's first word (bare or after و / ف)
            ci = bisect_left(at_cue, i, ci)
            if ci >= len(at_cue):
                break
            i = at_cue[ci]
            if used[i] or (i in spans_at and spans_at[i].type != "PERSON"):
                i += 1
                continue
            role = self._phrase_at(toks, i, self.roles)
            desc = None if role else self._phrase_at(toks, i, self.descriptors)
            if role or desc:
                hit = self._role_person(toks, i, role or desc, bool(role), spans_at, starts)
                if hit:
                    add(hit)
                    i = max(i + 1, hit.last + 1)     # an apposition may lie before the role
                    continue
                i = (role or desc)[0] + 1
                continue
            title = None
            for index, kind in ((self.ranks, "rank"), (self.honorifics, "honorific"), (self.intros, "intro")):
                ph = self._phrase_at(toks, i, index)
                if ph:
                    title = (ph[0], kind)
                    break
            if title:
                hit = self._titled_person(toks, i, title, spans_at, starts)
                if hit:
                    add(hit)
                    i = max(i + 1, hit.last + 1)
                    continue
            i += 1

        # kunya: "أبو X [الY]" anywhere not already covered
        for i in _picked(texts, at_any, _KUNYA):
            tok = toks[i]
            if used[i]:
                continue
            if i in spans_at:
                hit = self._kunya_over_place(toks, i, spans_at)
                if hit is not None:
                    add(hit)
                continue
            if i > 0 and not tok.broken and (toks[i - 1].text in self.place_cues or toks[i - 1].text in _PLACE_PREFIXES):
                continue      # "حاجز عين أبو جمعة", "قرية أم الكراديس": a place
            got = self.take_name(toks, i, spans_at, strict=False)
            if got and not any(used[got[0]:got[1] + 1]):
                add(PatternHit("person", self._given_before(toks, i, spans_at, used), got[1], "PERSON", "kunya", 0.6))
        # a kunya written as one word ("أبومحمد الجولاني", "أبوخالد السوري"): أبو glued to a given name
        for i in _picked(texts, at_any, self.glued_kunya):
            if used[i] or i in spans_at or (i > 0 and not toks[i].broken and toks[i - 1].text in self.place_cues):
                continue
            got = self.take_name(toks, i, spans_at, strict=False) or (i, i, False)   # the kunya alone
            got = (self._given_before(toks, i, spans_at, used), got[1], got[2])
            if not any(used[got[0]:got[1] + 1]):
                add(PatternHit("person", got[0], got[1], "PERSON", "kunya", 0.6))

        hits.extend(self._handles(norm_text, toks, spans_at, hits, used))
        hits.extend(self._initials(norm_text, toks, spans_at))
        hits.extend(self._media(toks, spans_at, used, texts, at_any))
        hits.extend(self._org_heads(toks, spans_at, used, texts, at_any))
        hits.extend(self._definite_org_heads(toks, spans_at, used, texts, at_any))
        hits.extend(self._quoted_names(toks, spans_at, used, hits, texts, at_any))
        hits.extend(self._facility_names(toks, spans_at, used, hits, texts, at_any))
        return hits

    def _given_before(self, toks, i: int, spans_at, used) -> int:
        """Where a name with a kunya at token i starts: at a given name right before it ("يونس
        أبويعقوب", "محمد أبو ريان"), else at the kunya."""
        if i == 0 or toks[i].broken or used[i - 1] or (i - 1) in spans_at:
            return i
        prev = toks[i - 1]
        if prev.text in self.first_names and not self.is_stop(prev.text, prev.raw) and not prev.clitic_hamza:
            return i - 1
        return i

    def _kunya_over_place(self, toks, i: int, spans_at) -> PatternHit | None:
        """"أبو طلحة القائد العسكري": a kunya the gazetteer also has as a village, read as a person
        when a role or descriptor phrase follows it (a place takes no role)."""
        sp = spans_at[i]
        if sp.type != "PLACE" or sp.first != i or sp.last != i + 1 or sp.lead:
            return None
        if i > 0 and not toks[i].broken and (toks[i - 1].text in self.place_cues or toks[i - 1].text in _PLACE_PREFIXES
                                             or self._bare(toks[i - 1].text) in self.name_place_nouns):
            return None
        j = sp.last + 1
        if j >= len(toks) or toks[j].broken and not toks[j].has_comma:
            return None
        role = self._phrase_at(toks, j, self.roles) or self._phrase_at(toks, j, self.descriptors)
        if role is None or not toks[j].text.startswith("ال"):
            return None
        return PatternHit("person", i, sp.last, "PERSON", "kunya", 0.6)

    def _facility_names(self, toks, spans_at, used, hits, texts: list[str] | None = None,
                        at_any: list[int] | None = None) -> list[PatternHit]:
        """A facility head and its name without quotes: a place the gazetteer knows ("سد
        القريتين", "مطار السين") or one or two words closed by a facility adjective ("حقل التيم
        النفطي", "محطة الهيل للغاز", "معبر برويزخان الحدودي"); the adjectives stay in the name."""
        out: list[PatternHit] = []
        n = len(toks)
        texts = _texts(toks) if texts is None else texts
        forms = self.facility_heads_bare
        taken = bytearray(n + 1)
        for h in hits:
            taken[h.first:h.last + 1] = b"\x01" * (h.last - h.first + 1)
        adjs = self.facility_adjectives
        for i in _positions(texts, forms) if at_any is None else _picked(texts, at_any, forms):
            if taken[i] or used[i] or i in spans_at or i + 1 >= n or toks[i + 1].broken:
                continue
            base = forms[texts[i]]
            sp = spans_at.get(i + 1)
            last = None
            if sp is not None:
                if sp.type != "PLACE" or sp.first != i + 1 or sp.lead or base in self.facility_heads_need_adj:
                    continue
                last = sp.last
            else:
                q = i + 1
                while q < n and q - i <= 2 and not toks[q].broken and q not in spans_at:
                    w = texts[q]
                    if w in adjs:
                        break
                    if not _ARABIC_WORD.match(w) or len(w) < 3 or self.is_stop(w) or w in forms \
                            or w[0] == "و" or w in self.first_names:
                        q = -1
                        break
                    q += 1
                if q <= i + 1 or q >= n or texts[q] not in adjs or toks[q].broken:
                    continue
                last = q - 1
            # the facility adjectives after the name belong to it ("مطار السين العسكري")
            while last + 1 < n and last - i < 6 and texts[last + 1] in adjs and not toks[last + 1].broken \
                    and last + 1 not in spans_at:
                last += 1
            if any(taken[i:last + 1]) or any(used[i:last + 1]):
                continue
            out.append(PatternHit("org", i, last, "FACILITY", "facility-name", 0.6,
                                  extra={"head_clitic": len(texts[i]) - len(base)}))
            taken[i:last + 1] = b"\x01" * (last - i + 1)
        return out

    def _role_person(self, toks, i, phrase, is_role, spans_at, starts) -> PatternHit | None:
        n = len(toks)
        end, en = phrase
        k, org, org_text = self._after_role(toks, end + 1, spans_at, takes_org=is_role)
        if is_role and org is None and org_text is None and k == end + 1 and k < n and not toks[k].broken:
            sp = spans_at.get(k)
            if sp is not None and sp.type == "PLACE" and sp.first == k and not sp.lead \
                    and sp.last + 1 < n and self.is_first_name(toks[sp.last + 1].text):
                k = sp.last + 1     # "محافظ ديالى مثنى التميمي": the role's place, then a given name
        role_last = k - 1
        k2 = self._skip_place(toks, k, spans_at)
        k3, title_kind = self._skip_title(toks, k2)
        # a role tied to a known organisation is a strong cue; otherwise (descriptors such as
        # "الصحفية", roles with an unknown or no organisation) the name must look like one
        strict_name = org is None and title_kind is None
        if k3 < n and (toks[k3].soft or toks[k3].opens_quote) and k3 > end:
            sp = starts.get(k3)
            if sp is not None and sp.type == "PERSON":
                return PatternHit("person", sp.first, sp.last, "PERSON", "role", 0.95, i, role_last, en,
                                  org, org_text, existing=sp)
            got = self.take_name(toks, k3, spans_at, strict=strict_name)
            if got:
                return PatternHit("person", got[0], got[1], "PERSON", "role", 0.9 if not strict_name else 0.75,
                                  i, role_last, en, org, org_text)
        # apposition after: "الخبير السياسي والمقرب من الفصائل المسلحة، حسام نجار،"
        q = k
        while q < n and q - k < 10:
            if toks[q].broken:
                if toks[q].has_comma and not toks[q].opens_quote:
                    sp = starts.get(q)
                    if sp is not None and sp.type == "PERSON":
                        return PatternHit("person", sp.first, sp.last, "PERSON", "apposition", 0.85, i,
                                          role_last, en, org, org_text, existing=sp)
                    got = self.take_name(toks, q, spans_at, strict=True)
                    if got and (got[1] + 1 >= n or toks[got[1] + 1].broken):
                        return PatternHit("person", got[0], got[1], "PERSON", "apposition", 0.75, i,
                                          role_last, en, org, org_text)
                break
            q += 1
        # apposition before: "حمزة بيرقدار، الناطق باسم جيش الإسلام"
        if toks[i].has_comma and i > 0:
            prev = toks[i - 1]
            for sp in (starts.get(s) for s in range(max(0, i - 4), i)):
                if sp is not None and sp.type == "PERSON" and sp.last == prev.i:
                    return PatternHit("person", sp.first, sp.last, "PERSON", "apposition", 0.85, i,
                                      role_last, en, org, org_text, existing=sp)
            for s in range(max(0, i - 4), i):
                got = self.take_name(toks, s, spans_at, strict=True)
                if got and got[1] == i - 1:
                    return PatternHit("person", got[0], got[1], "PERSON", "apposition", 0.75, i,
                                      role_last, en, org, org_text)
        return None

    def _titled_person(self, toks, i, title, spans_at, starts) -> PatternHit | None:
        n = len(toks)
        end, kind = title
        k = end + 1
        if kind != "intro":             # a rank may follow an honorific and vice versa
            k, _ = self._skip_title(toks, k)
        if k >= n or (toks[k].broken and not toks[k].opens_quote):
            return None
        cue = " ".join(toks[j].text for j in range(i, end + 1))
        cue = self._bare(cue) if " " not in cue else cue
        strict = kind == "honorific" or (kind == "rank" and cue in self.ambiguous_ranks)
        sp = starts.get(k)
        if sp is not None and sp.type == "PERSON":
            name = (sp.first, sp.last, False)
            existing = sp
        else:
            name = self.take_name(toks, k, spans_at, strict=strict and not toks[k].opens_quote)
            existing = None
        if not name:
            return None
        first, last, _quoted = name
        hit = PatternHit("person", first, last, "PERSON", kind, 0.85 if not strict else 0.75,
                         i, end, None, existing=existing)
        if kind == "intro":
            hit.role_first = hit.role_last = None
        # a role phrase right after the name: "المقدم علي عبد الباقي رئيس هيئة الأركان في جيش الإسلام"
        j = last + 1
        if j < n and not toks[j].broken:
            role = self._phrase_at(toks, j, self.roles) or self._phrase_at(toks, j, self.descriptors)
            if role:
                k2, org, org_text = self._after_role(toks, role[0] + 1, spans_at, takes_org=True)
                if org is not None or org_text is not None:
                    hit.extra["rank_span"] = (i, end)
                    hit.role_first, hit.role_last, hit.role_en = j, k2 - 1, role[1]
                    hit.org, hit.org_text = org, org_text
        return hit

    def _handles(self, norm_text, toks, spans_at, hits, used) -> list[PatternHit]:
        out: list[PatternHit] = []
        if "@" not in norm_text:
            return out
        # token ends ascend: the last token that ends before the "(" is found by bisection
        # (a TokList has them as a column: no token object is built for the scan)
        ends = getattr(toks, "ends", None)
        if ends is None:
            ends = [t.end for t in toks]
        for m in _HANDLE.finditer(norm_text):
            # the token that ends right before "("
            i = bisect_right(ends, m.start()) - 1
            if i < 0 or norm_text[toks[i].end:m.start()].strip():
                continue
            handle = m.group(1).replace(" ", "_")
            # already a person there: just attach the handle
            attached = False
            for h in hits:
                if h.kind == "person" and h.last == i:
                    h.handle = handle
                    attached = True
            sp = spans_at.get(i)
            if not attached and sp is not None and sp.type == "PERSON" and sp.last == i:
                out.append(PatternHit("person", sp.first, sp.last, "PERSON", "handle", 0.9, handle=handle,
                                      existing=sp))
                attached = True
            if attached:
                continue
            for s in range(max(0, i - 4), i):
                got = self.take_name(toks, s, spans_at, strict=False)
                if got and got[1] == i and not any(used[got[0]:got[1] + 1]):
                    out.append(PatternHit("person", got[0], got[1], "PERSON", "handle", 0.8, handle=handle))
                    used[got[0]:got[1] + 1] = b"\x01" * (got[1] - got[0] + 1)
                    break
        return out

    def _initials(self, norm_text, toks, spans_at) -> list[PatternHit]:
        """Anonymous sources written with initials in quotes: '"ق.م" المنتمي سابقاً للهيئة'."""
        out: list[PatternHit] = []
        if "." not in norm_text:
            return out
        # token starts and ends ascend: the tokens around a match are found by bisection (a
        # TokList has the columns: no token object is built for the scan)
        starts = getattr(toks, "starts", None)
        ends = getattr(toks, "ends", None)
        if starts is None or ends is None:
            starts, ends = [t.start for t in toks], [t.end for t in toks]
        n = len(toks)
        for m in _INITIALS.finditer(norm_text):
            letters = [g for g in m.groups() if g]
            name = ".".join(letters)
            # tokens right before / after the quoted initials
            n_before = bisect_right(ends, m.start())      # toks[:n_before] end before the match
            first_after = bisect_left(starts, m.end())    # toks[first_after:] start after it
            role_first = role_last = None
            if first_after < n and toks[first_after].text in self.anon_cues:
                j = first_after
                last = j
                while last + 1 < len(toks) and last - j < 4 and not toks[last + 1].broken:
                    if spans_at.get(last) is not None and spans_at[last].type in ACTOR_TYPES:
                        break     # the role ends with its organisation ("المنتمي سابقاً للهيئة")
                    last += 1
                role_first, role_last = j, last
            elif n_before and self._bare(toks[n_before - 1].text) in self.anon_cues:
                role_first = role_last = n_before - 1
            if role_first is None:
                continue     # initials with no source cue: could be anything (abbreviations)
            first_tok = bisect_left(starts, m.start())
            if first_tok >= n:
                first_tok = None
            out.append(PatternHit("anon", first_tok or 0, first_tok or 0, "PERSON", "initials", 0.7,
                                  role_first, role_last, "anonymous source",
                                  char_span=(m.start() + 1, m.end() - 1), name=name))
        return out

    def _media(self, toks, spans_at, used, texts: list[str] | None = None,
               at_any: list[int] | None = None) -> list[PatternHit]:
        """``at_any``: the positions of ``scan_forms`` in ``texts``, when the caller has them."""
        out: list[PatternHit] = []
        n = len(toks)
        forms = self.media_forms
        texts = _texts(toks) if texts is None else texts
        for i in _positions(texts, forms) if at_any is None else _picked(texts, at_any, forms):
            base = forms[toks[i].text]       # the cue without its proclitics
            strong = base in self.media_cues
            if not strong and base not in self.weak_media_cues:
                continue
            if i in spans_at or i + 1 >= n:
                continue
            nxt = toks[i + 1]
            sp = spans_at.get(i + 1)
            if sp is not None and sp.first == i + 1:
                if sp.type in ("ORGANIZATION", "MEDIA") or (sp.type != "PLACE" and strong):
                    out.append(PatternHit("media", sp.first, sp.last, "MEDIA", "media-cue", 0.9, existing=sp))
                continue
            if nxt.opens_quote:
                q = i + 1
                while q + 1 < n and not toks[q + 1].broken and q - i < 6:
                    q += 1
                if not (q + 1 >= n or any(c in toks[q + 1].gap for c in _QUOTES)):
                    continue
                last = q
                while last > i + 1 and toks[last].text.startswith("ال") and toks[last].text.endswith(("ي", "يه")):
                    last -= 1     # "أنتر فاكس الروسية" -> "أنتر فاكس"
                if any(used[i + 1:last + 1]) or self._covered_by_actor(spans_at, i + 1, last):
                    continue
                out.append(PatternHit("media", i + 1, last, "MEDIA", "media-cue", 0.85))
                continue
            if not strong or nxt.broken:
                continue
            last = i
            q = i + 1
            while q < n and q - i <= 2 and (q == i + 1 or not toks[q].broken):
                w = toks[q].text
                if w.startswith("ال") or self.is_stop(w) or spans_at.get(q) is not None or w.isdigit():
                    break
                last = q
                q += 1
            if last > i and q < n and not toks[q].broken and toks[q].text.startswith("ال") \
                    and not toks[q].text.endswith(("ي", "يه")):
                continue      # "وكالة أنباء الطلبة": a construct, the name is further on
            if last > i and toks[last].text.endswith("يه"):
                continue      # "جريدة سعودية": an adjective, not a name
            w1 = toks[i + 1].text
            if last > i and (w1[-1] == "ه" or w1 in _NOT_NAME_STARTS or w1 in self.media_common_words
                             or verb_like(w1, _written(toks, i + 1), past=False) or masdar_like(w1) or w1[0] == "و"
                             or any(verb_like(toks[j].text, _written(toks, j), past=False) for j in range(i + 2, last + 1))):
                continue      # "قناة تابعة", "صحيفة إيرانية تشن", "فضائية تبث", "وكالة أنباء", "قناة
                              # تفاوضية", "فضائية عملياتها", "صحيفة بتقديم", "إذاعة ومحطة": common words
            if last > i and len("".join(toks[j].text for j in range(i + 1, last + 1))) >= 3:
                out.append(PatternHit("media", i + 1, last, "MEDIA", "media-cue", 0.75))
        return out

    def _org_heads(self, toks, spans_at, used, texts: list[str] | None = None,
                   at_any: list[int] | None = None) -> list[PatternHit]:
        """``at_any``: the positions of ``scan_forms`` in ``texts``, when the caller has them."""
        out: list[PatternHit] = []
        n = len(toks)
        forms = self.org_head_forms
        texts = _texts(toks) if texts is None else texts
        at_head = _positions(texts, forms) if at_any is None else _picked(texts, at_any, forms)
        hi = 0
        i = 0
        while True:
            hi = bisect_left(at_head, i, hi)     # the next organisation head at or after i
            if hi >= len(at_head):
                break
            i = at_head[hi]
            t = toks[i].text
            base = forms[t]
            if i in spans_at or used[i] or i + 1 >= n or toks[i + 1].broken:
                i += 1
                continue
            first = toks[i + 1].text
            if first in self.org_head_blockers or self.is_stop(first) or not _ARABIC_WORD.match(first):
                i += 1
                continue
            sp = spans_at.get(i + 1)
            if sp is not None and sp.type != "PLACE":
                i += 1
                continue
            last = i
            q = i + 1
            has_place = False
            while q < n and q - i <= 4:
                tok = toks[q]
                w = tok.text
                if q > i + 1 and tok.broken:
                    break
                if q > i + 1 and self.place_phrase_at(toks, q, spans_at):
                    break       # "محكمة الجنايات بدمشق": where the body sits is a place of its own
                sp = spans_at.get(q)
                if sp is not None:
                    if sp.type != "PLACE" or sp.first != q:
                        break
                    has_place = True
                    last = sp.last
                    q = sp.last + 1
                    continue
                if not _ARABIC_WORD.match(w) or w in self.org_heads \
                        or (self.is_stop(w) and not (q > i + 1 and self._org_adjective(w))):
                    break       # "منظمة المؤتمر الإسلامي": a relational adjective is no stop here
                if w[0] == "و":
                    if len(w) >= 5 and w.endswith(("ها", "هم")) and q > i + 1:
                        last = q      # "مكتب إعلاميي دمشق وريفها"
                    elif q == i + 2 and w.startswith("وال") and toks[i + 1].text.startswith("ال") \
                            and base in self.org_heads_one_genitive:
                        last = q      # "مديرية التربية والتعليم": two genitives joined
                        q += 1
                        continue
                    break
                if w.startswith(_PREP_PREFIXES) or (w[0] in "لب" and not w.startswith("ال")):
                    break
                if has_place and not w.startswith("ال"):
                    break       # "بلدية مصراتة محمد اشتيوي": the name ends with its place
                last = q
                q += 1
            tail = [toks[j].text for j in range(i + 1, last + 1)]
            if not tail:
                i += 1
                continue
            # a name, not a description: it names a place ("مكتب إعلاميي دمشق") or ends in a
            # definite noun after a construct ("مركز توثيق الانتهاكات"); "لجنة تفاوض" and
            # "مجلس عسكري انتقالي" are common nouns
            if not (has_place or (len(tail) >= 2 and tail[-1].startswith("ال") and not tail[0].startswith("ال"))):
                # "للجنة الأمنية" is ل + the definite head, not ل + "لجنة" with a genitive
                k = 0 if t == "ل" + base and base[0] == "ل" else self._genitive_name(base, tail, toks, i + 1)
                if not k:
                    i += 1
                    continue
                last = self._with_l_genitive(toks, i + k, spans_at)
            out.append(PatternHit("org", i, last, self.org_head_types.get(base, "ORGANIZATION"), "org-head", 0.6,
                                  extra={"head_clitic": len(t) - len(base)}))
            i = last + 1
        return out

    def _quoted_names(self, toks, spans_at, used, hits, texts: list[str] | None = None,
                      at_any: list[int] | None = None) -> list[PatternHit]:
        """A head noun and a name in quotes right after it, closed within six words: 'بمركز " عمران
        للدراسات الاستراتيجية "', 'غرفة عمليات " أهل الديار "', 'جهاز " الحسبة "', 'مشفى " نوري
        السعيد "'. The quotes mark the name, so it may be a single word or a place's name; a name
        the KB knows (an actor span inside the quotes) is left to the KB."""
        out: list[PatternHit] = []
        n = len(toks)
        texts = _texts(toks) if texts is None else texts
        forms = self.quoted_forms
        at = _positions(texts, forms) if at_any is None else _picked(texts, at_any, forms)
        at = _quote_follows(toks, at)     # a quote mark after the head's one or two words
        if not at:
            return out
        taken = bytearray(n + 1)
        for h in hits:
            taken[h.first:h.last + 1] = b"\x01" * (h.last - h.first + 1)
        for i in at:
            t = toks[i].text
            j = i
            if t in self.quoted_heads2 and i + 1 < n and not toks[i + 1].broken \
                    and toks[i + 1].text == self.quoted_heads2[t][0]:
                j, (base, typ) = i + 1, (t, self.quoted_heads2[t][1])
                base = drop_conjunction(base)
            elif t in self.quoted_heads:
                base, typ = self.quoted_heads[t]
            else:
                continue
            if j + 1 >= n or not toks[j + 1].opens_quote or taken[i] or used[i]:
                continue
            sp = spans_at.get(i)
            if sp is not None and sp.type != "PLACE":
                continue
            q = j + 1
            while q + 1 < n and not toks[q + 1].broken and q - j < 6:
                q += 1
            if not (q + 1 >= n or any(c in toks[q + 1].gap for c in _QUOTES)) or q - j >= 6:
                continue
            if any(taken[j + 1:q + 1]) or any(used[j + 1:q + 1]) or self._covered_by_actor(spans_at, j + 1, q) \
                    or any(not _ARABIC_WORD.match(toks[k].text) or len(toks[k].text) < 3 for k in range(j + 1, q + 1)) \
                    or self.is_stop(toks[j + 1].text) or toks[j + 1].text[:1] == "ل" and not toks[j + 1].text.startswith("ال"):
                continue      # 'مجلس " م لل "', 'لجنة " لعلاقات "': not a name
            if any(c in toks[j + 1].gap for c in ".,:;!?،؛") \
                    or self._quoted_phrase([toks[k].text for k in range(j + 1, q + 1)], _written(toks, j + 1)):
                continue      # 'بطريقة سرية " . ونشرت': a closing quote; 'منظمة " تأكل حقوقه "': a phrase
            # relational adjectives after the closing quote belong to the name ('وزارة " الهجرة
            # والمهجرين " العراقية', 'مطار " الضمير " العسكري')
            while q + 1 < n and q - j < 8 and self._org_adjective(toks[q + 1].text) and q + 1 not in spans_at \
                    and not toks[q + 1].gap.strip(" \t\"'"):
                q += 1
            clitic = len(t) - len(base) if t.endswith(base) else 0
            out.append(PatternHit("org", i, q, typ, "quoted-name", 0.7, extra={"head_clitic": clitic}))
            taken[i:q + 1] = b"\x01" * (q - i + 1)
        return out

    def _genitive_name(self, base: str, tail: list[str], toks, first: int) -> int:
        """How many words of ``tail`` (from token ``first``) name the body when the head takes one
        definite genitive ("وزارة الزراعة", "منظمة الطاقة الذرية الإيرانية"): the genitive, a
        conjunct ("التربية والتعليم"), adjectives, a definite word before ل ("الدول المصدرة للنفط"); 0: no name."""
        if base not in self.org_heads_one_genitive or not tail[0].startswith("ال") or len(tail[0]) < 5 \
                or tail[0] in self.def_org_head_forms:
            return 0      # "رئاسة اللجنة الأولمبية": the body named is the one in the genitive
        k = 1
        while k < len(tail) and k < 4:
            w = tail[k]
            if w in self.org_head_blockers:
                break
            if self._org_adjective(w) or (k == 1 and w.startswith("وال")):
                k += 1
            elif w.startswith("ال") and self._l_genitive(toks, first + k + 1, {}):
                k += 1
                break
            else:
                break
        return k

    def _with_l_genitive(self, toks, last: int, spans_at) -> int:
        """The last token of a name ending at ``last`` with its genitive with ل, if one follows
        ("المجلس الوطني لحقوق الإنسان", "معهد مسوشستس للتكنولوجيا")."""
        q = last + 1
        if not self._l_genitive(toks, q, spans_at):
            return last
        n = len(toks)
        last = q
        q += 1
        while q < n and q - last <= 3 and not toks[q].broken and toks[q].text.startswith("ال") \
                and (self._org_adjective(toks[q].text) or not self.is_stop(toks[q].text)):
            sp = spans_at.get(q)
            if sp is not None and sp.type != "PLACE":
                break
            last = sp.last if sp is not None else q
            q = last + 1
        return last

    def _org_adjective(self, w: str) -> bool:
        return (w.startswith("ال") and len(w) >= 5 and w.endswith(("ي", "يه"))) or w in self.org_adjectives

    def _l_genitive(self, toks, q: int, spans_at) -> bool:
        """Token q opens a genitive with ل that belongs to a name: ل with the article ("للمفاوضات")
        or a construct whose genitive follows ("لحقوق الإنسان"); "لسنوات" is an adverbial."""
        n = len(toks)
        if q >= n or toks[q].broken or q in spans_at:
            return False
        w = toks[q].text
        if len(w) < 4 or w[0] != "ل" or w.startswith("ال") or not _ARABIC_WORD.match(w) or self.is_stop(w):
            return False
        return w.startswith("لل") or (q + 1 < n and not toks[q + 1].broken and toks[q + 1].text.startswith("ال"))

    def _definite_org_heads(self, toks, spans_at, used, texts: list[str] | None = None,
                            at_any: list[int] | None = None) -> list[PatternHit]:
        """A definite head, its adjectives and a genitive with ل ("المجلس الوطني لحقوق الإنسان"), or
        two adjectives ("اللجنة الأولمبية الإيرانية"): a body's name no list holds."""
        out: list[PatternHit] = []
        n = len(toks)
        forms = self.def_org_head_forms
        texts = _texts(toks) if texts is None else texts
        nxt_free = 0
        for i in _positions(texts, forms) if at_any is None else _picked(texts, at_any, forms):
            if i < nxt_free or i in spans_at or used[i]:
                continue
            base = forms[toks[i].text]
            q = i + 1
            adj = 0
            while q < n and not toks[q].broken and q not in spans_at and adj < 3 and self._org_adjective(toks[q].text):
                adj += 1
                q += 1
            if not adj:
                continue
            last = self._with_l_genitive(toks, q - 1, spans_at)
            if last == q - 1 and adj < 2:
                continue
            if any(used[i:last + 1]) or self._covered_by_actor(spans_at, i, last):
                continue
            out.append(PatternHit("org", i, last, self.org_head_types.get(base, "ORGANIZATION"), "org-head", 0.55,
                                  extra={"head_clitic": len(toks[i].text) - len(base) - 2}))
            nxt_free = last + 1
        return out


@lru_cache(maxsize=1)
def load_first_names() -> frozenset[str]:
    path = resources.files("rasd").joinpath("data", "lexicons", "first_names.txt")
    out = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.add(key_form(line))
    return frozenset(out)
