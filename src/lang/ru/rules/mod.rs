//! Russian date grammar: named rules over tokens (`crate::grammar`), tried at each token,
//! longest match wins. The rules live by topic in the files beside this one; each documents
//! the phrases it reads, and `tests/corpus/ru.tsv` holds a line for every rule by name.
//!
//! Two tables: `CORE` holds the expressions that stand by themselves ("5 декабря", "в
//! прошлом году", "через неделю"); `OUTER` the markers around them ("с", "до", "около",
//! "после"). `ranged` joins two core expressions into a range ("5–7 декабря").

mod clock;
mod dates;
mod holidays;
mod ranges;
mod relative;

use super::lexicon as lx;
use super::morph;
use crate::grammar::{Rule, RuleBits, Rules, Span, Start};
use crate::lang::Mention;
use crate::text::Text;
use crate::time::compose::{self, with_time};
use crate::time::holidays::Holiday;
use crate::time::{Clock, DayPart, Expr, Mod, NthOf, RefKind, Relation, Unit, YearPart};
use dates::*;
use relative::*;
use std::sync::LazyLock;

/// A match: tokens `..end`, what they mean, and how an event relates to them.
#[derive(Clone, Debug)]
struct P {
    end: usize,
    expr: Expr,
    modifier: Option<Mod>,
    relation: Relation,
    /// The rules that read it (`crate::grammar::RuleBits`).
    rules: RuleBits,
}

impl P {
    fn new(end: usize, expr: Expr) -> P {
        P {
            end,
            expr,
            modifier: None,
            relation: Relation::At,
            rules: 0,
        }
    }
    /// An interval ending at token `end`.
    fn between(end: usize, expr: Expr) -> P {
        P {
            end,
            expr,
            modifier: None,
            relation: Relation::Between,
            rules: 0,
        }
    }
    /// Also read by the rules of `inner`, a part of it.
    fn of(mut self, inner: &P) -> P {
        self.rules |= inner.rules;
        self
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
    let g = G {
        t: text,
        lex,
        whole: text,
    };
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
        if let Some(p) = g.full_in_paragraph(i) {
            if p.end > i && !g.quoted_name(i, p.end) {
                let end = g.weekday_aside(p.end, &p.expr).unwrap_or(p.end);
                out.push(Mention {
                    first: i,
                    last: end,
                    expr: p.expr,
                    modifier: p.modifier,
                    relation: p.relation,
                    rules: p.rules,
                });
                i = end;
                continue;
            }
        }
        i += 1;
    }
    holidays::christmas_west(text, &mut out);
    out
}

struct G<'a, 'b> {
    t: &'a Text<'b>,
    /// `lx::lookup` of each token.
    lex: Vec<lx::Lex>,
    /// The whole text, where `t` is cut at a paragraph (`full_in_paragraph`): the layout
    /// around a line is read there.
    whole: &'a Text<'b>,
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

/// The longer of two matches; the first on a tie.
fn longest(a: Option<P>, b: Option<P>) -> Option<P> {
    match (a, b) {
        (Some(x), Some(y)) => Some(if y.end > x.end { y } else { x }),
        (x, None) => x,
        (None, y) => y,
    }
}

impl Span for P {
    fn end(&self) -> usize {
        self.end
    }
    fn read_by(&mut self, rule: RuleBits) {
        self.rules |= rule;
    }
}

/// What a rule is: a reader of the tokens from `i`.
type Apply = fn(&G<'_, '_>, usize) -> Option<P>;
type RuRule = Rule<Apply, lx::Lex>;

/// The lexicon's word classes, as rule starts.
const ORDINAL: Start<lx::Lex> = Start::Class(|_, x| x.ordinal.is_some());
const CARDINAL: Start<lx::Lex> = Start::Class(|_, x| x.cardinal.is_some());
const TENS: Start<lx::Lex> = Start::Words(&["двадцать", "тридцать"]);
const LAST: Start<lx::Lex> = Start::Prefix("последн");
const HALF: Start<lx::Lex> = Start::Prefix("пол");
/// Roman numerals are capitals ("XX век", "II квартал"): the case is in the text.
const ROMAN: Start<lx::Lex> =
    Start::Token(|t, i| t.is_word(i) && t.tokens[i].upper && lx::roman(t.raw(i)).is_some());

/// The expressions that stand by themselves, in the order they are tried (a tie goes to
/// the earlier).
static CORE: &[RuRule] = &[
    Rule {
        name: "numeric_date",
        first: &[Start::Number],
        apply: |g, i| g.numeric_date(i),
    },
    Rule {
        name: "nth_in",
        first: &[ORDINAL, LAST],
        apply: |g, i| g.nth_in(i),
    },
    Rule {
        name: "part_of_month",
        first: &[ORDINAL, LAST, Start::Number],
        apply: |g, i| g.part_of_month(i),
    },
    Rule {
        name: "day_month",
        first: &[Start::Number, ORDINAL, TENS],
        apply: |g, i| g.day_month(i),
    },
    Rule {
        name: "year",
        first: &[Start::Number],
        apply: |g, i| g.year(i),
    },
    Rule {
        name: "decade",
        first: &[Start::Number],
        apply: |g, i| g.decade(i),
    },
    Rule {
        name: "decade_words",
        first: &[ORDINAL, Start::Prefix("нулев"), Start::Prefix("двухтысячн")],
        apply: |g, i| g.decade_words(i),
    },
    Rule {
        name: "year_part",
        first: &[ORDINAL, TENS],
        apply: |g, i| g.year_part(i),
    },
    Rule {
        name: "century",
        first: &[Start::Number, ORDINAL, TENS],
        apply: |g, i| g.century(i),
    },
    Rule {
        name: "weekday_date",
        first: &[Start::Class(|_, x| x.weekday.is_some())],
        apply: |g, i| g.weekday_date(i),
    },
    Rule {
        name: "weekday",
        first: &[Start::Class(|_, x| x.weekday.is_some())],
        apply: |g, i| g.weekday(i),
    },
    Rule {
        name: "month_year",
        first: &[Start::Class(|_, x| x.month.is_some())],
        apply: |g, i| g.month_year(i),
    },
    Rule {
        name: "month_day_year",
        first: &[Start::Class(|_, x| x.month.is_some())],
        apply: |g, i| g.month_day_year(i),
    },
    Rule {
        name: "relative",
        first: &[Start::Class(|_, x| x.relative.is_some())],
        apply: |g, i| g.relative(i),
    },
    Rule {
        name: "season",
        first: &[Start::Class(|_, x| x.season.is_some())],
        apply: |g, i| g.season(i),
    },
    Rule {
        name: "deictic",
        first: &[Start::Class(|_, x| x.deictic_day.is_some())],
        apply: |g, i| g.deictic(i),
    },
    Rule {
        name: "century_roman",
        first: &[ROMAN],
        apply: |g, i| g.century(i),
    },
    Rule {
        name: "year_part_roman",
        first: &[ROMAN],
        apply: |g, i| g.year_part(i),
    },
    // On a tie "в 15 часов" is a clock, "15 часов" (no context) a duration.
    Rule {
        name: "clock_numeric",
        first: &[Start::Number],
        apply: |g, i| g.clock_phrase(i),
    },
    Rule {
        name: "amount",
        first: &[
            Start::Number,
            CARDINAL,
            Start::Class(|_, x| x.vague || x.unit.is_some()),
            HALF,
        ],
        apply: |g, i| g.amount(i),
    },
    Rule {
        name: "anniversary",
        first: &[Start::Number],
        apply: |g, i| g.anniversary(i),
    },
    Rule {
        name: "year_range",
        first: &[Start::Number],
        apply: |g, i| g.year_range(i),
    },
    Rule {
        name: "months_of_year",
        first: &[Start::Number, CARDINAL, Start::Words(&["первые", "первых"])],
        apply: |g, i| g.months_of_year(i),
    },
    Rule {
        name: "day_part_prefix",
        first: &[
            Start::Class(|_, x| x.day_part.is_some()),
            Start::Words(&[
                "утренние",
                "утренних",
                "вечерние",
                "вечерних",
                "ночные",
                "ночных",
            ]),
        ],
        apply: |g, i| g.day_part_prefix(i),
    },
    Rule {
        name: "clock_words",
        first: &[
            Start::Words(&["без", "половине", "половина", "четверть"]),
            HALF,
            CARDINAL,
        ],
        apply: |g, i| g.clock_phrase(i),
    },
    Rule {
        name: "weekend",
        first: &[Start::Class(|w, _| weekend_offset(w).is_some())],
        apply: |g, i| g.weekend(i),
    },
    Rule {
        name: "unit_apart",
        first: &[Start::Class(|w, _| unit_apart(w).is_some())],
        apply: |g, i| g.unit_apart(i),
    },
    Rule {
        name: "now",
        first: &[Start::Words(&[
            "сейчас",
            "ныне",
            "нынче",
            "настоящее",
            "настоящий",
            "данный",
            "наши",
            "сегодняшний",
        ])],
        apply: |g, i| g.now(i),
    },
    Rule {
        name: "vague_past_future",
        first: &[Start::Words(&[
            "недавно",
            "недавнего",
            "недавнем",
            "недавней",
            "недавних",
            "недавние",
            "недавний",
            "недавнее",
            "недавнюю",
            "не",
            "последнее",
            "прошлом",
            "будущем",
            "ближайшее",
            "ближайшем",
            "скором",
            "недалеком",
            "недалёком",
            "отдаленном",
            "отдалённом",
            "обозримом",
            "ближайшие",
            "ближайших",
            "этому",
            "этот",
            "текущему",
            "текущий",
            "днях",
        ])],
        apply: |g, i| g.vague_past_future(i),
    },
    Rule {
        name: "eve",
        first: &[Start::Words(&["накануне"])],
        apply: |g, i| g.eve(i),
    },
    Rule {
        name: "half_of_day",
        first: &[Start::Words(&["первой", "второй"])],
        apply: |g, i| g.half_of_day(i),
    },
    Rule {
        name: "day_part_in_focus",
        first: &[Start::Words(&["утром", "днем", "вечером", "ночью"])],
        apply: |g, i| g.day_part_in_focus(i),
    },
    Rule {
        name: "adverb_set",
        first: &[Start::Words(&[
            "ежегодно",
            "ежедневно",
            "еженедельно",
            "ежемесячно",
            "ежеквартально",
        ])],
        apply: |g, i| g.adverb_set(i),
    },
    Rule {
        name: "every",
        first: &[Start::Words(&[
            "каждый",
            "каждую",
            "каждое",
            "каждые",
            "каждого",
            "каждой",
            "каждых",
        ])],
        apply: |g, i| g.every(i),
    },
    Rule {
        name: "today_on",
        first: &[Start::Words(&[
            "сегодняшнего",
            "сегодняшнему",
            "сегодняшнем",
            "сегодняшнее",
            "сегодняшняя",
            "сегодняшней",
            "сегодняшнюю",
            "сегодняшним",
        ])],
        apply: |g, i| g.today_on(i),
    },
    Rule {
        name: "that_time",
        first: &[Start::Words(&["то"])],
        apply: |g, i| g.that_time(i),
    },
    Rule {
        name: "once_in",
        first: &[Start::Words(&["раз"])],
        apply: |g, i| g.once_in(i),
    },
    Rule {
        name: "rate",
        first: &[Start::Words(&["день", "год", "неделю", "месяц", "сутки"])],
        apply: |g, i| g.rate(i),
    },
    Rule {
        name: "same_unit",
        first: &[Start::Words(&[
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
        ])],
        apply: |g, i| g.same_unit(i),
    },
    Rule {
        name: "next_day",
        first: &[Start::Words(&["следующий", "другой"])],
        apply: |g, i| g.next_day(i),
    },
    Rule {
        name: "shift",
        first: &[Start::Words(&["через", "спустя"])],
        apply: |g, i| g.shift(i),
    },
    Rule {
        name: "last_unit",
        first: &[Start::Words(&[
            "последний",
            "последнее",
            "последнюю",
            "последнего",
        ])],
        apply: |g, i| g.last_unit(i),
    },
    Rule {
        name: "last_n",
        first: &[Start::Words(&[
            "последние",
            "последних",
            "ближайшие",
            "ближайших",
            "следующие",
            "предстоящие",
        ])],
        apply: |g, i| g.last_n(i),
    },
    Rule {
        name: "part_of",
        first: &[Start::Words(&[
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
        ])],
        apply: |g, i| g.part_of(i),
    },
    Rule {
        name: "night_of",
        first: &[Start::Words(&["ночь"])],
        apply: |g, i| g.night_of(i),
    },
    Rule {
        name: "new_year",
        first: &[Start::Words(&[
            "новый",
            "нового",
            "новому",
            "новым",
            "новом",
        ])],
        apply: |g, i| g.new_year(i),
    },
    Rule {
        name: "christmas",
        first: &[Start::Words(&[
            "рождество",
            "рождества",
            "рождеству",
            "рождеством",
            "рождественская",
            "рождественскую",
            "рождественской",
            "рождественский",
            "рождественского",
            "рождественском",
            "сочельник",
            "сочельника",
            "сочельнику",
            "сочельником",
            "сочельнике",
        ])],
        apply: |g, i| g.christmas(i),
    },
    Rule {
        name: "victory_day",
        first: &[Start::Words(&["день", "дня", "дню", "днем"])],
        apply: |g, i| g.victory_day(i),
    },
    Rule {
        name: "year_word_first",
        first: &[Start::Words(&["год"])],
        apply: |g, i| g.year_word_first(i),
    },
    Rule {
        name: "weekend_bare",
        first: &[Start::Words(&["выходные", "выходных"])],
        apply: |g, i| g.weekend_bare(i),
    },
    Rule {
        name: "holiday",
        first: &[
            Start::Class(|_, x| matches!(x.relative, Some(-1..=1))),
            Start::Class(|w, _| {
                lx::holidays_from(w)
                    .iter()
                    .any(|(words, _)| lx::holiday_word(words[0], w))
            }),
        ],
        apply: |g, i| g.holiday(i),
    },
];

/// The markers around a core expression: ranges, open intervals, modifiers. `ranged` (any
/// core expression, or a range of two) is tried after them.
static OUTER: &[RuRule] = &[
    Rule {
        name: "since",
        first: &[Start::Words(&["с", "со"])],
        apply: |g, i| g.since(i),
    },
    Rule {
        name: "between",
        first: &[Start::Words(&["между"])],
        apply: |g, i| g.between(i),
    },
    Rule {
        name: "range_from",
        first: &[Start::Words(&["от"])],
        apply: |g, i| g.range_from(i),
    },
    Rule {
        name: "until",
        first: &[Start::Words(&["до", "по"])],
        apply: |g, i| g.until(i),
    },
    Rule {
        name: "not_later",
        first: &[Start::Words(&["не"])],
        apply: |g, i| g.not_later(i),
    },
    Rule {
        name: "after",
        first: &[Start::Words(&["после", "позже", "позднее"])],
        apply: |g, i| g.after(i),
    },
    Rule {
        name: "approx",
        first: &[Start::Words(&[
            "около",
            "примерно",
            "приблизительно",
            "порядка",
            "почти",
            "ориентировочно",
        ])],
        apply: |g, i| g.approx(i),
    },
];

/// The ranges `ranged` tries before a core expression, in order: the first that reads wins.
static RANGED: &[RuRule] = &[
    Rule {
        name: "day_range",
        first: &[Start::Number],
        apply: |g, i| g.day_range(i, &["-", "/"], true),
    },
    Rule {
        name: "listed_day",
        first: &[Start::Number],
        apply: |g, i| g.listed_day(i),
    },
];

static CORE_RULES: LazyLock<Rules<Apply, lx::Lex>> = LazyLock::new(|| Rules::new(CORE, 0));
static OUTER_RULES: LazyLock<Rules<Apply, lx::Lex>> =
    LazyLock::new(|| Rules::new(OUTER, CORE.len()));
static RANGED_RULES: LazyLock<Rules<Apply, lx::Lex>> =
    LazyLock::new(|| Rules::new(RANGED, CORE.len() + OUTER.len()));
/// The rule names, in the order of their bits (`CORE`, `OUTER`, `RANGED`).
pub(super) static NAMES: LazyLock<&'static [&'static str]> =
    LazyLock::new(|| crate::grammar::names(&[CORE, OUTER, RANGED]));

/// The core and outer rules that may start at word form `w` (lexicon entry `x`, its masks
/// not yet set), kept with the entry. Roman numerals depend on the written case and are
/// checked at the token.
pub(super) fn masks(w: &str, x: &lx::Lex) -> (crate::grammar::Mask, crate::grammar::Mask) {
    (CORE_RULES.word_mask(w, x), OUTER_RULES.word_mask(w, x))
}

impl G<'_, '_> {
    /// Range and open-interval markers, then a core expression or a range of two.
    fn full(&self, i: usize) -> Option<P> {
        let best = OUTER_RULES.longest_with(self.t, i, self.lex(i).outer, |f| f(self, i));
        longest(best, self.ranged(i))
    }

    /// `full`, never read across a blank line: "22:46⏎⏎пятница⏎⏎18 декабря 2020" heading a
    /// page is three lines of a layout, not one expression.
    fn full_in_paragraph(&self, i: usize) -> Option<P> {
        let p = self.full(i)?;
        let Some(b) = (i + 1..p.end).find(|&k| self.t.blank_line_before(k)) else {
            return Some(p);
        };
        let t = self.t.truncated(b);
        let g = G {
            t: &t,
            lex: self.lex[..b].to_vec(),
            whole: self.whole,
        };
        g.full(i)
    }

    /// Everything that is one expression by itself: the longest match of `CORE`.
    fn core(&self, i: usize) -> Option<P> {
        if i >= self.t.len() || !(self.t.is_num(i) || self.t.is_word(i)) {
            return None;
        }
        CORE_RULES.longest_with(self.t, i, self.lex(i).core, |f| f(self, i))
    }
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

    // ---------------------------------------------------------------- core

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

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(text: &str) -> Vec<String> {
        let t = crate::lang::text(text);
        tag(&t)
            .iter()
            .map(|m| t.slice(m.first, m.last).to_string())
            .collect()
    }

    /// A page's layout puts a time, a weekday and a date on lines of their own: three
    /// expressions; a weekday heading next to a date line is that date.
    #[test]
    fn no_expression_reads_across_a_blank_line() {
        let text = "Заголовок\n\n22:46 \n\nпятница \n\n18 декабря 2020 \n\nТекст.";
        assert_eq!(spans(text), ["22:46", "пятница", "18 декабря 2020"]);
        let t = crate::lang::text(text);
        let m = tag(&t);
        assert_eq!(m[1].expr, m[2].expr);
        // One line break is no paragraph: "25 января⏎2021 года" is one date.
        assert_eq!(spans("от 25 января\n2021 года"), ["25 января\n2021 года"]);
        // Nor is a weekday alone on a line, with no date line beside it, a date.
        let t = crate::lang::text("Расписание\n\nпятница\n\nзанятия");
        assert!(matches!(tag(&t)[0].expr, Expr::Weekday { .. }));
    }

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
                .filter_map(|l| l.split('\t').nth(2))
                .map(String::from),
        );
        texts.push("«2024» — (5 декабря), -3 дня, /2019/ … «сегодня» – 1990-е".into());
        assert!(texts.len() > 100);
        for text in &texts {
            let t = crate::lang::text(text);
            let lex = (0..t.len()).map(|i| lx::lookup(t.norm(i))).collect();
            let g = G {
                t: &t,
                lex,
                whole: &t,
            };
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
