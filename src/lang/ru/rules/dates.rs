//! Calendar dates: day and month ("5 декабря", "05.12.2024", "пятница, 6 декабря"), years
//! ("в 2010 году", "2024/25"), decades, centuries, quarters and halves, seasons, weekdays,
//! "первое воскресенье месяца".

use super::*;

/// A year as said after a day and month.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub(super) enum YearSpec {
    #[default]
    None,
    Abs(i32),
    Rel(i32),
    Focus,
}

impl YearSpec {
    pub(super) fn parts(self) -> (Option<i32>, Option<i32>, bool) {
        match self {
            YearSpec::None => (None, None, false),
            YearSpec::Abs(y) => (Some(y), None, false),
            YearSpec::Rel(r) => (None, Some(r), false),
            YearSpec::Focus => (None, None, true),
        }
    }
}

#[derive(Default)]
pub(super) struct DateB {
    pub(super) year: YearSpec,
    pub(super) month: Option<u8>,
    pub(super) day: Option<u8>,
    pub(super) time: Option<Clock>,
}

impl DateB {
    pub(super) fn build(self) -> Expr {
        let (year, year_rel, year_focus) = self.year.parts();
        Expr::Date {
            year,
            year_rel,
            year_focus,
            month: self.month,
            day: self.day,
            time: self.time,
        }
    }
}

pub(super) use crate::time::compose::two_digit_year;

impl G<'_, '_> {
    // ---------------------------------------------------------------- days and months

    /// A day of month: "3", "03", "18-е", "18-го", "третьего", "двадцать четвертое".
    pub(super) fn day_num(&self, i: usize) -> Option<(u8, usize)> {
        if let Some((v, digits)) = self.num(i) {
            if !(1..=31).contains(&v) || digits > 2 {
                return None;
            }
            let mut k = i + 1;
            if self.is_dash(k)
                && self.t.glued(i)
                && self.t.glued(k)
                && matches!(
                    self.w(k + 1),
                    "е" | "го" | "ое" | "ого" | "его" | "ье" | "й" | "м" | "ой" | "ому" | "ем"
                )
            {
                k += 2;
            }
            return Some((v as u8, k));
        }
        let w = self.w(i);
        let tens = match w {
            "двадцать" => 20,
            "тридцать" => 30,
            _ => 0,
        };
        if tens > 0 {
            let o = lx::ordinal(self.w(i + 1))?;
            if (1..=9).contains(&o) && tens + o <= 31 {
                return Some(((tens + o) as u8, i + 2));
            }
            return None;
        }
        let o = self.lex(i).ordinal?;
        (1..=31).contains(&o).then_some((o as u8, i + 1))
    }

    /// A month word at `i` (an abbreviation may take a glued dot).
    pub(super) fn month_at(&self, i: usize) -> Option<(u8, bool, usize)> {
        let (m, abbr) = lx::month(self.w(i))?;
        let k = if abbr { self.dot(i + 1) } else { i + 1 };
        Some((m, abbr, k))
    }

    /// What follows a day and month: a year ("2015", "2015 г.", "2015 года", "в 1989 году",
    /// "т.г.", "текущего года", "того же года"), or nothing.
    pub(super) fn year_after(&self, i: usize) -> Option<(YearSpec, usize)> {
        if let Some((y, k)) = self.year_number(i, true) {
            return Some((YearSpec::Abs(y), k));
        }
        // "14 декабря в 1989 году"
        if self.is(i, "в") {
            if let Some((y, k)) = self.year_number(i + 1, false) {
                if k > i + 2 {
                    return Some((YearSpec::Abs(y), k));
                }
            }
        }
        // Two-digit year before a clock time: "2 Декабрь 95 11:15".
        if let Some((v, 2)) = self.num(i) {
            if self.clock(i + 1).is_some() {
                return Some((YearSpec::Abs(two_digit_year(v)), i + 1));
            }
        }
        self.year_words(i)
    }

    /// A hyphen or slash glued on both sides: "12-августа-2015", "окт-2015", "12/августа".
    fn glued_sep(&self, k: usize) -> bool {
        k > 0 && (self.is_dash(k) || self.is(k, "/")) && self.t.glued(k - 1) && self.t.glued(k)
    }

    /// The year after a month: `year_after`, also glued on by a hyphen or slash ("окт-2015")
    /// and, after an abbreviated month, in two digits ("сен 97", "05 сен 97").
    fn year_after_month(&self, k: usize, abbr: bool) -> Option<(YearSpec, usize)> {
        if self.glued_sep(k) {
            if let Some((y, 4)) = self.num(k + 1).filter(|(y, _)| (1000..=2999).contains(y)) {
                return Some((YearSpec::Abs(y as i32), k + 2));
            }
        }
        if let Some(r) = self.year_after(k) {
            return Some(r);
        }
        match self.num(k) {
            Some((v, 2)) if abbr && !self.t.is_word(k + 1) && !self.t.is_num(k + 1) => {
                Some((YearSpec::Abs(two_digit_year(v)), k + 1))
            }
            _ => None,
        }
    }

    /// "т.г.", "с.г.", "текущего года", "прошлого года", "того же года".
    pub(super) fn year_words(&self, i: usize) -> Option<(YearSpec, usize)> {
        let w = self.w(i);
        if matches!(w, "т" | "с") && self.is(i + 1, ".") && self.is(i + 2, "г") {
            return Some((YearSpec::Rel(0), self.dot(i + 3)));
        }
        if matches!(w, "тг") {
            return Some((YearSpec::Rel(0), self.dot(i + 1)));
        }
        if matches!(w, "того" | "этого") && self.is(i + 1, "же") && self.is(i + 2, "года")
        {
            return Some((YearSpec::Focus, i + 3));
        }
        if self.is(i + 1, "года") {
            if let Some(r) = lx::relative(w) {
                return Some((YearSpec::Rel(r), i + 2));
            }
            if matches!(w, "указанного" | "того") {
                return Some((YearSpec::Focus, i + 2));
            }
        }
        None
    }

    /// A four-digit year with its words: "2010 году", "2009 г.", "2000г", "2018-го",
    /// "1945-й". Without a year word only when `bare` and the context says it is a year.
    pub(super) fn year_number(&self, i: usize, bare: bool) -> Option<(i32, usize)> {
        let (v, digits) = self.num(i)?;
        if digits != 4 || !(1000..=2999).contains(&v) {
            return self.early_year(i);
        }
        if let Some((y, k)) = self.early_year(i).filter(|&(y, _)| y <= 0) {
            return Some((y, k));
        }
        let y = v as i32;
        let mut k = i + 1;
        // "2018-го", "2018-м", "1945-й"
        if self.is_dash(k)
            && self.t.glued(i)
            && self.t.glued(k)
            && matches!(
                self.w(k + 1),
                "го" | "м" | "й" | "ом" | "ый" | "ого" | "му" | "ому"
            )
        {
            return Some((y, k + 2));
        }
        if lx::is_year_word(self.w(k)) {
            let short = matches!(self.w(k), "г" | "гг");
            k += 1;
            if short {
                k = self.dot(k);
            }
            return Some((y, k));
        }
        if bare && self.bare_year_ok(i) {
            return Some((y, k));
        }
        None
    }

    /// A year before 1000 or before the era, said as one: "в 862 году", "988 г.", "мая 862
    /// года", "в 480 году до н. э." (astronomical: -479), "1200 г. до нашей эры". "года"
    /// alone counts years ("3 года", "в возрасте 61 года"), so it needs a month before it
    /// or an era after it.
    fn early_year(&self, i: usize) -> Option<(i32, usize)> {
        let (v, digits) = self.num(i)?;
        if digits > 4 || v == 0 || v > 2999 || self.t.raw(i).starts_with('0') {
            return None;
        }
        let word = self.w(i + 1);
        let mut k = i + 2;
        let plain = match word {
            "году" => true,
            "г" if self.is(k, ".") => {
                k += 1;
                true
            }
            "года" | "год" => i > 0 && lx::month(self.w(i - 1)).is_some(),
            _ => return None,
        };
        let (bc, end) = match self.era(k) {
            Some((bc, end)) => (bc, end),
            // "на 2 году жизни" counts: a year before 100 needs its era.
            None if plain && (100..1000).contains(&v) => (false, k),
            None => return None,
        };
        let y = if bc {
            crate::time::from_bc(v as i32)
        } else {
            v as i32
        };
        Some((y, end))
    }

    /// An era after a year: "до н. э.", "до нашей эры" (BC: true), "н. э.", "нашей эры".
    fn era(&self, k: usize) -> Option<(bool, usize)> {
        let (bc, k) = if self.is(k, "до") {
            (true, k + 1)
        } else {
            (false, k)
        };
        if self.is(k, "нашей") && self.is(k + 1, "эры") {
            return Some((bc, k + 2));
        }
        if self.is(k, "н") && self.is(k + 1, ".") && self.is(k + 2, "э") {
            return Some((bc, self.dot(k + 3)));
        }
        if self.is(k, "нэ") {
            return Some((bc, self.dot(k + 1)));
        }
        None
    }

    /// A year written without "год": after a month or a preposition, or alone between
    /// punctuation, and not counting something ("в 2010 человек").
    pub(super) fn bare_year_ok(&self, i: usize) -> bool {
        let v = self.num(i).map(|n| n.0).unwrap_or(0);
        if !(1800..=2100).contains(&v) {
            return false;
        }
        // Inside a URL or a code: glued to letters, slashes or dots.
        if i > 0 && self.t.glued(i - 1) && !matches!(self.w(i - 1), "(" | "\"" | "-") {
            return false;
        }
        if self.t.glued(i) && matches!(self.w(i + 1), "/" | "." | "_" | "%" | ",") {
            let decimal = self.t.glued(i + 1) && self.t.is_num(i + 2);
            if !(self.is(i + 1, ",") || self.is(i + 1, ".")) || decimal {
                return false;
            }
        }
        let next = self.w(i + 1);
        if self.t.is_word(i + 1) && !self.t.tokens[i + 1].upper {
            if matches!(next, "и" | "или" | "а" | "но") {
                return true;
            }
            // A noun after the number counts it; a verb or an adverb does not.
            return !morph::is_noun(next);
        }
        true
    }

    /// "3 декабря", "6 Декабря, 02:37", "22 июля 2015 г.", "18-го февраля", "третье марта 2015",
    /// "21 сентября 2021г., вторник", "3 декабря т.г.".
    pub(super) fn day_month(&self, i: usize) -> Option<P> {
        let (d, k) = self.day_num(i)?;
        // "12-августа-2015", "12/августа/2015"
        let k = if self.glued_sep(k) && lx::month(self.w(k + 1)).is_some() {
            k + 1
        } else {
            k
        };
        let (m, abbr, k) = self.month_at(k)?;
        let mut e = DateB {
            day: Some(d),
            month: Some(m),
            ..DateB::default()
        };
        let mut k = k;
        if let Some((y, k2)) = self.year_after_month(k, abbr) {
            e.year = y;
            k = k2;
        }
        let k = self.time_suffix(k, &mut e);
        Some(P::new(self.weekday_suffix(k), e.build()))
    }

    /// "Авг 26, 2015 15:12": month, day, comma, year.
    pub(super) fn month_day_year(&self, i: usize) -> Option<P> {
        let (m, _, k) = self.month_at(i)?;
        let (d, k) = self.day_num(k)?;
        if !self.t.is_num(k - 1) {
            return None;
        }
        let k2 = if self.is(k, ",") { k + 1 } else { k };
        let (y, k3) = self.year_number(k2, true)?;
        let mut e = DateB {
            day: Some(d),
            month: Some(m),
            year: YearSpec::Abs(y),
            ..DateB::default()
        };
        let k = self.time_suffix(k3, &mut e);
        Some(P::new(k, e.build()))
    }

    /// ", вторник" after a date.
    pub(super) fn weekday_suffix(&self, k: usize) -> usize {
        if self.is(k, ",") && lx::weekday(self.w(k + 1)).is_some() && !self.t.is_word(k + 2) {
            return k + 2;
        }
        k
    }

    /// "Среда, 13 февраля", "понедельник, 27 апреля 2020 года", "Пнд, 07 янв. 2019 г. 12:15",
    /// "пятница, 18 июля 2014 7 часов вечера", "Пятница, 18.07.14".
    pub(super) fn weekday_date(&self, i: usize) -> Option<P> {
        lx::weekday(self.w(i))?;
        if self.w(i).starts_with("сред") && !self.weekday_context(i) {
            return None;
        }
        let mut k = self.dot(i + 1);
        if self.is(k, ",") {
            k += 1;
        }
        let p = longest(self.day_month(k), self.numeric_date(k))?;
        Some(p)
    }

    /// "15.02", "15.2", "31.10.1974", "31.10.74", "09.07.2018", "27. 05.99", "2024-12-03",
    /// "10.12.", "8.11.2018, 8:18", "01.04. в 18 часов", "02.11 2020 г.".
    pub(super) fn numeric_date(&self, i: usize) -> Option<P> {
        let (a, ad) = self.num(i)?;
        // ISO: 2024-12-03
        if ad == 4 && self.is_dash(i + 1) && self.t.glued(i) && self.t.glued(i + 1) {
            let (m, md) = self.num(i + 2)?;
            if md == 2 && self.is_dash(i + 3) && self.t.glued(i + 2) && self.t.glued(i + 3) {
                let (d, dd) = self.num(i + 4)?;
                if dd == 2 && (1..=12).contains(&m) && (1..=31).contains(&d) {
                    let mut e = DateB {
                        day: Some(d as u8),
                        month: Some(m as u8),
                        year: YearSpec::Abs(a as i32),
                        ..DateB::default()
                    };
                    let mut k = i + 5;
                    // 2024-12-03T14:00
                    if self.t.glued(i + 4) && self.w(k) == "t" && self.t.glued(k) {
                        if let Some((c, k2)) = self.clock(k + 1) {
                            e.time = Some(c);
                            k = k2;
                        }
                    } else {
                        k = self.time_suffix(k, &mut e);
                    }
                    return Some(P::new(k, e.build()));
                }
            }
            return None;
        }
        if ad > 2 || !(1..=31).contains(&a) {
            return None;
        }
        let sep = self.w(i + 1);
        if !matches!(sep, "." | "/") || !self.t.glued(i) {
            return None;
        }
        let (m, md) = self.num(i + 2)?;
        if md > 2 || !(1..=12).contains(&m) {
            return None;
        }
        let mut k = i + 3;
        let mut year = YearSpec::None;
        if self.is(k, sep) && self.t.glued(i + 2) {
            if let Some((y, yd)) = self.num(k + 1) {
                if self.t.glued(k) && (yd == 4 || yd == 2) {
                    year = YearSpec::Abs(if yd == 2 { two_digit_year(y) } else { y as i32 });
                    k += 2;
                    // "2009 г."
                    if matches!(self.w(k), "г" | "года" | "году") {
                        k = self.dot(k + 1);
                    }
                } else {
                    k += 1; // "10.12."
                }
            } else {
                k += 1;
            }
        } else {
            // Without a year, "20.3" is more often an article or a version than a date:
            // both parts need two digits ("15.02"), and no percent or unit may follow.
            if ad < 2 || md < 2 {
                return None;
            }
            if matches!(
                self.w(k),
                "%" | "млн" | "млрд" | "тыс" | "раза" | "процента"
            ) {
                return None;
            }
            // "от 02.11 2020 г.": the year after a space, said as one ("г.", "года").
            if let Some((y, k2)) = self.year_number(k, false) {
                if (1000..=2999).contains(&y) {
                    year = YearSpec::Abs(y);
                    k = k2;
                }
            }
        }
        // "27. 05.99": the first dot may be followed by a space.
        let mut e = DateB {
            day: Some(a as u8),
            month: Some(m as u8),
            year,
            ..DateB::default()
        };
        let k = self.time_suffix(k, &mut e);
        Some(P::new(k, e.build()))
    }

    /// "ноябре 2014 г.", "Октябрь 2014", "май 2017 г.", "марте текущего года", "март".
    pub(super) fn month_year(&self, i: usize) -> Option<P> {
        // "33 августа" is a typo, not August.
        if i > 0
            && self
                .num(i - 1)
                .is_some_and(|(v, d)| d <= 2 && !(1..=31).contains(&v))
        {
            return None;
        }
        let (m, abbr, k) = self.month_at(i)?;
        let mut e = DateB {
            month: Some(m),
            ..DateB::default()
        };
        if let Some((y, k2)) = self.year_after_month(k, abbr) {
            e.year = y;
            return Some(P::new(k2, e.build()));
        }
        // "в ноябре-декабре": let the range take the second month.
        if abbr {
            return None;
        }
        // A lone genitive month ("марта") is usually part of a date we failed to read.
        Some(P::new(k, e.build()))
    }

    /// The first months of a year, as statistics report them: "9 месяцев 2024 года",
    /// "за первые десять месяцев текущего года" are January to September or October, not
    /// a duration. Only with a year in the genitive: "через 9 месяцев" stays a duration.
    pub(super) fn months_of_year(&self, i: usize) -> Option<P> {
        let j = if matches!(self.w(i), "первые" | "первых") {
            i + 1
        } else {
            i
        };
        let n = match self.num(j) {
            Some((v, _)) => v,
            None => {
                let c = self.lex(j).cardinal?;
                if c.fract() != 0.0 {
                    return None;
                }
                c as u32
            }
        };
        if !(2..=11).contains(&n) || !matches!(self.w(j + 1), "месяцев" | "месяца" | "месяцах")
        {
            return None;
        }
        let k = j + 2;
        let (year, end) = match self.year_number(k, true) {
            Some((y, e)) if !matches!(self.w(e - 1), "году" | "год") => {
                (YearSpec::Abs(y), e)
            }
            Some(_) => return None,
            None => self.year_words(k)?,
        };
        let month = |m: u8| {
            DateB {
                year,
                month: Some(m),
                ..DateB::default()
            }
            .build()
        };
        Some(P::new(
            end,
            Expr::Interval(Box::new(month(1)), Box::new(month(n as u8))),
        ))
    }

    // ---------------------------------------------------------------- years and longer

    /// "1975 года", "в 2010 году", "2009 г.", "2018-м", "2019 год", "год 2000", "2010".
    pub(super) fn year(&self, i: usize) -> Option<P> {
        let (y, k) = self.year_number(i, true)?;
        Some(P::new(k, Expr::year(y)))
    }

    /// "1990-х", "1990-е годы", "90-х годов", "2000-х".
    pub(super) fn decade(&self, i: usize) -> Option<P> {
        let (v, d) = self.num(i)?;
        if v % 10 != 0 || !(d == 4 || d == 2) {
            return None;
        }
        if !(self.is_dash(i + 1) && self.t.glued(i) && self.t.glued(i + 1)) {
            return None;
        }
        if !matches!(
            self.w(i + 2),
            "х" | "е" | "ые" | "ых" | "ми" | "м" | "ым" | "ыми"
        ) {
            return None;
        }
        // "в 20-х числах" are days (`part_of_month`).
        if self.w(i + 3).starts_with("числ") {
            return None;
        }
        let year = if d == 2 { 1900 + v } else { v };
        let mut k = i + 3;
        if lx::is_year_word(self.w(k)) {
            k = self.dot(k + 1);
        }
        if d == 2 {
            // "90-х годов XIX века": the tens of that century.
            if let Some((c, k2)) = self.century_after(k) {
                return Some(P::new(k2, Expr::Decade(c * 10 + v as i32 / 10)));
            }
        }
        Some(P::new(k, Expr::Decade(year as i32 / 10)))
    }

    /// "в девяностые годы", "девяностых годов двадцатого века" (199), "в нулевые",
    /// "в двухтысячных" (200): a decade in words, of the 20th century unless one is said.
    pub(super) fn decade_words(&self, i: usize) -> Option<P> {
        let w = self.w(i);
        if !["ые", "ых", "ым", "ыми"].iter().any(|e| w.ends_with(e)) {
            return None;
        }
        let (base, tens) = if w.starts_with("нулев") || w.starts_with("двухтысячн") {
            (200, 0)
        } else {
            match lx::ordinal(w)? {
                t @ (20 | 30 | 40 | 50 | 60 | 70 | 80 | 90) => (190, t as i32 / 10),
                _ => return None,
            }
        };
        let mut k = i + 1;
        let years = lx::is_year_word(self.w(k)) && !self.is(k, "г");
        if years {
            k += 1;
        }
        // Without "годы", only where a time is said: "в девяностые", "конца девяностых",
        // not "двадцатые числа" or "сороковые широты".
        let said = i > 0
            && matches!(
                self.w(i - 1),
                "в" | "во"
                    | "из"
                    | "с"
                    | "со"
                    | "до"
                    | "к"
                    | "по"
                    | "конце"
                    | "начале"
                    | "середине"
                    | "конца"
                    | "начала"
                    | "середины"
                    | "лихие"
                    | "лихих"
            );
        if !(years || said && !self.t.is_word(k) || said && self.century_after(k).is_some()) {
            return None;
        }
        if let Some((c, k2)) = self.century_after(k).filter(|_| base == 190) {
            return Some(P::new(k2, Expr::Decade(c * 10 + tens)));
        }
        Some(P::new(k, Expr::Decade(base + tens)))
    }

    /// "двадцатого века", "XIX века" after a decade: the century, counted from 0.
    fn century_after(&self, k: usize) -> Option<(i32, usize)> {
        let p = self.century(k)?;
        match p.expr {
            // A century before the era has no decades in words here.
            Expr::Century(c) if c >= 0 => Some((c, p.end)),
            _ => None,
        }
    }

    /// "XX века", "XXI век", "20 века", "двадцатого века", "V век до н. э.".
    pub(super) fn century(&self, i: usize) -> Option<P> {
        let n = if let Some((v, d)) = self.num(i) {
            if d > 2 {
                return None;
            }
            v as i32
        } else if let Some(r) = lx::roman(self.t.raw(i)) {
            r
        } else {
            lx::ordinal(self.w(i))? as i32
        };
        let mut k = i + 1;
        if self.is_dash(k) && self.t.glued(i) {
            k += 2; // "20-го века"
        }
        if !matches!(self.w(k), "век" | "века" | "веке" | "веку" | "веком" | "в")
        {
            return None;
        }
        if self.is(k, "в") {
            // "XX в." needs its dot.
            if !self.is(k + 1, ".") {
                return None;
            }
            k += 1;
        }
        if !(1..=30).contains(&n) {
            return None;
        }
        // "V век до н. э." is the 5th century BC (`BC04`, Point::Century(-5)).
        let end = self.dot(k + 1);
        Some(match self.era(end) {
            Some((true, e)) => P::new(e, Expr::Century(-n)),
            Some((false, e)) => P::new(e, Expr::Century(n - 1)),
            None => P::new(end, Expr::Century(n - 1)),
        })
    }

    /// "в I квартале", "третий квартал", "четвертый квартал 2018", "во второй половине 2018
    /// года", "первое полугодие 2019 года".
    pub(super) fn year_part(&self, i: usize) -> Option<P> {
        let n = lx::ordinal(self.w(i))
            .map(|o| o as i32)
            .or_else(|| lx::roman(self.t.raw(i)))?;
        let w1 = self.w(i + 1);
        let part = match lx::unit(w1) {
            Some(Unit::Quarter) if (1..=4).contains(&n) => YearPart::Quarter(n as u8),
            Some(Unit::Half) if (1..=2).contains(&n) => YearPart::Half(n as u8),
            _ if w1.starts_with("половин") && (1..=2).contains(&n) => {
                YearPart::Half(n as u8)
            }
            _ => return None,
        };
        let half_word = w1.starts_with("половин");
        let k = i + 2;
        let (year, k) = match self.year_after(k) {
            Some(x) => x,
            // "во второй половине года" without a year: the year as for "летом".
            None if half_word && self.is(k, "года") => (YearSpec::None, k + 1),
            // "во второй половине дня" is not a half-year.
            None if half_word => return None,
            None => (YearSpec::None, k),
        };
        let (y, r, _) = year.parts();
        Some(P::new(
            k,
            Expr::YearPart {
                year: y,
                year_rel: r,
                part,
            },
        ))
    }

    /// "весной 2019 года", "летом", "осенью прошлого года", "зима".
    pub(super) fn season(&self, i: usize) -> Option<P> {
        let s = lx::season(self.w(i))?;
        // "лета" is also the genitive of "лет" in "5 лета"? no; but "Лето" in names is rare.
        // "зимой 2024/25 года" is the winter from December 2024.
        let (year, k) = match self.split_year(i + 1) {
            Some((a, _, k)) => (YearSpec::Abs(a), k),
            None => self.year_after(i + 1).unwrap_or((YearSpec::None, i + 1)),
        };
        let (y, r, _) = year.parts();
        Some(P::new(
            k,
            Expr::YearPart {
                year: y,
                year_rel: r,
                part: YearPart::Season(s),
            },
        ))
    }

    /// "осеннее замедление экономики", "зимняя сессия", "весеннего шока": a season adjective
    /// before a noun dates what the noun names to that season (the year as for "осенью").
    /// Not "55-летний" (an age), not a name ("Зимний дворец", «Осенний марафон» inside a
    /// sentence), and not the things that merely belong to a season ("летнее время",
    /// "зимние Олимпийские игры", "летняя резина").
    pub(super) fn season_adjective(&self, i: usize) -> Option<P> {
        let w = self.w(i);
        let (stem, s) = [
            ("зимн", crate::time::Season::Winter),
            ("весенн", crate::time::Season::Spring),
            ("летн", crate::time::Season::Summer),
            ("осенн", crate::time::Season::Autumn),
        ]
        .into_iter()
        .find(|(stem, _)| w.starts_with(stem))?;
        // The soft adjective endings of "зимний".
        const ENDINGS: &[&str] = &[
            "ий", "яя", "ее", "ие", "его", "ей", "ему", "юю", "им", "ими", "их", "ем",
        ];
        if !ENDINGS.contains(&&w[stem.len()..]) {
            return None;
        }
        // "55-летний", "13-ти летний": an age.
        let after_number = |j: usize| self.t.is_num(j) || self.is_dash(j);
        if i > 0 && (after_number(i - 1) || i > 1 && after_number(i - 2) && self.t.glued(i - 2)) {
            return None;
        }
        if !sentence_case_ok(self.t, i) || self.prev_is(i, "\"") {
            return None;
        }
        let noun = self.w(i + 1);
        const NOT_TIMES: &[&str] = &[
            "врем",
            "олимпи",
            "паралимп",
            "игр",
            "вид",
            "резин",
            "шин",
            "одежд",
            "обув",
            "куртк",
            "сад",
            "дворц",
            "дворец",
            "резиденц",
            "лагер",
            "дач",
            "площадк",
            "веранд",
            "кафе",
            "стадион",
            "меню",
            "коллекц",
            "сорт",
            "пшениц",
            "рожь",
            "ржи",
            "ячмен",
            "кукуруз",
            "солнцестояни",
            "равноденстви",
        ];
        if !self.t.is_word(i + 1)
            || self.t.tokens[i + 1].upper
            || NOT_TIMES.iter().any(|n| noun.starts_with(n))
        {
            return None;
        }
        Some(P::new(
            i + 1,
            Expr::YearPart {
                year: None,
                year_rel: None,
                part: YearPart::Season(s),
            },
        ))
    }

    /// "50-летней годовщины … акта 1975 года", "30-летие независимости, обретенной в 1991
    /// году": the year the anniversary counts from, in the same sentence.
    pub(super) fn anniversary(&self, i: usize) -> Option<P> {
        let (n, _) = self.num(i)?;
        if !(self.is_dash(i + 1) && self.t.glued(i) && self.t.glued(i + 1)) {
            return None;
        }
        let w = self.w(i + 2);
        let mut k = i + 3;
        if w.starts_with("лети") {
            // "50-летие"
        } else if w.starts_with("летн") || matches!(w, "й" | "я" | "ю" | "ей" | "ой") {
            let nx = self.w(k);
            if !(nx.starts_with("годовщин") || nx.starts_with("юбиле")) {
                return None;
            }
            k += 1;
        } else {
            return None;
        }
        let base = self.base_year(i)?;
        Some(P::new(
            k,
            Expr::Anniversary {
                n: n as i32,
                base: Box::new(Expr::year(base)),
            },
        ))
    }

    /// The year an anniversary at token `i` counts from.
    pub(super) fn base_year(&self, i: usize) -> Option<i32> {
        // The counted thing follows the anniversary word as a genitive phrase; its year
        // comes within a few words and before the clause ends.
        let s = self.t.sentence_of(i)?;
        for j in i + 3..s.last.min(i + 16) {
            // "к 30-летию компании, основанной в 1991 году", "…, которую создали в 1991
            // году": a participle or "который" after the comma still describes the thing.
            if self.is(j, ",") && self.describes(j + 1) {
                continue;
            }
            if matches!(self.w(j), "," | ";" | "." | ":" | "(" | ")") {
                break;
            }
            if let Some((y, k)) = self.year_number(j, false) {
                if k > j + 1 {
                    return Some(y);
                }
            }
        }
        None
    }

    /// A word opening a clause that describes the noun before it: "который" in any form,
    /// or a past participle ("основанной", "созданного", "начавшейся").
    fn describes(&self, k: usize) -> bool {
        let w = self.w(k);
        w.starts_with("котор")
            || [
                "нной",
                "нного",
                "нном",
                "нную",
                "нная",
                "нный",
                "вшей",
                "вшего",
                "вшем",
                "вшую",
                "вшая",
                "вшийся",
                "вшейся",
                "вшегося",
                "той",
                "того",
            ]
            .iter()
            .any(|e| w.ends_with(e) && w.chars().count() > 6)
    }

    /// Halves, ten-day thirds ("декады") and first or last days of a month: "во второй
    /// половине декабря" (16–31), "в первой декаде марта" (1–10), "в третьей декаде мая"
    /// (21 to the end), "в первых числах января" (its start), "в последних числах ноября".
    pub(super) fn part_of_month(&self, i: usize) -> Option<P> {
        if let Some(p) = self.tens_of_days(i) {
            return Some(p);
        }
        let w = self.w(i);
        let w1 = self.w(i + 1);
        let (within, end) = self.period(i + 2)?;
        let month = matches!(
            within,
            Expr::Date { month: Some(_), .. }
                | Expr::Rel {
                    unit: Unit::Month,
                    ..
                }
        );
        if !month {
            return None;
        }
        if matches!(w1, "числах" | "числа" | "чисел") {
            let m = match w {
                "первых" | "первые" => Mod::Start,
                "последних" | "последние" => Mod::End,
                _ => return None,
            };
            return Some(P::new(end, within).with_mod(Some(m)));
        }
        let n = self.lex(i).ordinal? as i8;
        let (from, to) = match (w1, n) {
            (h, 1) if h.starts_with("половин") => (1, 15),
            (h, 2) if h.starts_with("половин") => (16, -1),
            (d, 1) if d.starts_with("декад") => (1, 10),
            (d, 2) if d.starts_with("декад") => (11, 20),
            (d, 3) if d.starts_with("декад") => (21, -1),
            _ => return None,
        };
        let day = |n: i8| Expr::NthIn {
            within: Box::new(within.clone()),
            what: NthOf::Day,
            n,
        };
        Some(P::new(
            end,
            Expr::Interval(Box::new(day(from)), Box::new(day(to))),
        ))
    }

    /// "в 20-х числах марта" (20 to the end of March), "в десятых числах мая" (10 to 19),
    /// "в 30-х числах" (30 to the end): the days whose number starts with those tens.
    fn tens_of_days(&self, i: usize) -> Option<P> {
        let (tens, k) = match self.num(i) {
            Some((v, 2)) if self.is_dash(i + 1) && self.t.glued(i) && self.t.glued(i + 1) => {
                if !matches!(self.w(i + 2), "х" | "ых") {
                    return None;
                }
                (v, i + 3)
            }
            Some(_) => return None,
            None => match self.w(i) {
                "десятых" => (10, i + 1),
                "двадцатых" => (20, i + 1),
                "тридцатых" => (30, i + 1),
                _ => return None,
            },
        };
        if !matches!(self.w(k), "числах" | "числа" | "чисел" | "числам") {
            return None;
        }
        let to = match tens {
            10 => 19,
            20 | 30 => -1,
            _ => return None,
        };
        // No month said: this month's.
        let (within, end) = self
            .period(k + 1)
            .filter(|(e, _)| matches!(e, Expr::Date { month: Some(_), .. }))
            .unwrap_or((
                Expr::Rel {
                    unit: Unit::Month,
                    offset: 0,
                },
                k + 1,
            ));
        let day = |n: i8| Expr::NthIn {
            within: Box::new(within.clone()),
            what: NthOf::Day,
            n,
        };
        Some(P::new(
            end,
            Expr::Interval(Box::new(day(tens as i8)), Box::new(day(to))),
        ))
    }

    /// The period at `k` that a part or an n-th day is taken of: a month ("декабря",
    /// "октября 2024 года"), a year, or "месяца"/"года" of the DCT ("этого месяца").
    pub(super) fn period(&self, k: usize) -> Option<(Expr, usize)> {
        let rel = |unit| Expr::Rel { unit, offset: 0 };
        match self.w(k) {
            "месяца" => Some((rel(Unit::Month), k + 1)),
            "года" if !self.t.is_num(k + 1) => Some((rel(Unit::Year), k + 1)),
            _ => {
                let p = self.core(k)?;
                match p.expr {
                    Expr::Date { day: None, .. }
                    | Expr::Rel {
                        unit: Unit::Month | Unit::Year,
                        ..
                    } => Some((p.expr, p.end)),
                    _ => None,
                }
            }
        }
    }

    /// The n-th or last day, weekday, week or weekend of a month or year: "в первую неделю
    /// декабря", "в последний день месяца", "в первые выходные октября", "во второй
    /// вторник ноября 2024 года".
    pub(super) fn nth_in(&self, i: usize) -> Option<P> {
        let w = self.w(i);
        let n: i8 = if w.starts_with("последн") {
            -1
        } else {
            self.lex(i).ordinal.filter(|n| (1..=5).contains(n))? as i8
        };
        let u = self.w(i + 1);
        let what = match u {
            "день" | "дня" | "дне" => NthOf::Day,
            "неделю" | "неделе" | "недели" | "неделя" => NthOf::Week,
            "выходные" | "выходных" => NthOf::Weekend,
            _ => NthOf::Weekday(
                self.lex(i + 1)
                    .weekday
                    .filter(|_| !lx::is_weekday_abbr(u))?,
            ),
        };
        let k = i + 2;
        let (within, end) = self.period(k)?;
        Some(P::new(
            end,
            Expr::NthIn {
                within: Box::new(within),
                what,
                n,
            },
        ))
    }

    /// "понедельник", "в пятницу", "в субботу в 9 часов", "четверг 8:00 GMT".
    pub(super) fn weekday(&self, i: usize) -> Option<P> {
        let wd = lx::weekday(self.w(i))?;
        let abbr = lx::is_weekday_abbr(self.w(i));
        if abbr {
            return None;
        }
        // "окружающей среды" is the environment: a weekday follows a preposition, a comma,
        // or starts the sentence.
        if self.w(i).starts_with("сред") && !self.weekday_context(i) {
            return None;
        }
        // "22:46⏎пятница⏎18 декабря 2020": a weekday alone on a line beside a date line
        // heads a page with that date.
        if let Some(e) = self.heading_date(i) {
            return Some(P::new(i + 1, e));
        }
        // "по вторникам", "по субботам": every such weekday.
        if self.prev_is(i, "по") && (self.w(i).ends_with("ам") || self.w(i).ends_with("ям")) {
            let code = wd.number_from_monday();
            return Some(P::new(i + 1, Expr::Set(format!("XXXX-WXX-{code}"))));
        }
        // "понедельника" in "17:00 понедельника" is fine; "Пятница" as a name is rare.
        let mut k = i + 1;
        let mut week = None;
        // "вторник на следующей неделе"
        if self.is(k, "на") {
            if let Some(r) = lx::relative(self.w(k + 1)) {
                if lx::unit(self.w(k + 2)) == Some(Unit::Week) {
                    week = Some(r);
                    k += 3;
                }
            }
        }
        let mut time = None;
        let mut j = k;
        if matches!(self.w(j), "в" | "около") {
            j += 1;
        }
        if let Some((c, k2)) = self
            .clock(j)
            .or_else(|| if j > k { self.hours(j, true) } else { None })
        {
            time = Some(c);
            k = k2;
        }
        Some(P::new(
            k,
            Expr::Weekday {
                wd,
                dir: 0,
                week,
                time,
            },
        ))
    }

    /// The date on the line before or after token `i`, when `i` fills a line by itself.
    fn heading_date(&self, i: usize) -> Option<Expr> {
        if self.t.len() < self.whole.len() {
            // Digits and month names need no lexicon entries.
            let g = G {
                t: self.whole,
                lex: Vec::new(),
                whole: self.whole,
            };
            return g.heading_date(i);
        }
        let toks = &self.t.tokens;
        let starts_line = |k: usize| k == 0 || toks.get(k).is_some_and(|t| t.newline_before);
        if !starts_line(i) || !(i + 1 >= toks.len() || starts_line(i + 1)) {
            return None;
        }
        let full_date = |p: P| matches!(p.expr, Expr::Date { day: Some(_), .. }).then_some(p);
        let line_date =
            |k: usize| longest(self.day_month(k), self.numeric_date(k)).and_then(full_date);
        if let Some(p) = line_date(i + 1).filter(|p| starts_line(p.end)) {
            return Some(p.expr);
        }
        let mut a = i.checked_sub(1)?;
        while !starts_line(a) {
            a -= 1;
        }
        line_date(a).filter(|p| p.end == i).map(|p| p.expr)
    }

    pub(super) fn weekday_context(&self, i: usize) -> bool {
        i == 0
            || self.t.sentence_of(i).is_some_and(|s| s.first == i)
            || matches!(
                self.w(i - 1),
                "в" | "во"
                    | "на"
                    | "по"
                    | "к"
                    | "ко"
                    | "с"
                    | "со"
                    | "до"
                    | ","
                    | "("
                    | "и"
                    | "или"
                    | "эту"
                    | "эта"
                    | "прошлую"
                    | "следующую"
                    | "ближайшую"
                    | "каждую"
                    // "утром среды", "к утру среды", "в течение среды"
                    | "утром"
                    | "утро"
                    | "утру"
                    | "вечером"
                    | "вечер"
                    | "вечеру"
                    | "днем"
                    | "ночью"
                    | "течение"
            )
            || self.is(i + 1, ",")
    }
}
