//! `timelinejs`: the merged timeline in Knight Lab TimelineJS's JSON format
//! (<https://timeline.knightlab.com/docs/json-format.html>). Dates keep their precision: a year
//! is `{"year": 1975}`, a month has no day. TimelineJS renders `headline` and `text` as HTML,
//! so article text is HTML-escaped here.

use super::html::escape;
use super::Options;
use crate::lang::Labels;
use crate::model::Event;
use crate::time::{Point, Relation, Value};
use crate::timeline::Timeline;
use chrono::{Datelike, NaiveDate, Timelike};
use serde_json::{json, Map, Value as Json};
use std::io::{self, Write};

pub fn write(t: &Timeline, opts: &Options, out: &mut dyn Write) -> io::Result<()> {
    let labels = super::labels(opts, t.lang.as_deref());
    let events: Vec<Json> = t.events.iter().filter_map(|e| slide(e, labels)).collect();
    let doc = json!({
        "title": {"text": {
            "headline": "letopis",
            "text": format!("{} events from {} sources", events.len(), t.sources.len()),
        }},
        "events": events,
    });
    serde_json::to_writer_pretty(&mut *out, &doc)?;
    out.write_all(b"\n")
}

fn slide(e: &Event, labels: &Labels) -> Option<Json> {
    let (start, end) = dates(e)?;
    let mut text = escape(e.sentence.trim());
    if !text.is_empty() {
        text.push_str("<br>");
    }
    text.push_str("<small>Источник/Source: ");
    text.push_str(&escape(&e.sources.join(", ")));
    text.push_str("</small>");
    let mut s = Map::new();
    s.insert("start_date".into(), Json::Object(start));
    if let Some(end) = end {
        s.insert("end_date".into(), Json::Object(end));
    }
    if e.when.relation != Relation::At {
        // TimelineJS can only show the period; "с 1992" says how the event relates to it.
        s.insert(
            "display_date".into(),
            Json::String(escape(&super::human_date(
                &e.when.value,
                e.when.relation,
                labels,
            ))),
        );
    }
    s.insert(
        "text".into(),
        json!({"headline": escape(&e.title), "text": text}),
    );
    let group = e
        .location
        .clone()
        .or_else(|| e.sources.first().cloned())
        .unwrap_or_default();
    s.insert("group".into(), Json::String(escape(&group)));
    s.insert("unique_id".into(), Json::String(e.id.clone()));
    Some(Json::Object(s))
}

type Date = Map<String, Json>;

/// Start and optional end dates at the event's own precision.
fn dates(e: &Event) -> Option<(Date, Option<Date>)> {
    // Off the calendar (XXXX-12-03, PAST_REF): TimelineJS needs a year.
    let first: NaiveDate = e.when.start.as_deref()?.parse().ok()?;
    let last: NaiveDate = e.when.end.as_deref()?.parse().ok()?;
    let (a, b) = match &e.when.value {
        Value::Point(p) => (*p, *p),
        Value::Interval(p, q) => (*p, *q),
        // PRESENT_REF and the like: the days the extractor gave.
        _ => (Point::Day(first), Point::Day(last)),
    };
    let start = date(&a, true)?;
    let end = date(&b, false)?;
    Some(if start == end {
        (start, None)
    } else {
        (start, Some(end))
    })
}

/// A point as a TimelineJS date: the first (or last) moment of its period at its precision.
fn date(p: &Point, first: bool) -> Option<Date> {
    let day = if first { p.first_day()? } else { p.last_day()? };
    let mut d = Map::new();
    d.insert("year".into(), day.year().into());
    match p {
        Point::Century(_) | Point::Decade(_) | Point::Year(_) => {}
        Point::Half(..) | Point::Quarter(..) | Point::Season(..) | Point::Month(..) => {
            d.insert("month".into(), day.month().into());
        }
        _ => {
            d.insert("month".into(), day.month().into());
            d.insert("day".into(), day.day().into());
            let clock = match *p {
                Point::Hour(dd, h) => dd.and_hms_opt(h as u32, 0, 0),
                Point::Minute(dd, h, m) => dd.and_hms_opt(h as u32, m as u32, 0),
                Point::Second(dd, h, m, s) => dd.and_hms_opt(h as u32, m as u32, s as u32),
                _ => None,
            };
            if let Some(t) = clock {
                d.insert("hour".into(), t.hour().into());
                d.insert("minute".into(), t.minute().into());
            }
        }
    }
    Some(d)
}
