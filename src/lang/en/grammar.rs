//! English date grammar: hand-written matchers over tokens, longest match at each position.
//!
//! Spans follow TimeBank: a leading preposition ("in", "on", "since") stays outside, while
//! "the" belongs to quarters, halves, decades, centuries and "the past three months";
//! modifiers ("early", "about", "the end of") are inside.

use super::lexicon as lx;
use crate::lang::Mention;
use crate::text::Text;
use crate::time::{Clock, DayPart, DayRule, Expr, Mod, NthOf, RefKind, Relation, Unit, YearPart};

/// One match of a core pattern: tokens `..end`, its meaning and modifier.
#[derive(Clone, Debug)]
struct Hit {
    end: usize,
    expr: Expr,
    m: Option<Mod>,
}

fn hit(end: usize, expr: Expr) -> Option<Hit> {
    Some(Hit { end, expr, m: None })
}

pub fn tag(text: &Text) -> Vec<Mention> {
    let g = G { t: text };
    let mut out: Vec<Mention> = Vec::new();
    let mut i = 0;
    while i < text.len() {
        if !g.trigger(i) {
            i += 1;
            continue;
        }
        match g.at(i) {
            Some(m) if m.last > m.first && !g.in_name(m.first, m.last) => {
                i = m.last;
                out.push(m);
            }
            _ => i += 1,
        }
    }
    out
}

/// Time words that prose writes in lower case; capitalised inside a sentence they are
/// part of a name ("ABC's This Week", "High Noon", "60 Minutes", "VOA Today").
fn lowercase_time_word(w: &str) -> bool {
    lx::unit(w).is_some()
        || matches!(
            w,
            "noon"
                | "midnight"
                | "morning"
                | "afternoon"
                | "evening"
                | "night"
                | "today"
                | "tonight"
                | "tomorrow"
                | "yesterday"
                | "daily"
                | "weekly"
        )
}

struct G<'a, 'b> {
    t: &'a Text<'b>,
}

fn rel_word(w: &str) -> Option<i32> {
    Some(match w {
        "this" | "current" | "present" => 0,
        "last" | "past" | "previous" | "preceding" | "prior" => -1,
        "next" | "coming" | "following" | "upcoming" => 1,
        _ => return None,
    })
}

fn dur_value(unit: Unit, n: Option<u32>) -> String {
    let s = |x: u32| x.to_string();
    match (unit, n) {
        (Unit::Decade, Some(n)) => Unit::Year.duration(&s(n * 10)),
        (Unit::Century, Some(n)) => Unit::Year.duration(&s(n * 100)),
        (Unit::Decade, None) => "PXDE".into(),
        (Unit::Century, None) => "PXCE".into(),
        (u, Some(n)) => u.duration(&s(n)),
        (u, None) => u.duration("X"),
    }
}

fn set_value(unit: Unit) -> String {
    unit.duration("1")
}

fn date(year: Option<i32>, month: Option<u8>, day: Option<u8>) -> Expr {
    Expr::date(year, month, day)
}

fn rel(unit: Unit, offset: i32) -> Expr {
    Expr::Rel { unit, offset }
}

fn with_time(e: Expr, c: Clock) -> Expr {
    match e {
        Expr::Date {
            year,
            year_rel,
            year_focus,
            month,
            day: Some(d),
            time: None,
        } => Expr::Date {
            year,
            year_rel,
            year_focus,
            month,
            day: Some(d),
            time: Some(c),
        },
        Expr::Weekday {
            wd,
            dir,
            week,
            time: None,
        } => Expr::Weekday {
            wd,
            dir,
            week,
            time: Some(c),
        },
        other => Expr::At {
            day: Box::new(other),
            clock: c,
        },
    }
}

/// Whether an expression names a day (so a clock time or a part of day can attach).
fn is_day(e: &Expr) -> bool {
    matches!(
        e,
        Expr::Date {
            day: Some(_),
            time: None,
            ..
        } | Expr::Weekday { time: None, .. }
            | Expr::Rel {
                unit: Unit::Day,
                ..
            }
            | Expr::Anaphor {
                unit: Unit::Day,
                ..
            }
            | Expr::Holiday { .. }
            | Expr::Yearly { .. }
    )
}

impl<'a, 'b> G<'a, 'b> {
    #[inline]
    fn w(&self, i: usize) -> &str {
        self.t.norm(i)
    }

    /// Tokens `a..e` hold a time word capitalised mid-sentence in a sentence that is not
    /// in title case: a programme's or a film's name, not a date.
    fn in_name(&self, a: usize, e: usize) -> bool {
        let Some(s) = self.t.sentence_of(a) else {
            return false;
        };
        let mid = |k: usize| {
            (s.first..k).any(|j| self.t.is_word(j))
                && self.t.is_word(k)
                && self.upper(k)
                && self.t.raw(k).chars().skip(1).all(|c| c.is_lowercase())
                && lowercase_time_word(self.w(k))
        };
        // The word after counts too: "''60 Minutes''".
        if !(a..=e).any(mid) {
            return false;
        }
        // A name of its own inside ("Islamic New Year", "Thanksgiving Day") is a holiday.
        if (a..e).any(|k| {
            self.t.is_word(k)
                && self.upper(k)
                && !lowercase_time_word(self.w(k))
                && rel_word(self.w(k)).is_none()
        }) {
            return false;
        }
        let (mut words, mut caps) = (0, 0);
        for k in s.first + 1..s.last {
            if (a..=e).contains(&k) {
                continue;
            }
            if self.t.is_word(k) && self.w(k).len() > 2 {
                words += 1;
                caps += usize::from(self.upper(k));
            }
        }
        words < 2 || caps * 2 < words
    }

    /// "march" or "may" in lower case in a sentence written with capitals: the noun or
    /// the verb ("arrested at this march"); all-lower-case text still has months.
    fn common_noun_month(&self, i: usize, m: u8) -> bool {
        (m == 3 || m == 5)
            && !self.upper(i)
            && self
                .t
                .sentence_of(i)
                .is_some_and(|s| (s.first..s.last).any(|k| self.upper(k)))
    }

    fn upper(&self, i: usize) -> bool {
        self.t.tokens.get(i).is_some_and(|t| t.upper)
    }

    /// Token `i` touches token `i+1`.
    fn glued(&self, i: usize) -> bool {
        i + 1 < self.t.len() && self.t.glued(i)
    }

    /// Tokens `a..e` are the whole text but for a leading preposition and closing
    /// punctuation. Readings too loose for running prose ("7", "the 24", "May", "2-15")
    /// are safe in a phrase said alone.
    fn alone(&self, a: usize, e: usize) -> bool {
        a <= 2
            && (0..a).all(|k| {
                matches!(
                    self.w(k),
                    "on" | "at"
                        | "@"
                        | "in"
                        | "the"
                        | "by"
                        | "around"
                        | "about"
                        | "approximately"
                        | "for"
                        | "from"
                        | "until"
                        | "till"
                        | "since"
                        | "after"
                        | "before"
                )
            })
            && (e..self.t.len()).all(|k| matches!(self.w(k), "." | "?" | "!"))
    }

    /// A cheap test that some pattern may start here.
    fn trigger(&self, i: usize) -> bool {
        if self.t.is_num(i) {
            return true;
        }
        let w = self.w(i);
        if w == "\"" {
            return self.t.is_num(i + 1);
        }
        if !self.t.is_word(i) {
            return false;
        }
        lx::month(w).is_some()
            || lx::weekday(w).is_some()
            || lx::season(w).is_some()
            || lx::unit(w).is_some()
            || lx::small_number(w).is_some()
            || lx::ordinal(w).is_some()
            || lx::day_part(w).is_some()
            || rel_word(w).is_some()
            || lx::holidays_from(w).next().is_some()
            || matches!(
                w,
                "the"
                    | "since"
                    | "until"
                    | "till"
                    | "from"
                    | "after"
                    | "between"
                    | "about"
                    | "around"
                    | "approximately"
                    | "roughly"
                    | "nearly"
                    | "almost"
                    | "some"
                    | "more"
                    | "less"
                    | "over"
                    | "under"
                    | "at"
                    | "up"
                    | "no"
                    | "early"
                    | "earlier"
                    | "late"
                    | "later"
                    | "mid"
                    | "midmorning"
                    | "midafternoon"
                    | "end"
                    | "beginning"
                    | "start"
                    | "middle"
                    | "today"
                    | "tonight"
                    | "tomorrow"
                    | "yesterday"
                    | "now"
                    | "currently"
                    | "right"
                    | "presently"
                    | "nowadays"
                    | "these"
                    | "recently"
                    | "recent"
                    | "lately"
                    | "previously"
                    | "formerly"
                    | "soon"
                    | "in"
                    | "every"
                    | "each"
                    | "daily"
                    | "weekly"
                    | "monthly"
                    | "yearly"
                    | "annually"
                    | "hourly"
                    | "nightly"
                    | "quarterly"
                    | "fiscal"
                    | "fy"
                    | "q"
                    | "h"
                    | "noon"
                    | "midday"
                    | "midnight"
                    | "that"
                    | "several"
                    | "few"
                    | "couple"
                    | "half"
                    | "year"
                    | "christmas"
                    | "xmas"
                    | "halloween"
                    | "valentine"
                    | "new"
                    | "independence"
                    | "for"
                    | "per"
                    | "once"
                    | "twice"
                    | "a"
                    | "an"
                    | "weekend"
                    | "quarter"
                    | "eom"
                    | "bom"
                    | "rest"
                    | "lunch"
                    | "all"
                    | "atm"
                    | "tomorrows"
                    | "day"
                    | "eoy"
                    | "boy"
            )
    }

    /// The full mention at `i`, with a day attached to a range of clock times:
    /// "9:30 - 11:00 on Thursday", "1pm-2pm tomorrow", "Thursday from 9:30 to 11:00".
    fn at(&self, i: usize) -> Option<Mention> {
        let m = self.at_inner(i)?;
        if let Expr::Interval(a, b) = &m.expr {
            if let (Expr::Clock(ca), Expr::Clock(cb)) = (&**a, &**b) {
                let k = if self.w(m.last) == "on" {
                    m.last + 1
                } else {
                    m.last
                };
                if let Some(d) = self.core(k).filter(|d| is_day(&d.expr)) {
                    let mut r = Mention::new(
                        m.first,
                        d.end,
                        Expr::Interval(
                            Box::new(with_time(d.expr.clone(), *ca)),
                            Box::new(with_time(d.expr, *cb)),
                        ),
                    );
                    r.relation = m.relation;
                    return Some(r);
                }
            }
        }
        if is_day(&m.expr) && matches!(self.w(m.last), "from" | "between") {
            let sep = if self.w(m.last) == "from" {
                "to"
            } else {
                "and"
            };
            if let Some(r) = self.range(m.last + 1, sep) {
                if let Expr::Interval(a, b) = &r.expr {
                    if let (Expr::Clock(ca), Expr::Clock(cb)) = (&**a, &**b) {
                        let mut out = Mention::new(
                            m.first,
                            r.last,
                            Expr::Interval(
                                Box::new(with_time(m.expr.clone(), *ca)),
                                Box::new(with_time(m.expr.clone(), *cb)),
                            ),
                        );
                        out.relation = Relation::Between;
                        return Some(out);
                    }
                }
            }
        }
        Some(m)
    }

    /// The full mention at `i`: optional relation word, modifiers, core, attachments.
    fn at_inner(&self, i: usize) -> Option<Mention> {
        let w = self.w(i);
        // Relation words stay outside the span (TimeBank), but give the relation.
        let relation = match w {
            "since" => Some(Relation::Since),
            "until" | "till" | "til" => Some(Relation::Until),
            _ => None,
        };
        if let Some(r) = relation {
            let mut m = self.at_inner(i + 1)?;
            if m.first != i + 1 {
                return None;
            }
            m.relation = r;
            return Some(m);
        }
        if w == "from" || w == "between" {
            if let Some(m) = self.range(i + 1, if w == "from" { "to" } else { "and" }) {
                return Some(m);
            }
            // "from 4pm for thirty minutes"
            if w == "from" {
                let a = self.full(i + 1)?;
                if self.w(a.end) == "for" {
                    let (e, n, unit) = self.amount(a.end + 1)?;
                    return self.lasting(i + 1, a.expr, e, unit, n? as i64);
                }
            }
            return None;
        }
        // "later than 9:30 but before 11:00 on Thursday", "after 3pm and before 6pm".
        if (w == "later" && self.w(i + 1) == "than") || w == "after" {
            let a0 = if w == "later" { i + 2 } else { i + 1 };
            if let Some(a) = self.full(a0) {
                if matches!(self.w(a.end), "but" | "and") && self.w(a.end + 1) == "before" {
                    if let Some(b) = self.full(a.end + 2) {
                        if let Some((ea, eb)) = fill_range(a.expr, b.expr) {
                            let mut m =
                                Mention::new(a0, b.end, Expr::Interval(Box::new(ea), Box::new(eb)));
                            m.relation = Relation::Between;
                            return Some(m);
                        }
                    }
                }
            }
        }
        // "for 10 days from 18th Dec", said alone.
        if w == "for" {
            let lasting = || {
                let (e, n, unit) = self.amount(i + 1)?;
                let k = if self.w(e) == "starting" { e + 1 } else { e };
                if self.w(k) != "from" {
                    return None;
                }
                let b = self.full(k + 1)?;
                self.lasting(i + 1, b.expr, b.end, unit, n? as i64)
            };
            if let Some(m) = lasting() {
                return Some(m);
            }
        }
        if w == "after" {
            // "after 5 days" alone is a day ahead; in prose it is an amount after an event.
            let (e, n, unit) = self.amount(i + 1)?;
            if !self.alone(i + 1, e) {
                return None;
            }
            let n = n? as i64;
            return Some(Mention::new(i + 1, e, Expr::Shift { unit, n }));
        }
        if w == "in" {
            // "in three years": a shift from now; "in" stays outside the span.
            let (e, n, unit) = self.shift_amount(i + 1)?;
            if matches!(self.w(e), "time" | "of" | "-" | "old") {
                return None;
            }
            let h = self.attach(
                i + 1,
                Hit {
                    end: e,
                    expr: Expr::Shift { unit, n },
                    m: None,
                },
            );
            return Some(Mention::new(i + 1, h.end, h.expr));
        }
        let Some(h) = self.full(i) else {
            // "3-4pm", "13-15 July": a bare first end.
            let a = self.full_or_day(i)?;
            // "12 to 16 September", "23rd to 26th Oct": a day, then a whole date.
            let worded = matches!(self.w(a.end), "to" | "through" | "thru" | "till" | "until")
                && matches!(
                    a.expr,
                    Expr::Date {
                        month: None,
                        year: None,
                        day: Some(_),
                        ..
                    }
                );
            if self.w(a.end) != "-" && !worded {
                return None;
            }
            let b = self.full(a.end + 1)?;
            if worded
                && !matches!(
                    b.expr,
                    Expr::Date {
                        month: Some(_),
                        day: Some(_),
                        ..
                    }
                )
            {
                return None;
            }
            let (ea, eb) = fill_range(a.expr, b.expr)?;
            let mut m = Mention::new(i, b.end, Expr::Interval(Box::new(ea), Box::new(eb)));
            m.relation = Relation::Between;
            return Some(m);
        };
        // "4pm for 30 mins", "18th Dec for 10 days", said alone.
        if self.w(h.end) == "for" && h.m.is_none() {
            if let Some((e, Some(n), unit)) = self.amount(h.end + 1) {
                if let Some(m) = self.lasting(i, h.expr.clone(), e, unit, n as i64) {
                    return Some(m);
                }
            }
        }
        let mut m = Mention::new(i, h.end, h.expr);
        m.modifier = h.m;
        // "1990-1995", "July 13-15", "9:30 - 11:00", "Monday to Friday".
        if let Some(r) = self.range_tail(i, &m) {
            return Some(r);
        }
        Some(m)
    }

    /// A start and how long it lasts as one interval ("4pm for 30 mins"): only as a whole
    /// phrase; in prose TimeBank tags the time and the duration apart.
    fn lasting(&self, a: usize, start: Expr, e: usize, unit: Unit, n: i64) -> Option<Mention> {
        let timed = matches!(
            start,
            Expr::Clock(_)
                | Expr::Date { day: Some(_), .. }
                | Expr::Weekday { .. }
                | Expr::At { .. }
        );
        if !timed || !self.alone(a, e) {
            return None;
        }
        let end = Expr::After {
            base: Box::new(start.clone()),
            unit,
            n,
        };
        let mut m = Mention::new(a, e, Expr::Interval(Box::new(start), Box::new(end)));
        m.relation = Relation::Between;
        Some(m)
    }

    /// "X to Y" / "X and Y" after "from" / "between".
    fn range(&self, i: usize, sep: &str) -> Option<Mention> {
        let a = self.full_or_day(i)?;
        let j = a.end;
        let ok_sep = self.w(j) == sep
            || (sep == "to"
                && matches!(
                    self.w(j),
                    "-" | "until" | "untill" | "till" | "through" | "thru"
                ))
            || (sep == "and" && self.w(j) == "-");
        if !ok_sep {
            return None;
        }
        let b = self.full_or_day(j + 1)?;
        if separate(&a.expr, &b.expr, self.w(j)) {
            return None;
        }
        let (ea, eb) = fill_range(a.expr, b.expr)?;
        let mut m = Mention::new(i, b.end, Expr::Interval(Box::new(ea), Box::new(eb)));
        m.relation = Relation::Between;
        Some(m)
    }

    /// A trailing "-Y" / "to Y" / "through Y" after a mention.
    fn range_tail(&self, i: usize, m: &Mention) -> Option<Mention> {
        let j = m.last;
        let sep = self.w(j);
        let dash = sep == "-";
        if !(dash || matches!(sep, "to" | "through" | "thru" | "until" | "untill" | "till")) {
            return None;
        }
        // Only things that can be range ends: years, days, dates, clock times, weekdays.
        let first_ok = matches!(
            &m.expr,
            Expr::Date { .. } | Expr::Clock(_) | Expr::Weekday { .. }
        );
        if !first_ok || m.modifier.is_some() {
            return None;
        }
        // A bare year range needs the dash ("1990-95", "1990 to 1995").
        let b = self.full_or_day(j + 1)?;
        if separate(&m.expr, &b.expr, sep) {
            return None;
        }
        if !dash {
            // "to" between two bare numbers is too often not a range.
            if let (Expr::Date { month: None, .. }, Expr::Date { month: None, .. }) =
                (&m.expr, &b.expr)
            {
                if !matches!(self.w(i.saturating_sub(1)), "from" | "between") {
                    return None;
                }
            }
        }
        let (ea, eb) = fill_range(m.expr.clone(), b.expr)?;
        if std::mem::discriminant(&ea) != std::mem::discriminant(&eb) {
            return None;
        }
        let mut r = Mention::new(i, b.end, Expr::Interval(Box::new(ea), Box::new(eb)));
        r.relation = Relation::Between;
        Some(r)
    }

    /// A full expression or, for the first end of a range, a bare day number or a
    /// two-digit year end ("1990-95").
    fn full_or_day(&self, i: usize) -> Option<Hit> {
        if let Some(h) = self.full(i) {
            return Some(h);
        }
        let j = if self.w(i) == "the" { i + 1 } else { i };
        // "to the 15 July"
        if let Some(h) = self.date_dm(j).filter(|_| j > i) {
            return Some(h);
        }
        if let Some((e, d)) = self.day_num(j) {
            return hit(e, date(None, None, Some(d)));
        }
        if self.t.is_num(i) && self.w(i).len() == 2 {
            // Year end "95" in "1990-95": filled in by fill_range.
            let v: i32 = self.w(i).parse().ok()?;
            return hit(i + 1, Expr::Decade(-1 - v));
        }
        None
    }

    /// Modifiers and the core, then attached times and parts of day.
    fn full(&self, i: usize) -> Option<Hit> {
        let w = self.w(i);
        // Approximation and comparison words, inside the span.
        let (skip, m) = match (w, self.w(i + 1)) {
            (
                "about" | "around" | "approximately" | "roughly" | "circa" | "nearly" | "almost",
                _,
            ) => (1, Some(Mod::Approx)),
            ("more" | "less" | "fewer", "than") => (
                2,
                Some(if w == "more" {
                    Mod::MoreThan
                } else {
                    Mod::LessThan
                }),
            ),
            ("at", "least") => (2, Some(Mod::MoreThan)),
            ("up", "to") => (2, Some(Mod::LessThan)),
            ("no", "more") if self.w(i + 2) == "than" => (3, Some(Mod::LessThan)),
            ("over" | "under", _) => (
                1,
                Some(if w == "over" {
                    Mod::MoreThan
                } else {
                    Mod::LessThan
                }),
            ),
            _ => (0, None),
        };
        if skip > 0 {
            let mut h = self.full(i + skip)?;
            // Comparisons only qualify amounts; "over the weekend" is a preposition.
            let amount = matches!(h.expr, Expr::Duration(_));
            match m {
                Some(Mod::Approx) => {}
                _ if !amount => return None,
                _ => {}
            }
            if matches!(w, "over" | "under") && self.w(i + 1) == "the" {
                return None;
            }
            if h.m.is_none() {
                h.m = m;
            }
            return Some(h);
        }
        // early / late / mid / the end of ...
        if let Some(h) = self.modded(i) {
            return Some(self.attach(i, h));
        }
        let h = self.core(i)?;
        let h = self.part_clock(h);
        Some(self.attach(i, h))
    }

    /// Clock times and parts of day attached to a day, either order.
    fn attach(&self, _i: usize, mut h: Hit) -> Hit {
        // Day followed by part of day or time: "Friday morning", "Nov. 9 at 5 p.m.".
        if is_day(&h.expr) {
            let j = h.end;
            if let Some((e, p)) = self.part_after(j) {
                h = Hit {
                    end: e,
                    expr: Expr::DayPart {
                        day: Box::new(h.expr),
                        part: p,
                    },
                    m: h.m,
                };
                return self.part_clock(h);
            }
            let k = if matches!(self.w(j), "at" | "by" | "around" | "@")
                || (self.w(j) == "," && self.t.is_num(j + 1))
            {
                j + 1
            } else {
                j
            };
            if let Some((e, c)) = self.clock(k, k > j) {
                h.expr = with_time(h.expr, c);
                h.end = e;
                return h;
            }
            return h;
        }
        // Time followed by a day: "5 p.m. Nov. 9", "noon Thursday", "10 p.m. Wednesday".
        if let Expr::Clock(c) = h.expr {
            let j = h.end;
            let k = if matches!(self.w(j), "," | "on") {
                j + 1
            } else {
                j
            };
            if let Some(d) = self.core(k) {
                if is_day(&d.expr) {
                    return Hit {
                        end: d.end,
                        expr: with_time(d.expr, c),
                        m: h.m,
                    };
                }
            }
            // "4 in the morning" style is handled in clock().
        }
        h
    }

    /// A part of day after a day: "morning", "in the morning", "early morning", "early in
    /// the morning", "in the early hours of the morning", "afternoonish", "(at) lunch".
    fn part_after(&self, j: usize) -> Option<(usize, DayPart)> {
        let w = self.w(j);
        let part = |w: &str| {
            lx::day_part(w)
                .or_else(|| w.strip_suffix("ish").and_then(lx::day_part))
                .filter(|_| !matches!(w, "tonight" | "overnight"))
        };
        if let Some(p) = part(w) {
            return Some((j + 1, p));
        }
        match (w, self.w(j + 1), self.w(j + 2)) {
            ("in", "the", "early") if self.w(j + 3) == "hours" => {
                let k = j + 4;
                (self.w(k) == "of" && self.w(k + 1) == "the" && self.w(k + 2) == "morning")
                    .then_some((k + 3, DayPart::Morning))
            }
            ("in", "the", p) => part(p).map(|p| (j + 3, p)),
            ("early", "morning", _) => Some((j + 2, DayPart::Morning)),
            ("early", "in", "the") if self.w(j + 3) == "morning" => Some((j + 4, DayPart::Morning)),
            ("lunch" | "lunchtime", _, _) => Some((j + 1, DayPart::Midday)),
            ("at", "lunch" | "lunchtime", _) => Some((j + 2, DayPart::Midday)),
            _ => None,
        }
    }

    /// A part of day followed by a clock time: "Saturday morning at 9", "tonight at 8",
    /// "this afternoon at 3:20"; the part says which half of the day the hour is in.
    fn part_clock(&self, h: Hit) -> Hit {
        let Expr::DayPart { day, part } = &h.expr else {
            return h;
        };
        let j = h.end;
        // "tonight 815" alone: a four-digit time needs no "at".
        let k = if matches!(self.w(j), "at" | "@") {
            j + 1
        } else if self.w(j).len() >= 3 && self.t.is_num(j) && self.alone(0, j + 1) {
            j
        } else {
            return h;
        };
        let Some((e, mut c)) = self.clock(k, true) else {
            return h;
        };
        if matches!(part, DayPart::Afternoon | DayPart::Evening | DayPart::Night) && c.hour < 12 {
            c.hour += 12;
        }
        c.ambiguous = false;
        Hit {
            end: e,
            expr: with_time((**day).clone(), c),
            m: h.m,
        }
    }

    /// "morning of Christmas", "morning of the 15th of February" ("the night of ..."
    /// is left to the day alone, as TimeBank tags it).
    fn part_of_day(&self, i: usize) -> Option<Hit> {
        let p = lx::day_part(self.w(i))?;
        let after_the = i > 0 && self.w(i - 1) == "the";
        if self.w(i + 1) != "of" || after_the || matches!(self.w(i), "tonight" | "overnight") {
            return None;
        }
        let d = self.core(i + 2)?;
        if !is_day(&d.expr) {
            return None;
        }
        hit(
            d.end,
            Expr::DayPart {
                day: Box::new(d.expr),
                part: p,
            },
        )
    }

    /// A bare hour before "tonight" / "this evening": "8 tonight", "eight this evening".
    fn hour_then_part(&self, i: usize) -> Option<Hit> {
        let (j, h) = self.cardinal(i)?;
        if !(1..=12).contains(&h) {
            return None;
        }
        // "9 tomorrow", "at 5 tomorrow afternoon": a bare hour before "tomorrow" or "today"
        // only after "at" or alone ("sold 9 tomorrow" is an amount).
        let prev = if i > 0 { self.w(i - 1) } else { "" };
        let (day, j) = match self.w(j) {
            "tomorrow" => (1, j + 1),
            "today" => (0, j + 1),
            _ => (0, j),
        };
        let (e, part) = match self.w(j) {
            "tonight" => (j + 1, Some(DayPart::Night)),
            "this" if day == 0 => (j + 2, Some(lx::day_part(self.w(j + 1))?)),
            w if lx::day_part(w).is_some() && j > i + 1 => (j + 1, lx::day_part(w)),
            _ if j > i + 1 => (j, None),
            _ => return None,
        };
        if j > i + 1 && !(matches!(prev, "at" | "@") || self.alone(i, e)) {
            return None;
        }
        let hour = match part {
            Some(DayPart::Morning) | None => h,
            _ if h == 12 => h,
            _ => h + 12,
        };
        hit(
            e,
            Expr::At {
                day: Box::new(rel(Unit::Day, day)),
                clock: Clock {
                    hour: hour as u8,
                    minute: None,
                    second: None,
                    ambiguous: false,
                },
            },
        )
    }

    /// early/late/mid X, the beginning/middle/end of X.
    fn modded(&self, i: usize) -> Option<Hit> {
        let w = self.w(i);
        // "EOM", "BOY": the end of this month, the beginning of this year.
        let abbrev = match w {
            "eom" => Some((Unit::Month, Mod::End)),
            "bom" => Some((Unit::Month, Mod::Start)),
            "eoy" => Some((Unit::Year, Mod::End)),
            // "BOY" is mostly a boy: only "the BOY", "at BOY" or alone.
            "boy"
                if self.upper(i)
                    && !self.t.is_word(i + 1)
                    && (self.t.len() <= 2 || matches!(self.w(i.wrapping_sub(1)), "the" | "at")) =>
            {
                Some((Unit::Year, Mod::Start))
            }
            _ => None,
        };
        if let Some((u, m)) = abbrev {
            return Some(Hit {
                end: i + 1,
                expr: rel(u, 0),
                m: Some(m),
            });
        }
        // "mid-afternoon", "midmorning", "mid-afternoon yesterday": a part of the day
        // (today's, or the day said after it).
        let mid_part = match w {
            "mid" => {
                let j = if self.w(i + 1) == "-" { i + 2 } else { i + 1 };
                lx::day_part(self.w(j))
                    .filter(|p| matches!(p, DayPart::Morning | DayPart::Afternoon))
                    .map(|p| (j + 1, p))
            }
            "midmorning" => Some((i + 1, DayPart::Morning)),
            "midafternoon" => Some((i + 1, DayPart::Afternoon)),
            _ => None,
        };
        if let Some((e, part)) = mid_part {
            let day = self.core(e).filter(|h| is_day(&h.expr));
            let (end, day) = match day {
                Some(h) => (h.end, h.expr),
                None => (e, rel(Unit::Day, 0)),
            };
            return Some(Hit {
                end,
                expr: Expr::DayPart {
                    day: Box::new(day),
                    part,
                },
                m: None,
            });
        }
        // "year-end", "year end", "year's end": the end of this year.
        if w == "year" {
            let end = match (self.w(i + 1), self.w(i + 2), self.w(i + 3)) {
                ("-", "end", _) if self.glued(i) && self.glued(i + 1) => i + 3,
                ("end", _, _) => i + 2,
                ("\"", "s", "end") if self.glued(i) => i + 4,
                _ => return None,
            };
            return Some(Hit {
                end,
                expr: rel(Unit::Year, 0),
                m: Some(Mod::End),
            });
        }
        let (skip, m) = match w {
            "early" => (1, Mod::Start),
            "late" => (1, Mod::End),
            "mid" => (if self.w(i + 1) == "-" { 2 } else { 1 }, Mod::Mid),
            "the" | "end" | "beginning" | "start" | "middle" | "close" => {
                let a = if w == "the" { i + 1 } else { i };
                let m = match self.w(a) {
                    "end" | "close" => Mod::End,
                    "beginning" | "start" => Mod::Start,
                    "middle" => Mod::Mid,
                    _ => return None,
                };
                if self.w(a + 1) != "of" {
                    return None;
                }
                let b = a + 2;
                // "the end of month", "beginning of year".
                if matches!(self.w(b), "month" | "year") {
                    let (u, _) = lx::unit(self.w(b))?;
                    return Some(Hit {
                        end: b + 1,
                        expr: rel(u, 0),
                        m: Some(m),
                    });
                }
                // "the end of the year/month/week".
                if self.w(b) == "the" {
                    if let Some((u, false)) = lx::unit(self.w(b + 1)) {
                        if matches!(u, Unit::Year | Unit::Month | Unit::Week | Unit::Quarter) {
                            return Some(Hit {
                                end: b + 2,
                                expr: rel(u, 0),
                                m: Some(m),
                            });
                        }
                    }
                }
                let h = self.core(b)?;
                return self.accept_mod(h, m);
            }
            _ => return None,
        };
        // "late-November", "mid-1990s"
        let mut j = i + skip;
        if skip == 1 && self.w(j) == "-" && self.glued(i) {
            j += 1;
        }
        // "early next year", "late last month"
        let h = self.core(j)?;
        self.accept_mod(h, m)
    }

    fn accept_mod(&self, mut h: Hit, m: Mod) -> Option<Hit> {
        match &h.expr {
            Expr::Date {
                day: None,
                time: None,
                ..
            }
            | Expr::Decade(_)
            | Expr::Century(_)
            | Expr::YearPart { .. }
            | Expr::Rel {
                unit: Unit::Year | Unit::Month | Unit::Week | Unit::Quarter | Unit::Decade,
                ..
            } => {}
            _ => return None,
        }
        h.m = Some(m);
        Some(h)
    }

    /// The longest core pattern at `i`.
    fn core(&self, i: usize) -> Option<Hit> {
        let cands = [
            self.date_md(i),
            self.date_dm(i),
            self.numeric_date(i),
            self.loose_md(i),
            self.year(i),
            self.decade(i),
            self.century(i),
            self.year_part(i),
            self.relative(i),
            self.weekday(i),
            self.weekday_count(i),
            self.offset(i),
            self.duration(i),
            self.set(i),
            self.time_only(i),
            self.holiday(i),
            self.upcoming(i),
            self.nth_of_month(i),
            self.day_of_month(i),
            self.clock_words(i),
            self.hour_then_part(i),
            self.part_of_day(i),
        ];
        let mut best: Option<Hit> = None;
        for c in cands.into_iter().flatten() {
            if best.as_ref().is_none_or(|b| c.end > b.end) {
                best = Some(c);
            }
        }
        best
    }

    // ---- numbers ----

    fn num(&self, i: usize) -> Option<u32> {
        if !self.t.is_num(i) {
            return None;
        }
        let w = self.w(i);
        if w.len() > 9 {
            return None;
        }
        w.parse().ok()
    }

    /// A cardinal as digits or words ("24", "twenty-four", "twenty four").
    fn cardinal(&self, i: usize) -> Option<(usize, u32)> {
        if let Some(n) = self.num(i) {
            // Not part of "1,000" or "2.5".
            if matches!(self.w(i + 1), "," | ".") && self.glued(i) && self.t.is_num(i + 2) {
                return None;
            }
            return Some((i + 1, n));
        }
        let w = self.w(i);
        if matches!(w, "a" | "an" | "single" | "couple" | "dozen") {
            return None;
        }
        if let Some(t) = lx::tens(w) {
            let j = if self.w(i + 1) == "-" { i + 2 } else { i + 1 };
            if let Some(u) = lx::small_number(self.w(j)).filter(|&u| (1..10).contains(&u)) {
                if !matches!(self.w(j), "a" | "an") {
                    return Some((j + 1, t + u));
                }
            }
            return Some((i + 1, t));
        }
        let n = lx::small_number(w)?;
        if self.w(i + 1) == "hundred" {
            return Some((i + 2, n * 100));
        }
        Some((i + 1, n))
    }

    /// A day of month: "3", "3rd", "third", "twenty-first".
    fn day_num(&self, i: usize) -> Option<(usize, u8)> {
        if let Some(n) = self.num(i) {
            if !(1..=31).contains(&n) || self.w(i).len() > 2 {
                return None;
            }
            let mut e = i + 1;
            if self.glued(i) && matches!(self.w(i + 1), "st" | "nd" | "rd" | "th") {
                e += 1;
            }
            // "3:30", "3.5", "3/4" are not days.
            if e == i + 1
                && self.glued(i)
                && matches!(self.w(i + 1), ":" | "." | "/" | ",")
                && self.t.is_num(i + 2)
                && self.glued(i + 1)
            {
                return None;
            }
            return Some((e, n as u8));
        }
        self.ordinal_word(i)
            .filter(|&(_, n)| (1..=31).contains(&n))
            .map(|(e, n)| (e, n as u8))
    }

    fn ordinal_word(&self, i: usize) -> Option<(usize, u32)> {
        let w = self.w(i);
        if let Some(t) = lx::tens(w) {
            let j = if self.w(i + 1) == "-" { i + 2 } else { i + 1 };
            let u = lx::ordinal(self.w(j)).filter(|&u| u < 10)?;
            return Some((j + 1, t + u));
        }
        lx::ordinal(w).map(|n| (i + 1, n))
    }

    /// An ordinal as digits or words: "3rd", "third".
    fn ordinal(&self, i: usize) -> Option<(usize, u32)> {
        if let Some(n) = self.num(i) {
            if self.glued(i) && matches!(self.w(i + 1), "st" | "nd" | "rd" | "th") {
                return Some((i + 2, n));
            }
            return None;
        }
        self.ordinal_word(i)
    }

    /// A year in words, as transcripts write it: "nineteen ninety-four", "two thousand ten".
    fn spelled_year(&self, i: usize) -> Option<(usize, i32)> {
        match self.w(i) {
            "nineteen" | "twenty" => {
                let c = if self.w(i) == "nineteen" { 1900 } else { 2000 };
                let j = i + 1;
                if lx::tens(self.w(j)).is_none()
                    && !matches!(
                        self.w(j),
                        "ten"
                            | "eleven"
                            | "twelve"
                            | "thirteen"
                            | "fourteen"
                            | "fifteen"
                            | "sixteen"
                            | "seventeen"
                            | "eighteen"
                            | "nineteen"
                    )
                {
                    return None;
                }
                let (e, n) = self.cardinal(j)?;
                (10..100).contains(&n).then_some((e, c + n as i32))
            }
            "two" if self.w(i + 1) == "thousand" => {
                let j = if self.w(i + 2) == "and" { i + 3 } else { i + 2 };
                // A bare "two thousand" is an amount.
                let (e, n) = self.cardinal(j).filter(|_| self.t.is_word(j))?;
                (n < 100).then_some((e, 2000 + n as i32))
            }
            _ => None,
        }
    }

    /// A four-digit year, with an optional era.
    fn year_num(&self, i: usize) -> Option<(usize, i32)> {
        if self.t.is_word(i) {
            return self.spelled_year(i);
        }
        let n = self.num(i)?;
        // An era makes any number a year: "2014 BC", "14 a.d.".
        // "a 30 ad campaign": a short number needs "AD" in capitals or with dots.
        let plain_era = self.w(i + 2) != "." && !self.upper(i + 1);
        if let Some((e, bc)) = self
            .era(i + 1)
            .filter(|_| n >= 1 && (self.w(i).len() == 4 || !plain_era))
        {
            return Some((
                e,
                if bc {
                    crate::time::from_bc(n as i32)
                } else {
                    n as i32
                },
            ));
        }
        if self.w(i).len() != 4 || !(1000..=2199).contains(&n) {
            return None;
        }
        // "1,990", "1990.5", "1990:30"
        if i > 0
            && !self.t.tokens[i].space_before
            && matches!(self.w(i - 1), "," | "." | "$" | "#" | ":" | "/")
        {
            return None;
        }
        if self.glued(i) && matches!(self.w(i + 1), "," | "." | ":" | "/") && self.t.is_num(i + 2) {
            return None;
        }
        Some((i + 1, n as i32))
    }

    /// An era at `i`: "AD", "CE", "A.D.", "BC", "BCE", "B.C.": (end, is BC).
    fn era(&self, i: usize) -> Option<(usize, bool)> {
        match self.w(i) {
            "ad" | "ce" => Some((i + 1, false)),
            "bc" | "bce" => Some((i + 1, true)),
            "a" | "b" if self.w(i + 1) == "." && matches!(self.w(i + 2), "d" | "c") => {
                let bc = self.w(i) == "b";
                if self.w(i + 2) != if bc { "c" } else { "d" } {
                    return None;
                }
                let e = if self.w(i + 3) == "." { i + 4 } else { i + 3 };
                Some((e, bc))
            }
            _ => None,
        }
    }

    /// A month word with its abbreviation dot.
    fn month_at(&self, i: usize) -> Option<(usize, u8, bool)> {
        let (m, abbrev) = lx::month(self.w(i))?;
        let mut e = i + 1;
        if abbrev && self.w(e) == "." && self.glued(i) {
            e += 1;
        }
        Some((e, m, abbrev))
    }

    /// "May"/"March" without numbers: only where a month is expected.
    fn month_alone_ok(&self, i: usize, m: u8, abbrev: bool) -> bool {
        if abbrev {
            return false;
        }
        // "May" as a whole phrase is the month.
        if self.alone(i, i + 1) {
            return true;
        }
        let prev = if i > 0 { self.w(i - 1) } else { "" };
        let month_prep = matches!(
            prev,
            "in" | "of"
                | "since"
                | "until"
                | "till"
                | "through"
                | "by"
                | "before"
                | "after"
                | "during"
                | "last"
                | "next"
                | "this"
                | "early"
                | "late"
                | "mid"
                | "-"
                | "from"
                | "to"
                | "and"
                | "or"
                | "between"
                | "that"
                | "each"
                | "every"
                | "coming"
                | "past"
        );
        if m == 5 || m == 3 {
            // "at this march", "each may": a determiner before the noun.
            if self.common_noun_month(i, m)
                && matches!(prev, "this" | "last" | "next" | "each" | "every" | "past")
            {
                return false;
            }
            // Lower-case "may"/"march" after "that", "and", "to" is the verb.
            let strong = matches!(
                prev,
                "in" | "of"
                    | "since"
                    | "until"
                    | "during"
                    | "last"
                    | "next"
                    | "this"
                    | "early"
                    | "late"
                    | "mid"
            );
            if !month_prep || (!self.upper(i) && !strong) {
                return false;
            }
            // "in May be" is rare; "may have" after "it" is not a month.
            let next = self.w(i + 1);
            if m == 5 && matches!(next, "be" | "have" | "not" | "well" | "also" | "still") {
                return false;
            }
            return true;
        }
        // "August" as an adjective is rare; other month names are safe.
        true
    }

    // ---- dates ----

    /// "March 3, 2015", "Mar. 3", "March 3rd", "March 2015", "March of 2015", "March".
    fn date_md(&self, i: usize) -> Option<Hit> {
        // A weekday in front: "Thursday, April 6".
        if let Some(_wd) = lx::weekday(self.w(i)) {
            let j = if self.w(i + 1) == "," { i + 2 } else { i + 1 };
            let j = if self.w(j) == "the" { j + 1 } else { j };
            let h = self.date_md(j).or_else(|| self.date_dm(j))?;
            if matches!(h.expr, Expr::Date { day: Some(_), .. }) {
                return Some(h);
            }
            return None;
        }
        let (mut e, m, abbrev) = self.month_at(i)?;
        // "Mar.3" / "Feb13": fine; day next.
        let mut j = e;
        if self.w(j) == "the" && self.ordinal(j + 1).is_some() {
            j += 1;
        }
        if let Some((de, d)) = self.day_num(j) {
            // Not "March 1990" read as day: day_num refuses 4 digits.
            let mut k = de;
            let mut year = None;
            let k2 = if self.w(k) == "," { k + 1 } else { k };
            if let Some((ye, y)) = self.year_num(k2) {
                year = Some(y);
                k = ye;
            } else if self.w(k2) == "\""
                && self.glued(k2)
                && self.num(k2 + 1).is_some()
                && self.w(k2 + 1).len() == 2
            {
                // "Jan 1 '98"
                let y = self.num(k2 + 1)? as i32;
                year = Some(if y < 40 { 2000 + y } else { 1900 + y });
                k = k2 + 2;
            }
            // "May 5 percent" is not a date.
            if year.is_none() && lx::count_noun(self.w(k)) {
                return None;
            }
            if year.is_none() && m == 5 && !self.upper(i) && i > 0 {
                // lower-case "may 2" in running text is the verb.
                if self.t.tokens[i].space_before
                    && self.t.is_word(i - 1)
                    && !matches!(self.w(i - 1), "on" | "in" | "of" | "by" | "since" | "until")
                {
                    return None;
                }
            }
            return hit(k, date(year, Some(m), Some(d)));
        }
        // "July last year"
        if let Some(r) = rel_word(self.w(e)).filter(|_| self.w(e + 1) == "year") {
            return hit(
                e + 2,
                Expr::Date {
                    year: None,
                    year_rel: Some(r),
                    year_focus: false,
                    month: Some(m),
                    day: None,
                    time: None,
                },
            );
        }
        // Month and year.
        let k = if self.w(e) == "of" || self.w(e) == "," {
            e + 1
        } else {
            e
        };
        if let Some((ye, y)) = self.year_num(k) {
            return hit(ye, date(Some(y), Some(m), None));
        }
        if abbrev {
            return None;
        }
        if !self.month_alone_ok(i, m, abbrev) {
            return None;
        }
        if e > i + 1 {
            e = i + 1;
        }
        hit(e, date(None, Some(m), None))
    }

    /// "3 March 2015", "3rd of March", "the 3rd of March".
    fn date_dm(&self, i: usize) -> Option<Hit> {
        let j = if self.w(i) == "the" { i + 1 } else { i };
        let (de, d) = self.day_num(j)?;
        // "31/Oct/1974", "31-Oct-74": one glued token run.
        let sep = self.w(de);
        if j == i && de == i + 1 && matches!(sep, "/" | "-") && self.glued(i) && self.glued(de) {
            let (me, m, _) = self.month_at(de + 1)?;
            if self.w(me) != sep || !self.glued(me - 1) || !self.glued(me) {
                return None;
            }
            let y = self.num(me + 1)? as i32;
            let y = match self.w(me + 1).len() {
                4 => y,
                2 if y < 40 => 2000 + y,
                2 => 1900 + y,
                _ => return None,
            };
            return hit(me + 2, date(Some(y), Some(m), Some(d)));
        }
        let k = if self.w(de) == "of" { de + 1 } else { de };
        if j > i && k == de && self.ordinal(j).is_none() {
            return None;
        }
        let (me, m, _) = self.month_at(k)?;
        let mut e = me;
        let mut year = None;
        let k2 = if self.w(e) == "," { e + 1 } else { e };
        if let Some((ye, y)) = self.year_num(k2) {
            year = Some(y);
            e = ye;
        } else if self.w(k2).len() == 2 && self.alone(i, k2 + 1) {
            // "14th April 15" alone: a two-digit year (in prose "15" is an amount).
            let y = self.num(k2)? as i32;
            year = Some(if y < 40 { 2000 + y } else { 1900 + y });
            e = k2 + 1;
        }
        // "the 3rd of March" keeps "the"; a bare "3 May" needs a real month reading.
        if m == 5 && year.is_none() && matches!(self.w(me), "be" | "have" | "not") {
            return None;
        }
        hit(e, date(year, Some(m), Some(d)))
    }

    /// ISO "2015-03-15", "2015/03/15", US "3/15/2015", "3/15/15", "on 3/15".
    fn numeric_date(&self, i: usize) -> Option<Hit> {
        let a = self.num(i)?;
        let sep = self.w(i + 1);
        if !matches!(sep, "-" | "/" | ".") || !self.glued(i) || !self.glued(i + 1) {
            return None;
        }
        let b = self.num(i + 2)?;
        if self.in_url(i) {
            return None;
        }
        let third = if self.w(i + 3) == sep && self.glued(i + 2) && self.glued(i + 3) {
            self.num(i + 4).map(|c| (c, self.w(i + 4).len()))
        } else {
            None
        };
        let la = self.w(i).len();
        match third {
            Some((c, _)) if la == 4 => {
                if (1..=12).contains(&b) && (1..=31).contains(&c) {
                    return hit(i + 5, date(Some(a as i32), Some(b as u8), Some(c as u8)));
                }
                None
            }
            Some((c, lc)) if la <= 2 && (lc == 4 || lc == 2) => {
                let y = if lc == 2 {
                    if c < 40 {
                        2000 + c
                    } else {
                        1900 + c
                    }
                } else {
                    c
                } as i32;
                // US order month/day; day/month when the first cannot be a month.
                let (m, d) = if a <= 12 { (a, b) } else { (b, a) };
                if (1..=12).contains(&m) && (1..=31).contains(&d) {
                    return hit(i + 5, date(Some(y), Some(m as u8), Some(d as u8)));
                }
                None
            }
            // "2/2013": month and year.
            None if sep == "/"
                && la <= 2
                && self.w(i + 2).len() == 4
                && (1..=12).contains(&a)
                && (1900..=2100).contains(&b) =>
            {
                hit(i + 3, date(Some(b as i32), Some(a as u8), None))
            }
            // "2014/10" alone ("2009/10" in prose is a season or a fiscal year).
            None if sep == "/"
                && la == 4
                && self.w(i + 2).len() == 2
                && (1..=12).contains(&b)
                && (1900..=2100).contains(&a)
                && self.alone(i, i + 3) =>
            {
                hit(i + 3, date(Some(a as i32), Some(b as u8), None))
            }
            None if sep == "/" && la <= 2 && self.w(i + 2).len() <= 2 => {
                // "2/15" only after "on" (fractions otherwise).
                let cue =
                    i > 0 && matches!(self.w(i - 1), "on" | "by" | "until" | "since" | "from");
                if (cue || b > 12) && (1..=12).contains(&a) && (1..=31).contains(&b) {
                    return hit(i + 3, date(None, Some(a as u8), Some(b as u8)));
                }
                None
            }
            None if sep == "-" && la == 4 && self.w(i + 2).len() == 2 && (1..=12).contains(&b) => {
                // "2015-03" year-month (not "1990-95": handled as a range when b > 12).
                if self.year_num(i).is_some()
                    && a >= 1900
                    && (1..=12).contains(&b)
                    && !self.t.is_word(i + 3)
                {
                    return hit(i + 3, date(Some(a as i32), Some(b as u8), None));
                }
                None
            }
            _ => None,
        }
    }

    /// "2-15", "2 / 15", "2 - 15" said alone: month and day (in prose a score or a range).
    fn loose_md(&self, i: usize) -> Option<Hit> {
        let a = self.num(i).filter(|_| self.w(i).len() <= 2)?;
        if !matches!(self.w(i + 1), "/" | "-") || self.w(i + 2).len() > 2 {
            return None;
        }
        let b = self.num(i + 2)?;
        if !(1..=12).contains(&a) || !(1..=31).contains(&b) || !self.alone(i, i + 3) {
            return None;
        }
        hit(i + 3, date(None, Some(a as u8), Some(b as u8)))
    }

    /// Part of a URL or a path: glued tokens with "/" or "www".
    fn in_url(&self, i: usize) -> bool {
        let mut a = i;
        let mut n = 0;
        while a > 0 && !self.t.tokens[a].space_before && n < 40 {
            a -= 1;
            n += 1;
            if matches!(
                self.w(a),
                "http" | "https" | "www" | "com" | "org" | "html" | "net"
            ) {
                return true;
            }
        }
        let mut b = i;
        n = 0;
        while b + 1 < self.t.len() && !self.t.tokens[b + 1].space_before && n < 40 {
            b += 1;
            n += 1;
            if matches!(self.w(b), "html" | "htm" | "php" | "aspx" | "shtml") {
                return true;
            }
        }
        false
    }

    /// A bare year, "fiscal 1998", "the year 2000", "'98".
    fn year(&self, i: usize) -> Option<Hit> {
        let w = self.w(i);
        if w == "fiscal" || w == "fy" {
            let j = if self.w(i + 1) == "year" {
                i + 2
            } else {
                i + 1
            };
            if let Some((e, y)) = self.year_num(j) {
                return hit(e, Expr::year(y));
            }
            // "fiscal 98", "FY98"
            if let Some(n) = self.num(j).filter(|_| self.w(j).len() == 2) {
                let n = n as i32;
                return hit(j + 1, Expr::year(if n < 40 { 2000 + n } else { 1900 + n }));
            }
            return None;
        }
        if w == "the" && self.w(i + 1) == "year" {
            // "the year two thousand"
            if self.w(i + 2) == "two" && self.w(i + 3) == "thousand" {
                let (e, y) = self.spelled_year(i + 2).unwrap_or((i + 4, 2000));
                return hit(e, Expr::year(y));
            }
            let (e, y) = self.year_num(i + 2)?;
            return hit(e, Expr::year(y));
        }
        if w == "\"" {
            // '98 (an apostrophe, not a quote mark)
            let raw = self.t.raw(i);
            if !matches!(raw, "'" | "’") || !self.glued(i) || self.w(i + 1).len() != 2 {
                return None;
            }
            if self.t.is_word(i + 2) && self.glued(i + 1) {
                return None;
            }
            let n = self.num(i + 1)? as i32;
            return hit(i + 2, Expr::year(if n < 40 { 2000 + n } else { 1900 + n }));
        }
        let (e, y) = self.year_num(i)?;
        if self.t.is_num(i) && self.era(i + 1).is_some() {
            return hit(e, Expr::year(y));
        }
        if self.glued(i) && self.t.is_word(i + 1) && e == i + 1 {
            // "1990s" is a decade; "1990th" is not a year.
            return None;
        }
        let prev = if i > 0 { self.w(i - 1) } else { "" };
        // Numbers that are amounts, not years.
        if lx::count_noun(self.w(e))
            || matches!(self.w(e), "%" | "million" | "billion" | "thousand")
        {
            return None;
        }
        if matches!(
            prev,
            "$" | "#"
                | "no"
                | "number"
                | "about"
                | "some"
                | "over"
                | "nearly"
                | "than"
                | "route"
                | "flight"
                | "room"
                | "page"
                | "article"
                | "section"
                | "chapter"
        ) || (prev == "of" && !self.month_before(i) && !(1900..=2100).contains(&y))
        {
            return None;
        }
        // "around 1030" alone is a clock time.
        if y < 1800 && self.w(i).len() == 4 && y % 100 < 60 && self.alone(i, e) {
            return None;
        }
        if y < 1800
            && !matches!(
                prev,
                "in" | "since"
                    | "until"
                    | "by"
                    | "from"
                    | "year"
                    | "of"
                    | "before"
                    | "after"
                    | "around"
                    | "during"
            )
        {
            return None;
        }
        if !(1000..=2100).contains(&y) {
            return None;
        }
        hit(e, Expr::year(y))
    }

    fn month_before(&self, i: usize) -> bool {
        i >= 2 && lx::month(self.w(i - 2)).is_some()
    }

    /// "the 1990s", "1990s", "the '90s", "the nineties".
    fn decade(&self, i: usize) -> Option<Hit> {
        let j = if self.w(i) == "the" { i + 1 } else { i };
        let w = self.w(j);
        if let Some(n) = self.num(j) {
            let l = w.len();
            if self.w(j + 1) == "s" && self.glued(j) && (2..=4).contains(&l) && n % 10 == 0 {
                // "the 480s BC"
                if let Some((e, true)) = self.era(j + 2) {
                    return hit(e, Expr::Decade(-1 - n as i32 / 10));
                }
                if l == 4 && (1000..=2190).contains(&n) {
                    return hit(j + 2, Expr::Decade(n as i32 / 10));
                }
                return None;
            }
            return None;
        }
        if w == "\"" && matches!(self.t.raw(j), "'" | "’") && self.glued(j) {
            let n = self.num(j + 1)?;
            if self.w(j + 1).len() == 2 && n % 10 == 0 && self.w(j + 2) == "s" && self.glued(j + 1)
            {
                let c = if n < 30 { 200 } else { 190 };
                return hit(j + 3, Expr::Decade(c + n as i32 / 10));
            }
            return None;
        }
        if j > i {
            let d = match w {
                "twenties" => 2,
                "thirties" => 3,
                "forties" => 4,
                "fifties" => 5,
                "sixties" => 6,
                "seventies" => 7,
                "eighties" => 8,
                "nineties" => 9,
                _ => return None,
            };
            return hit(j + 1, Expr::Decade(190 + d));
        }
        None
    }

    /// "the 20th century", "the twenty-first century".
    fn century(&self, i: usize) -> Option<Hit> {
        let j = if self.w(i) == "the" { i + 1 } else { i };
        let (e, n) = self.ordinal(j)?;
        let k = if self.w(e) == "-" { e + 1 } else { e };
        if self.w(k) != "century" || !(1..=30).contains(&n) {
            return None;
        }
        // "the 5th century BC" is BC04 (see `Point::Century`).
        if let Some((e, true)) = self.era(k + 1) {
            return hit(e, Expr::Century(-(n as i32)));
        }
        hit(k + 1, Expr::Century(n as i32 - 1))
    }

    /// Quarters, halves and seasons.
    fn year_part(&self, i: usize) -> Option<Hit> {
        let w = self.w(i);
        // "2018Q4", "18q4": the year glued in front.
        if let Some(n) = self
            .num(i)
            .filter(|_| self.glued(i) && self.w(i + 1) == "q")
        {
            let q = self
                .num(i + 2)
                .filter(|q| (1..=4).contains(q) && self.glued(i + 1))?;
            let year = match self.w(i).len() {
                2 => 2000 + n as i32,
                4 if (1900..=2100).contains(&n) => n as i32,
                _ => return None,
            };
            if self.t.is_word(i + 3) && self.glued(i + 2) {
                return None;
            }
            return hit(
                i + 3,
                Expr::YearPart {
                    year: Some(year),
                    year_rel: None,
                    part: YearPart::Quarter(q as u8),
                },
            );
        }
        // "Q1", "Q1 2018", "2018 Q1", "H2".
        if (w == "q" || w == "h") && self.glued(i) {
            let n = self.num(i + 1)?;
            let part = if w == "q" && (1..=4).contains(&n) {
                YearPart::Quarter(n as u8)
            } else if w == "h" && (1..=2).contains(&n) {
                YearPart::Half(n as u8)
            } else {
                return None;
            };
            let mut e = i + 2;
            let mut year = None;
            if let Some((ye, y)) = self.year_num(e) {
                year = Some(y);
                e = ye;
            }
            return hit(
                e,
                Expr::YearPart {
                    year,
                    year_rel: None,
                    part,
                },
            );
        }
        // [the] [this year's | 1989's | last year's] [fiscal] ORD quarter|half [of YEAR | YEAR]
        let mut j = i;
        let the = w == "the";
        if the {
            j += 1;
        }
        let mut year: Option<i32> = None;
        let mut year_rel: Option<i32> = None;
        // "this year's third quarter", "1989's second half"
        if let Some(r) = rel_word(self.w(j)) {
            if self.w(j + 1) == "year" && self.w(j + 2) == "\"" && self.w(j + 3) == "s" {
                year_rel = Some(r);
                j += 4;
            }
        } else if let Some((ye, y)) = self.year_num(j) {
            if self.w(ye) == "\"" && self.w(ye + 1) == "s" {
                year = Some(y);
                j = ye + 2;
            } else if the {
                year = Some(y);
                j = ye;
            }
        }
        if self.w(j) == "fiscal" {
            j += 1;
        }
        // Seasons: "spring 2019", "the summer of 2018", "this fall", "last winter".
        let rw = rel_word(self.w(j)).filter(|_| year.is_none() && year_rel.is_none());
        let sj = if rw.is_some() { j + 1 } else { j };
        if let Some(s) = lx::season(self.w(sj)) {
            let mut e = sj + 1;
            let k = if self.w(e) == "of" { e + 1 } else { e };
            let mut y = year;
            if let Some((ye, yy)) = self.year_num(k) {
                y = Some(yy);
                e = ye;
            }
            if y.is_none() && year_rel.is_none() && rw.is_none() {
                // A bare season word must look like a time: "in the spring", "spring of".
                let prev = if i > 0 { self.w(i - 1) } else { "" };
                if !(matches!(
                    prev,
                    "in" | "during"
                        | "this"
                        | "by"
                        | "until"
                        | "since"
                        | "early"
                        | "late"
                        | "mid"
                        | "last"
                        | "next"
                ) || the
                    && matches!(prev, "in" | "during" | "by" | "until" | "since" | "through"))
                {
                    return None;
                }
            }
            // "last fall" is last year's fall only when this one has not begun; the
            // resolver reads tense from the mention's first word.
            return hit(
                e,
                Expr::YearPart {
                    year: y,
                    // "this fall" is this year's, "last spring" last year's (TimeBank);
                    // "this past spring" is the latest one.
                    year_rel: year_rel.or(if y.is_none() {
                        rw.filter(|&r| r == 0 || self.w(j) == "last")
                    } else {
                        None
                    }),
                    part: YearPart::Season(s),
                },
            );
        }
        // Quarters and halves.
        // "last quarter" is relative, but "the last half of 1989" is the second half.
        let last_of = self.w(j) == "last"
            && matches!(self.w(j + 1), "half" | "quarter")
            && self.w(j + 2) == "of"
            && self.year_num(j + 3).is_some();
        let (oe, n) = if last_of {
            (j + 1, if self.w(j + 1) == "half" { 2 } else { 4 })
        } else {
            self.ordinal(j)?
        };
        let k = if self.w(oe) == "-" { oe + 1 } else { oe };
        let (part, ke) = match self.w(k) {
            "quarter" | "qtr" if (1..=4).contains(&n) => (YearPart::Quarter(n as u8), k + 1),
            "half" if (1..=2).contains(&n) => (YearPart::Half(n as u8), k + 1),
            _ => return None,
        };
        let mut e = ke;
        let k2 = if matches!(self.w(e), "of" | ",") {
            e + 1
        } else {
            e
        };
        let k3 = if self.w(k2) == "fiscal" { k2 + 1 } else { k2 };
        if let Some((ye, y)) = self.year_num(k3) {
            year = Some(y);
            e = ye;
        } else if self.w(k2) == "this" && self.w(k2 + 1) == "year" {
            year_rel = Some(0);
            e = k2 + 2;
        } else if matches!(self.w(k2), "last" | "next") && self.w(k2 + 1) == "year" {
            year_rel = rel_word(self.w(k2));
            e = k2 + 2;
        }
        hit(
            e,
            Expr::YearPart {
                year,
                year_rel,
                part,
            },
        )
    }

    /// "ended July 31" after "the quarter": the year said, if any, and the calendar
    /// quarter of the quarter's middle month.
    fn quarter_ended(&self, j: usize) -> Option<(Option<i32>, u8)> {
        if !matches!(self.w(j), "ended" | "ending") {
            return None;
        }
        let h = self.date_md(j + 1)?;
        let Expr::Date {
            year,
            month: Some(m),
            day: Some(d),
            ..
        } = h.expr
        else {
            return None;
        };
        // The three months end on the day: their middle is the month before (two
        // before when it ends early in the month).
        let mid = m as i32 - if d >= 15 { 1 } else { 2 };
        if mid < 1 {
            return Some((year.map(|y| y - 1), 4));
        }
        Some((year, ((mid - 1) / 3 + 1) as u8))
    }

    /// "for the year ended Sept. 30" is a year's length; "the full year", "the current
    /// fiscal year", "earlier in the year" are this year (the one in focus in a story
    /// about another year).
    fn report_year(&self, i: usize) -> Option<Hit> {
        let mut j = i + 1;
        while matches!(
            self.w(j),
            "full" | "fiscal" | "entire" | "current" | "whole"
        ) {
            j += 1;
        }
        if self.w(j) != "year" {
            return None;
        }
        let modified = j > i + 1;
        let prep = i > 0
            && matches!(
                self.w(i - 1),
                "in" | "for" | "during" | "throughout" | "of" | "through"
            );
        match self.w(j + 1) {
            "ended" | "ending" => hit(j + 1, Expr::Duration(dur_value(Unit::Year, Some(1)))),
            "before" | "after" | "earlier" | "later" | "ago" | "of" | "when" | "that" | "in"
            | "\"" | "-" => None,
            _ if modified || prep => hit(
                j + 1,
                // "the full year", "the current year" of a report are the DCT's.
                if modified {
                    rel(Unit::Year, 0)
                } else {
                    Expr::Anaphor {
                        unit: Unit::Year,
                        offset: 0,
                    }
                },
            ),
            _ => None,
        }
    }

    /// Deictic words and this/last/next + unit, month, season or weekday.
    fn relative(&self, i: usize) -> Option<Hit> {
        let w = self.w(i);
        let n1 = self.w(i + 1);
        let today = || rel(Unit::Day, 0);
        let r = match w {
            "today" => hit(i + 1, today()),
            "tonight" => hit(
                i + 1,
                Expr::DayPart {
                    day: Box::new(today()),
                    part: DayPart::Night,
                },
            ),
            "tomorrow" => hit(i + 1, rel(Unit::Day, 1)),
            "tomorrows" if self.alone(i, i + 1) => hit(i + 1, rel(Unit::Day, 1)),
            // "morning", "in the afternoon", "after lunch" alone: today's.
            "morning" | "afternoon" | "evening" | "night" | "the"
                if lx::day_part(if w == "the" { n1 } else { w })
                    .is_some_and(|_| !matches!(n1, "tonight" | "overnight")) =>
            {
                let e = if w == "the" { i + 2 } else { i + 1 };
                let h = self.part_clock(Hit {
                    end: e,
                    expr: Expr::DayPart {
                        day: Box::new(today()),
                        part: lx::day_part(self.w(e - 1))?,
                    },
                    m: None,
                });
                if !self.alone(i, h.end) {
                    return None;
                }
                Some(h)
            }
            "lunch" if i > 0 && self.w(i - 1) == "after" && self.alone(i, i + 1) => hit(
                i + 1,
                Expr::DayPart {
                    day: Box::new(today()),
                    part: DayPart::Afternoon,
                },
            ),
            // "day after tomorrow 5pm"
            "day"
                if matches!(n1, "after" | "before")
                    && matches!(self.w(i + 2), "tomorrow" | "yesterday") =>
            {
                hit(i + 3, rel(Unit::Day, if n1 == "before" { -2 } else { 2 }))
            }
            // "at the moment" alone (TimeBank leaves it untagged in prose); "ATM" only in
            // capitals and alone (a cash machine in prose).
            "the" if n1 == "moment" && i > 0 && self.w(i - 1) == "at" && self.alone(i, i + 2) => {
                hit(i + 2, Expr::Ref(RefKind::Present))
            }
            "atm" if self.upper(i) && self.alone(i, i + 1) => {
                hit(i + 1, Expr::Ref(RefKind::Present))
            }
            // "the ides of March": the 15th of March, May, July and October, else the 13th.
            "the" if n1 == "ides" && self.w(i + 2) == "of" => {
                let (e, m, _) = self.month_at(i + 3)?;
                let d = if matches!(m, 3 | 5 | 7 | 10) { 15 } else { 13 };
                hit(e, date(None, Some(m), Some(d)))
            }
            // "the rest of the week", "rest of the month".
            "the" | "rest"
                if (w == "rest" || n1 == "rest")
                    && self.w(if w == "rest" { i + 1 } else { i + 2 }) == "of" =>
            {
                let j = if w == "rest" { i + 2 } else { i + 3 };
                let j = if self.w(j) == "the" { j + 1 } else { j };
                match lx::unit(self.w(j))? {
                    (u @ (Unit::Week | Unit::Month | Unit::Year), false) => hit(j + 1, rel(u, 0)),
                    _ => None,
                }
            }
            // "the week", "all week" alone: this week.
            "the" | "all" if n1 == "week" && self.alone(i, i + 2) => hit(i + 2, rel(Unit::Week, 0)),
            "yesterday" => hit(i + 1, rel(Unit::Day, -1)),
            "now" | "currently" | "presently" | "nowadays" => {
                hit(i + 1, Expr::Ref(RefKind::Present))
            }
            "right" if n1 == "now" => hit(i + 2, Expr::Ref(RefKind::Present)),
            "these" if n1 == "days" => hit(i + 2, Expr::Ref(RefKind::Present)),
            // "previously", "soon" are rarely tagged in TimeBank.
            "recently" | "lately" => hit(i + 1, Expr::Ref(RefKind::Past)),
            // TimeBank: "in recent years" is a vague duration.
            // "in coming weeks", "in the months ahead" are the vague stretch to come, read
            // like "recent weeks".
            "recent" | "coming"
                if matches!(n1, "years" | "months" | "weeks" | "days" | "decades") =>
            {
                let (u, _) = lx::unit(n1)?;
                hit(i + 2, Expr::Duration(dur_value(u, None)))
            }
            "the"
                if matches!(n1, "years" | "months" | "weeks" | "days" | "decades")
                    && self.w(i + 2) == "ahead" =>
            {
                let (u, _) = lx::unit(n1)?;
                hit(i + 3, Expr::Duration(dur_value(u, None)))
            }
            "the" if n1 == "future" || (n1 == "near" && self.w(i + 2) == "future") => hit(
                if n1 == "near" { i + 3 } else { i + 2 },
                Expr::Ref(RefKind::Future),
            ),
            "the"
                if n1 == "past"
                    && !self.t.is_num(i + 2)
                    && lx::unit(self.w(i + 2)).is_none()
                    && self.cardinal(i + 2).is_none()
                    && !lx::vague(self.w(i + 2)) =>
            {
                hit(i + 2, Expr::Ref(RefKind::Past))
            }
            // "over the weekend": the weekend of this week, or in a past clause the last one.
            "the" if self.weekend_word(i + 1).is_some() => {
                hit(self.weekend_word(i + 1)?, Expr::Weekend { offset: 0 })
            }
            "the" if n1 == "day" && matches!(self.w(i + 2), "before" | "after") => {
                let back = self.w(i + 2) == "before";
                if matches!(self.w(i + 3), "yesterday" | "tomorrow") {
                    return hit(i + 4, rel(Unit::Day, if back { -2 } else { 2 }));
                }
                hit(
                    i + 3,
                    Expr::Anaphor {
                        unit: Unit::Day,
                        offset: if back { -1 } else { 1 },
                    },
                )
            }
            "the" | "year" if self.year_ago(i).is_some() => self.year_ago(i),
            "the" if self.report_year(i).is_some() => self.report_year(i),
            // "the latest period" in an earnings report is the quarter just reported.
            "the" if n1 == "latest" && self.w(i + 2) == "period" => hit(
                i + 3,
                Expr::Latest {
                    unit: Unit::Quarter,
                },
            ),
            // "the quarter ended July 31" is the calendar quarter holding most of it
            // (May to July: the second).
            "the" if n1 == "quarter" && self.quarter_ended(i + 2).is_some() => {
                let (year, q) = self.quarter_ended(i + 2)?;
                hit(
                    i + 2,
                    Expr::YearPart {
                        year,
                        year_rel: None,
                        part: YearPart::Quarter(q),
                    },
                )
            }
            "the"
                if matches!(n1, "quarter" | "latest" | "same")
                    && (n1 == "quarter" || self.w(i + 2) == "quarter") =>
            {
                // "the quarter" in an earnings report is the quarter in focus or, without
                // one, the quarter just reported; "the same quarter" needs the focus.
                let e = if n1 == "quarter" { i + 2 } else { i + 3 };
                let unit = Unit::Quarter;
                hit(
                    e,
                    if n1 == "same" {
                        Expr::Anaphor { unit, offset: 0 }
                    } else {
                        Expr::Latest { unit }
                    },
                )
            }
            "that" | "the" => {
                // "that day", "the same year", "the previous day", "the following week".
                let mut j = i + 1;
                let mut off = 0;
                if w == "the" {
                    match self.w(j) {
                        "same" => j += 1,
                        "previous" | "preceding" | "prior" => {
                            off = -1;
                            j += 1
                        }
                        "next" | "following" => {
                            off = 1;
                            j += 1
                        }
                        _ => return None,
                    }
                } else if self.w(j) == "same" {
                    j += 1;
                }
                // "the previous Friday", "the following Monday": counted from the day in
                // focus, not from the DCT.
                if let Some(wd) = lx::weekday(self.w(j)).filter(|_| lx::weekday_full(self.w(j))) {
                    if off == 0 || self.w(j).ends_with('s') {
                        return None;
                    }
                    return hit(j + 1, Expr::WeekdayNear { wd, dir: off as i8 });
                }
                // "the next morning", "that same evening": a part of the day in focus.
                if let Some(part) = lx::day_part(self.w(j)).filter(|_| self.w(j) != "tonight") {
                    if self.w(j + 1) == "of" {
                        return None;
                    }
                    let day = Expr::Anaphor {
                        unit: Unit::Day,
                        offset: off,
                    };
                    return hit(
                        j + 1,
                        Expr::DayPart {
                            day: Box::new(day),
                            part,
                        },
                    );
                }
                let (u, plural) = lx::unit(self.w(j))?;
                if plural
                    || !matches!(
                        u,
                        Unit::Day | Unit::Week | Unit::Month | Unit::Year | Unit::Quarter
                    )
                {
                    return None;
                }
                // "the next day", but "the next three days" is a duration (no match here).
                hit(
                    j + 1,
                    Expr::Anaphor {
                        unit: u,
                        offset: off,
                    },
                )
            }
            "earlier" | "later" if n1 == "this" || n1 == "today" => {
                let h = self.relative(i + 1)?;
                hit(h.end, h.expr)
            }
            _ => {
                let off = rel_word(w)?;
                // "upcoming week" is next week; "upcoming Tuesday", "the following week" are
                // left to other rules.
                if w == "upcoming" {
                    return match lx::unit(n1)? {
                        (u @ (Unit::Week | Unit::Month | Unit::Year | Unit::Quarter), false) => {
                            hit(i + 2, rel(u, 1))
                        }
                        _ => None,
                    };
                }
                if matches!(w, "present" | "prior" | "preceding" | "following") {
                    return None;
                }
                // "last week's Sunday"
                if n1 == "week" && self.w(i + 2) == "\"" && self.w(i + 3) == "s" {
                    if let Some(wd) =
                        lx::weekday(self.w(i + 4)).filter(|_| !self.w(i + 4).ends_with('s'))
                    {
                        return hit(
                            i + 5,
                            Expr::Weekday {
                                wd,
                                dir: 0,
                                week: Some(off),
                                time: None,
                            },
                        );
                    }
                }
                // "this week-end", "last weekend".
                if let Some(e) = self.weekend_word(i + 1) {
                    return hit(e, Expr::Weekend { offset: off });
                }
                let (u, plural) = match lx::unit(n1) {
                    Some(x) => x,
                    None => {
                        // "last Tuesday", "next March", "this fall", "last night"
                        if let Some(wd) = lx::weekday(n1) {
                            // "next Wednesday" is the Wednesday of next week.
                            let week = (w == "next").then_some(1);
                            let mut e = i + 2;
                            if self.w(e) == "." && self.glued(i + 1) && !lx::weekday_full(n1) {
                                e += 1;
                            }
                            return hit(
                                e,
                                Expr::Weekday {
                                    wd,
                                    dir: if week.is_some() { 0 } else { off as i8 },
                                    week,
                                    time: None,
                                },
                            );
                        }
                        if let Some((_, m, false)) = self
                            .month_at(i + 1)
                            .filter(|&(_, m, _)| !self.common_noun_month(i + 1, m))
                        {
                            // "this September" is the DCT's year; "last April" the
                            // latest April before the DCT's month; after "next" the year
                            // comes from tense, read off this word by `tense`.
                            if w == "last" {
                                return hit(i + 2, Expr::MonthBefore { month: m });
                            }
                            if off == 0 {
                                return hit(
                                    i + 2,
                                    Expr::Date {
                                        year: None,
                                        year_rel: Some(off),
                                        year_focus: false,
                                        month: Some(m),
                                        day: None,
                                        time: None,
                                    },
                                );
                            }
                            return hit(i + 2, date(None, Some(m), None));
                        }
                        if let Some(p) = lx::day_part(n1) {
                            if n1 == "tonight" || n1 == "overnight" {
                                return None;
                            }
                            let day = if w == "last" && p == DayPart::Night {
                                rel(Unit::Day, -1)
                            } else if w == "this" {
                                today()
                            } else {
                                return None;
                            };
                            return hit(
                                i + 2,
                                Expr::DayPart {
                                    day: Box::new(day),
                                    part: p,
                                },
                            );
                        }
                        if w == "this" && self.w(i + 1) == "past" {
                            if let Some(e) = self.weekend_word(i + 2) {
                                return hit(e, Expr::Weekend { offset: -1 });
                            }
                        }
                        return None;
                    }
                };
                if plural {
                    return None;
                }
                if matches!(u, Unit::Second | Unit::Minute | Unit::Hour) {
                    return None;
                }
                hit(i + 2, rel(u, off))
            }
        };
        r
    }

    /// "weekend", "week-end", "week end", "wkend" at `i`: its end.
    fn weekend_word(&self, i: usize) -> Option<usize> {
        match self.w(i) {
            "weekend" | "wkend" => Some(i + 1),
            "week" if self.w(i + 1) == "-" && self.w(i + 2) == "end" => Some(i + 3),
            "week" if self.w(i + 1) == "end" => Some(i + 2),
            _ => None,
        }
    }

    /// "the year-earlier quarter", "year-ago", "the year-ago period": a year before the focus.
    fn year_ago(&self, i: usize) -> Option<Hit> {
        let j = if self.w(i) == "the" { i + 1 } else { i };
        if self.w(j) != "year"
            || self.w(j + 1) != "-"
            || !matches!(self.w(j + 2), "earlier" | "ago")
        {
            return None;
        }
        let mut e = j + 3;
        if let Some((oe, n)) = self.ordinal(e) {
            if self.w(oe) == "quarter" && (1..=4).contains(&n) {
                return hit(
                    oe + 1,
                    Expr::YearPart {
                        year: None,
                        year_rel: Some(-1),
                        part: YearPart::Quarter(n as u8),
                    },
                );
            }
        }
        if matches!(self.w(e), "quarter" | "period") {
            e += 1;
        } else if j > i {
            return None;
        }
        hit(
            e,
            Expr::ShiftFocus {
                unit: Unit::Year,
                n: -1,
                near_dct: false,
            },
        )
    }

    /// A weekday alone: resolved by tense ("said Friday" is the past Friday).
    fn weekday(&self, i: usize) -> Option<Hit> {
        let w = self.w(i);
        let wd = lx::weekday(w)?;
        // "wed", "sat", "sun" are words too; the others are safe as abbreviations.
        let safe_abbrev = matches!(w, "mon" | "tue" | "tues" | "thu" | "thur" | "thurs" | "fri");
        if !lx::weekday_full(w)
            && !safe_abbrev
            // "Sun, 5 March", but not "Sun, Hewlett-Packard and others" (the company).
            && !(self.upper(i)
                && (self.w(i + 1) == "."
                    || self.w(i + 1) == ","
                        && (self.t.is_num(i + 2) || lx::month(self.w(i + 2)).is_some())))
            && !(i == 0 && self.t.len() <= 2)
        {
            return None;
        }
        if w.ends_with('s') && w != "tues" && w != "thurs" {
            return None; // "Mondays" is a set, handled by set()
        }
        let mut e = i + 1;
        if self.w(e) == "." && !lx::weekday_full(w) {
            e += 1;
        }
        // "Wednesday of next week", "Monday this week", "Sunday from last week", "Friday
        // after next".
        let k = if matches!(self.w(e), "of" | "from") {
            e + 1
        } else {
            e
        };
        let mut week = None;
        if let Some(r) = rel_word(self.w(k)).filter(|_| self.w(k + 1) == "week") {
            week = Some(r);
            e = k + 2;
        } else if self.w(e) == "after" && self.w(e + 1) == "next" {
            // "Friday after next": the one after the next Friday.
            return hit(
                e + 2,
                Expr::Weekday {
                    wd,
                    dir: 2,
                    week: None,
                    time: None,
                },
            );
        }
        hit(
            e,
            Expr::Weekday {
                wd,
                dir: 0,
                week,
                time: None,
            },
        )
    }

    /// "3 fridays from now", "two sundays from now", "2 thursdays ago/back": the n-th
    /// next or last such weekday.
    fn weekday_count(&self, i: usize) -> Option<Hit> {
        let (j, n) = self.cardinal(i)?;
        let w = self.w(j);
        if !w.ends_with('s') || !(1..=52).contains(&n) {
            return None;
        }
        let wd = lx::weekday(w)?;
        let (e, sign) = match (self.w(j + 1), self.w(j + 2)) {
            ("from", "now" | "today") => (j + 3, 1),
            ("ago" | "back", _) => (j + 2, -1),
            _ => return None,
        };
        hit(
            e,
            Expr::Weekday {
                wd,
                dir: sign * n as i8,
                week: None,
                time: None,
            },
        )
    }

    /// "two years ago", "in three years", "a year earlier", "three days later".
    fn offset(&self, i: usize) -> Option<Hit> {
        let w = self.w(i);
        if w == "in" || w == "within" {
            // "in three years" (a shift from now); span keeps "in" out? Duckling needs only
            // overlap, TimeBank rarely tags these; keep "in" out of the span.
            return None;
        }
        let (j, n, unit) = self.amount(i)?;
        let Some(n) = n else {
            // "several years ago" is some time back; "a few days later" a vague stretch.
            return match self.w(j) {
                "ago" => hit(j + 1, Expr::Ref(RefKind::Past)),
                "later" | "earlier" => hit(j, Expr::Duration(dur_value(unit, None))),
                _ => None,
            };
        };
        let n = n as i64;
        let a = self.w(j);
        let expr = match a {
            // "a year ago" after "the third quarter" is the year-ago quarter.
            // Only "a year ago" can mean the year-ago quarter; "41 years ago" counts from now.
            "ago" if unit == Unit::Year && n == 1 => Expr::ShiftFocus {
                unit,
                n: -n,
                near_dct: true,
            },
            // TimeBank dates "six weeks ago" to its week.
            "ago" if unit == Unit::Week => Expr::Rel {
                unit,
                offset: -i32::try_from(n).ok()?,
            },
            "ago" => Expr::Shift { unit, n: -n },
            "hence" => Expr::Shift { unit, n },
            "from" if matches!(self.w(j + 1), "now" | "today") => {
                return hit(j + 2, Expr::Shift { unit, n })
            }
            "from" if self.w(j + 1) == "right" && self.w(j + 2) == "now" => {
                return hit(j + 3, Expr::Shift { unit, n })
            }
            // "15 minutes from 1pm": the clock time moved.
            "from" if matches!(unit, Unit::Minute | Unit::Hour) => {
                let (e, c) = self.clock(j + 1, false)?;
                let mins = if unit == Unit::Hour { n * 60 } else { n };
                let total = (c.hour as i64 * 60 + c.minute.unwrap_or(0) as i64 + mins)
                    .rem_euclid(24 * 60) as u32;
                return hit(
                    e,
                    Expr::Clock(Clock::new((total / 60) as u8, Some((total % 60) as u8))),
                );
            }
            // "twenty years after the first flight" is a duration before an event.
            "after" | "before" if self.t.is_word(j + 1) => return None,
            "earlier" | "before" | "previously" => Expr::ShiftFocus {
                unit,
                n: -n,
                near_dct: false,
            },
            "later" | "after" => Expr::ShiftFocus {
                unit,
                n,
                near_dct: false,
            },
            _ => return None,
        };
        hit(j + 1, expr)
    }

    /// The amount after "in" in whole units: "three years", "half an hour" (30 minutes),
    /// "1/4h", "a quarter of an hour", "2.5 hours", "2 and a half hours", "1h", "2 more
    /// minutes", "a pair of minutes".
    fn shift_amount(&self, i: usize) -> Option<(usize, i64, Unit)> {
        // "in about half an hour": the value is the amount said; "in about a decade" is a
        // vague duration (TimeBank), so only minutes and hours.
        if matches!(self.w(i), "about" | "around" | "approximately" | "roughly") {
            return self
                .shift_amount(i + 1)
                .filter(|(_, _, u)| matches!(u, Unit::Minute | Unit::Hour | Unit::Second));
        }
        let w = self.w(i);
        let hour_at = |k: usize| -> Option<usize> {
            let k = if matches!(self.w(k), "a" | "an") {
                k + 1
            } else {
                k
            };
            matches!(self.w(k), "hour" | "hr" | "h").then_some(k + 1)
        };
        // Quarters of an hour.
        let quarters = match w {
            "half" => hour_at(i + 1).map(|e| (e, 2)),
            "a" if self.w(i + 1) == "quarter" && self.w(i + 2) == "of" => {
                hour_at(i + 3).map(|e| (e, 1))
            }
            "three" => {
                let k = if self.w(i + 1) == "-" { i + 2 } else { i + 1 };
                (self.w(k) == "quarters" && self.w(k + 1) == "of")
                    .then(|| hour_at(k + 2).map(|e| (e, 3)))
                    .flatten()
            }
            _ if self.w(i + 1) == "/" && self.glued(i) && self.glued(i + 1) => {
                let (a, b) = (self.num(i)?, self.num(i + 2)?);
                let q = match (a, b) {
                    (1, 4) => 1,
                    (1, 2) => 2,
                    (3, 4) => 3,
                    _ => return None,
                };
                hour_at(i + 3).map(|e| (e, q))
            }
            _ => None,
        };
        if let Some((e, q)) = quarters {
            return Some((e, 15 * q, Unit::Minute));
        }
        // Decimals and "and a half" in the next smaller unit.
        let smaller = |u: Unit| match u {
            Unit::Hour => Some((Unit::Minute, 60)),
            Unit::Day => Some((Unit::Hour, 24)),
            Unit::Minute => Some((Unit::Second, 60)),
            _ => None,
        };
        if let Some(n) = self.num(i) {
            if self.w(i + 1) == "." && self.glued(i) && self.glued(i + 1) && self.w(i + 2) == "5" {
                let (u, _) = lx::unit(self.w(i + 3))?;
                let (s, k) = smaller(u)?;
                return Some((i + 4, n as i64 * k + k / 2, s));
            }
            if self.w(i + 1) == "and"
                && matches!(self.w(i + 2), "a" | "an")
                && self.w(i + 3) == "half"
            {
                let (u, _) = lx::unit(self.w(i + 4))?;
                let (s, k) = smaller(u)?;
                return Some((i + 5, n as i64 * k + k / 2, s));
            }
            // "1h", "2h": glued, so not "16h" the clock time.
            if self.w(i + 1) == "h" && self.glued(i) && !self.t.is_num(i + 2) {
                return Some((i + 2, n as i64, Unit::Hour));
            }
            // "2 more minutes"
            if self.w(i + 1) == "more" {
                let (u, _) = lx::unit(self.w(i + 2))?;
                return Some((i + 3, n as i64, u));
            }
        }
        if w == "a" && self.w(i + 1) == "pair" && self.w(i + 2) == "of" {
            let (u, _) = lx::unit(self.w(i + 3))?;
            return Some((i + 4, 2, u));
        }
        let (e, n, unit) = self.amount(i)?;
        let n = match n {
            Some(n) => n as i64,
            // "in a few hours" alone (a query, a schedule): three, as Duckling reads it; in
            // prose it stays a vague amount.
            None if self.w(e - 2) == "few" && self.alone(i, e) => 3,
            None => return None,
        };
        Some((e, n, unit))
    }

    /// NUM UNIT: returns (end, count or None for vague, unit).
    /// "four flights a week", "$1.76 a year", "358,000 a month": a rate after an amount
    /// (a set, as TimeBank tags them), not a stretch of time ("5 days a week later" still
    /// shifts).
    fn rate(&self, i: usize) -> bool {
        if i == 0 || lx::unit(self.w(i + 1)).is_none_or(|(_, plural)| plural) {
            return false;
        }
        if matches!(
            self.w(i + 2),
            "later" | "earlier" | "ago" | "after" | "before" | "from" | "of" | "or"
        ) || (self.w(i + 2) == "and" && matches!(self.w(i + 3), "a" | "half"))
        {
            return false;
        }
        let amount = |k: usize| {
            self.t.is_num(k)
                || self.cardinal(k).is_some_and(|(e, _)| e == k + 1)
                || matches!(self.w(k), "million" | "billion" | "percent" | "%")
        };
        amount(i - 1)
            || (i > 1 && amount(i - 2) && self.w(i - 1).bytes().all(|b| b.is_ascii_lowercase()))
    }

    fn amount(&self, i: usize) -> Option<(usize, Option<u32>, Unit)> {
        let w = self.w(i);
        let (j, n) = match w {
            "a" | "an" if self.rate(i) => return None,
            "a" | "an" | "one" => {
                let n1 = self.w(i + 1);
                if n1 == "couple" {
                    let k = if self.w(i + 2) == "of" { i + 3 } else { i + 2 };
                    (k, Some(2))
                } else if n1 == "few" {
                    (i + 2, None)
                } else if n1 == "dozen" {
                    (i + 2, Some(12))
                } else if n1 == "half" && w != "one" {
                    // "a half hour"
                    let (u, _) = lx::unit(self.w(i + 2))?;
                    return match u {
                        Unit::Hour => Some((i + 3, Some(30), Unit::Minute)),
                        Unit::Year => Some((i + 3, Some(6), Unit::Month)),
                        _ => None,
                    };
                } else {
                    (i + 1, Some(1))
                }
            }
            "several" | "few" | "many" => (i + 1, None),
            "couple" => (if self.w(i + 1) == "of" { i + 2 } else { i + 1 }, Some(2)),
            _ => {
                let (e, n) = self.cardinal(i)?;
                // Another number glued before ("1,000") means an amount.
                if i > 0
                    && !self.t.tokens[i].space_before
                    && matches!(self.w(i - 1), "," | "." | "$")
                {
                    return None;
                }
                (e, Some(n))
            }
        };
        // "two-year", "five year"
        let k = if self.w(j) == "-" && self.glued(j - 1) {
            j + 1
        } else {
            j
        };
        // "a fortnight": fourteen days.
        if matches!(self.w(k), "fortnight" | "fortnights") {
            if self.w(k + 1) == "old" {
                return None;
            }
            return Some((k + 1, n.map(|n| n * 14), Unit::Day));
        }
        let (u, plural) = lx::unit(self.w(k))?;
        // "three-quarters" is a fraction.
        if u == Unit::Quarter && plural && k > j {
            return None;
        }
        // "1 years" fine; "two year" (adjectival) fine, but "the 1988 quarter" is a year's
        // quarter, not 1988 quarters.
        if !plural && k == j && n.is_some_and(|n| (1000..=2999).contains(&n)) {
            return None;
        }
        // "the 24 hour" etc fine. A bare "second" after a number is the ordinal ("a second").
        if matches!(w, "a" | "an") && u == Unit::Second && self.w(k) == "second" {
            return None;
        }
        let e = k + 1;
        // Ages ("a 6-year-old", "52 years old") are not temporal expressions.
        if self.w(e) == "old" || (self.w(e) == "-" && self.w(e + 1) == "old") {
            return None;
        }
        // "a year and a half"
        Some((e, n, u))
    }

    /// Durations: "three years", "the past three months", "a decade", "several weeks".
    fn duration(&self, i: usize) -> Option<Hit> {
        let w = self.w(i);
        // "2 1/2 years": P2Y6M.
        if self.t.is_num(i) && self.w(i + 1) == "1" && self.w(i + 2) == "/" && self.w(i + 3) == "2"
        {
            let n = self.num(i)?;
            let v = match lx::unit(self.w(i + 4))?.0 {
                Unit::Year => format!("P{n}Y6M"),
                Unit::Hour => format!("PT{n}H30M"),
                Unit::Day => format!("P{n}DT12H"),
                Unit::Minute => format!("PT{n}M30S"),
                _ => return None,
            };
            return hit(i + 5, Expr::Duration(v));
        }
        let mut j = i;
        if w == "the" {
            j += 1;
        }
        let lead = self.w(j);
        let mut prefixed = false;
        if matches!(
            lead,
            "past"
                | "last"
                | "next"
                | "first"
                | "coming"
                | "previous"
                | "latest"
                | "final"
                | "following"
                | "recent"
                | "additional"
                | "same"
        ) {
            j += 1;
            prefixed = true;
        }
        if w == "the"
            && !prefixed
            && !matches!(
                lead,
                "two"
                    | "three"
                    | "four"
                    | "five"
                    | "six"
                    | "seven"
                    | "eight"
                    | "nine"
                    | "ten"
                    | "twelve"
            )
            && self.num(j).is_none()
        {
            return None;
        }
        if w == "the" && prefixed && lead == "same" {
            return None;
        }
        // "the last year" is not "P1Y"; "last five years" is.
        let (e, n, unit) = self.amount(j)?;
        if prefixed && matches!(self.w(j), "a" | "an") {
            return None;
        }
        if prefixed && n == Some(1) && self.t.is_word(j) && self.w(j) != "one" {
            return None;
        }
        // "a year ago" is handled by offset(); "a year" alone needs a duration reading.
        if matches!(self.w(e), "ago" | "earlier" | "later" | "hence") {
            return None;
        }
        // Years given as "2000 years" are durations too; "1990 years" is rare.
        if n.is_none() && w == "the" {
            return None;
        }
        // "a second" / "one day" in non-duration sense: keep, TimeBank tags them.
        hit(e, Expr::Duration(dur_value(unit, n)))
    }

    /// "every week", "each Monday", "daily", "annually", "twice a year".
    fn set(&self, i: usize) -> Option<Hit> {
        let w = self.w(i);
        let v = match w {
            // "quarterly" is nearly always "quarterly results", not a frequency.
            "daily" | "nightly" => Some(set_value(Unit::Day)),
            "weekly" => Some(set_value(Unit::Week)),
            "monthly" => Some(set_value(Unit::Month)),
            "yearly" | "annually" => Some(set_value(Unit::Year)),
            "hourly" => Some(set_value(Unit::Hour)),
            _ => None,
        };
        if let Some(v) = v {
            // "the Communist Party daily Granma", "the weekly Der Spiegel": a newspaper.
            if self.upper(i + 1) && !self.upper(i) && self.t.is_word(i + 1) {
                return None;
            }
            return hit(i + 1, Expr::Set(v));
        }
        if w == "every" || w == "each" {
            let mut j = i + 1;
            if self.w(j) == "other" {
                j += 1;
            }
            if let Some((u, false)) = lx::unit(self.w(j)) {
                let n = if j > i + 1 { "2" } else { "1" };
                return hit(j + 1, Expr::Set(u.duration(n)));
            }
            if let Some(wd) = lx::weekday(self.w(j)) {
                return hit(
                    j + 1,
                    Expr::Set(format!("XXXX-WXX-{}", wd.number_from_monday())),
                );
            }
            if let Some((me, m, _)) = self.month_at(j) {
                return hit(me, Expr::Set(format!("XXXX-{m:02}")));
            }
            return None;
        }
        if matches!(w, "a" | "per") && i > 0 {
            let prev = self.w(i - 1);
            let (u, false) = lx::unit(self.w(i + 1))? else {
                return None;
            };
            if matches!(
                prev,
                "once"
                    | "twice"
                    | "times"
                    | "%"
                    | "percent"
                    | "million"
                    | "billion"
                    | "dollars"
                    | "cents"
            ) || self.t.is_num(i - 1)
                || w == "per"
                || self.rate(i)
            {
                return hit(i + 2, Expr::Set(set_value(u)));
            }
        }
        // "Mondays" in "on Mondays"
        if let Some(wd) = lx::weekday(w) {
            if w.ends_with('s') && w.len() > 6 && i > 0 && self.w(i - 1) == "on" {
                return hit(
                    i + 1,
                    Expr::Set(format!("XXXX-WXX-{}", wd.number_from_monday())),
                );
            }
        }
        None
    }

    /// A clock time at `i`. `after_at` relaxes the need for am/pm ("at 5", "at 1030",
    /// "at ten thirty").
    fn clock(&self, i: usize, after_at: bool) -> Option<(usize, Clock)> {
        let w = self.w(i);
        match w {
            "noon" | "midday" => return Some((i + 1, Clock::new(12, None))),
            "mid" if self.w(i + 1) == "day" => return Some((i + 2, Clock::new(12, None))),
            "midnight" => return Some((i + 1, Clock::new(24, None))),
            _ => {}
        }
        let mut e;
        let mut minute = None;
        let mut second = None;
        // Written with a colon or "h" ("3:30", "9h30"): a clock time even without am/pm.
        let mut colon = false;
        // "3h18", "03:30": a 24-hour dial, not a twelve-hour one.
        let mut dial24 = false;
        // "1030", "ten thirty": only with am/pm, after "at" or said alone.
        let mut loose = false;
        let h;
        if let Some(n) = self.num(i) {
            let l = self.w(i).len();
            if l > 4 {
                return None;
            }
            // "5,745,188 shares", "at 1,015 francs": a thousands group, not an hour.
            if self.w(i + 1) == ","
                && self.glued(i)
                && self.glued(i + 1)
                && self.w(i + 2).len() == 3
                && self.num(i + 2).is_some()
            {
                return None;
            }
            e = i + 1;
            if l >= 3 {
                // "1030", "330 p.m.", "tonight 815".
                let (hh, mm) = (n / 100, n % 100);
                if !(1..=23).contains(&hh) || mm > 59 || (self.w(i).starts_with('0')) {
                    return None;
                }
                h = hh;
                minute = Some(mm as u8);
                loose = true;
            } else {
                h = n;
                dial24 = l == 2 && self.w(i).starts_with('0');
                if matches!(self.w(e), ":" | ".")
                    && self.glued(i)
                    && self.glued(e)
                    && self.w(e + 1).len() == 2
                {
                    let m = self.num(e + 1)?;
                    if m > 59 {
                        return None;
                    }
                    minute = Some(m as u8);
                    colon = self.w(e) == ":";
                    e += 2;
                    if self.w(e) == ":" && self.glued(e - 1) && self.w(e + 1).len() == 2 {
                        if let Some(s) = self.num(e + 1).filter(|&s| s < 60) {
                            second = Some(s as u8);
                            e += 2;
                        }
                    }
                    // "3.50" with a dot needs am/pm to be a time.
                } else if self.w(e) == "h" && self.glued(i) {
                    // "9h30", "16h"
                    if let Some(m) = self.num(e + 1).filter(|&m| m < 60 && self.glued(e)) {
                        minute = Some(m as u8);
                        e += 2;
                    } else {
                        e += 1;
                        minute = Some(0);
                    }
                    colon = true;
                    dial24 = true;
                } else if after_at
                    && self.w(e).len() == 2
                    && !self.glued(i)
                    && self.num(e).is_some_and(|m| m < 60)
                    && !self.t.is_word(e + 1)
                    && !self.t.is_num(e + 1)
                {
                    // "at 3 15"
                    minute = Some(self.num(e)? as u8);
                    e += 1;
                }
            }
        } else {
            // "ten thirty", "twelve oh three", "seven thirty p.m.".
            let (he, hh) = self.cardinal(i).filter(|_| self.t.is_word(i))?;
            if !(1..=12).contains(&hh) {
                return None;
            }
            h = hh;
            e = he;
            let j = if self.w(e) == "-" { e + 1 } else { e };
            if matches!(self.w(j), "oh" | "o" | "ou" | "zero") {
                let k = if self.w(j + 1) == "-" { j + 2 } else { j + 1 };
                if let Some(m) = lx::small_number(self.w(k)).filter(|m| (1..10).contains(m)) {
                    if !matches!(self.w(k), "a" | "an") {
                        minute = Some(m as u8);
                        e = k + 1;
                        loose = true;
                    }
                }
            } else if let Some((me, m)) = self.cardinal(j).filter(|_| self.t.is_word(j)) {
                if (10..60).contains(&m) {
                    minute = Some(m as u8);
                    e = me;
                    loose = true;
                }
            }
        }
        // "3ish", "150ish"
        if self.w(e) == "ish" && self.glued(e - 1) {
            e += 1;
        }
        let mut oclock = false;
        if self.w(e) == "o" && self.w(e + 1) == "\"" && self.w(e + 2) == "clock" {
            e += 3;
            oclock = true;
        } else if self.w(e) == "oclock" {
            e += 1;
            oclock = true;
        }
        // am / pm
        let (ae, pm) = self.ampm(e);
        let mut part = None;
        if pm.is_some() {
            e = ae;
        } else if self.w(e) == "in" {
            // "4 in the morning", "3:20 in afternoon", "3 in the AM".
            let k = if self.w(e + 1) == "the" { e + 2 } else { e + 1 };
            if let Some(p) = lx::day_part(self.w(k)).filter(|_| h <= 12) {
                part = Some(p);
                e = k + 1;
            } else if self.w(e + 1) == "the" && matches!(self.w(k), "am" | "pm") {
                return self.finish(k + 1, h, minute, second, Some(self.w(k) == "pm"), None);
            }
        }
        let accepted = pm.is_some()
            || part.is_some()
            || oclock
            || colon
            || (after_at && minute.is_some())
            || (after_at
                && (is_zone(self.w(e)) || (!lx::count_noun(self.w(e)) && !self.t.is_word(e))));
        if !accepted || (loose && !(pm.is_some() || part.is_some() || after_at || oclock)) {
            return None;
        }
        if h > 24 {
            return None;
        }
        let (e, mut c) = self.finish(e, h, minute, second, pm, part)?;
        c.ambiguous = pm.is_none() && part.is_none() && !dial24 && (1..=11).contains(&c.hour);
        Some((e, c))
    }

    /// A clock time from its fields: am/pm or a part of day sets the half of the day; a
    /// time zone is kept in the span (the value is the wall time said).
    fn finish(
        &self,
        mut e: usize,
        h: u32,
        minute: Option<u8>,
        second: Option<u8>,
        pm: Option<bool>,
        part: Option<DayPart>,
    ) -> Option<(usize, Clock)> {
        let mut hour = h;
        if let Some(pm) = pm {
            if !(1..=12).contains(&h) {
                return None;
            }
            hour = match (pm, h) {
                (false, 12) => 0,
                (true, 12) => 12,
                (true, x) => x + 12,
                (false, x) => x,
            };
        }
        if let Some(p) = part {
            if matches!(p, DayPart::Afternoon | DayPart::Evening | DayPart::Night)
                && (1..12).contains(&hour)
                && !(p == DayPart::Night && hour < 5)
            {
                hour += 12;
            }
        }
        if is_zone(self.w(e)) {
            e += 1;
        }
        if hour > 24 {
            return None;
        }
        Some((
            e,
            Clock {
                hour: hour as u8,
                minute,
                second,
                ambiguous: false,
            },
        ))
    }

    /// "a.m.", "am", "p.m", "pm" at `i`: (end, Some(is_pm)).
    fn ampm(&self, i: usize) -> (usize, Option<bool>) {
        match self.w(i) {
            "am" => (i + 1, Some(false)),
            "pm" => (i + 1, Some(true)),
            "a" | "p" if self.w(i + 1) == "." && self.w(i + 2) == "m" => {
                let pm = self.w(i) == "p";
                let e = if self.w(i + 3) == "." && self.glued(i + 2) {
                    i + 4
                } else {
                    i + 3
                };
                (e, Some(pm))
            }
            // "3:30 p m", "nine fifty nine a m"
            "a" | "p" if self.w(i + 1) == "m" && !self.t.is_word(i + 2) => {
                (i + 2, Some(self.w(i) == "p"))
            }
            // "3:15p", "at 3p.", "from 9a to 11a": one letter glued to the number, after
            // minutes or a preposition and only in a short sentence (a schedule line); "4a"
            // alone or in prose is a label.
            "a" | "p"
                if i > 1
                    && !self.t.tokens[i].space_before
                    && self.t.is_num(i - 1)
                    && !(self.glued(i) && (self.t.is_word(i + 1) || self.t.is_num(i + 1)))
                    && (matches!(self.w(i - 2), ":" | "at" | "@" | "from" | "to" | "-")
                        && !self.glued(i - 2)
                        || self.w(i - 2) == ":")
                    && self.t.sentence_of(i).is_some_and(|s| s.last - s.first <= 8) =>
            {
                let e = if self.w(i + 1) == "." && self.glued(i) {
                    i + 2
                } else {
                    i + 1
                };
                (e, Some(self.w(i) == "p"))
            }
            _ => (i, None),
        }
    }

    fn time_only(&self, i: usize) -> Option<Hit> {
        if self.w(i) == "at" {
            return None;
        }
        // "at 5", "at 1030", "at ten thirty": in prose "at 5" is mostly a level or a score
        // ("stood at 5"), so the bare reading needs the phrase alone.
        if let Some((e, c)) = self.clock(i, false) {
            return hit(e, Expr::Clock(c));
        }
        let prev = if i > 0 { self.w(i - 1) } else { "" };
        if !matches!(prev, "at" | "@" | "around" | "about" | "approximately") {
            return None;
        }
        let (e, c) = self.clock(i, true)?;
        if !self.alone(i, e) {
            return None;
        }
        hit(e, Expr::Clock(c))
    }

    /// "upcoming two weeks", "2 upcoming days": the unit N units from now.
    fn upcoming(&self, i: usize) -> Option<Hit> {
        let (e, n, unit) = if self.w(i) == "upcoming" {
            self.amount(i + 1)?
        } else {
            let (j, n) = self.cardinal(i)?;
            if self.w(j) != "upcoming" {
                return None;
            }
            let (u, _) = lx::unit(self.w(j + 1))?;
            (j + 2, Some(n), u)
        };
        let offset = i32::try_from(n?).ok()?;
        if matches!(unit, Unit::Hour | Unit::Minute | Unit::Second) {
            return None;
        }
        hit(e, rel(unit, offset))
    }

    /// A day of the month said alone: "on the 15th", "Thu 15th", "Tuesday the 19th"; "the
    /// 24", "the 1st", "on the first" only as a whole phrase (in prose: "the 24 members").
    fn day_of_month(&self, i: usize) -> Option<Hit> {
        let mut j = i;
        let weekday = lx::weekday(self.w(i)).filter(|_| !self.w(i).ends_with('s'));
        if weekday.is_some() {
            j += 1;
            if matches!(self.w(j), "." | ",") {
                j += 1;
            }
        }
        let k = if self.w(j) == "the" { j + 1 } else { j };
        let (e, d) = self.day_num(k)?;
        // "the 15th of March" is a date, "the 15th floor" no day at all.
        if self.t.is_word(e) || self.t.is_num(e) || matches!(self.w(e), "-" | "/" | ":" | "%") {
            return None;
        }
        let ordinal = self.ordinal(k).is_some();
        let digits = ordinal && self.t.is_num(k);
        let on = i > 0 && self.w(i - 1) == "on";
        let ok = (weekday.is_some() && ordinal)
            || (on && digits)
            || (self.alone(i, e) && (k > j || on || ordinal) && weekday.is_none());
        if !ok {
            return None;
        }
        hit(e, Expr::DayOfMonth { day: d, weekday })
    }

    /// "the first Tuesday of October", "last Friday in October 2014", "the last day of
    /// October", "third day of October", "the first Monday of this month", "the 20th of
    /// next month", "the third last week of 2018", "the last weekend of October".
    fn nth_of_month(&self, i: usize) -> Option<Hit> {
        let j = if self.w(i) == "the" { i + 1 } else { i };
        // A bare day number ("20 of next month") counts only days of a relative month.
        let mut bare = false;
        let (k, n) = if self.w(j) == "last" {
            (j + 1, -1i8)
        } else if let Some((k, n)) = self.ordinal(j) {
            // "third last week": the third from the end.
            if self.w(k) == "last" {
                (k + 1, -i8::try_from(n).ok()?)
            } else {
                (k, i8::try_from(n).ok()?)
            }
        } else {
            let (k, n) = self.day_num(j)?;
            bare = true;
            (k, i8::try_from(n).ok()?)
        };
        let w = self.w(k);
        let (what, ke) = match lx::weekday(w) {
            Some(wd) if lx::weekday_full(w) || self.upper(k) || w.len() == 3 => {
                (NthOf::Weekday(wd), k + 1)
            }
            Some(_) => return None,
            None if w == "day" => (NthOf::Day, k + 1),
            None if w == "week" && self.weekend_word(k).is_none() => (NthOf::Week, k + 1),
            None => match self.weekend_word(k) {
                Some(e) => (NthOf::Weekend, e),
                None if matches!(w, "of" | "in") => (NthOf::Day, k),
                None => return None,
            },
        };
        if !matches!(self.w(ke), "of" | "in") {
            return None;
        }
        let b = ke + 1;
        // The period: a month name, a year, or this/next/last month, week or year.
        if let Some((me, month, _)) = self.month_at(b) {
            // "the 3rd of March" is a plain date (date_dm).
            if bare || ke == k {
                return None;
            }
            let mut e = me;
            let mut year = None;
            let y0 = if self.w(e) == "," { e + 1 } else { e };
            if let Some((ye, y)) = self.year_num(y0) {
                year = Some(y);
                e = ye;
            }
            let yearly = match what {
                NthOf::Day if ke > k || n > 0 => Some(None),
                NthOf::Weekday(wd) => Some(Some(wd)),
                _ => None,
            };
            if let Some(weekday) = yearly.filter(|_| n > 0 || n == -1) {
                return hit(
                    e,
                    Expr::Yearly {
                        rule: DayRule::Nth { month, weekday, n },
                        offset: 0,
                        year,
                        year_rel: None,
                        dir: 0,
                    },
                );
            }
            return hit(
                e,
                Expr::NthIn {
                    within: Box::new(date(year, Some(month), None)),
                    what,
                    n,
                },
            );
        }
        let (e, within) = if let Some((ye, y)) = self.year_num(b) {
            (ye, Expr::year(y))
        } else {
            let c = if self.w(b) == "the" { b + 1 } else { b };
            let (off, u) = match rel_word(self.w(c)) {
                Some(off) => (off, c + 1),
                // "the first Monday of the month"
                None if c > b => (0, c),
                None => return None,
            };
            match lx::unit(self.w(u)) {
                Some((unit @ (Unit::Month | Unit::Year | Unit::Week), false)) => {
                    (u + 1, rel(unit, off))
                }
                _ => return None,
            }
        };
        // "the 20th of next month": a day number needs a month around it.
        if matches!(within, Expr::Date { .. }) && (bare || what == NthOf::Day) && n > 0 {
            return None;
        }
        hit(
            e,
            Expr::NthIn {
                within: Box::new(within),
                what,
                n,
            },
        )
    }

    /// Clock times in words: "a quarter past 3pm", "half past three", "20 past noon",
    /// "15 minutes to noon", "twenty after 3pm".
    fn clock_words(&self, i: usize) -> Option<Hit> {
        let w = self.w(i);
        // British "half three" (3:30), only as a whole phrase ("half three-quarters").
        if w == "half" {
            if let Some((e, h)) = self.cardinal(i + 1).filter(|&(_, h)| (1..=12).contains(&h)) {
                if self.alone(i, e) {
                    let mut c = Clock::new(h as u8, Some(30));
                    c.ambiguous = h < 12;
                    return hit(e, Expr::Clock(c));
                }
            }
        }
        // A bare number ("4 to 15", "one of three") needs an explicit clock after it.
        let (j, minutes, bare) = match w {
            "half" => (i + 1, 30u32, false),
            "quarter" => (i + 1, 15, false),
            "a" if self.w(i + 1) == "quarter" => (i + 2, 15, false),
            _ => {
                let (j, n) = self.cardinal(i)?;
                if matches!(self.w(j), "minutes" | "minute" | "mins" | "min") {
                    (j + 1, n, false)
                } else {
                    (j, n, true)
                }
            }
        };
        if !(1..60).contains(&minutes) {
            return None;
        }
        let before = match self.w(j) {
            "past" | "after" => false,
            "to" | "before" | "till" | "of" => true,
            _ => return None,
        };
        if bare && (self.w(j) == "of" || self.clock(j + 1, false).is_none()) {
            return None;
        }
        // "from 3 to 4 in the PM" is a range.
        if bare && i > 0 && matches!(self.w(i - 1), "from" | "between") {
            return None;
        }
        // The hour: a clock time ("3pm", "noon") or a bare hour ("three", "3").
        let (e, c) = match self.clock(j + 1, true) {
            Some(x) => x,
            None => {
                let (e, h) = self.cardinal(j + 1)?;
                if !(1..=12).contains(&h) {
                    return None;
                }
                let (ae, pm) = self.ampm(e);
                let hour = match pm {
                    Some(true) if h < 12 => h + 12,
                    Some(false) if h == 12 => 0,
                    _ => h,
                };
                (
                    ae,
                    Clock {
                        hour: hour as u8,
                        minute: None,
                        second: None,
                        ambiguous: false,
                    },
                )
            }
        };
        if c.minute.is_some_and(|m| m != 0) {
            return None;
        }
        let total = c.hour as i32 * 60
            + if before {
                -(minutes as i32)
            } else {
                minutes as i32
            };
        let total = total.rem_euclid(24 * 60) as u32;
        hit(
            e,
            Expr::Clock(Clock {
                hour: (total / 60) as u8,
                minute: Some((total % 60) as u8),
                second: None,
                ambiguous: false,
            }),
        )
    }

    /// A holiday name at `i`: (end, holiday), the longest that matches.
    fn holiday_name(&self, i: usize) -> Option<(usize, &'static lx::Holiday)> {
        let mut best: Option<(usize, &'static lx::Holiday)> = None;
        for (words, h) in lx::holidays_from(self.w(i)) {
            let mut j = i;
            let mut ok = true;
            for (n, p) in words.iter().enumerate() {
                if *p == "'s" {
                    if self.w(j) == "\"" && self.w(j + 1) == "s" {
                        j += 2;
                    }
                    continue;
                }
                // "eid al-fitr", "tisha b'av": a glued hyphen or apostrophe inside a name.
                if n > 0
                    && matches!(self.w(j), "-" | "\"")
                    && self.t.glued(j - 1)
                    && self.t.glued(j)
                {
                    j += 1;
                }
                let t = self.w(j);
                let plural = t.len() == p.len() + 1 && t.ends_with('s') && t.starts_with(p);
                if t != *p && !plural {
                    ok = false;
                    break;
                }
                j += 1;
                if self.w(j) == "." && matches!(*p, "st" | "jr" | "mon" | "thu") {
                    j += 1;
                }
            }
            if ok && best.is_none_or(|(e, _)| j > e) {
                best = Some((j, *h));
            }
        }
        best
    }

    /// Holidays: "Thanksgiving", "last Easter", "Labor Day 2016", "MLK day of last year".
    fn holiday(&self, i: usize) -> Option<Hit> {
        let (j, dir) = match self.w(i) {
            "last" | "past" | "previous" => (i + 1, -1),
            "next" | "coming" | "this" => (i + 1, 1),
            _ => (i, 0),
        };
        let (e, h) = self.holiday_name(j)?;
        let mut e = e;
        let mut year = None;
        let mut year_rel = None;
        let k = if matches!(self.w(e), "of" | "in") {
            e + 1
        } else {
            e
        };
        if let Some((ye, y)) = self.year_num(k) {
            year = Some(y);
            e = ye;
        } else if self.w(k + 1) == "year" && k > e {
            if let Some(r) = rel_word(self.w(k)) {
                year_rel = Some(r);
                e = k + 2;
            }
        }
        // "lent" is mostly the verb, "great fast" a phrase and "election day" may be any
        // country's: a year or a capital is needed.
        // Likewise names made of common words ("the night journey", "the spring festival",
        // "king's day", "a night of power cuts").
        let weak = matches!(
            self.w(j),
            "lent"
                | "great"
                | "clean"
                | "election"
                | "the"
                | "ascension"
                | "spring"
                | "king"
                | "night"
                | "rakhi"
        );
        // "Tariq Ramadan": a surname after a capitalised word that is not a sentence's
        // first preposition or determiner ("During Ramadan", "This Ramadan").
        let after_name = j > 0
            && self.upper(j - 1)
            && self.t.is_word(j - 1)
            && !matches!(
                self.w(j - 1),
                "in" | "during"
                    | "before"
                    | "after"
                    | "since"
                    | "until"
                    | "by"
                    | "for"
                    | "through"
                    | "throughout"
                    | "this"
                    | "last"
                    | "next"
                    | "each"
                    | "every"
                    | "on"
                    | "of"
                    | "holy"
                    | "ahead"
                    | "from"
                    | "till"
                    | "when"
                    | "as"
                    | "at"
            );
        if self.w(j) == "ramadan" && after_name {
            return None;
        }
        // "rakhi" is also the thread tied on Raksha Bandhan (weak above) and a given name:
        // not before or after another capitalised name ("Rakhi Sawant") unless a year
        // follows.
        if self.w(j) == "rakhi"
            && year.is_none()
            && (after_name || (self.upper(e) && self.t.is_word(e)))
        {
            return None;
        }
        if weak && year.is_none() && year_rel.is_none() && !self.upper(j) {
            return None;
        }
        let day = |rule: DayRule, offset: i16| Expr::Yearly {
            rule,
            offset,
            year,
            year_rel,
            dir: if year.is_some() || year_rel.is_some() {
                0
            } else {
                dir
            },
        };
        let expr = match h.until {
            Some((rule, u)) => {
                Expr::Interval(Box::new(day(h.rule, h.offset)), Box::new(day(rule, u)))
            }
            None => day(h.rule, h.offset),
        };
        hit(e, expr)
    }
}

/// A time zone after a clock time; kept in the span, the value is the wall time said.
fn is_zone(w: &str) -> bool {
    matches!(
        w,
        "est"
            | "edt"
            | "cst"
            | "cdt"
            | "mst"
            | "mdt"
            | "pst"
            | "pdt"
            | "gmt"
            | "utc"
            | "cet"
            | "cest"
            | "bst"
            | "et"
            | "pt"
            | "ct"
    )
}

/// TimeBank tags "between 1994 and 1997" and "from Aug. 26 to Oct. 20" as two dates:
/// ends joined by a word, each with its own month or year. Shared fields ("July 13 to
/// 15", "13 to 15 July"), dashes and clock times stay one interval.
fn separate(a: &Expr, b: &Expr, sep: &str) -> bool {
    let whole = |e: &Expr| {
        matches!(
            e,
            Expr::Date { time: None, year, month, .. } if year.is_some() || month.is_some()
        )
    };
    sep != "-" && whole(a) && whole(b)
}

/// The day and the clock time of a timed day ("11:00 on Thursday").
fn day_of(e: &Expr) -> Option<(Expr, Clock)> {
    match e {
        Expr::At { day, clock } => Some(((**day).clone(), *clock)),
        Expr::Weekday {
            wd,
            dir,
            week,
            time: Some(c),
        } => Some((
            Expr::Weekday {
                wd: *wd,
                dir: *dir,
                week: *week,
                time: None,
            },
            *c,
        )),
        Expr::Date {
            year,
            year_rel,
            year_focus,
            month,
            day: day @ Some(_),
            time: Some(c),
        } => Some((
            Expr::Date {
                year: *year,
                year_rel: *year_rel,
                year_focus: *year_focus,
                month: *month,
                day: *day,
                time: None,
            },
            *c,
        )),
        _ => None,
    }
}

/// Complete the first end of a range from the second: "5 to 7 December", "1990-95".
fn fill_range(a: Expr, b: Expr) -> Option<(Expr, Expr)> {
    match (a, b) {
        (
            Expr::Date {
                year: ya,
                month: ma,
                day: da,
                time: None,
                ..
            },
            Expr::Date {
                year: yb,
                month: mb,
                day: db,
                time,
                year_rel,
                year_focus,
            },
        ) => {
            let eb = Expr::Date {
                year: yb,
                year_rel,
                year_focus,
                month: mb,
                day: db,
                time,
            };
            // "July 13-15": the second is a bare day.
            if mb.is_none() && yb.is_none() && db.is_some() {
                let ea = date(ya, ma, da);
                return Some((ea, date(ya, ma, db)));
            }
            let ma = ma.or(mb);
            if da.is_some() != db.is_some() || ma.is_some() != mb.is_some() {
                return None;
            }
            Some((date(ya.or(yb), ma, da), eb))
        }
        // "1990-95"
        (
            Expr::Date {
                year: Some(y),
                month: None,
                day: None,
                ..
            },
            Expr::Decade(d),
        ) if d < 0 => {
            let yy = -1 - d;
            let e = y - y % 100 + yy;
            if e <= y {
                return None;
            }
            Some((Expr::year(y), Expr::year(e)))
        }
        // "3-4pm", "9-11am": a bare number before a clock time is an hour.
        (
            Expr::Date {
                year: None,
                month: None,
                day: Some(h),
                ..
            },
            Expr::Clock(b),
        ) if h <= 12 => {
            let mut a = Clock {
                hour: h,
                minute: None,
                second: None,
                ambiguous: false,
            };
            if b.hour > 12 && h + 12 <= b.hour {
                a.hour += 12;
            }
            Some((Expr::Clock(a), Expr::Clock(b)))
        }
        // "8am until 6": a bare hour after a clock time, in the same half of the day or later.
        (
            Expr::Clock(a),
            Expr::Date {
                year: None,
                month: None,
                day: Some(h),
                ..
            },
        ) if (1..=12).contains(&h) => {
            let mut b = Clock::new(h, None);
            if b.hour <= a.hour && b.hour + 12 > a.hour {
                b.hour += 12;
            }
            Some((Expr::Clock(a), Expr::Clock(b)))
        }
        // "9:30 - 11:00 on Thursday": the day said once, after the second end.
        (Expr::Clock(a), b) if day_of(&b).is_some() => {
            let (day, cb) = day_of(&b)?;
            let mut a = a;
            if cb.hour >= 12 && a.hour < 12 && a.hour + 12 <= cb.hour {
                a.hour += 12;
            }
            Some((with_time(day, a), b))
        }
        (Expr::Clock(a), Expr::Clock(b)) => {
            // "9 to 11 am": the first takes the second's half of day.
            let mut a = a;
            if b.hour >= 12 && a.hour < 12 && a.hour + 12 <= b.hour {
                a.hour += 12;
            }
            Some((Expr::Clock(a), Expr::Clock(b)))
        }
        (a @ Expr::Weekday { .. }, b @ Expr::Weekday { .. }) => Some((a, b)),
        (a @ Expr::YearPart { .. }, b @ Expr::YearPart { .. }) => Some((a, b)),
        _ => None,
    }
}
