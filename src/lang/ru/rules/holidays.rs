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
    /// "Новый год", "в Новом году": capitalised, January 1. Lower-case after a marker of a
    /// deadline or an edge ("до нового года", "к новому году", "после нового года"): the
    /// holiday too, where "в начале нового года" is the year.
    pub(super) fn new_year(&self, i: usize) -> Option<P> {
        let edge = i > 0
            && matches!(
                self.w(i - 1),
                "до" | "к" | "ко" | "перед" | "накануне" | "после" | "под"
            );
        (self.w(i + 1).starts_with("год") && (self.t.tokens[i].upper || edge))
            .then(|| P::new(i + 2, Expr::Holiday { month: 1, day: 1 }))
    }

    /// "Рождество", "к Рождеству": Orthodox Christmas, January 7, until `christmas_west`
    /// reads the text. "в рождественскую ночь" is the night before it (as "в ночь на 7
    /// января", the day it ends in), "рождественский сочельник" or "в сочельник" its eve;
    /// the Epiphany eve is "крещенский сочельник" (January 18).
    pub(super) fn christmas(&self, i: usize) -> Option<P> {
        let w = self.w(i);
        let holiday = |day| Expr::Holiday { month: 1, day };
        if w.starts_with("рождество") || matches!(w, "рождества" | "рождеству")
        {
            return Some(P::new(i + 1, holiday(7)));
        }
        let eve = |k: usize| self.w(k).starts_with("сочельник");
        if eve(i) {
            let epiphany = i > 0 && self.w(i - 1).starts_with("крещенск");
            return (!epiphany).then(|| P::new(i + 1, holiday(6)));
        }
        let w1 = self.w(i + 1);
        if eve(i + 1) {
            return Some(P::new(i + 2, holiday(6)));
        }
        if matches!(w1, "ночь" | "ночью" | "ночи") {
            let night = Expr::DayPart {
                day: Box::new(holiday(7)),
                part: DayPart::Night,
            };
            return Some(P::new(i + 2, night));
        }
        None
    }

    /// "День Победы", "ко Дню победы": May 9.
    pub(super) fn victory_day(&self, i: usize) -> Option<P> {
        (self.t.tokens[i].upper && self.w(i + 1).starts_with("побед"))
            .then(|| P::new(i + 2, Expr::Holiday { month: 5, day: 9 }))
    }
}

/// Words that place a text in the West or in the Orthodox world, by stem.
const WEST: &[&str] = &[
    "католи",
    "протестант",
    "ватикан",
    "римск",
    "западн",
    "итали",
    "австри",
    "германи",
    "франци",
    "испани",
    "британи",
    "великобритани",
    "англи",
    "ирланди",
    "швеци",
    "норвеги",
    "финлянди",
    "нидерланд",
    "голланди",
    "бельги",
    "швейцари",
    "польш",
    "сша",
    "америк",
    "канад",
    "австрали",
    "европ",
    "евросоюз",
    "лондон",
    "париж",
    "берлин",
    "мадрид",
    "вашингтон",
    "нью-йорк",
];
const ORTHODOX: &[&str] = &[
    "православ",
    "рпц",
    "патриарх",
    "росси",
    "москв",
    "кремл",
    "белорус",
    "беларус",
    "серби",
    "грузи",
    "юлианск",
];

/// (western, orthodox) cue counts over tokens `a..b`.
fn christmas_cues(text: &Text, a: usize, b: usize) -> (usize, usize) {
    let mut n = (0, 0);
    for k in a..b.min(text.len()) {
        if !text.is_word(k) {
            continue;
        }
        let w = text.norm(k);
        if WEST.iter().any(|s| w.starts_with(s)) {
            n.0 += 1;
        } else if ORTHODOX.iter().any(|s| w.starts_with(s)) {
            n.1 += 1;
        }
    }
    n
}

/// Christmas is 7 January where a Russian text is about Orthodox Russia, 25 December where
/// it is about Catholic or Protestant countries ("Италия объявила локдаун на период
/// Рождества"). The word before decides ("католическое Рождество"), else the sentence when
/// it names more places of one side, else the whole text; a tie keeps 7 January.
pub(super) fn christmas_west(text: &Text, mentions: &mut [Mention]) {
    let mut whole = None;
    for m in mentions.iter_mut() {
        // The holiday may be inside a marker ("после Рождества") or a night ("в
        // рождественскую ночь").
        let Some(at) = (m.first..m.last).find(|&k| {
            let w = text.norm(k);
            w.starts_with("рождеств") || w.starts_with("сочельник")
        }) else {
            continue;
        };
        let Some(day) = orthodox_christmas(&mut m.expr) else {
            continue;
        };
        let before = at
            .checked_sub(1)
            .filter(|&k| text.is_word(k))
            .map(|k| text.norm(k));
        let (w, o) = match before {
            Some(b) if b.starts_with("католич") || b.starts_with("западн") => (1, 0),
            Some(b) if b.starts_with("православ") => (0, 1),
            _ => {
                let s = text.sentence_of(m.first);
                let (w, o) = s.map_or((0, 0), |s| christmas_cues(text, s.first, s.last));
                if w != o {
                    (w, o)
                } else {
                    *whole.get_or_insert_with(|| christmas_cues(text, 0, text.len()))
                }
            }
        };
        if w > o {
            // The eve (6 January) moves with the feast: 24 December.
            *day = Expr::Holiday {
                month: 12,
                day: if *day == (Expr::Holiday { month: 1, day: 6 }) {
                    24
                } else {
                    25
                },
            };
        }
    }
}

/// The Orthodox Christmas or its eve in `e`, by itself or as the day of a night.
fn orthodox_christmas(e: &mut Expr) -> Option<&mut Expr> {
    match e {
        Expr::Holiday {
            month: 1,
            day: 6 | 7,
        } => Some(e),
        Expr::DayPart { day, .. } => orthodox_christmas(day),
        _ => None,
    }
}
