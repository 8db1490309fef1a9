//! Times relative to the DCT or the date in focus: "в прошлом году", "вчера", "через неделю",
//! "спустя два года", "днем ранее", "в наши дни"; durations and sets ("последние 5 лет",
//! "каждые 2 года", "ежеквартально").

use super::*;

/// "прошлые", "на этих", "в следующие": the weekend a plural adjective before "выходные" names.
pub(super) fn weekend_offset(w: &str) -> Option<i32> {
    // Plural adjectives, nominative/accusative or prepositional.
    let stem = w.strip_suffix("ие").or_else(|| w.strip_suffix("их"));
    let stem = stem
        .or_else(|| w.strip_suffix("ые"))
        .or_else(|| w.strip_suffix("ых"));
    match (w, stem) {
        ("эти" | "этих", _) => Some(0),
        (_, Some("позапрошл")) => Some(-2),
        (_, Some("минувш" | "прошл" | "прошедш")) => Some(-1),
        // "ближайшие выходные" said on a Friday are the coming ones.
        (_, Some("нынешн" | "текущ" | "ближайш" | "предстоящ")) => {
            Some(0)
        }
        (_, Some("следующ" | "будущ" | "грядущ")) => Some(1),
        _ => None,
    }
}

/// "днем", "неделей" before "ранее"/"позже": the unit they count.
pub(super) fn unit_apart(w: &str) -> Option<Unit> {
    match w {
        "днем" => Some(Unit::Day),
        "неделей" => Some(Unit::Week),
        "месяцем" => Some(Unit::Month),
        "годом" => Some(Unit::Year),
        "часом" => Some(Unit::Hour),
        _ => None,
    }
}

/// Amounts of one or more units, largest first: "1 год 6 месяцев".
pub(super) type Parts = Vec<(Option<f64>, Unit)>;

/// Units from coarse to fine, for compound amounts.
pub(super) fn unit_rank(u: Unit) -> u8 {
    match u {
        Unit::Century => 10,
        Unit::Decade => 9,
        Unit::Year => 8,
        Unit::Half => 7,
        Unit::Quarter => 6,
        Unit::Month => 5,
        Unit::Week => 4,
        Unit::Day => 3,
        Unit::Hour => 2,
        Unit::Minute => 1,
        Unit::Second => 0,
    }
}

/// A compound amount as one shift in its finest unit, when it converts exactly
/// ("2 ч. 21 мин." = 141 minutes); a single amount as itself.
pub(super) fn shift_of(parts: &[(Option<f64>, Unit)]) -> Option<(Unit, i64)> {
    let whole = |n: Option<f64>| n.filter(|n| n.fract() == 0.0).map(|n| n as i64);
    if let [(n, u)] = parts {
        // "полтора года назад": half units in the next smaller unit that holds them.
        if let Some(v) = n.filter(|v| v.fract() == 0.5) {
            let (small, per) = match u {
                Unit::Year => (Unit::Month, 12.0),
                Unit::Day => (Unit::Hour, 24.0),
                Unit::Hour => (Unit::Minute, 60.0),
                _ => return None,
            };
            return Some((small, (v * per) as i64));
        }
        return Some((*u, whole(*n)?));
    }
    let finest = parts.last()?.1;
    // "1 год 6 месяцев": in months.
    if parts
        .iter()
        .all(|p| matches!(p.1, Unit::Year | Unit::Month))
    {
        let mut total = 0i64;
        for (n, u) in parts {
            let per = if *u == Unit::Year { 12 } else { 1 };
            total = total.checked_add(whole(*n)?.checked_mul(per)?)?;
        }
        return Some((Unit::Month, total));
    }
    let secs = |u: Unit| -> Option<i64> {
        Some(match u {
            Unit::Second => 1,
            Unit::Minute => 60,
            Unit::Hour => 3600,
            Unit::Day => 86400,
            Unit::Week => 604800,
            _ => return None,
        })
    };
    let f = secs(finest)?;
    let mut total = 0i64;
    for (n, u) in parts {
        total = total.checked_add(whole(*n)?.checked_mul(secs(*u)? / f)?)?;
    }
    Some((finest, total))
}

pub(super) use crate::time::compose::{duration, durations};

impl G<'_, '_> {
    // ---------------------------------------------------------------- amounts

    /// "три года", "5 дней", "полтора года", "несколько лет", "1 год 6 месяцев" (durations);
    /// "два года назад", "7 дней тому назад" (shifts back); "23-летний" (an age).
    pub(super) fn amount(&self, i: usize) -> Option<P> {
        let (parts, k) = self.compound(i)?;
        let (n, unit) = parts[0];
        // "назад" turns the amount into a past date.
        let back = if self.is(k, "назад") {
            Some(k + 1)
        } else if self.is(k, "тому") && self.is(k + 1, "назад") {
            Some(k + 2)
        } else {
            None
        };
        // "отбросил на несколько лет назад", "вернуло экономику на 20 лет назад": how far
        // something was set back, a length and no date.
        if back.is_some() && self.prev_is(i, "на") {
            return Some(P::new(k, Expr::Duration(durations(&parts))));
        }
        if let Some(end) = back {
            return Some(P::new(
                end,
                match shift_of(&parts) {
                    Some((u, n)) => Expr::Shift { unit: u, n: -n },
                    None => Expr::Ref(RefKind::Past),
                },
            ));
        }
        // "+20 минут", "-2 года" opening a line (a chat or a note): that far from now.
        if back.is_none() && self.signed_offset(i) {
            if let Some((u, n)) = shift_of(&parts) {
                let n = if self.is(i - 1, "+") { n } else { -n };
                return Some(P::new(k, Expr::Shift { unit: u, n }));
            }
        }
        // "два года спустя": after the date in focus.
        if self.is(k, "спустя") && parts.len() == 1 {
            if let Some(n) = n.filter(|n| n.fract() == 0.0) {
                return Some(P::new(
                    k + 1,
                    Expr::Anaphor {
                        unit,
                        offset: n as i32,
                    },
                ));
            }
        }
        // "в возрасте 85 лет", "ему 85 лет", "исполнилось 30 лет" are ages, not times.
        if unit == Unit::Year && self.is_age(i) {
            return None;
        }
        // «Один день Ивана Денисовича»: an amount opening a quoted title names nothing.
        if i > 0 && self.is(i - 1, "\"") && self.t.glued(i - 1) && self.t.is_word(k) {
            return None;
        }
        // A bare clock-like "3 часа" is a duration in news.
        Some(P::new(k, Expr::Duration(durations(&parts))))
    }

    /// A "+" or "-" glued to the number at `i` and opening a line.
    fn signed_offset(&self, i: usize) -> bool {
        let s = i.wrapping_sub(1);
        i > 0
            && self.t.is_num(i)
            && matches!(self.w(s), "+" | "-")
            && self.t.glued(s)
            && (s == 0 || self.t.tokens[s].newline_before)
    }

    /// An amount and more amounts of smaller units after it: "1 год 6 месяцев",
    /// "2 ч. 21 мин.", "3 часа 15 минут".
    pub(super) fn compound(&self, i: usize) -> Option<(Parts, usize)> {
        let (n, unit, mut k) = self.quantity(i)?;
        let mut parts = vec![(n, unit)];
        loop {
            let j = if self.is(k, ",") || self.is(k, "и") {
                k + 1
            } else {
                k
            };
            match self.quantity(j) {
                Some((n2, u2, k2))
                    if self.t.is_num(j) && parts.iter().all(|p| unit_rank(p.1) > unit_rank(u2)) =>
                {
                    parts.push((n2, u2));
                    k = k2;
                }
                _ => break,
            }
        }
        Some((parts, k))
    }

    /// A number (digits, words, "несколько") and a unit, or a unit alone ("неделю", "год").
    pub(super) fn quantity(&self, i: usize) -> Option<(Option<f64>, Unit, usize)> {
        let w = self.w(i);
        // "23-летний", "12-часовой": an age or a length as an adjective.
        if let Some((v, _)) = self.num(i) {
            if self.is_dash(i + 1) && self.t.glued(i) && self.t.glued(i + 1) {
                let a = self.w(i + 2);
                // "55-летний" is an age, not a time; "12-часовой" is a length.
                let unit = if a.starts_with("месячн") {
                    Unit::Month
                } else if a.starts_with("недельн") {
                    Unit::Week
                } else if a.starts_with("дневн") {
                    Unit::Day
                } else if a.starts_with("часов") {
                    Unit::Hour
                } else if a.starts_with("минутн") {
                    Unit::Minute
                } else {
                    return None;
                };
                return Some((Some(v as f64), unit, i + 3));
            }
        }
        let (n, k) = if let Some((v, d)) = self.num(i) {
            if d > 6 {
                return None;
            }
            // "1,5 года"
            if self.is(i + 1, ",") && self.t.glued(i) && self.t.glued(i + 1) {
                if let Some((f, fd)) = self.num(i + 2) {
                    let frac = f as f64 / 10f64.powi(fd as i32);
                    (Some(v as f64 + frac), i + 3)
                } else {
                    (Some(v as f64), i + 1)
                }
            } else {
                (Some(v as f64), i + 1)
            }
        } else if let Some(c) = lx::cardinal(w) {
            // "двадцать пять"
            if c >= 20.0 && c % 10.0 == 0.0 {
                if let Some(u) = lx::cardinal(self.w(i + 1)).filter(|u| *u < 10.0 && *u >= 1.0) {
                    (Some(c + u), i + 2)
                } else {
                    (Some(c), i + 1)
                }
            } else {
                (Some(c), i + 1)
            }
        } else if lx::vague(w) {
            (None, i + 1)
        } else if let Some(u) = lx::unit(w) {
            // A unit alone: "неделю назад", "год спустя", "полгода".
            // After a number too long to read ("10000000000 лет") the unit is not alone.
            let after_number = i > 0 && self.t.is_num(i - 1);
            // "на неделе", "в году": a locative places, it does not measure.
            if matches!(
                w,
                "неделе" | "месяце" | "году" | "годе" | "дне" | "веке" | "квартале"
            ) {
                return None;
            }
            if !matches!(u, Unit::Quarter | Unit::Half) && !after_number && self.unit_alone_ok(i) {
                // "в течение десятилетий", "последних недель": a plural is vague.
                let n = if lx::is_plural_unit(w) {
                    None
                } else {
                    Some(1.0)
                };
                return Some((n, u, i + 1));
            }
            return None;
        } else if let Some(rest) = w.strip_prefix("пол") {
            // "полгода", "полвека", "полчаса"
            let u = match rest {
                "года" | "год" => Unit::Month,
                "века" | "столетия" => Unit::Year,
                "часа" => Unit::Minute,
                "дня" => Unit::Hour,
                _ => return None,
            };
            let n = match u {
                Unit::Month => 6.0,
                Unit::Year => 50.0,
                Unit::Minute => 30.0,
                _ => 12.0,
            };
            return Some((Some(n), u, i + 1));
        } else {
            return None;
        };
        // "2 ч. 21 мин."
        let u = lx::unit(self.w(k))?;
        // "в 1 году", "в 10000 году": the locative names a year, never an amount.
        if matches!(self.w(k), "году" | "годе") {
            return None;
        }
        // "в 2010 году" is a year, not a duration; four-digit numbers with "год" are years.
        if u == Unit::Year && self.num(i).is_some_and(|(v, d)| d == 4 && v >= 1000) {
            return None;
        }
        let mut k = k + 1;
        if matches!(self.w(k - 1), "ч" | "мин" | "сек" | "мес") {
            k = self.dot(k);
        }
        Some((n, u, k))
    }

    pub(super) fn is_age(&self, i: usize) -> bool {
        let before = |k: usize| if i >= k { self.w(i - k) } else { "" };
        let small = self.num(i).is_none_or(|(v, _)| v <= 120);
        // "в 13 лет уехал", "с 14 лет работал", "на 85 году жизни", "Кравцову 39 лет".
        if small && matches!(before(1), "в" | "с" | "со") {
            return true;
        }
        if self.w(i + 2) == "жизни" || self.w(i + 2) == "от" && self.w(i + 3) == "роду" {
            return true;
        }
        if small && i > 0 && self.t.is_word(i - 1) && morph::is_dative_noun(before(1)) {
            return true;
        }
        let n = self.num(i).map(|(v, _)| v).unwrap_or(0);
        let after = self.w(i + 2);
        // "пенсионный возраст до 65 лет", "девушки от 13 до 16 лет": a teen or adult age;
        // "до 15 лет лишения свободы" is a term.
        let term = matches!(
            after,
            "лишения" | "заключения" | "колонии" | "тюрьмы" | "тюремного"
        );
        if (12..=120).contains(&n) && matches!(before(1), "до" | "от") && !term {
            return true;
        }
        // "(51 год)" after a name or a birth year; "Келли 52 года." after a name.
        if small && before(1) == "(" && after == ")" {
            return true;
        }
        if small
            && i > 0
            && self.t.is_word(i - 1)
            && self.t.tokens[i - 1].upper
            && matches!(after, "." | "," | "")
            && self.t.sentence_of(i - 1).is_none_or(|s| s.first != i - 1)
        {
            return true;
        }
        matches!(
            before(1),
            "возрасте"
                | "исполнился"
                | "исполнилась"
                | "всего"
                | "ему"
                | "ей"
                | "им"
                | "исполнилось"
                | "исполнится"
                | "исполняется"
                | "было"
                | "лет"
                | "достигшие"
                | "достигших"
                | "старше"
                | "младше"
        ) || (matches!(before(1), "до" | "от" | "с") && before(2) == "возрасте")
            || matches!(
                before(2),
                "исполнилось" | "исполнится" | "исполняется" | "возрасте"
            )
    }

    /// A unit word alone is an amount only next to "назад", "спустя", "через", "в течение".
    pub(super) fn unit_alone_ok(&self, i: usize) -> bool {
        let next = self.w(i + 1);
        let prev = if i > 0 { self.w(i - 1) } else { "" };
        // "на днях" is "recently", not a number of days.
        if prev == "на" && self.w(i) == "днях" {
            return false;
        }
        matches!(next, "назад" | "спустя" | "тому")
            || matches!(
                prev,
                "течение"
                    | "протяжении"
                    | "последних"
                    | "ближайших"
                    | "многих"
                    | "через"
                    | "спустя"
                    | "целый"
                    | "целую"
                    | "целых"
                    // "примерно неделю", "больше недели", "на год", "за неделю до"
                    | "примерно"
                    | "почти"
                    | "около"
                    | "больше"
                    | "более"
                    | "менее"
                    | "меньше"
                    | "за"
                    | "на"
            ) && !(self.t.is_word(i + 1) && morph::is_genitive_nominal(next))
    }

    // ---------------------------------------------------------------- words

    /// "сегодня", "вчера вечером", "завтра в 15 часов", "сегодня в 20:00".
    pub(super) fn deictic(&self, i: usize) -> Option<P> {
        let d = lx::deictic_day(self.w(i))?;
        if !sentence_case_ok(self.t, i) {
            return None;
        }
        let day = Expr::Rel {
            unit: Unit::Day,
            offset: d,
        };
        let k = i + 1;
        // "сегодня вечером", "завтра в обед"
        let (part, k2) = match self.w(k) {
            "в" if self.is(k + 1, "обед") => (Some(DayPart::Midday), k + 2),
            w => match lx::day_part(w) {
                Some(p) if matches!(w, "утром" | "днем" | "вечером" | "ночью") => {
                    (Some(p), k + 1)
                }
                _ => (None, k),
            },
        };
        // "сегодня в 14 часов", "вчера, 9 мая 2019 года"
        let mut j = k2;
        if self.is(j, ",") {
            j += 1;
        }
        if matches!(self.w(j), "в" | "около" | "к") {
            j += 1;
            if let Some((c, k3)) = self.clock(j).or_else(|| self.hours(j, true)) {
                return Some(P::new(k3, with_time(day, c)));
            }
        } else if self.is(k2, ",") {
            if let Some(p) = self.day_month(j) {
                return Some(p);
            }
        }
        if let Some(p) = part {
            return Some(P::new(
                k2,
                Expr::DayPart {
                    day: Box::new(day),
                    part: p,
                },
            ));
        }
        Some(P::new(k, day))
    }

    /// "в прошлом году", "этот месяц", "на следующей неделе", "в текущем квартале",
    /// "в прошлый вторник", "в следующую среду", "прошлой осенью", "в прошлом веке".
    pub(super) fn relative(&self, i: usize) -> Option<P> {
        let r = lx::relative(self.w(i))?;
        let w1 = self.w(i + 1);
        // "этом же году" is anaphoric.
        if w1 == "же" {
            let u = lx::unit(self.w(i + 2))?;
            return Some(P::new(i + 3, Expr::Anaphor { unit: u, offset: 0 }));
        }
        if let Some(wd) = lx::weekday(w1) {
            if lx::is_weekday_abbr(w1) {
                return None;
            }
            let dir = match r {
                r if r < 0 => -1,
                r if r > 0 => 1,
                _ => 0,
            };
            return Some(P::new(
                i + 2,
                Expr::Weekday {
                    wd,
                    dir: dir as i8,
                    week: None,
                    time: None,
                },
            ));
        }
        if let Some(s) = lx::season(w1) {
            return Some(P::new(
                i + 2,
                Expr::YearPart {
                    year: None,
                    year_rel: Some(r),
                    part: YearPart::Season(s),
                },
            ));
        }
        // "прошлой ночью" is the night before the DCT's day ("last night"), "этим утром"
        // the DCT's morning.
        if (r == -1 || r == 0) && matches!(w1, "утром" | "днем" | "вечером" | "ночью")
        {
            return Some(P::new(
                i + 2,
                Expr::DayPart {
                    day: Box::new(Expr::Rel {
                        unit: Unit::Day,
                        offset: r,
                    }),
                    part: lx::day_part(w1)?,
                },
            ));
        }
        let u = lx::unit(w1)?;
        if matches!(
            w1,
            "лет" | "летам" | "годы" | "годов" | "годах" | "годам" | "годами"
        ) {
            return None;
        }
        // "этот день" is the day in focus; the DCT's is "сегодня".
        if u == Unit::Day && r == 0 {
            return Some(P::new(i + 2, Expr::Anaphor { unit: u, offset: 0 }));
        }
        if u == Unit::Day && matches!(self.w(i), "следующий" | "следующего") {
            return Some(P::new(i + 2, Expr::Anaphor { unit: u, offset: 1 }));
        }
        // "В 2015 году он уехал, а на следующий год вернулся": the year after the one in
        // focus ("в следующем году" is next year from now).
        if u == Unit::Year && self.w(i) == "следующий" && self.prev_is(i, "на") {
            return Some(P::new(i + 2, Expr::Anaphor { unit: u, offset: 1 }));
        }
        // "прошлой недели" after a weekday was taken by `weekday`.
        Some(P::new(i + 2, Expr::Rel { unit: u, offset: r }))
    }
}

/// The fixed phrases: PRESENT_REF/PAST_REF/FUTURE_REF, anaphora, shifts, sets, parts of a
/// period. Each rule reads the phrases its comment names, starting at its first words.
impl G<'_, '_> {
    fn refp(&self, i: usize, n: usize, k: RefKind) -> Option<P> {
        Some(P::new(i + n, Expr::Ref(k)))
    }

    /// "минувшие выходные", "на этих выходных", "в следующие выходные".
    pub(super) fn weekend(&self, i: usize) -> Option<P> {
        if !matches!(self.w(i + 1), "выходные" | "выходных") {
            return None;
        }
        let offset = weekend_offset(self.w(i))?;
        Some(P::new(i + 2, Expr::Weekend { offset }))
    }

    /// "днем ранее", "неделей позже", "годом раньше": one unit from the date in focus.
    pub(super) fn unit_apart(&self, i: usize) -> Option<P> {
        let w1 = self.w(i + 1);
        if !matches!(w1, "ранее" | "раньше" | "позже" | "позднее") {
            return None;
        }
        let unit = unit_apart(self.w(i))?;
        let offset = if matches!(w1, "ранее" | "раньше") {
            -1
        } else {
            1
        };
        Some(P::new(i + 2, Expr::Anaphor { unit, offset }))
    }

    /// "сейчас", "в настоящее время", "в настоящий момент", "в наши дни": PRESENT_REF.
    pub(super) fn now(&self, i: usize) -> Option<P> {
        let w1 = self.w(i + 1);
        match self.w(i) {
            "сейчас" | "ныне" | "нынче" => self.refp(i, 1, RefKind::Present),
            "настоящее" if w1 == "время" => self.refp(i, 2, RefKind::Present),
            "настоящий" | "данный" if w1 == "момент" => {
                self.refp(i, 2, RefKind::Present)
            }
            "наши" if w1 == "дни" => self.refp(i, 2, RefKind::Present),
            "сегодняшний" if w1 == "день" => self.refp(i, 2, RefKind::Present),
            _ => None,
        }
    }

    /// "недавно", "в недавнем интервью", "не так давно", "в последнее время", "в прошлом",
    /// "на днях" (PAST_REF); "в будущем", "в недалеком будущем", "в ближайшее время", "в
    /// ближайшие дни", "в скором времени" (FUTURE_REF); "к этому моменту" (PRESENT_REF).
    pub(super) fn vague_past_future(&self, i: usize) -> Option<P> {
        let w1 = self.w(i + 1);
        // "в прошлом" / "в будущем" alone, not "в прошлом сезоне" / "в будущем году": the
        // word after is no noun or adjective in the same case.
        let alone_after_v = || {
            self.prev_is(i, "в")
                && lx::unit(w1).is_none()
                && !(self.t.is_word(i + 1) && morph::nominal_in_case(w1, "Loc"))
        };
        match self.w(i) {
            "недавно" | "недавнего" | "недавнем" | "недавней" | "недавних" | "недавние"
            | "недавний" | "недавнее" | "недавнюю" => {
                self.refp(i, 1, RefKind::Past)
            }
            "не" if w1 == "так" && self.is(i + 2, "давно") => {
                self.refp(i, 3, RefKind::Past)
            }
            "последнее" if w1 == "время" => self.refp(i, 2, RefKind::Past),
            "прошлом" if alone_after_v() => self.refp(i, 1, RefKind::Past),
            "будущем" if alone_after_v() => self.refp(i, 1, RefKind::Future),
            "ближайшее" if w1 == "время" => self.refp(i, 2, RefKind::Future),
            "ближайшем"
            | "скором"
            | "недалеком"
            | "недалёком"
            | "отдаленном"
            | "отдалённом"
            | "обозримом"
                if matches!(w1, "будущем" | "времени") =>
            {
                self.refp(i, 2, RefKind::Future)
            }
            "ближайшие" | "ближайших"
                if matches!(
                    w1,
                    "дни"
                        | "дней"
                        | "недели"
                        | "недель"
                        | "месяцы"
                        | "месяцев"
                        | "часы"
                        | "часов"
                ) =>
            {
                self.refp(i, 2, RefKind::Future)
            }
            "этому" | "этот" | "текущему" | "текущий"
                if w1.starts_with("момент") && (self.prev_is(i, "к") || self.prev_is(i, "на")) =>
            {
                self.refp(i, 2, RefKind::Present)
            }
            "днях" if self.prev_is(i, "на") => self.refp(i, 1, RefKind::Past),
            _ => None,
        }
    }

    /// "накануне" (the day before the one in focus), "накануне вечером" (its evening);
    /// "накануне выборов" is the eve of something not dated here.
    pub(super) fn eve(&self, i: usize) -> Option<P> {
        let w1 = self.w(i + 1);
        let day_before = Expr::Anaphor {
            unit: Unit::Day,
            offset: -1,
        };
        if matches!(w1, "утром" | "днем" | "вечером" | "ночью") {
            return Some(P::new(
                i + 2,
                Expr::DayPart {
                    day: Box::new(day_before),
                    part: lx::day_part(w1)?,
                },
            ));
        }
        if self.t.is_word(i + 1) && morph::is_genitive_nominal(w1) {
            return None;
        }
        Some(P::new(i + 1, day_before))
    }

    /// "во второй половине дня" is the afternoon of the day in focus.
    pub(super) fn half_of_day(&self, i: usize) -> Option<P> {
        if self.w(i + 1) != "половине" || !self.is(i + 2, "дня") {
            return None;
        }
        let part = if self.w(i) == "первой" {
            DayPart::Morning
        } else {
            DayPart::Afternoon
        };
        Some(P::new(
            i + 3,
            Expr::DayPart {
                day: Box::new(Expr::Anaphor {
                    unit: Unit::Day,
                    offset: 0,
                }),
                part,
            },
        ))
    }

    /// "Ранее утром в больнице…": a part of the day in focus ("днем Победы" is not).
    pub(super) fn day_part_in_focus(&self, i: usize) -> Option<P> {
        if self.w(i + 1).starts_with("побед") {
            return None;
        }
        // "днём и ночью", "и днем, и ночью" mean "all the time", not a part of a day.
        let day_and_night =
            |a: usize, b: usize| matches!(self.w(a), "днем" | "днём") && self.is(b, "ночью");
        if day_and_night(i, i + 2) && self.is(i + 1, "и")
            || day_and_night(i, i + 3) && self.is(i + 1, ",") && self.is(i + 2, "и")
            || i >= 2 && day_and_night(i - 2, i) && self.is(i - 1, "и")
            || i >= 3 && day_and_night(i - 3, i) && self.is(i - 2, ",") && self.is(i - 1, "и")
        {
            return None;
        }
        Some(P::new(
            i + 1,
            Expr::DayPart {
                day: Box::new(Expr::Anaphor {
                    unit: Unit::Day,
                    offset: 0,
                }),
                part: lx::day_part(self.w(i))?,
            },
        ))
    }

    /// "ежегодно", "ежедневно", "еженедельно", "ежемесячно", "ежеквартально": sets.
    pub(super) fn adverb_set(&self, i: usize) -> Option<P> {
        let v = match self.w(i) {
            "ежегодно" => "P1Y",
            "ежедневно" => "P1D",
            "еженедельно" => "P1W",
            "ежемесячно" => "P1M",
            "ежеквартально" => "P3M",
            _ => return None,
        };
        Some(P::new(i + 1, Expr::Set(v.into())))
    }

    /// "каждый понедельник", "каждые 2 года", "каждый год": sets.
    pub(super) fn every(&self, i: usize) -> Option<P> {
        let w1 = self.w(i + 1);
        if let Some(wd) = lx::weekday(w1) {
            let code = wd.number_from_monday();
            return Some(P::new(i + 2, Expr::Set(format!("XXXX-WXX-{code}"))));
        }
        let (n, k) = match self.num(i + 1) {
            Some((n, _)) => (n as f64, i + 2),
            None => match lx::cardinal(w1) {
                Some(c) => (c, i + 2),
                None => (1.0, i + 1),
            },
        };
        let u = lx::unit(self.w(k))?;
        Some(P::new(k + 1, Expr::Set(duration(Some(n), u))))
    }

    /// "с сегодняшнего дня": today.
    pub(super) fn today_on(&self, i: usize) -> Option<P> {
        let today = Expr::Rel {
            unit: Unit::Day,
            offset: 0,
        };
        let w1 = self.w(i + 1);
        if w1.starts_with("дн") {
            return Some(P::new(i + 2, today));
        }
        // "Сегодняшнее объявление", "на сегодняшнем заседании": today's, said of one
        // thing; not "на сегодняшний момент" (`now`).
        (self.t.is_word(i + 1) && !w1.starts_with("момент") && morph::is_noun(w1))
            .then(|| P::new(i + 1, today))
    }

    /// "в то время" after a date: the year in focus ("В 2016 году … В то время Трамп
    /// назвал"), as "в том году".
    pub(super) fn that_time(&self, i: usize) -> Option<P> {
        // "в то время как" is "while".
        let while_ = self.is(i + 2, "как") || self.is(i + 2, ",") && self.is(i + 3, "как");
        (self.prev_is(i, "в") && self.is(i + 1, "время") && !while_).then(|| {
            P::new(
                i + 2,
                Expr::Anaphor {
                    unit: Unit::Year,
                    offset: 0,
                },
            )
        })
    }

    /// "раз в два года", "раз в 5 лет": a set of that period.
    pub(super) fn once_in(&self, i: usize) -> Option<P> {
        if self.w(i + 1) != "в" {
            return None;
        }
        let (n, u, k) = self.quantity(i + 2)?;
        let n = n.filter(|n| *n > 1.0 && n.fract() == 0.0)?;
        Some(P::new(k, Expr::Set(duration(Some(n), u))))
    }

    /// "370 тысяч тонн в год", "масок в день", "раз в неделю": a rate, not a date; "в день
    /// выборов" and "в год, когда" are dates of something else.
    pub(super) fn rate(&self, i: usize) -> Option<P> {
        let rate = self.prev_is(i, "в")
            && i >= 2
            && (self.t.is_num(i - 2)
                || self.w(i - 2) == "раз"
                || (self.t.is_word(i - 2) && morph::is_genitive_nominal(self.w(i - 2))))
            && !self.t.is_word(i + 1)
            && !self.is(i + 1, ",");
        if !rate {
            return None;
        }
        let u = lx::unit(self.w(i))?;
        Some(P::new(i + 1, Expr::Set(duration(Some(1.0), u))))
    }

    /// "в указанном году", "в том же году", "в тот же день", "в этот день", "в тот день";
    /// "в тот год": the unit in focus.
    pub(super) fn same_unit(&self, i: usize) -> Option<P> {
        let w = self.w(i);
        let (k, same) = if self.w(i + 1) == "же" {
            (i + 2, true)
        } else {
            (i + 1, false)
        };
        let u = lx::unit(self.w(k))?;
        if matches!(self.w(k), "лет" | "годы" | "годах") {
            return None;
        }
        let plain_this = matches!(w, "этот" | "этом" | "этой") && !same;
        if plain_this && u != Unit::Day {
            return None; // "в этом году" is the DCT's year: `relative`.
        }
        if !(same
            || w.starts_with("указанн")
            || matches!(w, "том" | "тот" | "той" | "ту" | "того")
            || plain_this)
        {
            return None;
        }
        Some(P::new(k + 1, Expr::Anaphor { unit: u, offset: 0 }))
    }

    /// "на следующий день", "на другой год": one unit after the one in focus.
    pub(super) fn next_day(&self, i: usize) -> Option<P> {
        let w1 = self.w(i + 1);
        if !matches!(w1, "день" | "год") || !self.prev_is(i, "на") {
            return None;
        }
        let u = lx::unit(w1)?;
        Some(P::new(i + 2, Expr::Anaphor { unit: u, offset: 1 }))
    }

    /// "через неделю" (from the DCT), "спустя два года" (from the date in focus), "через
    /// неделю после 5 мая", "через 3 часа 15 минут".
    pub(super) fn shift(&self, i: usize) -> Option<P> {
        let w = self.w(i);
        let (parts, k) = self.compound(i + 1)?;
        // "через 3 часа 15 минут": one shift in the finest unit.
        let fraction = parts[0].0.is_some_and(|v| v.fract() != 0.0);
        if (parts.len() > 1 || fraction) && w == "через" {
            if let Some((u, n)) = shift_of(&parts) {
                return Some(P::new(k, Expr::Shift { unit: u, n }));
            }
        }
        let (n, u) = parts[0];
        let k = if parts.len() > 1 {
            self.quantity(i + 1)?.2
        } else {
            k
        };
        let n = n.filter(|n| n.fract() == 0.0)?;
        // "через неделю после 5 мая" counts from that date; "через два дня после
        // выборов" from an event we cannot date: only the length is known.
        // "через неделю после этого": from the date in focus.
        if self.is(k, "после") && matches!(self.w(k + 1), "этого" | "того" | "чего")
        {
            return Some(P::new(
                k,
                Expr::Anaphor {
                    unit: u,
                    offset: n as i32,
                },
            ));
        }
        if self.is(k, "после") {
            let base = self.core(k + 1).filter(|p| {
                !matches!(
                    p.expr,
                    Expr::Duration(_) | Expr::Set(_) | Expr::Ref(_) | Expr::Clock(_)
                )
            });
            return Some(match base {
                Some(b) => P::new(
                    b.end,
                    Expr::After {
                        base: Box::new(b.expr),
                        unit: u,
                        n: n as i64,
                    },
                ),
                None => P::new(k, Expr::Duration(duration(Some(n), u))),
            });
        }
        // "проводится не ранее, чем через один месяц", "подать снова можно не раньше чем
        // через год": the least wait a rule sets after an event, not a day from the DCT.
        if w == "через" && self.least_wait(i) {
            return Some(P::new(k, Expr::Duration(duration(Some(n), u))));
        }
        if w == "спустя" {
            return Some(P::new(
                k,
                Expr::Anaphor {
                    unit: u,
                    offset: n as i32,
                },
            ));
        }
        Some(P::new(
            k,
            Expr::Shift {
                unit: u,
                n: n as i64,
            },
        ))
    }

    /// "не ранее, чем" / "не раньше чем" just before token `i`.
    fn least_wait(&self, i: usize) -> bool {
        let mut k = i;
        if k > 0 && self.is(k - 1, "чем") {
            k -= 1;
        }
        if k > 0 && self.is(k - 1, ",") {
            k -= 1;
        }
        k >= 2 && matches!(self.w(k - 1), "ранее" | "раньше") && self.is(k - 2, "не")
    }

    /// "последний месяц", "последнюю неделю": a duration of one unit (not "последний год",
    /// "последний день", which `relative` and `nth_in` read).
    pub(super) fn last_unit(&self, i: usize) -> Option<P> {
        let w1 = self.w(i + 1);
        if matches!(w1, "год" | "года" | "день" | "дня") {
            return None;
        }
        let u = lx::unit(w1)?;
        Some(P::new(i + 2, Expr::Duration(duration(Some(1.0), u))))
    }

    /// "последние 5 лет", "ближайшие два месяца", "в последние годы": durations.
    pub(super) fn last_n(&self, i: usize) -> Option<P> {
        let w1 = self.w(i + 1);
        if let Some((n, u, k)) = self.quantity(i + 1) {
            return Some(P::new(k, Expr::Duration(duration(n, u))));
        }
        // "в последние годы"
        if matches!(w1, "годы" | "годах" | "лет" | "месяцы" | "недели" | "дни")
        {
            let u = lx::unit(w1)?;
            return Some(P::new(i + 2, Expr::Duration(duration(None, u))));
        }
        None
    }

    /// "в начале года", "до конца месяца" (the unit of the DCT), "в середине 1990-х",
    /// "конец мая": the start, middle or end of a period.
    pub(super) fn part_of(&self, i: usize) -> Option<P> {
        let w1 = self.w(i + 1);
        let m = match self.w(i) {
            "начале" | "начала" | "начало" => Mod::Start,
            "середине" | "середины" => Mod::Mid,
            _ => Mod::End,
        };
        // "до конца месяца", "в конце года": the unit in focus of the DCT.
        if let Some(u) = lx::unit(w1) {
            if matches!(
                w1,
                "года" | "месяца" | "недели" | "дня" | "века" | "квартала"
            ) {
                let p = P::new(i + 2, Expr::Rel { unit: u, offset: 0 });
                // "конца этого года"
                return Some(p.with_mod(Some(m)));
            }
        }
        let p = self.ranged(i + 1)?;
        if matches!(
            p.expr,
            Expr::Duration(_) | Expr::Set(_) | Expr::Ref(_) | Expr::Clock(_)
        ) {
            return None;
        }
        let rules = p.rules;
        let mut p = P::new(p.end, p.expr).with_mod(Some(m));
        p.rules |= rules;
        Some(p)
    }

    /// "в ночь на 19 декабря", "в ночь с 18 на 19 апреля 2020 года": the day it ends in.
    pub(super) fn night_of(&self, i: usize) -> Option<P> {
        if !(self.is(i + 1, "на") || (self.is(i + 1, "с") && self.day_num(i + 2).is_some())) {
            return None;
        }
        let k = if self.is(i + 1, "с") {
            let (_, k) = self.day_num(i + 2)?;
            if !self.is(k, "на") {
                return None;
            }
            k + 1
        } else {
            i + 2
        };
        let p = self.day_month(k)?;
        Some(P::new(p.end, p.expr))
    }

    /// "год 2000".
    pub(super) fn year_word_first(&self, i: usize) -> Option<P> {
        let (v, d) = self.num(i + 1)?;
        (d == 4 && (1000..=2999).contains(&v)).then(|| P::new(i + 2, Expr::year(v as i32)))
    }

    /// "в выходные", "на выходных", "эти выходные" said alone: the coming or current weekend.
    pub(super) fn weekend_bare(&self, i: usize) -> Option<P> {
        matches!(self.w(i.wrapping_sub(1)), "в" | "на" | "эти")
            .then(|| P::new(i + 1, Expr::Weekend { offset: 0 }))
    }
}
