"""letopis itself, as the CLI is used on a batch: -j 1 -f jsonl (events on), CPU time of the
child. The corpus is repeated until the run is long enough to time, and a one-document run
is subtracted so start-up does not count (the same rule as for the peers)."""
import json
import os
import subprocess
import sys
import tempfile
import time

from common import load


def child_cpu():
    r = os.times()
    return r.children_user + r.children_system


def timed(binary, path):
    c0, w0 = child_cpu(), time.perf_counter()
    subprocess.run([binary, "-j", "1", "-f", "jsonl", "--input-format", "jsonl", path],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return child_cpu() - c0, time.perf_counter() - w0


def main():
    binary, corpus = sys.argv[1], sys.argv[2]
    docs = load(corpus)
    lines = [json.dumps(d, ensure_ascii=False) for d in docs]
    chars = sum(len(d["text"]) for d in docs)
    reps = max(1, 20_000_000 // max(1, chars))
    with tempfile.TemporaryDirectory() as w:
        one, many = os.path.join(w, "one.jsonl"), os.path.join(w, "many.jsonl")
        with open(one, "w", encoding="utf-8") as f:
            f.write(lines[0] + "\n")
        with open(many, "w", encoding="utf-8") as f:
            for _ in range(reps):
                f.write("\n".join(lines) + "\n")
        c1, w1 = timed(binary, one)
        c2, w2 = timed(binary, many)
        out = subprocess.run([binary, "-j", "1", "-f", "jsonl", "--input-format", "jsonl", corpus],
                             capture_output=True, text=True).stdout
    found = sum(len(json.loads(l).get("timexes", [])) for l in out.splitlines() if l.strip())
    secs = c2 - c1
    total = chars * reps - len(docs[0]["text"])
    print(json.dumps({"peer": "letopis", "corpus": os.path.basename(corpus), "docs": len(docs) * reps,
                      "chars": total, "cpu_s": round(secs, 4), "wall_s": round(w2 - w1, 4),
                      "timexes": found, "chars_per_s": round(total / secs) if secs > 0 else None}))


if __name__ == "__main__":
    main()
