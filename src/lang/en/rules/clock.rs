//! Clock times: "5 p.m.", "9:30", "at ten thirty", "half past three", "noon", time zones;
//! parts of the day and clock times attached to a day ("Friday morning", "Nov. 9 at 5 p.m.").

use super::*;

/// A time zone after a clock time; kept in the span, the value is the wall time said.
pub(super) fn is_zone(w: &str) -> bool {
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

impl G<'_, '_> {
    /// Clock times and parts of day attached to a day, either order.
    pub(super) fn attach(&self, _i: usize, mut h: Hit) -> Hit {
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
                    rules: h.rules,
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
            // After a comma only a clock that says so ("Nov. 9, 5 p.m."): "May 10, 2007, 144
            // lawmakers" is a count.
            if let Some((e, c)) = self.clock(k, k > j && self.w(j) != ",") {
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
                        rules: h.rules | d.rules,
                    };
                }
            }
            // "4 in the morning" style is handled in clock().
        }
        h
    }

    /// A part of day after a day: "morning", "in the morning", "early morning", "early in
    /// the morning", "in the early hours of the morning", "afternoonish", "(at) lunch".
    pub(super) fn part_after(&self, j: usize) -> Option<(usize, DayPart)> {
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
    pub(super) fn part_clock(&self, h: Hit) -> Hit {
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
            rules: h.rules,
        }
    }

    /// "morning of Christmas", "the night of 8 February 1904", "the early morning hours of
    /// 30 April", "early in the morning of 29 April 1975": a part of a day named after it is
    /// one expression, with the part's value (TIMEX2 and the TIMEX3 value set: `TMO`).
    pub(super) fn part_of_day(&self, i: usize) -> Option<Hit> {
        let mut j = i;
        if self.w(j) == "early" && self.w(j + 1) == "in" && self.w(j + 2) == "the" {
            j += 3;
        } else {
            j += usize::from(self.w(j) == "the");
            j += usize::from(matches!(self.w(j), "early" | "late"));
        }
        let p = lx::day_part(self.w(j))?;
        // Started inside "the morning of": the rule at "the" reads it whole.
        let inside = j == i && i > 0 && matches!(self.w(i - 1), "the" | "early" | "late");
        if inside || matches!(self.w(j), "tonight" | "overnight") {
            return None;
        }
        let k = j + 1 + usize::from(self.w(j + 1) == "hours");
        if self.w(k) != "of" {
            return None;
        }
        let d = self.core(k + 1)?;
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
    pub(super) fn hour_then_part(&self, i: usize) -> Option<Hit> {
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

    /// A clock time at `i`. `after_at` relaxes the need for am/pm ("at 5", "at 1030",
    /// "at ten thirty").
    pub(super) fn clock(&self, i: usize, after_at: bool) -> Option<(usize, Clock)> {
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
    pub(super) fn finish(
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
    pub(super) fn ampm(&self, i: usize) -> (usize, Option<bool>) {
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

    pub(super) fn time_only(&self, i: usize) -> Option<Hit> {
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

    /// Clock times in words: "a quarter past 3pm", "half past three", "20 past noon",
    /// "15 minutes to noon", "twenty after 3pm".
    pub(super) fn clock_words(&self, i: usize) -> Option<Hit> {
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
}
