//! Holidays: of every calendar by name (`lx::HOLIDAYS`), and the two said without a
//! lexicon entry's help.

use super::*;

impl G<'_, '_> {
    /// Holidays of every calendar: "в Курбан-байрам", "после Рамадана", "на Хануку",
    /// "Песах 2018 года", "прошлой Пасхи", "китайский Новый год".
    pub(super) fn holiday(&self, i: usize) -> Option<P> {
        let (j, dir) = match self.lex(i).relative {
            Some(r @ -1..=1) => (i + 1, if r == 0 { 1 } else { r as i8 }),
            Some(_) => return None,
            None => (i, 0),
        };
        if !self.t.is_word(j) {
            return None;
        }
        let mut best: Option<(usize, &'static Holiday, &'static [&'static str])> = None;
        for (words, h) in lx::holidays_from(self.w(j)) {
            let mut k = j;
            let mut ok = true;
            for (n, p) in words.iter().enumerate() {
                // "Курбан-байрам", "Рош ха-Шана": a glued hyphen inside a name.
                if n > 0 && self.is_dash(k) && self.t.glued(k - 1) && self.t.glued(k) {
                    k += 1;
                }
                if !lx::holiday_word(p, self.w(k)) {
                    ok = false;
                    break;
                }
                k += 1;
            }
            if ok && best.is_none_or(|(e, _, _)| k > e) {
                best = Some((k, *h, words.as_slice()));
            }
        }
        let (mut e, h, name) = best?;
        // "на майских" is the May holidays, "майских указов" is not.
        if let [word] = name {
            if let Some((_, cases)) = lx::ELLIPTIC_HOLIDAYS.iter().find(|(w, _)| w == word) {
                let after_preposition = i == j
                    && j > 0
                    && matches!(
                        self.w(j - 1),
                        "на" | "в" | "во" | "после" | "до" | "с" | "со"
                    );
                let attribute = self.t.is_word(e) && morph::plural_nominal_in(self.w(e), cases);
                if !after_preposition || attribute {
                    return None;
                }
            }
        }
        let upper = |k: usize| self.t.tokens[k].upper;
        let first = self.w(j);
        // "Тарик Рамадан": a surname after a capitalised word inside the sentence; "праздник
        // весны" is Chinese New Year only when capitalised.
        let after_name = j > 0
            && self.t.is_word(j - 1)
            && upper(j - 1)
            && (self.t.sentence_of(j - 1).is_some_and(|s| s.first < j - 1)
                || morph::person_name(self.w(j - 1)));
        if first.starts_with("рамадан") && after_name {
            return None;
        }
        if first.starts_with("праздник") && !(j + 1..e).any(upper) {
            return None;
        }
        let (mut year, mut year_rel) = (None, None);
        if let Some((spec, k)) = self.year_after(e) {
            match spec {
                YearSpec::Abs(y) => year = Some(y),
                YearSpec::Rel(r) => year_rel = Some(r),
                _ => {}
            }
            if year.is_some() || year_rel.is_some() {
                e = k;
            }
        }
        let dir = if year.is_some() || year_rel.is_some() {
            0
        } else {
            dir
        };
        let day = |rule, offset| Expr::Yearly {
            rule,
            offset,
            year,
            year_rel,
            dir,
        };
        let expr = match h.until {
            Some((rule, u)) => {
                Expr::Interval(Box::new(day(h.rule, h.offset)), Box::new(day(rule, u)))
            }
            None => day(h.rule, h.offset),
        };
        Some(P::new(e, expr))
    }
}

impl G<'_, '_> {
    /// "Новый год", "в Новом году": capitalised, January 1.
    pub(super) fn new_year(&self, i: usize) -> Option<P> {
        (self.w(i + 1).starts_with("год") && self.t.tokens[i].upper)
            .then(|| P::new(i + 2, Expr::Holiday { month: 1, day: 1 }))
    }

    /// "Рождество", "к Рождеству": Orthodox Christmas, January 7.
    pub(super) fn christmas(&self, i: usize) -> Option<P> {
        Some(P::new(i + 1, Expr::Holiday { month: 1, day: 7 }))
    }

    /// "День Победы", "ко Дню победы": May 9.
    pub(super) fn victory_day(&self, i: usize) -> Option<P> {
        (self.t.tokens[i].upper && self.w(i + 1).starts_with("побед"))
            .then(|| P::new(i + 2, Expr::Holiday { month: 5, day: 9 }))
    }
}
