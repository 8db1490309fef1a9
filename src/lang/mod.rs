//! Languages. Each folder holds one language's lexicon, date grammar and event cues; the engine
//! only sees the `Language` trait and never asks which language it has.

pub mod en;
pub mod ru;

use crate::text::Text;
use crate::time::{Expr, Mod, Relation, Tense, YearRule};

/// One temporal expression found by a grammar, before anchoring.
#[derive(Clone, Debug, PartialEq)]
pub struct Mention {
    /// Token range `first..last`.
    pub first: usize,
    pub last: usize,
    pub expr: Expr,
    pub modifier: Option<Mod>,
    /// How an event dated by this expression relates to it ("с 1992 года" = since).
    pub relation: Relation,
}

impl Mention {
    pub fn new(first: usize, last: usize, expr: Expr) -> Self {
        Mention {
            first,
            last,
            expr,
            modifier: None,
            relation: Relation::At,
        }
    }
}

/// A dated fact as a language reads it around one mention.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EventCue {
    pub title: String,
    /// Byte range of the event phrase in the source.
    pub start: usize,
    pub end: usize,
    pub location: Option<String>,
}

/// Words a writer needs to print dates for a person in this language.
pub struct Labels {
    /// Short month names, January first.
    pub months: [&'static str; 12],
    pub since: &'static str,
    pub until: &'static str,
    pub before: &'static str,
    pub after: &'static str,
    /// Placeholder for a value with no calendar position.
    pub undated: &'static str,
    pub present: &'static str,
    /// Centuries and decades: "XX век", "1990-е".
    pub century: &'static str,
    pub decade_suffix: &'static str,
    pub seasons: [&'static str; 4],
    /// "Q{n}", "{n} кв.": `{n}` is the quarter's number.
    pub quarter: &'static str,
    /// "H{n}", "{n} полугодие".
    pub half: &'static str,
}

pub trait Language: Send + Sync {
    /// Words for writers.
    fn labels(&self) -> &'static Labels;
    /// ISO 639-1 code.
    fn code(&self) -> &'static str;
    /// How much of the text looks like this language, 0..1 (used by `--lang auto`).
    fn detect(&self, text: &str) -> f32;
    /// Every temporal expression, in text order, not overlapping.
    fn tag(&self, text: &Text) -> Vec<Mention>;
    /// The tense of the clause around a mention.
    fn tense(&self, text: &Text, m: &Mention) -> Tense;
    /// The clause's tense even where the mention needs none to resolve (a date with its
    /// year): what the article says of that year, for dating a yearless dateline.
    fn clause_tense(&self, text: &Text, m: &Mention) -> Tense {
        self.tense(text, m)
    }
    /// The event a mention dates, if it dates one. `mentions` are all mentions of the text.
    fn event(&self, text: &Text, mentions: &[Mention], index: usize) -> Option<EventCue>;
    /// The events of several mentions (`indices`, in text order), one cue per index. A
    /// language overrides it to share work between the dates of one sentence.
    fn events(
        &self,
        text: &Text,
        mentions: &[Mention],
        indices: &[usize],
    ) -> Vec<Option<EventCue>> {
        indices
            .iter()
            .map(|&i| self.event(text, mentions, i))
            .collect()
    }

    /// How this language's news places a month or day said without a year.
    fn year_rule(&self) -> YearRule {
        YearRule::default()
    }

    /// Whether a clock time in a clause without tense (a phrase alone, a heading) is its
    /// next occurrence after the DCT rather than the DCT's day.
    fn clocks_ahead(&self) -> bool {
        false
    }
}

/// All languages, in the order `--lang auto` prefers them on a tie.
pub fn all() -> &'static [&'static dyn Language] {
    static ALL: [&dyn Language; 2] = [&ru::RUSSIAN, &en::ENGLISH];
    &ALL
}

/// The language for a code ("ru"), if supported.
pub fn by_code(code: &str) -> Option<&'static dyn Language> {
    all().iter().copied().find(|l| l.code() == code)
}

/// The language a text is most likely in; the first language when nothing says otherwise.
pub fn detect(text: &str) -> &'static dyn Language {
    let mut best = all()[0];
    let mut score = -1.0f32;
    for &l in all() {
        let s = l.detect(text);
        if s > score {
            best = l;
            score = s;
        }
    }
    best
}

/// Share of letters in `text` (first 1024 characters) that satisfy `pred`; 0 when there are none.
pub fn letter_share(text: &str, pred: impl Fn(char) -> bool) -> f32 {
    let mut all = 0u32;
    let mut hit = 0u32;
    // A thousand characters tell Russian from English; reading more only costs.
    let mut i = 0;
    for _ in 0..1024 {
        let Some((c, len)) = crate::text::char_at(text, i) else {
            break;
        };
        i += len;
        if crate::text::is_letter(c) {
            all += 1;
            if pred(c) {
                hit += 1;
            }
        }
    }
    if all == 0 {
        0.0
    } else {
        hit as f32 / all as f32
    }
}
