"""The numpy BiLSTM-CRF tagger (rasd.knowledge.ner_neural): equal to the torch network it is
exported from, and its feature path / decoding on hand-set weights."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from rasd.knowledge.ner import default_model_dir, extractor_for, tokenize
from rasd.knowledge.ner_neural import GAZ_LABELS, NeuralTagger

LABELS = ["O"] + [f"{b}-{t}" for t in ("PERS", "LOC", "ORG", "MISC") for b in "BI"]
SENTENCES = [
    "وقال الرئيس محمد عبد الله في دمشق ان الامم المتحدة سترسل وفدا .",
    "بغداد - ا ف ب : اعلنت وزارة الخارجية العراقية اليوم الاثنين عن زيارة .",
    "و",
    "التقى بان كي مون وزير خارجية فرنسا في أبو ظبي اول امس لبحث الازمة السورية",
]


@pytest.fixture(scope="module")
def fx():
    return extractor_for(default_model_dir())


def _hand_model(fx, hidden: int = 4) -> dict[str, np.ndarray]:
    """A tiny model whose only signal is the gazetteer flag g=LOC: hidden unit 0 of the
    forward LSTM switches on for such a word and the output maps it to B-LOC; transitions
    forbid O -> I-x."""
    e, cd, f, kd, td = 3, 2, 2, 2, 2
    flags = ["g=LOC", "g=PERS", "sh=A", "sh=P"]
    d_in = 2 * e + td + f + kd + len(flags) + len(GAZ_LABELS)
    rng = np.random.default_rng(0)
    arrays: dict[str, np.ndarray] = {
        "labels": np.array(LABELS), "vocab": np.array(["", "في", "دمشق"]),
        "chars": np.array(["<pad>", "<unk>", "ا", "ل"]), "flags": np.array(flags),
        "k2": np.array(["<none>"]), "tvocab": np.array(["", "دمشق"]), "t_emb": np.zeros((2, td), dtype=np.float32),
        "common": np.array(["الدين"]),
        "emb": rng.standard_normal((3, e)).astype(np.float16) * 0.01,
        "char_emb": np.zeros((4, cd), dtype=np.float32), "conv_w": np.zeros((f, cd, 3), dtype=np.float32),
        "conv_b": np.zeros(f, dtype=np.float32), "k2_emb": np.zeros((1, kd), dtype=np.float32),
    }
    g_col = 2 * e + td + f + kd + flags.index("g=LOC")
    for d in "fb":
        wih = np.zeros((4 * hidden, d_in), dtype=np.float32)
        bih = np.zeros(4 * hidden, dtype=np.float32)
        if d == "f":
            # gates i, f, g, o of unit 0: open (and candidate +1) only with g=LOC
            for gate in (0, 2, 3):
                wih[gate * hidden, g_col] = 12.0
                bih[gate * hidden] = -6.0
        arrays[f"wih_{d}"] = wih
        arrays[f"whh_{d}"] = np.zeros((4 * hidden, hidden), dtype=np.float32)
        arrays[f"bih_{d}"] = bih
        arrays[f"bhh_{d}"] = np.zeros(4 * hidden, dtype=np.float32)
    w_out = np.zeros((len(LABELS), 2 * hidden), dtype=np.float32)
    w_out[LABELS.index("B-LOC"), 0] = 10.0
    b_out = np.zeros(len(LABELS), dtype=np.float32)
    b_out[0] = 3.0
    trans = np.zeros((len(LABELS), len(LABELS)))
    for j, lab in enumerate(LABELS):
        if lab.startswith("I-"):
            trans[0, j] = -100.0
    arrays.update(w_out=w_out, b_out=b_out, trans=trans, start=np.zeros(len(LABELS)), end=np.zeros(len(LABELS)))
    return arrays


def test_hand_set_weights_tag_gazetteer_place(fx, tmp_path: Path) -> None:
    np.savez(tmp_path / "m.npz", **_hand_model(fx))
    tagger = NeuralTagger.load(tmp_path / "m.npz", fx.clone())
    toks = tokenize(SENTENCES[0])
    labels = tagger.tag([toks])[0]
    assert [t for t, lab in zip(toks, labels, strict=True) if lab != "O"] == ["دمشق"]
    assert labels[toks.index("دمشق")] == "B-LOC"
    # the same word glued to a preposition is a split-gazetteer hit (gs=), not g=: stays O
    assert tagger.tag([["بدمشق", "اليوم"]])[0] == ["O", "O"]
    # an empty sentence and a batch give the same labels as one sentence at a time
    batch = [tokenize(s) for s in SENTENCES] + [[]]
    got = tagger.tag(batch)
    assert got[-1] == []
    assert got[:-1] == [tagger.tag([s])[0] for s in batch[:-1]]


def test_propagation_tags_recurring_name(fx, tmp_path: Path) -> None:
    np.savez(tmp_path / "m.npz", **_hand_model(fx))
    tagger = NeuralTagger.load(tmp_path / "m.npz", fx.clone())
    doc = [tokenize("وصل الوفد الى دمشق اليوم ."), tokenize("وقالت مصادر من دمشق ان الوفد وصل .")]
    labels = [["O"] * len(doc[0]), ["O"] * len(doc[1])]
    labels[0][3] = "B-LOC"
    out = tagger.propagate(doc, labels)
    assert out[1][doc[1].index("دمشق")] == "B-LOC"


def test_numpy_equals_torch(fx, tmp_path: Path) -> None:
    torch = pytest.importorskip("torch")
    from rasd.knowledge.ner_neural_train import Encoder, build_net, export, to_batch

    torch.manual_seed(0)
    sents = [(tokenize(s), ["O"] * len(tokenize(s))) for s in SENTENCES]
    words = ["في", "دمشق", "قال", "الرئيس", "بغداد", "الامم"]
    emb = np.random.default_rng(1).standard_normal((len(words) + 1, 8)).astype(np.float32)
    emb[0] = 0
    emb = emb.astype(np.float16).astype(np.float32)   # the export stores float16 vectors
    enc = Encoder(fx, words, sents)
    net = build_net(emb, len(enc.chars) + 2, len(enc.k2) + 1, len(enc.flags), hidden=6,
                    n_tvocab=len(enc.tvocab) + 1)
    with torch.no_grad():   # non-zero CRF and gazetteer-label weights too
        for p in net.parameters():
            p.add_(torch.randn_like(p) * 0.3)
    net.eval()
    export(net, enc, words, tmp_path / "m.npz")
    tagger = NeuralTagger.load(tmp_path / "m.npz", fx.clone())
    toks = [t for t, _ in sents]
    with torch.no_grad():
        em_t = net.emissions(to_batch([enc.sentence(t) for t in toks])).numpy()
    em_n = tagger.emissions(toks)
    for i, t in enumerate(toks):
        np.testing.assert_allclose(em_n[i], em_t[i, : len(t)], atol=1e-4)
    # gazetteer-label inputs are exercised ("أبو ظبي" is a multi-word place name)
    assert any(enc.sentence(t)["gaz"].any() for t in toks)
