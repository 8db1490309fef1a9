//! What every DOCUMENT must satisfy whatever the input (SPEC.md "DOCUMENT"), shared by the
//! CLI, bad-input and property tests.
#![allow(dead_code)]

use chrono::NaiveDate;
use serde_json::Value;
use std::collections::HashSet;

const TYPES: &[&str] = &["DATE", "TIME", "DURATION", "SET"];
const PRECISIONS: &[&str] = &[
    "century", "decade", "year", "half", "quarter", "season", "month", "week", "day", "hour",
    "minute", "second",
];
const MODS: &[&str] = &[
    "START",
    "MID",
    "END",
    "APPROX",
    "BEFORE",
    "AFTER",
    "ON_OR_BEFORE",
    "ON_OR_AFTER",
    "LESS_THAN",
    "MORE_THAN",
];
const RELATIONS: &[&str] = &["at", "since", "until", "between", "before", "after"];

/// A calendar day as chrono writes it (years outside 0..=9999 carry a sign).
fn day(s: &str) -> Option<NaiveDate> {
    s.parse::<NaiveDate>().ok()
}

/// A TIMEX3 value that names a day ("2024-12-03", "2024-12-03T10:00") must name a real one.
fn check_value_days(v: &str, ctx: &str) {
    for part in v.split('/') {
        let b = part.as_bytes();
        if b.len() >= 10
            && b[..4].iter().all(u8::is_ascii_digit)
            && b[4] == b'-'
            && b[5..7].iter().all(u8::is_ascii_digit)
            && b[7] == b'-'
            && b[8..10].iter().all(u8::is_ascii_digit)
        {
            assert!(
                day(&part[..10]).is_some(),
                "{ctx}: value {v:?} names a day that does not exist"
            );
        }
        if b.len() >= 7
            && b[..4].iter().all(u8::is_ascii_digit)
            && b[4] == b'-'
            && b[5..7].iter().all(u8::is_ascii_digit)
        {
            let m: u32 = part[5..7].parse().unwrap();
            assert!((1..=12).contains(&m), "{ctx}: value {v:?} has month {m}");
        }
    }
}

fn str_in(v: &Value, allowed: &[&str], what: &str, ctx: &str) {
    let s = v
        .as_str()
        .unwrap_or_else(|| panic!("{ctx}: {what} is not a string: {v}"));
    assert!(allowed.contains(&s), "{ctx}: {what} {s:?} is not allowed");
}

fn opt_str_in(v: &Value, allowed: &[&str], what: &str, ctx: &str) {
    if !v.is_null() {
        str_in(v, allowed, what, ctx);
    }
}

fn span(o: &Value, chars: &[char], ctx: &str) -> (usize, usize) {
    let start = o["start"]
        .as_u64()
        .unwrap_or_else(|| panic!("{ctx}: no start")) as usize;
    let end = o["end"].as_u64().unwrap_or_else(|| panic!("{ctx}: no end")) as usize;
    assert!(
        start <= end && end <= chars.len(),
        "{ctx}: span {start}..{end} outside the text of {} code points",
        chars.len()
    );
    (start, end)
}

/// Check one DOCUMENT (as serialized) against the text it was extracted from.
pub fn check_document(doc: &Value, text: &str) {
    let id = doc["id"].as_str().expect("document id is a string");
    let ctx = format!("document {id:?}");
    assert!(doc["lang"].is_string(), "{ctx}: no lang");
    assert!(doc["dct"]["value"].is_string(), "{ctx}: no dct.value");
    str_in(
        &doc["dct"]["origin"],
        &["flag", "metadata", "dateline", "text", "estimated", "today"],
        "dct.origin",
        &ctx,
    );
    let chars: Vec<char> = text.chars().collect();

    let timexes = doc["timexes"].as_array().expect("timexes is an array");
    let mut ids = HashSet::new();
    let mut prev_end = 0;
    for t in timexes {
        let tid = t["id"].as_str().expect("timex id is a string");
        let ctx = format!("{ctx} timex {tid}");
        assert!(ids.insert(tid.to_string()), "{ctx}: duplicate id");
        let (start, end) = span(t, &chars, &ctx);
        assert!(start < end, "{ctx}: empty span");
        let slice: String = chars[start..end].iter().collect();
        assert_eq!(
            t["text"].as_str(),
            Some(slice.as_str()),
            "{ctx}: text is not the slice"
        );
        // In text order and not overlapping (SPEC: "in text order").
        assert!(
            start >= prev_end,
            "{ctx}: overlaps or precedes the previous timex"
        );
        prev_end = end;
        str_in(&t["type"], TYPES, "type", &ctx);
        opt_str_in(&t["precision"], PRECISIONS, "precision", &ctx);
        opt_str_in(&t["mod"], MODS, "mod", &ctx);
        let v = t["value"].as_str().expect("value is a string");
        assert!(!v.is_empty(), "{ctx}: empty value");
        check_value_days(v, &ctx);
    }

    let events = doc["events"].as_array().expect("events is an array");
    let mut eids = HashSet::new();
    let mut prev_start: Option<NaiveDate> = None;
    let mut seen_undated = false;
    for e in events {
        let eid = e["id"].as_str().expect("event id is a string");
        let ctx = format!("{ctx} event {eid}");
        assert!(eids.insert(eid.to_string()), "{ctx}: duplicate id");
        span(e, &chars, &ctx);
        let refs = e["timex"].as_array().expect("event timex is an array");
        assert!(!refs.is_empty(), "{ctx}: dated by no timex");
        for r in refs {
            let r = r.as_str().expect("timex ref is a string");
            assert!(ids.contains(r), "{ctx}: timex {r:?} does not exist");
        }
        assert!(e["title"].is_string(), "{ctx}: no title");
        assert!(e["sentence"].is_string(), "{ctx}: no sentence");
        let w = &e["when"];
        str_in(&w["relation"], RELATIONS, "when.relation", &ctx);
        opt_str_in(&w["precision"], PRECISIONS, "when.precision", &ctx);
        check_value_days(w["value"].as_str().expect("when.value"), &ctx);
        let ws = w["start"]
            .as_str()
            .map(|s| day(s).unwrap_or_else(|| panic!("{ctx}: when.start {s:?} is not a day")));
        let we = w["end"]
            .as_str()
            .map(|s| day(s).unwrap_or_else(|| panic!("{ctx}: when.end {s:?} is not a day")));
        if let (Some(a), Some(b)) = (ws, we) {
            assert!(a <= b, "{ctx}: when.start {a} is after when.end {b}");
        }
        // Chronological order: dated events by their first day, undated ones last.
        match ws {
            Some(s) => {
                assert!(!seen_undated, "{ctx}: a dated event after an undated one");
                if let Some(p) = prev_start {
                    assert!(p <= s, "{ctx}: starts {s}, before the previous event ({p})");
                }
                prev_start = Some(s);
            }
            None => seen_undated = true,
        }
        let sources = e["sources"].as_array().expect("sources is an array");
        assert!(
            sources.iter().any(|s| s.as_str() == Some(id)),
            "{ctx}: sources do not name the document"
        );
    }
}
