//! Times relative to the DCT or the date in focus: "today", "last week", "two years ago",
//! "the following day", "recent years"; offsets, durations and sets ("three decades",
//! "every Monday", "weekly").

use super::*;

pub(super) fn dur_value(unit: Unit, n: Option<u32>) -> String {
    crate::time::compose::duration(n.map(f64::from), unit)
}

pub(super) fn set_value(unit: Unit) -> String {
    unit.duration("1")
}

impl G<'_, '_> {
    /// Deictic words and this/last/next + unit, month, season or weekday.
    pub(super) fn relative(&self, i: usize) -> Option<Hit> {
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
                    rules: 0,
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
            // "later that month", "Later in the year", "later in the summer": the unit in
            // focus, with the word that places it (TimeBank: "later that year" = 1998).
            "earlier" | "later" if n1 == "that" || n1 == "in" && self.w(i + 2) == "the" => {
                let j = if n1 == "in" { i + 2 } else { i + 1 };
                let h = self.core(j)?;
                match h.expr {
                    Expr::Anaphor { offset: 0, .. }
                    | Expr::YearPart {
                        year: None,
                        year_rel: None,
                        ..
                    } => hit(h.end, h.expr),
                    _ => None,
                }
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
    pub(super) fn weekend_word(&self, i: usize) -> Option<usize> {
        match self.w(i) {
            "weekend" | "wkend" => Some(i + 1),
            "week" if self.w(i + 1) == "-" && self.w(i + 2) == "end" => Some(i + 3),
            "week" if self.w(i + 1) == "end" => Some(i + 2),
            _ => None,
        }
    }

    /// "the year-earlier quarter", "year-ago", "the year-ago period": a year before the focus.
    pub(super) fn year_ago(&self, i: usize) -> Option<Hit> {
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

    /// "3 fridays from now", "two sundays from now", "2 thursdays ago/back": the n-th
    /// next or last such weekday.
    pub(super) fn weekday_count(&self, i: usize) -> Option<Hit> {
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
    pub(super) fn offset(&self, i: usize) -> Option<Hit> {
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
    pub(super) fn shift_amount(&self, i: usize) -> Option<(usize, i64, Unit)> {
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
    pub(super) fn rate(&self, i: usize) -> bool {
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

    pub(super) fn amount(&self, i: usize) -> Option<(usize, Option<u32>, Unit)> {
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
    pub(super) fn duration(&self, i: usize) -> Option<Hit> {
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
    pub(super) fn set(&self, i: usize) -> Option<Hit> {
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

    /// "upcoming two weeks", "2 upcoming days": the unit N units from now.
    pub(super) fn upcoming(&self, i: usize) -> Option<Hit> {
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
}
