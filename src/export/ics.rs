//! `ics`: the merged timeline as an RFC 5545 calendar. Written line by line by hand: the output
//! must be byte-for-byte reproducible (no random UID, no wall-clock DTSTAMP), all-day events
//! need an exclusive DTEND, and lines fold at 75 octets on character boundaries.

use super::{Coarse, Options};
use crate::model::Event;
use crate::time::{Point, Precision, Value};
use crate::timeline::{title_tokens, Timeline};
use chrono::{Duration, NaiveDate, NaiveDateTime};
use std::collections::HashMap;
use std::io::{self, Write};

pub fn write(t: &Timeline, opts: &Options, out: &mut dyn Write) -> io::Result<()> {
    let stamp = dtstamp(opts.source_date_epoch, t.latest_dct.as_deref());
    let mut s = String::new();
    let mut put = |line: &str| s.push_str(&fold_line(line));
    put("BEGIN:VCALENDAR");
    put("VERSION:2.0");
    put(&format!(
        "PRODID:-//letopis//letopis {}//RU",
        env!("CARGO_PKG_VERSION")
    ));
    put("CALSCALE:GREGORIAN");
    put("METHOD:PUBLISH");
    put("X-WR-CALNAME:letopis");
    // Distinct events may share a title and a start; the UID must still be unique in the file.
    let mut seen: HashMap<String, usize> = HashMap::new();
    for e in &t.events {
        let Some(span) = span(e, opts.coarse) else {
            continue;
        };
        let mut uid = uid(e);
        let n = seen.entry(uid.clone()).or_insert(0);
        *n += 1;
        if *n > 1 {
            uid = format!("{}-{}@letopis", uid.trim_end_matches("@letopis"), n);
        }
        put("BEGIN:VEVENT");
        put(&format!("UID:{uid}"));
        put(&format!("DTSTAMP:{stamp}"));
        match span {
            Span::Days(a, b) => {
                put(&format!("DTSTART;VALUE=DATE:{}", a.format("%Y%m%d")));
                put(&format!("DTEND;VALUE=DATE:{}", b.format("%Y%m%d")));
            }
            Span::Timed(a, b) => {
                // Floating local time: the article gives no time zone.
                put(&format!("DTSTART:{}", a.format("%Y%m%dT%H%M%S")));
                put(&format!("DTEND:{}", b.format("%Y%m%dT%H%M%S")));
            }
        }
        put(&format!("SUMMARY:{}", ics_escape(&one_line(&e.title))));
        put(&format!("DESCRIPTION:{}", ics_escape(&description(e))));
        if let Some(place) = e.location.as_deref().filter(|p| !p.trim().is_empty()) {
            put(&format!("LOCATION:{}", ics_escape(&one_line(place))));
        }
        if let Some(p) = e.when.precision {
            put(&format!("CATEGORIES:{}", p.as_str()));
        }
        put("TRANSP:TRANSPARENT");
        put("END:VEVENT");
    }
    put("END:VCALENDAR");
    out.write_all(s.as_bytes())
}

fn description(e: &Event) -> String {
    let mut d = e.sentence.trim().to_string();
    if e.when.relation != crate::time::Relation::At {
        // The calendar can only show a period; say how the event relates to it.
        let rel = serde_json::to_value(e.when.relation)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default();
        d.push_str(&format!("\n({rel} {})", e.when.value));
    }
    if !d.is_empty() {
        d.push('\n');
    }
    d.push_str("Источник/Source: ");
    d.push_str(&e.sources.join(", "));
    d
}

enum Span {
    /// All-day, end exclusive.
    Days(NaiveDate, NaiveDate),
    /// Floating date-times, end exclusive.
    Timed(NaiveDateTime, NaiveDateTime),
}

/// The calendar period of an event, or None when it has no calendar days or `--coarse skip`
/// drops it.
fn span(e: &Event, coarse: Coarse) -> Option<Span> {
    let first: NaiveDate = e.when.start.as_deref()?.parse().ok()?;
    let last: NaiveDate = e.when.end.as_deref()?.parse().ok()?;
    if last < first || !on_ical_calendar(first) || !on_ical_calendar(last) {
        return None;
    }
    let hour = Duration::hours(1);
    match &e.when.value {
        Value::Point(p) if clock(p).is_some() => {
            let a = clock(p)?;
            return Some(Span::Timed(a, a.checked_add_signed(hour)?));
        }
        Value::Interval(p, q) if clock(p).is_some() && clock(q).is_some() => {
            let (a, b) = (clock(p)?, clock(q)?);
            let b = if b > a {
                b
            } else {
                a.checked_add_signed(hour)?
            };
            return Some(Span::Timed(a, b));
        }
        Value::Point(p) if p.precision() <= Precision::Month => match coarse {
            Coarse::Span => {}
            Coarse::Start => return Some(Span::Days(first, first.succ_opt()?)),
            Coarse::Skip => return None,
        },
        _ => {}
    }
    let end = last.succ_opt().filter(|d| on_ical_calendar(*d))?;
    Some(Span::Days(first, end))
}

/// iCalendar dates have four-digit years from 0001.
fn on_ical_calendar(d: NaiveDate) -> bool {
    use chrono::Datelike;
    (1..=9999).contains(&d.year())
}

/// The date-time of a point with a clock (hour or finer; parts of a day stay all-day).
fn clock(p: &Point) -> Option<NaiveDateTime> {
    match *p {
        Point::Hour(d, h) => d.and_hms_opt(h as u32, 0, 0),
        Point::Minute(d, h, m) => d.and_hms_opt(h as u32, m as u32, 0),
        Point::Second(d, h, m, s) => d.and_hms_opt(h as u32, m as u32, s as u32),
        _ => None,
    }
}

/// A UID from what the event is, not where it sits in this file: its normalized title, the
/// start of its date and its relation. A re-run or a later article telling the same fact gives
/// the same UID, so calendars update instead of duplicating.
fn uid(e: &Event) -> String {
    let tokens = title_tokens(&e.title);
    let title = if tokens.is_empty() {
        e.title.trim().to_lowercase()
    } else {
        tokens.into_iter().collect::<Vec<_>>().join(" ")
    };
    let key = format!(
        "{title}|{}|{:?}",
        e.when.start.as_deref().unwrap_or(""),
        e.when.relation
    );
    format!("{:016x}@letopis", fnv1a64(key.as_bytes()))
}

/// FNV-1a, 64 bits: fixed, tiny, and the same on every platform and version.
fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// `SOURCE_DATE_EPOCH` when given, else the latest document date, as UTC.
fn dtstamp(epoch: Option<i64>, latest_dct: Option<&str>) -> String {
    let dt = epoch
        .and_then(|s| chrono::DateTime::from_timestamp(s, 0))
        .map(|d| d.naive_utc())
        .or_else(|| latest_dct.and_then(crate::extract::parse_dct))
        .filter(|d| on_ical_calendar(d.date()))
        .unwrap_or_default();
    dt.format("%Y%m%dT%H%M%SZ").to_string()
}

/// A title or place is one line: calendars (calcurse) reject line breaks in SUMMARY, so any
/// run of whitespace becomes one space.
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// RFC 5545 TEXT escaping: backslash, semicolon, comma, newline; CR and other control
/// characters (not allowed in TEXT) are dropped.
pub fn ics_escape(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => o.push_str("\\\\"),
            ';' => o.push_str("\\;"),
            ',' => o.push_str("\\,"),
            '\n' => o.push_str("\\n"),
            '\t' => o.push('\t'),
            c if c.is_control() => {}
            c => o.push(c),
        }
    }
    o
}

/// One content line, folded at 75 octets without splitting a UTF-8 character, ending in CRLF.
pub fn fold_line(line: &str) -> String {
    let mut o = String::with_capacity(line.len() + line.len() / 70 * 3 + 2);
    let mut used = 0;
    for c in line.chars() {
        if used + c.len_utf8() > 75 {
            o.push_str("\r\n ");
            used = 1;
        }
        o.push(c);
        used += c.len_utf8();
    }
    o.push_str("\r\n");
    o
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_respects_octets_and_characters() {
        let line = format!("SUMMARY:{}", "Ж".repeat(100));
        let folded = fold_line(&line);
        for l in folded.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(l.len() <= 75, "{} octets", l.len());
        }
        let unfolded = folded.trim_end_matches("\r\n").replace("\r\n ", "");
        assert_eq!(unfolded, line);
        assert_eq!(fold_line("A"), "A\r\n");
    }

    #[test]
    fn escaping() {
        assert_eq!(ics_escape("a,b;c\\d\r\ne\u{7}"), "a\\,b\\;c\\\\d\\ne");
    }

    #[test]
    fn stamp() {
        assert_eq!(dtstamp(Some(0), Some("2024-12-06")), "19700101T000000Z");
        assert_eq!(dtstamp(None, Some("2024-12-06T02:37")), "20241206T023700Z");
        assert_eq!(dtstamp(None, None), "19700101T000000Z");
    }
}
