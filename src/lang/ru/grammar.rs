//! Russian date grammar: hand-written matchers over tokens, tried at each token, longest
//! match wins. Each `fn` documents the phrases it reads; `tests/corpus_ru.rs` holds one corpus
//! line per rule.

use super::lexicon as lx;
use super::morph;
use crate::lang::Mention;
use crate::text::Text;
use crate::time::holidays::Holiday;
use crate::time::{Clock, DayPart, Expr, Mod, NthOf, RefKind, Relation, Unit, YearPart};

/// A match: tokens `..end`, what they mean, and how an event relates to them.
#[derive(Clone, Debug)]
struct P {
    end: usize,
    expr: Expr,
    modifier: Option<Mod>,
    relation: Relation,
}

impl P {
    fn new(end: usize, expr: Expr) -> P {
        P {
            end,
            expr,
            modifier: None,
            relation: Relation::At,
        }
    }
    /// An interval ending at token `end`.
    fn between(end: usize, expr: Expr) -> P {
        P {
            end,
            expr,
            modifier: None,
            relation: Relation::Between,
        }
    }
    fn with_mod(mut self, m: Option<Mod>) -> P {
        if m.is_some() {
            self.modifier = m;
        }
        self
    }
}

/// Every temporal expression of the text, in order, not overlapping.
pub fn tag(text: &Text) -> Vec<Mention> {
    // What the lexicon says of each word, looked up once: every rule below asks it again.
    // Numbers and punctuation are in no word list.
    let lex = lx::lookup_each((0..text.len()).map(|i| text.is_word(i).then(|| text.norm(i))));
    let g = G { t: text, lex };
    let mut out = Vec::new();
    let mut i = 0;
    while i < text.len() {
        // No expression starts with punctuation (`full` reads words and numbers only).
        if text.kind(i) == Some(crate::text::Kind::Punct) {
            i += 1;
            continue;
        }
        // Most words start nothing: the lexicon knows which may (`may_start`), so the
        // rules are not tried at the others.
        if text.is_word(i)
            && !g.lex[i].starts
            && !(text.tokens[i].upper && lx::roman(text.raw(i)).is_some())
        {
            i += 1;
            continue;
        }
        if let Some(p) = g.full(i) {
            if p.end > i && !g.quoted_name(i, p.end) {
                let end = g.weekday_aside(p.end, &p.expr).unwrap_or(p.end);
                out.push(Mention {
                    first: i,
                    last: end,
                    expr: p.expr,
                    modifier: p.modifier,
                    relation: p.relation,
                });
                i = end;
                continue;
            }
        }
        i += 1;
    }
    out
}

impl G<'_, '_> {
    /// "4 декабря (в среду)": the weekday in brackets after a day restates it and belongs
    /// to the same expression; the end after the bracket.
    fn weekday_aside(&self, k: usize, e: &Expr) -> Option<usize> {
        if !matches!(e, Expr::Date { day: Some(_), .. }) || !self.is(k, "(") {
            return None;
        }
        let mut j = k + 1;
        if matches!(self.w(j), "в" | "во") {
            j += 1;
        }
        self.lex.get(j)?.weekday?;
        self.is(j + 1, ")").then_some(j + 2)
    }
}

struct G<'a, 'b> {
    t: &'a Text<'b>,
    /// `lx::lookup` of each token.
    lex: Vec<lx::Lex>,
}

/// "прошлые", "на этих", "в следующие": the weekend a plural adjective before "выходные" names.
fn weekend_offset(w: &str) -> Option<i32> {
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
fn unit_apart(w: &str) -> Option<Unit> {
    match w {
        "днем" => Some(Unit::Day),
        "неделей" => Some(Unit::Week),
        "месяцем" => Some(Unit::Month),
        "годом" => Some(Unit::Year),
        "часом" => Some(Unit::Hour),
        _ => None,
    }
}

/// The words `full` and `words` test at their first token, beyond what the lexicon says.
/// A rule reading a new first word must add it here (the corpus tests fail otherwise).
const FIRST_WORDS: &[&str] = &[
    // full: ranges, open intervals, modifiers
    "с",
    "со",
    "от",
    "до",
    "по",
    "не",
    "после",
    "позже",
    "позднее",
    "около",
    "примерно",
    "приблизительно",
    "порядка",
    "почти",
    "ориентировочно",
    // core: day numbers and clock phrases
    "двадцать",
    "тридцать",
    "без",
    "половине",
    "половина",
    "четверть",
    // words
    "сейчас",
    "ныне",
    "нынче",
    "настоящее",
    "настоящий",
    "данный",
    "наши",
    "сегодняшний",
    "недавно",
    "недавнего",
    "последнее",
    "прошлом",
    "будущем",
    "ближайшее",
    "ближайшем",
    "скором",
    "накануне",
    "первой",
    "второй",
    "полдень",
    "полночь",
    "утром",
    "днем",
    "вечером",
    "ночью",
    "днях",
    "ежегодно",
    "ежедневно",
    "еженедельно",
    "ежемесячно",
    "ежеквартально",
    "каждый",
    "каждую",
    "каждое",
    "каждые",
    "каждого",
    "каждой",
    "каждых",
    "сегодняшнего",
    "сегодняшнему",
    "сегодняшнем",
    "день",
    "год",
    "неделю",
    "месяц",
    "сутки",
    "указанном",
    "указанный",
    "том",
    "тот",
    "той",
    "ту",
    "того",
    "этот",
    "этом",
    "этой",
    "следующий",
    "другой",
    "годом",
    "через",
    "раз",
    "спустя",
    "последний",
    "последнюю",
    "последнего",
    "последние",
    "последних",
    "ближайшие",
    "ближайших",
    "следующие",
    "предстоящие",
    "начале",
    "начала",
    "начало",
    "середине",
    "середины",
    "конце",
    "конца",
    "конец",
    "концу",
    "исходе",
    "ночь",
    "новый",
    "нового",
    "новому",
    "новым",
    "новом",
    "рождество",
    "рождества",
    "рождеству",
    "рождеством",
    "дня",
    "дню",
    "выходные",
    "выходных",
];

/// Whether some context lets an expression start at word form `w` (lexicon entry `x`, its
/// `starts` not yet set): an entry in a word list, a rule's first word, a holiday name's
/// first word. Roman numerals depend on the written case and are checked apart.
pub(super) fn may_start(w: &str, x: &lx::Lex) -> bool {
    static FIRST: std::sync::LazyLock<rustc_hash::FxHashSet<&str>> =
        std::sync::LazyLock::new(|| FIRST_WORDS.iter().copied().collect());
    x.ordinal.is_some()
        || x.weekday.is_some()
        || x.month.is_some()
        || x.relative.is_some()
        || x.season.is_some()
        || x.deictic_day.is_some()
        || x.cardinal.is_some()
        || x.vague
        || x.unit.is_some()
        || x.day_part.is_some()
        || w.starts_with("последн")
        || w.starts_with("пол")
        || FIRST.contains(w)
        || weekend_offset(w).is_some()
        || unit_apart(w).is_some()
        || lx::holidays_from(w)
            .iter()
            .any(|(words, _)| lx::holiday_word(words[0], w))
}

fn longest(a: Option<P>, b: Option<P>) -> Option<P> {
    match (a, b) {
        (Some(x), Some(y)) => Some(if y.end > x.end { y } else { x }),
        (x, None) => x,
        (None, y) => y,
    }
}

fn sentence_case_ok(t: &Text, i: usize) -> bool {
    // A capitalized deictic word inside a sentence is a name («Сегодня», газета «Завтра»).
    let tok = &t.tokens[i];
    if !tok.upper {
        return true;
    }
    let first_of_sentence = t.sentence_of(i).is_some_and(|s| s.first == i);
    let after_quote = i > 0 && t.is(i - 1, "\"");
    first_of_sentence && !after_quote
        || (i > 0 && matches!(t.norm(i - 1), "." | "!" | "?" | "-" | ":" | "\n"))
}

impl G<'_, '_> {
    fn w(&self, i: usize) -> &str {
        self.t.norm(i)
    }

    /// The lexicon's entry for token `i` (nothing past the end).
    fn lex(&self, i: usize) -> &lx::Lex {
        self.lex.get(i).unwrap_or(&lx::Lex::NONE)
    }

    fn is(&self, i: usize, s: &str) -> bool {
        self.t.norm(i) == s
    }

    fn is_dash(&self, i: usize) -> bool {
        self.t.norm(i) == "-"
    }

    /// A number token's value and digit count.
    fn num(&self, i: usize) -> Option<(u32, usize)> {
        if !self.t.is_num(i) {
            return None;
        }
        let s = self.w(i);
        if s.len() > 9 {
            return None;
        }
        // A number token is ASCII digits only, and nine of them fit a u32: `s.parse()`
        // without its sign and overflow checks.
        let v = s.bytes().fold(0u32, |n, d| n * 10 + (d - b'0') as u32);
        Some((v, s.len()))
    }

    /// Skip a "." glued to token `i-1`.
    fn dot(&self, i: usize) -> usize {
        if self.is(i, ".") && i > 0 && !self.t.tokens[i].space_before {
            i + 1
        } else {
            i
        }
    }

    // ---------------------------------------------------------------- wrappers

    /// Range and open-interval markers, modifiers, and then the core expressions.
    fn full(&self, i: usize) -> Option<P> {
        let w = self.w(i);
        let mut best = None;
        match w {
            "с" | "со" => best = longest(best, self.since(i)),
            "от" => best = longest(best, self.range_from(i)),
            "до" => best = longest(best, self.until(i, i + 1)),
            "по" => best = longest(best, self.until(i, i + 1)),
            "не" if matches!(self.w(i + 1), "позже" | "позднее" | "ранее") => {
                if let Some(p) = self.core(i + 2) {
                    let (rel, m) = if self.w(i + 1) == "ранее" {
                        (Relation::After, Mod::OnOrAfter)
                    } else {
                        (Relation::Before, Mod::OnOrBefore)
                    };
                    best = Some(P {
                        relation: rel,
                        modifier: Some(m),
                        ..p
                    });
                }
            }
            "после" | "позже" | "позднее" => {
                if let Some(p) = self.core(i + 1) {
                    if !matches!(p.expr, Expr::Duration(_)) {
                        best = Some(P {
                            relation: Relation::After,
                            modifier: Some(Mod::After),
                            ..p
                        });
                    }
                }
            }
            "около" | "примерно" | "приблизительно" | "порядка" | "почти" | "ориентировочно" => {
                if let Some(p) = self.ranged(i + 1) {
                    best = Some(P {
                        modifier: Some(Mod::Approx),
                        ..p
                    });
                }
            }
            _ => {}
        }
        longest(best, self.ranged(i))
    }

    /// "с 1992 года" (since), "с 5 по 7 декабря", "с марта 2018 года до конца 2019 года".
    fn since(&self, i: usize) -> Option<P> {
        let j = i + 1;
        // "с 13 по 15 июля": a bare day borrowing the month of the end.
        if let Some(p) = self.day_range(j, &["по", "до", "-"], false) {
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

    /// "от 5 до 7 лет" is a duration, "от марта до мая" an interval.
    fn range_from(&self, i: usize) -> Option<P> {
        let a = self.core(i + 1)?;
        if !self.is(a.end, "до") {
            return None;
        }
        self.range_to(&a)
    }

    /// `a`, the separator after it, and a second expression: their interval.
    fn range_to(&self, a: &P) -> Option<P> {
        let b = self.core(a.end + 1)?;
        Some(P::between(b.end, interval(&a.expr, &b.expr)?))
    }

    /// A bare day at `i` (a dot after it if `dot`), one of `seps`, and a full date whose
    /// month and year it borrows: "с 13 по 15 июля", "5–7 декабря", "14. - 15.10.".
    fn day_range(&self, i: usize, seps: &[&str], dot: bool) -> Option<P> {
        let (d, mut k) = self.day_num(i)?;
        if dot && self.is(k, ".") {
            k += 1;
        }
        if !seps.contains(&self.w(k)) {
            return None;
        }
        let end = self.core(k + 1)?;
        let start = borrow_day(d, &end.expr)?;
        Some(P::between(
            end.end,
            Expr::Interval(Box::new(start), Box::new(end.expr)),
        ))
    }

    /// A bare day listed before a full date, whose month and year it borrows: the "1" of
    /// "1 и 2 декабря", the "5" and "6" of "5, 6 и 7 декабря 2023 года". Each day is a
    /// date of its own, as TimeML tags "Dec. 1 and 2"; the list may end in a range ("1, 2
    /// и 5–7 декабря").
    fn listed_day(&self, i: usize) -> Option<P> {
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
    fn until(&self, _i: usize, j: usize) -> Option<P> {
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
    fn ranged(&self, i: usize) -> Option<P> {
        // A bare day before a dash and a full date: "5–7 декабря", "14. - 15.10.".
        if let Some(p) = self.day_range(i, &["-", "/"], true) {
            return Some(p);
        }
        if let Some(p) = self.listed_day(i) {
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
    fn part_after_day(&self, p: P) -> P {
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
            .with_mod(p.modifier),
            None => p,
        }
    }

    fn allows_po(&self, e: &Expr) -> bool {
        matches!(e, Expr::Date { day: Some(_), .. })
    }

    // ---------------------------------------------------------------- core

    /// Everything that is one expression by itself.
    fn core(&self, i: usize) -> Option<P> {
        if i >= self.t.len() {
            return None;
        }
        let mut best = None;
        if self.t.is_num(i) {
            best = longest(best, self.numeric_date(i));
            best = longest(best, self.day_month(i));
            best = longest(best, self.year(i));
            best = longest(best, self.decade(i));
            best = longest(best, self.century(i));
            // On a tie "в 15 часов" is a clock, "15 часов" (no context) a duration.
            best = longest(best, self.clock_phrase(i));
            best = longest(best, self.amount(i));
            best = longest(best, self.anniversary(i));
            best = longest(best, self.year_range(i));
            best = longest(best, self.months_of_year(i));
            return best;
        }
        if !self.t.is_word(i) {
            return None;
        }
        let w = self.w(i);
        let x = self.lex(i);
        if x.ordinal.is_some() || w.starts_with("последн") {
            best = longest(best, self.nth_in(i));
            best = longest(best, self.part_of_month(i));
        }
        if x.ordinal.is_some() || matches!(w, "двадцать" | "тридцать") {
            best = longest(best, self.day_month(i));
            best = longest(best, self.year_part(i));
            best = longest(best, self.century(i));
        }
        if x.weekday.is_some() {
            best = longest(best, self.weekday_date(i));
            best = longest(best, self.weekday(i));
        }
        if x.month.is_some() {
            best = longest(best, self.month_year(i));
            best = longest(best, self.month_day_year(i));
        }
        if x.relative.is_some() {
            best = longest(best, self.relative(i));
        }
        if x.season.is_some() {
            best = longest(best, self.season(i));
        }
        if x.deictic_day.is_some() {
            best = longest(best, self.deictic(i));
        }
        // Roman numerals are capitals: a lower-case word needs no look.
        if self.t.tokens[i].upper && lx::roman(self.t.raw(i)).is_some() {
            best = longest(best, self.century(i));
            best = longest(best, self.year_part(i));
        }
        if x.cardinal.is_some() || x.vague || x.unit.is_some() || w.starts_with("пол") {
            best = longest(best, self.amount(i));
        }
        if x.cardinal.is_some() || matches!(w, "первые" | "первых") {
            best = longest(best, self.months_of_year(i));
        }
        if x.day_part.is_some() {
            best = longest(best, self.day_part_prefix(i));
        }
        if matches!(w, "без" | "половине" | "половина" | "четверть") || w.starts_with("пол")
        {
            best = longest(best, self.clock_phrase(i));
        }
        best = longest(best, self.words(i));
        best = longest(best, self.holiday(i));
        best
    }

    /// Holidays of every calendar: "в Курбан-байрам", "после Рамадана", "на Хануку",
    /// "Песах 2018 года", "прошлой Пасхи", "китайский Новый год".
    fn holiday(&self, i: usize) -> Option<P> {
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

    // ---------------------------------------------------------------- days and months

    /// A day of month: "3", "03", "18-е", "18-го", "третьего", "двадцать четвертое".
    fn day_num(&self, i: usize) -> Option<(u8, usize)> {
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
    fn month_at(&self, i: usize) -> Option<(u8, bool, usize)> {
        let (m, abbr) = lx::month(self.w(i))?;
        let k = if abbr { self.dot(i + 1) } else { i + 1 };
        Some((m, abbr, k))
    }

    /// What follows a day and month: a year ("2015", "2015 г.", "2015 года", "в 1989 году",
    /// "т.г.", "текущего года", "того же года"), or nothing.
    fn year_after(&self, i: usize) -> Option<(YearSpec, usize)> {
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

    /// "т.г.", "с.г.", "текущего года", "прошлого года", "того же года".
    fn year_words(&self, i: usize) -> Option<(YearSpec, usize)> {
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
    fn year_number(&self, i: usize, bare: bool) -> Option<(i32, usize)> {
        let (v, digits) = self.num(i)?;
        if digits != 4 || !(1000..=2999).contains(&v) {
            return None;
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

    /// A year written without "год": after a month or a preposition, or alone between
    /// punctuation, and not counting something ("в 2010 человек").
    fn bare_year_ok(&self, i: usize) -> bool {
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
    fn day_month(&self, i: usize) -> Option<P> {
        let (d, k) = self.day_num(i)?;
        let (m, _, k) = self.month_at(k)?;
        let mut e = DateB {
            day: Some(d),
            month: Some(m),
            ..DateB::default()
        };
        let mut k = k;
        if let Some((y, k2)) = self.year_after(k) {
            e.year = y;
            k = k2;
        }
        let k = self.time_suffix(k, &mut e);
        Some(P::new(self.weekday_suffix(k), e.build()))
    }

    /// "Авг 26, 2015 15:12": month, day, comma, year.
    fn month_day_year(&self, i: usize) -> Option<P> {
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

    /// A clock time after a date: ", 02:37", "в 12:00", "19:13", "в 18 часов", "7 часов вечера".
    fn time_suffix(&self, k: usize, e: &mut DateB) -> usize {
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

    /// ", вторник" after a date.
    fn weekday_suffix(&self, k: usize) -> usize {
        if self.is(k, ",") && lx::weekday(self.w(k + 1)).is_some() && !self.t.is_word(k + 2) {
            return k + 2;
        }
        k
    }

    /// "Среда, 13 февраля", "понедельник, 27 апреля 2020 года", "Пнд, 07 янв. 2019 г. 12:15",
    /// "пятница, 18 июля 2014 7 часов вечера", "Пятница, 18.07.14".
    fn weekday_date(&self, i: usize) -> Option<P> {
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
    /// "10.12.", "8.11.2018, 8:18", "01.04. в 18 часов".
    fn numeric_date(&self, i: usize) -> Option<P> {
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
    fn month_year(&self, i: usize) -> Option<P> {
        let (m, abbr, k) = self.month_at(i)?;
        let mut e = DateB {
            month: Some(m),
            ..DateB::default()
        };
        if let Some((y, k2)) = self.year_after(k) {
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
    fn months_of_year(&self, i: usize) -> Option<P> {
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
    fn year(&self, i: usize) -> Option<P> {
        let (y, k) = self.year_number(i, true)?;
        Some(P::new(k, Expr::year(y)))
    }

    /// "2010–2012 годы", "1979–1980 годы", "в 1998—2010 годах", "1985—1990".
    fn year_range(&self, i: usize) -> Option<P> {
        if let Some((a, b, k)) = self.split_year(i) {
            return Some(P {
                end: k,
                expr: Expr::Interval(Box::new(Expr::year(a)), Box::new(Expr::year(b))),
                modifier: None,
                relation: Relation::At,
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
        })
    }

    /// The second year of a pair after `a`, in full or by its last two digits ("2024–25").
    fn second_year(&self, a: u32, j: usize) -> Option<u32> {
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
    fn split_year(&self, i: usize) -> Option<(i32, i32, usize)> {
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

    /// "1990-х", "1990-е годы", "90-х годов", "2000-х".
    fn decade(&self, i: usize) -> Option<P> {
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
        let year = if d == 2 { 1900 + v } else { v };
        let mut k = i + 3;
        if lx::is_year_word(self.w(k)) {
            k = self.dot(k + 1);
        }
        Some(P::new(k, Expr::Decade(year as i32 / 10)))
    }

    /// "XX века", "XXI век", "20 века", "двадцатого века".
    fn century(&self, i: usize) -> Option<P> {
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
        Some(P::new(self.dot(k + 1), Expr::Century(n - 1)))
    }

    /// "в I квартале", "третий квартал", "четвертый квартал 2018", "во второй половине 2018
    /// года", "первое полугодие 2019 года".
    fn year_part(&self, i: usize) -> Option<P> {
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
    fn season(&self, i: usize) -> Option<P> {
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

    /// "50-летней годовщины … акта 1975 года", "30-летие независимости, обретенной в 1991
    /// году": the year the anniversary counts from, in the same sentence.
    fn anniversary(&self, i: usize) -> Option<P> {
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
    fn base_year(&self, i: usize) -> Option<i32> {
        // The counted thing follows the anniversary word as a genitive phrase; its year
        // comes within a few words and before the clause ends.
        let s = self.t.sentence_of(i)?;
        for j in i + 3..s.last.min(i + 16) {
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

    // ---------------------------------------------------------------- amounts

    /// "три года", "5 дней", "полтора года", "несколько лет", "1 год 6 месяцев" (durations);
    /// "два года назад", "7 дней тому назад" (shifts back); "23-летний" (an age).
    fn amount(&self, i: usize) -> Option<P> {
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
        if let Some(end) = back {
            return Some(P::new(
                end,
                match shift_of(&parts) {
                    Some((u, n)) => Expr::Shift { unit: u, n: -n },
                    None => Expr::Ref(RefKind::Past),
                },
            ));
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

    /// An amount and more amounts of smaller units after it: "1 год 6 месяцев",
    /// "2 ч. 21 мин.", "3 часа 15 минут".
    fn compound(&self, i: usize) -> Option<(Parts, usize)> {
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
    fn quantity(&self, i: usize) -> Option<(Option<f64>, Unit, usize)> {
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

    fn is_age(&self, i: usize) -> bool {
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
    fn unit_alone_ok(&self, i: usize) -> bool {
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

    // ---------------------------------------------------------------- clock times

    /// "02:37", "8:18", "15:15", "17ч10", "18:30ч".
    fn clock(&self, i: usize) -> Option<(Clock, usize)> {
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
    fn hours(&self, i: usize, after_date: bool) -> Option<(Clock, usize)> {
        match self.w(i) {
            "полдень" => return Some((clock(12, None), i + 1)),
            "полночь" => return Some((clock(24, Some(0)), i + 1)),
            _ => {}
        }
        let (h, hd) = self.num(i)?;
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
        if !(has_part || words && after_date) {
            return None;
        }
        Some((c, self.zone(k)))
    }

    fn day_part_after_clock(&self, k: usize, c: &mut Clock) -> usize {
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
    fn zone(&self, k: usize) -> usize {
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
    fn clock_phrase(&self, i: usize) -> Option<P> {
        let after_v = i > 0 && matches!(self.w(i - 1), "в" | "около" | "к" | "до" | "после" | "с");
        let (c, k) = self
            .clock(i)
            .or_else(|| self.clock_idiom(i))
            .or_else(|| if after_v { self.hours(i, true) } else { None })
            .or_else(|| self.hours(i, false))?;
        // "1:30 ночи сб, 21 сен.": the day follows the time.
        let j = if self.is(k, ",") { k + 1 } else { k };
        if let Some(p) = self.weekday_date(j).or_else(|| self.day_month(j)) {
            if let Expr::Date {
                year,
                year_rel,
                year_focus,
                month,
                day,
                time: None,
            } = p.expr
            {
                return Some(P::new(
                    p.end,
                    Expr::Date {
                        year,
                        year_rel,
                        year_focus,
                        month,
                        day,
                        time: Some(c),
                    },
                ));
            }
        }
        // "в 17 часов завтра"
        if let Some(d) = lx::deictic_day(self.w(k)) {
            return Some(P::new(
                k + 1,
                Expr::At {
                    day: Box::new(Expr::Rel {
                        unit: Unit::Day,
                        offset: d,
                    }),
                    clock: c,
                },
            ));
        }
        Some(P::new(k, Expr::Clock(c)))
    }

    /// Halves, ten-day thirds ("декады") and first or last days of a month: "во второй
    /// половине декабря" (16–31), "в первой декаде марта" (1–10), "в третьей декаде мая"
    /// (21 to the end), "в первых числах января" (its start), "в последних числах ноября".
    fn part_of_month(&self, i: usize) -> Option<P> {
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

    /// The period at `k` that a part or an n-th day is taken of: a month ("декабря",
    /// "октября 2024 года"), a year, or "месяца"/"года" of the DCT ("этого месяца").
    fn period(&self, k: usize) -> Option<(Expr, usize)> {
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
    fn nth_in(&self, i: usize) -> Option<P> {
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

    /// Clock idioms that count towards the next hour: "без четверти пять" (4:45),
    /// "без десяти минут семь" (6:50), "в половине шестого" / "полшестого" (5:30),
    /// "четверть третьего" (2:15); a part of day may follow ("вечера").
    fn clock_idiom(&self, i: usize) -> Option<(Clock, usize)> {
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

    // ---------------------------------------------------------------- words

    /// "сегодня", "вчера вечером", "завтра в 15 часов", "сегодня в 20:00".
    fn deictic(&self, i: usize) -> Option<P> {
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
                return Some(P::new(
                    k3,
                    Expr::At {
                        day: Box::new(day),
                        clock: c,
                    },
                ));
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

    /// "утром 4 марта 2019 года", "вечером в четверг": a part of day before a date.
    fn day_part_prefix(&self, i: usize) -> Option<P> {
        let w = self.w(i);
        if !matches!(w, "утром" | "днем" | "вечером" | "ночью") {
            return None;
        }
        let part = lx::day_part(w)?;
        let mut k = i + 1;
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

    /// "понедельник", "в пятницу", "в субботу в 9 часов", "четверг 8:00 GMT".
    fn weekday(&self, i: usize) -> Option<P> {
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

    fn weekday_context(&self, i: usize) -> bool {
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
            )
            || self.is(i + 1, ",")
    }

    /// "в прошлом году", "этот месяц", "на следующей неделе", "в текущем квартале",
    /// "в прошлый вторник", "в следующую среду", "прошлой осенью", "в прошлом веке".
    fn relative(&self, i: usize) -> Option<P> {
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
        // "прошлой недели" after a weekday was taken by `weekday`.
        Some(P::new(i + 2, Expr::Rel { unit: u, offset: r }))
    }

    /// Fixed phrases: PRESENT_REF/PAST_REF/FUTURE_REF, anaphora, modifiers, shifts, sets,
    /// holidays, "накануне".
    fn words(&self, i: usize) -> Option<P> {
        let w = self.w(i);
        let w1 = self.w(i + 1);
        let refp = |n: usize, k: RefKind| Some(P::new(i + n, Expr::Ref(k)));
        // "минувшие выходные", "на этих выходных", "в следующие выходные".
        if matches!(w1, "выходные" | "выходных") {
            if let Some(offset) = weekend_offset(w) {
                return Some(P::new(i + 2, Expr::Weekend { offset }));
            }
        }
        // "днем ранее", "неделей позже", "годом раньше": one unit from the date in focus.
        if matches!(w1, "ранее" | "раньше" | "позже" | "позднее") {
            if let Some(unit) = unit_apart(w) {
                let offset = if matches!(w1, "ранее" | "раньше") {
                    -1
                } else {
                    1
                };
                return Some(P::new(i + 2, Expr::Anaphor { unit, offset }));
            }
        }
        match w {
            "сейчас" | "ныне" | "нынче" => return refp(1, RefKind::Present),
            "настоящее" if w1 == "время" => return refp(2, RefKind::Present),
            "настоящий" | "данный" if w1 == "момент" => {
                return refp(2, RefKind::Present)
            }
            "наши" if w1 == "дни" => return refp(2, RefKind::Present),
            "сегодняшний" if w1 == "день" => return refp(2, RefKind::Present),
            "недавно" | "недавнего" => return refp(1, RefKind::Past),
            "последнее" if w1 == "время" => return refp(2, RefKind::Past),
            "прошлом"
                if self.prev_is(i, "в") && lx::unit(w1).is_none() && !self.t.is_word(i + 1) =>
            {
                return refp(1, RefKind::Past)
            }
            "будущем"
                if self.prev_is(i, "в") && lx::unit(w1).is_none() && !self.t.is_word(i + 1) =>
            {
                return refp(1, RefKind::Future)
            }
            "ближайшее" if w1 == "время" => return refp(2, RefKind::Future),
            "ближайшем" | "скором" if matches!(w1, "будущем" | "времени") => {
                return refp(2, RefKind::Future)
            }
            "скором" if w1 == "времени" => return refp(2, RefKind::Future),
            // "накануне вечером": the evening of the day before the one in focus.
            "накануне" if matches!(w1, "утром" | "днем" | "вечером" | "ночью") =>
            {
                return Some(P::new(
                    i + 2,
                    Expr::DayPart {
                        day: Box::new(Expr::Anaphor {
                            unit: Unit::Day,
                            offset: -1,
                        }),
                        part: lx::day_part(w1)?,
                    },
                ));
            }
            // "во второй половине дня" is the afternoon of the day in focus.
            "первой" | "второй" if w1 == "половине" && self.is(i + 2, "дня") =>
            {
                let part = if w == "первой" {
                    DayPart::Morning
                } else {
                    DayPart::Afternoon
                };
                return Some(P::new(
                    i + 3,
                    Expr::DayPart {
                        day: Box::new(Expr::Anaphor {
                            unit: Unit::Day,
                            offset: 0,
                        }),
                        part,
                    },
                ));
            }
            "накануне" => {
                // "накануне выборов" is the eve of something not dated here.
                if self.t.is_word(i + 1) && morph::is_genitive_nominal(w1) {
                    return None;
                }
                return Some(P::new(
                    i + 1,
                    Expr::Anaphor {
                        unit: Unit::Day,
                        offset: -1,
                    },
                ));
            }
            "полдень" | "полночь" => {
                let (c, k) = self.hours(i, true)?;
                return Some(P::new(k, Expr::Clock(c)));
            }
            "утром" | "днем" | "вечером" | "ночью" if !w1.starts_with("побед") =>
            {
                // A part of the day in focus: "Ранее утром в больнице…".
                return Some(P::new(
                    i + 1,
                    Expr::DayPart {
                        day: Box::new(Expr::Anaphor {
                            unit: Unit::Day,
                            offset: 0,
                        }),
                        part: lx::day_part(w)?,
                    },
                ));
            }
            "днях" if self.prev_is(i, "на") => return refp(1, RefKind::Past),
            "ежегодно" => return Some(P::new(i + 1, Expr::Set("P1Y".into()))),
            "ежедневно" => return Some(P::new(i + 1, Expr::Set("P1D".into()))),
            "еженедельно" => return Some(P::new(i + 1, Expr::Set("P1W".into()))),
            "ежемесячно" => return Some(P::new(i + 1, Expr::Set("P1M".into()))),
            "ежеквартально" => return Some(P::new(i + 1, Expr::Set("P3M".into()))),
            "каждый" | "каждую" | "каждое" | "каждые" | "каждого" | "каждой" | "каждых" =>
            {
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
                return Some(P::new(k + 1, Expr::Set(duration(Some(n), u))));
            }
            "сегодняшнего" | "сегодняшнему" | "сегодняшнем" if w1.starts_with("дн") =>
            {
                // "с сегодняшнего дня": today.
                return Some(P::new(
                    i + 2,
                    Expr::Rel {
                        unit: Unit::Day,
                        offset: 0,
                    },
                ));
            }
            // "раз в два года", "раз в 5 лет": a set of that period.
            "раз" if w1 == "в" => {
                let (n, u, k) = self.quantity(i + 2)?;
                let n = n.filter(|n| *n > 1.0 && n.fract() == 0.0)?;
                return Some(P::new(k, Expr::Set(duration(Some(n), u))));
            }
            // "370 тысяч тонн в год", "масок в день", "раз в неделю": a rate, not a date;
            // "в день выборов" and "в год, когда" are dates of something else.
            "день" | "год" | "неделю" | "месяц" | "сутки"
                if self.prev_is(i, "в")
                    && i >= 2
                    && (self.t.is_num(i - 2)
                        || self.w(i - 2) == "раз"
                        || (self.t.is_word(i - 2)
                            && morph::is_genitive_nominal(self.w(i - 2))))
                    && !self.t.is_word(i + 1)
                    && !self.is(i + 1, ",") =>
            {
                let u = lx::unit(w)?;
                return Some(P::new(i + 1, Expr::Set(duration(Some(1.0), u))));
            }
            "указанном" | "указанный" | "том" | "тот" | "той" | "ту" | "того" | "этот" | "этом"
            | "этой" => {
                // "в указанном году", "в том же году", "в тот же день", "в этот день",
                // "в тот день"; "в тот год".
                let (k, same) = if w1 == "же" {
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
                return Some(P::new(k + 1, Expr::Anaphor { unit: u, offset: 0 }));
            }
            "следующий" | "другой" if matches!(w1, "день" | "год") && self.prev_is(i, "на") =>
            {
                let u = lx::unit(w1)?;
                return Some(P::new(i + 2, Expr::Anaphor { unit: u, offset: 1 }));
            }
            "годом" if matches!(w1, "ранее" | "раньше" | "позже" | "позднее") =>
            {
                let off = if matches!(w1, "ранее" | "раньше") {
                    -1
                } else {
                    1
                };
                return Some(P::new(
                    i + 2,
                    Expr::Anaphor {
                        unit: Unit::Year,
                        offset: off,
                    },
                ));
            }
            "через" | "спустя" => {
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
                if w == "спустя" {
                    return Some(P::new(
                        k,
                        Expr::Anaphor {
                            unit: u,
                            offset: n as i32,
                        },
                    ));
                }
                return Some(P::new(
                    k,
                    Expr::Shift {
                        unit: u,
                        n: n as i64,
                    },
                ));
            }
            "последний" | "последнее" | "последнюю" | "последнего"
                if lx::unit(w1).is_some() && !matches!(w1, "год" | "года" | "день" | "дня") =>
            {
                let u = lx::unit(w1)?;
                return Some(P::new(i + 2, Expr::Duration(duration(Some(1.0), u))));
            }
            "последние" | "последних" | "ближайшие" | "ближайших" | "следующие" | "предстоящие" =>
            {
                if let Some((n, u, k)) = self.quantity(i + 1) {
                    return Some(P::new(k, Expr::Duration(duration(n, u))));
                }
                // "в последние годы"
                if matches!(w1, "годы" | "годах" | "лет" | "месяцы" | "недели" | "дни")
                {
                    let u = lx::unit(w1)?;
                    return Some(P::new(i + 2, Expr::Duration(duration(None, u))));
                }
                return None;
            }
            "начале" | "начала" | "начало" | "середине" | "середины" | "конце" | "конца"
            | "конец" | "концу" | "исходе" => {
                let m = match w {
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
                return Some(P::new(p.end, p.expr).with_mod(Some(m)));
            }
            "ночь"
                if self.is(i + 1, "на")
                    || (self.is(i + 1, "с") && self.day_num(i + 2).is_some()) =>
            {
                // "в ночь на 19 декабря", "в ночь с 18 на 19 апреля 2020 года"
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
                return Some(P::new(p.end, p.expr));
            }
            "новый" | "нового" | "новому" | "новым" | "новом"
                if w1.starts_with("год") && self.t.tokens[i].upper =>
            {
                return Some(P::new(i + 2, Expr::Holiday { month: 1, day: 1 }))
            }
            "рождество" | "рождества" | "рождеству" | "рождеством" => {
                return Some(P::new(i + 1, Expr::Holiday { month: 1, day: 7 }))
            }
            "день" | "дня" | "дню" | "днем"
                if self.t.tokens[i].upper && w1.starts_with("побед") =>
            {
                return Some(P::new(i + 2, Expr::Holiday { month: 5, day: 9 }))
            }
            "год" if self.t.is_num(i + 1) => {
                // "год 2000"
                let (v, d) = self.num(i + 1)?;
                if d == 4 && (1000..=2999).contains(&v) {
                    return Some(P::new(i + 2, Expr::year(v as i32)));
                }
            }
            "выходные" | "выходных" if matches!(self.w(i.wrapping_sub(1)), "в" | "на" | "эти") =>
            {
                return Some(P::new(i + 1, Expr::Weekend { offset: 0 }));
            }
            _ => {}
        }
        None
    }

    /// «4:44», «Сегодня»: an expression that is the whole of a quoted name.
    fn quoted_name(&self, a: usize, b: usize) -> bool {
        a > 0
            && self.is(a - 1, "\"")
            && self.is(b, "\"")
            && self.t.glued(a - 1)
            && self.t.glued(b - 1)
    }

    fn prev_is(&self, i: usize, s: &str) -> bool {
        i > 0 && self.w(i - 1) == s
    }
}

/// A year as said after a day and month.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
enum YearSpec {
    #[default]
    None,
    Abs(i32),
    Rel(i32),
    Focus,
}

impl YearSpec {
    fn parts(self) -> (Option<i32>, Option<i32>, bool) {
        match self {
            YearSpec::None => (None, None, false),
            YearSpec::Abs(y) => (Some(y), None, false),
            YearSpec::Rel(r) => (None, Some(r), false),
            YearSpec::Focus => (None, None, true),
        }
    }
}

#[derive(Default)]
struct DateB {
    year: YearSpec,
    month: Option<u8>,
    day: Option<u8>,
    time: Option<Clock>,
}

impl DateB {
    fn build(self) -> Expr {
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

/// Amounts of one or more units, largest first: "1 год 6 месяцев".
type Parts = Vec<(Option<f64>, Unit)>;

fn clock(h: u32, m: Option<u32>) -> Clock {
    Clock {
        hour: h as u8,
        minute: m.map(|m| m as u8),
        second: None,
        ambiguous: false,
    }
}

fn two_digit_year(v: u32) -> i32 {
    // Two-digit years: 00-49 are this century's, 50-99 the last one's.
    if v < 50 {
        2000 + v as i32
    } else {
        1900 + v as i32
    }
}

/// Units from coarse to fine, for compound amounts.
fn unit_rank(u: Unit) -> u8 {
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
fn shift_of(parts: &[(Option<f64>, Unit)]) -> Option<(Unit, i64)> {
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

/// TIMEX3 duration of a compound amount: "P1Y6M", "PT2H21M".
fn durations(parts: &[(Option<f64>, Unit)]) -> String {
    if let [(n, u)] = parts {
        return duration(*n, *u);
    }
    let mut date = String::from("P");
    let mut time = String::new();
    for (n, u) in parts {
        let d = duration(*n, *u);
        if let Some(t) = d.strip_prefix("PT") {
            time.push_str(t);
        } else {
            date.push_str(&d[1..]);
        }
    }
    if !time.is_empty() {
        date.push('T');
        date.push_str(&time);
    }
    date
}

/// TIMEX3 duration for an amount; `None` amount is vague ("PXY").
fn duration(n: Option<f64>, u: Unit) -> String {
    match n {
        None => u.duration("X"),
        Some(n) if n.fract() == 0.0 => u.duration(&format!("{}", n as i64)),
        Some(n) => u.duration(&format!("{n}")),
    }
}

/// The start of "5–7 декабря": day 5 with the month and year of the end.
fn borrow_day(d: u8, end: &Expr) -> Option<Expr> {
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

/// An interval between two expressions, the first borrowing missing fields from the second:
/// "13 июля - 15 июля", "с марта 2018 года до конца 2019 года", "в ноябре-декабре",
/// "9:30 - 11:00".
fn interval(a: &Expr, b: &Expr) -> Option<Expr> {
    let a2 = match (a, b) {
        (
            Expr::Date {
                year: None,
                year_rel: None,
                year_focus: false,
                month,
                day,
                time,
            },
            Expr::Date {
                year,
                year_rel,
                year_focus,
                month: bm,
                ..
            },
        ) if month.is_some() || day.is_some() => Expr::Date {
            year: *year,
            year_rel: *year_rel,
            year_focus: *year_focus,
            month: month.or(*bm),
            day: *day,
            time: *time,
        },
        // "10 августа 2012 - 12 августа": the end takes the year of the start (the next
        // one if it would come first: "28 декабря 2012 - 3 января").
        (
            Expr::Date {
                year: Some(y),
                month: Some(am),
                day: ad,
                ..
            },
            Expr::Date {
                year: None,
                year_rel: None,
                year_focus: false,
                month: Some(bm),
                day: bd,
                time: bt,
            },
        ) => {
            let y = if (*bm, bd.unwrap_or(1)) < (*am, ad.unwrap_or(1)) {
                y + 1
            } else {
                *y
            };
            let b2 = Expr::Date {
                year: Some(y),
                year_rel: None,
                year_focus: false,
                month: Some(*bm),
                day: *bd,
                time: *bt,
            };
            return Some(Expr::Interval(Box::new(a.clone()), Box::new(b2)));
        }
        (Expr::Date { .. }, Expr::Date { .. }) => a.clone(),
        (Expr::Clock(_), Expr::Clock(_)) => a.clone(),
        (Expr::Decade(_), Expr::Decade(_)) | (Expr::Century(_), Expr::Century(_)) => a.clone(),
        (Expr::YearPart { .. }, Expr::YearPart { .. }) => a.clone(),
        (Expr::Weekday { .. }, Expr::Weekday { .. }) => a.clone(),
        _ => return None,
    };
    Some(Expr::Interval(Box::new(a2), Box::new(b.clone())))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `tag` skips punctuation and the words `may_start` rules out; no rule may start there.
    #[test]
    fn no_expression_starts_where_tag_skips() {
        let mut texts: Vec<String> = std::fs::read_dir("samples")
            .unwrap()
            .flatten()
            .filter(|e| e.path().extension().is_some_and(|x| x == "txt"))
            .map(|e| std::fs::read_to_string(e.path()).unwrap())
            .collect();
        let corpus = std::fs::read_to_string("tests/corpus/ru.tsv").unwrap();
        texts.extend(
            corpus
                .lines()
                .filter_map(|l| l.split('\t').nth(1))
                .map(String::from),
        );
        texts.push("«2024» — (5 декабря), -3 дня, /2019/ … «сегодня» – 1990-е".into());
        assert!(texts.len() > 100);
        for text in &texts {
            let t = Text::new(text);
            let lex = (0..t.len()).map(|i| lx::lookup(t.norm(i))).collect();
            let g = G { t: &t, lex };
            for i in 0..t.len() {
                if t.kind(i) == Some(crate::text::Kind::Punct) {
                    assert!(g.full(i).is_none(), "{:?} in {text:?}", t.raw(i));
                }
                let roman = t.tokens[i].upper && lx::roman(t.raw(i)).is_some();
                if t.is_word(i) && !g.lex[i].starts && !roman {
                    assert!(g.full(i).is_none(), "{:?} in {text:?}", t.raw(i));
                }
            }
        }
    }
}
