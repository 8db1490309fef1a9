//! From each timex to the fact it dates. The language finds the phrase and the title
//! (`Language::event`); here they become EVENTs with their `when`, deduplicated and sorted.

use crate::extract::value_days;
use crate::lang::{Language, Mention};
use crate::model::{Event, Timex, When};
use crate::text::{CharOffsets, Text};
use crate::time::{RefKind, TimexType, Value};
use chrono::NaiveDateTime;

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
    for (tx, &mi) in timexes.iter().zip(kept) {
        if tx.dateline || !matches!(tx.kind, TimexType::Date | TimexType::Time) {
            continue;
        }
        if matches!(tx.value, Value::Ref(RefKind::Past | RefKind::Future)) {
            continue;
        }
        let Some(cue) = lang.event(text, mentions, mi) else {
            continue;
        };
        let sentence = text
            .sentence_of(mentions[mi].first)
            .map(|s| text.src[s.start..s.end].to_string())
            .unwrap_or_default();
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
                start: days.map(|d| d.0.to_string()),
                end: days.map(|d| d.1.to_string()),
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
    // The same fact dated twice in one article is one event.
    let mut events: Vec<Event> = Vec::with_capacity(drafts.len());
    for d in drafts {
        if let Some(e) = events
            .iter_mut()
            .find(|e| e.when.value == d.when.value && same_title(&e.title, &d.title))
        {
            e.timex.extend(d.timex);
            if e.location.is_none() {
                e.location = d.location;
            }
            continue;
        }
        events.push(d);
    }
    sort_events(&mut events);
    for (i, e) in events.iter_mut().enumerate() {
        e.id = format!("e{}", i + 1);
    }
    events
}

/// Chronological order: first day, then last day, then finer precision first... and the
/// text position to keep it deterministic.
pub fn sort_events(events: &mut [Event]) {
    events.sort_by(|a, b| {
        let ka = (a.when.start.is_none(), &a.when.start, &a.when.end);
        let kb = (b.when.start.is_none(), &b.when.start, &b.when.end);
        ka.cmp(&kb)
            .then_with(|| a.start.cmp(&b.start))
            .then_with(|| a.title.cmp(&b.title))
    });
}

fn same_title(a: &str, b: &str) -> bool {
    a.to_lowercase() == b.to_lowercase()
}
