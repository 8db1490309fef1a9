#!/usr/bin/env python3
"""Check what a reader sees, from the DOM of a page rendered in headless Chromium.

usage:
  layout.py instrument KIND PAGE.html OUT.html   # copy the page with a measuring script
  layout.py check KIND DOM.html NAME             # read the measurements chromium dumped

KIND is `html` (our page: no two label boxes overlap) or `tljs` (TimelineJS: the story area
is taller than the navigation). Both: no file path is shown. The measuring script writes its
findings as JSON into <body data-layout="...">, which `chromium --dump-dom` keeps. Our page
forbids scripts (CSP), so the copy drops that meta element; nothing else changes."""
import html
import json
import re
import sys

MEASURE = r"""
<script>
function letopisMeasure(kind) {
  const out = {kind: kind};
  const text = document.body.innerText;
  // A path a reader should not see: a directory before a file name ("samples/x.ru.txt").
  const path = text.match(/(^|[\s\[(,])((\.{0,2}\/)?[\w.-]+\/)+[\w.-]+\.(txt|md|jsonl|tml)\b/);
  out.path = path ? path[0].trim() : null;
  if (kind === 'html') {
    const boxes = Array.from(document.querySelectorAll('svg text.label')).map(t => {
      const r = t.getBoundingClientRect();
      return [r.left, r.top, r.right, r.bottom, t.textContent];
    });
    boxes.sort((a, b) => a[0] - b[0]);
    let overlaps = 0, example = null;
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length && boxes[j][0] < boxes[i][2]; j++) {
        const a = boxes[i], b = boxes[j];
        // Boxes that only touch (under half a pixel) do not hide each other.
        if (Math.min(a[2], b[2]) - Math.max(a[0], b[0]) > 0.5 &&
            Math.min(a[3], b[3]) - Math.max(a[1], b[1]) > 0.5) {
          overlaps++;
          if (!example) example = [a[4], b[4]];
        }
      }
    }
    out.labels = boxes.length;
    out.overlaps = overlaps;
    out.example = example;
    out.marks = document.querySelectorAll('svg a').length;
  } else {
    const h = sel => { const e = document.querySelector(sel); return e ? e.getBoundingClientRect().height : -1; };
    out.nav = h('.tl-timenav');
    out.story = h('.tl-storyslider');
    out.groups = document.querySelectorAll('.tl-timegroup').length;
    out.title = (document.querySelector('.tl-slide-titleslide .tl-headline') || {}).textContent || null;
  }
  document.body.setAttribute('data-layout', JSON.stringify(out));
}
setTimeout(function () { letopisMeasure('%KIND%'); }, %DELAY%);
</script>
"""


def instrument(kind, page, out):
    src = open(page, encoding="utf-8").read()
    src = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", src)
    script = MEASURE.replace("%KIND%", kind).replace("%DELAY%", "3000" if kind == "tljs" else "0")
    src = src.replace("</body>", script + "</body>", 1)
    open(out, "w", encoding="utf-8").write(src)


def check(kind, dom_path, name):
    dom = open(dom_path, encoding="utf-8").read()
    m = re.search(r'data-layout="([^"]*)"', dom)
    assert m, f"{name}: the page did not report its layout"
    r = json.loads(html.unescape(m.group(1)))
    assert not r["path"], f"{name}: a file path is shown: {r['path']!r}"
    if kind == "html":
        assert r["overlaps"] == 0, f"{name}: {r['overlaps']} overlapping label pairs, e.g. {r['example']}"
        print(f"ok  layout  {name}: {r['labels']} labels for {r['marks']} marks, 0 overlapping, no paths")
    else:
        assert r["story"] > r["nav"] > 0, f"{name}: story area {r['story']}px, navigation {r['nav']}px"
        assert r["groups"] <= 6, f"{name}: {r['groups']} rows of groups"
        print(f"ok  layout  {name}: story {r['story']:.0f}px > navigation {r['nav']:.0f}px, "
              f"{r['groups']} groups, title {r['title']!r}, no paths")


if __name__ == "__main__":
    if sys.argv[1] == "instrument":
        instrument(*sys.argv[2:5])
    else:
        check(*sys.argv[2:5])
