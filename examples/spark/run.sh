#!/usr/bin/env bash
# End to end: build letopis, install pyspark and the letopis package into a venv, generate a
# corpus, run the Spark job in local mode both ways (the package inside mapPartitions, the
# binary through RDD.pipe), and check both timelines are the bytes `letopis -f timeline`
# writes for the same corpus on one machine. Not part of CI (it downloads pyspark and starts
# a JVM).
#
#   examples/spark/run.sh            # 2000 generated documents
#   DOCS=20000 examples/spark/run.sh
#   SPARK_VENV=/tmp/venv examples/spark/run.sh   # reuse a venv
# Needs Java 17+ (pyspark 4) and Python 3.9+.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=${WORK:-$(mktemp -d -t letopis-spark.XXXXXX)}
mkdir -p "$WORK"
VENV=${SPARK_VENV:-$WORK/venv}
DOCS=${DOCS:-2000}

cargo build --release --quiet --manifest-path "$ROOT/Cargo.toml"
BIN=${CARGO_TARGET_DIR:-$ROOT/target}/release/letopis
[ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
"$VENV/bin/pip" install --quiet --disable-pip-version-check pyspark "$ROOT/python"
python3 "$ROOT/bench/gen_corpus.py" --docs "$DOCS" > "$WORK/corpus.jsonl"
echo "corpus: $WORK/corpus.jsonl ($(wc -c < "$WORK/corpus.jsonl") bytes, $DOCS documents)" >&2
export PYSPARK_PYTHON="$VENV/bin/python"
time "$VENV/bin/python" "$ROOT/examples/spark/timeline.py" \
    "$WORK/corpus.jsonl" "$WORK/timeline-package.json"
time "$VENV/bin/python" "$ROOT/examples/spark/timeline.py" --letopis "$BIN" \
    "$WORK/corpus.jsonl" "$WORK/timeline-pipe.json"
"$BIN" -f timeline --input-format jsonl "$WORK/corpus.jsonl" > "$WORK/timeline-cli.json" 2>/dev/null
for v in package pipe; do
    if cmp -s "$WORK/timeline-$v.json" "$WORK/timeline-cli.json"; then
        echo "$v: the same bytes as letopis -f timeline on one machine" >&2
    else
        echo "$v: differs from letopis -f timeline ($WORK/timeline-$v.json)" >&2
        exit 1
    fi
done
"$VENV/bin/python" - "$WORK/timeline-package.json" <<'PY'
import json, sys
t = json.load(open(sys.argv[1]))
print(f"{len(t['events'])} events; the three told by most documents:")
for e in sorted(t["events"], key=lambda e: -len(e["sources"]))[:3]:
    print(f"  {e['when']['value']:<12} {e['title'][:60]:<60} {len(e['sources'])} sources")
PY
