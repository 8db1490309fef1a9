"""letopis: dated facts (timexes and events) from Russian and English news.

The same extractor and the same writers as the ``letopis`` command, from Python::

    import letopis
    x = letopis.extract(open("article.txt").read())
    for e in x.events:
        print(e.when.start, e.title)
    print(letopis.timeline([x]).to_ics())

``extract`` reads one text; ``extract_many`` reads a batch on all cores with the GIL released,
yielding results in input order; ``timeline`` merges results (or timelines) into one timeline. Results and timelines pickle (as
their JSON), so partial timelines can be built per partition on a cluster and merged after.
Every ``to_*`` method gives exactly the bytes ``letopis -f FORMAT`` writes for the same input.
"""

import datetime as _dt
import json as _json

from . import _letopis
from ._letopis import LetopisError

__version__ = _letopis.__version__
__all__ = [
    "extract",
    "extract_many",
    "timeline",
    "Extraction",
    "Timeline",
    "Timex",
    "Event",
    "When",
    "LetopisError",
]


def _dct_arg(dct, what="dct"):
    """A DCT argument as the CLI's --dct string."""
    if dct is None or isinstance(dct, str):
        return dct
    if isinstance(dct, _dt.datetime):
        # The CLI reads minutes; a time zone is dropped as the CLI drops it.
        if dct.second or dct.microsecond:
            return dct.strftime("%Y-%m-%dT%H:%M:%S")
        return dct.strftime("%Y-%m-%dT%H:%M")
    if isinstance(dct, _dt.date):
        return dct.isoformat()
    raise TypeError(f"{what} must be a str, datetime.date or datetime.datetime, not {type(dct).__name__}")


def _text_arg(text, where):
    """str as it is; bytes must be UTF-8 (a BOM is dropped, as the CLI drops it)."""
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray, memoryview)):
        data = bytes(text)
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError as e:
            raise UnicodeDecodeError(
                "utf-8", data, e.start, e.end,
                f"{where}: not UTF-8: invalid byte at offset {e.start} "
                "(convert it, e.g. with iconv -f cp1251 -t utf-8)",
            ) from None
    raise TypeError(f"{where}: text must be str or bytes, not {type(text).__name__}")


def _date(s):
    return None if s is None else _dt.date.fromisoformat(s)


def _dct_value(s):
    if "T" in s:
        return _dt.datetime.fromisoformat(s)
    return _dt.date.fromisoformat(s)


class _Record:
    """Attributes from a JSON object; ``to_dict()`` gives the object back."""

    __slots__ = ("_d",)
    _fields = ()

    def __init__(self, d):
        self._d = d

    def to_dict(self):
        """This object as the CLI's JSON writes it (a fresh dict)."""
        return _json.loads(_json.dumps(self._d))

    def __eq__(self, other):
        return type(self) is type(other) and self._d == other._d

    def __hash__(self):
        return hash(_json.dumps(self._d, sort_keys=True))

    def __repr__(self):
        shown = ", ".join(f"{k}={getattr(self, k)!r}" for k in self._fields)
        return f"{type(self).__name__}({shown})"


class When(_Record):
    """When an event happens.

    ``value`` is the TIMEX3 value (``"2024-12-06"``, ``"2025-W10"``, ``"PRESENT_REF"``...),
    ``precision`` its grain (``"day"``, ``"month"``... or None), ``start`` and ``end`` the
    first and last calendar days it covers as ``datetime.date`` (None when unknown), and
    ``relation`` how the event relates to it (``"at"``, ``"since"``, ``"until"``,
    ``"between"``, ``"before"``, ``"after"``).
    """

    __slots__ = ()
    _fields = ("value", "start", "end", "relation")

    value = property(lambda self: self._d["value"])
    precision = property(lambda self: self._d["precision"])
    start = property(lambda self: _date(self._d["start"]))
    end = property(lambda self: _date(self._d["end"]))
    relation = property(lambda self: self._d["relation"])


class Timex(_Record):
    """A temporal expression: ``text`` at code-point offsets ``start``..``end`` (end
    exclusive), of ``type`` DATE, TIME, DURATION or SET, with TIMEX3 ``value``, ``mod``
    (or None) and ``precision`` (or None); ``id`` is t1, t2... within its document."""

    __slots__ = ()
    _fields = ("id", "text", "type", "value")

    id = property(lambda self: self._d["id"])
    text = property(lambda self: self._d["text"])
    start = property(lambda self: self._d["start"])
    end = property(lambda self: self._d["end"])
    type = property(lambda self: self._d["type"])
    value = property(lambda self: self._d["value"])
    mod = property(lambda self: self._d["mod"])
    precision = property(lambda self: self._d["precision"])


class Event(_Record):
    """A dated fact: ``title``, ``when`` (a :class:`When`), the ``sentence`` it was told in
    (code-point offsets ``start``..``end``), the timex ids that date it (``timex``), a
    ``location`` (or None) and the ids of the documents that tell it (``sources``)."""

    __slots__ = ()
    _fields = ("id", "title", "when")

    id = property(lambda self: self._d["id"])
    title = property(lambda self: self._d["title"])
    when = property(lambda self: When(self._d["when"]))
    timex = property(lambda self: list(self._d["timex"]))
    sentence = property(lambda self: self._d["sentence"])
    start = property(lambda self: self._d["start"])
    end = property(lambda self: self._d["end"])
    location = property(lambda self: self._d["location"])
    sources = property(lambda self: list(self._d["sources"]))

    @property
    def relation(self):
        """``when.relation``."""
        return self._d["when"]["relation"]


def _event_row(e, **extra):
    w = e["when"]
    row = dict(extra)
    row.update(
        event=e["id"],
        title=e["title"],
        value=w["value"],
        precision=w["precision"],
        start=_date(w["start"]),
        end=_date(w["end"]),
        relation=w["relation"],
        location=e["location"],
        sentence=e["sentence"],
        sources=";".join(e["sources"]),
    )
    return row


class _Renders:
    """A compiled result (``self._core``, with ``render(format, coarse)``), its JSON parsed
    on first use, and the CLI's writers."""

    __slots__ = ("_core", "_data")

    def __init__(self, core):
        self._core = core
        self._data = None

    def _d(self):
        if self._data is None:
            self._data = _json.loads(self._json_text())
        return self._data

    def to_json(self):
        raise NotImplementedError

    def to_ics(self, *, coarse="start"):
        """``letopis -f ics``: an iCalendar file (RFC 5545). ``coarse`` is the CLI's
        ``--coarse``: events coarser than a week (months to centuries, their intervals) on
        their ``"start"`` day (the default), as a ``"span"`` of the whole period, or ``"skip"``. SOURCE_DATE_EPOCH, when set, fixes DTSTAMP as in the CLI."""
        return self._core.render("ics", coarse)

    def to_timelinejs(self):
        """``letopis -f timelinejs``: TimelineJS 3 JSON."""
        return self._core.render("timelinejs")

    def to_html(self):
        """``letopis -f html``: a self-contained HTML page of the timeline."""
        return self._core.render("html")

    def to_timeml(self):
        """``letopis -f timeml``: TimeML, one document after another."""
        return self._core.render("timeml")

    def to_text(self):
        """``letopis -f text``: the chronological summary."""
        return self._core.render("text")


class Extraction(_Renders):
    """One document's result: ``id``, ``lang`` (``"ru"``/``"en"``), ``dct`` (the document
    creation time as ``datetime.date``, or ``datetime.datetime`` when it has a time),
    ``dct_origin`` (``"flag"``, ``"metadata"``, ``"dateline"``, ``"text"``, ``"estimated"`` or ``"today"``), ``timexes`` and
    ``events``. ``to_dict()`` is the document as ``letopis -f json`` writes it."""

    __slots__ = ()

    def _json_text(self):
        return self._core.jsonl()

    id = property(lambda self: self._core.id)
    lang = property(lambda self: self._core.lang)
    dct = property(lambda self: _dct_value(self._core.dct))
    dct_origin = property(lambda self: self._d()["dct"]["origin"])
    text = property(lambda self: self._core.text, doc="The text that was read.")
    timexes = property(lambda self: [Timex(t) for t in self._d()["timexes"]])
    events = property(lambda self: [Event(e) for e in self._d()["events"]])
    title = property(lambda self: self._d().get("title"))
    url = property(lambda self: self._d().get("url"))
    meta = property(lambda self: self._d().get("meta"))

    def to_dict(self):
        """The document as ``letopis -f json`` writes it (a fresh dict)."""
        return _json.loads(self._core.jsonl())

    def to_json(self):
        """``letopis -f json`` on this document: ``{"letopis": VERSION, "documents": [...]}``."""
        return self._core.render("json")

    def to_jsonl(self):
        """``letopis -f jsonl``: this document as one JSON line (with its newline)."""
        return self._core.jsonl() + "\n"

    @classmethod
    def from_jsonl(cls, line):
        """An extraction back from its ``to_jsonl()`` line (or a ``letopis -f jsonl`` line),
        e.g. sent by another process: its timexes and events, enough for :func:`timeline` and
        every writer but TimeML, which needs the text. ``ValueError`` if it cannot be read."""
        return cls(_letopis.Doc.from_jsonl(line))

    def __reduce__(self):
        # Pickled as its JSON line: the timeline merge needs nothing more.
        return (_restore, (self._core.jsonl(), self._core.asked_lang))

    def to_records(self, what="events"):
        """Flat rows (dicts), one per event (``what="events"``) or per timex
        (``what="timexes"``), ready for ``pandas.DataFrame(x.to_records())``; dates are
        ``datetime.date``, an event's sources are joined with ``;``."""
        d = self._d()
        if what == "events":
            return [_event_row(e, doc=d["id"]) for e in d["events"]]
        if what == "timexes":
            return [dict(doc=d["id"], **t) for t in d["timexes"]]
        raise ValueError(f"unknown records {what!r}: use events or timexes")

    def __repr__(self):
        d = self._d()
        return (f"Extraction(id={d['id']!r}, lang={d['lang']!r}, dct={d['dct']['value']!r}, "
                f"{len(d['timexes'])} timexes, {len(d['events'])} events)")


class Timeline(_Renders):
    """Documents merged into one timeline: the same fact told by several documents is one
    event listing every source. ``events`` are sorted by date, each with the ids of
    the documents that tell it in ``sources``. ``to_json()`` is ``letopis -f timeline``.
    It pickles, and ``timeline([t1, t2])`` merges timelines as if built at once."""

    __slots__ = ()

    def _json_text(self):
        return self._core.render("timeline")

    events = property(lambda self: [Event(e) for e in self._d()["events"]])

    def __len__(self):
        """The number of events."""
        return len(self._d()["events"])

    def to_dict(self):
        """The timeline as ``letopis -f timeline`` writes it (a fresh dict)."""
        return _json.loads(self._core.render("timeline"))

    def to_json(self):
        """``letopis -f timeline``: the merged events as JSON."""
        return self._core.render("timeline")

    def __reduce__(self):
        return (_restore_timeline, (self._core.parts(), self._core.asked_lang))

    def to_records(self):
        """Flat rows, one per merged event, for ``pandas.DataFrame``."""
        return [_event_row(e) for e in self._d()["events"]]

    def __repr__(self):
        return f"Timeline({len(self)} events)"


def _restore(line, lang):
    return Extraction(_letopis.Doc.from_jsonl(line, lang))


def _restore_timeline(parts, lang):
    return Timeline(_letopis.Timeline([_letopis.Doc.from_jsonl(p, lang) for p in parts]))


def extract(text, *, dct=None, lang="auto", id="-"):
    """Extract the timexes and events of one text.

    ``text`` is a ``str`` (or UTF-8 ``bytes``). ``dct``, the document creation time, is a
    ``str`` (``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM``), ``datetime.date`` or
    ``datetime.datetime``; without it the date is read from a dateline or the opening
    sentence, else today is used (``dct_origin == "today"``). ``lang`` is ``"auto"``
    (detected), ``"ru"`` or ``"en"``. ``id`` names the document in events' ``sources``.

    Raises ``ValueError`` (with the CLI's message) for a bad ``dct`` or ``lang`` or text
    that cannot be read (empty, NUL bytes, over 8 MB); ``UnicodeDecodeError`` for bytes that
    are not UTF-8; :class:`LetopisError` for an internal error. The GIL is released while
    the text is read.
    """
    return Extraction(
        _letopis.extract(_text_arg(text, "text"), _dct_arg(dct), lang, str(id)))


_LANGS = ("auto", "ru", "en")


def _inputs(docs):
    """``extract_many``'s inputs as the compiled Batch reads them."""
    for i, d in enumerate(docs):
        where = f"docs[{i}]"
        try:
            if isinstance(d, dict):
                # The fields of a JSONL batch line; the CLI's own parser reads them.
                d = dict(d)
                if "id" not in d:
                    d["id"] = str(i)
                if "text" in d and not isinstance(d["text"], str):
                    d["text"] = _text_arg(d["text"], where)
                if d.get("dct") is not None and not isinstance(d["dct"], str):
                    d["dct"] = _dct_arg(d["dct"], f"{where}: dct")
                lang = d.get("lang")
                if lang is not None and lang not in _LANGS:
                    # The CLI's batch reader detects the language instead; here it is a mistake.
                    yield (3, where, f"{where}: unsupported language {lang!r}: use auto or one of ru, en")
                    continue
                lang = d.get("lang")
                yield (1, where, _json.dumps(d, ensure_ascii=False, default=str))
            else:
                yield (0, str(i), _text_arg(d, where))
        except UnicodeDecodeError as e:
            yield (3, where, e.reason)
        except TypeError as e:
            yield (2, where, str(e))
        except ValueError as e:
            yield (3, where, f"{where}: {e}")


def extract_many(docs, *, jobs=None, dct=None, lang="auto"):
    """Extract every document of ``docs``, yielding :class:`Extraction` objects in input order.

    ``docs`` is any iterable (a list, a generator, a file's lines...) of texts (``str`` or
    UTF-8 ``bytes``, given ids ``"0"``, ``"1"``...) or dicts with ``text`` and optionally
    ``id``, ``dct``, ``lang``, ``title``, ``url`` and anything else (kept as ``meta``), the
    fields of the CLI's JSONL batches. ``jobs`` is the number of worker threads (default: all
    cores); the results do not depend on it. ``dct`` and ``lang`` apply to every document,
    like the CLI's ``--dct`` and ``--lang``.

    Extraction runs on a Rust thread pool with the GIL released. It streams: at most 256
    documents or 32 MB of text are in flight, so an endless iterable runs in bounded memory.
    A bad document raises ``ValueError`` (``TypeError`` for a wrong item) at its place in
    the order; the iterator can be resumed past it with ``next()``.
    """
    return _Iter(_letopis.Batch(_inputs(docs), jobs, _dct_arg(dct), lang))


class _Iter:
    __slots__ = ("_batch",)

    def __init__(self, batch):
        self._batch = batch

    def __iter__(self):
        return self

    def __next__(self):
        return Extraction(next(self._batch))


def timeline(extractions):
    """Merge extractions (and timelines, e.g. one per partition) into one :class:`Timeline`,
    with letopis's own merge: ``timeline(xs).to_ics()`` is ``letopis -f ics`` over the same
    documents."""
    cores = []
    for x in extractions:
        if not isinstance(x, (Extraction, Timeline)):
            raise TypeError(f"timeline() takes Extraction and Timeline objects, not {type(x).__name__}")
        cores.append(x._core)
    return Timeline(_letopis.Timeline(cores))
