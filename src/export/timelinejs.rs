//! `timelinejs`: the merged timeline in Knight Lab TimelineJS's JSON format
//! (<https://timeline.knightlab.com/docs/json-format.html>). Dates keep their precision: a year
//! is `{"year": 1975}`, a month has no day. Events sit where the calendar puts them
//! (`calendar::place`): an open relation is a marker at its boundary, `display_date` saying
//! "с 1992 года". No `group`: TimelineJS gives every group its own row, and places or file
//! names as rows leave no room for the story. TimelineJS renders `headline` and `text` as
//! HTML, so article text is HTML-escaped here.

use super::calendar::{self, Context, Place};
use super::html::escape;
use super::Options;
use crate::lang::Labels;
use crate::model::Event;
use crate::time::{Point, Precision, Value};
use crate::timeline::Timeline;
use chrono::{Datelike, NaiveDate, Timelike};
use serde_json::{json, Map, Value as Json};
use std::io::{self, Write};

/// Undated events named on the title slide; the rest are counted.
const UNDATED_NAMED: usize = 5;

pub fn write(
    t: &Timeline,
    ctx: &Context,
    opts: &Options,
    out: &mut dyn Write,
) -> io::Result<Vec<String>> {
    let labels = super::labels(opts, t.lang.as_deref());
    let mut events = Vec::new();
    let mut undated = Vec::new();
    let (mut lo, mut hi): (Option<NaiveDate>, Option<NaiveDate>) = (None, None);
    for e in &t.events {
        let m = ctx.modifier(e);
        match calendar::place(e, m) {
            Some(p) => {
                lo = Some(lo.map_or(p.first, |d| d.min(p.first)));
                hi = Some(hi.map_or(p.last, |d| d.max(p.last)));
                events.push(slide(e, p, ctx, labels));
            }
            None => undated.push(e),
        }
    }
    let mut about = Vec::new();
    if let (Some(a), Some(b)) = (lo, hi) {
        about.push(super::html::range(a, b, labels));
    }
    about.push(labels.ui.count(t.events.len(), t.sources.len()));
    let mut text = escape(&about.join(" · "));
    if let Some(note) = ctx.fallback_note(labels) {
        text.push_str(&format!("<br><small>{}</small>", escape(&note)));
    }
    if !undated.is_empty() {
        // TimelineJS needs a date for a slide; the undated facts are named here instead.
        let names: Vec<String> = undated
            .iter()
            .take(UNDATED_NAMED)
            .map(|e| escape(e.title.trim()))
            .collect();
        let mut list = names.join("; ");
        if undated.len() > UNDATED_NAMED {
            list.push_str(&format!("; … (+{})", undated.len() - UNDATED_NAMED));
        }
        text.push_str(&format!(
            "<br><small>{}: {list}</small>",
            escape(
                &labels
                    .ui
                    .undated_count
                    .replace("{n}", &undated.len().to_string())
            )
        ));
    }
    let no_slides = events.is_empty();
    let doc = json!({
        "title": {"text": {
            "headline": escape(&ctx.story(labels)),
            "text": text,
        }},
        "events": events,
    });
    serde_json::to_writer_pretty(&mut *out, &doc)?;
    out.write_all(b"\n")?;
    // TimelineJS refuses a timeline without slides ("Timeline configuration has no events")
    // and blames a spreadsheet; the reason is said here instead.
    let mut notes = Vec::new();
    if no_slides {
        notes.push(format!(
            "no dated events: TimelineJS draws nothing without one{}",
            if undated.is_empty() {
                String::new()
            } else {
                format!(" (the title slide names the {} undated)", undated.len())
            }
        ));
    }
    Ok(notes)
}

fn slide(e: &Event, p: Place, ctx: &Context, labels: &Labels) -> Json {
    let m = ctx.modifier(e);
    let mut text = escape(e.sentence.trim());
    if !text.is_empty() {
        text.push_str("<br>");
    }
    text.push_str(&format!(
        "<small>{}: {}</small>",
        labels.ui.source(e.sources.len()),
        escape(&ctx.sources(e))
    ));
    let mut s = Map::new();
    let (start, end) = dates(e, p);
    s.insert("start_date".into(), Json::Object(start));
    if let Some(end) = end {
        s.insert("end_date".into(), Json::Object(end));
    }
    // TimelineJS can only show a date, in the language its embed is given (English unless
    // told): the date is written in the document's language, with the words that say how
    // the event relates to it.
    let words = calendar::phrase(e, m, labels)
        .unwrap_or_else(|| super::human_date(&e.when.value, e.when.relation, labels));
    s.insert("display_date".into(), Json::String(escape(&words)));
    s.insert(
        "text".into(),
        json!({"headline": escape(&e.title), "text": text}),
    );
    s.insert("unique_id".into(), Json::String(e.id.clone()));
    Json::Object(s)
}

type Date = Map<String, Json>;

/// Start and optional end dates of a place, at the event's own precision.
fn dates(e: &Event, p: Place) -> (Date, Option<Date>) {
    let precision = e.when.precision.unwrap_or(Precision::Day);
    let clocks = match &e.when.value {
        Value::Point(a) => (clock(a), None),
        Value::Interval(a, b) => (clock(a), clock(b)),
        _ => (None, None),
    };
    let start = date(p.first, precision, clocks.0.filter(|t| t.date() == p.first));
    let end = date(p.last, precision, clocks.1.filter(|t| t.date() == p.last));
    if start == end {
        (start, None)
    } else {
        (start, Some(end))
    }
}

fn clock(p: &Point) -> Option<chrono::NaiveDateTime> {
    calendar::clock(p)
}

fn date(day: NaiveDate, precision: Precision, clock: Option<chrono::NaiveDateTime>) -> Date {
    let mut d = Map::new();
    // TimelineJS counts years before the era as negative BCE years with no year 0: its axis
    // shows -480 as "480 BCE". Ours are astronomical (-479 is 480 BC), so one is taken off.
    let y = day.year();
    d.insert("year".into(), if y > 0 { y } else { y - 1 }.into());
    if precision > Precision::Year {
        d.insert("month".into(), day.month().into());
    }
    if precision > Precision::Month {
        d.insert("day".into(), day.day().into());
    }
    if let Some(t) = clock {
        d.insert("hour".into(), t.hour().into());
        d.insert("minute".into(), t.minute().into());
    }
    d
}
