"""BiLSTM-CRF named-entity tagger, inference in numpy (experiment; see ner_neural_train).

The weights are trained by ``python -m rasd.knowledge.ner_neural_train`` (torch, training
only) and exported to one ``.npz``; this module needs numpy alone. A token's input vector
depends on the token only (frozen word vectors of its normalised and proclitic-stripped
forms, a trained vector for words of the training text, a character CNN over the normalised form, its word-class id and the CRF's gazetteer /
cue / shape attributes), so each distinct token's input projections for both LSTM
directions are computed once and cached; a document then costs the two recurrences, one
output projection and a Viterbi pass, all batched over its sentences. The only
context-dependent input, the multi-word gazetteer label of FeatureExtractor, is added as its
own column of the input projection.

Speed: run with one BLAS thread (OPENBLAS_NUM_THREADS=1 before numpy is imported): the
recurrence is many small matrix products, and a multi-threaded OpenBLAS spends several
times their CPU time spinning its threads.
"""

from __future__ import annotations

from itertools import chain
from pathlib import Path

import numpy as np

from rasd.knowledge.ner import FeatureExtractor, cached_words, propagate_labels
from rasd.text.tokens import strip_proclitics

MAX_CHARS = 20          # characters of a word the char CNN reads (longer words are cut)
DENSE_PREFIXES = ("sh=", "g=", "gs=", "c=", "al", "punct")   # CRF attributes fed as flags
GAZ_LABELS = tuple(f"{b}-{t}" for t in ("LOC", "MISC", "ORG", "PERS") for b in "BI")
_CACHE_LIMIT = 300_000


def word_inputs(fx: FeatureExtractor, tok: str) -> tuple[str, str, list[str], str | None]:
    """(normalised form, proclitic-stripped form, dense flag attributes, word-class id) of a
    token, from the CRF's own feature function (shared by training and inference)."""
    n, base, own, _heads, stem = fx._attrs(tok)
    if stem is None:
        stem = strip_proclitics(n)
    flags = [a for a in chain(base, own) if a.startswith(DENSE_PREFIXES)]
    k2 = next((a[3:] for a in base if a.startswith("k2=")), None)
    return n, stem, flags, k2


def gazetteer_labels(fx: FeatureExtractor, norms: list[str], heads: list[tuple[str, ...]]) -> list[str | None]:
    """Multi-word gazetteer BIO labels of a sentence (FeatureExtractor's own matcher)."""
    if not any(heads):
        return [None] * len(norms)
    return fx._gazetteer_spans(norms, heads)


def _sigmoid(x: np.ndarray) -> np.ndarray:
    # tanh form: no overflow warnings, same value as 1 / (1 + exp(-x))
    return 0.5 * (np.tanh(0.5 * x) + 1.0)


class NeuralTagger:
    """BiLSTM-CRF tagger from an exported ``.npz`` (see ner_neural_train.export)."""

    def __init__(self, arrays: dict[str, np.ndarray], fx: FeatureExtractor) -> None:
        self.fx = fx
        self.labels: list[str] = [str(x) for x in arrays["labels"]]
        self.vocab = {str(w): i for i, w in enumerate(arrays["vocab"])}   # 0: unknown
        self.chars = {str(c): i for i, c in enumerate(arrays["chars"])}   # 0: pad, 1: unknown
        self.flags = {str(a): i for i, a in enumerate(arrays["flags"])}
        self.k2 = {str(a): i for i, a in enumerate(arrays["k2"])}          # 0: none
        self.tvocab = {str(w): i for i, w in enumerate(arrays["tvocab"])}  # 0: unknown
        self.common = frozenset(str(w) for w in arrays["common"])
        f32 = np.float32
        self.emb = arrays["emb"].astype(f32)
        self.char_emb = arrays["char_emb"].astype(f32)
        self.conv_w = arrays["conv_w"].astype(f32)     # (filters, char dim, width)
        self.conv_b = arrays["conv_b"].astype(f32)
        self.k2_emb = arrays["k2_emb"].astype(f32)
        self.t_emb = arrays["t_emb"].astype(f32)
        # input projections: word part (cached per token) and gazetteer-label part
        h = arrays["whh_f"].shape[1]
        self.hidden = h
        n_gaz = len(GAZ_LABELS)
        # gate rows reordered from torch's (i, f, g, o) to (i, f, o, g), and the sigmoid gates'
        # rows halved: one tanh over all gates then gives tanh(x/2) for i, f, o (sigmoid(x) =
        # (tanh(x/2) + 1) / 2) and tanh(x) for g, so each step is a few whole-array operations
        perm = np.concatenate([np.arange(0, 2 * h), np.arange(3 * h, 4 * h), np.arange(2 * h, 3 * h)])
        scale = np.concatenate([np.full(3 * h, 0.5), np.ones(h)]).astype(f32)

        def gates(m: np.ndarray) -> np.ndarray:   # (4H x ...) torch rows -> reordered, scaled
            return (m[perm].T * scale).astype(f32)

        self.wx = [gates(arrays[f"wih_{d}"][:, :-n_gaz]).copy() for d in "fb"]
        self.wg = [np.vstack([gates(arrays[f"wih_{d}"][:, -n_gaz:]), np.zeros((1, 4 * h), dtype=f32)])
                   for d in "fb"]
        self.bx = [gates(arrays[f"bih_{d}"] + arrays[f"bhh_{d}"]) for d in "fb"]
        self.whh = np.stack([gates(arrays[f"whh_{d}"]) for d in "fb"])   # (2, H, 4H)
        self.w_out = arrays["w_out"].T.astype(f32).copy()
        self.b_out = arrays["b_out"].astype(f32)
        self.trans = arrays["trans"].astype(np.float64)
        self.start = arrays["start"].astype(np.float64)
        self.end = arrays["end"].astype(np.float64)
        self.gaz_index = {g: i for i, g in enumerate(GAZ_LABELS)}
        # per distinct token: (row in _pre, normalised form, stripped form, gazetteer heads)
        self._words: dict[str, tuple[int, str, str, tuple[str, ...]]] = {}
        self._pre = np.zeros((1024, 8 * h), dtype=f32)   # both directions' input projections

    @classmethod
    def load(cls, path: str | Path, fx: FeatureExtractor) -> NeuralTagger:
        with np.load(path, allow_pickle=False) as z:
            return cls({k: z[k] for k in z.files}, fx)

    # ---- per-token inputs -------------------------------------------------------------
    def word_matrix(self, toks: list[str]) -> np.ndarray:
        """Input vectors (tokens x input size, without the gazetteer-label part)."""
        n_tok = len(toks)
        vocab, chars, flags, k2i = self.vocab, self.chars, self.flags, self.k2
        wid = np.zeros(n_tok, dtype=np.intp)
        sid = np.zeros(n_tok, dtype=np.intp)
        kid = np.zeros(n_tok, dtype=np.intp)
        tid = np.zeros(n_tok, dtype=np.intp)
        cid = np.zeros((n_tok, MAX_CHARS), dtype=np.intp)
        dense = np.zeros((n_tok, len(flags)), dtype=np.float32)
        for i, tok in enumerate(toks):
            n, stem, fl, k2 = word_inputs(self.fx, tok)
            wid[i] = vocab.get(n, 0)
            sid[i] = vocab.get(stem, 0)
            tid[i] = self.tvocab.get(n, 0)
            kid[i] = k2i.get(k2, 0) if k2 is not None else 0
            cs = [chars.get(c, 1) for c in n[:MAX_CHARS]] or [1]
            cid[i, : len(cs)] = cs
            for a in fl:
                j = flags.get(a)
                if j is not None:
                    dense[i, j] = 1.0
        parts = [self.emb[wid], self.emb[sid], self.t_emb[tid], self._char_cnn(cid), self.k2_emb[kid], dense]
        return np.concatenate(parts, axis=1)

    def _char_cnn(self, cid: np.ndarray) -> np.ndarray:
        """Max over positions of a width-w convolution (zero padding (w-1)/2 on each side,
        as torch's Conv1d with padding) over the character embeddings; pad positions past
        the word's end are masked out of the max."""
        f, _d, w = self.conv_w.shape
        x = self.char_emb[cid]                      # (N, L, d); the pad char's row is zero
        p = (w - 1) // 2
        xp = np.pad(x, ((0, 0), (p, p), (0, 0)))
        n, length, _ = x.shape
        out = np.broadcast_to(self.conv_b, (n, length, f)).copy()
        for j in range(w):
            out += xp[:, j : j + length] @ self.conv_w[:, :, j].T
        lens = np.maximum((cid > 0).sum(axis=1), 1)
        out[np.arange(length)[None, :] >= lens[:, None]] = -np.inf
        return out.max(axis=1)

    def _add_words(self, toks: list[str]) -> None:
        words = self._words
        row = len(words)
        need = row + len(toks)
        if need > len(self._pre):
            size = len(self._pre)
            while size < need:
                size *= 2
            grown = np.zeros((size, self._pre.shape[1]), dtype=np.float32)
            grown[:row] = self._pre[:row]
            self._pre = grown
        for c in range(0, len(toks), 1024):
            chunk = toks[c : c + 1024]
            x = self.word_matrix(chunk)
            h4 = 4 * self.hidden
            pre = self._pre[row + c : row + c + len(chunk)]
            pre[:, :h4] = x @ self.wx[0] + self.bx[0]
            pre[:, h4:] = x @ self.wx[1] + self.bx[1]
        attrs = self.fx._attrs
        for tok in toks:
            n, _b, _o, heads, stem = attrs(tok)
            words[tok] = (row, n, stem if stem is not None else strip_proclitics(n), heads)
            row += 1

    def _lookup(self, sentences: list[list[str]]) -> list[list[tuple[int, str, str, tuple[str, ...]]]]:
        return cached_words(self._words, sentences, self._add_words)

    # ---- network ----------------------------------------------------------------------
    def emissions(self, sentences: list[list[str]]) -> list[np.ndarray]:
        """Label scores (tokens x labels) of each sentence, before the CRF."""
        words = self._lookup(sentences)
        lens = np.array([len(s) for s in sentences])
        out: list[np.ndarray] = [np.zeros((0, len(self.labels)))] * len(sentences)
        for group in self._groups(lens):
            em = self._group_emissions(words, group, lens)
            for k, i in enumerate(group.tolist()):
                out[i] = em[k, : lens[i]].astype(np.float64)
        return out

    @staticmethod
    def _groups(lens: np.ndarray) -> list[np.ndarray]:
        """Non-empty sentences, longest first, in groups of similar length (NerModel's)."""
        from rasd.knowledge.ner import NerModel

        return NerModel._groups(lens, [i for i, n in enumerate(lens.tolist()) if n])

    def _group_emissions(self, words: list[list[tuple[int, str, str, tuple[str, ...]]]],
                         group: np.ndarray, lens: np.ndarray) -> np.ndarray:
        """(S x longest x K) label scores of a group of sentences sorted longest first; rows
        past a sentence's end are padding (never read)."""
        ln = lens[group]
        s, longest = len(group), int(ln[0])
        h4 = 4 * self.hidden
        rows = np.zeros((s, longest), dtype=np.intp)
        n_gaz = len(GAZ_LABELS)
        gidx = np.full((s, longest), n_gaz, dtype=np.intp)   # n_gaz: no label (zero row)
        any_gaz = False
        gaz_index = self.gaz_index
        for k, i in enumerate(group.tolist()):
            ws = words[i]
            rows[k, : len(ws)] = [w[0] for w in ws]
            heads = [w[3] for w in ws]
            if any(heads):
                for j, g in enumerate(gazetteer_labels(self.fx, [w[1] for w in ws], heads)):
                    if g is not None and g in gaz_index:
                        gidx[k, j] = gaz_index[g]
                        any_gaz = True
        # backward direction: each sentence read from its own end (positions past the end
        # keep their index; the recurrence never reads them)
        t_idx = np.arange(longest)[None, :]
        rev = np.where(t_idx < ln[:, None], ln[:, None] - 1 - t_idx, t_idx)
        rows_b = np.take_along_axis(rows, rev, axis=1)
        x = np.empty((2, s, longest, h4), dtype=np.float32)
        x[0] = self._pre[rows, :h4]
        x[1] = self._pre[rows_b, h4:]
        if any_gaz:
            x[0] += self.wg[0][gidx]
            x[1] += self.wg[1][np.take_along_axis(gidx, rev, axis=1)]
        hf, hb = self._run(x, ln, self.whh)
        h = self.hidden
        em_b = hb @ self.w_out[h:]
        em = hf @ self.w_out[:h] + self.b_out
        em += np.take_along_axis(em_b, rev[:, :, None], axis=1)
        return em

    def _viterbi_group(self, em: np.ndarray, ln: np.ndarray) -> list[list[str]]:
        """Best label sequences of a group (S x T x K scores, lengths descending)."""
        s, t_max, k = em.shape
        em = em.astype(np.float64)
        trans = self.trans
        delta = self.start + em[:, 0]
        back = np.zeros((t_max, s, k), dtype=np.intp)
        final = np.empty((s, k))
        lens = ln.tolist()
        active = s
        for t in range(1, t_max):
            while lens[active - 1] <= t:
                active -= 1
                final[active] = delta[active]
            cand = delta[:active, :, None] + trans       # (a, from, to)
            bk = cand.argmax(axis=1)
            back[t, :active] = bk
            delta[:active] = cand.max(axis=1) + em[:active, t]
        final[:active] = delta[:active]
        cur = (final + self.end).argmax(axis=1)
        path = np.zeros((s, t_max), dtype=np.intp)
        active = 0
        # a sentence's last label is set at its last position, then followed back; going
        # back, the live sentences (length > t) are a growing prefix
        for t in range(t_max - 1, -1, -1):
            while active < s and lens[active] > t:
                active += 1
            c = cur[:active]
            path[:active, t] = c
            if t > 0:
                cur[:active] = back[t, np.arange(active), c]
        labels = self.labels
        return [[labels[j] for j in path[i, : lens[i]].tolist()] for i in range(s)]

    @staticmethod
    def _run(x: np.ndarray, lens: np.ndarray, whh: np.ndarray) -> np.ndarray:
        """Both LSTM directions at once over (2 x S x T x 4H) input projections (gates in
        the order and scale set up in __init__), sentences sorted longest first: the live
        ones are a prefix. Returns (2 x S x T x H) hidden states."""
        _two, s, t_max, h4 = x.shape
        h = h4 // 4
        h2, h3 = 2 * h, 3 * h
        hs = np.zeros((2, s, t_max, h), dtype=np.float32)
        hid = np.zeros((2, s, h), dtype=np.float32)
        cell = np.zeros((2, s, h), dtype=np.float32)
        buf = np.empty((2, s, h4), dtype=np.float32)
        ln = lens.tolist()
        active = s
        tanh, mul, matmul = np.tanh, np.multiply, np.matmul
        for t in range(t_max):
            while ln[active - 1] <= t:
                active -= 1
            hd, cl = hid[:, :active], cell[:, :active]
            g = buf[:, :active]
            # one BLAS call per direction (a stacked matmul of these strided views is slower)
            matmul(hd[0], whh[0], out=g[0])
            matmul(hd[1], whh[1], out=g[1])
            g += x[:, :active, t]
            tanh(g, out=g)
            sg = g[:, :, :h3]
            sg *= 0.5
            sg += 0.5
            cl *= g[:, :, h:h2]
            cl += g[:, :, :h] * g[:, :, h3:]
            mul(g[:, :, h2:h3], tanh(cl), out=hd)
            hs[:, :active, t] = hd
        return hs

    def viterbi(self, em: np.ndarray, trans: np.ndarray | None = None,
                start: np.ndarray | None = None, end: np.ndarray | None = None) -> list[str]:
        trans = self.trans if trans is None else trans
        start = self.start if start is None else start
        end = self.end if end is None else end
        n = len(em)
        if n == 0:
            return []
        delta = start + em[0]
        back = np.zeros((n, em.shape[1]), dtype=np.intp)
        for t in range(1, n):
            cand = delta[:, None] + trans
            back[t] = cand.argmax(axis=0)
            delta = cand.max(axis=0) + em[t]
        best = [int((delta + end).argmax())]
        for t in range(n - 1, 0, -1):
            best.append(int(back[t, best[-1]]))
        labels = self.labels
        return [labels[i] for i in reversed(best)]

    def tag(self, sentences: list[list[str]]) -> list[list[str]]:
        words = self._lookup(sentences)
        lens = np.array([len(s) for s in sentences])
        out: list[list[str]] = [[] for _ in sentences]
        for group in self._groups(lens):
            em = self._group_emissions(words, group, lens)
            for i, labs in zip(group.tolist(), self._viterbi_group(em, lens[group]), strict=True):
                out[i] = labs
        return out

    def propagate(self, sentences: list[list[str]], labels: list[list[str]]) -> list[list[str]]:
        """rasd's one-sense-per-document propagation (ner.propagate_labels); the words never
        propagated alone are those the training data labels O more often than a name."""
        words = self._lookup(sentences)
        norms = [[w[1] for w in ws] for ws in words]
        stripped = [[w[2] for w in ws] for ws in words]
        return propagate_labels(norms, labels, self.fx.cues, stripped, self.common)

    def tag_document(self, sentences: list[list[str]]) -> tuple[list[list[str]], list[list[str]]]:
        """(tagger labels, labels after propagation) for one document's sentences."""
        labels = self.tag(sentences)
        return labels, self.propagate(sentences, labels)
