//! `ics`: the merged timeline as an RFC 5545 calendar, built with the `icalendar` crate (it
//! escapes TEXT and folds lines at 75 octets on character boundaries). Its defaults are wrong
//! for us in three places, so we set them: UID (random there; here from what the event is, so
//! a re-import updates), DTSTAMP (the wall clock there; here reproducible) and DTEND
//! (`all_day` makes it equal DTSTART; an all-day event's DTEND is the next day, exclusive).
//! Its properties come out in key order, so the bytes are the same on every run.
//!
//! Where events go on the calendar is `calendar::place` (shared with `html` and `timelinejs`).

use super::calendar::{self, Context, Place};
use super::Options;
use crate::lang::Labels;
use crate::model::Event;
use crate::timeline::{title_tokens, Timeline};
use chrono::{Duration, NaiveDate, NaiveDateTime};
use icalendar::{Calendar, Component, EventLike, Property};
use std::collections::HashMap;
use std::io::{self, Write};

pub fn write(
    t: &Timeline,
    ctx: &Context,
    opts: &Options,
    out: &mut dyn Write,
) -> io::Result<Vec<String>> {
    let labels = super::labels(opts, t.lang.as_deref());
    let stamp = dtstamp(opts.source_date_epoch, t.latest_dct);
    let mut cal = Calendar::empty();
    cal.append_property(("VERSION", "2.0"));
    cal.append_property((
        "PRODID",
        concat!("-//letopis//letopis ", env!("CARGO_PKG_VERSION"), "//RU"),
    ));
    cal.append_property(("CALSCALE", "GREGORIAN"));
    cal.append_property(("METHOD", "PUBLISH"));
    cal.append_property(Property::new("X-WR-CALNAME", text(&ctx.story(labels))));
    // Distinct events may share a title and a start; the UID must still be unique in the file.
    let mut seen: HashMap<String, usize> = HashMap::new();
    let (mut undated, mut skipped, mut out_of_range) = (0, 0, 0);
    for e in &t.events {
        let m = ctx.modifier(e);
        let Some(place) = calendar::place(e, m) else {
            undated += 1;
            continue;
        };
        if !on_ical_calendar(&place) {
            out_of_range += 1;
            continue;
        }
        let rel = calendar::relation(e, m);
        let Some(days) = calendar::calendar_days(place, opts.coarse, rel, ctx.dct(e)) else {
            skipped += 1;
            continue;
        };
        let mut uid = uid(e);
        let n = seen.entry(uid.clone()).or_insert(0);
        *n += 1;
        if *n > 1 {
            uid = format!("{}-{}@letopis", uid.trim_end_matches("@letopis"), n);
        }
        let mut ev = icalendar::Event::new();
        ev.uid(&uid);
        ev.add_property("DTSTAMP", &stamp);
        match timed(e, ctx, days) {
            Some((start, end)) => {
                // No invented duration: a clock time alone is a moment (RFC 5545 3.6.1: no
                // DTEND means it ends where it starts); an interval of clock times ends at its end.
                ev.starts(start);
                if let Some(end) = end {
                    ev.ends(end);
                }
            }
            None => {
                ev.starts(days.first);
                ev.ends(days.last.succ_opt().unwrap_or(days.last));
            }
        }
        ev.summary(&text(&one_line(&calendar::dated_title(e, m, labels))));
        ev.description(&text(&description(e, ctx, labels)));
        if let Some(place) = e.location.as_deref().filter(|p| !p.trim().is_empty()) {
            ev.location(&text(&one_line(place)));
        }
        if let Some(p) = e.when.precision {
            ev.add_property("CATEGORIES", p.as_str());
        }
        ev.add_property("TRANSP", "TRANSPARENT");
        cal.push(ev.done());
    }
    out.write_all(cal.to_string().as_bytes())?;
    let mut notes = Vec::new();
    if undated > 0 {
        notes.push(format!(
            "{undated} undated event{} not in the calendar (no calendar day; -f text or -f html lists them)",
            if undated == 1 { " is" } else { "s are" }
        ));
    }
    if out_of_range > 0 {
        notes.push(format!(
            "{out_of_range} event{} before the year 1 or after 9999 not in the calendar (iCalendar dates have four-digit years; -f text or -f html lists them)",
            if out_of_range == 1 { " is" } else { "s are" }
        ));
    }
    if skipped > 0 {
        notes.push(format!(
            "{skipped} event{} coarser than a week left out by --coarse skip",
            if skipped == 1 { "" } else { "s" }
        ));
    }
    Ok(notes)
}

/// A clock time's start (UTC when the text states its zone, else floating) and, for an
/// interval of clock times, its end.
fn timed(e: &Event, ctx: &Context, days: Place) -> Option<(DateTime, Option<DateTime>)> {
    use crate::time::Value;
    let (a, b) = match &e.when.value {
        Value::Point(p) => (calendar::clock(p)?, None),
        Value::Interval(p, q) => {
            let a = calendar::clock(p)?;
            (a, calendar::clock(q).filter(|b| *b > a))
        }
        _ => return None,
    };
    // An open relation's marker day is the clock time's own day.
    if a.date() != days.first {
        return None;
    }
    let zone = ctx.offset(e);
    let at = |t: NaiveDateTime| -> Option<DateTime> {
        Some(match zone {
            Some(off) => DateTime::Utc(
                t.checked_sub_signed(Duration::minutes(off as i64))?
                    .and_utc(),
            ),
            None => DateTime::Floating(t),
        })
    };
    Some((at(a)?, b.and_then(at)))
}

enum DateTime {
    Floating(NaiveDateTime),
    Utc(chrono::DateTime<chrono::Utc>),
}

impl From<DateTime> for icalendar::DatePerhapsTime {
    fn from(d: DateTime) -> Self {
        match d {
            DateTime::Floating(t) => t.into(),
            DateTime::Utc(t) => t.into(),
        }
    }
}

/// The sentence, and where it comes from, in the documents' language.
fn description(e: &Event, ctx: &Context, l: &Labels) -> String {
    let mut d = e.sentence.trim().to_string();
    if !d.is_empty() {
        d.push('\n');
    }
    d.push_str(l.ui.source(e.sources.len()));
    d.push_str(": ");
    d.push_str(&ctx.sources(e));
    d
}

/// iCalendar dates have four-digit years from 0001.
/// RFC 5545 dates have four-digit years, and year 0 is no Gregorian year: a fact before
/// 1 AD or after 9999 has no place there (it is counted in a note instead).
fn on_ical_calendar(p: &Place) -> bool {
    use chrono::Datelike;
    let ok = |d: NaiveDate| (1..=9999).contains(&d.year());
    ok(p.first) && p.last.succ_opt().is_some_and(ok)
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

/// DTSTAMP: `SOURCE_DATE_EPOCH` when given (UTC by definition), else derived from the latest
/// document date: its day at 00:00 UTC. An article's clock time states no zone, so it is not
/// passed off as UTC.
fn dtstamp(epoch: Option<i64>, latest_dct: Option<chrono::NaiveDateTime>) -> String {
    let dt = epoch
        .and_then(|s| chrono::DateTime::from_timestamp(s, 0))
        .map(|d| d.naive_utc())
        .or_else(|| latest_dct.and_then(|d| d.date().and_hms_opt(0, 0, 0)))
        .filter(|d| {
            use chrono::Datelike;
            (1..=9999).contains(&d.year())
        })
        .unwrap_or_default();
    dt.format("%Y%m%dT%H%M%SZ").to_string()
}

/// A title or place is one line: calendars (calcurse) reject line breaks in SUMMARY, so any
/// run of whitespace becomes one space.
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// TEXT for the crate, which escapes `\ ; , newline` but passes other control characters
/// through; RFC 5545 TEXT allows none (CR included), so they are dropped here.
fn text(s: &str) -> String {
    s.chars()
        .filter(|&c| c == '\n' || c == '\t' || !c.is_control())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_are_dropped_before_escaping() {
        assert_eq!(text("a,b;c\\d\r\ne\u{7}"), "a,b;c\\d\ne");
    }

    #[test]
    fn stamp() {
        let at = |s| crate::extract::parse_dct(s);
        assert_eq!(dtstamp(Some(0), at("2024-12-06")), "19700101T000000Z");
        // The article's 02:37 has no zone: the day is kept, the clock is not passed off as UTC.
        assert_eq!(dtstamp(None, at("2024-12-06T02:37")), "20241206T000000Z");
        assert_eq!(dtstamp(None, None), "19700101T000000Z");
    }
}
