"""Shared by the Python peer adapters: read a JSONL corpus, time a function over it warm,
print one JSON result line. Times are CPU seconds of this process (user + system), which a
busy shared machine disturbs far less than wall time; wall seconds are reported too."""
import json
import os
import sys
import time


def load(path, limit_chars=None):
    docs = []
    total = 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            d = json.loads(line)
            docs.append(d)
            total += len(d["text"])
            if limit_chars and total >= limit_chars:
                break
    return docs


def cpu():
    t = os.times()
    return t.user + t.system


def run(name, path, fn, budget=20.0):
    """Warm up on the first document, then run `fn(doc) -> #timexes` over the corpus until
    it is done or `budget` CPU seconds have passed."""
    docs = load(path)
    fn(docs[0])
    chars = found = n = 0
    c0, w0 = cpu(), time.perf_counter()
    for d in docs:
        found += fn(d)
        chars += len(d["text"])
        n += 1
        if cpu() - c0 > budget:
            break
    secs, wall = cpu() - c0, time.perf_counter() - w0
    print(json.dumps({"peer": name, "corpus": os.path.basename(path), "docs": n, "chars": chars,
                      "cpu_s": round(secs, 4), "wall_s": round(wall, 4), "timexes": found,
                      "chars_per_s": round(chars / secs) if secs else None}))
    sys.stdout.flush()
