//! Composition around core expressions: relation words ("since", "until", "from ... to",
//! "between ... and"), amounts ("about", "more than", "in three years"), modifiers
//! ("early", "the end of", "mid-"), ranges ("1990-95", "July 13-15") and completing one
//! end from the other (`fill_range`).

use super::*;

/// TimeBank tags "between 1994 and 1997" and "from Aug. 26 to Oct. 20" as two dates:
/// ends joined by a word, each with its own month or year. Shared fields ("July 13 to
/// 15", "13 to 15 July"), dashes and clock times stay one interval.
pub(super) fn separate(a: &Expr, b: &Expr, sep: &str) -> bool {
    let whole = |e: &Expr| {
        matches!(
            e,
            Expr::Date { time: None, year, month, .. } if year.is_some() || month.is_some()
        )
    };
    sep != "-" && whole(a) && whole(b)
}

/// Complete each end of a range from the other ("5 to 7 December", "July 13-15", "1990-95",
/// "9 to 11 am"). Dates are completed as in every language (`compose::complete_range`); the
/// 12-hour clock and two-digit year ends are English.
pub(super) fn fill_range(a: Expr, b: Expr) -> Option<(Expr, Expr)> {
    match (a, b) {
        // A start with a clock time takes no end ("Nov. 9 at 5 p.m. - 12").
        (a @ Expr::Date { time: None, .. }, b @ Expr::Date { .. }) => {
            let (ea, eb) = compose::complete_range(&a, &b)?;
            // TimeBank tags ends said to a different precision apart ("1990 to March 1991").
            let fields = |e: &Expr| match e {
                Expr::Date { month, day, .. } => (month.is_some(), day.is_some()),
                _ => (false, false),
            };
            (fields(&ea) == fields(&eb)).then_some((ea, eb))
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
        // Two numbers read as decades are seldom a range in English prose ("48 to 36 percent").
        (a @ (Expr::Weekday { .. } | Expr::YearPart { .. }), b) => compose::complete_range(&a, &b),
        _ => None,
    }
}

impl G<'_, '_> {
    /// The full mention at `i`, with a day attached to a range of clock times:
    /// "9:30 - 11:00 on Thursday", "1pm-2pm tomorrow", "Thursday from 9:30 to 11:00".
    pub(super) fn at(&self, i: usize) -> Option<Mention> {
        let m = self.at_inner(i)?;
        if let Expr::Interval(a, b) = &m.expr {
            if let (Expr::Clock(ca), Expr::Clock(cb)) = (&**a, &**b) {
                let k = if self.w(m.last) == "on" {
                    m.last + 1
                } else {
                    m.last
                };
                if let Some(d) = self.core(k).filter(|d| is_day(&d.expr)) {
                    let rules = m.rules | d.rules;
                    let mut r = Mention::new(
                        m.first,
                        d.end,
                        Expr::Interval(
                            Box::new(with_time(d.expr.clone(), *ca)),
                            Box::new(with_time(d.expr, *cb)),
                        ),
                    );
                    r.relation = m.relation;
                    r.rules = rules;
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
                        out.rules = m.rules | r.rules;
                        return Some(out);
                    }
                }
            }
        }
        Some(m)
    }

    /// The full mention at `i`: optional relation word, modifiers, core, attachments.
    pub(super) fn at_inner(&self, i: usize) -> Option<Mention> {
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
            m.rules |= marker("relation");
            return Some(m);
        }
        if w == "from" || w == "between" {
            if let Some(mut m) = self.range(i + 1, if w == "from" { "to" } else { "and" }) {
                m.rules |= marker("relation");
                return Some(m);
            }
            // "from 4pm for thirty minutes"
            if w == "from" {
                let a = self.full(i + 1)?;
                if self.w(a.end) == "for" {
                    let (e, n, unit) = self.amount(a.end + 1)?;
                    let rules = a.rules | marker("relation");
                    return self.lasting(i + 1, a.expr, e, unit, n? as i64, rules);
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
                            m.rules = a.rules | b.rules | marker("relation");
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
                let rules = b.rules | marker("relation");
                self.lasting(i + 1, b.expr, b.end, unit, n? as i64, rules)
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
            let mut m = Mention::new(i + 1, e, Expr::Shift { unit, n });
            m.rules = marker("relation");
            return Some(m);
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
                    rules: marker("relation"),
                },
            );
            let mut m = Mention::new(i + 1, h.end, h.expr);
            m.rules = h.rules;
            return Some(m);
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
            let rules = a.rules | b.rules;
            let mut m = Mention::new(i, b.end, Expr::Interval(Box::new(ea), Box::new(eb)));
            m.relation = Relation::Between;
            m.rules = rules;
            return Some(m);
        };
        // "4pm for 30 mins", "18th Dec for 10 days", said alone.
        if self.w(h.end) == "for" && h.m.is_none() {
            if let Some((e, Some(n), unit)) = self.amount(h.end + 1) {
                if let Some(m) = self.lasting(i, h.expr.clone(), e, unit, n as i64, h.rules) {
                    return Some(m);
                }
            }
        }
        let mut m = Mention::new(i, h.end, h.expr);
        m.modifier = h.m;
        m.rules = h.rules;
        // "1990-1995", "July 13-15", "9:30 - 11:00", "Monday to Friday".
        if let Some(r) = self.range_tail(i, &m) {
            return Some(r);
        }
        Some(m)
    }

    /// A start and how long it lasts as one interval ("4pm for 30 mins"): only as a whole
    /// phrase; in prose TimeBank tags the time and the duration apart.
    pub(super) fn lasting(
        &self,
        a: usize,
        start: Expr,
        e: usize,
        unit: Unit,
        n: i64,
        rules: RuleBits,
    ) -> Option<Mention> {
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
        m.rules = rules;
        Some(m)
    }

    /// "X to Y" / "X and Y" after "from" / "between".
    pub(super) fn range(&self, i: usize, sep: &str) -> Option<Mention> {
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
        let rules = a.rules | b.rules;
        let (ea, eb) = fill_range(a.expr, b.expr)?;
        let mut m = Mention::new(i, b.end, Expr::Interval(Box::new(ea), Box::new(eb)));
        m.relation = Relation::Between;
        m.rules = rules;
        Some(m)
    }

    /// A trailing "-Y" / "to Y" / "through Y" after a mention.
    pub(super) fn range_tail(&self, i: usize, m: &Mention) -> Option<Mention> {
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
        let rules = m.rules | b.rules;
        let (ea, eb) = fill_range(m.expr.clone(), b.expr)?;
        if std::mem::discriminant(&ea) != std::mem::discriminant(&eb) {
            return None;
        }
        let mut r = Mention::new(i, b.end, Expr::Interval(Box::new(ea), Box::new(eb)));
        r.relation = Relation::Between;
        r.rules = rules;
        Some(r)
    }

    /// A full expression or, for the first end of a range, a bare day number or a
    /// two-digit year end ("1990-95").
    pub(super) fn full_or_day(&self, i: usize) -> Option<Hit> {
        if let Some(h) = self.full(i) {
            return Some(h);
        }
        // "2007-08": after a year and a dash, two digits end the range, not a day.
        if i >= 2 && self.t.is_num(i) && self.w(i).len() == 2 && self.w(i - 1) == "-" {
            if let Some(v) = self.num(i - 2).filter(|&y| y >= 1000) {
                let yy: i32 = self.w(i).parse().ok()?;
                if yy == (v as i32 + 1) % 100 {
                    return hit(i + 1, Expr::Decade(-1 - yy));
                }
            }
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
    pub(super) fn full(&self, i: usize) -> Option<Hit> {
        let w = self.w(i);
        // Approximation and comparison words, inside the span.
        let (skip, m) = match (w, self.w(i + 1)) {
            (
                "about" | "around" | "approximately" | "roughly" | "circa" | "nearly" | "almost",
                _,
            ) => (1, Some(Mod::Approx)),
            // "ca. 466 BC"
            ("ca", ".") if self.glued(i) => (2, Some(Mod::Approx)),
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
            h.rules |= marker("approx");
            return Some(h);
        }
        // early / late / mid / the end of ...
        if let Some(mut h) = self.modded(i) {
            h.rules |= marker("modded");
            return Some(self.attach(i, h));
        }
        let h = self.core(i)?;
        let h = self.part_clock(h);
        Some(self.attach(i, h))
    }

    /// early/late/mid X, the beginning/middle/end of X.
    pub(super) fn modded(&self, i: usize) -> Option<Hit> {
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
            return Some(Hit::new(i + 1, rel(u, 0), Some(m)));
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
            let (end, day, rules) = match day {
                Some(h) => (h.end, h.expr, h.rules),
                None => (e, rel(Unit::Day, 0), 0),
            };
            return Some(Hit {
                end,
                expr: Expr::DayPart {
                    day: Box::new(day),
                    part,
                },
                m: None,
                rules,
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
            return Some(Hit::new(end, rel(Unit::Year, 0), Some(Mod::End)));
        }
        let (skip, m) = match w {
            "early" => (1, Mod::Start),
            "late" => (1, Mod::End),
            "mid" => (if self.w(i + 1) == "-" { 2 } else { 1 }, Mod::Mid),
            // "the late 1960s", "the early 21st century", "the early summer": "the"
            // belongs to decades, centuries and seasons, modified or not.
            "the" if matches!(self.w(i + 1), "early" | "late" | "mid") => {
                let h = self.modded(i + 1)?;
                return matches!(
                    h.expr,
                    Expr::Decade(_) | Expr::Century(_) | Expr::YearPart { .. }
                )
                .then_some(h);
            }
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
                        rules: 0,
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
                                rules: 0,
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
        // "early in 1862", "late in the year": the preposition is inside the span.
        if skip == 1 && self.w(j) == "in" && w != "mid" {
            j += 1;
        }
        // "early next year", "late last month", "early the next year"
        let h = self.core(j)?;
        self.accept_mod(h, m)
    }

    pub(super) fn accept_mod(&self, mut h: Hit, m: Mod) -> Option<Hit> {
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
            }
            | Expr::Anaphor {
                unit: Unit::Year | Unit::Month | Unit::Week | Unit::Quarter | Unit::Decade,
                ..
            } => {}
            _ => return None,
        }
        h.m = Some(m);
        Some(h)
    }
}
