"""Actor knowledge base: YAML data files of armed groups, state forces, states, organisations,
media and people, with Arabic/English names, aliases and typed links.

Files: the packaged ``rasd/data/kb/*.yaml`` plus user files (``$RASD_KB_DIR`` or
``~/.config/rasd/kb``). A file is a mapping with

- ``source:`` (required) where the facts come from;
- ``entities:`` a list of entries (see ``_FIELDS``);
- ``references:`` a list of ``{phrase, entity}``: a phrase that, in Syrian-war news, refers
  to an existing entity ("النظام" -> Syrian government forces). References are merged into
  that entity's aliases (one mechanism for the matcher); ``KnowledgeBase.generic`` remembers
  which aliases came from references so a linker can weigh them lower. A user file can use
  ``references:`` to add aliases to a packaged entity.
- ``state_bodies:`` ``{countries: [{state, m, en[, except]}], bodies: [{id, type, en, names}]}``: the
  bodies every state has ("وزارة الداخلية {f}", "الجيش {m}"), made for each listed state from its
  nationality adjective (``_state_body_entities``); a form a written entry already has becomes that
  entry's alias instead. ``exact_only: true`` makes every form made so exact only (below).

An entry's ``exact_only:`` lists those of its names the matcher takes as written only, never by its
one-edit fallback (a name one letter from a common word: ``KnowledgeBase.fuzzy_ok``).

Loading is all-or-nothing: any error raises ``KBError`` whose message lists
``path:line: what is wrong`` (first errors first); nothing is half-loaded.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from rasd.data import YAML_LOADER
from rasd.records import Entity
from rasd.text.normalize import normalize

KB_TYPES = ("PERSON", "ARMED_GROUP", "STATE_FORCES", "STATE", "ORGANIZATION", "MEDIA", "FACILITY")
# successor_of: same organisation renamed/rebranded (lineage); part_of: unit of a larger body;
# member_of: a person (or group) belongs to; spokesman_of / leader_of: a person's role;
# ally_of / affiliated_with: declared alliance or allegiance (not lineage);
# operated_by: a facility and the force that runs it.
RELATIONS = (
    "successor_of", "part_of", "member_of", "spokesman_of", "leader_of",
    "ally_of", "affiliated_with", "operated_by",
)
ACLED_INTER = {
    1: "state forces", 2: "rebel groups", 3: "political militias", 4: "identity militias",
    5: "rioters", 6: "protesters", 7: "civilians", 8: "external/other forces",
}
_REQUIRED = ("id", "type", "name_ar", "name_en")
_FIELDS = set(_REQUIRED) | {
    "aliases", "short_forms", "links", "acled_inter", "acled_name", "country", "description", "exact_only",
}
_TOP_KEYS = {"source", "entities", "references", "branches", "state_bodies"}
_ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_COUNTRY_RE = re.compile(r"^[A-Z]{2}$")
MAX_REPORTED_ERRORS = 20

PACKAGED_KB_DIR = Path(__file__).resolve().parent.parent / "data" / "kb"


class KBError(Exception):
    """A knowledge-base file is broken. ``errors`` holds (path, line, message) tuples."""

    def __init__(self, errors: list[tuple[str, int, str]]) -> None:
        self.errors = errors
        shown = [f"{p}:{ln}: {m}" for p, ln, m in errors[:MAX_REPORTED_ERRORS]]
        if len(errors) > MAX_REPORTED_ERRORS:
            shown.append(f"... and {len(errors) - MAX_REPORTED_ERRORS} more errors")
        super().__init__("\n".join(shown))


@dataclass
class KnowledgeBase:
    entities: dict[str, Entity] = field(default_factory=dict)
    short_forms: dict[str, list[str]] = field(default_factory=dict)   # entity_id -> short forms
    inter: dict[str, int] = field(default_factory=dict)               # entity_id -> ACLED inter code
    acled_names: dict[str, str] = field(default_factory=dict)         # entity_id -> ACLED actor name
    generic: dict[str, str] = field(default_factory=dict)             # generic phrase -> entity_id
    sources: dict[str, str] = field(default_factory=dict)             # file -> its `source:` note
    # entity_id -> the normalised names matched as written only (never by the one-edit fallback)
    exact_only: dict[str, set[str]] = field(default_factory=dict)
    _inverse: dict[tuple[str, str], list[str]] = field(default_factory=dict, repr=False)
    _lineage: dict[str, str] = field(default_factory=dict, repr=False)

    def __len__(self) -> int:
        return len(self.entities)

    def aliases(self) -> Iterator[tuple[str, str]]:
        """(surface, entity_id) for name_ar, name_en and every alias (incl. generic references)."""
        for eid, ent in self.entities.items():
            seen: set[str] = set()
            for s in (ent.name_ar, ent.name_en, *ent.aliases):
                if s and s not in seen:
                    seen.add(s)
                    yield s, eid

    def get(self, entity_id: str) -> Entity | None:
        return self.entities.get(entity_id)

    def fuzzy_ok(self, entity_id: str, surface: str) -> bool:
        """Whether this name of the entity may be matched with one letter misspelt (False for an
        ``exact_only`` name: "السلطات اليمنية" is one letter from "السلطات الأمنية")."""
        keys = self.exact_only.get(entity_id)
        return not keys or _key(surface) not in keys

    def related(self, entity_id: str, relation: str) -> list[str]:
        """Targets of ``relation`` from ``entity_id`` (e.g. the group a person is spokesman_of)."""
        ent = self.entities.get(entity_id)
        return list(ent.links.get(relation, [])) if ent else []

    def inverse(self, entity_id: str, relation: str) -> list[str]:
        """Entities whose ``relation`` points at ``entity_id`` (e.g. the spokesmen of a group)."""
        return list(self._inverse.get((entity_id, relation), []))

    def ancestors(self, entity_id: str) -> list[str]:
        """The part_of chain upwards (unit -> division -> army), nearest first."""
        out: list[str] = []
        todo = self.related(entity_id, "part_of")
        while todo:
            nxt = todo.pop(0)
            if nxt not in out and nxt != entity_id:
                out.append(nxt)
                todo.extend(self.related(nxt, "part_of"))
        return out

    def same_lineage(self, a: str, b: str) -> bool:
        """True when a and b are the same organisation under successive names (successor_of chain)."""
        if a == b:
            return a in self.entities
        ra, rb = self._lineage.get(a), self._lineage.get(b)
        return ra is not None and ra == rb

    def lineage(self, entity_id: str) -> list[str]:
        root = self._lineage.get(entity_id)
        return sorted(e for e, r in self._lineage.items() if r == root) if root else []


def _key(surface: str) -> str:
    return " ".join(normalize(surface).split())


# --------------------------------------------------------------------------- paths

def user_kb_dir() -> Path:
    env = os.environ.get("RASD_KB_DIR")
    if env:
        return Path(env).expanduser()
    base = os.environ.get("XDG_CONFIG_HOME") or os.path.join(os.path.expanduser("~"), ".config")
    return Path(base) / "rasd" / "kb"


def default_kb_paths() -> list[Path]:
    """Packaged files first (sorted), then the user's files (sorted)."""
    paths = sorted(PACKAGED_KB_DIR.glob("*.yaml"))
    udir = user_kb_dir()
    if udir.is_dir():
        paths += sorted(list(udir.glob("*.yaml")) + list(udir.glob("*.yml")))
    return paths


def load_kb(extra_paths: Iterable[str | os.PathLike[str]] = ()) -> KnowledgeBase:
    """Packaged + user + ``extra_paths`` files, validated together. Cached on paths and mtimes."""
    return load_kb_files([*default_kb_paths(), *(Path(p) for p in extra_paths)])


def load_kb_files(paths: Iterable[str | os.PathLike[str]]) -> KnowledgeBase:
    """Exactly these files (duplicates by resolved path dropped), validated together."""
    key: list[tuple[str, int, int]] = []
    seen: set[Path] = set()
    for p in paths:
        path = Path(p)
        rp = path.resolve()
        if rp in seen:
            continue
        seen.add(rp)
        try:
            st = path.stat()
            key.append((str(path), st.st_mtime_ns, st.st_size))
        except OSError:
            key.append((str(path), -1, -1))   # reported as unreadable by the loader
    return _load_cached(tuple(key))


@lru_cache(maxsize=16)
def _load_cached(key: tuple[tuple[str, int, int], ...]) -> KnowledgeBase:
    return _Loader().load([Path(k[0]) for k in key])


# --------------------------------------------------------------------------- loader

@dataclass
class _Pending:
    path: str
    line: int
    data: dict[str, Any]
    key_lines: dict[str, int]
    link_lines: dict[str, int]


class _Loader:
    def __init__(self) -> None:
        self.errors: list[tuple[str, int, str]] = []
        self.branches: list[tuple[str, int, str, list[str]]] = []   # path, line, head, branch words
        # path, line, one country, bodies, whether the forms made are exact only
        self.bodies: list[tuple[str, int, dict, list[dict], bool]] = []

    def err(self, path: str, line: int, msg: str) -> None:
        self.errors.append((path, line, msg))

    def load(self, paths: list[Path]) -> KnowledgeBase:
        pending: list[_Pending] = []
        refs: list[tuple[str, int, str, str]] = []   # path, line, phrase, entity id
        sources: dict[str, str] = {}
        for path in paths:
            self._read_file(path, pending, refs, sources)
        kb = self._build(pending, refs)
        if self.errors:
            raise KBError(self.errors)
        kb.sources = sources
        return kb

    # -- one file -------------------------------------------------------------
    def _read_file(self, path: Path, pending: list[_Pending], refs: list, sources: dict[str, str]) -> None:
        p = str(path)
        try:
            st = path.stat()
            root = _compose(p, st.st_mtime_ns, st.st_size)
        except (OSError, UnicodeDecodeError) as e:
            self.err(p, 0, f"cannot read file: {e}")
            return
        except yaml.MarkedYAMLError as e:
            mark = e.problem_mark or e.context_mark
            msg = f"YAML syntax error: {e.problem or e}"
            if e.context and e.context_mark and mark and e.context_mark.line != mark.line:
                msg += f" ({e.context} at line {e.context_mark.line + 1})"
            self.err(p, mark.line + 1 if mark else 0, msg)
            return
        except yaml.YAMLError as e:
            self.err(p, 0, f"YAML error: {e}")
            return
        if root is None or not isinstance(root, yaml.MappingNode):
            self.err(p, 1, "file must be a mapping with `source:` and `entities:` (or `references:`)")
            return
        top: dict[str, yaml.Node] = {}
        for knode, vnode in root.value:
            k = knode.value if isinstance(knode, yaml.ScalarNode) else None
            if k not in _TOP_KEYS:
                self.err(p, knode.start_mark.line + 1, f"unknown top-level key {k!r} (expected one of {sorted(_TOP_KEYS)})")
                continue
            if k in top:
                self.err(p, knode.start_mark.line + 1, f"duplicate top-level key {k!r}")
            top[k] = vnode
        src = top.get("source")
        if src is None:
            self.err(p, 1, "missing `source:` header (say where the facts come from)")
        else:
            val = _construct(src)
            if not isinstance(val, str) or not val.strip():
                self.err(p, src.start_mark.line + 1, "`source:` must be a non-empty string")
            else:
                sources[p] = val.strip()
        ents = top.get("entities")
        if ents is not None and not _is_null(ents):
            if not isinstance(ents, yaml.SequenceNode):
                self.err(p, ents.start_mark.line + 1, "`entities:` must be a list")
            else:
                for item in ents.value:
                    self._read_entry(p, item, pending)
        bnode = top.get("branches")
        if bnode is not None and not _is_null(bnode):
            val = _construct(bnode)
            ok = isinstance(val, list) and all(
                isinstance(b, dict) and set(b) == {"head", "words"} and isinstance(b["head"], str)
                and isinstance(b["words"], list) and all(isinstance(w, str) and w.strip() for w in b["words"])
                for b in val)
            if not ok:
                self.err(p, bnode.start_mark.line + 1, "`branches:` is a list of {head, words: [...]}")
            else:
                for b in val:
                    self.branches.append((p, bnode.start_mark.line + 1, b["head"].strip(),
                                          [w.strip() for w in b["words"]]))
        snode = top.get("state_bodies")
        if snode is not None and not _is_null(snode):
            self._read_state_bodies(p, snode)
        rnode = top.get("references")
        if rnode is not None and not _is_null(rnode):
            if not isinstance(rnode, yaml.SequenceNode):
                self.err(p, rnode.start_mark.line + 1, "`references:` must be a list")
            else:
                for item in rnode.value:
                    line = item.start_mark.line + 1
                    val = _construct(item)
                    if not isinstance(val, dict) or set(val) - {"phrase", "entity", "note"}:
                        self.err(p, line, "a reference is a mapping {phrase, entity[, note]}")
                        continue
                    ph, ent = val.get("phrase"), val.get("entity")
                    if not isinstance(ph, str) or not ph.strip():
                        self.err(p, line, "reference without a `phrase`")
                    elif not isinstance(ent, str) or not ent:
                        self.err(p, line, f"reference {ph!r} without an `entity` id")
                    else:
                        refs.append((p, line, ph.strip(), ent))

    def _read_state_bodies(self, p: str, node: yaml.Node) -> None:
        """``state_bodies: {countries: [{state, m, en}], bodies: [{id, type, en, names}]}``."""
        line = node.start_mark.line + 1
        val = _construct(node)
        countries = val.get("countries") if isinstance(val, dict) else None
        bodies = val.get("bodies") if isinstance(val, dict) else None
        ok = (isinstance(countries, list) and isinstance(bodies, list)
              and all(isinstance(c, dict) and {"state", "m", "en"} <= set(c) for c in countries)
              and all(isinstance(b, dict) and {"id", "type", "en", "names"} <= set(b)
                      and b["type"] in KB_TYPES and isinstance(b["names"], list) and b["names"]
                      for b in bodies)
              and set(val) <= {"countries", "bodies", "exact_only"} and isinstance(val.get("exact_only", False), bool))
        if not ok:
            self.err(p, line, "`state_bodies:` is {countries: [{state, m, en[, except]}], bodies: [{id, type, en, names}]"
                              "[, exact_only: true|false]}")
            return
        exact = bool(val.get("exact_only", False))
        for c in countries:
            m = str(c["m"]).strip()
            if not (m.startswith("ال") and m.endswith("ي")):
                self.err(p, line, f"state_bodies: {m!r} is not a definite masculine nisba (ال...ي)")
                continue
            self.bodies.append((p, line, c, bodies, exact))

    def _state_body_entities(self, kb: KnowledgeBase, refs: list[tuple[str, int, str, str]]) -> list[str]:
        """The bodies every state has, named "<body> <nisba>" ("وزارة الداخلية المصرية", "الجيش
        اللبناني"), made for each listed country (state_bodies.yaml). A form that already names an
        entry of the same type (an entry written by hand) becomes that entry's alias; a form that
        names an entry of another type is left out; a body none of whose forms is taken becomes
        an entity of its own, part_of the state. With ``exact_only``, every form made (an alias
        of a written entry or of a body) is matched as written only."""
        made: list[str] = []
        if not self.bodies:
            return made
        owner: dict[str, str] = {}
        for surface, eid in kb.aliases():
            owner.setdefault(" ".join(normalize(surface).split()), eid)
        for _p, _l, phrase, target in refs:
            if target in kb.entities:
                owner.setdefault(" ".join(normalize(phrase).split()), target)
        for path, line, c, bodies, exact in self.bodies:
            state = kb.entities.get(c["state"])
            if state is None or state.type != "STATE":
                self.err(path, line, f"state_bodies: {c['state']!r} is not a STATE entity")
                continue
            m = str(c["m"]).strip()
            forms = {"m": m, "f": m + "ة", "name": state.name_ar, "en": str(c["en"]).strip()}
            for b in bodies:
                names = [str(n).format(**forms) for n in b["names"]]
                names = [n for n in names if n not in c.get("except", ())]
                keys = [" ".join(normalize(n).split()) for n in names]
                en = str(b["en"]).format(**forms)
                en_key = " ".join(normalize(en).split())
                taken = [owner[k] for k in (*keys, en_key) if k in owner]
                same = [t for t in taken if kb.entities[t].type == b["type"]]
                if same:
                    target = kb.entities[same[0]]
                    for n, k in zip(names, keys, strict=True):
                        if k not in owner:
                            target.aliases.append(n)
                            owner[k] = target.id
                            if exact:
                                kb.exact_only.setdefault(target.id, set()).add(k)
                    continue
                free = [(n, k) for n, k in zip(names, keys, strict=True) if k not in owner]
                if taken or not free:
                    continue          # a form names another kind of entry: leave the body out
                eid = f"{state.id}-{b['id']}"
                if eid in kb.entities:
                    continue
                kb.entities[eid] = Entity(
                    id=eid, type=b["type"], name_ar=free[0][0], name_en=en,
                    aliases=[n for n, _k in free[1:]], links={"part_of": [state.id]},
                    description=f"{en} (a body every state has; state_bodies.yaml).",
                    source=_display_path(path), country=state.country)
                for k in (*(k for _n, k in free), en_key):
                    owner[k] = eid
                if exact:
                    kb.exact_only[eid] = {k for _n, k in free}
                made.append(eid)
        return made

    def _read_entry(self, p: str, node: yaml.Node, pending: list[_Pending]) -> None:
        line = node.start_mark.line + 1
        if not isinstance(node, yaml.MappingNode):
            self.err(p, line, "an entity must be a mapping (id, type, name_ar, name_en, ...)")
            return
        key_lines: dict[str, int] = {}
        link_lines: dict[str, int] = {}
        for knode, vnode in node.value:
            if isinstance(knode, yaml.ScalarNode):
                if knode.value in key_lines:
                    self.err(p, knode.start_mark.line + 1, f"duplicate field {knode.value!r} in one entity")
                key_lines[knode.value] = knode.start_mark.line + 1
                if knode.value == "links" and isinstance(vnode, yaml.MappingNode):
                    for lk, _lv in vnode.value:
                        if isinstance(lk, yaml.ScalarNode):
                            link_lines[lk.value] = lk.start_mark.line + 1
        data = _construct(node)
        if not isinstance(data, dict):
            self.err(p, line, "an entity must be a mapping")
            return
        pending.append(_Pending(p, line, data, key_lines, link_lines))

    # -- whole KB ------------------------------------------------------------
    def _build(self, pending: list[_Pending], refs: list[tuple[str, int, str, str]]) -> KnowledgeBase:
        kb = KnowledgeBase()
        where: dict[str, tuple[str, int]] = {}
        links_todo: list[tuple[_Pending | None, str, dict[str, list[str]]]] = []
        for pe in pending:
            ent = self._validate_entry(pe)
            if ent is None:
                continue
            eid = ent.id
            if eid in where:
                fp, fl = where[eid]
                self.err(pe.path, pe.line, f"duplicate id {eid!r} (first defined at {fp}:{fl})")
                continue
            where[eid] = (pe.path, pe.line)
            kb.entities[eid] = ent
            if pe.data.get("short_forms"):
                kb.short_forms[eid] = list(pe.data["short_forms"])
            if pe.data.get("acled_inter") is not None:
                kb.inter[eid] = pe.data["acled_inter"]
            if pe.data.get("acled_name"):
                kb.acled_names[eid] = pe.data["acled_name"]
            for name in pe.data.get("exact_only") or ():
                if name.strip() not in (ent.name_ar, ent.name_en, *ent.aliases):
                    self.err(pe.path, pe.key_lines.get("exact_only", pe.line),
                             f"entity {eid!r}: exact_only name {name!r} is none of its names")
                else:
                    kb.exact_only.setdefault(eid, set()).add(_key(name))
            links_todo.append((pe, eid, ent.links))

        # the bodies made by rule first: hand-written entries link to them ("egypt-foreign-ministry")
        for eid in self._state_body_entities(kb, refs):
            where[eid] = (kb.entities[eid].source or "state_bodies", 0)
            links_todo.append((None, eid, kb.entities[eid].links))   # (always valid: part_of its state)

        for pe, eid, links in links_todo:
            for rel, targets in links.items():
                for t in targets:
                    if t not in kb.entities:
                        self.err(pe.path, pe.link_lines.get(rel, pe.line),
                                 f"entity {eid!r}: {rel} points to unknown id {t!r}")
                    elif t == eid:
                        self.err(pe.path, pe.link_lines.get(rel, pe.line), f"entity {eid!r}: {rel} points to itself")

        refs = refs + self._branch_references(kb, refs)
        for path, line, phrase, target in refs:
            ent = kb.entities.get(target)
            if ent is None:
                self.err(path, line, f"reference {phrase!r} points to unknown id {target!r}")
                continue
            if phrase not in ent.aliases and phrase not in (ent.name_ar, ent.name_en):
                ent.aliases.append(phrase)
            kb.generic[phrase] = target
            where.setdefault(f"ref:{phrase}", (path, line))

        # One normalised surface form must name one entity; ambiguous forms belong in short_forms.
        owner: dict[str, str] = {}
        for surface, eid in kb.aliases():
            n = " ".join(normalize(surface).split())
            prev = owner.get(n)
            if prev is None:
                owner[n] = eid
            elif prev != eid:
                fp, fl = where.get(f"ref:{surface}", where[eid])
                self.err(fp, fl, f"alias {surface!r} of {eid!r} is already a name of {prev!r} "
                                 f"({where[prev][0]}:{where[prev][1]}); use short_forms for ambiguous forms")

        for _pe, eid, links in links_todo:
            for rel, targets in links.items():
                for t in targets:
                    kb._inverse.setdefault((t, rel), []).append(eid)
        kb._lineage = _lineage_roots(kb)
        return kb

    def _branch_references(self, kb: KnowledgeBase, refs: list[tuple[str, int, str, str]]
                           ) -> list[tuple[str, int, str, str]]:
        """"<branch> <feminine nisba>" phrases for the state forces named "<head> <nisba>"
        (force_branches.yaml): "المدفعية التركية" refers to the entity named "الجيش التركي"."""
        if not self.branches:
            return []
        taken = {" ".join(normalize(s).split()) for s, _ in kb.aliases()}
        taken |= {" ".join(normalize(r[2]).split()) for r in refs}
        heads: dict[str, list[tuple[str, int, list[str]]]] = {}
        for path, line, head, words in self.branches:
            heads.setdefault(head, []).append((path, line, words))
        out: list[tuple[str, int, str, str]] = []
        derived: dict[str, str | None] = {}          # phrase -> entity (None: two states claim it)
        where: dict[str, tuple[str, int]] = {}
        ref_names: dict[str, list[str]] = {}
        for _p, _l, phrase, target in refs:
            ref_names.setdefault(target, []).append(phrase)
        for eid, ent in kb.entities.items():
            if ent.type != "STATE_FORCES" or not ent.country:
                continue
            for surface in [ent.name_ar, *ent.aliases, *ref_names.get(eid, [])]:
                parts = (surface or "").split()
                if len(parts) != 2 or parts[0] not in heads:
                    continue
                adj = parts[1]
                if not (adj.startswith("ال") and adj.endswith("ي") and len(adj) > 4):
                    continue          # "الجيش الحر" is no nationality
                for path, line, words in heads[parts[0]]:
                    for w in words:
                        # also the indefinite form of headlines and timelines ("مقاتلات إسرائيلية تقصف")
                        for phrase in (f"{w} {adj}ة", f"{_indefinite(w)} {adj[2:]}ة"):
                            prev = derived.get(phrase, eid)
                            derived[phrase] = eid if prev == eid else None
                            where[phrase] = (path, line)
        for phrase, eid in derived.items():
            if eid is None or " ".join(normalize(phrase).split()) in taken:
                continue
            out.append((*where[phrase], phrase, eid))
        return out

    def _validate_entry(self, pe: _Pending) -> Entity | None:
        d, p = pe.data, pe.path
        n_err = len(self.errors)

        def at(key: str) -> int:
            return pe.key_lines.get(key, pe.line)

        label = d.get("id") if isinstance(d.get("id"), str) else "?"
        for k in _REQUIRED:
            if d.get(k) in (None, ""):
                self.err(p, pe.line, f"entity {label!r}: missing required field {k!r}")
        for k in d:
            if k not in _FIELDS:
                self.err(p, at(str(k)), f"entity {label!r}: unknown field {k!r} (allowed: {sorted(_FIELDS)})")
        eid = d.get("id")
        if eid is not None and (not isinstance(eid, str) or not _ID_RE.match(eid)):
            self.err(p, at("id"), f"id {eid!r} must be a lowercase slug (a-z, 0-9, -)")
        typ = d.get("type")
        if typ is not None and typ not in KB_TYPES:
            self.err(p, at("type"), f"entity {label!r}: unknown type {typ!r} (allowed: {', '.join(KB_TYPES)})")
        for k in ("name_ar", "name_en", "description", "acled_name"):
            v = d.get(k)
            if v is not None and (not isinstance(v, str) or not v.strip()):
                self.err(p, at(k), f"entity {label!r}: {k} must be a non-empty string")
        for k in ("aliases", "short_forms", "exact_only"):
            v = d.get(k)
            if v is None:
                continue
            if not isinstance(v, list):
                self.err(p, at(k), f"entity {label!r}: {k} must be a list")
                continue
            for a in v:
                if not isinstance(a, str) or not a.strip():
                    self.err(p, at(k), f"entity {label!r}: empty or non-string entry in {k}: {a!r}")
        inter = d.get("acled_inter")
        if inter is not None and (type(inter) is not int or inter not in ACLED_INTER):
            self.err(p, at("acled_inter"), f"entity {label!r}: acled_inter must be 1-8 or null, got {inter!r}")
        country = d.get("country")
        if country is not None and (not isinstance(country, str) or not _COUNTRY_RE.match(country)):
            self.err(p, at("country"), f"entity {label!r}: country must be an ISO-2 code (e.g. SY) or null")
        links: dict[str, list[str]] = {}
        raw_links = d.get("links")
        if raw_links is not None:
            if not isinstance(raw_links, dict):
                self.err(p, at("links"), f"entity {label!r}: links must be a mapping relation -> ids")
            else:
                for rel, targets in raw_links.items():
                    ln = pe.link_lines.get(str(rel), at("links"))
                    if rel not in RELATIONS:
                        self.err(p, ln, f"entity {label!r}: unknown relation {rel!r} (allowed: {', '.join(RELATIONS)})")
                        continue
                    if targets is None:
                        continue
                    if isinstance(targets, str):
                        targets = [targets]
                    if not isinstance(targets, list) or not all(isinstance(t, str) and t for t in targets):
                        self.err(p, ln, f"entity {label!r}: {rel} must be an id or a list of ids")
                        continue
                    if targets:
                        links[rel] = list(dict.fromkeys(targets))
        if len(self.errors) > n_err:
            return None
        aliases = [a.strip() for a in d.get("aliases") or []]
        return Entity(
            id=eid, type=typ, name_ar=d["name_ar"].strip(), name_en=d["name_en"].strip(),
            aliases=list(dict.fromkeys(aliases)), links=links,
            description=(d.get("description") or None), source=f"{_display_path(p)}:{pe.line}",
            country=country,
        )


@lru_cache(maxsize=256)
def _compose(path: str, mtime_ns: int, size: int) -> yaml.Node | None:
    """Parse one file into a node tree (cached per file version; nodes are never mutated)."""
    del mtime_ns, size   # cache key only
    text = Path(path).read_text(encoding="utf-8")
    loader = YAML_LOADER(text)   # libyaml when present; both record node marks (lines)
    try:
        return loader.get_single_node()
    finally:
        loader.dispose()


def _construct(node: yaml.Node) -> Any:
    """Build Python data for one node (safe constructors, no document-level state)."""
    loader = yaml.SafeLoader("")
    try:
        return loader.construct_object(node, deep=True)
    finally:
        loader.dispose()


def _display_path(path: str) -> str:
    """Packaged files as "rasd/data/kb/<name>" (machine-independent), user files as given."""
    try:
        return "rasd/data/kb/" + str(Path(path).resolve().relative_to(PACKAGED_KB_DIR))
    except ValueError:
        return path


def _is_null(node: yaml.Node) -> bool:
    return isinstance(node, yaml.ScalarNode) and node.tag.endswith(":null")


def _lineage_roots(kb: KnowledgeBase) -> dict[str, str]:
    """Union-find over successor_of edges: entity id -> lineage representative."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for eid, ent in kb.entities.items():
        for pred in ent.links.get("successor_of", []):
            ra, rb = find(eid), find(pred)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    return {e: find(e) for e in parent}


def _indefinite(words: str) -> str:
    """"الطائرات الحربية" -> "طائرات حربية": each word without its article."""
    return " ".join(w[2:] if w.startswith("ال") and len(w) > 4 else w for w in words.split())
