//! Where a fact sits on a calendar or a picture, and the words that say how: shared by `ics`,
//! `html` and `timelinejs` so the three agree (docs/FORMATS.md, "Calendar (ics), TimelineJS
//! and HTML").
//!
//! - A plain date is its period; START/MID/END narrow it to its first, middle or last third
//!   ("в середине 1980-х" is 1983–1986, not 1980–1989).
//! - An open relation is a one-day marker at the boundary it names, on the side where the fact
//!   lies: "с 1992 года" on 1992-01-01, "после 2025 года" on 2026-01-01 (never inside 2025),
//!   "до 2030 года" on 2030-01-01 (until) or 2029-12-31 (before). The title says the relation.

use super::Coarse;
use crate::lang::Labels;
use crate::model::{Event, Extraction};
use crate::time::{Mod, Point, Precision, RefKind, Relation, Value};
use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, Weekday};
use std::collections::{BTreeMap, HashMap};

/// What the writers know beyond the merged timeline, gathered from the documents.
#[derive(Clone, Debug, Default)]
pub struct Context {
    /// By timeline timex id ("doc#t1"): the MOD and a stated time zone.
    timexes: HashMap<String, TimexInfo>,
    /// Document id → its creation day.
    dcts: HashMap<String, NaiveDate>,
    /// Document id → the name a reader knows it by (its title, else its file name).
    names: BTreeMap<String, String>,
    /// The first document's headline, when its text opens with one: only a timeline of one
    /// document is named by it, so the others are not read for one.
    headline: Option<String>,
    /// Documents with no date of their own, resolved against today: id → that day.
    today: BTreeMap<String, NaiveDate>,
}

#[derive(Clone, Copy, Debug, Default)]
struct TimexInfo {
    modifier: Option<Mod>,
    /// Minutes east of UTC, when the text states the zone of a clock time.
    offset: Option<i32>,
}

impl Context {
    pub fn add(&mut self, doc: &Extraction) {
        for t in &doc.timexes {
            let after = following(&doc.text, t.byte_end);
            let offset = if t.precision.is_some_and(|p| p >= Precision::Hour) {
                let day = match &t.value {
                    Value::Point(p) | Value::Interval(p, _) => p.date(),
                    _ => None,
                };
                day.and_then(|d| stated_offset(&format!("{} {after}", t.text), d))
            } else {
                None
            };
            if t.modifier.is_some() || offset.is_some() {
                self.timexes.insert(
                    format!("{}#{}", doc.id, t.id),
                    TimexInfo {
                        modifier: t.modifier,
                        offset,
                    },
                );
            }
        }
        let day = doc.dct.at.date();
        self.dcts.insert(doc.id.clone(), day);
        if doc.dct.origin == crate::model::DctOrigin::Today {
            self.today.insert(doc.id.clone(), day);
        }
        let name = doc
            .title
            .clone()
            .filter(|t| !t.trim().is_empty())
            .unwrap_or_else(|| file_name(&doc.id).to_string());
        self.names.insert(doc.id.clone(), name);
        if self.names.len() == 1 {
            self.headline = headline(&doc.text).map(str::to_string);
        }
    }

    /// The MOD of the expression that dates an event.
    pub fn modifier(&self, e: &Event) -> Option<Mod> {
        e.timex
            .iter()
            .find_map(|t| self.timexes.get(t).and_then(|i| i.modifier))
    }

    /// The stated UTC offset (minutes) of an event's clock time.
    pub fn offset(&self, e: &Event) -> Option<i32> {
        e.timex
            .iter()
            .find_map(|t| self.timexes.get(t).and_then(|i| i.offset))
    }

    /// The latest creation day among an event's sources: how far "since" is known to hold.
    pub fn dct(&self, e: &Event) -> Option<NaiveDate> {
        e.sources
            .iter()
            .filter_map(|s| self.dcts.get(s))
            .max()
            .copied()
    }

    /// Sources as a reader knows them: titles or file names, never directories.
    pub fn sources(&self, e: &Event) -> String {
        e.sources
            .iter()
            .map(|s| self.names.get(s).map_or(file_name(s), String::as_str))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// A reader's notice that relative dates were counted from today because documents gave
    /// no date: stderr says it too, but a page or summary is often read without it.
    pub fn fallback_note(&self, l: &Labels) -> Option<String> {
        let day = *self.today.values().next()?;
        let which = if self.today.len() == self.names.len() {
            String::new()
        } else {
            l.ui.no_dct_some
                .replace("{n}", &self.today.len().to_string())
                .replace("{m}", &self.names.len().to_string())
        };
        let date = super::human_date(&Value::Point(Point::Day(day)), Relation::At, l);
        let note =
            l.ui.no_dct
                .replace("{which}", &which)
                .replace("{date}", &date);
        // A sentence of its own: capitalised.
        let mut c = note.chars();
        c.next()
            .map(|f| f.to_uppercase().chain(c).collect::<String>())
    }

    /// What the timeline is: the one document's title, headline or name, else the folder the
    /// inputs share, else the language's word for a chronicle.
    pub fn story(&self, l: &Labels) -> String {
        let ids: Vec<&String> = self.names.keys().collect();
        match ids.as_slice() {
            [] => l.ui.chronicle.to_string(),
            [one] => {
                let name = &self.names[*one];
                if name == file_name(one) {
                    // A file name says less than the article's own headline.
                    if let Some(h) = &self.headline {
                        return h.clone();
                    }
                }
                if name == "-" {
                    // Standard input has no name a reader would know.
                    l.ui.chronicle.to_string()
                } else if name == file_name(one) {
                    stem(name).to_string()
                } else {
                    name.clone()
                }
            }
            _ => {
                let dirs: Vec<Vec<&str>> = ids
                    .iter()
                    .map(|id| {
                        let mut parts: Vec<&str> = id.split(['/', '\\']).collect();
                        parts.pop();
                        parts
                    })
                    .collect();
                let common = dirs[0]
                    .iter()
                    .enumerate()
                    .take_while(|(i, p)| dirs.iter().all(|d| d.get(*i) == Some(p)))
                    .map(|(_, p)| *p)
                    .filter(|p| !p.is_empty() && *p != ".")
                    .last();
                common.map_or_else(|| l.ui.chronicle.to_string(), str::to_string)
            }
        }
    }
}

/// The headline a text opens with: a first line of a few words, set apart by a blank line,
/// that does not end as a sentence does. News copy and Wikipedia-style articles start so;
/// a text that opens with its first paragraph has none.
fn headline(text: &str) -> Option<&str> {
    let text = text.trim_start_matches('\u{feff}');
    let mut lines = text.lines();
    let first = lines.next()?.trim();
    let blank = lines.next().is_some_and(|l| l.trim().is_empty());
    let words = first.split_whitespace().count();
    let sentence_end = first.ends_with(['.', ',', ';', ':']);
    (blank && (2..=30).contains(&words) && first.chars().count() <= 200 && !sentence_end)
        .then_some(first)
}

/// A file name without its format and language extensions: "osce-2024-12-06.ru.txt" is
/// "osce-2024-12-06".
fn stem(name: &str) -> &str {
    let mut s = name;
    for ext in [".txt", ".md", ".tml", ".jsonl"] {
        s = s.strip_suffix(ext).unwrap_or(s);
    }
    for lang in crate::lang::all() {
        s = s
            .strip_suffix(lang.code())
            .and_then(|r| r.strip_suffix('.'))
            .unwrap_or(s);
    }
    if s.is_empty() {
        name
    } else {
        s
    }
}

fn file_name(id: &str) -> &str {
    id.rsplit(['/', '\\']).next().unwrap_or(id)
}

/// The rest of the sentence after a byte offset, at most 40 characters.
fn following(text: &str, at: usize) -> &str {
    let Some(rest) = text.get(at..) else {
        return "";
    };
    let end = rest
        .char_indices()
        .take(40)
        .find(|&(_, c)| matches!(c, '.' | '!' | '?' | '\n' | ';'))
        .map(|(i, _)| i)
        .unwrap_or_else(|| rest.char_indices().nth(40).map_or(rest.len(), |(i, _)| i));
    &rest[..end]
}

/// The UTC offset a clock time's words state: "по московскому времени", "мск", "MSK",
/// "Moscow time" (Moscow's offset on that day), "GMT", "UTC", "по Гринвичу" (0), "UTC+3",
/// "GMT-05:00", and a few zone abbreviations news use. "По местному времени" states no zone.
pub fn stated_offset(words: &str, day: NaiveDate) -> Option<i32> {
    let w = words.to_lowercase();
    let has = |s: &str| contains_word(&w, s);
    if has("по местному времени") || has("local time") {
        return None;
    }
    for tag in ["utc", "gmt"] {
        let mut from = 0;
        while let Some(i) = w[from..].find(tag).map(|i| i + from) {
            from = i + tag.len();
            if !is_word_start(&w, i) {
                continue;
            }
            let rest = w[from..].trim_start();
            if let Some(sign) = rest.chars().next().filter(|c| matches!(c, '+' | '-' | '−')) {
                let digits: String = rest[sign.len_utf8()..]
                    .trim_start()
                    .chars()
                    .take_while(|c| c.is_ascii_digit() || *c == ':')
                    .collect();
                let (h, m) = digits.split_once(':').unwrap_or((&digits, "0"));
                if let (Ok(h), Ok(m)) = (h.parse::<i32>(), m.parse::<i32>()) {
                    if h <= 14 && m < 60 {
                        let off = h * 60 + m;
                        return Some(if sign == '+' { off } else { -off });
                    }
                }
            }
            if w[from..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric())
            {
                return Some(0);
            }
        }
    }
    if has("по гринвичу") || has("всемирному времени") {
        return Some(0);
    }
    if has("по московскому времени")
        || has("по москве")
        || has("мск")
        || has("msk")
        || has("moscow time")
    {
        return Some(moscow(day));
    }
    const ZONES: [(&str, i32); 10] = [
        ("est", -300),
        ("edt", -240),
        ("pst", -480),
        ("pdt", -420),
        ("cet", 60),
        ("cest", 120),
        ("eet", 120),
        ("eest", 180),
        ("msd", 240),
        ("bst", 60),
    ];
    ZONES.iter().find(|(z, _)| has(z)).map(|&(_, o)| o)
}

fn is_word_start(w: &str, i: usize) -> bool {
    w[..i]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric())
}

/// `needle` in `hay` with no letter or digit glued to either side.
fn contains_word(hay: &str, needle: &str) -> bool {
    hay.match_indices(needle).any(|(i, _)| {
        is_word_start(hay, i)
            && hay[i + needle.len()..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric())
    })
}

/// Moscow time's offset on a day: +3 since 26 October 2014, +4 from 27 March 2011; before,
/// +3 in winter and +4 from the last Sunday of March to the last Sunday of October.
fn moscow(d: NaiveDate) -> i32 {
    let ymd = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd).unwrap_or(d);
    if d >= ymd(2014, 10, 26) {
        180
    } else if d >= ymd(2011, 3, 27) {
        240
    } else {
        let last_sunday = |m| {
            let mut x = ymd(d.year(), m, 31);
            while x.weekday() != Weekday::Sun {
                x -= Duration::days(1);
            }
            x
        };
        if d >= last_sunday(3) && d < last_sunday(10) {
            240
        } else {
            180
        }
    }
}

/// Which side of its marker an open fact lies on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Open {
    /// A closed period.
    No,
    /// The fact lies before the marker ("до 2030 года").
    Left,
    /// The fact lies after the marker ("с 1992 года", "после 2025 года").
    Right,
}

/// An event's place: inclusive days, and where it is open.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Place {
    pub first: NaiveDate,
    pub last: NaiveDate,
    pub open: Open,
    /// Coarser than a week ("1975", "дек 2024", "2010–2012"): what `--coarse` is about.
    pub coarse: bool,
}

/// The relation an event has to its date, with a MOD of BEFORE/AFTER read as the relation.
pub fn relation(e: &Event, m: Option<Mod>) -> Relation {
    match (e.when.relation, m) {
        (Relation::At, Some(Mod::After | Mod::OnOrAfter)) => Relation::After,
        (Relation::At, Some(Mod::Before | Mod::OnOrBefore)) => Relation::Before,
        (r, _) => r,
    }
}

/// Where a fact goes in a picture (and in a calendar before `--coarse`): its period, or a
/// marker at the boundary an open relation names. None when it has no calendar day.
pub fn place(e: &Event, m: Option<Mod>) -> Option<Place> {
    let a: NaiveDate = e.when.start.as_deref()?.parse().ok()?;
    let b: NaiveDate = e.when.end.as_deref()?.parse().ok()?;
    if b < a {
        return None;
    }
    let (a, b) = narrow(&e.when.value, m, a, b);
    let coarse = e.when.precision.is_some_and(|p| p <= Precision::Month);
    // A clock time is its own boundary; a day or longer ends where the next day starts.
    let clock = e.when.precision.is_some_and(|p| p >= Precision::Hour);
    let marker = |d: NaiveDate, open| Place {
        first: d,
        last: d,
        open,
        coarse,
    };
    Some(match relation(e, m) {
        Relation::At | Relation::Between => Place {
            first: a,
            last: b,
            open: Open::No,
            coarse,
        },
        Relation::Since => marker(a, Open::Right),
        Relation::Until => marker(a, Open::Left),
        Relation::After if clock => marker(b, Open::Right),
        Relation::After => marker(b.succ_opt()?, Open::Right),
        Relation::Before if clock => marker(a, Open::Left),
        Relation::Before => marker(a.pred_opt()?, Open::Left),
    })
}

/// A calendar's days for an event under `--coarse`: `start` (the default) puts coarse dates
/// on their first day, `skip` leaves them out, `span` spans them, and spans "since" to the
/// document date and "until" from it.
pub fn calendar_days(
    p: Place,
    mode: Coarse,
    rel: Relation,
    dct: Option<NaiveDate>,
) -> Option<Place> {
    if p.coarse && mode == Coarse::Skip {
        return None;
    }
    if p.coarse && mode == Coarse::Start {
        return Some(Place { last: p.first, ..p });
    }
    if mode == Coarse::Span {
        if let Some(d) = dct {
            match rel {
                Relation::Since if d > p.first => return Some(Place { last: d, ..p }),
                Relation::Until if d < p.first => return Some(Place { first: d, ..p }),
                _ => {}
            }
        }
    }
    Some(p)
}

/// Moves a day by whole units (years, months or days).
type Step = fn(NaiveDate, i64) -> Option<NaiveDate>;

/// START, MID and END take the first, middle or last third of a period longer than a day, in
/// whole years for decades and centuries, months for years and their parts, days for months.
fn narrow(v: &Value, m: Option<Mod>, a: NaiveDate, b: NaiveDate) -> (NaiveDate, NaiveDate) {
    let Some(m @ (Mod::Start | Mod::Mid | Mod::End)) = m else {
        return (a, b);
    };
    let Value::Point(p) = v else {
        return (a, b);
    };
    // Units of the period: years, months or days, with a way to step by them.
    let (n, step): (i64, Step) = match p.precision() {
        Precision::Century | Precision::Decade => ((b.year() - a.year() + 1) as i64, |d, k| {
            NaiveDate::from_ymd_opt(d.year() + k as i32, 1, 1)
        }),
        Precision::Year | Precision::Half | Precision::Quarter | Precision::Season => {
            let n = (b.year() - a.year()) as i64 * 12 + b.month() as i64 - a.month() as i64 + 1;
            (n, |d, k| crate::time::add_months(d, k))
        }
        Precision::Month | Precision::Week => ((b - a).num_days() + 1, |d, k| {
            d.checked_add_signed(Duration::days(k))
        }),
        _ => return (a, b),
    };
    if n < 3 {
        return (a, b);
    }
    let k = (n + 2) / 3;
    let from = match m {
        Mod::Start => 0,
        Mod::Mid => (n - k) / 2,
        _ => n - k,
    };
    match (step(a, from), step(a, from + k)) {
        (Some(x), Some(y)) => (x, y.pred_opt().unwrap_or(y).min(b)),
        _ => (a, b),
    }
}

/// A date as a preposition governs it: "1992 года", "5 декабря 2024 года", "1980-х годов";
/// "1992", "5 December 2024", "1980s".
pub fn date_of(v: &Value, l: &Labels) -> String {
    let w = &l.of;
    let fill = |t: &str, y: i32, n: String| t.replace("{y}", &y.to_string()).replace("{n}", &n);
    let day = |d: NaiveDate| {
        w.day
            .replace("{d}", &d.day().to_string())
            .replace("{m}", w.months[d.month0() as usize])
            .replace("{y}", &d.year().to_string())
    };
    let Value::Point(p) = v else {
        return match v {
            Value::Ref(RefKind::Present) => l.present.to_string(),
            _ => super::human_date(v, Relation::At, l),
        };
    };
    match *p {
        Point::Century(c) => w
            .century
            .replace("{c}", &super::text::roman(c + 1))
            .replace("{o}", &ordinal(c + 1)),
        Point::Decade(d) => w.decade.replace("{d}", &(d * 10).to_string()),
        Point::Year(y) => fill(w.year, y, String::new()),
        Point::Half(y, h) => fill(w.half, y, h.to_string()),
        Point::Quarter(y, q) => fill(w.quarter, y, q.to_string()),
        Point::Season(y, s) => {
            fill(w.season, y, String::new()).replace("{s}", w.seasons[s as usize])
        }
        Point::Month(y, m) => fill(w.month, y, String::new())
            .replace("{m}", w.months[(m as usize).saturating_sub(1).min(11)]),
        Point::Day(d) | Point::DayPart(d, _) => day(d),
        Point::Hour(d, h) => format!("{}, {h:02}:00", day(d)),
        Point::Minute(d, h, mi) | Point::Second(d, h, mi, _) => {
            format!("{}, {h:02}:{mi:02}", day(d))
        }
        _ => super::human_date(v, Relation::At, l),
    }
}

fn ordinal(n: i32) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// The words for how an event relates to its date, when it is not simply at it: "с 1992 года",
/// "после 2025 года", "в середине 1980-х годов", "около 1900 года", "since early 2024".
pub fn phrase(e: &Event, m: Option<Mod>, l: &Labels) -> Option<String> {
    let of = date_of(&e.when.value, l);
    let part = match m {
        Some(Mod::Start) => Some(l.mod_start),
        Some(Mod::Mid) => Some(l.mod_mid),
        Some(Mod::End) => Some(l.mod_end),
        _ => None,
    };
    let approx = m == Some(Mod::Approx);
    let rel = match relation(e, m) {
        Relation::Since => l.since_of,
        Relation::Until => l.until_of,
        Relation::Before => l.before_of,
        Relation::After => l.after_of,
        Relation::At | Relation::Between => {
            return match (part, approx) {
                (Some(p), _) => Some(p[0].replace("{}", &of)),
                (None, true) => Some(l.mod_approx[0].replace("{}", &of)),
                (None, false) => None,
            }
        }
    };
    let inner = part.map_or(of.clone(), |p| p[1].replace("{}", &of));
    let said = rel.replace("{}", &inner);
    Some(if approx {
        l.mod_approx[1].replace("{}", &said)
    } else {
        said
    })
}

/// A title that says its date when the calendar day alone would mislead: a relation, a MOD,
/// or a date coarser than a day ("Хельсинкский заключительный акт (1975)").
pub fn dated_title(e: &Event, m: Option<Mod>, l: &Labels) -> String {
    let title = e.title.split_whitespace().collect::<Vec<_>>().join(" ");
    let words = phrase(e, m, l).or_else(|| {
        e.when
            .precision
            .filter(|&p| p < Precision::Day)
            .map(|_| super::human_date(&e.when.value, e.when.relation, l))
    });
    match words {
        Some(w) => format!("{title} ({w})"),
        None => title,
    }
}

/// The date-time of a point with a clock (hour or finer; parts of a day stay all-day).
pub fn clock(p: &Point) -> Option<NaiveDateTime> {
    match *p {
        Point::Hour(d, h) => d.and_hms_opt(h as u32, 0, 0),
        Point::Minute(d, h, m) => d.and_hms_opt(h as u32, m as u32, 0),
        Point::Second(d, h, m, s) => d.and_hms_opt(h as u32, m as u32, s as u32),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::When;

    fn ru() -> &'static Labels {
        crate::lang::by_code("ru").unwrap().labels()
    }
    fn en() -> &'static Labels {
        crate::lang::by_code("en").unwrap().labels()
    }

    #[test]
    fn headline_only_when_the_text_opens_with_one() {
        assert_eq!(
            headline("Умер глава МАГАТЭ Юкия Амано\n\n22 июля 2019 года …"),
            Some("Умер глава МАГАТЭ Юкия Амано")
        );
        // A first paragraph is not a headline, nor is a first line run into the next.
        assert_eq!(headline("В 1975 году был подписан акт.\n\nДалее."), None);
        assert_eq!(
            headline("Leaders met in Astana\nafter a week of talks."),
            None
        );
        assert_eq!(headline("Один\n\nтекст"), None);
    }

    fn ev(value: Value, relation: Relation) -> Event {
        Event {
            id: "e1".into(),
            title: "Факт".into(),
            when: When::new(value, relation),
            timex: vec![],
            sentence: String::new(),
            start: 0,
            end: 0,
            location: None,
            sources: vec!["a.txt".into()],
        }
    }

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn open_relations_sit_at_their_boundary() {
        let y = |y| Value::Point(Point::Year(y));
        let after = place(&ev(y(2025), Relation::After), None).unwrap();
        assert_eq!((after.first, after.open), (ymd(2026, 1, 1), Open::Right));
        let since = place(&ev(y(1992), Relation::Since), None).unwrap();
        assert_eq!(
            (since.first, since.last),
            (ymd(1992, 1, 1), ymd(1992, 1, 1))
        );
        let before = place(&ev(y(2030), Relation::Before), None).unwrap();
        assert_eq!((before.first, before.open), (ymd(2029, 12, 31), Open::Left));
        let until = place(&ev(y(2030), Relation::Until), None).unwrap();
        assert_eq!(until.first, ymd(2030, 1, 1));
        // MOD AFTER on a plain date reads as the relation.
        let m = place(&ev(y(2025), Relation::At), Some(Mod::After)).unwrap();
        assert_eq!(m.first, ymd(2026, 1, 1));
        // "с 1992" spans to the document date under --coarse span, else stays a marker.
        let span = calendar_days(since, Coarse::Span, Relation::Since, Some(ymd(2024, 12, 6)));
        assert_eq!(span.unwrap().last, ymd(2024, 12, 6));
        let start = calendar_days(
            since,
            Coarse::Start,
            Relation::Since,
            Some(ymd(2024, 12, 6)),
        );
        assert_eq!(start.unwrap().last, ymd(1992, 1, 1));
        assert!(calendar_days(since, Coarse::Skip, Relation::Since, None).is_none());
    }

    #[test]
    fn mods_narrow_the_period() {
        let dec = Value::Point(Point::Decade(198));
        let mid = place(&ev(dec.clone(), Relation::At), Some(Mod::Mid)).unwrap();
        assert_eq!((mid.first, mid.last), (ymd(1983, 1, 1), ymd(1986, 12, 31)));
        let early = place(&ev(dec.clone(), Relation::At), Some(Mod::Start)).unwrap();
        assert_eq!(
            (early.first, early.last),
            (ymd(1980, 1, 1), ymd(1983, 12, 31))
        );
        let late = place(&ev(dec, Relation::At), Some(Mod::End)).unwrap();
        assert_eq!(
            (late.first, late.last),
            (ymd(1986, 1, 1), ymd(1989, 12, 31))
        );
        let y = Value::Point(Point::Year(2024));
        let s = place(&ev(y, Relation::At), Some(Mod::Start)).unwrap();
        assert_eq!((s.first, s.last), (ymd(2024, 1, 1), ymd(2024, 4, 30)));
        let approx = place(
            &ev(Value::Point(Point::Year(1900)), Relation::At),
            Some(Mod::Approx),
        );
        assert_eq!(approx.unwrap().last, ymd(1900, 12, 31));
    }

    #[test]
    fn phrases_in_the_documents_language() {
        let y = |y| Value::Point(Point::Year(y));
        let p = |v, r, m, l| phrase(&ev(v, r), m, l);
        assert_eq!(
            p(y(1992), Relation::Since, None, ru()).unwrap(),
            "с 1992 года"
        );
        assert_eq!(
            p(y(1992), Relation::Since, None, en()).unwrap(),
            "since 1992"
        );
        assert_eq!(
            p(y(2025), Relation::After, None, ru()).unwrap(),
            "после 2025 года"
        );
        let dec = Value::Point(Point::Decade(198));
        assert_eq!(
            p(dec.clone(), Relation::At, Some(Mod::Mid), ru()).unwrap(),
            "в середине 1980-х годов"
        );
        assert_eq!(
            p(dec, Relation::At, Some(Mod::Mid), en()).unwrap(),
            "mid-1980s"
        );
        assert_eq!(
            p(y(1900), Relation::At, Some(Mod::Approx), ru()).unwrap(),
            "около 1900 года"
        );
        assert_eq!(
            p(y(2024), Relation::Since, Some(Mod::Start), ru()).unwrap(),
            "с начала 2024 года"
        );
        let day = Value::Point(Point::Day(ymd(2024, 12, 5)));
        assert_eq!(
            p(day, Relation::Until, None, ru()).unwrap(),
            "до 5 декабря 2024 года"
        );
        assert_eq!(p(y(1975), Relation::At, None, ru()), None);
        assert_eq!(
            p(
                Value::Point(Point::Century(19)),
                Relation::Since,
                None,
                en()
            )
            .unwrap(),
            "since 20th century"
        );
        assert_eq!(
            dated_title(&ev(y(1975), Relation::At), None, ru()),
            "Факт (1975)"
        );
    }

    #[test]
    fn counts_agree_with_their_numbers() {
        let ui = &ru().ui;
        assert_eq!(ui.count(7, 1), "7 событий из 1 источника");
        assert_eq!(ui.count(21, 2), "21 событие из 2 источников");
        assert_eq!(ui.count(3, 11), "3 события из 11 источников");
        assert_eq!(en().ui.count(1, 1), "1 event from 1 source");
        assert_eq!(en().ui.count(7, 3), "7 events from 3 sources");
    }

    #[test]
    fn stated_zones() {
        let d = ymd(2024, 12, 5);
        assert_eq!(
            stated_offset("в 10:00 по московскому времени", d),
            Some(180)
        );
        assert_eq!(stated_offset("10:00 мск", d), Some(180));
        assert_eq!(stated_offset("14:00 GMT 3 декабря", d), Some(0));
        assert_eq!(stated_offset("14:00 (UTC+3)", d), Some(180));
        assert_eq!(stated_offset("9 a.m. EST", d), Some(-300));
        assert_eq!(stated_offset("GMT-05:30", d), Some(-330));
        assert_eq!(stated_offset("в 10:00 по местному времени", d), None);
        assert_eq!(stated_offset("в 10:00", d), None);
        // "мск" inside a word is no zone; Moscow had summer time before 2011.
        assert_eq!(stated_offset("Томск", d), None);
        assert_eq!(stated_offset("по Москве", ymd(2008, 7, 1)), Some(240));
        assert_eq!(stated_offset("по Москве", ymd(2012, 1, 1)), Some(240));
        assert_eq!(stated_offset("по Москве", ymd(2008, 1, 1)), Some(180));
    }
}
