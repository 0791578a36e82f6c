"""Train the BiLSTM-CRF NER experiment (torch, CPU) and export numpy weights.

    python -m rasd.knowledge.ner_neural_train --data /work/shared/data/ner --out /tmp/ner_neural.npz --eval

Same document-level ANERcorp split and entity-level scoring as ner_train (imported, not
re-implemented). Word vectors: word2vec (gensim, skip-gram) over the same unannotated text
as the CRF's word classes (unifiedfc articles, ANS stance sentences, ANERcorp train+dev text;
never the test text), kept frozen. The epoch count is chosen on dev with a model trained on
train; the exported model is then trained on train+dev for that many epochs (``--final``).
torch is needed here only; inference is rasd.knowledge.ner_neural (numpy).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

from rasd.knowledge.ner import TYPES, FeatureExtractor, default_model_dir, extractor_for
from rasd.knowledge.ner_neural import GAZ_LABELS, MAX_CHARS, NeuralTagger, gazetteer_labels, word_inputs
from rasd.knowledge.ner_train import (
    Sentence,
    doc_ids,
    doc_runs,
    format_scores,
    load_splits,
    score,
    split_stats,
    unlabeled_texts,
)

LABELS = ["O"] + [f"{b}-{t}" for t in TYPES for b in "BI"]


# ---- word vectors -------------------------------------------------------------------------
def train_word_vectors(data: Path, sents: list[Sentence], out: Path, dim: int, max_vocab: int) -> None:
    """Skip-gram vectors over the unannotated text (plus ``sents``, the training part's
    text), the ``max_vocab`` most frequent words seen at least 3 times; saved as .npz."""
    from gensim.models import Word2Vec

    texts = unlabeled_texts(data.parent, sents)
    t0 = time.time()
    w2v = Word2Vec(texts, vector_size=dim, window=5, min_count=3, sg=1, negative=5, epochs=5,
                   workers=1, seed=13, max_final_vocab=max_vocab)
    words = list(w2v.wv.index_to_key)
    vec = np.asarray(w2v.wv.vectors, dtype=np.float32)
    vec /= np.linalg.norm(vec, axis=1, keepdims=True) + 1e-9
    np.savez(out, words=np.array(words), vec=vec)
    print(f"word2vec: {len(words)} words, {sum(map(len, texts))} tokens, {time.time() - t0:.0f}s", file=sys.stderr)


# ---- encoding -----------------------------------------------------------------------------
class Encoder:
    """Token -> (word id, stem id, char ids, word-class id, flag ids) with vocabularies built
    from the training sentences (flags, chars, classes) and the word vectors (words)."""

    def __init__(self, fx: FeatureExtractor, words: list[str], sents: list[Sentence]) -> None:
        self.fx = fx
        self.vocab = {w: i + 1 for i, w in enumerate(words)}
        tcount: Counter[str] = Counter()
        chars: Counter[str] = Counter()
        flags: Counter[str] = Counter()
        k2s: Counter[str] = Counter()
        o_count: Counter[str] = Counter()
        name_count: Counter[str] = Counter()
        for toks, labs in sents:
            for t, lab in zip(toks, labs, strict=True):
                n, stem, fl, k2 = word_inputs(fx, t)
                tcount[n] += 1
                chars.update(n[:MAX_CHARS])
                flags.update(fl)
                if k2 is not None:
                    k2s[k2] += 1
                (o_count if lab == "O" else name_count)[stem] += 1
        self.chars = {c: i + 2 for i, c in enumerate(sorted(c for c, k in chars.items() if k >= 2))}
        self.flags = {a: i for i, a in enumerate(sorted(a for a, k in flags.items() if k >= 3))}
        self.k2 = {a: i + 1 for i, a in enumerate(sorted(k2s))}
        # trainable vectors for the training text's words seen twice or more (what the CRF's
        # w= attributes memorise); the frozen word2vec vectors cover the rest
        self.tvocab = {w: i + 1 for i, w in enumerate(sorted(w for w, k in tcount.items() if k >= 2))}
        # ordinary words that are also parts of names ("الدين"): never propagated alone
        self.common = sorted(w for w, k in o_count.items() if name_count[w] and k > name_count[w])

    def token(self, tok: str) -> tuple[int, int, list[int], int, list[int], int]:
        n, stem, fl, k2 = word_inputs(self.fx, tok)
        cs = [self.chars.get(c, 1) for c in n[:MAX_CHARS]] or [1]
        return (self.vocab.get(n, 0), self.vocab.get(stem, 0), cs,
                self.k2.get(k2, 0) if k2 is not None else 0,
                [self.flags[a] for a in fl if a in self.flags], self.tvocab.get(n, 0))

    def sentence(self, toks: list[str]) -> dict[str, np.ndarray]:
        enc = [self.token(t) for t in toks]
        n = len(toks)
        chars = np.zeros((n, MAX_CHARS), dtype=np.int64)
        dense = np.zeros((n, len(self.flags)), dtype=np.float32)
        for i, e in enumerate(enc):
            chars[i, : len(e[2])] = e[2]
            dense[i, e[4]] = 1.0
        res = [word_inputs(self.fx, t) for t in toks]
        heads = [self.fx._word(t)[2] for t in toks]
        gaz = np.zeros((n, len(GAZ_LABELS)), dtype=np.float32)
        gi = {g: i for i, g in enumerate(GAZ_LABELS)}
        for j, g in enumerate(gazetteer_labels(self.fx, [r[0] for r in res], heads)):
            if g is not None and g in gi:
                gaz[j, gi[g]] = 1.0
        return {
            "word": np.array([e[0] for e in enc]), "stem": np.array([e[1] for e in enc]),
            "tword": np.array([e[5] for e in enc]),
            "chars": chars, "k2": np.array([e[3] for e in enc]), "dense": dense, "gaz": gaz,
        }


# ---- model --------------------------------------------------------------------------------
def build_net(emb: np.ndarray, n_chars: int, n_k2: int, n_flags: int, hidden: int, n_tvocab: int = 1,
              char_dim: int = 25, filters: int = 50, width: int = 3, k2_dim: int = 16, dropout: float = 0.5,
              t_dim: int = 50, word_dropout: float = 0.25):
    import torch
    from torch import nn

    class Net(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.register_buffer("emb", torch.tensor(emb))
            self.char_emb = nn.Embedding(n_chars, char_dim, padding_idx=0)
            self.conv = nn.Conv1d(char_dim, filters, width, padding=(width - 1) // 2)
            self.k2_emb = nn.Embedding(n_k2, k2_dim, padding_idx=0)
            self.t_emb = nn.Embedding(n_tvocab, t_dim, padding_idx=0)
            d_in = 2 * emb.shape[1] + t_dim + filters + k2_dim + n_flags + len(GAZ_LABELS)
            self.lstm = nn.LSTM(d_in, hidden, batch_first=True, bidirectional=True)
            self.drop = nn.Dropout(dropout)
            self.out = nn.Linear(2 * hidden, len(LABELS))
            k = len(LABELS)
            self.trans = nn.Parameter(torch.zeros(k, k))
            self.start = nn.Parameter(torch.zeros(k))
            self.end = nn.Parameter(torch.zeros(k))

        def inputs(self, b: dict) -> torch.Tensor:
            bsz, t, length = b["chars"].shape
            ch = self.char_emb(b["chars"].view(-1, length)).transpose(1, 2)   # (N, d, L)
            conv = self.conv(ch)
            lens = (b["chars"].view(-1, length) > 0).sum(1).clamp(min=1)
            mask = torch.arange(length)[None, :] >= lens[:, None]
            conv = conv.masked_fill(mask[:, None, :], float("-inf")).max(dim=2).values.view(bsz, t, -1)
            tw = b["tword"]
            if self.training and word_dropout > 0:   # learn to do without the memorised word
                tw = tw.masked_fill(torch.rand(tw.shape) < word_dropout, 0)
            return torch.cat([self.emb[b["word"]], self.emb[b["stem"]], self.t_emb(tw), conv,
                              self.k2_emb(b["k2"]), b["dense"], b["gaz"]], dim=2)

        def emissions(self, b: dict) -> torch.Tensor:
            x = self.drop(self.inputs(b))
            packed = nn.utils.rnn.pack_padded_sequence(x, b["lens"], batch_first=True, enforce_sorted=False)
            h, _ = self.lstm(packed)
            h, _ = nn.utils.rnn.pad_packed_sequence(h, batch_first=True, total_length=x.shape[1])
            return self.out(self.drop(h))

        def nll(self, b: dict) -> torch.Tensor:
            em = self.emissions(b)
            mask = b["mask"]
            y = b["y"]
            bsz, t, _k = em.shape
            ar = torch.arange(bsz)
            # gold path score
            gold = self.start[y[:, 0]] + em[ar, 0, y[:, 0]]
            for i in range(1, t):
                m = mask[:, i]
                gold = gold + m * (self.trans[y[:, i - 1], y[:, i]] + em[ar, i, y[:, i]])
            last = y[ar, b["lens"] - 1]
            gold = gold + self.end[last]
            # partition function
            alpha = self.start[None, :] + em[:, 0]
            for i in range(1, t):
                nxt = torch.logsumexp(alpha[:, :, None] + self.trans[None], dim=1) + em[:, i]
                alpha = torch.where(mask[:, i, None] > 0, nxt, alpha)
            z = torch.logsumexp(alpha + self.end[None], dim=1)
            return (z - gold).sum()

    return Net()


def to_batch(encoded: list[dict[str, np.ndarray]], labels: list[list[str]] | None = None) -> dict:
    import torch

    lens = [len(e["word"]) for e in encoded]
    t = max(lens)
    bsz = len(encoded)

    def pad(key: str, dtype) -> torch.Tensor:
        first = encoded[0][key]
        arr = np.zeros((bsz, t, *first.shape[1:]), dtype=dtype)
        for i, e in enumerate(encoded):
            arr[i, : len(e[key])] = e[key]
        return torch.from_numpy(arr)

    b = {"word": pad("word", np.int64), "stem": pad("stem", np.int64), "tword": pad("tword", np.int64),
         "chars": pad("chars", np.int64),
         "k2": pad("k2", np.int64), "dense": pad("dense", np.float32), "gaz": pad("gaz", np.float32),
         "lens": torch.tensor(lens)}
    b["mask"] = (torch.arange(t)[None, :] < b["lens"][:, None]).float()
    if labels is not None:
        li = {lab: i for i, lab in enumerate(LABELS)}
        y = np.zeros((bsz, t), dtype=np.int64)
        for i, labs in enumerate(labels):
            y[i, : len(labs)] = [li[x] for x in labs]
        b["y"] = torch.from_numpy(y)
    return b


def export(net, enc: Encoder, words: list[str], out: Path) -> None:
    """Write the numpy weights NeuralTagger reads (float16 word vectors, float32 others)."""
    sd = {k: v.detach().cpu().numpy() for k, v in net.state_dict().items()}
    emb = sd["emb"]
    arrays = {
        "labels": np.array(LABELS),
        "vocab": np.array([""] + words),
        "chars": np.array(["<pad>", "<unk>"] + sorted(enc.chars, key=enc.chars.__getitem__)),
        "flags": np.array(sorted(enc.flags, key=enc.flags.__getitem__), dtype=str).reshape(-1),
        "k2": np.array(["<none>"] + sorted(enc.k2, key=enc.k2.__getitem__)),
        "common": np.array(enc.common, dtype=str).reshape(-1),
        "emb": emb.astype(np.float16),
        "char_emb": sd["char_emb.weight"], "conv_w": sd["conv.weight"], "conv_b": sd["conv.bias"],
        "k2_emb": sd["k2_emb.weight"],
        "tvocab": np.array([""] + sorted(enc.tvocab, key=enc.tvocab.__getitem__)), "t_emb": sd["t_emb.weight"],
        "wih_f": sd["lstm.weight_ih_l0"], "whh_f": sd["lstm.weight_hh_l0"],
        "bih_f": sd["lstm.bias_ih_l0"], "bhh_f": sd["lstm.bias_hh_l0"],
        "wih_b": sd["lstm.weight_ih_l0_reverse"], "whh_b": sd["lstm.weight_hh_l0_reverse"],
        "bih_b": sd["lstm.bias_ih_l0_reverse"], "bhh_b": sd["lstm.bias_hh_l0_reverse"],
        "w_out": sd["out.weight"], "b_out": sd["out.bias"],
        "trans": sd["trans"], "start": sd["start"], "end": sd["end"],
    }
    np.savez_compressed(out, **arrays)


def load_vectors(path: Path) -> tuple[list[str], np.ndarray]:
    with np.load(path) as z:
        words = [str(w) for w in z["words"]]
        vec = z["vec"]
    # row 0: unknown word (zero vector)
    return words, np.concatenate([np.zeros((1, vec.shape[1]), dtype=np.float32), vec]).astype(np.float32)


def fit(sents: list[Sentence], enc: Encoder, emb: np.ndarray, epochs: int, hidden: int, seed: int,
        dev: list[Sentence] | None = None, fx: FeatureExtractor | None = None, words: list[str] | None = None,
        batch: int = 16, lr: float = 2e-3, tmp: Path = Path("/tmp/ner_neural_epoch.npz")):
    """Train; with ``dev``, score every epoch through the numpy tagger (entity micro-F1) and
    return the per-epoch dev scores as well as the net after the last epoch."""
    import torch

    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)
    net = build_net(emb, len(enc.chars) + 2, len(enc.k2) + 1, len(enc.flags), hidden, len(enc.tvocab) + 1)
    opt = torch.optim.Adam([p for p in net.parameters() if p.requires_grad], lr=lr)
    data = [(enc.sentence(toks), labs) for toks, labs in sents]
    # batches of similar lengths (less padding in the CRF loops)
    order = sorted(range(len(data)), key=lambda i: len(data[i][1]))
    chunks = [order[i : i + batch] for i in range(0, len(order), batch)]
    history: list[dict] = []
    for ep in range(epochs):
        net.train()
        t0 = time.process_time()
        total = 0.0
        for ci in rng.permutation(len(chunks)):
            idx = chunks[ci]
            b = to_batch([data[i][0] for i in idx], [data[i][1] for i in idx])
            opt.zero_grad()
            loss = net.nll(b)
            (loss / len(idx)).backward()
            torch.nn.utils.clip_grad_norm_(net.parameters(), 5.0)
            opt.step()
            total += float(loss.detach())
        rec = {"epoch": ep + 1, "loss": round(total / len(data), 4), "cpu_s": round(time.process_time() - t0, 1)}
        if dev is not None and fx is not None and words is not None:
            net.eval()
            export(net, enc, words, tmp)
            tagger = NeuralTagger.load(tmp, fx.clone())
            sc = evaluate(tagger, dev)
            rec["dev_f1"] = sc["tagger"]["micro"]["f1"]
            rec["dev_f1_prop"] = sc["propagated"]["micro"]["f1"]
        history.append(rec)
        print(json.dumps(rec), file=sys.stderr, flush=True)
    net.eval()
    return net, history


def evaluate(tagger: NeuralTagger, sents: list[Sentence]) -> dict[str, dict]:
    """Entity scores of the tagger alone and with propagation per document (ner_train's
    document ids and scorer)."""
    docs = doc_ids(sents)
    plain: list[list[str]] = []
    prop: list[list[str]] = []
    for start, end in doc_runs(docs):
        a, b = tagger.tag_document([toks for toks, _ in sents[start:end]])
        plain += a
        prop += b
    gold = [labs for _, labs in sents]
    return {"tagger": score(gold, plain), "propagated": score(gold, prop)}


# ---- ensemble with the CRF ----------------------------------------------------------------
def crf_scores(crf_path: Path, fx: FeatureExtractor, sents: list[Sentence]):
    """The CRF's emission scores per sentence (in LABELS order) and its transitions."""
    import pycrfsuite

    from rasd.knowledge.ner import NerModel

    tagger = pycrfsuite.Tagger()
    tagger.open(str(crf_path))
    model = NerModel(tagger, fx.clone())
    perm = [model.decoder.index[lab] for lab in LABELS]
    out: list[np.ndarray] = []
    for i in range(0, len(sents), 64):
        em, st, lens = model._emissions(model._lookup([toks for toks, _ in sents[i : i + 64]]))
        out += [em[a : a + n][:, perm] for a, n in zip(st.tolist(), lens.tolist(), strict=True)]
    return out, model.decoder.trans[np.ix_(perm, perm)]


def evaluate_ensemble(tagger: NeuralTagger, sents: list[Sentence], crf_em: list[np.ndarray],
                      crf_trans: np.ndarray, alphas: list[float]) -> dict[float, dict[str, dict]]:
    """Product of experts: LSTM emissions + alpha * CRF emissions, transitions likewise
    (the LSTM's start/end scores), Viterbi; per alpha, scores alone and with propagation."""
    docs = doc_ids(sents)
    lstm_em = []
    for i in range(0, len(sents), 64):
        lstm_em += tagger.emissions([toks for toks, _ in sents[i : i + 64]])
    gold = [labs for _, labs in sents]
    res: dict[float, dict[str, dict]] = {}
    for a in alphas:
        trans = tagger.trans + a * crf_trans
        plain = [tagger.viterbi(e + a * c, trans) for e, c in zip(lstm_em, crf_em, strict=True)]
        prop: list[list[str]] = []
        for start, end in doc_runs(docs):
            prop += tagger.propagate([toks for toks, _ in sents[start:end]], plain[start:end])
        res[a] = {"tagger": score(gold, plain), "propagated": score(gold, prop)}
    return res


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default="../shared/data/ner", type=Path)
    ap.add_argument("--out", default=Path("/tmp/ner_neural.npz"), type=Path)
    ap.add_argument("--vectors", default=Path("/tmp/ner_w2v.npz"), type=Path, help="word vectors (built if missing)")
    ap.add_argument("--dim", type=int, default=100)
    ap.add_argument("--max-vocab", type=int, default=50000)
    ap.add_argument("--hidden", type=int, default=100)
    ap.add_argument("--epochs", type=int, default=20)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--final", action="store_true", help="train on train+dev (no dev scores) for --epochs")
    ap.add_argument("--eval", action="store_true", help="score the model at --out on dev and test")
    ap.add_argument("--json", type=Path)
    ap.add_argument("--crf", type=Path, help="with --eval: also score the ensemble with this CRF")
    ap.add_argument("--alphas", default="0.25,0.5,1,2,4", help="CRF weights tried in the ensemble")
    args = ap.parse_args(argv)

    import torch

    torch.set_num_threads(1)
    splits = load_splits(args.data, "doc")
    print(f"split=doc: {split_stats(splits)}", file=sys.stderr)
    fx = extractor_for(default_model_dir())
    if not args.vectors.exists():
        train_word_vectors(args.data, splits["train"] + splits["dev"], args.vectors, args.dim, args.max_vocab)
    words, emb = load_vectors(args.vectors)
    if not args.eval or not args.out.exists():
        train_sents = splits["train"] + splits["dev"] if args.final else splits["train"]
        enc = Encoder(fx, words, train_sents)
        t0 = time.process_time()
        net, history = fit(train_sents, enc, emb, args.epochs, args.hidden, args.seed,
                           None if args.final else splits["dev"], fx, words)
        export(net, enc, words, args.out)
        print(f"trained in {time.process_time() - t0:.0f} CPU s -> {args.out} "
              f"({args.out.stat().st_size / 1e6:.1f} MB)", file=sys.stderr)
        if args.json:
            args.json.write_text(json.dumps(history, indent=1), encoding="utf-8")
    if args.eval:
        tagger = NeuralTagger.load(args.out, fx.clone())
        for part in ("dev", "test"):
            sc = evaluate(tagger, splits[part])
            print(format_scores(f"BiLSTM-CRF, {part}, tagger alone:", sc["tagger"]) + "\n")
            print(format_scores(f"BiLSTM-CRF, {part}, with document propagation:", sc["propagated"]) + "\n")
            if args.crf:
                em, trans = crf_scores(args.crf, fx, splits[part])
                alphas = [float(x) for x in args.alphas.split(",")]
                for a, r in evaluate_ensemble(tagger, splits[part], em, trans, alphas).items():
                    print(format_scores(f"ensemble alpha={a}, {part}, tagger alone:", r["tagger"]))
                    print(format_scores(f"ensemble alpha={a}, {part}, with propagation:", r["propagated"]) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
