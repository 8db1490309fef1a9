//! Clock times: "в 15:30", "в 9 часов утра", "без четверти пять", "в половине третьего",
//! "в полдень", time zones, and the part of a day said before or after a date.

use super::*;

pub(super) fn clock(h: u32, m: Option<u32>) -> Clock {
    Clock {
        hour: h as u8,
        minute: m.map(|m| m as u8),
        second: None,
        ambiguous: false,
    }
}

impl G<'_, '_> {
    /// A clock time after a date: ", 02:37", "в 12:00", "19:13", "в 18 часов", "7 часов вечера".
    pub(super) fn time_suffix(&self, k: usize, e: &mut DateB) -> usize {
        let mut j = k;
        if self.is(j, ",") {
            j += 1;
        }
        if matches!(self.w(j), "в" | "около" | "к") {
            j += 1;
        }
        if let Some((c, k2)) = self.clock(j).or_else(|| self.hours(j, true)) {
            e.time = Some(c);
            return k2;
        }
        k
    }

    // ---------------------------------------------------------------- clock times

    /// "02:37", "8:18", "15:15", "17ч10", "18:30ч".
    pub(super) fn clock(&self, i: usize) -> Option<(Clock, usize)> {
        let (h, hd) = self.num(i)?;
        if hd > 2 || h > 24 {
            return None;
        }
        // "17ч10"
        if self.is(i + 1, "ч") && self.t.glued(i) && self.t.glued(i + 1) {
            if let Some((m, 2)) = self.num(i + 2) {
                if m < 60 {
                    return Some((clock(h, Some(m)), i + 3));
                }
            }
        }
        if !(matches!(self.w(i + 1), ":" | ".") && self.t.glued(i) && self.t.glued(i + 1)) {
            return None;
        }
        let colon = self.is(i + 1, ":");
        let (m, md) = self.num(i + 2)?;
        if md != 2 || m > 59 {
            return None;
        }
        // "14.30" is a clock only with "в" before it; "14.10" is usually a date.
        if !(colon || i > 0 && matches!(self.w(i - 1), "в" | "с" | "до" | "около")) {
            return None;
        }
        let mut k = i + 3;
        let mut c = clock(h, Some(m));
        if colon && self.is(k, ":") && self.t.glued(k - 1) {
            if let Some((s, 2)) = self.num(k + 1) {
                c.second = Some(s as u8).filter(|s| *s < 60);
                k += 2;
            }
        }
        if self.is(k, "ч") && self.t.glued(k - 1) {
            k = self.dot(k + 1);
        }
        k = self.day_part_after_clock(k, &mut c);
        Some((c, self.zone(k)))
    }

    /// "в 15 часов", "15ч", "в 3 часа дня", "8 часов вечера", "в 8 вечера", "в полдень".
    /// `after_date`: a bare number is a clock only after a date or "в".
    pub(super) fn hours(&self, i: usize, after_date: bool) -> Option<(Clock, usize)> {
        match self.w(i) {
            "полдень" => return Some((clock(12, None), i + 1)),
            "полночь" => return Some((clock(24, Some(0)), i + 1)),
            _ => {}
        }
        // "в шесть утра": an hour in words needs its part of the day.
        let (h, hd, in_words) = match self.num(i) {
            Some((h, hd)) => (h, hd, false),
            None => {
                let h = lx::cardinal(self.w(i)).filter(|h| (1.0..=12.0).contains(h))?;
                (h as u32, 1, true)
            }
        };
        if hd > 2 || h > 24 {
            return None;
        }
        let mut k = i + 1;
        let mut words = false;
        if matches!(self.w(k), "часов" | "часа" | "час" | "ч") {
            words = true;
            k = self.dot(k + 1);
        }
        let mut c = clock(h, None);
        // "15 часов 30 минут"
        if words {
            if let Some((m, _)) = self.num(k) {
                if m < 60 && self.w(k + 1).starts_with("мин") {
                    c.minute = Some(m as u8);
                    k = self.dot(k + 2);
                }
            }
        }
        let before = k;
        // "14–21 дня" and "два дня" are days: "дня" right after a bare number is the
        // afternoon only for an hour of the clock face after "в" ("в 3 дня").
        let clock_context =
            i > 0 && matches!(self.w(i - 1), "в" | "к" | "до" | "около" | "после" | "с");
        if !words && self.is(k, "дня") && !(h <= 12 && clock_context) {
            return None;
        }
        k = self.day_part_after_clock(k, &mut c);
        if self.is(k, "после") && self.is(k + 1, "полудня") {
            if c.hour < 12 {
                c.hour += 12;
            }
            k += 2;
        }
        // "3 часа" alone is a duration and "в 3" a count; a clock needs "часов" in a
        // clock context ("в 15 часов", after a date) or a part of day ("8 вечера").
        let has_part = k != before;
        if !(has_part || words && after_date && !in_words) {
            return None;
        }
        Some((c, self.zone(k)))
    }

    pub(super) fn day_part_after_clock(&self, k: usize, c: &mut Clock) -> usize {
        match self.w(k) {
            "утра" => k + 1,
            "дня" | "пополудни" | "вечера" => {
                if c.hour < 12 {
                    c.hour += 12;
                }
                k + 1
            }
            "ночи" => {
                if c.hour == 12 {
                    c.hour = 0;
                }
                k + 1
            }
            _ => k,
        }
    }

    /// "по московскому времени", "мск", "GMT": kept in the span, the value stays the wall time.
    pub(super) fn zone(&self, k: usize) -> usize {
        if self.is(k, "по") && self.w(k + 2) == "времени" {
            return k + 3;
        }
        if matches!(self.w(k), "мск" | "gmt" | "utc" | "cet" | "msk") {
            return k + 1;
        }
        if self.is(k, "(") && matches!(self.w(k + 1), "мск" | "gmt" | "utc") && self.is(k + 2, ")")
        {
            return k + 3;
        }
        k
    }

    /// A clock time alone: "02:37", "в 15 часов", "в 17 часов завтра", "13:30".
    pub(super) fn clock_phrase(&self, i: usize) -> Option<P> {
        let after_v = i > 0 && matches!(self.w(i - 1), "в" | "около" | "к" | "до" | "после" | "с");
        let (c, k) = self
            .clock(i)
            .or_else(|| self.clock_idiom(i))
            .or_else(|| if after_v { self.hours(i, true) } else { None })
            .or_else(|| self.hours(i, false))?;
        // "1:30 ночи сб, 21 сен.": the day follows the time.
        let j = if self.is(k, ",") { k + 1 } else { k };
        // "04:42 27.12.2020": a numeric date too, on the same line.
        let numeric = || {
            (!self.t.tokens.get(j).is_some_and(|t| t.newline_before))
                .then(|| self.numeric_date(j))
                .flatten()
        };
        if let Some(p) = self
            .weekday_date(j)
            .or_else(|| self.day_month(j))
            .or_else(numeric)
        {
            if let e @ Expr::Date {
                day: Some(_),
                time: None,
                ..
            } = p.expr
            {
                return Some(P::new(p.end, with_time(e, c)));
            }
        }
        // "в 17 часов завтра"
        if let Some(d) = lx::deictic_day(self.w(k)) {
            let day = Expr::Rel {
                unit: Unit::Day,
                offset: d,
            };
            return Some(P::new(k + 1, with_time(day, c)));
        }
        Some(P::new(k, Expr::Clock(c)))
    }

    /// Clock idioms that count towards the next hour: "без четверти пять" (4:45),
    /// "без десяти минут семь" (6:50), "в половине шестого" / "полшестого" (5:30),
    /// "четверть третьего" (2:15); a part of day may follow ("вечера").
    pub(super) fn clock_idiom(&self, i: usize) -> Option<(Clock, usize)> {
        // The hour after the idiom: "шестого" (ordinal, genitive) or "пять" / "5".
        let next_hour = |h: u32| if h == 1 { 12 } else { h - 1 };
        let ordinal_hour = |k: usize| -> Option<u32> {
            let w = self.w(k);
            // "третьего тома" is not an hour.
            if !(w.ends_with("ого") || w.ends_with("его"))
                || (self.t.is_word(k + 1)
                    && lx::day_part(self.w(k + 1)).is_none()
                    && morph::is_genitive_nominal(self.w(k + 1)))
            {
                return None;
            }
            lx::ordinal(w).filter(|h| (1..=12).contains(h))
        };
        let w = self.w(i);
        let (h, m, mut k) = match w {
            "без" => {
                let (mins, mut k) = match self.w(i + 1) {
                    "четверти" => (15, i + 2),
                    w1 => {
                        let n = match self.num(i + 1) {
                            Some((n, _)) => n,
                            None => lx::cardinal(w1)? as u32,
                        };
                        (n, i + 2)
                    }
                };
                if !(1..60).contains(&mins) {
                    return None;
                }
                if self.w(k).starts_with("минут") {
                    k += 1;
                }
                let h = match self.num(k) {
                    Some((h, _)) => h,
                    None => match self.w(k) {
                        "час" => 1,
                        hw => lx::cardinal(hw)? as u32,
                    },
                };
                if !(1..=12).contains(&h) {
                    return None;
                }
                (next_hour(h), 60 - mins, k + 1)
            }
            "половине" | "половина" => (next_hour(ordinal_hour(i + 1)?), 30, i + 2),
            "четверть" => (next_hour(ordinal_hour(i + 1)?), 15, i + 2),
            _ => {
                let rest = w.strip_prefix("пол")?;
                let h = lx::ordinal(rest).filter(|h| (1..=12).contains(h))?;
                if !(rest.ends_with("ого") || rest.ends_with("его")) {
                    return None;
                }
                (next_hour(h), 30, i + 1)
            }
        };
        let mut c = clock(h, Some(m));
        k = self.day_part_after_clock(k, &mut c);
        Some((c, self.zone(k)))
    }

    /// "утром 4 марта 2019 года", "вечером в четверг", "к утру среды", "утро среды 4
    /// ноября", "к вечеру 5 ноября", "в утренние часы 4 ноября": a part of day before a date.
    pub(super) fn day_part_prefix(&self, i: usize) -> Option<P> {
        let w = self.w(i);
        let (part, mut k) = match w {
            "утром" | "днем" | "вечером" | "ночью" | "утро" | "утру" | "вечер" | "вечеру" => {
                (lx::day_part(w)?, i + 1)
            }
            "утренние" | "утренних" if self.w(i + 1).starts_with("час") => {
                (DayPart::Morning, i + 2)
            }
            "вечерние" | "вечерних" if self.w(i + 1).starts_with("час") => {
                (DayPart::Evening, i + 2)
            }
            "ночные" | "ночных" if self.w(i + 1).starts_with("час") => {
                (DayPart::Night, i + 2)
            }
            _ => return None,
        };
        if self.is(k, "в") || self.is(k, "во") {
            k += 1;
        }
        let p = self
            .day_month(k)
            .or_else(|| self.weekday_date(k))
            .or_else(|| self.weekday(k))?;
        Some(P::new(
            p.end,
            Expr::DayPart {
                day: Box::new(p.expr),
                part,
            },
        ))
    }
}
