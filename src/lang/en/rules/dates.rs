//! Calendar dates: "March 3, 2015", "3 March", "3/5/2015", "2018Q4", years ("1990",
//! "fiscal 98", "'98"), decades, centuries, quarters and halves, seasons, weekdays, "the
//! third Monday of May", report years ("the year ended Sept. 30").

use super::*;
use crate::time::compose::two_digit_year;

impl G<'_, '_> {
    /// A day of month: "3", "3rd", "third", "twenty-first".
    pub(super) fn day_num(&self, i: usize) -> Option<(usize, u8)> {
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

    /// A year in words, as transcripts write it: "nineteen ninety-four", "two thousand ten".
    pub(super) fn spelled_year(&self, i: usize) -> Option<(usize, i32)> {
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
    pub(super) fn year_num(&self, i: usize) -> Option<(usize, i32)> {
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
        // "1990,5", "1990.5": a number goes on; "1965, 3,500 Marines" is a year and a count.
        if self.glued(i)
            && matches!(self.w(i + 1), "," | "." | ":" | "/")
            && self.glued(i + 1)
            && self.t.is_num(i + 2)
        {
            return None;
        }
        Some((i + 1, n as i32))
    }

    /// An era at `i`: "AD", "CE", "A.D.", "BC", "BCE", "B.C.": (end, is BC).
    pub(super) fn era(&self, i: usize) -> Option<(usize, bool)> {
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
    pub(super) fn month_at(&self, i: usize) -> Option<(usize, u8, bool)> {
        let (m, abbrev) = lx::month(self.w(i))?;
        let mut e = i + 1;
        if abbrev && self.w(e) == "." && self.glued(i) {
            e += 1;
        }
        Some((e, m, abbrev))
    }

    /// "May"/"March" without numbers: only where a month is expected.
    pub(super) fn month_alone_ok(&self, i: usize, m: u8, abbrev: bool) -> bool {
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
    pub(super) fn date_md(&self, i: usize) -> Option<Hit> {
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
                year = Some(two_digit_year(y as u32));
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
            if year.is_none() {
                if let Some((ye, expr)) = self.of_year(k, Some(m), Some(d)) {
                    return hit(ye, expr);
                }
            }
            return hit(k, date(year, Some(m), Some(d)));
        }
        if let Some((ye, expr)) = self.of_year(e, Some(m), None) {
            return hit(ye, expr);
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

    /// "of that year", "of the same year" (the year in focus), "of this/last/next year"
    /// after a month or day at `k`: the date in that year.
    fn of_year(&self, k: usize, month: Option<u8>, day: Option<u8>) -> Option<(usize, Expr)> {
        if self.w(k) != "of" {
            return None;
        }
        let (end, focus, rel) = match (self.w(k + 1), self.w(k + 2), self.w(k + 3)) {
            ("that", "year", _) => (k + 3, true, None),
            ("the", "same", "year") => (k + 4, true, None),
            (w @ ("this" | "last" | "next"), "year", _) => (k + 3, false, rel_word(w)),
            _ => return None,
        };
        Some((
            end,
            Expr::Date {
                year: None,
                year_rel: rel,
                year_focus: focus,
                month,
                day,
                time: None,
            },
        ))
    }

    /// "3 March 2015", "3rd of March", "the 3rd of March".
    pub(super) fn date_dm(&self, i: usize) -> Option<Hit> {
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
                2 => two_digit_year(y as u32),
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
            year = Some(two_digit_year(y as u32));
            e = k2 + 1;
        }
        // "the 3rd of March" keeps "the"; a bare "3 May" needs a real month reading.
        if m == 5 && year.is_none() && matches!(self.w(me), "be" | "have" | "not") {
            return None;
        }
        hit(e, date(year, Some(m), Some(d)))
    }

    /// ISO "2015-03-15", "2015/03/15", US "3/15/2015", "3/15/15", "on 3/15".
    pub(super) fn numeric_date(&self, i: usize) -> Option<Hit> {
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
                let y = if lc == 2 { two_digit_year(c) } else { c as i32 };
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
                // "2015-03" year-month (not "1990-95": handled as a range when b > 12). In
                // prose the next year's two digits make a range: "in 2007-08", "the 2008-09
                // season", "fiscal 2011-12"; an ISO month stands alone.
                let next_year = b == (a + 1) % 100 && !self.alone(i, i + 3);
                if self.year_num(i).is_some()
                    && a >= 1900
                    && (1..=12).contains(&b)
                    && !self.t.is_word(i + 3)
                    && !next_year
                {
                    return hit(i + 3, date(Some(a as i32), Some(b as u8), None));
                }
                None
            }
            _ => None,
        }
    }

    /// "2-15", "2 / 15", "2 - 15" said alone: month and day (in prose a score or a range).
    pub(super) fn loose_md(&self, i: usize) -> Option<Hit> {
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
    pub(super) fn in_url(&self, i: usize) -> bool {
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
    pub(super) fn year(&self, i: usize) -> Option<Hit> {
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
                return hit(j + 1, Expr::year(two_digit_year(n as u32)));
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
            return hit(i + 2, Expr::year(two_digit_year(n as u32)));
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

    pub(super) fn month_before(&self, i: usize) -> bool {
        i >= 2 && lx::month(self.w(i - 2)).is_some()
    }

    /// "the 1990s", "1990s", "the '90s", "the nineties".
    pub(super) fn decade(&self, i: usize) -> Option<Hit> {
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
    pub(super) fn century(&self, i: usize) -> Option<Hit> {
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
    pub(super) fn year_part(&self, i: usize) -> Option<Hit> {
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
            let mut of_rel = None;
            if let Some((ye, yy)) = self.year_num(k) {
                y = Some(yy);
                e = ye;
            } else if k > e
                && y.is_none()
                && year_rel.is_none()
                && rw.is_none()
                && matches!(self.w(k), "this" | "last" | "next")
                && self.w(k + 1) == "year"
            {
                // "the spring of next year"
                of_rel = rel_word(self.w(k));
                e = k + 2;
            }
            if y.is_none() && year_rel.is_none() && rw.is_none() && of_rel.is_none() {
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
                    && matches!(
                        prev,
                        "in" | "during"
                            | "by"
                            | "until"
                            | "since"
                            | "through"
                            | "throughout"
                            | "over"
                            | "for"
                    ))
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
                    year_rel: year_rel.or(of_rel).or(if y.is_none() {
                        rw.filter(|&r| r == 0 || self.w(j) == "last")
                    } else {
                        None
                    }),
                    part: YearPart::Season(s),
                },
            );
        }
        // Quarters and halves.
        // "last quarter" is relative, but "the last (latter) half of 1989" is the second half.
        let last_of = matches!(self.w(j), "last" | "latter")
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
    pub(super) fn quarter_ended(&self, j: usize) -> Option<(Option<i32>, u8)> {
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
    pub(super) fn report_year(&self, i: usize) -> Option<Hit> {
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

    /// A weekday alone: resolved by tense ("said Friday" is the past Friday).
    pub(super) fn weekday(&self, i: usize) -> Option<Hit> {
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

    /// A day of the month said alone: "on the 15th", "Thu 15th", "Tuesday the 19th"; "the
    /// 24", "the 1st", "on the first" only as a whole phrase (in prose: "the 24 members").
    pub(super) fn day_of_month(&self, i: usize) -> Option<Hit> {
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
    pub(super) fn nth_of_month(&self, i: usize) -> Option<Hit> {
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
}
