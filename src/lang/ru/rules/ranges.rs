//! Ranges and open intervals around core expressions: "с 5 по 7 декабря", "5–7 декабря",
//! "от марта до мая", "до 2020 года", "не позднее 1 марта", "после 5 мая", "около 10 часов";
//! completing one end from the other (`interval`, `borrow_day`).

use super::*;

/// The start of "5–7 декабря": day 5 with the month and year of the end.
pub(super) fn borrow_day(d: u8, end: &Expr) -> Option<Expr> {
    match end {
        Expr::Date {
            year,
            year_rel,
            year_focus,
            month: Some(m),
            day: Some(d2),
            ..
        } if d < *d2 => Some(Expr::Date {
            year: *year,
            year_rel: *year_rel,
            year_focus: *year_focus,
            month: Some(*m),
            day: Some(d),
            time: None,
        }),
        _ => None,
    }
}

/// An interval between two expressions, each end completed from the other
/// (`compose::complete_range`): "13 июля - 15 июля", "с марта 2018 года до конца 2019 года",
/// "в ноябре-декабре", "9:30 - 11:00".
pub(super) fn interval(a: &Expr, b: &Expr) -> Option<Expr> {
    let (a, b) = compose::complete_range(a, b)?;
    Some(Expr::Interval(Box::new(a), Box::new(b)))
}

impl G<'_, '_> {
    /// "с 1992 года" (since), "с 5 по 7 декабря", "с марта 2018 года до конца 2019 года".
    pub(super) fn since(&self, i: usize) -> Option<P> {
        let j = i + 1;
        // "с 13 по 15 июля": a bare day borrowing the month of the end.
        if let Some(p) = self.day_range(j, &["по", "до", "-"], false) {
            return Some(p);
        }
        if let Some(p) = self.hour_range(j) {
            return Some(p);
        }
        let a = self.core(j)?;
        if matches!(a.expr, Expr::Duration(_) | Expr::Set(_) | Expr::Ref(_)) {
            return None;
        }
        if matches!(self.w(a.end), "по" | "до" | "-") {
            if let Some(p) = self.range_to(&a) {
                return Some(p);
            }
        }
        Some(P {
            relation: Relation::Since,
            ..a
        })
    }

    /// "между 5 и 6 января", "между 2010 и 2012 годами": one interval, the marker in the span.
    pub(super) fn between(&self, i: usize) -> Option<P> {
        let j = i + 1;
        if let Some(p) = self.day_range(j, &["и"], false) {
            return Some(p);
        }
        let a = self.core(j)?;
        if !self.is(a.end, "и") || matches!(a.expr, Expr::Duration(_) | Expr::Set(_) | Expr::Ref(_))
        {
            return None;
        }
        self.range_to(&a)
    }

    /// "(с) 9 до 10 утра", "8 до 9 вечера", "9 до 11 часов": a bare hour takes the part of
    /// the day of the hour it runs to (9 to 10 p.m. is 21 to 22).
    fn hour_range(&self, j: usize) -> Option<P> {
        let (h, hd) = self.num(j)?;
        if hd > 2 || h > 24 || !self.is(j + 1, "до") || self.clock(j).is_some() {
            return None;
        }
        let (to, end) = self.hours(j + 2, true)?;
        let mut from = clock::clock(h, None);
        if to.hour >= 12 && h < 12 && h + 12 <= to.hour as u32 {
            from.hour += 12;
        }
        Some(P::between(
            end,
            Expr::Interval(Box::new(Expr::Clock(from)), Box::new(Expr::Clock(to))),
        ))
    }

    /// "от 5 до 7 лет" is a duration, "от марта до мая" an interval.
    pub(super) fn range_from(&self, i: usize) -> Option<P> {
        let a = self.core(i + 1)?;
        if !self.is(a.end, "до") {
            return None;
        }
        self.range_to(&a)
    }

    /// `a`, the separator after it, and a second expression: their interval.
    pub(super) fn range_to(&self, a: &P) -> Option<P> {
        let b = self.core(a.end + 1)?;
        Some(P::between(b.end, interval(&a.expr, &b.expr)?).of(a).of(&b))
    }

    /// A bare day at `i` (a dot after it if `dot`), one of `seps`, and a full date whose
    /// month and year it borrows: "с 13 по 15 июля", "5–7 декабря", "14. - 15.10.".
    pub(super) fn day_range(&self, i: usize, seps: &[&str], dot: bool) -> Option<P> {
        let (d, mut k) = self.day_num(i)?;
        if dot && self.is(k, ".") {
            k += 1;
        }
        if !seps.contains(&self.w(k)) {
            return None;
        }
        let end = self.core(k + 1)?;
        let start = borrow_day(d, &end.expr)?;
        let rules = end.rules;
        let mut p = P::between(end.end, Expr::Interval(Box::new(start), Box::new(end.expr)));
        p.rules = rules;
        Some(p)
    }

    /// A bare day listed before a full date, whose month and year it borrows: the "1" of
    /// "1 и 2 декабря", the "5" and "6" of "5, 6 и 7 декабря 2023 года". Each day is a
    /// date of its own, as TimeML tags "Dec. 1 and 2"; the list may end in a range ("1, 2
    /// и 5–7 декабря").
    pub(super) fn listed_day(&self, i: usize) -> Option<P> {
        let (d, k) = self.day_num(i)?;
        if !self.t.is_num(i) || !matches!(self.w(k), "и" | "," | "или") {
            return None;
        }
        let mut j = k + 1;
        for _ in 0..8 {
            if let Some((_, k2)) = self.day_num(j).filter(|_| self.t.is_num(j)) {
                if matches!(self.w(k2), "и" | "," | "или") {
                    j = k2 + 1;
                    continue;
                }
            }
            let end = self.ranged(j)?;
            let last = match &end.expr {
                Expr::Interval(a, _) => a.as_ref(),
                e => e,
            };
            return Some(P::new(k, borrow_day(d, last)?));
        }
        None
    }

    /// "до 2020 года", "до конца месяца", "по 19 мая 2019 года": the marker is in the span.
    pub(super) fn until(&self, i: usize) -> Option<P> {
        let j = i + 1;
        let p = self.core(j)?;
        match p.expr {
            Expr::Duration(_) | Expr::Set(_) | Expr::Ref(_) | Expr::Clock(_) => None,
            // "по понедельникам" is a set, and "по два часа" is not a date.
            _ => Some(P {
                relation: Relation::Until,
                ..p
            }),
        }
    }

    /// A core expression, possibly followed by a range to another one: "5–7 декабря",
    /// "13 июля - 15 июля", "2010–2012 годы", "9:30 - 11:00", "14./15.10.".
    pub(super) fn ranged(&self, i: usize) -> Option<P> {
        // A bare day before a dash and a full date ("5–7 декабря", "14. - 15.10."), or
        // listed before one ("1 и 2 декабря").
        if let Some(p) = RANGED_RULES.first(|f| f(self, i)) {
            return Some(p);
        }
        let a = self.part_after_day(self.core(i)?);
        let sep = self.w(a.end);
        if (sep == "-" || sep == "/" || (sep == "по" && self.allows_po(&a.expr)))
            && !matches!(a.expr, Expr::Duration(_) | Expr::Set(_) | Expr::Ref(_))
        {
            if let Some(p) = self.range_to(&a) {
                return Some(p);
            }
        }
        Some(a)
    }

    /// "5 октября вечером", "в пятницу утром": a day, then the part of it.
    pub(super) fn part_after_day(&self, p: P) -> P {
        let day_like = matches!(
            p.expr,
            Expr::Date {
                day: Some(_),
                time: None,
                ..
            } | Expr::Weekday { time: None, .. }
        );
        let w = self.w(p.end);
        if !day_like || !matches!(w, "утром" | "днем" | "вечером" | "ночью") {
            return p;
        }
        match lx::day_part(w) {
            Some(part) => P::new(
                p.end + 1,
                Expr::DayPart {
                    day: Box::new(p.expr.clone()),
                    part,
                },
            )
            .with_mod(p.modifier)
            .of(&p),
            None => p,
        }
    }

    pub(super) fn allows_po(&self, e: &Expr) -> bool {
        matches!(e, Expr::Date { day: Some(_), .. })
    }

    /// "2010–2012 годы", "1979–1980 годы", "в 1998—2010 годах", "1985—1990".
    pub(super) fn year_range(&self, i: usize) -> Option<P> {
        if let Some((a, b, k)) = self.split_year(i) {
            return Some(P {
                end: k,
                expr: Expr::Interval(Box::new(Expr::year(a)), Box::new(Expr::year(b))),
                modifier: None,
                relation: Relation::At,
                rules: 0,
            });
        }
        let (a, ad) = self.num(i)?;
        if ad != 4 || !self.is_dash(i + 1) {
            return None;
        }
        let b = self.second_year(a, i + 2)?;
        if !(1000..=2999).contains(&a) || b <= a {
            return None;
        }
        let mut k = i + 3;
        if lx::is_year_word(self.w(k)) {
            k = self.dot(k + 1);
        } else if !self.bare_year_ok(i + 2) {
            return None;
        }
        Some(P {
            end: k,
            expr: Expr::Interval(
                Box::new(Expr::year(a as i32)),
                Box::new(Expr::year(b as i32)),
            ),
            modifier: None,
            relation: Relation::Between,
            rules: 0,
        })
    }

    /// The second year of a pair after `a`, in full or by its last two digits ("2024–25").
    pub(super) fn second_year(&self, a: u32, j: usize) -> Option<u32> {
        let (b, digits) = self.num(j)?;
        match digits {
            4 => Some(b),
            2 => Some(a / 100 * 100 + b),
            _ => None,
        }
    }

    /// A year that runs over two calendar years, written with a slash: "2024/2025 учебном
    /// году", "сезоне 2024/25", "2024/25 финансового года". The second year must be the
    /// next one, which tells it from a number ("№ 2024/25" is not one).
    pub(super) fn split_year(&self, i: usize) -> Option<(i32, i32, usize)> {
        let (a, ad) = self.num(i)?;
        if ad != 4
            || !(1000..=2999).contains(&a)
            || !self.is(i + 1, "/")
            || !self.t.glued(i)
            || !self.t.glued(i + 1)
            || (i > 0 && matches!(self.w(i - 1), "№" | "n" | "no" | "номер"))
        {
            return None;
        }
        let b = self.second_year(a, i + 2)?;
        if b != a + 1 || self.is(i + 3, "/") {
            return None;
        }
        let mut k = i + 3;
        if lx::is_year_word(self.w(k)) {
            k = self.dot(k + 1);
        }
        Some((a as i32, b as i32, k))
    }
}

impl G<'_, '_> {
    /// "не позднее 1 марта" (on or before), "не ранее 2025 года" (on or after).
    pub(super) fn not_later(&self, i: usize) -> Option<P> {
        if !matches!(self.w(i + 1), "позже" | "позднее" | "ранее") {
            return None;
        }
        let p = self.core(i + 2)?;
        let (rel, m) = if self.w(i + 1) == "ранее" {
            (Relation::After, Mod::OnOrAfter)
        } else {
            (Relation::Before, Mod::OnOrBefore)
        };
        Some(P {
            relation: rel,
            modifier: Some(m),
            ..p
        })
    }

    /// "после 5 мая", "позднее 2020 года": after a date (not a length).
    pub(super) fn after(&self, i: usize) -> Option<P> {
        let p = self.core(i + 1)?;
        if matches!(p.expr, Expr::Duration(_)) {
            return None;
        }
        Some(P {
            relation: Relation::After,
            modifier: Some(Mod::After),
            ..p
        })
    }

    /// "около 10 часов", "примерно в 1990-е": approximately.
    pub(super) fn approx(&self, i: usize) -> Option<P> {
        let p = self.ranged(i + 1)?;
        Some(P {
            modifier: Some(Mod::Approx),
            ..p
        })
    }
}
