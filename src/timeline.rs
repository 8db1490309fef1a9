//! One chronological timeline from the events of many documents: the same fact told by several
//! articles becomes one event that lists all its sources (`--format timeline`, and the input of
//! the `timelinejs`, `ics` and `html` writers).

use crate::events::sort_events;
use crate::model::{Event, Extraction};
use serde::Serialize;
use std::collections::BTreeSet;

/// `{"letopis": VERSION, "events": [EVENT...]}`.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Timeline {
    pub letopis: &'static str,
    pub events: Vec<Event>,
    /// Ids of the documents that went in (with or without events).
    #[serde(skip)]
    pub sources: Vec<String>,
    /// The latest document creation time among the inputs (its TIMEX3-like value), if any.
    #[serde(skip)]
    pub latest_dct: Option<String>,
    /// The language most inputs are in (for writers' labels).
    #[serde(skip)]
    pub lang: Option<String>,
}

/// Collects documents one by one, merges at `finish`.
#[derive(Default)]
pub struct Builder {
    events: Vec<Event>,
    sources: Vec<String>,
    latest_dct: Option<String>,
    langs: std::collections::BTreeMap<String, usize>,
}

impl Builder {
    pub fn add(&mut self, doc: &Extraction) {
        self.sources.push(doc.id.clone());
        *self.langs.entry(doc.lang.clone()).or_insert(0) += 1;
        let parse = crate::extract::parse_dct;
        if self
            .latest_dct
            .as_deref()
            .is_none_or(|l| parse(&doc.dct.value) > parse(l))
        {
            self.latest_dct = Some(doc.dct.value.clone());
        }
        for e in &doc.events {
            let mut e = e.clone();
            // Timex ids are only unique within their document.
            e.timex = e.timex.iter().map(|t| format!("{}#{t}", doc.id)).collect();
            if e.sources.is_empty() {
                e.sources.push(doc.id.clone());
            }
            self.events.push(e);
        }
    }

    pub fn finish(self) -> Timeline {
        let mut sources = self.sources;
        sources.sort();
        sources.dedup();
        Timeline {
            letopis: env!("CARGO_PKG_VERSION"),
            events: merge(self.events),
            sources,
            latest_dct: self.latest_dct,
            // Most documents' language; ties go to the first code alphabetically.
            lang: self
                .langs
                .iter()
                .max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0)))
                .map(|(l, _)| l.clone()),
        }
    }
}

impl Timeline {
    pub fn from_documents<'a>(docs: impl IntoIterator<Item = &'a Extraction>) -> Timeline {
        let mut b = Builder::default();
        for d in docs {
            b.add(d);
        }
        b.finish()
    }
}

/// Merge events that tell the same fact; the result is sorted and numbered e1, e2...
pub fn merge(mut events: Vec<Event>) -> Vec<Event> {
    // The result must not depend on input order: sort fully first (ties broken by source and
    // sentence), then let the finest dates claim their coarser duplicates, so a year event
    // folds into the day that refines it rather than the other way round.
    events.sort_by(|a, b| {
        a.sources
            .cmp(&b.sources)
            .then_with(|| a.sentence.cmp(&b.sentence))
    });
    sort_events(&mut events);
    let mut order: Vec<usize> = (0..events.len()).collect();
    order.sort_by_key(|&i| span_days(&events[i]).unwrap_or(i64::MAX));

    let mut merged: Vec<Event> = Vec::with_capacity(events.len());
    for i in order {
        let e = &events[i];
        if let Some(m) = merged.iter_mut().find(|m| same_fact(m, e)) {
            absorb(m, e);
        } else {
            merged.push(e.clone());
        }
    }
    for m in &mut merged {
        m.sources.sort();
        m.sources.dedup();
        m.timex.sort();
        m.timex.dedup();
    }
    sort_events(&mut merged);
    for (i, e) in merged.iter_mut().enumerate() {
        e.id = format!("e{}", i + 1);
    }
    merged
}

/// Fold `e` into `m`, keeping the finer date (the one covering fewer days).
fn absorb(m: &mut Event, e: &Event) {
    let finer = match (span_days(e), span_days(m)) {
        (Some(a), Some(b)) => a < b,
        _ => false,
    };
    if finer {
        m.when = e.when.clone();
    }
    if m.location.is_none() {
        m.location = e.location.clone();
    }
    m.sources.extend(e.sources.iter().cloned());
    m.timex.extend(e.timex.iter().cloned());
}

/// Number of calendar days an event's date covers, when it is on the calendar.
fn span_days(e: &Event) -> Option<i64> {
    let (a, b) = days(e)?;
    Some((b - a).num_days())
}

fn days(e: &Event) -> Option<(chrono::NaiveDate, chrono::NaiveDate)> {
    let a = e.when.start.as_deref()?.parse().ok()?;
    let b = e.when.end.as_deref()?.parse().ok()?;
    Some((a, b))
}

/// Whether two events tell the same fact: compatible dates and close titles.
pub fn same_fact(a: &Event, b: &Event) -> bool {
    a.when.relation == b.when.relation && dates_compatible(a, b) && titles_close(&a.title, &b.title)
}

/// Equal, or one lies within the other (a day refines its month or year).
fn dates_compatible(a: &Event, b: &Event) -> bool {
    match (days(a), days(b)) {
        (Some((a0, a1)), Some((b0, b1))) => (a0 >= b0 && a1 <= b1) || (b0 >= a0 && b1 <= a1),
        // Off the calendar (XXXX-12-03, PRESENT_REF...): only the very same value.
        _ => a.when.value == b.when.value,
    }
}

/// Share of common tokens (Dice coefficient) at or above which two titles name the same fact.
const TITLE_THRESHOLD: f64 = 0.5;

/// Token overlap after lower-casing, ё→е and cutting words to 5 letters (a crude stem that
/// makes "Совет"/"Совета"/"Советом" one token).
pub fn titles_close(a: &str, b: &str) -> bool {
    let (ta, tb) = (title_tokens(a), title_tokens(b));
    if ta.is_empty() || tb.is_empty() {
        return ta.is_empty()
            && tb.is_empty()
            && a.trim().to_lowercase() == b.trim().to_lowercase();
    }
    let common = ta.intersection(&tb).count() as f64;
    2.0 * common / (ta.len() + tb.len()) as f64 >= TITLE_THRESHOLD
}

/// The normalized tokens of a title; short function words ("в", "и", "of") are dropped,
/// numbers are kept.
pub fn title_tokens(s: &str) -> BTreeSet<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| {
            w.chars()
                .flat_map(char::to_lowercase)
                .map(|c| if c == 'ё' { 'е' } else { c })
                .take(5)
                .collect::<String>()
        })
        .filter(|w| w.chars().count() >= 3 || w.chars().all(|c| c.is_ascii_digit()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Dct, DctOrigin, When};
    use crate::time::{Point, Relation, Value};
    use chrono::NaiveDate;

    fn ev(title: &str, value: Value, source: &str) -> Event {
        let days = value.days();
        Event {
            id: "e1".into(),
            title: title.into(),
            when: When {
                precision: value.precision(),
                start: days.map(|d| d.0.to_string()),
                end: days.map(|d| d.1.to_string()),
                value,
                relation: Relation::At,
            },
            timex: vec!["t1".into()],
            sentence: format!("{title}."),
            start: 0,
            end: 1,
            location: None,
            sources: vec![source.into()],
        }
    }

    fn day(y: i32, m: u32, d: u32) -> Value {
        Value::Point(Point::Day(NaiveDate::from_ymd_opt(y, m, d).unwrap()))
    }

    fn doc(id: &str, dct: &str, events: Vec<Event>) -> Extraction {
        Extraction {
            id: id.into(),
            lang: "ru".into(),
            dct: Dct {
                value: dct.into(),
                origin: DctOrigin::Metadata,
                year_inferred: false,
                alternatives: vec![],
            },
            timexes: vec![],
            events,
            title: None,
            url: None,
            meta: None,
            text: String::new(),
            wrapper: None,
        }
    }

    #[test]
    fn titles() {
        assert!(titles_close(
            "Совет министров иностранных дел ОБСЕ",
            "заседание Совета министров ОБСЕ"
        ));
        assert!(titles_close("Ёлка в Кремле", "елка в кремле"));
        assert!(!titles_close("Совет министров ОБСЕ", "Выборы президента"));
        assert!(!titles_close("", "Выборы"));
        assert!(titles_close("!!", "!!"));
    }

    #[test]
    fn day_refines_year_and_sources_merge() {
        let a = doc(
            "b.txt",
            "2024-12-06",
            vec![ev(
                "Заседание Совета министров ОБСЕ",
                Value::Point(Point::Year(2024)),
                "b.txt",
            )],
        );
        let b = doc(
            "a.txt",
            "2024-12-07T10:00",
            vec![
                ev("Совет министров ОБСЕ", day(2024, 12, 5), "a.txt"),
                ev("Хельсинкский акт", Value::Point(Point::Year(1975)), "a.txt"),
            ],
        );
        let t = Timeline::from_documents([&a, &b]);
        assert_eq!(t.events.len(), 2);
        assert_eq!(t.events[0].title, "Хельсинкский акт");
        assert_eq!(t.events[0].id, "e1");
        let m = &t.events[1];
        assert_eq!(m.id, "e2");
        assert_eq!(m.when.start.as_deref(), Some("2024-12-05"));
        assert_eq!(m.sources, vec!["a.txt", "b.txt"]);
        assert_eq!(m.timex, vec!["a.txt#t1", "b.txt#t1"]);
        assert_eq!(t.latest_dct.as_deref(), Some("2024-12-07T10:00"));
        // Input order does not matter.
        let t2 = Timeline::from_documents([&b, &a]);
        assert_eq!(t.events, t2.events);
        let json = serde_json::to_string(&t).unwrap();
        assert!(json.starts_with("{\"letopis\":\""));
        assert!(json.contains("\"events\":[{\"id\":\"e1\""));
    }

    #[test]
    fn incompatible_dates_stay_apart() {
        let a = ev("Саммит НАТО", day(2024, 7, 9), "a");
        let b = ev("Саммит НАТО", day(2023, 7, 11), "b");
        assert!(!same_fact(&a, &b));
        let mut c = ev("Саммит НАТО", day(2024, 7, 9), "c");
        c.when.relation = Relation::Since;
        assert!(!same_fact(&a, &c));
        assert_eq!(merge(vec![a, b]).len(), 2);
    }
}
