"""Table of results and letopis/peer speed ratios (chars per CPU second), with the targets."""
import json
import sys

TARGETS = {"chrono-node": 6, "heideltime": 100, "dateparser": 1000}
rows = [json.loads(l) for l in open(sys.argv[1]) if l.strip().startswith("{")]
print(f"{'corpus':<16} {'peer':<12} {'docs':>6} {'chars':>10} {'cpu s':>8} {'chars/s':>12} "
      f"{'timexes':>8} {'letopis x':>10} {'target':>7}")
for corpus in dict.fromkeys(r["corpus"] for r in rows):
    rs = [r for r in rows if r["corpus"] == corpus]
    base = next((r for r in rs if r["peer"] == "letopis"), None)
    for r in rs:
        ratio = ""
        if base and r["peer"] != "letopis" and r.get("chars_per_s"):
            ratio = f"{base['chars_per_s'] / r['chars_per_s']:.0f}x"
        target = f">={TARGETS[r['peer']]}x" if r["peer"] in TARGETS else ""
        print(f"{corpus:<16} {r['peer']:<12} {r['docs']:>6} {r['chars']:>10} {r['cpu_s']:>8} "
              f"{r.get('chars_per_s') or 0:>12} {r['timexes']:>8} {ratio:>10} {target:>7}")
