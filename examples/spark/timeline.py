"""letopis on Spark: extract a JSONL corpus in parallel partitions, then merge one timeline.

    spark-submit timeline.py corpus.jsonl timeline.json                    # the package
    spark-submit timeline.py --letopis /path/to/letopis corpus.jsonl out   # the binary
    python timeline.py ...        # pyspark from pip runs the same in local mode

Two ways to extract, one way to merge:
- with the Python package (default): each partition reads its lines with
  `letopis.extract_many(jobs=1)` inside `mapPartitions`; no subprocess.
- with `--letopis BIN`: `RDD.pipe` sends each partition's lines through one
  `letopis -f jsonl --input-format jsonl -j 1 -` process and reads its output lines back with
  `letopis.Extraction.from_jsonl`.
Either way Spark decides the parallelism, each partition becomes a partial timeline
(`letopis.timeline`), and the partial timelines are merged pairwise by `letopis.timeline`
again, in whatever grouping `treeReduce` picks. The merge is letopis's own and does not depend
on the grouping, so the output is the same bytes as
`letopis -f timeline --input-format jsonl corpus.jsonl` on one machine.

On a cluster, install the package on every executor (`pip install ./python`, or its wheel);
for the pipe, also ship the binary with `--files /path/to/letopis` and pass `--letopis ./letopis`.
"""
import argparse
import json
import sys

from pyspark.sql import SparkSession


def _partial(results):
    """(partial timeline, documents, errors) of one partition's results, which are
    Extractions or error messages; a bad document never stops the others, as in the CLI."""
    import letopis

    xs, errors = [], []
    for r in results:
        (errors if isinstance(r, str) else xs).append(r)
    yield letopis.timeline(xs), len(xs), errors


def extract_partition(lines):
    """The package inside mapPartitions."""
    import letopis

    it = letopis.extract_many((json.loads(line) for line in lines if line.strip()), jobs=1)

    def results():
        while True:
            try:
                yield next(it)
            except StopIteration:
                return
            except ValueError as e:
                yield str(e)

    return _partial(results())


def read_partition(out_lines):
    """The binary's output lines: documents, or {"id", "error"} for a bad input."""
    import letopis

    def results():
        for line in out_lines:
            d = json.loads(line)
            if "error" in d and "events" not in d:
                yield f"{d.get('id')}: {d['error']}"
            else:
                yield letopis.Extraction.from_jsonl(line)

    return _partial(results())


def merge(a, b):
    import letopis

    return letopis.timeline([a[0], b[0]]), a[1] + b[1], a[2] + b[2]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", help="JSONL batch: one {\"id\", \"text\", ...} per line")
    ap.add_argument("output", help="timeline JSON to write (as letopis -f timeline)")
    ap.add_argument("--letopis", help="extract with this letopis binary through RDD.pipe "
                    "instead of the Python package")
    ap.add_argument("--partitions", type=int, default=0, help="default: 2 per core")
    ap.add_argument("--master", default="local[*]")
    a = ap.parse_args()

    spark = (SparkSession.builder.master(a.master).appName("letopis-timeline")
             .config("spark.ui.showConsoleProgress", "false").getOrCreate())
    sc = spark.sparkContext
    sc.setLogLevel("ERROR")
    parts = a.partitions or 2 * sc.defaultParallelism
    lines = sc.textFile(a.corpus, minPartitions=parts)
    if a.letopis:
        partials = lines.pipe(f"{a.letopis} -f jsonl --input-format jsonl -j 1 -",
                              env={"LC_ALL": "C.UTF-8"}).mapPartitions(read_partition)
    else:
        partials = lines.mapPartitions(extract_partition)
    timeline, n_docs, errors = partials.treeReduce(merge)
    with open(a.output, "w", encoding="utf-8") as f:
        f.write(timeline.to_json())
    for e in errors[:5]:
        print(f"letopis: {e}", file=sys.stderr)
    multi = sum(1 for e in timeline.events if len(e.sources) > 1)
    how = "letopis binary via RDD.pipe" if a.letopis else "letopis package in mapPartitions"
    print(f"{how}: {n_docs} documents ({len(errors)} errors) -> {len(timeline)} timeline events "
          f"({multi} told by several documents), {parts} partitions -> {a.output}",
          file=sys.stderr)
    spark.stop()


if __name__ == "__main__":
    main()
