"""Clitic-aware dictionary matcher over normalised Arabic text (Aho-Corasick, longest match).

Built once per process from ``(surface, id, type[, source])`` tuples (KB aliases, gazetteer
names, short forms). ``match(norm_text)`` runs over text produced by
``rasd.text.normalize.normalize`` / ``normalize_with_map`` and returns non-overlapping matches
in normalised offsets; the caller maps them back to the original text.

What counts as a match:
- it ends at a token boundary (the next character is not a letter or digit; tatweel is
  already gone after normalisation, so "لـ" and "الـ" need no special case);
- it starts at a token boundary, or after a proclitic sequence (و ف ب ل ك ال لل and their
  combinations, ``rasd.text.tokens.PROCLITICS``): "بدوما", "لجيش الإسلام", "والنظام";
- a name with the article is also indexed without it and accepted only after "لل"
  ("للنظام" = ل + النظام with the alef dropped in writing);
- multiword names are also indexed without spaces ("كفر بطنا" -> "كفربطنا"), and place
  names written as one word that start with a common first element (كفر، دير، تل ...) are
  also indexed with the space ("كفربطنا" -> "كفر بطنا");
- the longest match wins; at equal length an exact form beats a spelling variant.

``fuzzy_match`` is a separate, opt-in fallback for multiword names: the first word must be
exact (after proclitics), one later word of at least 5 letters may differ by one edit
("قاعدة حمييم" for "قاعدة حميميم"). It is refused
- for an alias given as exact only (an item's fifth element False: the KB's ``exact_only``
  aliases, e.g. the forms made by rule from state_bodies.yaml, "السلطات اليمنية" against "السلطات
  الأمنية"), but for its last word in the other gender (the feminine ending dropped or added:
  "وزير الخارجية السعودي" for "الخارجية السعودية", as for any alias);
- when the differing text word is a word of its own (``own_words``, the frequent words of the
  project's vocabulary) and the edit changes a consonant ("العثمانية" is no misspelt "العمانية",
  "مجلس الأمة" no "مجلس الأمن"): a spelling variant of a name adds, drops or swaps a long-vowel
  letter ("البرزاني", "نتانياهو"), the feminine ending ("الخارجية الروسي") or a letter that writes
  a foreign g ("غوتيريش" / "جوتيريش"): name_words.yaml ``spelling_variant_letters``.
Candidates are tried in the order the aliases were given to the matcher (never in a set's
order, which changes with PYTHONHASHSEED); two names of different entities one edit from the same
words are ambiguous: neither is matched there.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter, itemgetter
from typing import Any

import ahocorasick

from rasd.data import word_data, word_list
from rasd.text.normalize import normalize
from rasd.text.tokens import PROCLITIC_SET

# Variant kinds, best first (used to break ties at equal length).
EXACT, JOINED, SPLIT, NO_ARTICLE = "exact", "joined", "split", "no_article"
_KIND_RANK = {EXACT: 0, JOINED: 1, SPLIT: 1, NO_ARTICLE: 2}

# First elements of Syrian place names that are written both joined and apart.
SPLIT_PREFIXES = word_list("place_words.yaml", "split_prefixes")
MAX_PREFIX = 4          # longest proclitic sequence ("وبال", "ولل" ...)
MIN_STEM_AFTER_CLITIC = 3
FUZZY_MIN_WORD = 5
_CAND_CACHE_LIMIT = 200_000   # (head, next word) pairs whose fuzzy candidates are kept

# edits that make a spelling variant of a name's word, not another word (name_words.yaml)
_VARIANT = word_data("name_words.yaml", "spelling_variant_letters")
_VOWEL_LETTERS = frozenset(_VARIANT["vowels"])          # added, dropped or swapped for each other
_FINAL_ENDINGS = frozenset(_VARIANT["final_endings"])   # added or dropped at the word's end
_SWAP_GROUPS = tuple(frozenset(g) for g in _VARIANT["swap_groups"])   # swapped within a group

# the type words of the gazetteer's cue forms ("بلدة X": gazetteer.CUE_FORM_KEYS; that module
# imports this one)
_TYPE_WORD_KEYS = frozenset(normalize(w) for w in word_list("place_words.yaml", "cue_form_type_words"))
_WORD = re.compile(r"[^\W_]+")
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=1 << 16)
def key_form(surface: str) -> str:
    """The normalised form under which a surface is indexed and compared.

    Cached: a document's mentions repeat the same few surfaces, and every mention needs one.
    """
    s = normalize(surface).replace("_", " ")
    return _SPACES.sub(" ", s).strip()


@dataclass(slots=True, frozen=True)
class DictEntry:
    id: str
    type: str
    source: str          # kb | gazetteer | short (a KB short form) | anything the caller passes
    key: str             # the indexed normalised surface
    kind: str = EXACT    # exact | joined | split | no_article | fuzzy


@dataclass(slots=True)
class DictMatch:
    start: int           # offsets into the normalised text
    end: int
    prefix: str          # proclitic sequence between the token start and ``start`` ("" if none)
    entries: tuple[DictEntry, ...]
    fuzzy: bool = False
    rank: int = -1       # best variant kind among the entries (0 = exact); -1: computed here

    def __post_init__(self) -> None:
        if self.rank < 0:
            self.rank = _best_rank(self.entries)

    @property
    def kind(self) -> str:
        return min((e.kind for e in self.entries), key=lambda k: _KIND_RANK.get(k, 3))


def _best_rank(entries: Iterable[DictEntry]) -> int:
    return min(_KIND_RANK.get(e.kind, 3) for e in entries)


def _variants(key: str, typ: str, source: str) -> list[tuple[str, str]]:
    out = [(key, EXACT)]
    if " " in key:
        joined = key.replace(" ", "")
        if len(joined) >= 4:
            out.append((joined, JOINED))
    elif typ == "PLACE" or source == "gazetteer":
        for p in SPLIT_PREFIXES:
            if key.startswith(p) and len(key) - len(p) >= 3:
                out.append((p + " " + key[len(p):], SPLIT))
                break
    if key.startswith("ال") and len(key) >= 5:
        out.append((key[2:], NO_ARTICLE))
    return out


# a name whose normalised first word is a bare article or proclitic ("إل موندو" -> "ال موندو") heads no fuzzy
# lookup: as a head word it would be hit inside every definite word of a text, for no name
_PROCLITIC_HEADS = frozenset(("ال", "لل", "و", "ف", "ب", "ل", "ك"))


def _deletions(word: str) -> set[str]:
    """The word with one letter removed (only for words long enough to be matched fuzzily)."""
    if len(word) < FUZZY_MIN_WORD - 1:
        return set()
    return {word[:i] + word[i + 1:] for i in range(len(word))}


def edit_distance_le1(a: str, b: str) -> bool:
    """True when a and b differ by at most one insertion, deletion or substitution."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la > lb:
        a, b, la, lb = b, a, lb, la
    i = 0
    while i < la and a[i] == b[i]:
        i += 1
    if la == lb:
        return a[i + 1:] == b[i + 1:]
    return a[i:] == b[i + 1:]


def ending_edit(text_word: str, alias_word: str) -> bool:
    """Whether one word is the other with the feminine ending added at its end ("الروسي" /
    "الروسيه"): the same adjective agreeing with another noun, no misspelling."""
    a, b = (text_word, alias_word) if len(text_word) < len(alias_word) else (alias_word, text_word)
    return len(b) == len(a) + 1 and b.startswith(a) and b[-1] in _FINAL_ENDINGS


def variant_edit(text_word: str, alias_word: str) -> bool:
    """Whether two words one edit apart differ the way spellings of one name do: a long-vowel
    letter added, dropped or swapped for another ("برزاني" / "بارزاني", "الكيمياوية" /
    "الكيميائية"), the feminine ending added or dropped at the end ("الروسي" / "الروسيه"), or two
    letters of a swap group exchanged ("جوتيريش" / "غوتيريش"). Other edits change a consonant:
    "العثمانيه" / "العمانيه", "الامه" / "الامن". (Normalised words; not for equal words.)"""
    a, b = text_word, alias_word
    if len(a) == len(b):
        i = next((k for k in range(len(a)) if a[k] != b[k]), -1)
        if i < 0:
            return True
        pair = {a[i], b[i]}
        return pair <= _VOWEL_LETTERS or any(pair <= g for g in _SWAP_GROUPS)
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = 0
    while i < len(short) and short[i] == long_[i]:
        i += 1
    letter = long_[i]
    return letter in _VOWEL_LETTERS or (i == len(long_) - 1 and letter in _FINAL_ENDINGS)


# (alias words, entry, the alias's place among the items, exact only)
_FuzzyItem = tuple[tuple[str, ...], DictEntry, int, bool]


class DictionaryMatcher:
    """Aho-Corasick automaton over normalised aliases and their spelling variants.

    ``items``: ``(surface, id, type[, source[, fuzzy]])``; ``fuzzy`` False makes the alias exact
    only (its spelling variants are indexed; the one-edit fallback takes it only with its last
    word in the other gender, :func:`ending_edit`). ``own_words``:
    normalised words that are words of their own, never a misspelt word of a name when the edit
    changes a consonant (:func:`variant_edit`)."""

    def __init__(self, items: Iterable[tuple[Any, ...]], *, min_len: int = 2,
                 fuzzy_sources: tuple[str, ...] = ("kb",), own_words: Collection[str] = frozenset()) -> None:
        table: dict[str, dict[tuple[str, str, str], DictEntry]] = {}
        # first word -> second word (and its one-deletion variants) -> [(words, entry, order, exact)]
        # for the fuzzy fallback on multiword names; order: the alias's place among the items;
        # exact: an exact-only alias (its last word's gender may differ, nothing else)
        self._fuzzy: dict[str, dict[str, list[_FuzzyItem]]] = {}
        self._own_words = own_words
        n_items = 0
        for order, item in enumerate(items):
            surface, ent_id, typ = item[0], item[1], item[2]
            source = item[3] if len(item) > 3 else "kb"
            key = key_form(surface)
            if len(key.replace(" ", "")) < min_len:
                continue
            n_items += 1
            ident = (ent_id, typ, source)
            for variant, kind in _variants(key, typ, source):
                slot = table.get(variant)
                if slot is None:
                    table[variant] = {ident: DictEntry(ent_id, typ, source, key, kind)}
                    continue
                old = slot.get(ident)
                if old is None or _KIND_RANK[kind] < _KIND_RANK[old.kind]:
                    slot[ident] = DictEntry(ent_id, typ, source, key, kind)
            if source not in fuzzy_sources:
                continue
            exact = len(item) > 4 and not item[4]
            words = tuple(key.split(" "))
            if len(words) >= 2 and words[0] not in _PROCLITIC_HEADS and any(len(w) >= FUZZY_MIN_WORD for w in words[1:]):
                # keyed by head word, then by the second word and its one-deletion variants, so
                # a text word is compared only with aliases it can be one edit away from
                by_second = self._fuzzy.setdefault(words[0], {})
                fitem = (words, DictEntry(ent_id, typ, source, key, "fuzzy"), order, exact)
                for k2 in _deletions(words[1]) | {words[1]}:
                    by_second.setdefault(k2, []).append(fitem)
        self.size = n_items
        self._auto = ahocorasick.Automaton()
        add_word, fuzzy = self._auto.add_word, self._fuzzy
        for variant, slot in table.items():
            # stored with what ``candidates`` needs per hit: the entries and their rank, and the
            # same without the article-less variants (valid only after "لل"), None if there are
            # none; and the key as a head word of the fuzzy fallback (None if it is not one)
            head = variant if variant in fuzzy else None
            if len(slot) == 1:      # most keys: one entry (its kind's rank; "" without the article)
                entries = tuple(slot.values())
                kind = entries[0].kind
                add_word(variant, (len(variant), entries, _KIND_RANK[kind],
                                   ((), 3) if kind == NO_ARTICLE else None, head))
                continue
            entries = tuple(slot.values())
            plain = tuple(e for e in entries if e.kind != NO_ARTICLE)
            alt = None if len(plain) == len(entries) else (plain, _best_rank(plain) if plain else 3)
            add_word(variant, (len(variant), entries, _best_rank(entries), alt, head))
        # the fuzzy fallback's head words (first words of multiword names) are keys of the same
        # automaton, with no entries when they are not names themselves: one pass over a text
        # finds both (:meth:`match_with_heads`)
        for h in self._fuzzy:
            if h not in table:
                self._auto.add_word(h, (len(h), (), 3, None, h))
        self._empty = len(table) == 0 and not self._fuzzy
        if not self._empty:
            self._auto.make_automaton()
        self._cand_cache: dict[tuple[str, str], list[_FuzzyItem]] = {}
        self._head_max = {h: max(len(it[0]) for lst in d.values() for it in lst) for h, d in self._fuzzy.items()}
        # per head: the lengths of its second-word keys (a text word whose length and length - 1
        # are both absent is one edit from none of them: no deletions to try)
        self._second_lens = {h: frozenset(map(len, d)) for h, d in self._fuzzy.items()}

    def __len__(self) -> int:
        return self.size

    def candidates(self, norm_text: str, heads: list[tuple[int, str]] | None = None) -> list[DictMatch]:
        """Every boundary-valid match (overlapping), before the longest-match choice.
        ``heads``: a list that gets the (end, head word) of every fuzzy-fallback head word
        that ends at a word end, in text order (what :meth:`fuzzy_match` reads)."""
        if self._empty or not norm_text:
            return []
        text = norm_text.replace("_", " ") if "_" in norm_text else norm_text
        n = len(text)
        out: list[DictMatch] = []
        for last, (klen, entries, rank, plain, head) in self._auto.iter(text):
            end = last + 1
            if end < n and text[end].isalnum():
                continue
            if head is not None:
                if heads is not None:
                    heads.append((end, head))
                if not entries:
                    continue      # a head word only
            start = end - klen
            prefix = ""
            if start > 0 and text[start - 1].isalnum():
                j = start - 1
                while j >= 0 and text[j].isalnum() and start - j <= MAX_PREFIX:
                    j -= 1
                if j >= 0 and text[j].isalnum():
                    continue
                prefix = text[j + 1:start]
                if prefix not in PROCLITIC_SET or klen < MIN_STEM_AFTER_CLITIC:
                    continue
            if not text[start].isalnum():
                continue          # keys never start with punctuation; be safe
            if plain is not None and not prefix.endswith("لل"):
                entries, rank = plain
            if entries:
                out.append(DictMatch(start, end, prefix, entries, False, rank))
        return out

    def match(self, norm_text: str) -> list[DictMatch]:
        """Non-overlapping matches, longest first, in text order."""
        return select_longest(self.candidates(norm_text), len(norm_text), norm_text)

    def match_with_heads(self, norm_text: str) -> tuple[list[DictMatch], list[tuple[int, str]]]:
        """(:meth:`match`, the fuzzy fallback's head words found in the same pass): hand the
        latter to :meth:`fuzzy_match` to spare it a second pass over the text."""
        heads: list[tuple[int, str]] = []
        return select_longest(self.candidates(norm_text, heads), len(norm_text), norm_text), heads

    def _fuzzy_cands(self, head: str, w2: str) -> list[_FuzzyItem]:
        """Aliases starting with ``head`` whose second word may be one edit from ``w2``, in the
        order the aliases were given (cached: the same head and next word recur across documents)."""
        key = (head, w2)
        hit = self._cand_cache.get(key)
        if hit is not None:
            return hit
        if len(self._cand_cache) >= _CAND_CACHE_LIMIT:
            self._cand_cache.clear()
        by_second = self._fuzzy[head]
        seen: set[int] = set()
        cands: list[_FuzzyItem] = []
        lens = self._second_lens[head]
        if len(w2) not in lens and len(w2) - 1 not in lens:
            self._cand_cache[key] = cands
            return cands
        for k2 in _deletions(w2) | {w2}:
            for item in by_second.get(k2, ()):
                if id(item) not in seen:
                    seen.add(id(item))
                    cands.append(item)
        cands.sort(key=_ORDER)    # (the deletions are a set: its order follows the hash seed)
        self._cand_cache[key] = cands
        return cands

    def fuzzy_match(self, norm_text: str, covered: bytearray | None = None,
                    heads: list[tuple[int, str]] | None = None) -> list[DictMatch]:
        """Multiword names with one word misspelt by one edit; never over ``covered`` characters.
        ``heads``: the head words :meth:`match_with_heads` found in this text (else they are
        looked for here)."""
        if not self._fuzzy:
            return []
        text = norm_text.replace("_", " ") if "_" in norm_text else norm_text
        n = len(text)
        if heads is None:
            heads = []
            self.candidates(text, heads)
        out: list[DictMatch] = []
        own_words = self._own_words
        for end, head in heads:
            start = end - len(head)
            if covered is not None and covered[start]:
                continue          # (before the prefix test: a quarter of the heads are covered)
            prefix = ""
            if start > 0 and text[start - 1].isalnum():
                j = start - 1
                while j >= 0 and text[j].isalnum() and start - j <= MAX_PREFIX:
                    j -= 1
                if j >= 0 and text[j].isalnum():
                    continue
                prefix = text[j + 1:start]
                if prefix not in PROCLITIC_SET:
                    continue
            # the words after the head, separated by single spaces only; the second word
            # first: for most heads in a text no alias is one edit away from it
            if end >= n or text[end] != " ":
                continue
            m = _WORD.match(text, end + 1)
            if m is None:
                continue
            w2 = m.group()
            cands = self._fuzzy_cands(head, w2)
            if not cands:
                continue
            following: list[tuple[int, int, str]] = [(m.start(), m.end(), w2)]
            pos = m.end()
            max_k = self._head_max[head]
            while len(following) < max_k - 1 and pos < n and text[pos] == " ":
                m = _WORD.match(text, pos + 1)
                if m is None:
                    break
                following.append((m.start(), m.end(), m.group()))
                pos = m.end()
            for alias_words, entry, _order, exact in cands:
                k = len(alias_words)
                if len(following) < k - 1:
                    continue
                edits = 0
                for j in range(1, k):
                    tw, aw = following[j - 1][2], alias_words[j]
                    if tw == aw:
                        continue
                    if exact:
                        edits += 1 if j == k - 1 and ending_edit(tw, aw) else 2
                    elif len(aw) >= FUZZY_MIN_WORD and edit_distance_le1(tw, aw) \
                            and (tw not in own_words or variant_edit(tw, aw)):
                        edits += 1
                    else:
                        edits = 2
                    if edits > 1:
                        break
                if edits != 1:
                    continue
                me = following[k - 2][1]
                if me < n and text[me].isalnum():
                    continue
                if covered is not None and 1 in covered[start:me]:
                    continue
                out.append(DictMatch(start, me, prefix, (entry,), fuzzy=True))
        return select_longest(_unambiguous(out), n)


_START = attrgetter("start")
_ORDER = itemgetter(2)


def _unambiguous(matches: list[DictMatch]) -> list[DictMatch]:
    """The fuzzy matches less those whose span another entity's alias is one edit from as well
    (the text does not say which name was meant); of one entity's aliases at one span, the
    first-given one stays."""
    ids: dict[tuple[int, int], set[str]] = {}
    for m in matches:
        ids.setdefault((m.start, m.end), set()).add(m.entries[0].id)
    if len(ids) == len(matches):
        return matches
    out: list[DictMatch] = []
    seen: set[tuple[int, int]] = set()
    for m in matches:
        span = (m.start, m.end)
        if len(ids[span]) == 1 and span not in seen:
            seen.add(span)
            out.append(m)
    return out


def select_longest(cands: list[DictMatch], n: int, norm_text: str | None = None) -> list[DictMatch]:
    """Greedy longest-first choice of non-overlapping matches; exact forms win ties, and so does a
    name over a type word with a shorter name of the same length ("بلدة السيدة زينب": "السيدة
    زينب", not the village "السيدة" of a list by its cue form "بلدة السيدة")."""
    def led_by_type_word(m: DictMatch) -> bool:
        return norm_text is not None and norm_text[m.start:m.end].split(" ", 1)[0] in _TYPE_WORD_KEYS

    cands = sorted(cands, key=lambda m: (-(m.end - m.start), led_by_type_word(m), m.rank, m.start))
    occupied = bytearray(n + 1)
    chosen: list[DictMatch] = []
    for m in cands:
        if 1 in occupied[m.start:m.end]:
            continue
        occupied[m.start:m.end] = b"\x01" * (m.end - m.start)
        chosen.append(m)
    chosen.sort(key=_START)
    return chosen
