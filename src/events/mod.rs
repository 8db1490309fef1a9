//! From each timex to the fact it dates. The language finds the phrase and the title
//! (`Language::event`); here they become EVENTs with their `when`, deduplicated and sorted.

pub mod meta;

use crate::extract::value_days;
use crate::lang::{Language, Mention};
use crate::model::{Event, Timex, When};
use crate::text::{CharOffsets, Text};
use crate::time::TimexType;
use chrono::{NaiveDate, NaiveDateTime};

#[allow(clippy::too_many_arguments)]
pub fn extract(
    lang: &dyn Language,
    text: &Text,
    mentions: &[Mention],
    kept: &[usize],
    timexes: &[Timex],
    dct: NaiveDateTime,
    source: &str,
    offsets: &mut CharOffsets,
) -> Vec<Event> {
    let mut drafts: Vec<Event> = Vec::new();
    // The timexes that can date an event; the language reads their cues in one call, so
    // that it can share work between dates of one sentence.
    let dating: Vec<(&Timex, usize)> = timexes
        .iter()
        .zip(kept.iter().copied())
        .filter(|(tx, _)| {
            // "в ближайшее время", "ранее" date what they modify as much as a day does.
            !tx.dateline && matches!(tx.kind, TimexType::Date | TimexType::Time)
        })
        .collect();
    let indices: Vec<usize> = dating.iter().map(|d| d.1).collect();
    let cues = lang.events(text, mentions, &indices);
    for ((tx, mi), cue) in dating.into_iter().zip(cues) {
        let Some(cue) = cue else {
            continue;
        };
        let m = &mentions[mi];
        let core = (
            cue.start.min(text.tokens[m.first].start),
            cue.end.max(text.tokens[m.last - 1].end),
        );
        let sentence = text
            .sentence_of(m.first)
            .map(|s| context(&text.src[s.start..s.end], s.start, core))
            .unwrap_or_default();
        if meta::is_metadata(&sentence, lang.meta_words()) {
            continue;
        }
        let days = value_days(&tx.value, dct);
        // Offsets may go backwards here; CharOffsets handles that.
        let start = offsets.at(cue.start);
        let end = offsets.at(cue.end);
        drafts.push(Event {
            id: String::new(),
            title: cue.title,
            when: When {
                value: tx.value.clone(),
                precision: tx.precision,
                start: days.map(|d| iso_day(d.0)),
                end: days.map(|d| iso_day(d.1)),
                relation: tx.relation,
            },
            timex: vec![tx.id.clone()],
            sentence,
            start,
            end,
            location: cue.location,
            sources: vec![source.to_string()],
        });
    }
    // The same fact dated twice in one article is one event. Found by a key (value and
    // lower-cased title, compared as before) instead of a search through
    // every event so far: that was quadratic in the events of a long document.
    let mut events: Vec<Event> = Vec::with_capacity(drafts.len());
    let mut seen: std::collections::HashMap<(String, String), usize> = Default::default();
    for d in drafts {
        let key = (d.when.value.to_string(), d.title.to_lowercase());
        if let Some(e) = seen.get(&key).map(|&i| &mut events[i]) {
            e.timex.extend(d.timex);
            if e.location.is_none() {
                e.location = d.location;
            }
            continue;
        }
        seen.insert(key, events.len());
        events.push(d);
    }
    sort_events(&mut events);
    for (i, e) in events.iter_mut().enumerate() {
        e.id = crate::text::numbered('e', i + 1);
    }
    events
}

/// What an event carries of its sentence: all of it up to `WHOLE_SENTENCE` bytes (more than
/// news sentences take); in a longer one, the clauses around the event (`core`, source
/// bytes) up to `MAX_CONTEXT` bytes, cut at clause boundaries, so that the output stays
/// linear in the input.
const WHOLE_SENTENCE: usize = 1200;
const MAX_CONTEXT: usize = 400;

fn context(sentence: &str, offset: usize, core: (usize, usize)) -> String {
    if sentence.len() <= WHOLE_SENTENCE {
        return sentence.to_string();
    }
    let (c0, c1) = (
        core.0.saturating_sub(offset).min(sentence.len()),
        core.1.saturating_sub(offset).min(sentence.len()),
    );
    // Clause boundaries: (where the clause before ends, where the one after starts).
    let mut cuts: Vec<(usize, usize)> = vec![(0, 0)];
    cuts.extend(
        sentence
            .char_indices()
            .filter(|(_, c)| matches!(c, ';' | ',' | ':' | '—' | '–' | '(' | ')'))
            .map(|(i, c)| (i, i + c.len_utf8())),
    );
    cuts.push((sentence.len(), sentence.len()));
    // The clause holding the event's start and the one holding its end.
    let mut l = cuts
        .iter()
        .rposition(|&(_, after)| after <= c0)
        .unwrap_or(0);
    let mut r = cuts
        .iter()
        .position(|&(before, _)| before >= c1)
        .unwrap_or(cuts.len() - 1);
    // Neighbouring clauses while they fit, the following one first.
    loop {
        if r + 1 < cuts.len() && cuts[r + 1].0 - cuts[l].1 <= MAX_CONTEXT {
            r += 1;
        } else if l > 0 && cuts[r].0 - cuts[l - 1].1 <= MAX_CONTEXT {
            l -= 1;
        } else {
            break;
        }
    }
    let (mut a, mut z) = (cuts[l].1, cuts[r].0);
    if z - a > MAX_CONTEXT {
        // One clause longer than the limit: the bytes around the event.
        a = a.max(c0.saturating_sub(MAX_CONTEXT / 4));
        z = z.min(a + MAX_CONTEXT).max(c1.min(z));
        while !sentence.is_char_boundary(a) {
            a -= 1;
        }
        while !sentence.is_char_boundary(z) {
            z += 1;
        }
    }
    sentence[a..z].trim().to_string()
}

/// Chronological order: first day, then last day, then finer precision first... and the
/// text position to keep it deterministic.
pub fn sort_events(events: &mut [Event]) {
    let mut order = sort_order(events);
    for i in 0..order.len() {
        let mut from = order[i];
        while from < i {
            from = order[from];
        }
        order[i] = from;
        events.swap(i, from);
    }
}

/// The positions of `events` in the order `sort_events` puts them.
pub fn sort_order(events: &[Event]) -> Vec<usize> {
    // By the days themselves: as strings, "-0100" and "+10000" sort wrong. The key is
    // parsed once per event, not once per comparison.
    let day = |s: &Option<String>| s.as_deref().and_then(parse_day);
    // As `sort_by_cached_key` does it (keys with their positions, sorted), but the keys
    // borrow the titles instead of cloning them.
    let mut keys: Vec<_> = events
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let key = (
                e.when.start.is_none(),
                day(&e.when.start),
                day(&e.when.end),
                e.start,
                e.title.as_str(),
            );
            (key, i)
        })
        .collect();
    keys.sort_unstable();
    keys.into_iter().map(|(_, i)| i).collect()
}

/// `d.to_string()`, with years 0..=9999 written without chrono's formatter.
fn iso_day(d: NaiveDate) -> String {
    use chrono::Datelike;
    let y = d.year();
    if !(0..=9999).contains(&y) {
        return d.to_string();
    }
    let (y, m, d) = (y as u32, d.month(), d.day());
    let digit = |n: u32| b'0' + (n % 10) as u8;
    let b = [
        digit(y / 1000),
        digit(y / 100),
        digit(y / 10),
        digit(y),
        b'-',
        digit(m / 10),
        digit(m),
        b'-',
        digit(d / 10),
        digit(d),
    ];
    let mut s = String::with_capacity(b.len());
    s.extend(b.iter().map(|&c| c as char));
    s
}

/// `s.parse::<NaiveDate>().ok()`, with the plain "YYYY-MM-DD" read without chrono's
/// format machinery.
fn parse_day(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        b[r].iter().try_fold(0u32, |n, &c| {
            c.is_ascii_digit().then(|| n * 10 + (c - b'0') as u32)
        })
    };
    if b.len() == 10 && b[4] == b'-' && b[7] == b'-' {
        if let (Some(y), Some(m), Some(d)) = (digits(0..4), digits(5..7), digits(8..10)) {
            return NaiveDate::from_ymd_opt(y as i32, m, d);
        }
    }
    s.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::time::{Point, Relation, Value};

    fn year_event(y: i32) -> Event {
        let v = Value::Point(Point::Year(y));
        let days = v.days().unwrap();
        Event {
            id: String::new(),
            title: y.to_string(),
            when: When {
                precision: v.precision(),
                value: v,
                start: Some(days.0.to_string()),
                end: Some(days.1.to_string()),
                relation: Relation::At,
            },
            timex: vec![],
            sentence: String::new(),
            start: 0,
            end: 0,
            location: None,
            sources: vec![],
        }
    }

    #[test]
    fn fast_paths_agree_with_std() {
        for (y, m, d) in [
            (2024, 12, 6),
            (0, 1, 1),
            (9999, 12, 31),
            (10000, 1, 1),
            (-1, 3, 4),
            (-100, 1, 1),
            (5, 10, 20),
            (1990, 2, 28),
        ] {
            let day = NaiveDate::from_ymd_opt(y, m, d).unwrap();
            assert_eq!(iso_day(day), day.to_string());
        }
        for s in [
            "2024-12-06",
            "2024-02-30",
            "0000-01-01",
            "-0100-01-01",
            "+10000-01-01",
            "2024-1-06",
            "2024-12-6x",
            "abcd-ef-gh",
            "",
            "1990-13-01",
        ] {
            assert_eq!(parse_day(s), s.parse::<NaiveDate>().ok(), "{s:?}");
        }
    }

    #[test]
    fn long_sentences_give_a_window() {
        let short = "Саммит прошёл 3 декабря 2010 года.";
        assert_eq!(context(short, 0, (0, 10)), short);
        let list = "01.02.2003 заседание №1; ".repeat(200);
        let at = list.len() / 2;
        let w = context(&list, 0, (at, at + 5));
        assert!(w.len() <= MAX_CONTEXT && w.len() > 100, "{w}");
        assert!(!w.starts_with(';') && !w.ends_with(';'), "{w}");
        let soup = "1".repeat(5000);
        assert!(context(&soup, 0, (2500, 2510)).len() <= MAX_CONTEXT + 4);
    }

    /// The permutation applied by hand agrees with `sort_by_cached_key` on the same keys.
    #[test]
    fn sort_agrees_with_cached_key_sort() {
        let mut x: u64 = 0x9e3779b97f4a7c15;
        for n in 0..40 {
            let mut ev: Vec<Event> = (0..n)
                .map(|k| {
                    x ^= x << 13;
                    x ^= x >> 7;
                    x ^= x << 17;
                    let mut e = year_event(1990 + (x % 5) as i32);
                    e.start = (x % 3) as usize;
                    e.title = format!("{}", (x >> 8) % 4);
                    e.id = k.to_string();
                    e
                })
                .collect();
            let mut want = ev.clone();
            let day = |s: &Option<String>| s.as_deref().and_then(parse_day);
            want.sort_by_cached_key(|e| {
                (
                    e.when.start.is_none(),
                    day(&e.when.start),
                    day(&e.when.end),
                    e.start,
                    e.title.clone(),
                )
            });
            sort_events(&mut ev);
            assert_eq!(ev, want);
        }
    }

    /// Regression: events sorted by their day strings put 100 BC after 44 BC and 10000 AD
    /// before 1990.
    #[test]
    fn sorts_by_day_not_by_string() {
        let mut ev: Vec<Event> = [1990, -44, 10000, -100, 5]
            .into_iter()
            .map(year_event)
            .collect();
        sort_events(&mut ev);
        let titles: Vec<&str> = ev.iter().map(|e| e.title.as_str()).collect();
        assert_eq!(titles, ["-100", "-44", "5", "1990", "10000"]);
    }
}
