#!/usr/bin/env python3
"""Evaluate /api/keydates on a dataset in the Timeline17 layout (docs/keydates.md). Python 3 standard library only.

    python3 timeline-service/scripts/tls_eval.py DATASET [--topics H1N1,haiti] [--parser URL] [--timeline URL]
                                                 [--no-ingest] [--json OUT]

DATASET holds <topic>_<outlet>/InputDocs/<YYYY-MM-DD>/<id>.htm.txt (one tokenized sentence per line; the folder is
the publication date) and <topic>_<outlet>/timelines/*.txt (a YYYY-MM-DD line, sentence lines, 32 dashes).

For each topic, every article is detokenized and posted to parser-service with source=<topic>_<outlet> and
publishedAt=<folder date>, and the script waits until timeline-service holds every segment of every article. Then,
for each gold timeline, it asks /api/keydates for the topic's outlets, the days between the timeline's first and last
date (referred to and published), n = the timeline's number of dates and k = its average sentences per date
(rounded), and scores the answer:
  - date F1: predicted days against gold days, exactly;
  - AR-1, AR-2: the alignment-based ROUGE of tilse ("align, date-content costs, many-to-one"; Martschat & Markert
    2017, 2018), re-implemented here: each predicted date is aligned to the gold date of least cost
    (1 - 1/(|days apart| + 1)) * (1 - approximate ROUGE-1 F1 of the two summaries), and the other way round for
    recall; ROUGE n-gram hits of an aligned pair are weighted by 1/(|days apart| + 1); unaligned dates count their
    n-grams with no hits. ROUGE as ROUGE-1.5.5 with stemming and stop words removed: lower-cased, non-alphanumeric
    characters as spaces, stop words dropped, Porter stems.
Scores are averaged as news-tls does: precision and recall averaged over timelines, F1 from the averages.
"""
import argparse
import collections
import datetime
import json
import os
import re
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor

# --- Penn Treebank detokenization ----------------------------------------------------------------------------------

_PTB = [(re.compile(r"-LRB-|-LCB-|-LSB-"), "("), (re.compile(r"-RRB-|-RCB-|-RSB-"), ")")]


def detokenize(line):
    s = line.strip()
    for pattern, repl in _PTB:
        s = pattern.sub(repl, s)
    s = s.replace("\\/", "/").replace("\\*", "*")
    # quote pairs: `` opens, '' closes
    s = re.sub(r"``\s*", '"', s)
    s = re.sub(r"\s*''", '"', s)
    s = re.sub(r"\s+(n't|'s|'re|'ve|'ll|'d|'m)\b", r"\1", s, flags=re.IGNORECASE)
    s = re.sub(r"\(\s+", "(", s)
    s = re.sub(r"\s+\)", ")", s)
    s = re.sub(r"\s+([,.;:?!%])", r"\1", s)
    s = re.sub(r"\$\s+(?=\d)", "$", s)
    s = re.sub(r"\s{2,}", " ", s)
    return s.strip()


def article_text(lines):
    """Sentences as prose: paragraphs of up to four sentences, separated by blank lines."""
    sentences = [detokenize(l) for l in lines if l.strip()]
    paragraphs = [" ".join(sentences[i:i + 4]) for i in range(0, len(sentences), 4)]
    return "\n\n".join(p for p in paragraphs if p)


# --- the dataset ---------------------------------------------------------------------------------------------------

def topics_of(dataset):
    topics = collections.defaultdict(list)
    for name in sorted(os.listdir(dataset)):
        if os.path.isdir(os.path.join(dataset, name, "InputDocs")) and "_" in name:
            topics[name.rsplit("_", 1)[0]].append(name)
    return topics


def articles_of(dataset, collection):
    root = os.path.join(dataset, collection, "InputDocs")
    for day in sorted(os.listdir(root)):
        folder = os.path.join(root, day)
        if not os.path.isdir(folder):
            continue
        for f in sorted(os.listdir(folder)):
            with open(os.path.join(folder, f), encoding="utf-8", errors="replace") as fh:
                text = article_text(fh.read().splitlines())
            if len(text) >= 40:
                yield day, f, text


def timelines_of(dataset, collection):
    root = os.path.join(dataset, collection, "timelines")
    for f in sorted(os.listdir(root)):
        days = collections.OrderedDict()
        with open(os.path.join(root, f), encoding="utf-8", errors="replace") as fh:
            current = None
            for line in fh.read().splitlines():
                line = line.strip()
                if re.fullmatch(r"\d{4}-\d{2}-\d{2}", line):
                    current = datetime.date.fromisoformat(line)
                    days.setdefault(current, [])
                elif line.startswith("----------"):
                    current = None
                elif line and current is not None:
                    days[current].append(line)
        days = {d: s for d, s in days.items() if s}
        if days:
            yield collection + "/" + f, days


# --- the services --------------------------------------------------------------------------------------------------

def http(method, url, body=None, content_type=None, timeout=60):
    req = urllib.request.Request(url, data=body, method=method)
    if content_type:
        req.add_header("Content-Type", content_type)
    with urllib.request.urlopen(req, timeout=timeout) as r:
        return r.status, r.read()


def post_article(parser, source, day, text):
    url = parser + "/api/articles?" + urllib.parse.urlencode({"publishedAt": day, "source": source})
    for attempt in range(5):
        try:
            status, body = http("POST", url, text.encode("utf-8"), "text/plain; charset=utf-8")
            return json.loads(body)["articleId"]
        except urllib.error.HTTPError as e:
            if e.code < 500 and e.code != 429:
                print(f"  refused ({e.code}): {source} {day}: {e.read()[:200]!r}", file=sys.stderr)
                return None
            time.sleep(1 + attempt)
        except OSError:
            time.sleep(1 + attempt)
    return None


def complete(timeline, article_id):
    try:
        _, body = http("GET", timeline + "/api/articles/" + article_id, timeout=30)
        return bool(json.loads(body).get("complete"))
    except (OSError, ValueError):  # URLError, a timeout, a connection reset while the service restarts
        return False


def ingest(parser, timeline, dataset, collections_, wait):
    posted = []
    jobs = [(c, day, text) for c in collections_ for day, _, text in articles_of(dataset, c)]
    with ThreadPoolExecutor(4) as pool:
        ids = list(pool.map(lambda j: post_article(parser, j[0], j[1], j[2]), jobs))
    posted = [i for i in ids if i]
    pending = set(posted)
    deadline = time.time() + wait
    while pending and time.time() < deadline:
        with ThreadPoolExecutor(4) as pool:
            done = [i for i, ok in zip(list(pending), pool.map(lambda i: complete(timeline, i), list(pending))) if ok]
        pending -= set(done)
        if pending:
            print(f"  {len(posted) - len(pending)}/{len(posted)} articles stored", file=sys.stderr)
            time.sleep(5)
    return len(jobs), len(posted), len(pending)


def key_dates(timeline, sources, first, last, n, k):
    query = urllib.parse.urlencode({"source": ",".join(sources), "from": first.isoformat(), "to": last.isoformat(),
                                    "publishedFrom": first.isoformat(), "publishedTo": last.isoformat(),
                                    "n": n, "k": k})
    _, body = http("GET", timeline + "/api/keydates?" + query, timeout=120)
    out = collections.OrderedDict()
    for d in json.loads(body)["dates"]:
        out[datetime.date.fromisoformat(d["date"])] = [s["text"] for s in d["sentences"]]
    return out


# --- ROUGE as ROUGE-1.5.5 -m -s (Porter stems, stop words removed) --------------------------------------------------

STOP = set("""a about above across after afterwards again against all almost alone along already also although always
am among amongst an and another any anyhow anyone anything anyway anywhere are around as at be became because become
becomes been before beforehand behind being below beside besides between beyond both but by can cannot could did do
does doing done down during each either else elsewhere enough etc even ever every everyone everything everywhere
except few for former formerly from further had has have having he hence her here hereafter hereby herein hers
herself him himself his how however i ie if in indeed into is it its itself just last latter least less many may me
meanwhile might more moreover most mostly much must my myself namely neither never nevertheless next no nobody none
noone nor not nothing now nowhere of off often on once one only onto or other others otherwise our ours ourselves out
over own per perhaps rather same seem seemed seeming seems several she should since so some somehow someone something
sometime sometimes somewhere still such than that the their theirs them themselves then thence there thereafter
thereby therefore therein thereupon these they this those though through throughout thru thus to together too toward
towards under until up upon us very via was we well were what whatever when whence whenever where whereafter whereas
whereby wherein whereupon wherever whether which while whither who whoever whole whom whose why will with within
without would yet you your yours yourself yourselves s t""".split())


class Porter:
    """M. F. Porter's stemmer (1980), as ROUGE-1.5.5 applies it."""

    def __init__(self):
        self.cache = {}

    @staticmethod
    def _cons(w, i):
        c = w[i]
        if c in "aeiou":
            return False
        if c == "y":
            return i == 0 or not Porter._cons(w, i - 1)
        return True

    @staticmethod
    def _m(stem):
        forms = "".join("c" if Porter._cons(stem, i) else "v" for i in range(len(stem)))
        return len(re.findall("vc", re.sub(r"(.)\1+", r"\1", forms)))

    @staticmethod
    def _vowel(stem):
        return any(not Porter._cons(stem, i) for i in range(len(stem)))

    @staticmethod
    def _double(w):
        return len(w) >= 2 and w[-1] == w[-2] and Porter._cons(w, len(w) - 1)

    @staticmethod
    def _cvc(w):
        return (len(w) >= 3 and Porter._cons(w, len(w) - 3) and not Porter._cons(w, len(w) - 2)
                and Porter._cons(w, len(w) - 1) and w[-1] not in "wxy")

    def stem(self, w):
        if w in self.cache:
            return self.cache[w]
        out = self._stem(w) if len(w) > 2 else w
        self.cache[w] = out
        return out

    def _stem(self, w):
        m, vowel = self._m, self._vowel
        # 1a
        if w.endswith("sses"):
            w = w[:-2]
        elif w.endswith("ies"):
            w = w[:-2]
        elif w.endswith("ss"):
            pass
        elif w.endswith("s"):
            w = w[:-1]
        # 1b
        again = False
        if w.endswith("eed"):
            if m(w[:-3]) > 0:
                w = w[:-1]
        elif w.endswith("ed") and vowel(w[:-2]):
            w, again = w[:-2], True
        elif w.endswith("ing") and vowel(w[:-3]):
            w, again = w[:-3], True
        if again:
            if w.endswith(("at", "bl", "iz")):
                w += "e"
            elif self._double(w) and w[-1] not in "lsz":
                w = w[:-1]
            elif m(w) == 1 and self._cvc(w):
                w += "e"
        # 1c
        if w.endswith("y") and vowel(w[:-1]):
            w = w[:-1] + "i"
        # 2
        for suf, rep in (("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"),
                         ("bli", "ble"), ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"),
                         ("ization", "ize"), ("ation", "ate"), ("ator", "ate"), ("alism", "al"), ("iveness", "ive"),
                         ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"), ("iviti", "ive"), ("biliti", "ble"),
                         ("logi", "log")):
            if w.endswith(suf):
                if m(w[:-len(suf)]) > 0:
                    w = w[:-len(suf)] + rep
                break
        # 3
        for suf, rep in (("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"),
                         ("ful", ""), ("ness", "")):
            if w.endswith(suf):
                if m(w[:-len(suf)]) > 0:
                    w = w[:-len(suf)] + rep
                break
        # 4
        for suf in ("al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou",
                    "ism", "ate", "iti", "ous", "ive", "ize"):
            if w.endswith(suf):
                stem = w[:-len(suf)]
                if m(stem) > 1 and (suf != "ion" or stem.endswith(("s", "t"))):
                    w = stem
                break
        # 5
        if w.endswith("e"):
            stem = w[:-1]
            if m(stem) > 1 or (m(stem) == 1 and not self._cvc(stem)):
                w = stem
        if m(w) > 1 and self._double(w) and w.endswith("l"):
            w = w[:-1]
        return w


PORTER = Porter()


def rouge_tokens(sentences):
    words = []
    for s in sentences:
        for w in re.sub(r"[^a-z0-9]+", " ", s.lower()).split():
            if w not in STOP:
                words.append(PORTER.stem(w))
    return words


def ngrams(tokens, n):
    return collections.Counter(tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1))


def rouge_counts(pred, ref, n):
    """(hits, predicted n-grams, reference n-grams) of one pair of summaries."""
    p, r = ngrams(rouge_tokens(pred), n), ngrams(rouge_tokens(ref), n)
    hits = sum(min(c, r[g]) for g, c in p.items())
    return hits, sum(p.values()), sum(r.values())


def approx_rouge1(pred, ref):
    """tilse's approximation of ROUGE-1 F1 used in alignment costs: whitespace tokens, no stemming."""
    pc = collections.Counter(w for s in pred for w in tokenize(s))
    rc = collections.Counter(w for s in ref for w in tokenize(s))
    match = sum(min(c, rc[w]) for w, c in pc.items())
    p = match / sum(pc.values()) if pc else 0
    r = match / sum(rc.values()) if rc else 0
    return 0 if p + r == 0 else 2 * p * r / (p + r)


def tokenize(s):
    return re.findall(r"\w+|[^\w\s]", s.lower())


def align_m1(pred, gold, n):
    """Precision and recall of tilse's align_date_content_costs_many_to_one for ROUGE-n."""
    def cost(pd, gd):
        return (1 - 1 / (abs((pd - gd).days) + 1)) * (1 - approx_rouge1(pred[pd], gold[gd]))

    pn = pd_ = rn = rd = 0.0
    for d in pred:  # precision: each predicted date to its cheapest gold date
        if gold:
            g = min(sorted(gold), key=lambda x: cost(d, x))
            hits, p_count, _ = rouge_counts(pred[d], gold[g], n)
            pn += hits / (abs((d - g).days) + 1)
        else:
            p_count = sum(ngrams(rouge_tokens(pred[d]), n).values())
        pd_ += p_count
    for g in gold:  # recall: each gold date to its cheapest predicted date
        if pred:
            d = min(sorted(pred), key=lambda x: cost(x, g))
            hits, _, r_count = rouge_counts(pred[d], gold[g], n)
            rn += hits / (abs((d - g).days) + 1)
        else:
            r_count = sum(ngrams(rouge_tokens(gold[g]), n).values())
        rd += r_count
    return (pn / pd_ if pd_ else 0.0), (rn / rd if rd else 0.0)


def f1(p, r):
    return 0.0 if p + r == 0 else 2 * p * r / (p + r)


def date_pr(pred, gold):
    hit = len(set(pred) & set(gold))
    return (hit / len(pred) if pred else 0.0), (hit / len(gold) if gold else 0.0)


# --- main ----------------------------------------------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dataset")
    ap.add_argument("--topics", help="comma-separated topics (default: all)")
    ap.add_argument("--parser", default="http://127.0.0.1:" + os.environ.get("TARIKH_PARSER_PORT", "8081"))
    ap.add_argument("--timeline", default="http://127.0.0.1:" + os.environ.get("TARIKH_TIMELINE_PORT", "8083"))
    ap.add_argument("--no-ingest", action="store_true", help="the articles are already stored")
    ap.add_argument("--wait", type=int, default=3600, help="seconds to wait for the articles to be stored")
    ap.add_argument("--json", help="write the per-timeline results here")
    args = ap.parse_args()

    topics = topics_of(args.dataset)
    if args.topics:
        topics = {t: c for t, c in topics.items() if t in args.topics.split(",")}
    started = time.time()
    results, per_topic = [], collections.OrderedDict()
    for topic, cols in topics.items():
        t0 = time.time()
        if not args.no_ingest:
            total, posted, pending = ingest(args.parser, args.timeline, args.dataset, cols, args.wait)
            print(f"{topic}: {posted}/{total} articles posted, {posted - pending} stored completely, "
                  f"{time.time() - t0:.0f} s", file=sys.stderr)
        for name, gold in (tl for c in cols for tl in timelines_of(args.dataset, c)):
            first, last = min(gold), max(gold)
            n = len(gold)
            k = max(1, round(sum(len(s) for s in gold.values()) / n))
            q0 = time.time()
            pred = key_dates(args.timeline, cols, first, last, n, k)
            took = time.time() - q0
            dp, dr = date_pr(pred, gold)
            r1p, r1r = align_m1(pred, gold, 1)
            r2p, r2r = align_m1(pred, gold, 2)
            row = {"topic": topic, "timeline": name, "n": n, "k": k, "predicted": len(pred), "query_s": round(took, 3),
                   "date": [dp, dr, f1(dp, dr)], "ar1": [r1p, r1r, f1(r1p, r1r)], "ar2": [r2p, r2r, f1(r2p, r2r)]}
            results.append(row)
            per_topic.setdefault(topic, []).append(row)
            print(f"{name:55s} n={n:3d} k={k} date-F1 {row['date'][2]:.3f}  AR-1 {row['ar1'][2]:.3f}  "
                  f"AR-2 {row['ar2'][2]:.3f}  ({took:.2f} s)")

    def average(rows):
        out = {}
        for m in ("date", "ar1", "ar2"):
            p = sum(r[m][0] for r in rows) / len(rows)
            r_ = sum(r[m][1] for r in rows) / len(rows)
            out[m] = f1(p, r_)
        return out

    for topic, rows in per_topic.items():
        a = average(rows)
        print(f"topic {topic:12s} ({len(rows)} timelines)  date-F1 {a['date']:.3f}  AR-1 {a['ar1']:.3f}  "
              f"AR-2 {a['ar2']:.3f}")
    if results:
        a = average(results)
        print(f"all {len(results)} timelines  date-F1 {a['date']:.3f}  AR-1 {a['ar1']:.3f}  AR-2 {a['ar2']:.3f}  "
              f"in {time.time() - started:.0f} s")
    if args.json:
        with open(args.json, "w") as fh:
            json.dump(results, fh, indent=1)


if __name__ == "__main__":
    main()
