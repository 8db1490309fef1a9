//! Holidays by name ("Christmas", "Thanksgiving", "Eid al-Fitr", "next Easter").

use super::*;

impl G<'_, '_> {
    /// A holiday name at `i`: (end, holiday), the longest that matches.
    pub(super) fn holiday_name(&self, i: usize) -> Option<(usize, &'static lx::Holiday)> {
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
    pub(super) fn holiday(&self, i: usize) -> Option<Hit> {
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
