"""letopis on Spark: pipe a JSONL corpus through the letopis binary in parallel partitions,
then merge the per-document events into one timeline.

    spark-submit timeline.py --letopis /path/to/letopis corpus.jsonl timeline.json
    python timeline.py ...        # pyspark from pip runs the same in local mode

Each partition's lines go to one `letopis -f jsonl --input-format jsonl -j 1 -` process
(`RDD.pipe`), so Spark decides the parallelism; one output line comes back per input line.
Events told by several documents are merged by (normalized title, date value), keeping every
source, like `letopis -f timeline` does on one machine.

On a cluster, ship the binary with `--files /path/to/letopis` and pass `--letopis ./letopis`.
"""
import argparse
import json
import re
import sys

from pyspark.sql import SparkSession


def norm_title(t):
    t = t.lower().replace("ё", "е")
    t = re.sub(r"[^\w\s-]", " ", t)
    return " ".join(t.split())


def events_of(line):
    """(key, event) pairs of one letopis output line; error lines have none."""
    doc = json.loads(line)
    for e in doc.get("events", []):
        w = e["when"]
        key = (norm_title(e["title"]), w["value"], w.get("relation", "at"))
        yield key, {
            "title": e["title"],
            "when": w,
            "location": e.get("location"),
            "sentence": e.get("sentence"),
            "sources": sorted(set(e.get("sources") or [doc["id"]])),
        }


def merge(a, b):
    """Two tellings of one event: the shorter title, every source; deterministic."""
    first, second = sorted([a, b], key=lambda e: (len(e["title"]), e["title"], e["sources"]))
    out = dict(first)
    out["sources"] = sorted(set(a["sources"]) | set(b["sources"]))
    out["location"] = first["location"] or second["location"]
    return out


def sort_key(e):
    w = e["when"]
    # Undated values (no calendar days) go last, as in letopis.
    return (w.get("start") is None, w.get("start") or "", w.get("end") or "", e["title"])


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", help="JSONL batch: one {\"id\", \"text\", ...} per line")
    ap.add_argument("output", help="timeline JSON to write")
    ap.add_argument("--letopis", default="letopis", help="path of the letopis binary")
    ap.add_argument("--partitions", type=int, default=0, help="default: 2 per core")
    ap.add_argument("--master", default="local[*]")
    a = ap.parse_args()

    spark = (SparkSession.builder.master(a.master).appName("letopis-timeline")
             .config("spark.ui.showConsoleProgress", "false").getOrCreate())
    sc = spark.sparkContext
    sc.setLogLevel("ERROR")
    parts = a.partitions or 2 * sc.defaultParallelism
    lines = sc.textFile(a.corpus, minPartitions=parts)
    docs = lines.pipe(f"{a.letopis} -f jsonl --input-format jsonl -j 1 -",
                      env={"LC_ALL": "C.UTF-8"})
    docs.cache()
    n_docs = docs.count()
    n_errors = docs.filter(lambda l: '"error"' in l and "error" in json.loads(l)).count()
    events = docs.flatMap(events_of)
    n_events = events.count()
    merged = events.reduceByKey(merge).values().collect()
    merged.sort(key=sort_key)
    with open(a.output, "w", encoding="utf-8") as f:
        json.dump({"letopis_spark": 1, "documents": n_docs, "events": merged}, f,
                  ensure_ascii=False, indent=1)
    multi = sum(1 for e in merged if len(e["sources"]) > 1)
    print(f"{n_docs} documents ({n_errors} errors), {n_events} events -> {len(merged)} timeline "
          f"events ({multi} told by several documents), {parts} partitions -> {a.output}",
          file=sys.stderr)
    spark.stop()


if __name__ == "__main__":
    main()
