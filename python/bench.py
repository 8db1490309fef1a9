"""letopis from Python against the CLI, dateparser and natasha, on the same texts, in one
Python process.

    pip install ./python dateparser natasha
    python python/bench.py                  # samples + a generated corpus
    python python/bench.py --budget 5       # fewer CPU seconds per peer

Speeds are characters (code points) per CPU second (user + system of this process, or of the
CLI child), start-up excluded, as bench/compare.sh counts them: on a shared machine wall time
is noise. `extract_many` runs with jobs=1 so its figure is per core, like the CLI's `-j 1`;
`extract_many(jobs=None)` is also shown in characters per wall second. Peers that are not
installed are skipped.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
# This script's folder holds the package's source, not the built package: import the installed one.
sys.path = [p for p in sys.path if os.path.abspath(p or os.curdir) != HERE]
import letopis  # noqa: E402


def cpu():
    t = os.times()
    return t.user + t.system


def child_cpu():
    t = os.times()
    return t.children_user + t.children_system


def corpus(args, real):
    cmd = [sys.executable, os.path.join(ROOT, "bench", "gen_corpus.py"), "--docs",
           "200" if real else "300"] + (["--real"] if real else [])
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    return [json.loads(l) for l in out.splitlines() if l.strip()]


def repeated(docs, target_chars):
    chars = sum(len(d["text"]) for d in docs)
    reps = max(1, target_chars // max(1, chars))
    return [d for _ in range(reps) for d in docs]


def time_letopis_many(docs, jobs):
    batch = [{"id": d["id"], "text": d["text"]} for d in docs]
    c0, w0 = cpu(), time.perf_counter()
    n = 0
    for x in letopis.extract_many(batch, jobs=jobs):
        n += len(x.id)
    return cpu() - c0, time.perf_counter() - w0


def time_letopis_one(docs):
    c0 = cpu()
    for d in docs:
        letopis.extract(d["text"], id=d["id"])
    return cpu() - c0


def time_cli(binary, docs):
    """CPU seconds of `letopis -j 1 -f jsonl` over the batch, less a one-document run."""
    with tempfile.TemporaryDirectory() as w:
        one, many = os.path.join(w, "one.jsonl"), os.path.join(w, "many.jsonl")
        with open(one, "w", encoding="utf-8") as f:
            f.write(json.dumps(docs[0], ensure_ascii=False) + "\n")
        with open(many, "w", encoding="utf-8") as f:
            for d in docs:
                f.write(json.dumps(d, ensure_ascii=False) + "\n")

        def run(path):
            c0 = child_cpu()
            subprocess.run([binary, "-j", "1", "-f", "jsonl", "--input-format", "jsonl", path],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
            return child_cpu() - c0

        return run(many) - run(one), len(docs[0]["text"])


def time_peer(fn, docs, budget):
    """Warm up on one document, then run over the corpus until done or `budget` CPU seconds."""
    fn(docs[0]["text"])
    chars = 0
    c0 = cpu()
    for d in docs:
        fn(d["text"])
        chars += len(d["text"])
        if cpu() - c0 > budget:
            break
    return chars, cpu() - c0


def peers():
    out = {}
    try:
        from dateparser.search import search_dates

        # Told the language: its fastest setting (detection is slower still).
        out["dateparser"] = lambda t: search_dates(t, languages=["ru"])
    except ImportError:
        print("dateparser not installed: skipped (pip install dateparser)", file=sys.stderr)
    try:
        from natasha import DatesExtractor, MorphVocab

        ex = DatesExtractor(MorphVocab())
        out["natasha"] = lambda t: list(ex(t))
    except ImportError:
        print("natasha not installed: skipped (pip install natasha)", file=sys.stderr)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--budget", type=float, default=10, help="CPU seconds per peer and corpus")
    ap.add_argument("--chars", type=int, default=10_000_000,
                    help="characters letopis reads per corpus (the corpus is repeated)")
    ap.add_argument("--letopis", default=os.path.join(ROOT, "target", "release", "letopis"),
                    help="the CLI binary to compare with")
    a = ap.parse_args()
    ps = peers()
    rows = []
    for name, real in [("samples", True), ("generated", False)]:
        docs = corpus(a, real)
        big = repeated(docs, a.chars)
        chars = sum(len(d["text"]) for d in big)
        letopis.extract(docs[0]["text"])  # warm: the morphology dictionary loads once
        r = {"corpus": name, "docs": len(big), "chars": chars}
        secs, _ = time_letopis_many(big, 1)
        r["extract_many"] = chars / secs
        secs, wall = time_letopis_many(big, None)
        r["many_all_cores_wall"] = chars / wall
        secs = time_letopis_one(big[: max(1, len(big) // 4)])
        r["extract"] = sum(len(d["text"]) for d in big[: max(1, len(big) // 4)]) / secs
        if os.path.exists(a.letopis):
            secs, first = time_cli(a.letopis, big)
            r["cli"] = (chars - first) / secs
        for p, fn in ps.items():
            c, secs = time_peer(fn, docs, a.budget)
            r[p] = c / secs
        rows.append(r)
        print(json.dumps({k: (round(v) if isinstance(v, float) else v) for k, v in r.items()}),
              file=sys.stderr)

    print("\ncharacters per CPU second (extract_many all cores: per wall second)")
    cols = ["extract_many", "extract", "cli", "many_all_cores_wall", *ps]
    print(f"{'corpus':<10} " + " ".join(f"{c[:16]:>16}" for c in cols))
    for r in rows:
        print(f"{r['corpus']:<10} " + " ".join(
            f"{r[c] / 1e6:>15.2f}M" if c in r else f"{'-':>16}" for c in cols))
    print()
    for r in rows:
        parts = []
        if "cli" in r:
            parts.append(f"extract_many/CLI per core {100 * r['extract_many'] / r['cli']:.0f}%")
            parts.append(f"extract/CLI {100 * r['extract'] / r['cli']:.0f}%")
        for p in ps:
            parts.append(f"extract_many/{p} {r['extract_many'] / r[p]:.0f}x")
            parts.append(f"extract/{p} {r['extract'] / r[p]:.0f}x")
        print(f"{r['corpus']:<10} " + ", ".join(parts))


if __name__ == "__main__":
    main()
