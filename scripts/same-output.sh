#!/usr/bin/env bash
# What a refactor must not change, written by one binary into one folder: every batch the
# dev-set scorers send (phrase suites, seed, ru_news_dev, wikiwars_dev, story, NEREL dev),
# TimeML over TBAQ, and every sample in every output format.
#   scripts/same-output.sh BIN OUT          write OUT
#   scripts/same-output.sh BIN OUT REF      write OUT, then diff it against REF (exit 1 on a difference)
# Make REF once with the binary before the change, then run with REF after every commit.
set -uo pipefail
BIN=$(realpath "$1"); OUT=$2; REF=${3:-}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
EVAL=${EVAL:-/work/shared/eval}
export EVAL
rm -rf "$OUT"; mkdir -p "$OUT/batch" "$OUT/samples"
OUT=$(realpath "$OUT")
# The scorers run the wrapper; it keys each run by its arguments and standard input.
cat > "$OUT/wrap" <<W
#!/usr/bin/env bash
[ "\${@: -1}" = - ] || exec "$BIN" "\$@"   # TBAQ: its TimeML is kept below
in=\$(mktemp); cat > "\$in"
key=\$( (printf '%s\n' "\$@"; cat "\$in") | sha1sum | cut -c1-16)
"$BIN" "\$@" < "\$in" | tee "$OUT/batch/\$key.out"
rm -f "\$in"
W
chmod +x "$OUT/wrap"
# Scores without run times (NEREL's line carries seconds).
KEEP="$OUT/tbaq" "$ROOT/scripts/scores.sh" "$OUT/wrap" 2>/dev/null | sed -E 's/"seconds": [0-9.]+, //g' > "$OUT/scores.txt"
rm -rf "$OUT/tbaq/gold" "$OUT/tbaq/in" "$OUT/wrap"
for f in "$ROOT"/samples/*.txt; do
  n=$(basename "$f" .txt); d="${f%.txt}.dct"
  dct=$([ -f "$d" ] && head -1 "$d" || echo 2025-01-15)
  for fmt in text json jsonl timeline timelinejs ics html timeml; do
    "$BIN" -f $fmt --dct "$dct" "$f" > "$OUT/samples/$n.$fmt" 2>&1
  done
done
for fmt in text timeline ics; do "$BIN" -f $fmt "$ROOT/samples" > "$OUT/samples/ALL.$fmt" 2>&1; done
echo "$(ls "$OUT/batch" | wc -l) batches, $(ls "$OUT/tbaq/sys" | wc -l) TBAQ files, $(ls "$OUT/samples" | wc -l) sample outputs"
if [ -n "$REF" ]; then
  d=$(diff -r -q "$REF" "$OUT")
  if [ -n "$d" ]; then
    echo "$d" | head -20; echo "OUTPUT DIFFERS"; exit 1
  fi
  echo "same output"
fi
