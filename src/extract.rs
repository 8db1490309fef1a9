//! The pipeline for one document: tokens -> mentions -> DCT -> resolved timexes -> events.

use crate::events;
use crate::lang::{self, Language, Mention};
use crate::model::{Dct, DctOrigin, Extraction, Timex};
use crate::text::{CharOffsets, Text};
use crate::time::{Anchor, Expr, Point, Resolver, Tense, TimexType, Value};
use chrono::{Datelike, NaiveDate, NaiveDateTime};

/// One input document.
#[derive(Clone, Debug, Default)]
pub struct Document {
    pub id: String,
    pub text: String,
    /// DCT from metadata (batch field or TimeML `<DCT>`).
    pub dct: Option<NaiveDateTime>,
    pub lang: Option<String>,
    pub title: Option<String>,
    pub url: Option<String>,
    pub meta: Option<serde_json::Map<String, serde_json::Value>>,
    /// For TimeML input: the file around the text of `<TEXT>`.
    pub wrapper: Option<(String, String)>,
}

/// Settings shared by every document of a run.
#[derive(Clone, Copy)]
pub struct Extractor {
    /// `None` = detect per document.
    pub lang: Option<&'static dyn Language>,
    /// `--dct`: overrides every other source.
    pub dct: Option<NaiveDateTime>,
    /// The fallback DCT when nothing else gives one.
    pub today: NaiveDate,
}

/// Parse a DCT as SPEC allows (`YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`, seconds and a zone tolerated).
pub fn parse_dct(s: &str) -> Option<NaiveDateTime> {
    let s = s.trim();
    // A zone suffix is dropped: the DCT is the wall time the article was dated with.
    let core = strip_zone(s);
    let formats = [
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%d %H:%M:%S%.f",
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M",
    ];
    for f in formats {
        if let Ok(d) = NaiveDateTime::parse_from_str(core, f) {
            return Some(d);
        }
    }
    NaiveDate::parse_from_str(core, "%Y-%m-%d")
        .ok()
        .and_then(|d| d.and_hms_opt(0, 0, 0))
}

/// "2024-12-06T02:37Z", "…+03:00", "…-0500" without the zone.
fn strip_zone(s: &str) -> &str {
    if let Some(t) = s.strip_suffix('Z') {
        return t;
    }
    // A zone is ASCII; anything else is not a date, and byte offsets below would split a
    // character ("€€€€€€" panicked here).
    if s.len() > 16 && s.is_ascii() {
        for n in [6, 5, 3] {
            if s.len() > n {
                let (head, tail) = s.split_at(s.len() - n);
                let b = tail.as_bytes();
                if (b[0] == b'+' || b[0] == b'-')
                    && tail[1..].chars().all(|c| c.is_ascii_digit() || c == ':')
                    && head.contains('T')
                {
                    return head;
                }
            }
        }
    }
    s
}

/// A DCT as written in output: minutes only when they were given.
fn dct_string(d: NaiveDateTime) -> String {
    use chrono::Timelike;
    if d.hour() == 0 && d.minute() == 0 && d.second() == 0 {
        d.format("%Y-%m-%d").to_string()
    } else {
        d.format("%Y-%m-%dT%H:%M").to_string()
    }
}

impl Extractor {
    pub fn new(today: NaiveDate) -> Self {
        Extractor {
            lang: None,
            dct: None,
            today,
        }
    }

    pub fn extract(&self, doc: &Document) -> Extraction {
        let language = self
            .lang
            .or_else(|| doc.lang.as_deref().and_then(lang::by_code))
            .unwrap_or_else(|| lang::detect(&doc.text));
        let text = Text::new(&doc.text);
        let mentions = language.tag(&text);
        let tenses: Vec<Tense> = language.tenses(&text, &mentions);

        let dateline = find_dateline(&text, &mentions);
        // Without a dateline, a full date in the opening sentence ("Понедельник, 22 июля
        // 2019 года, …") dates the article better than today does.
        let opening = if dateline.is_none() {
            opening_date(&text, &mentions)
        } else {
            None
        };
        let (dct, origin) = if let Some(d) = self.dct {
            (d, DctOrigin::Flag)
        } else if let Some(d) = doc.dct {
            (d, DctOrigin::Metadata)
        } else if let Some(d) =
            dateline.and_then(|i| self.dateline_dct(language, &text, &mentions, &tenses, i))
        {
            (d, DctOrigin::Text)
        } else if let Some(d) = opening {
            (d, DctOrigin::Text)
        } else {
            (
                self.today.and_hms_opt(0, 0, 0).unwrap_or_default(),
                DctOrigin::Today,
            )
        };

        let mut resolver = Resolver::new(Anchor {
            dct,
            known: origin != DctOrigin::Today,
            years: language.year_rule(),
            clocks_ahead: language.clocks_ahead(),
        });
        let mut offsets = CharOffsets::new(&doc.text);
        let mut timexes = Vec::with_capacity(mentions.len());
        let mut kept = Vec::with_capacity(mentions.len());
        for (i, m) in mentions.iter().enumerate() {
            // Only a stated year can open a narrative; skip the predicate search for the rest.
            resolver.at(
                text.tokens[m.first].sentence as usize,
                m.relation,
                m.expr.states_year() && language.sets_scene(&text, m),
            );
            let Some(value) = resolver.resolve(&m.expr, tenses[i]) else {
                continue;
            };
            let bs = text.tokens[m.first].start;
            let be = text.tokens[m.last - 1].end;
            let start = offsets.at(bs);
            let end = offsets.at(be);
            let kind = match (&value, m.expr.timex_type()) {
                (Value::Duration(_), _) => TimexType::Duration,
                (Value::Set(_), _) => TimexType::Set,
                (_, TimexType::Duration | TimexType::Set) => TimexType::Date,
                (_, t) => t,
            };
            timexes.push(Timex {
                id: crate::text::numbered('t', timexes.len() + 1),
                text: doc.text[bs..be].to_string(),
                start,
                end,
                kind,
                precision: value.precision(),
                value,
                modifier: m.modifier,
                byte_start: bs,
                byte_end: be,
                relation: m.relation,
                dateline: dateline == Some(i),
            });
            kept.push(i);
        }
        let events = events::extract(
            language,
            &text,
            &mentions,
            &kept,
            &timexes,
            dct,
            &doc.id,
            &mut offsets,
        );
        Extraction {
            id: doc.id.clone(),
            lang: language.code().to_string(),
            dct: Dct {
                value: dct_string(dct),
                origin,
            },
            timexes,
            events,
            title: doc.title.clone(),
            url: doc.url.clone(),
            meta: doc.meta.clone(),
            text: doc.text.clone(),
            wrapper: doc.wrapper.clone(),
        }
    }

    /// The DCT from a dateline mention. A dateline without a year takes its year from the
    /// years the article states in past and future clauses (and not after today).
    fn dateline_dct(
        &self,
        language: &dyn lang::Language,
        text: &Text,
        mentions: &[Mention],
        tenses: &[Tense],
        i: usize,
    ) -> Option<NaiveDateTime> {
        let m = &mentions[i];
        let Expr::Date {
            year,
            month: Some(month),
            day: Some(day),
            time,
            ..
        } = &m.expr
        else {
            return None;
        };
        let year = year.or_else(|| {
            // The latest year of a past clause and the earliest of a future one bound it.
            // A past year close to the planned one is this year's news; one far behind is
            // history, and then the year before the first planned one is nearer the truth.
            // A present clause ("ожидается в 2025 году", "is a member since 1992") may look
            // either way: its years count only when nothing else is said.
            let mut past: Option<i32> = None;
            let mut present: Option<i32> = None;
            let mut future: Option<i32> = None;
            for (j, o) in mentions.iter().enumerate() {
                let Some(y) = explicit_year(&o.expr).filter(|_| j != i) else {
                    continue;
                };
                // A tense already known is not worked out again; only what `tense` left
                // unknown (a date with its year needs none) is asked of the clause.
                let tense = match tenses[j] {
                    Tense::Unknown => language.clause_tense(text, o),
                    t => t,
                };
                let slot = match tense {
                    Tense::Future => {
                        future = Some(future.map_or(y, |f| f.min(y)));
                        continue;
                    }
                    Tense::Present => &mut present,
                    _ => &mut past,
                };
                if y <= self.today.year() {
                    *slot = Some(slot.map_or(y, |p| p.max(y)));
                }
            }
            let past = past.or(present.filter(|_| future.is_none()));
            let y = match (past, future) {
                (Some(p), Some(f)) if f > p + 2 => (f - 1).min(self.today.year()),
                (Some(p), _) => p,
                (None, Some(f)) => (f - 1).min(self.today.year()),
                (None, None) => self.today.year(),
            };
            Some(y)
        })?;
        let date = NaiveDate::from_ymd_opt(year, *month as u32, *day as u32)?;
        let (h, mi) = time
            .map(|c| (c.hour as u32, c.minute.unwrap_or(0) as u32))
            .unwrap_or((0, 0));
        date.and_hms_opt(h, mi, 0)
    }
}

fn explicit_year(e: &Expr) -> Option<i32> {
    match e {
        Expr::Date { year: Some(y), .. } => Some(*y),
        Expr::YearPart { year: Some(y), .. } => Some(*y),
        Expr::Interval(a, b) => explicit_year(b).or_else(|| explicit_year(a)),
        Expr::NthIn { within, .. } => explicit_year(within),
        _ => None,
    }
}

/// The first full date (day, month and year) of the opening sentence, if the text has one.
fn opening_date(text: &Text, mentions: &[Mention]) -> Option<NaiveDateTime> {
    let first = text.sentences.first()?;
    let m = mentions.first()?;
    if m.first >= first.last {
        return None;
    }
    match m.expr {
        Expr::Date {
            year: Some(y),
            month: Some(mo),
            day: Some(d),
            ..
        } => NaiveDate::from_ymd_opt(y, mo as u32, d as u32)?.and_hms_opt(0, 0, 0),
        _ => None,
    }
}

/// A dateline: a day-and-month expression that fills most of a short line near the top.
fn find_dateline(text: &Text, mentions: &[Mention]) -> Option<usize> {
    const TOP_BYTES: usize = 600;
    for (i, m) in mentions.iter().enumerate() {
        let start = text.tokens[m.first].start;
        if start > TOP_BYTES {
            break;
        }
        if !matches!(
            m.expr,
            Expr::Date {
                month: Some(_),
                day: Some(_),
                ..
            }
        ) {
            continue;
        }
        // The line holding the mention.
        let mut a = m.first;
        while a > 0 && !text.tokens[a].newline_before {
            a -= 1;
        }
        let mut b = m.last;
        while b < text.len() && !text.tokens[b].newline_before {
            b += 1;
        }
        let words_outside = (a..m.first)
            .chain(m.last..b)
            .filter(|&k| text.is_word(k))
            .count();
        if words_outside <= 1 && (b - a) <= (m.last - m.first) + 6 {
            return Some(i);
        }
        if agency_dateline(text, a, m.first, m.last) {
            return Some(i);
        }
    }
    None
}

/// A wire-service dateline opening a paragraph: a capitalised place, the date, an optional
/// agency in brackets, then a dash: "GENEVA, October 2 (AP) --", "WASHINGTON, Aug. 11 —",
/// "МОСКВА, 6 декабря — РИА Новости"; or a place in capitals and a full stop.
fn agency_dateline(text: &Text, line: usize, first: usize, last: usize) -> bool {
    let place = &text.tokens[line..first];
    let words = place
        .iter()
        .enumerate()
        .filter(|(k, _)| text.is_word(line + k));
    if place.is_empty()
        || place.len() > 6
        || !text.is(first - 1, ",")
        || words.clone().count() == 0
        || !words.clone().all(|(_, t)| t.upper)
    {
        return false;
    }
    let mut k = last;
    if text.is(k, "(") {
        match (k + 1..(k + 6).min(text.len())).find(|&j| text.is(j, ")")) {
            Some(j) => k = j + 1,
            None => return false,
        }
    }
    if matches!(text.norm(k), "-" | "--" | "_" | "—" | "–") {
        return true;
    }
    // "МОСКВА, 6 декабря. /ТАСС/." and "АСТАНА, 6 декабря. В минувший…": a full stop is
    // enough after a place written in capitals.
    let shouting = (line..first - 1)
        .filter(|&j| text.is_word(j))
        .all(|j| text.raw(j).chars().all(|c| !c.is_lowercase()) && text.raw(j).chars().count() > 1);
    shouting
        && text.is(k, ".")
        && text
            .tokens
            .get(k + 1)
            .is_some_and(|t| t.upper || text.is(k + 1, "/"))
}

/// Inclusive ISO days of a value, for events; PRESENT_REF is the DCT's day.
pub fn value_days(v: &Value, dct: NaiveDateTime) -> Option<(NaiveDate, NaiveDate)> {
    match v {
        Value::Ref(crate::time::RefKind::Present) => Some((dct.date(), dct.date())),
        _ => v.days(),
    }
}

/// The point an event sorts by.
pub fn sort_key(v: &Value) -> Option<Point> {
    match v {
        Value::Point(p) | Value::Interval(p, _) => Some(*p),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::parse_dct;

    #[test]
    fn dct_with_other_characters_is_not_a_date() {
        for s in [
            "€€€€€€",
            "2024-12-06T02:37€€",
            "2024-12-06T02:37+€",
            "ёёёёёёёёё+03:00",
        ] {
            assert_eq!(parse_dct(s), None, "{s}");
        }
        assert!(parse_dct("2024-12-06T02:37+03:00").is_some());
    }
}
