#!/usr/bin/env bash
# Every score.py figure the issues ask for, on one binary, one line each.
#   scripts/scores.sh [BIN]     (default: target/release/letopis)
set -uo pipefail
BIN=${1:-${CARGO_TARGET_DIR:-target}/release/letopis}
EVAL=${EVAL:-$(cd "$(dirname "$0")/../.." && pwd)/shared/eval}
S="python3 $EVAL/score.py"
D=$EVAL/dev
j() { python3 -c "$1"; }
$S phrases $D/duckling_ru.jsonl $D/dateparser_ru.jsonl $D/natasha_ru.jsonl $D/duckling_en.jsonl --cmd "$BIN" --json |
  j 'import json,sys; r=json.load(sys.stdin)["suites"]; print("phrases: " + ", ".join("%s %s%%" % (k, v["pct"]) for k, v in r.items()))'
gold() { # name gold texts
  $S gold "$2" --texts "$3" --cmd "$BIN" --json |
    j 'import json,sys; r=json.load(sys.stdin); e=r.get("events",{}); print("'"$1"': strict %s relaxed %s value %s | dated %s%% title %s (on dated %s) precision %s" % (r["strict"]["F1"], r["relaxed"]["F1"], r.get("value_F1", r.get("value",{}).get("F1")), e.get("dated_recall"), e.get("title_F1_mean"), e.get("title_F1_on_dated"), e.get("event_precision")))'
}
gold seed $D/seed_gold.jsonl $EVAL/../seed
gold ru_news_dev $D/ru_news_dev/gold.jsonl $D/ru_news_dev/texts
gold wikiwars_dev $D/wikiwars_dev/gold.jsonl $D/wikiwars_dev/texts
$S story $D/ru_news_dev/gold.jsonl --texts $D/ru_news_dev/texts --cmd "$BIN" --json |
  j 'import json,sys; r=json.load(sys.stdin); print("story: " + json.dumps({k:v for k,v in r.items() if not isinstance(v,(list,dict))}))'
$S nerel $D/nerel_dev.jsonl --cmd "$BIN" --json |
  j 'import json,sys; r=json.load(sys.stdin); print("nerel: " + json.dumps(r)[:600])'
echo -n "tbaq: "; "$(dirname "$0")/tempeval.sh" $D/tbaq "$BIN" 2>/dev/null | grep -iE 'strict|relaxed|value' | tr '\n' ' '; echo
