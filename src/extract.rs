//! The pipeline for one document: tokens -> mentions -> DCT -> resolved timexes -> events.

use crate::events;
use crate::lang::{self, Lang, Mention};
use crate::model::{Dct, DctOrigin, Extraction, Timex};
use crate::text::{CharOffsets, Text};
use crate::time::{Anchor, Expr, Resolver, Tense, TimexType, Value};
use chrono::{Datelike, NaiveDate, NaiveDateTime, Weekday};

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
    pub wrapper: Option<crate::timeml::Wrapper>,
}

impl Document {
    /// A document with an id and its text; the other fields are optional metadata.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Self {
        Document {
            id: id.into(),
            text: text.into(),
            ..Document::default()
        }
    }
}

/// Settings shared by every document of a run. Build one with [`Extractor::builder`].
#[derive(Clone, Copy)]
pub struct Extractor {
    /// `None` = detect per document.
    lang: Option<Lang>,
    /// `--dct`: overrides every other source.
    dct: Option<NaiveDateTime>,
    /// The fallback DCT when nothing else gives one.
    today: NaiveDate,
}

/// Settings for an [`Extractor`]; every one has a default.
#[derive(Clone, Copy, Debug, Default)]
pub struct ExtractorBuilder {
    lang: Option<Lang>,
    dct: Option<NaiveDateTime>,
    today: Option<NaiveDate>,
}

impl ExtractorBuilder {
    /// Read every document as this language (`None`: the default, detected per document, a
    /// document's own `lang` first).
    pub fn lang(mut self, lang: impl Into<Option<Lang>>) -> Self {
        self.lang = lang.into();
        self
    }

    /// The creation time of every document, over anything the documents say (`--dct`).
    pub fn dct(mut self, dct: impl Into<Option<NaiveDateTime>>) -> Self {
        self.dct = dct.into();
        self
    }

    /// The day that stands in for a document date nothing gives. Default: the local date.
    pub fn today(mut self, today: NaiveDate) -> Self {
        self.today = Some(today);
        self
    }

    pub fn build(self) -> Extractor {
        Extractor {
            lang: self.lang,
            dct: self.dct,
            today: self
                .today
                .unwrap_or_else(|| chrono::Local::now().date_naive()),
        }
    }
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

/// The mention stands inside parentheses in its sentence ("(as of December 5, 2006)"): a
/// remark beside the story, not a step of it.
fn in_parentheses(text: &Text, m: &Mention) -> bool {
    let Some(s) = text.sentence_of(m.first).copied() else {
        return false;
    };
    let opened = (s.first..m.first)
        .rev()
        .map(|i| text.norm(i))
        .find(|w| matches!(*w, "(" | ")"))
        == Some("(");
    opened
        && (m.last..s.last)
            .map(|i| text.norm(i))
            .find(|w| matches!(*w, "(" | ")"))
            == Some(")")
}

impl Extractor {
    /// Settings: language, document date, the day standing in for a missing date.
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder::default()
    }

    /// An extractor that detects the language and falls back to `today` for a document with
    /// no date of its own.
    pub fn new(today: NaiveDate) -> Self {
        Extractor::builder().today(today).build()
    }

    /// The language every document is read as, when one was set.
    pub fn lang(&self) -> Option<Lang> {
        self.lang
    }

    pub fn extract(&self, doc: &Document) -> Extraction {
        let language = self
            .lang
            .map(Lang::language)
            .or_else(|| doc.lang.as_deref().and_then(lang::by_code))
            .unwrap_or_else(|| lang::detect(&doc.text));
        let text = crate::lang::text(&doc.text);
        let mut mentions = language.tag(&text);
        lang::share_years(language, &text, &mut mentions);
        let tenses: Vec<Tense> = language.tenses(&text, &mentions);

        let dateline = find_dateline(&text, &mentions);
        // Without a dateline, a full date in the opening sentence ("Понедельник, 22 июля
        // 2019 года, …") dates the article better than today does.
        let opening = if dateline.is_none() {
            opening_date(&text, &mentions)
        } else {
            None
        };
        let plain = Dct::new;
        let (dct, dct_out) = if let Some(d) = self.dct {
            (d, plain(d, DctOrigin::Flag))
        } else if let Some(d) = doc.dct {
            (d, plain(d, DctOrigin::Metadata))
        } else if let Some((d, out)) =
            dateline.and_then(|i| self.dateline_dct(language, &text, &mentions, &tenses, i))
        {
            (d, out)
        } else if let Some(d) = opening {
            (d, plain(d, DctOrigin::Text))
        } else if let Some(d) = self.estimate(language, &text, &mentions, &tenses) {
            (d, plain(d, DctOrigin::Estimated))
        } else {
            let d = self.today.and_hms_opt(0, 0, 0).unwrap_or_default();
            (d, plain(d, DctOrigin::Today))
        };
        let origin = dct_out.origin;

        let mut resolver = Resolver::new(Anchor {
            dct,
            known: origin != DctOrigin::Today,
            years: language.year_rule(),
            clocks_ahead: language.clocks_ahead(),
        });
        resolver.survey(mentions.iter().map(|m| &m.expr));
        let mut offsets = CharOffsets::new(&doc.text);
        let mut timexes = Vec::with_capacity(mentions.len());
        let mut kept = Vec::with_capacity(mentions.len());
        for (i, m) in mentions.iter().enumerate() {
            // Only a stated year can open a narrative; skip the predicate search for the rest.
            resolver.at(
                i,
                text.tokens[m.first].sentence as usize,
                m.relation,
                m.expr.states_year() && language.sets_scene(&text, m),
            );
            // In a history, a year said of what is still to come leaves the story where it is.
            resolver.looks_ahead(
                resolver.narrative_doc()
                    && tenses[i] == Tense::Unknown
                    && m.expr.states_year()
                    && language.clause_tense(&text, m) == Tense::Future,
            );
            resolver.looks_back(
                resolver.narrative_doc()
                    && (language.looks_back(&text, m) || in_parentheses(&text, m)),
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
                rules: crate::model::Rules::new(m.rules, language.rule_names()),
            });
            kept.push(i);
        }
        let mut events = events::extract(
            language,
            &text,
            &mentions,
            &kept,
            &timexes,
            dct,
            &doc.id,
            &mut offsets,
        );
        if language.tags_range_ends() {
            crate::model::split_ranges(&mut timexes, &mut events);
        }
        Extraction {
            id: doc.id.clone(),
            lang: language.code().to_string(),
            dct: dct_out,
            timexes,
            events,
            title: doc.title.clone(),
            url: doc.url.clone(),
            meta: doc.meta.clone(),
            text: doc.text.clone(),
            wrapper: doc.wrapper.clone(),
        }
    }

    /// The DCT from a dateline mention. A dateline without a year takes the year the
    /// text fits best (see `YearClues`), and says which others it fits as well.
    fn dateline_dct(
        &self,
        language: &dyn lang::Language,
        text: &Text,
        mentions: &[Mention],
        tenses: &[Tense],
        i: usize,
    ) -> Option<(NaiveDateTime, Dct)> {
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
        let (month, day) = (*month as u32, *day as u32);
        // "14:35" on the line just before or after the dateline is its time.
        let time = time.or_else(|| line_clock(text, mentions, i));
        let at = |y: i32| {
            let (h, mi) = time
                .map(|c| (c.hour as u32, c.minute.unwrap_or(0) as u32))
                .unwrap_or((0, 0));
            NaiveDate::from_ymd_opt(y, month, day)?.and_hms_opt(h, mi, 0)
        };
        let dct = |d: NaiveDateTime, inferred: bool, alternatives: Vec<String>| Dct {
            year_inferred: inferred,
            alternatives,
            ..Dct::new(d, DctOrigin::Dateline)
        };
        if let Some(y) = year {
            let d = at(*y)?;
            return Some((d, dct(d, false, vec![])));
        }
        let clues = YearClues::gather(language, text, mentions, tenses, i, self.today);
        let (year, others) = clues.pick(month, day, self.today);
        let d = at(year)?;
        let alternatives = others
            .into_iter()
            .filter_map(at)
            .map(crate::model::dct_string)
            .collect();
        Some((d, dct(d, true, alternatives)))
    }

    /// An earlier DCT for an article with neither a dateline nor metadata, when its text
    /// clearly belongs to an earlier time: it speaks relative to its own date ("вчера",
    /// "в понедельник", "в прошлом году"), and no year it tells of in the past or present
    /// is within a year of today, nor any it plans for. The date is the latest day of that
    /// year the article tells of (news is written soon after), else the end of the latest
    /// month, else the end of the year.
    fn estimate(
        &self,
        language: &dyn lang::Language,
        text: &Text,
        mentions: &[Mention],
        tenses: &[Tense],
    ) -> Option<NaiveDateTime> {
        // Words only news uses of its own date: "вчера", "на этой неделе", "в прошлом
        // месяце", "в понедельник". Histories say "the next day" and name their years.
        let deictic = mentions.iter().filter(|m| match m.expr {
            Expr::Rel { unit, .. } => {
                use crate::time::Unit::*;
                matches!(unit, Hour | Day | Week | Month)
            }
            Expr::Weekday {
                dir: 0, week: None, ..
            } => true,
            _ => false,
        });
        if deictic.count() < 2 {
            return None;
        }
        // Years told of in the past; a present clause ("в 2021 году ожидается") may look
        // ahead, so its years count only when no past one is said.
        let mut told: Option<i32> = None;
        let mut present: Option<i32> = None;
        let mut planned: Option<i32> = None;
        for (j, m) in mentions.iter().enumerate() {
            let Some(y) = explicit_year(&m.expr) else {
                continue;
            };
            let slot = match clause_tense(language, text, m, tenses[j]) {
                Tense::Future => &mut planned,
                Tense::Present => &mut present,
                _ => &mut told,
            };
            *slot = Some(slot.map_or(y, |p| p.max(y)));
        }
        let told = told.or(present);
        // A history names many years; a news story a few.
        let mut years: Vec<i32> = mentions
            .iter()
            .filter_map(|m| explicit_year(&m.expr))
            .collect();
        years.sort_unstable();
        years.dedup();
        let year = told?;
        if years.len() > 6
            || year + 2 > self.today.year()
            || planned.is_some_and(|p| p + 2 > self.today.year())
        {
            return None;
        }
        // Days and months of that year, stated or said without a year.
        let mut last_day: Option<NaiveDate> = None;
        let mut last_month: Option<u32> = None;
        for (j, m) in mentions.iter().enumerate() {
            if let Expr::Date {
                year: y,
                year_rel: None,
                year_focus: false,
                month: Some(mo),
                day,
                ..
            } = m.expr
            {
                // A stated date of that year told of in the past or present, or one
                // without a year in a past clause (a future one may be next year's).
                let told = match (y, clause_tense(language, text, m, tenses[j])) {
                    (Some(y), t) => y == year && t == Tense::Past,
                    (None, t) => t == Tense::Past,
                };
                if !told {
                    continue;
                }
                match day.and_then(|d| NaiveDate::from_ymd_opt(year, mo as u32, d as u32)) {
                    Some(d) => last_day = last_day.max(Some(d)),
                    None if day.is_none() => last_month = last_month.max(Some(mo as u32)),
                    None => {}
                }
            }
        }
        let date = match (last_day, last_month) {
            (Some(d), mo) if mo.is_none_or(|mo| mo <= d.month()) => d,
            (_, Some(mo)) => {
                crate::time::add_months(NaiveDate::from_ymd_opt(year, mo, 1)?, 1)?.pred_opt()?
            }
            _ => NaiveDate::from_ymd_opt(year, 12, 31)?,
        };
        date.and_hms_opt(0, 0, 0)
    }
}

/// The latest year an expression states: the clues to a dateline's year are the years told of.
fn explicit_year(e: &Expr) -> Option<i32> {
    crate::time::compose::stated_year(e, crate::time::compose::End::Last)
}

/// A tense already known is not worked out again; only what `tense` left unknown (a date
/// with its year needs none) is asked of the clause.
fn clause_tense(language: &dyn lang::Language, text: &Text, m: &Mention, t: Tense) -> Tense {
    match t {
        Tense::Unknown => language.clause_tense(text, m),
        t => t,
    }
}

/// What a text says about the year of its yearless dateline.
#[derive(Debug, Default)]
struct YearClues {
    /// The latest year told of in a past clause, a present one, and the earliest planned.
    past: Option<i32>,
    present: Option<i32>,
    future: Option<i32>,
    /// Weekdays named with a yearless day: "во вторник, 10 марта" (month, day, weekday).
    named: Vec<(u32, u32, Weekday)>,
    /// Weekdays said alone in a past or present clause: the dateline's day or one shortly
    /// before it ("Президент во вторник провёл совещание").
    said: Vec<Weekday>,
}

impl YearClues {
    fn gather(
        language: &dyn lang::Language,
        text: &Text,
        mentions: &[Mention],
        tenses: &[Tense],
        dateline: usize,
        today: NaiveDate,
    ) -> Self {
        // Bare weekdays far into a long text may well be of other weeks.
        const NEAR_BYTES: usize = 3000;
        let mut c = YearClues::default();
        for (j, o) in mentions.iter().enumerate() {
            if j == dateline {
                continue;
            }
            match o.expr {
                Expr::Date {
                    year: None,
                    year_rel: None,
                    month: Some(mo),
                    day: Some(d),
                    ..
                } => {
                    // The weekday is the mention's first word, or the word before it.
                    let wd = (o.first.saturating_sub(2)..(o.first + 1).min(o.last))
                        .filter(|&k| text.is_word(k))
                        .find_map(|k| language.weekday_name(text.norm(k)));
                    if let Some(wd) = wd {
                        c.named.push((mo as u32, d as u32, wd));
                    }
                }
                Expr::Weekday {
                    wd,
                    dir: 0,
                    week: None,
                    ..
                } if text.tokens[o.first].start < NEAR_BYTES && tenses[j] != Tense::Future => {
                    c.said.push(wd)
                }
                _ => {}
            }
            let Some(y) = explicit_year(&o.expr) else {
                continue;
            };
            let slot = match clause_tense(language, text, o, tenses[j]) {
                Tense::Future => {
                    c.future = Some(c.future.map_or(y, |f| f.min(y)));
                    continue;
                }
                Tense::Present => &mut c.present,
                _ => &mut c.past,
            };
            if y <= today.year() {
                *slot = Some(slot.map_or(y, |p| p.max(y)));
            }
        }
        c
    }

    /// The year stated years point to. The latest year of a past clause and the earliest
    /// of a future one bound it. A past year close to the planned one is this year's news;
    /// one far behind is history, and then the year before the first planned one is nearer
    /// the truth. A present clause ("ожидается в 2025 году", "is a member since 1992") may
    /// look either way: its years count only when nothing else is said.
    fn preferred(&self, today: NaiveDate) -> i32 {
        let past = self.past.or(self.present.filter(|_| self.future.is_none()));
        match (past, self.future) {
            (Some(p), Some(f)) if f > p + 2 => (f - 1).min(today.year()),
            (Some(p), _) => p,
            (None, Some(f)) => (f - 1).min(today.year()),
            (None, None) => today.year(),
        }
    }

    /// How badly year `y` fits the weekdays: a weekday named with a date must be that
    /// date's; one said alone is most often the dateline's day, else a day or two before.
    fn cost(&self, y: i32, month: u32, day: u32) -> u32 {
        let Some(dl) = NaiveDate::from_ymd_opt(y, month, day) else {
            return u32::MAX;
        };
        let named: u32 = self
            .named
            .iter()
            .map(|&(mo, d, wd)| {
                // The year of that day is the one that puts it nearest the dateline.
                let near = (y - 1..=y + 1)
                    .filter_map(|yy| NaiveDate::from_ymd_opt(yy, mo, d))
                    .min_by_key(|x| (*x - dl).num_days().abs());
                match near {
                    Some(x) if x.weekday() == wd => 0,
                    _ => 6,
                }
            })
            .sum();
        let said: u32 = self
            .said
            .iter()
            .map(|&wd| {
                let back =
                    (dl.weekday().num_days_from_monday() + 7 - wd.num_days_from_monday()) % 7;
                back.min(3)
            })
            .sum();
        named + said
    }

    /// The year for a dateline's month and day, and the two next best. A year pays for the
    /// weekdays it does not fit (three times their `cost`) and for each year it lies from the one
    /// the stated years point to: "in 1998 … on Monday" with a Tuesday dateline in 1998 is
    /// that Tuesday, not a Monday five years on. Only years in which the day is not after
    /// today count.
    fn pick(&self, month: u32, day: u32, today: NaiveDate) -> (i32, Vec<i32>) {
        const BACK: i32 = 30;
        let fits = |y: i32| NaiveDate::from_ymd_opt(y, month, day).is_some_and(|d| d <= today);
        let mut lo = self.past.unwrap_or(today.year() - BACK);
        let mut hi = self.future.unwrap_or(today.year()).min(today.year());
        if lo > hi || !(lo..=hi).any(fits) {
            (lo, hi) = (today.year() - BACK, today.year());
        }
        let pref = self.preferred(today).clamp(lo, hi);
        let mut years: Vec<(u32, i32)> = (lo..=hi)
            .filter(|&y| fits(y))
            .map(|y| (3 * self.cost(y, month, day) + (y - pref).unsigned_abs(), -y))
            .collect();
        years.sort_unstable();
        let Some(&(_, y)) = years.first() else {
            return (pref, vec![]);
        };
        let others = years[1..].iter().take(2).map(|&(_, y)| -y).collect();
        (-y, others)
    }
}

/// The clock time alone on the line just before or after mention `i` ("14:35" above
/// "МОСКВА, 12 марта. /ТАСС/.").
fn line_clock(text: &Text, mentions: &[Mention], i: usize) -> Option<crate::time::Clock> {
    let m = &mentions[i];
    let line_start = |mut k: usize| {
        while k > 0 && !text.tokens[k].newline_before {
            k -= 1;
        }
        k
    };
    let line_end = |mut k: usize| {
        while k < text.len() && !text.tokens[k].newline_before {
            k += 1;
        }
        k
    };
    let (start, end) = (line_start(m.first), line_end(m.last));
    let near = |j: usize| -> Option<crate::time::Clock> {
        let o = mentions.get(j)?;
        let Expr::Clock(c) = o.expr else {
            return None;
        };
        // The clock fills its own line, next to the dateline's.
        let (a, b) = (line_start(o.first), line_end(o.last));
        let alone = (a..o.first)
            .chain(o.last..b)
            .all(|k| !text.is_word(k) && !text.is_num(k));
        let next_to = if j < i { b == start } else { a == end };
        (alone && next_to).then_some(c)
    };
    near(i.wrapping_sub(1)).or_else(|| near(i + 1))
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
    // A date alone on a line is a dateline only near the top; an agency dateline, which
    // cannot be mistaken, may follow a headline, a lead and a photo caption.
    const TOP_BYTES: usize = 600;
    const AGENCY_BYTES: usize = 1500;
    for (i, m) in mentions.iter().enumerate() {
        let start = text.tokens[m.first].start;
        if start > AGENCY_BYTES {
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
        if agency_dateline(text, a, m.first, m.last) {
            return Some(i);
        }
        if start > TOP_BYTES {
            continue;
        }
        if words_outside <= 1 && (b - a) <= (m.last - m.first) + 6 {
            return Some(i);
        }
        // A publication stamp: a date with its time opening its line, or after a label
        // and a colon ("14 декабря 2020, 20:40В мире", "время публикации: 24 августа
        // 2020 г., 22:54 | последнее обновление: …").
        let stamped = matches!(m.expr, Expr::Date { time: Some(_), .. });
        let labelled = m.first == a
            || (text.is(m.first - 1, ":")
                && (a..m.first).filter(|&k| text.is_word(k)).count() <= 3);
        if stamped && labelled {
            return Some(i);
        }
    }
    None
}

/// A wire-service dateline opening a paragraph: a capitalised place, a comma or a full
/// stop, the date, then an agency in brackets or slashes, a dash or a full stop:
/// "GENEVA, October 2 (AP) --", "WASHINGTON, Aug. 11 —", "МОСКВА, 6 декабря — РИА Новости",
/// "МОСКВА, 12 марта. /ТАСС/.", "Москва. 12 марта. INTERFAX.RU -",
/// "Киев, 12 марта (Интерфакс-Украина) -", "Ростов-на-Дону, 12 марта. ...".
fn agency_dateline(text: &Text, line: usize, first: usize, last: usize) -> bool {
    if first <= line || first - line > 8 || !(text.is(first - 1, ",") || text.is(first - 1, ".")) {
        return false;
    }
    // The place: capitalised words, and lower-case ones only inside a hyphenated name.
    let mut words = 0;
    for k in line..first - 1 {
        if text.is_word(k) {
            let joined = k > line && text.is(k - 1, "-") && text.glued(k - 1);
            if !text.tokens[k].upper && !joined {
                return false;
            }
            words += 1;
        } else if !matches!(text.norm(k), "-" | "'" | "’") {
            return false;
        }
    }
    if words == 0 || words > 4 {
        return false;
    }
    let mut k = last;
    if text.is(k, "(") {
        match (k + 1..(k + 8).min(text.len())).find(|&j| text.is(j, ")")) {
            Some(j) => k = j + 1,
            None => return false,
        }
        // "Киев, 12 марта (Интерфакс-Украина) - …", or the end of the line.
        return k >= text.len()
            || text.tokens[k].newline_before
            || matches!(text.norm(k), "-" | "--" | "_" | "—" | "–" | "." | ",");
    }
    if matches!(text.norm(k), "-" | "--" | "_" | "—" | "–" | "/") {
        return true;
    }
    // "МОСКВА, 6 декабря. /ТАСС/.", "Москва. 12 марта. INTERFAX.RU -": a full stop, then an
    // agency in capitals or slashes; after a place in capitals ("АСТАНА, 6 декабря. В
    // минувший…") any new sentence.
    let caps = |j: usize| {
        text.is_word(j)
            && text.raw(j).chars().count() > 1
            && !text.raw(j).chars().any(char::is_lowercase)
    };
    let shouting = (line..first - 1).filter(|&j| text.is_word(j)).all(caps);
    text.is(k, ".")
        && text
            .tokens
            .get(k + 1)
            .is_some_and(|t| text.is(k + 1, "/") || caps(k + 1) || (shouting && t.upper))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dct(text: &str, today: (i32, u32, u32)) -> Dct {
        let today = NaiveDate::from_ymd_opt(today.0, today.1, today.2).unwrap();
        let doc = Document {
            id: "t".into(),
            text: text.into(),
            lang: Some("ru".into()),
            ..Document::default()
        };
        Extractor::new(today).extract(&doc).dct
    }

    /// The latest year not after `today` in which `month`/`day` falls on `wd`.
    fn latest(wd: Weekday, month: u32, day: u32, today: NaiveDate) -> i32 {
        (1990..=today.year())
            .rev()
            .find(|&y| {
                let d = NaiveDate::from_ymd_opt(y, month, day).unwrap();
                d <= today && d.weekday() == wd
            })
            .unwrap()
    }

    #[test]
    fn agency_datelines_of_every_form() {
        for text in [
            "Москва. 12 марта. INTERFAX.RU - Правительство одобрило законопроект.",
            "МОСКВА, 12 марта. /ТАСС/. Правительство одобрило законопроект.",
            "МОСКВА, 12 мар – РИА Новости. Правительство одобрило законопроект.",
            "Киев, 12 марта (Интерфакс-Украина) - Правительство одобрило законопроект.",
            "Ростов-на-Дону, 12 марта — Правительство области одобрило законопроект.",
            "ЕКАТЕРИНБУРГ, 12 марта — Правительство области одобрило законопроект.",
        ] {
            let d = dct(text, (2026, 12, 3));
            assert_eq!(d.origin, DctOrigin::Dateline, "{text}");
            assert!(d.year_inferred, "{text}");
            assert_eq!(d.value, "2026-03-12", "{text}");
        }
        // A sentence that opens with a place and a date is no dateline.
        for text in [
            "Москва, 12 марта стала местом встречи.",
            "Москва, 12 марта. Президент подписал указ.",
        ] {
            assert_ne!(
                dct(text, (2026, 12, 3)).origin,
                DctOrigin::Dateline,
                "{text}"
            );
        }
    }

    #[test]
    fn a_clock_on_the_next_or_previous_line_is_the_datelines_time() {
        let d = dct(
            "14:35\nМОСКВА, 12 марта. /ТАСС/. Правительство одобрило законопроект.",
            (2026, 12, 3),
        );
        assert_eq!(d.value, "2026-03-12T14:35");
        let d = dct(
            "МОСКВА, 12 марта. /ТАСС/.\n09:05\nПравительство одобрило законопроект.",
            (2026, 12, 3),
        );
        assert_eq!(d.value, "2026-03-12T09:05");
    }

    #[test]
    fn a_weekday_said_alone_is_most_often_the_datelines_day() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
        let d = dct(
            "МОСКВА, 12 марта. /ТАСС/. Президент во вторник провёл совещание.",
            (2026, 12, 3),
        );
        let y = latest(Weekday::Tue, 3, 12, today);
        assert_eq!(d.value, format!("{y}-03-12"));
        // The next best are named.
        assert_eq!(d.alternatives.len(), 2);
        assert!(!d.alternatives.contains(&d.value));
    }

    #[test]
    fn a_weekday_named_with_a_date_must_be_that_dates() {
        // The dateline is not after today: on 1 March 2026 the last 11 March that was a
        // Wednesday is not 2026's.
        let today = NaiveDate::from_ymd_opt(2026, 3, 1).unwrap();
        let d = dct(
            "Москва. 12 марта. INTERFAX.RU - Совещание прошло в среду, 11 марта, в Кремле.",
            (2026, 3, 1),
        );
        let y = latest(Weekday::Wed, 3, 11, today);
        assert_eq!(d.value, format!("{y}-03-12"));
    }

    #[test]
    fn stated_years_bound_the_datelines_year() {
        // Told of 2018 in the past and planned for 2020: the news is of 2018 or 2019.
        let d = dct(
            "МОСКВА, 12 марта. /ТАСС/. В 2018 году завод выпустил 100 машин, к 2020 году выпуск вырастет.",
            (2026, 12, 3),
        );
        assert!(matches!(&d.value[..4], "2018" | "2019"), "{}", d.value);
        // A year stated with the dateline is no guess.
        let d = dct(
            "МОСКВА, 12 марта 2015 г. /ТАСС/. Завод открыт.",
            (2026, 12, 3),
        );
        assert_eq!(d.value, "2015-03-12");
        assert!(!d.year_inferred && d.alternatives.is_empty());
    }

    #[test]
    fn publication_stamps_date_the_article() {
        let d = dct(
            "Заголовок статьи\n\nвремя публикации: 24 августа 2020 г., 22:54 | последнее обновление: 24 августа 2020 г., 22:54\n\nТекст.",
            (2026, 12, 3),
        );
        assert_eq!(
            (d.origin, d.value.as_str()),
            (DctOrigin::Dateline, "2020-08-24T22:54")
        );
    }

    #[test]
    fn old_news_without_a_date_is_estimated() {
        let d = dct(
            "Вчера правительство одобрило законопроект. В понедельник депутаты обсудили поправки. \
             3 марта 2015 года закон был внесён в Думу.",
            (2026, 12, 3),
        );
        assert_eq!(
            (d.origin, d.value.as_str()),
            (DctOrigin::Estimated, "2015-03-03")
        );
        // Fresh news keeps today.
        let d = dct(
            "Вчера правительство одобрило законопроект. В понедельник депутаты обсудили поправки. \
             В 2026 году закон был внесён в Думу.",
            (2026, 12, 3),
        );
        assert_eq!(d.origin, DctOrigin::Today);
        // A history names its years and does not speak of its own date.
        let d = dct(
            "В 1941 году началась война. На следующий день войска перешли границу. В 1945 году война закончилась.",
            (2026, 12, 3),
        );
        assert_eq!(d.origin, DctOrigin::Today);
    }

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
