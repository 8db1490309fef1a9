#!/usr/bin/env python3
"""Write a local page that renders a letopis TimelineJS JSON with TimelineJS from node_modules
(no CDN): the JSON is inlined, so file:// needs no fetch.

usage: tljs_page.py TIMELINE.json TIMELINEJS_DIST_DIR OUT.html"""
import json
import os
import sys

src, dist, out = sys.argv[1:4]
data = json.load(open(src, encoding="utf-8"))
# Inline as a JS literal; "</" cannot end the script element early.
literal = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
css = os.path.join(os.path.abspath(dist), "css", "timeline.css")
js = os.path.join(os.path.abspath(dist), "js", "timeline.js")
page = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>letopis TimelineJS check</title>
<link rel="stylesheet" href="file://{css}">
<script src="file://{js}"></script>
<style>html,body{{height:100%;margin:0}}#tl{{width:100%;height:860px}}</style>
</head><body><div id="tl"></div>
<script>
var data = {literal};
try {{ window.tl = new TL.Timeline('tl', data, {{hash_bookmark: false, start_at_slide: 1}}); }}
catch (e) {{ document.body.setAttribute('data-error', String(e)); }}
</script></body></html>
"""
open(out, "w", encoding="utf-8").write(page)
