#!/usr/bin/env bash
# Real clients read letopis' calendar, TimelineJS JSON and HTML page:
#   icalendar + vobject (Python), ical.js (Thunderbird's parser, npm), calcurse -i,
#   khal import/list (twice: no duplicates), TimelineJS from npm rendered in headless
#   chromium, our HTML page in chromium; the layout is read from the DOM (no overlapping
#   labels, TimelineJS story taller than its navigation, no file paths shown);
#   and the same bytes from two runs. Installs what it needs (CI runs as root on Debian).
# Inputs: every file in samples/ alone, the whole samples/ folder as one story ("all"),
# folders named in LETOPIS_VALIDATE_FOLDERS ("dir1", …), a
# generated article of ~1,000 dated facts ("many", html only), and the writer fixtures of
# tests/export_ics.rs (every date kind, escaping torture). Screenshots land in $OUT.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HERE="$ROOT/tests/validate"
OUT=${LETOPIS_VALIDATE_DIR:-$(mktemp -d /tmp/letopis-validate.XXXXXX)}
CACHE=${LETOPIS_VALIDATE_CACHE:-/tmp/letopis-validate-cache}
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
mkdir -p "$OUT" "$CACHE"
say() { printf '\n== %s\n' "$*"; }
fail() { printf 'FAIL: %s\n' "$*" >&2; exit 1; }

say "installing clients"
missing=()
command -v calcurse >/dev/null || missing+=(calcurse)
command -v khal >/dev/null || missing+=(khal)
command -v chromium >/dev/null || missing+=(chromium)
if ((${#missing[@]})); then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" fonts-dejavu-core >/dev/null
fi
python3 -c 'import icalendar, vobject' 2>/dev/null || python3 -m pip install -q icalendar vobject
TLJS="$CACHE/npm/node_modules/@knight-lab/timelinejs/dist"
if [ ! -f "$TLJS/js/timeline.js" ] || [ ! -d "$CACHE/npm/node_modules/ical.js" ]; then
    mkdir -p "$CACHE/npm"
    (cd "$CACHE/npm" && { [ -f package.json ] || npm init -y >/dev/null; } &&
        npm install --no-audit --no-fund --silent @knight-lab/timelinejs ical.js >/dev/null)
fi
export NODE_PATH="$CACHE/npm/node_modules"

say "building letopis and the fixtures"
(cd "$ROOT" && cargo build --release --quiet --bin letopis)
BIN="$TARGET/release/letopis"
(cd "$ROOT" && LETOPIS_VALIDATE_OUT="$OUT" cargo test --release --quiet --test export_ics write_validation_fixtures >/dev/null)
# DTSTAMP must not depend on the machine's clock: pin it as reproducible builds do.
export SOURCE_DATE_EPOCH=1733443200
names=(fixture)
# Every format of one input (a file or a folder) as $OUT/NAME.EXT, its stderr beside it.
render() {
    local n=$1 input=$2 fmt ext
    for fmt in ics timelinejs html timeline; do
        ext=$fmt; [ "$fmt" = timelinejs ] && ext=timelinejs.json; [ "$fmt" = timeline ] && ext=timeline.json
        "$BIN" -f "$fmt" -o "$OUT/$n.$ext" "$input" 2>"$OUT/$n.$ext.stderr"
    done
}
for f in "$ROOT"/samples/*.txt; do
    [ -f "$f" ] || continue
    n=$(basename "$f"); n=${n%.*}
    names+=("$n")
    render "$n" "$f"
    "$BIN" -f ics -o "$OUT/$n.again.ics" "$f"
    cmp -s "$OUT/$n.ics" "$OUT/$n.again.ics" || fail "$n: two runs give different bytes"
done
# The whole folder as one story, run from the repository as a user would.
(cd "$ROOT" && render all samples)
# More folders as stories of their own (not in CI: e.g. a dev set's texts), named dir1, dir2…:
#   LETOPIS_VALIDATE_FOLDERS="/path/a /path/b" tests/validate/run.sh
i=0
for dir in ${LETOPIS_VALIDATE_FOLDERS:-}; do
    i=$((i + 1)); n="dir$i"; names+=("$n")
    render "$n" "$dir"
done
(cd "$ROOT" && "$BIN" -f ics -o "$OUT/all.again.ics" samples 2>/dev/null)
cmp -s "$OUT/all.ics" "$OUT/all.again.ics" || fail "samples/: two runs give different bytes"
echo "ok  same bytes on re-run (${#names[@]} calendars)"
# Nothing dropped silently: the folder's undated events are counted on stderr, and every
# document dated by today is named or counted.
undated=$(python3 -c 'import json,sys; print(sum(1 for e in json.load(open(sys.argv[1]))["events"] if not e["when"]["start"]))' "$OUT/all.timeline.json")
if [ "$undated" -gt 0 ]; then
    grep -q "note: $undated undated event" "$OUT/all.ics.stderr" || fail "ics: $undated undated events not reported: $(cat "$OUT/all.ics.stderr")"
fi
grep -q "documents have no document date" "$OUT/all.ics.stderr" || fail "the documents dated by today are not counted: $(cat "$OUT/all.ics.stderr")"
echo "ok  stderr: $undated undated events counted; documents dated by today counted"
# ~1,000 dated facts in one article: the page must stay readable.
python3 "$HERE/gen_many.py" >"$OUT/many.ru.txt"
"$BIN" --dct 2024-12-06 -f html -o "$OUT/many.html" "$OUT/many.ru.txt"
"$BIN" --dct 2024-12-06 -f timeline -o "$OUT/many.timeline.json" "$OUT/many.ru.txt"

say "icalendar + vobject"
python3 "$HERE/check_ics.py" "$OUT/expected.txt" "$OUT"/*.ics >/dev/null
for n in "${names[@]}" all; do
    python3 "$HERE/check_ics.py" "$OUT/$n.expected" "$OUT/$n.ics"
done

say "ical.js (Thunderbird's parser)"
for n in "${names[@]}" all; do
    node "$HERE/check_icaljs.cjs" "$OUT/$n.expected" "$OUT/$n.ics"
done

say "calcurse -i"
for n in "${names[@]}" all; do
    want=$(grep -c '^BEGIN:VEVENT' "$OUT/$n.ics" || true)
    # calcurse reads a start or end of 1970-01-01 as time 0, its error value, and skips that
    # event ("invalid or malformed event start time"): a calcurse limit, not a bad calendar
    # (the Python parsers and khal accept it). Those events are expected to be skipped.
    epoch=$(awk '/^BEGIN:VEVENT/{e=0} /^DT(START|END);VALUE=DATE:19700101/{e=1} /^END:VEVENT/{n+=e} END{print n+0}' "$OUT/$n.ics")
    want=$((want - epoch))
    d=$(mktemp -d)
    mkdir -p "$d/data" "$d/conf"
    # calcurse exits 1 when an item was skipped; its report says which.
    report=$(cd "$d" && TMPDIR="$d" calcurse -D "$d/data" -C "$d/conf" -i "$OUT/$n.ics" 2>&1) ||
        [ "$epoch" -gt 0 ] || fail "calcurse: $n: $report $(cat "$d"/calcurse_log.* 2>/dev/null)"
    got=$(echo "$report" | sed -n 's/^\([0-9]*\) apps\? \/ \([0-9]*\) events\? .*/\1 \2/p' | awk '{print $1+$2}')
    skipped=$(echo "$report" | sed -n 's/.* \([0-9]*\) skipped.*/\1/p')
    [ "${skipped:-x}" = "$epoch" ] || fail "calcurse skipped items of $n: $report"
    [ "${got:-0}" = "$want" ] || fail "calcurse imported ${got:-0} of $want events of $n: $report"
    echo "ok  calcurse  $n: $got of $want imported, $epoch skipped (1970-01-01 starts)"
    rm -rf "$d"
done

say "khal import (twice) + khal list"
# khal prints a year before 1000 unpadded ("900-01-01"); the day is the same.
unpad='s/(^|\|)0+([0-9]{3}-)/\1\2/g'
for n in "${names[@]}" all; do
    want=$(grep -c '^BEGIN:VEVENT' "$OUT/$n.ics" || true)
    [ "$want" -gt 0 ] || { echo "--  khal  $n: no events to import"; continue; }
    d=$(mktemp -d)
    mkdir -p "$d/cal"
    cat >"$d/config" <<CONF
[calendars]
[[letopis]]
path = $d/cal
type = calendar
[locale]
local_timezone = UTC
default_timezone = UTC
timeformat = %H:%M
dateformat = %Y-%m-%d
longdateformat = %Y-%m-%d
datetimeformat = %Y-%m-%d %H:%M
longdatetimeformat = %Y-%m-%d %H:%M
[default]
default_calendar = letopis
[sqlite]
path = $d/khal.db
CONF
    khal -c "$d/config" import --batch -a letopis "$OUT/$n.ics"
    khal -c "$d/config" import --batch -a letopis "$OUT/$n.ics"
    files=$(find "$d/cal" -name '*.ics' | wc -l)
    [ "$files" = "$want" ] || fail "khal: $n: $files items after importing $want events twice"
    read -r _ from to < <(head -n1 "$OUT/$n.expected")
    khal -c "$d/config" list --once --day-format "" \
        --format "{start-date}|{end-date}|{title}" "$from" "$to" |
        sed 's/[[:space:]]*$//' | sed -E "$unpad" | sort >"$OUT/$n.khal"
    tail -n +2 "$OUT/$n.expected.khal" | sed 's/[[:space:]]*$//' | sed -E "$unpad" | sort >"$OUT/$n.want"
    diff -u "$OUT/$n.want" "$OUT/$n.khal" || fail "khal lists other days than the calendar says ($n)"
    echo "ok  khal  $n: $want events on the right days, no duplicates after a second import"
    rm -rf "$d"
done

CHROME=(chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run
    --disable-background-networking --disable-component-update --disable-sync
    --hide-scrollbars --allow-file-access-from-files --virtual-time-budget=8000)
chrome() { "${CHROME[@]}" --user-data-dir="$(mktemp -d)" "$@" 2>/dev/null; }

say "TimelineJS (npm) in headless chromium"
for n in "${names[@]}" all; do
    python3 "$HERE/tljs_page.py" "$OUT/$n.timelinejs.json" "$TLJS" "$OUT/$n.tljs.html"
    chrome --dump-dom "file://$OUT/$n.tljs.html" >"$OUT/$n.tljs.dom"
    chrome --screenshot="$OUT/$n.tljs.png" --window-size=1400,900 "file://$OUT/$n.tljs.html" >/dev/null
    python3 - "$OUT/$n.timelinejs.json" "$OUT/$n.tljs.dom" <<'PY'
import json, re, sys
data = json.load(open(sys.argv[1], encoding="utf-8"))
dom = open(sys.argv[2], encoding="utf-8").read()
err = re.search(r'data-error="[^"]*"', dom)
assert not err, err and err.group(0)
assert "<script>alert" not in dom, "article text executed as markup"
ids = [e["unique_id"] for e in data["events"]]
slides = len(re.findall(r'class="tl-slide[ "]', dom))
missing = [i for i in ids if f'id="{i}"' not in dom]
if ids:
    assert not missing, f"no slide for {missing}"
    assert slides == len(ids) + 1, f"{slides} slides for {len(ids)} events + title"
else:
    # TimelineJS draws nothing without a dated slide; letopis says so on stderr (below).
    assert "has no events" in dom, "TimelineJS drew a timeline without events"
print(f"ok  TimelineJS  {sys.argv[1].rsplit('/', 1)[-1]}: {len(ids)} event slides rendered")
PY
    if grep -q '"events": \[\]' "$OUT/$n.timelinejs.json"; then
        grep -q "no dated events: TimelineJS draws nothing" "$OUT/$n.timelinejs.json.stderr" ||
            fail "$n: TimelineJS gets no events and nothing says why"
        echo "ok  layout  $n.tljs: no dated events, said on stderr"
        continue
    fi
    python3 "$HERE/layout.py" instrument tljs "$OUT/$n.tljs.html" "$OUT/$n.tljs.m.html"
    chrome --dump-dom "file://$OUT/$n.tljs.m.html" >"$OUT/$n.tljs.m.dom"
    python3 "$HERE/layout.py" check tljs "$OUT/$n.tljs.m.dom" "$n.tljs"
done

say "letopis html in headless chromium"
for n in "${names[@]}" all many; do
    chrome --dump-dom "file://$OUT/$n.html" >"$OUT/$n.html.dom"
    chrome --screenshot="$OUT/$n.html.png" --window-size=1400,1400 "file://$OUT/$n.html" >/dev/null
    python3 - "$OUT/$n.timeline.json" "$OUT/$n.html.dom" "$OUT/$n.html" <<'PY'
import json, re, sys
data = json.load(open(sys.argv[1], encoding="utf-8"))
dom = open(sys.argv[2], encoding="utf-8").read()
page = open(sys.argv[3], encoding="utf-8").read()
assert "<script" not in page.lower(), "the page has a script element"
assert not re.search(r"(src|href)=\"(https?:)?//", page), "the page loads something from the network"
rows = re.findall(r'<tr id="(e\d+)"', dom)
assert sorted(rows) == sorted(e["id"] for e in data["events"]), "event tables differ from the timeline"
undated = [e["id"] for e in data["events"] if not e["when"]["start"]]
if undated:
    assert 'id="undated"' in dom and rows[-len(undated):] == undated, "undated events not listed last"
dated = [e for e in data["events"] if e["when"]["start"]]
marks = set(re.findall(r'<a href="#(e\d+)"', dom))
assert marks == {e["id"] for e in dated}, f"marks {sorted(marks)} != dated events"
if dated:
    assert "<svg" in dom
print(f"ok  html  {sys.argv[3].rsplit('/', 1)[-1]}: {len(dated)} events drawn, {len(rows)} listed, no script")
PY
    python3 "$HERE/layout.py" instrument html "$OUT/$n.html" "$OUT/$n.m.html"
    chrome --dump-dom "file://$OUT/$n.m.html" >"$OUT/$n.m.dom"
    python3 "$HERE/layout.py" check html "$OUT/$n.m.dom" "$n.html"
done
say "all external checks passed; outputs and screenshots in $OUT"
