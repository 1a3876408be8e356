#!/usr/bin/env python3
"""Rebuild the English news NER dev set (docs/eval/ner-en-news.tsv) as a BIO file from a local copy of tls-dev.

The TSV holds stand-off annotations only: for each sampled sentence the article's path under tls-dev, its 1-based
line number, the line's token count (tokens = the stripped line split on single spaces), and its mentions as
TYPE:start:end (0-based token offsets, end exclusive) with the mention text. The article text itself is never in the
project (Timeline17, research use only); this script reads it from --data and checks every line against the TSV
(token count and each mention's text), failing on any mismatch.

  python3 entity-service/scripts/build-ner-news-dev.py                       # -> /tmp/ner-en-news.bio
  python3 entity-service/scripts/build-ner-news-dev.py --data ../shared/data/tls-dev --out /tmp/x.bio
  python3 /work/shared/tools/ner_score.py /tmp/ner-en-news.bio --lang en --url http://127.0.0.1:8082

--sample prints the sampled sentences (the fixed sampling the TSV was made from) as path, line, token count and
the tokens numbered, for annotating; see docs/entities.md, "English news dev set (tls-dev)".

Standard library only.
"""
import argparse, os, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TSV = os.path.join(ROOT, "docs", "eval", "ner-en-news.tsv")
TYPES = ("PER", "ORG", "LOC")

# Sampling: every EVERY-th non-empty article file of each <topic>_<outlet> folder in sorted path order (the 1st, the
# 11th, ...), and in each the first PER_ARTICLE lines of MIN_TOKENS to MAX_TOKENS tokens that are English (hold at
# least two of a few English function words: some pages are Vietnamese or Spanish) and not site furniture.
EVERY, PER_ARTICLE, MIN_TOKENS, MAX_TOKENS = 10, 7, 6, 80
ENGLISH = {"the", "of", "and", "to", "in", "is", "are", "was", "were", "has", "have", "for", "with", "on", "that", "it"}
FURNITURE = re.compile(r"subscribe|click|copyright|\u00a9|rights reserved|via these feeds|non-BBC websites", re.I)


def tokens(line):
    return line.strip().split(" ")


def sample(data):
    out = []
    for folder in sorted(os.listdir(data)):
        docs = os.path.join(data, folder, "InputDocs")
        if not os.path.isdir(docs):
            continue
        files = sorted(os.path.relpath(os.path.join(d, f), data)
                       for d, _, fs in os.walk(docs) for f in fs if f.endswith(".txt"))
        files = [f for f in files if os.path.getsize(os.path.join(data, f)) > 0]
        for f in files[::EVERY]:
            taken = 0
            with open(os.path.join(data, f), encoding="utf-8") as fh:
                for n, line in enumerate(fh, 1):
                    toks = tokens(line)
                    if not MIN_TOKENS <= len(toks) <= MAX_TOKENS or FURNITURE.search(line) \
                            or len(ENGLISH & {t.lower() for t in toks}) < 2:
                        continue
                    out.append((f, n, toks))
                    taken += 1
                    if taken == PER_ARTICLE:
                        break
    return out


def read_tsv(path):
    rows = []
    with open(path, encoding="utf-8") as fh:
        for ln, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#") or line.startswith("path\t"):
                continue
            cols = line.split("\t")
            if len(cols) != 5:
                sys.exit(f"{path}:{ln}: expected 5 tab-separated columns, got {len(cols)}")
            rel, n, count, mentions, texts = cols
            ms = []
            if mentions:
                for m, text in zip(mentions.split(" "), texts.split(" | "), strict=True):
                    typ, s, e = m.split(":")
                    if typ not in TYPES:
                        sys.exit(f"{path}:{ln}: unknown type {typ}")
                    ms.append((typ, int(s), int(e), text))
            elif texts:
                sys.exit(f"{path}:{ln}: mention text without mentions")
            rows.append((ln, rel, int(n), int(count), ms))
    return rows


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "data", "tls-dev"),
                    help="the tls-dev folder (default ../shared/data/tls-dev from the repository root)")
    ap.add_argument("--tsv", default=TSV)
    ap.add_argument("--out", default="/tmp/ner-en-news.bio")
    ap.add_argument("--sample", action="store_true", help="print the sampled sentences with numbered tokens")
    a = ap.parse_args()
    if not os.path.isdir(a.data):
        sys.exit(f"no tls-dev folder at {a.data} (give --data)")
    if a.sample:
        for f, n, toks in sample(a.data):
            print(f"{f}\t{n}\t{len(toks)}\t" + " ".join(f"{i}:{t}" for i, t in enumerate(toks)))
        return
    if os.path.commonpath([os.path.abspath(a.out), ROOT]) == ROOT:
        sys.exit("--out must be outside the repository: the built file holds article text")
    rows = read_tsv(a.tsv)
    cache, errors, sents, counts = {}, [], [], {t: 0 for t in TYPES}
    for ln, rel, n, count, ms in rows:
        path = os.path.join(a.data, rel)
        if path not in cache:
            if not os.path.isfile(path):
                sys.exit(f"{a.tsv}:{ln}: no article {path}")
            with open(path, encoding="utf-8") as fh:
                cache[path] = fh.read().split("\n")
        lines = cache[path]
        if n < 1 or n > len(lines):
            errors.append(f"{a.tsv}:{ln}: {rel} has no line {n}")
            continue
        toks = tokens(lines[n - 1])
        if len(toks) != count:
            errors.append(f"{a.tsv}:{ln}: {rel}:{n} has {len(toks)} tokens, the TSV says {count}")
            continue
        tags = ["O"] * len(toks)
        for typ, s, e, text in ms:
            if not 0 <= s < e <= len(toks) or any(t != "O" for t in tags[s:e]):
                errors.append(f"{a.tsv}:{ln}: span {typ}:{s}:{e} out of range or overlapping")
                continue
            if " ".join(toks[s:e]) != text:
                errors.append(f"{a.tsv}:{ln}: span {typ}:{s}:{e} is {' '.join(toks[s:e])!r}, the TSV says {text!r}")
                continue
            tags[s:e] = [f"B-{typ}"] + [f"I-{typ}"] * (e - s - 1)
            counts[typ] += 1
        sents.append(list(zip(toks, tags)))
    if errors:
        sys.exit("\n".join(errors[:50]) + f"\n{len(errors)} mismatches: is --data the right tls-dev copy?")
    with open(a.out, "w", encoding="utf-8") as fh:
        for s in sents:
            fh.write("".join(f"{t}\t{g}\n" for t, g in s) + "\n")
    print(f"{a.out}: {len(sents)} sentences, {sum(len(s) for s in sents)} tokens, "
          + ", ".join(f"{t} {counts[t]}" for t in TYPES) + f", {sum(counts.values())} names")


if __name__ == "__main__":
    main()
