//! English date grammar: named rules over tokens (`crate::grammar`), longest match at each
//! position. The rules live by topic in the files beside this one; `tests/corpus/en.tsv`
//! holds a line for every rule by name.
//!
//! Spans follow TimeBank: a leading preposition ("in", "on", "since") stays outside, while
//! "the" belongs to quarters, halves, decades, centuries and "the past three months";
//! modifiers ("early", "about", "the end of") are inside.
//!
//! `CORE` holds the expressions that stand by themselves; `ranges.rs` composes them (ranges,
//! "since"/"until", modifiers, "early"/"the end of"), and `MARKERS` names the words that
//! composition may start at.

mod clock;
mod dates;
mod holidays;
mod ranges;
mod relative;

use super::lexicon as lx;
use crate::grammar::{Rule, RuleBits, Rules, Span, Start};
use crate::lang::Mention;
use crate::text::Text;
use crate::time::compose::{self, day_of, with_time};
use crate::time::{Clock, DayPart, DayRule, Expr, Mod, NthOf, RefKind, Relation, Unit, YearPart};
use relative::*;
use std::sync::LazyLock;

/// One match of a core pattern: tokens `..end`, its meaning and modifier.
#[derive(Clone, Debug)]
struct Hit {
    end: usize,
    expr: Expr,
    m: Option<Mod>,
    /// The rules that read it (`crate::grammar::RuleBits`).
    rules: RuleBits,
}

fn hit(end: usize, expr: Expr) -> Option<Hit> {
    Some(Hit::new(end, expr, None))
}

impl Hit {
    fn new(end: usize, expr: Expr, m: Option<Mod>) -> Hit {
        Hit {
            end,
            expr,
            m,
            rules: 0,
        }
    }
}

pub fn tag(text: &Text) -> Vec<Mention> {
    let g = G { t: text };
    let mut out: Vec<Mention> = Vec::new();
    let mut i = 0;
    while i < text.len() {
        if !g.trigger(i) {
            i += 1;
            continue;
        }
        match g.at(i) {
            Some(m) if m.last > m.first && !g.in_name(m.first, m.last) => {
                i = m.last;
                out.push(m);
            }
            _ => i += 1,
        }
    }
    out
}

/// Time words that prose writes in lower case; capitalised inside a sentence they are
/// part of a name ("ABC's This Week", "High Noon", "60 Minutes", "VOA Today").
fn lowercase_time_word(w: &str) -> bool {
    lx::unit(w).is_some()
        || matches!(
            w,
            "noon"
                | "midnight"
                | "morning"
                | "afternoon"
                | "evening"
                | "night"
                | "today"
                | "tonight"
                | "tomorrow"
                | "yesterday"
                | "daily"
                | "weekly"
        )
}

struct G<'a, 'b> {
    t: &'a Text<'b>,
}

fn rel_word(w: &str) -> Option<i32> {
    Some(match w {
        "this" | "current" | "present" => 0,
        "last" | "past" | "previous" | "preceding" | "prior" => -1,
        "next" | "coming" | "following" | "upcoming" => 1,
        _ => return None,
    })
}

fn date(year: Option<i32>, month: Option<u8>, day: Option<u8>) -> Expr {
    Expr::date(year, month, day)
}

fn rel(unit: Unit, offset: i32) -> Expr {
    Expr::Rel { unit, offset }
}

/// Whether an expression names a day (so a clock time or a part of day can attach).
fn is_day(e: &Expr) -> bool {
    matches!(
        e,
        Expr::Date {
            day: Some(_),
            time: None,
            ..
        } | Expr::Weekday { time: None, .. }
            | Expr::Rel {
                unit: Unit::Day,
                ..
            }
            | Expr::Anaphor {
                unit: Unit::Day,
                ..
            }
            | Expr::Holiday { .. }
            | Expr::Yearly { .. }
    )
}

impl G<'_, '_> {
    #[inline]
    fn w(&self, i: usize) -> &str {
        self.t.norm(i)
    }

    /// Tokens `a..e` hold a time word capitalised mid-sentence in a sentence that is not
    /// in title case: a programme's or a film's name, not a date.
    fn in_name(&self, a: usize, e: usize) -> bool {
        let Some(s) = self.t.sentence_of(a) else {
            return false;
        };
        let mid = |k: usize| {
            (s.first..k).any(|j| self.t.is_word(j))
                && self.t.is_word(k)
                && self.upper(k)
                && self.t.raw(k).chars().skip(1).all(|c| c.is_lowercase())
                && lowercase_time_word(self.w(k))
        };
        // The word after counts too: "''60 Minutes''".
        if !(a..=e).any(mid) {
            return false;
        }
        // A name of its own inside ("Islamic New Year", "Thanksgiving Day") is a holiday.
        if (a..e).any(|k| {
            self.t.is_word(k)
                && self.upper(k)
                && !lowercase_time_word(self.w(k))
                && rel_word(self.w(k)).is_none()
        }) {
            return false;
        }
        let (mut words, mut caps) = (0, 0);
        for k in s.first + 1..s.last {
            if (a..=e).contains(&k) {
                continue;
            }
            if self.t.is_word(k) && self.w(k).len() > 2 {
                words += 1;
                caps += usize::from(self.upper(k));
            }
        }
        words < 2 || caps * 2 < words
    }

    /// "march" or "may" in lower case in a sentence written with capitals: the noun or
    /// the verb ("arrested at this march"); all-lower-case text still has months.
    fn common_noun_month(&self, i: usize, m: u8) -> bool {
        (m == 3 || m == 5)
            && !self.upper(i)
            && self
                .t
                .sentence_of(i)
                .is_some_and(|s| (s.first..s.last).any(|k| self.upper(k)))
    }

    fn upper(&self, i: usize) -> bool {
        self.t.tokens.get(i).is_some_and(|t| t.upper)
    }

    /// Token `i` touches token `i+1`.
    fn glued(&self, i: usize) -> bool {
        i + 1 < self.t.len() && self.t.glued(i)
    }

    /// Tokens `a..e` are the whole text but for a leading preposition and closing
    /// punctuation. Readings too loose for running prose ("7", "the 24", "May", "2-15")
    /// are safe in a phrase said alone.
    fn alone(&self, a: usize, e: usize) -> bool {
        a <= 2
            && (0..a).all(|k| {
                matches!(
                    self.w(k),
                    "on" | "at"
                        | "@"
                        | "in"
                        | "the"
                        | "by"
                        | "around"
                        | "about"
                        | "approximately"
                        | "for"
                        | "from"
                        | "until"
                        | "till"
                        | "since"
                        | "after"
                        | "before"
                )
            })
            && (e..self.t.len()).all(|k| matches!(self.w(k), "." | "?" | "!"))
    }

    // ---- numbers ----

    fn num(&self, i: usize) -> Option<u32> {
        if !self.t.is_num(i) {
            return None;
        }
        let w = self.w(i);
        if w.len() > 9 {
            return None;
        }
        w.parse().ok()
    }

    /// A cardinal as digits or words ("24", "twenty-four", "twenty four").
    fn cardinal(&self, i: usize) -> Option<(usize, u32)> {
        if let Some(n) = self.num(i) {
            // Not part of "1,000" or "2.5".
            if matches!(self.w(i + 1), "," | ".") && self.glued(i) && self.t.is_num(i + 2) {
                return None;
            }
            return Some((i + 1, n));
        }
        let w = self.w(i);
        if matches!(w, "a" | "an" | "single" | "couple" | "dozen") {
            return None;
        }
        if let Some(t) = lx::tens(w) {
            let j = if self.w(i + 1) == "-" { i + 2 } else { i + 1 };
            if let Some(u) = lx::small_number(self.w(j)).filter(|&u| (1..10).contains(&u)) {
                if !matches!(self.w(j), "a" | "an") {
                    return Some((j + 1, t + u));
                }
            }
            return Some((i + 1, t));
        }
        let n = lx::small_number(w)?;
        if self.w(i + 1) == "hundred" {
            return Some((i + 2, n * 100));
        }
        Some((i + 1, n))
    }

    fn ordinal_word(&self, i: usize) -> Option<(usize, u32)> {
        let w = self.w(i);
        if let Some(t) = lx::tens(w) {
            let j = if self.w(i + 1) == "-" { i + 2 } else { i + 1 };
            let u = lx::ordinal(self.w(j)).filter(|&u| u < 10)?;
            return Some((j + 1, t + u));
        }
        lx::ordinal(w).map(|n| (i + 1, n))
    }

    /// An ordinal as digits or words: "3rd", "third".
    fn ordinal(&self, i: usize) -> Option<(usize, u32)> {
        if let Some(n) = self.num(i) {
            if self.glued(i) && matches!(self.w(i + 1), "st" | "nd" | "rd" | "th") {
                return Some((i + 2, n));
            }
            return None;
        }
        self.ordinal_word(i)
    }
}

impl Span for Hit {
    fn end(&self) -> usize {
        self.end
    }
    fn read_by(&mut self, rule: RuleBits) {
        self.rules |= rule;
    }
}

/// What a rule is: a reader of the tokens from `i`. English needs no per-token lexicon
/// entry: its word classes are asked of the word form.
type Apply = fn(&G<'_, '_>, usize) -> Option<Hit>;
type EnRule = Rule<Apply, ()>;
type S = Start<()>;

const NUMBER: S = Start::Number;
const MONTH: S = Start::Class(|w, _| lx::month(w).is_some());
const WEEKDAY: S = Start::Class(|w, _| lx::weekday(w).is_some());
const SEASON: S = Start::Class(|w, _| lx::season(w).is_some());
const UNIT: S = Start::Class(|w, _| lx::unit(w).is_some());
/// Cardinal words, "a", "an", "couple", "dozen" and the tens.
const NUMBER_WORD: S = Start::Class(|w, _| lx::small_number(w).is_some());
const ORDINAL: S = Start::Class(|w, _| lx::ordinal(w).is_some());
const DAY_PART: S = Start::Class(|w, _| lx::day_part(w).is_some());
const REL: S = Start::Class(|w, _| rel_word(w).is_some());
const HOLIDAY: S = Start::Class(|w, _| lx::holidays_from(w).next().is_some());
/// "'98", "the '90s": an apostrophe before a number.
const APOSTROPHE: S = Start::Token(|t, i| t.norm(i) == "\"" && t.is_num(i + 1));
const THE: S = Start::Words(&["the"]);

/// The expressions that stand by themselves, in the order they are tried (a tie goes to
/// the earlier).
static CORE: &[EnRule] = &[
    Rule {
        name: "date_md",
        first: &[WEEKDAY, MONTH],
        apply: |g, i| g.date_md(i),
    },
    Rule {
        name: "date_dm",
        first: &[THE, NUMBER, NUMBER_WORD, ORDINAL],
        apply: |g, i| g.date_dm(i),
    },
    Rule {
        name: "numeric_date",
        first: &[NUMBER],
        apply: |g, i| g.numeric_date(i),
    },
    Rule {
        name: "loose_md",
        first: &[NUMBER],
        apply: |g, i| g.loose_md(i),
    },
    Rule {
        name: "year",
        first: &[
            Start::Words(&["fiscal", "fy", "the"]),
            NUMBER,
            NUMBER_WORD,
            APOSTROPHE,
        ],
        apply: |g, i| g.year(i),
    },
    Rule {
        name: "decade",
        first: &[THE, NUMBER, APOSTROPHE],
        apply: |g, i| g.decade(i),
    },
    Rule {
        name: "century",
        first: &[THE, NUMBER, ORDINAL, NUMBER_WORD],
        apply: |g, i| g.century(i),
    },
    Rule {
        name: "year_part",
        first: &[
            Start::Words(&["q", "h", "the", "fiscal"]),
            NUMBER,
            NUMBER_WORD,
            ORDINAL,
            REL,
            SEASON,
        ],
        apply: |g, i| g.year_part(i),
    },
    Rule {
        name: "relative",
        first: &[
            Start::Words(&[
                "today",
                "tonight",
                "tomorrow",
                "tomorrows",
                "yesterday",
                "the",
                "lunch",
                "atm",
                "all",
                "now",
                "currently",
                "presently",
                "nowadays",
                "right",
                "these",
                "recently",
                "lately",
                "recent",
                "that",
                "earlier",
                "later",
                "year",
                "day",
                "rest",
            ]),
            DAY_PART,
            REL,
        ],
        apply: |g, i| g.relative(i),
    },
    Rule {
        name: "weekday",
        first: &[WEEKDAY],
        apply: |g, i| g.weekday(i),
    },
    Rule {
        name: "weekday_count",
        first: &[NUMBER, NUMBER_WORD],
        apply: |g, i| g.weekday_count(i),
    },
    Rule {
        name: "offset",
        first: &[
            NUMBER,
            NUMBER_WORD,
            UNIT,
            Start::Words(&["several", "few", "some", "half"]),
        ],
        apply: |g, i| g.offset(i),
    },
    Rule {
        name: "duration",
        first: &[
            NUMBER,
            NUMBER_WORD,
            UNIT,
            THE,
            REL,
            ORDINAL,
            Start::Words(&["several", "few", "some", "half"]),
        ],
        apply: |g, i| g.duration(i),
    },
    Rule {
        name: "set",
        first: &[
            Start::Words(&[
                "daily",
                "weekly",
                "monthly",
                "yearly",
                "annually",
                "hourly",
                "nightly",
                "quarterly",
                "every",
                "each",
                "per",
                "once",
                "twice",
            ]),
            NUMBER,
            NUMBER_WORD,
        ],
        apply: |g, i| g.set(i),
    },
    Rule {
        name: "time_only",
        first: &[
            NUMBER,
            NUMBER_WORD,
            Start::Words(&["noon", "midday", "midnight", "mid"]),
        ],
        apply: |g, i| g.time_only(i),
    },
    Rule {
        name: "holiday",
        first: &[HOLIDAY, REL],
        apply: |g, i| g.holiday(i),
    },
    Rule {
        name: "upcoming",
        first: &[REL, NUMBER, NUMBER_WORD],
        apply: |g, i| g.upcoming(i),
    },
    Rule {
        name: "nth_of_month",
        first: &[THE, REL, NUMBER, NUMBER_WORD, ORDINAL],
        apply: |g, i| g.nth_of_month(i),
    },
    Rule {
        name: "day_of_month",
        first: &[WEEKDAY, THE, NUMBER, NUMBER_WORD, ORDINAL],
        apply: |g, i| g.day_of_month(i),
    },
    Rule {
        name: "clock_words",
        first: &[NUMBER, NUMBER_WORD, Start::Words(&["half", "quarter"])],
        apply: |g, i| g.clock_words(i),
    },
    Rule {
        name: "hour_then_part",
        first: &[NUMBER, NUMBER_WORD],
        apply: |g, i| g.hour_then_part(i),
    },
    Rule {
        name: "part_of_day",
        first: &[DAY_PART, THE, Start::Words(&["early", "late"])],
        apply: |g, i| g.part_of_day(i),
    },
];

/// Where the composition in `ranges.rs` may start besides a core rule: relation words
/// ("since", "from ... to"), amounts around a core ("about", "more than", "in three
/// years"), and the modifiers of `modded` ("early", "the end of", "EOM", "mid-").
static MARKERS: &[EnRule] = &[
    Rule {
        name: "relation",
        first: &[Start::Words(&[
            "since", "until", "till", "from", "between", "for", "in", "after",
        ])],
        apply: |g, i| g.full(i),
    },
    Rule {
        name: "approx",
        first: &[Start::Words(&[
            "about",
            "around",
            "approximately",
            "roughly",
            "circa",
            "ca",
            "nearly",
            "almost",
            "more",
            "less",
            "at",
            "up",
            "no",
            "over",
            "under",
        ])],
        apply: |g, i| g.full(i),
    },
    Rule {
        name: "modded",
        first: &[Start::Words(&[
            "eom",
            "bom",
            "eoy",
            "boy",
            "mid",
            "midmorning",
            "midafternoon",
            "year",
            "early",
            "late",
            "end",
            "beginning",
            "start",
            "middle",
        ])],
        apply: |g, i| g.modded(i),
    },
];

static CORE_RULES: LazyLock<Rules<Apply, ()>> = LazyLock::new(|| Rules::new(CORE, 0));
static MARKER_RULES: LazyLock<Rules<Apply, ()>> = LazyLock::new(|| Rules::new(MARKERS, CORE.len()));
/// The rule names, in the order of their bits (`CORE`, then `MARKERS`).
pub(super) static NAMES: LazyLock<&'static [&'static str]> =
    LazyLock::new(|| crate::grammar::names(&[CORE, MARKERS]));

/// The bit of a marker rule, for the composition in `ranges.rs` that reads it.
fn marker(name: &str) -> RuleBits {
    MARKER_RULES.bit(name)
}

impl G<'_, '_> {
    /// Whether some rule may start at `i`.
    fn trigger(&self, i: usize) -> bool {
        CORE_RULES.starts_at(self.t, i, &()) || MARKER_RULES.starts_at(self.t, i, &())
    }

    /// The longest core pattern at `i`.
    fn core(&self, i: usize) -> Option<Hit> {
        CORE_RULES.longest(self.t, i, &(), |f| f(self, i))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `tag` skips the tokens `trigger` rules out; no expression may start there.
    #[test]
    fn no_expression_starts_where_tag_skips() {
        let mut texts: Vec<String> = std::fs::read_dir("samples")
            .unwrap()
            .flatten()
            .filter(|e| e.path().to_string_lossy().ends_with(".en.txt"))
            .map(|e| std::fs::read_to_string(e.path()).unwrap())
            .collect();
        let corpus = std::fs::read_to_string("tests/corpus/en.tsv").unwrap();
        texts.extend(
            corpus
                .lines()
                .filter(|l| !l.starts_with('#'))
                .filter_map(|l| l.split('\t').nth(2))
                .map(String::from),
        );
        texts.push("'98 (Dec. 5), -3 days, /2019/ ... \"today\" - the 1990s".into());
        assert!(texts.len() > 100);
        for text in &texts {
            let t = crate::lang::text(text);
            let g = G { t: &t };
            for i in 0..t.len() {
                if !g.trigger(i) {
                    assert!(g.at(i).is_none(), "{:?} in {text:?}", t.raw(i));
                }
            }
        }
    }
}
