"""The Python package against the CLI: same results, same bytes, in any order and thread."""

import datetime as dt
import glob
import json
import os
import subprocess
import threading

import pytest

import letopis

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SAMPLES = sorted(glob.glob(os.path.join(ROOT, "samples", "*.txt")))
SEED = os.path.join(ROOT, "samples", "osce-2024-12-06.ru.txt")


def cli_binary():
    exe = os.environ.get("LETOPIS_BIN") or os.path.join(
        os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target")), "release", "letopis")
    if not os.path.exists(exe):
        if os.environ.get("LETOPIS_REQUIRE_CLI"):
            pytest.fail(f"no CLI binary at {exe}")
        pytest.skip(f"no CLI binary at {exe} (cargo build --release, or set LETOPIS_BIN)")
    return exe


def cli(args, stdin=None, env=None):
    e = dict(os.environ)
    e.update(env or {})
    r = subprocess.run([cli_binary(), *args], input=stdin, capture_output=True, env=e, check=False)
    return r.stdout.decode("utf-8")


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def dct_of(path):
    p = path[: -len(".txt")] + ".dct"
    return read(p).strip() if os.path.exists(p) else None


def test_seed_events_and_values():
    x = letopis.extract(read(SEED))
    assert x.lang == "ru"
    # The dateline "6 Декабря, 02:37" without a year: the year comes from the text.
    assert x.dct == dt.datetime(2024, 12, 6, 2, 37)
    assert x.dct_origin == "dateline"
    values = [t.value for t in x.timexes]
    assert values[0] == "2024-12-06T02:37"
    assert "1975" in values and "2024-12-03" in values and "2026" in values
    first = x.events[0]
    assert first.title == "Хельсинкский заключительный акт"  # SPEC.md's example
    assert first.when.value == "1975"
    assert first.when.precision == "year"
    assert first.when.start == dt.date(1975, 1, 1)
    assert first.when.end == dt.date(1975, 12, 31)
    assert first.relation == "at"
    assert first.sources == ["-"]
    by_title = {e.title: e for e in x.events}
    osce = by_title["Казахстан является государством-участником ОБСЕ"]
    assert (osce.when.value, osce.when.relation) == ("1992", "since")
    riyadh = by_title["One Water Summit в Эр-Рияде"]
    assert riyadh.when.start == riyadh.when.end == dt.date(2024, 12, 3)
    assert riyadh.location == "Эр-Рияд"
    # Events come in chronological order.
    starts = [e.when.start for e in x.events if e.when.start]
    assert starts == sorted(starts)
    # Offsets are Python string indices.
    text = read(SEED)
    for t in x.timexes:
        assert text[t.start:t.end] == t.text
    d = first.to_dict()
    assert d["title"] == first.title and d["when"]["start"] == "1975-01-01"
    assert x.to_dict()["events"][0] == d


@pytest.mark.parametrize("path", SAMPLES, ids=os.path.basename)
def test_json_equals_cli_on_every_sample(path):
    dct = dct_of(path)
    args = ["--dct", dct] if dct else []
    x = letopis.extract(read(path), dct=dct, id=path)
    assert x.to_json() == cli(["-f", "json", *args, path])
    assert x.to_jsonl() == cli(["-f", "jsonl", *args, path])


@pytest.mark.parametrize("fmt", ["text", "timelinejs", "ics", "html", "timeml"])
def test_other_writers_equal_cli(fmt):
    env = {"SOURCE_DATE_EPOCH": "1700000000"}
    os.environ.update(env)
    try:
        x = letopis.extract(read(SEED), id=SEED)
        assert getattr(x, "to_" + fmt)() == cli(["-f", fmt, SEED], env=env)
    finally:
        del os.environ["SOURCE_DATE_EPOCH"]


def test_timeline_equals_cli():
    paths = SAMPLES[:8]
    os.environ["SOURCE_DATE_EPOCH"] = "1700000000"
    try:
        docs = [{"id": p, "text": read(p), "dct": dct_of(p)} for p in paths]
        batch = "".join(json.dumps({k: v for k, v in d.items() if v}, ensure_ascii=False) + "\n"
                        for d in docs)
        xs = list(letopis.extract_many(docs))
        t = letopis.timeline(xs)
        for fmt, method in [("timeline", "to_json"), ("ics", "to_ics"),
                            ("timelinejs", "to_timelinejs"), ("html", "to_html")]:
            want = cli(["-f", fmt, "--input-format", "jsonl", "-"], stdin=batch.encode())
            assert getattr(t, method)() == want, fmt
        # Merging per part, then the parts, gives the same timeline.
        parts = letopis.timeline([letopis.timeline(xs[:3]), letopis.timeline(xs[3:])])
        assert parts.to_json() == t.to_json()
        assert len(t) == len(json.loads(t.to_json())["events"]) > 0
        assert all(isinstance(e, letopis.Event) for e in t.events)
        rows = t.to_records()
        assert rows and {"title", "value", "start", "end", "sources"} <= set(rows[0])
    finally:
        del os.environ["SOURCE_DATE_EPOCH"]


def corpus(n=60):
    texts = [read(p) for p in SAMPLES]
    return [texts[i % len(texts)] + f"\n\nЗаседание назначено на {i % 28 + 1} марта." for i in range(n)]


def test_extract_many_order_and_jobs():
    texts = corpus()
    one = [x.to_jsonl() for x in letopis.extract_many(texts, jobs=1)]
    assert len(one) == len(texts)
    for i, (line, text) in enumerate(zip(one, texts)):
        assert json.loads(line)["id"] == str(i)
        assert line == letopis.extract(text, id=str(i)).to_jsonl()
    for jobs in (2, 3, None):
        assert [x.to_jsonl() for x in letopis.extract_many(texts, jobs=jobs)] == one


def test_extract_many_dicts_are_batch_lines():
    docs = [{"id": "a", "text": "Саммит пройдет 3 марта.", "dct": dt.date(2025, 1, 10), "src": "tass"},
            {"id": 7, "text": "The summit opened yesterday.", "lang": "en",
             "dct": dt.datetime(2024, 5, 2, 10, 30)},
            {"text": "Встреча состоялась вчера.", "dct": "2024-12-06"}]
    batch = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in [
        dict(docs[0], dct="2025-01-10"), dict(docs[1], dct="2024-05-02T10:30"), dict(docs[2], id="2")])
    xs = list(letopis.extract_many(docs))
    assert [x.id for x in xs] == ["a", "7", "2"]
    assert xs[0].meta == {"src": "tass"} and xs[0].dct_origin == "metadata"
    assert xs[1].dct == dt.datetime(2024, 5, 2, 10, 30)
    assert xs[2].events[0].when.start == dt.date(2024, 12, 5)
    want = cli(["-f", "jsonl", "--input-format", "jsonl", "-"], stdin=batch.encode())
    assert "".join(x.to_jsonl() for x in xs) == want


def test_extract_many_streams_a_generator():
    # Far more documents than the window holds; the generator is read as results are taken.
    taken = []

    def gen():
        for i in range(2000):
            taken.append(i)
            yield f"Встреча прошла {i % 28 + 1} мая 2020 года."

    it = letopis.extract_many(gen(), jobs=2)
    first = next(it)
    assert first.timexes[0].value == "2020-05-01"
    assert len(taken) <= 300
    assert sum(1 for _ in it) == 1999


def test_bad_input():
    with pytest.raises(ValueError, match=r'not a date: "2024-13-45"'):
        letopis.extract("Вчера.", dct="2024-13-45")
    with pytest.raises(ValueError, match="unsupported language"):
        letopis.extract("Вчера.", lang="de")
    with pytest.raises(ValueError, match="empty input"):
        letopis.extract("   ")
    with pytest.raises(ValueError, match="binary data"):
        letopis.extract("a\0b")
    with pytest.raises(UnicodeDecodeError, match="not UTF-8"):
        letopis.extract("Вчера".encode("cp1251"))
    with pytest.raises(TypeError):
        letopis.extract(42)
    with pytest.raises(TypeError):
        letopis.extract("Вчера.", dct=20240101)
    assert letopis.extract("Вчера прошла встреча.".encode(), dct="2024-01-02").timexes[0].value == "2024-01-01"
    assert letopis.extract("\ufeffВчера.", dct=dt.date(2024, 1, 2)).timexes[0].start == 0
    with pytest.raises(ValueError, match="unknown records"):
        letopis.extract("Вчера.", dct="2024-01-02").to_records("words")
    with pytest.raises(ValueError, match="jobs"):
        letopis.extract_many([], jobs=0)
    with pytest.raises(TypeError):
        letopis.timeline(["text"])


def test_extract_many_bad_items_raise_in_place_and_the_rest_go_on():
    docs = ["Встреча прошла 3 мая 2020 года.", {"id": "x", "text": "Вчера.", "dct": "never"},
            {"id": "y"}, 5, b"\xff\xfe", {"text": "Вчера.", "lang": "de"}, "Саммит 5 июня 2021 года."]
    it = letopis.extract_many(docs, jobs=2)
    assert next(it).timexes[0].value == "2020-05-03"
    with pytest.raises(ValueError, match=r'docs\[1\]: field "dct" is not a date'):
        next(it)
    with pytest.raises(ValueError, match=r'field "text" is missing'):
        next(it)
    with pytest.raises(TypeError, match=r"docs\[3\]"):
        next(it)
    with pytest.raises(ValueError, match="not UTF-8"):
        next(it)
    with pytest.raises(ValueError, match="unsupported language"):
        next(it)
    assert next(it).timexes[0].value == "2021-06-05"
    with pytest.raises(StopIteration):
        next(it)


def test_an_iterable_that_fails_raises_its_error_in_place():
    def gen():
        yield "Встреча прошла 3 мая 2020 года."
        raise KeyError("boom")

    it = letopis.extract_many(gen())
    assert next(it).timexes[0].value == "2020-05-03"
    with pytest.raises(KeyError):
        next(it)
    with pytest.raises(StopIteration):
        next(it)


def test_threads():
    texts = corpus(24)
    want = [letopis.extract(t, id=str(i)).to_jsonl() for i, t in enumerate(texts)]
    batch_want = "".join(want)
    errors, results = [], {}

    def work(k):
        try:
            if k % 2:
                got = [letopis.extract(t, id=str(i)).to_jsonl() for i, t in enumerate(texts)]
                results[k] = "".join(got)
            else:
                results[k] = "".join(x.to_jsonl() for x in letopis.extract_many(texts, jobs=2))
        except Exception as e:  # noqa: BLE001 - reported below
            errors.append(e)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert all(r == batch_want for r in results.values()) and len(results) == 6


def test_records_and_objects():
    x = letopis.extract(read(SEED), id="seed")
    rows = x.to_records()
    assert len(rows) == len(x.events)
    assert rows[0]["doc"] == "seed" and rows[0]["start"] == dt.date(1975, 1, 1)
    assert {"doc", "event", "title", "value", "precision", "start", "end", "relation",
            "location", "sentence", "sources"} == set(rows[0])
    trows = x.to_records("timexes")
    assert len(trows) == len(x.timexes) and trows[0]["value"] == "2024-12-06T02:37"
    assert "Хельсинкский" in repr(x.events[0]) and "events" in repr(x)
    assert x.events[0] == x.events[0] and x.timexes[0] != x.timexes[1]
    assert letopis.__version__


def test_pickled_and_read_back_results_merge_the_same():
    import pickle

    docs = [{"id": os.path.basename(p), "text": read(p), "dct": dct_of(p)} for p in SAMPLES]
    xs = list(letopis.extract_many(docs))
    back = [letopis.Extraction.from_jsonl(x.to_jsonl()) for x in xs]
    assert [b.to_jsonl() for b in back] == [x.to_jsonl() for x in xs]
    whole = letopis.timeline(xs)
    assert letopis.timeline(back).to_json() == whole.to_json()
    # Partial timelines through pickle, merged in another grouping: the same bytes.
    parts = [pickle.loads(pickle.dumps(letopis.timeline(xs[i:i + 5]))) for i in range(0, len(xs), 5)]
    merged = letopis.timeline([letopis.timeline(parts[1:]), parts[0]])
    for method in ("to_json", "to_ics", "to_timelinejs", "to_html", "to_text"):
        assert getattr(merged, method)() == getattr(whole, method)(), method
    x = pickle.loads(pickle.dumps(xs[0]))
    assert x.to_dict() == xs[0].to_dict()
    with pytest.raises(ValueError, match="TimeML needs"):
        x.to_timeml()
    with pytest.raises(ValueError, match="cannot read the extraction"):
        letopis.Extraction.from_jsonl('{"id": "a"}')
