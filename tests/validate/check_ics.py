#!/usr/bin/env python3
"""Parse letopis calendars with the two common Python iCalendar libraries (icalendar, vobject),
check what the Rust lint cannot (a real parser's view), and write what khal should then list.

usage: check_ics.py EXPECTED_OUT FILE.ics...
EXPECTED_OUT gets one line per event, "start|end|title" (inclusive end date), plus a first line
"RANGE start end" covering all events, for the khal comparison. EXPECTED_OUT.khal is the same
but for how khal shows a clock time without DTEND: as lasting an hour (its own default; RFC
5545 3.6.1 says it ends where it starts, as ical.js and calcurse read it)."""
import datetime as dt
import sys

import icalendar
import vobject


def day(v):
    return v if not isinstance(v, dt.datetime) else v.date()


def main():
    out_path, files = sys.argv[1], sys.argv[2:]
    expected, khal, lo, hi = [], [], None, None
    for path in files:
        raw = open(path, "rb").read()
        text = raw.decode("utf-8")
        n_raw = text.count("\r\nBEGIN:VEVENT\r\n")
        # icalendar: strict-ish parse; every event has what RFC 5545 requires.
        cal = icalendar.Calendar.from_ical(raw)
        events = list(cal.walk("VEVENT"))
        assert len(events) == n_raw, f"{path}: icalendar sees {len(events)} of {n_raw} events"
        uids = set()
        for e in events:
            for prop in ("UID", "DTSTAMP", "DTSTART", "SUMMARY"):
                assert prop in e, f"{path}: {prop} missing in {e.get('SUMMARY')}"
            uid = str(e["UID"])
            assert uid not in uids, f"{path}: duplicate UID {uid}"
            uids.add(uid)
            start = e.decoded("DTSTART")
            if "DTEND" in e:
                end = e.decoded("DTEND")
                assert type(start) is type(end), f"{path}: DTSTART/DTEND kinds differ: {uid}"
                assert end > start, f"{path}: DTEND not after DTSTART: {uid}"
            else:
                # A moment: RFC 5545 3.6.1 (no invented duration). Days always carry DTEND.
                assert isinstance(start, dt.datetime), f"{path}: all-day event without DTEND: {uid}"
                end = start
            last = end - dt.timedelta(days=1) if not isinstance(start, dt.datetime) else end
            s, l = day(start), day(last)
            k = day(start + dt.timedelta(hours=1)) if "DTEND" not in e else l
            khal.append(f"{s.isoformat()}|{k.isoformat()}|{str(e['SUMMARY']).strip()}")
            lo = s if lo is None or s < lo else lo
            hi = l if hi is None or l > hi else hi
            expected.append(f"{s.isoformat()}|{l.isoformat()}|{str(e['SUMMARY']).strip()}")
        # vobject: validate=True checks the components' required properties and values.
        vcal = vobject.readOne(text, validate=True)
        vcal.validate(raiseException=True)
        vevents = list(getattr(vcal, "vevent_list", []))
        assert len(vevents) == n_raw, f"{path}: vobject sees {len(vevents)} of {n_raw} events"
        for v in vevents:
            v.validate(raiseException=True)
        print(f"ok  icalendar+vobject  {path}: {n_raw} events")
    for path, lines in ((out_path, expected), (out_path + ".khal", khal)):
        with open(path, "w", encoding="utf-8") as f:
            if lo is not None:
                f.write(f"RANGE {lo.isoformat()} {(hi + dt.timedelta(days=2)).isoformat()}\n")
            for line in sorted(lines):
                f.write(line + "\n")


if __name__ == "__main__":
    main()
