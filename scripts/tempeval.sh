#!/usr/bin/env bash
# TempEval-3 task A on TimeML gold: strip the TIMEX3 tags inside <TEXT> (the DCT stays),
# run letopis on each file, score against the gold.
#   scripts/tempeval.sh [GOLD_DIR] [BIN]
set -euo pipefail
GOLD=${1:-/work/shared/eval/dev/tbaq}
BIN=${2:-${CARGO_TARGET_DIR:-target}/release/letopis}
SCORE=${SCORE:-/work/shared/eval/score.py}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/gold" "$WORK/in" "$WORK/sys"
python3 - "$GOLD" "$WORK" <<'PY'
import os, re, sys, shutil
gold, work = sys.argv[1], sys.argv[2]
for root, _, files in os.walk(gold):
    for f in files:
        if not f.endswith(".tml"):
            continue
        src = open(os.path.join(root, f), encoding="utf-8").read()
        shutil.copy(os.path.join(root, f), os.path.join(work, "gold", f))
        a = src.index("<TEXT>") + 6
        b = src.index("</TEXT>")
        body = re.sub(r"</?TIMEX3[^>]*>", "", src[a:b])
        open(os.path.join(work, "in", f), "w", encoding="utf-8").write(src[:a] + body + src[b:])
PY
for f in "$WORK"/in/*.tml; do
  "$BIN" -f timeml --lang en -o "$WORK/sys/$(basename "$f")" "$f" || echo "failed: $f" >&2
done
python3 "$SCORE" timeml "$WORK/gold" "$WORK/sys" "${@:3}"
if [ -n "${KEEP:-}" ]; then rm -rf "$KEEP"; cp -r "$WORK" "$KEEP"; fi
