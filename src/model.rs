//! The output model: what SPEC.md calls DOCUMENT, TIMEX and EVENT.

use crate::time::{Mod, Precision, Relation, TimexType, Value};
use chrono::NaiveDateTime;
use serde::Serialize;

impl Dct {
    /// A document date from `origin`, with nothing inferred.
    pub fn new(at: NaiveDateTime, origin: DctOrigin) -> Dct {
        Dct {
            value: dct_string(at),
            at,
            origin,
            year_inferred: false,
            alternatives: Vec::new(),
        }
    }
}

/// A DCT as written in output: minutes only when they were given.
pub fn dct_string(d: NaiveDateTime) -> String {
    use chrono::Timelike;
    if d.hour() == 0 && d.minute() == 0 && d.second() == 0 {
        d.format("%Y-%m-%d").to_string()
    } else {
        d.format("%Y-%m-%dT%H:%M").to_string()
    }
}

/// Where the document creation time came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DctOrigin {
    Flag,
    Metadata,
    /// The article's dateline ("МОСКВА, 12 марта. /ТАСС/.", "6 Декабря, 02:37").
    Dateline,
    /// A full date in the opening sentence, when there is no dateline.
    Text,
    /// Worked out from the years and dates the text tells of, for an article that clearly
    /// belongs to an earlier time than today.
    Estimated,
    Today,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Dct {
    /// As written in output: `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM` when it has a time of day.
    pub value: String,
    /// The same time, typed, for the code downstream: `value` is never parsed again.
    #[serde(skip)]
    pub at: NaiveDateTime,
    pub origin: DctOrigin,
    /// The year was not written with the date but inferred from the text.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub year_inferred: bool,
    /// Other DCTs the text fits as well, when the year is a guess (nearest first).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub alternatives: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Timex {
    pub id: String,
    pub text: String,
    /// Code-point offsets, `end` exclusive.
    pub start: usize,
    pub end: usize,
    #[serde(rename = "type")]
    pub kind: TimexType,
    #[serde(serialize_with = "as_display")]
    pub value: Value,
    #[serde(rename = "mod")]
    pub modifier: Option<Mod>,
    pub precision: Option<Precision>,
    /// Byte offsets into the source, for writers that splice the text (TimeML).
    #[serde(skip)]
    pub byte_start: usize,
    #[serde(skip)]
    pub byte_end: usize,
    /// How an event dated by it relates to it.
    #[serde(skip)]
    pub relation: Relation,
    /// The document's own dateline: it dates the document, not an event.
    #[serde(skip)]
    pub dateline: bool,
    /// The grammar rules that read it.
    #[serde(skip)]
    pub rules: Rules,
}

impl Timex {
    /// The two ends of a range written with one dash ("1861-1863", "6-7 February", "March
    /// 19-April 30"), each with its own text, offsets and point value, as TimeML tags them.
    pub fn range_ends(&self) -> Option<(Timex, Timex)> {
        let Value::Interval(a, b) = &self.value else {
            return None;
        };
        let (l, r) = range_dash(&self.text)?;
        let end = |value: Value, from: usize, to: usize| Timex {
            id: self.id.clone(),
            text: self.text[from..to].to_string(),
            start: self.start + self.text[..from].chars().count(),
            end: self.start + self.text[..to].chars().count(),
            kind: self.kind,
            precision: value.precision(),
            value,
            modifier: self.modifier,
            byte_start: self.byte_start + from,
            byte_end: self.byte_start + to,
            relation: self.relation,
            dateline: self.dateline,
            rules: self.rules,
        };
        Some((
            end(Value::Point(*a), 0, l),
            end(Value::Point(*b), r, self.text.len()),
        ))
    }
}

/// Each range written with one dash becomes its two ends, as TimeML tags them; the timexes
/// are numbered again, and an event dated by the range lists both ends (its `when` keeps the
/// one interval).
pub(crate) fn split_ranges(timexes: &mut Vec<Timex>, events: &mut [Event]) {
    if !timexes.iter().any(|t| t.range_ends().is_some()) {
        return;
    }
    let mut ids: std::collections::HashMap<String, Vec<String>> = Default::default();
    let mut out = Vec::with_capacity(timexes.len() + 4);
    for t in timexes.drain(..) {
        let old = t.id.clone();
        let parts = match t.range_ends() {
            Some((a, b)) => vec![a, b],
            None => vec![t],
        };
        for mut p in parts {
            p.id = crate::text::numbered('t', out.len() + 1);
            ids.entry(old.clone()).or_default().push(p.id.clone());
            out.push(p);
        }
    }
    *timexes = out;
    for e in events {
        e.timex = e
            .timex
            .iter()
            .flat_map(|t| ids.get(t).cloned().unwrap_or_else(|| vec![t.clone()]))
            .collect();
    }
}

/// The named grammar rules that read a timex (`tests/corpus/` cites them by name).
#[derive(Clone, Copy, Default, PartialEq, Eq)]
pub struct Rules {
    bits: u128,
    /// The language's rule names: bit `n` is `names[n]`.
    names: &'static [&'static str],
}

impl Rules {
    pub(crate) fn new(bits: u128, names: &'static [&'static str]) -> Self {
        Rules { bits, names }
    }

    /// The names, in the language's rule order.
    pub fn names(&self) -> impl Iterator<Item = &'static str> + '_ {
        let bits = self.bits;
        self.names
            .iter()
            .enumerate()
            .filter(move |(n, _)| bits >> n & 1 == 1)
            .map(|(_, name)| *name)
    }

    pub fn contains(&self, name: &str) -> bool {
        self.names().any(|n| n == name)
    }
}

impl std::fmt::Debug for Rules {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.names()).finish()
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct When {
    #[serde(serialize_with = "as_display")]
    pub value: Value,
    pub precision: Option<Precision>,
    /// Inclusive calendar days covered (ISO dates), when known.
    pub start: Option<String>,
    pub end: Option<String>,
    pub relation: Relation,
}

impl When {
    /// A date with the calendar days it covers (none for a value off the calendar).
    pub fn new(value: Value, relation: Relation) -> When {
        let days = value.days();
        When {
            precision: value.precision(),
            start: days.map(|d| d.0.to_string()),
            end: days.map(|d| d.1.to_string()),
            value,
            relation,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Event {
    pub id: String,
    pub title: String,
    pub when: When,
    pub timex: Vec<String>,
    pub sentence: String,
    pub start: usize,
    pub end: usize,
    pub location: Option<String>,
    pub sources: Vec<String>,
}

/// One document's result.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Extraction {
    pub id: String,
    pub lang: String,
    pub dct: Dct,
    pub timexes: Vec<Timex>,
    pub events: Vec<Event>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meta: Option<serde_json::Map<String, serde_json::Value>>,
    /// The text the offsets point into (not serialized; writers like TimeML need it).
    #[serde(skip)]
    pub text: String,
    /// For TimeML input: the file around `<TEXT>`'s content.
    #[serde(skip)]
    pub wrapper: Option<crate::timeml::Wrapper>,
}

fn as_display<S: serde::Serializer, T: std::fmt::Display>(v: &T, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(v)
}

/// Where a range's text splits into its two ends: the byte range of the one dash between
/// them, with the spaces around it ("1861-1863", "March 19-April 30", "13 February - 14
/// February"). None when there is no single such dash ("2003-03-19 - 2003-03-25" keeps one tag
/// unless its dash stands between spaces).
pub(crate) fn range_dash(span: &str) -> Option<(usize, usize)> {
    let dashes: Vec<(usize, char)> = span
        .char_indices()
        .filter(|&(_, c)| matches!(c, '-' | '\u{2010}'..='\u{2015}'))
        .collect();
    let spaced: Vec<&(usize, char)> = dashes
        .iter()
        .filter(|&&(i, c)| {
            span[..i].ends_with(char::is_whitespace)
                && span[i + c.len_utf8()..].starts_with(char::is_whitespace)
        })
        .collect();
    let &(i, c) = match (spaced.as_slice(), dashes.as_slice()) {
        ([one], _) => *one,
        ([], [one]) => one,
        _ => return None,
    };
    let l = span[..i].trim_end().len();
    let r = span.len() - span[i + c.len_utf8()..].trim_start().len();
    let alnum = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    (l > 0 && r < span.len() && alnum(span[..l].chars().last()) && alnum(span[r..].chars().next()))
        .then_some((l, r))
}
