//! The rule framework every language's date grammar is written in.
//!
//! A grammar is a table of named [`Rule`]s. Each rule says where it may start ([`Start`]:
//! a number, some word forms, a word class of the language's lexicon, ...) and how it reads
//! the tokens from there (`apply`). [`Rules`] builds the first-word index from the table
//! itself, tries at a token only the rules that may start there, in table order, and keeps
//! the longest match (the earlier rule on a tie), as HeidelTime, Duckling and
//! rustling-ontology do with their named rules.
//!
//! The same index answers "may anything start at this word?", which the token loop asks to
//! skip most words: there is no hand-kept list of first words beside the rules. Each
//! grammar's tests check that no expression starts where the loop skips.
//!
//! Rules are plain functions over the language's own grammar state (`F` is its function
//! type), so a rule may call others, and a rule table may be the inner level of another
//! (ranges and modifiers around the core expressions).

use crate::text::Text;
use rustc_hash::FxHashMap;

/// Where a rule may start. The grammar tries a rule nowhere else, so a rule must accept
/// every token it reads from.
pub(crate) enum Start<X: 'static> {
    /// A number token.
    Number,
    /// A word whose normal form is one of these.
    Words(&'static [&'static str]),
    /// A word whose normal form begins so.
    Prefix(&'static str),
    /// A word of a class the language knows from the word form and its lexicon entry `X`
    /// (months, ordinals, holiday names, ...).
    Class(ClassTest<X>),
    /// A token the word form alone does not tell (capitals, a quote before a number): tested
    /// on the text at each token, so keep these few.
    Token(TokenTest),
}

/// One named rule: `first` says where it may start, `apply` (the language's function type
/// `F`) reads it.
pub(crate) struct Rule<F: 'static, X: 'static> {
    /// A short unique name; corpus lines cite it.
    pub name: &'static str,
    pub first: &'static [Start<X>],
    pub apply: F,
}

/// A match knows where it ends (tokens `..end`) and which rules read it.
pub(crate) trait Span {
    fn end(&self) -> usize;
    /// Adds a rule (its bit in the language's `RuleSet`) to the rules that read the match.
    fn read_by(&mut self, rule: RuleBits);
}

/// A set of one language's rules, one bit each in the order of `names`: what a match
/// reports as the rules that read it (the corpus test checks a line's rule is among them).
pub(crate) type RuleBits = u128;

type ClassTest<X> = fn(&str, &X) -> bool;
type TokenTest = fn(&Text, usize) -> bool;

/// Rules as a bit set, in table order (bit `n` is `rules[n]`).
pub(crate) type Mask = u128;

/// A rule table with its first-word index.
pub(crate) struct Rules<F: 'static, X: 'static> {
    rules: &'static [Rule<F, X>],
    /// The bit of `rules[0]` in the language's `RuleBits`.
    offset: u32,
    number: Mask,
    by_word: FxHashMap<&'static str, Mask>,
    prefixes: Vec<(&'static str, Mask)>,
    classes: Vec<(ClassTest<X>, Mask)>,
    tokens: Vec<(TokenTest, Mask)>,
}

impl<F: Copy + 'static, X: 'static> Rules<F, X> {
    /// The index of a table (at most 128 rules; names unique) whose first rule has bit
    /// `offset` in the language's rule set (the tables of a language follow each other).
    pub fn new(rules: &'static [Rule<F, X>], offset: usize) -> Self {
        assert!(
            offset + rules.len() <= RuleBits::BITS as usize,
            "too many rules in one language"
        );
        let mut r = Rules {
            rules,
            offset: offset as u32,
            number: 0,
            by_word: FxHashMap::default(),
            prefixes: Vec::new(),
            classes: Vec::new(),
            tokens: Vec::new(),
        };
        for (n, rule) in rules.iter().enumerate() {
            assert!(
                rules[..n].iter().all(|o| o.name != rule.name),
                "two rules named {}",
                rule.name
            );
            let bit: Mask = 1 << n;
            for s in rule.first {
                match s {
                    Start::Number => r.number |= bit,
                    Start::Words(ws) => {
                        for w in *ws {
                            *r.by_word.entry(w).or_default() |= bit;
                        }
                    }
                    Start::Prefix(p) => r.prefixes.push((p, bit)),
                    Start::Class(f) => r.classes.push((*f, bit)),
                    Start::Token(f) => r.tokens.push((*f, bit)),
                }
            }
        }
        r
    }

    /// Whether some rule may start at token `i` (`x`: its lexicon entry).
    pub fn starts_at(&self, t: &Text, i: usize, x: &X) -> bool {
        self.mask(t, i, x) != 0
    }

    /// The rules that may start at the word form `w` (lexicon entry `x`): a language may
    /// keep it with its lexicon entry and pass it to `longest_in`.
    pub fn word_mask(&self, w: &str, x: &X) -> Mask {
        let mut m = self.by_word.get(w).copied().unwrap_or(0);
        for (p, bit) in &self.prefixes {
            if w.starts_with(p) {
                m |= bit;
            }
        }
        for (f, bit) in &self.classes {
            if m & bit == 0 && f(w, x) {
                m |= bit;
            }
        }
        m
    }

    fn mask(&self, t: &Text, i: usize, x: &X) -> Mask {
        self.token_mask(t, i, || self.word_mask(t.norm(i), x))
    }

    /// The rules that may start at token `i`, given how to get a word's mask.
    fn token_mask(&self, t: &Text, i: usize, word: impl FnOnce() -> Mask) -> Mask {
        let mut m = if t.is_num(i) {
            self.number
        } else if t.is_word(i) {
            word()
        } else {
            0
        };
        for (f, bit) in &self.tokens {
            if m & bit == 0 && f(t, i) {
                m |= bit;
            }
        }
        m
    }

    /// The longest match at token `i` (lexicon entry `x`) of the rules that may start
    /// there, tried in table order; the earlier rule wins a tie.
    pub fn longest<M: Span>(
        &self,
        t: &Text,
        i: usize,
        x: &X,
        apply: impl FnMut(F) -> Option<M>,
    ) -> Option<M> {
        self.longest_in(self.mask(t, i, x), apply)
    }

    /// `longest` with the word's mask known (`word_mask`, kept by the caller).
    pub fn longest_with<M: Span>(
        &self,
        t: &Text,
        i: usize,
        word: Mask,
        apply: impl FnMut(F) -> Option<M>,
    ) -> Option<M> {
        self.longest_in(self.token_mask(t, i, || word), apply)
    }

    fn longest_in<M: Span>(&self, mut m: Mask, mut apply: impl FnMut(F) -> Option<M>) -> Option<M> {
        let mut best: Option<M> = None;
        while m != 0 {
            let n = m.trailing_zeros() as usize;
            m &= m - 1;
            if let Some(mut p) = apply(self.rules[n].apply) {
                if best.as_ref().is_none_or(|b| p.end() > b.end()) {
                    p.read_by(1 << (self.offset as usize + n));
                    best = Some(p);
                }
            }
        }
        best
    }

    /// The first rule of the table, in table order, that reads (for a table tried in a
    /// fixed order rather than for the longest match).
    pub fn first<M: Span>(&self, mut apply: impl FnMut(F) -> Option<M>) -> Option<M> {
        for (n, r) in self.rules.iter().enumerate() {
            if let Some(mut p) = apply(r.apply) {
                p.read_by(1 << (self.offset as usize + n));
                return Some(p);
            }
        }
        None
    }

    /// The bit of the rule named `name` (a name of this table).
    pub fn bit(&self, name: &str) -> RuleBits {
        let n = self.rules.iter().position(|r| r.name == name);
        1 << (self.offset as usize + n.expect("a rule of this table"))
    }
}

/// The names of a language's rules, tables in order: bit `n` of its `RuleBits` is name `n`.
pub(crate) fn names<F, X>(tables: &[&'static [Rule<F, X>]]) -> &'static [&'static str] {
    let names: Vec<&'static str> = tables
        .iter()
        .flat_map(|t| t.iter().map(|r| r.name))
        .collect();
    for (n, a) in names.iter().enumerate() {
        assert!(!names[..n].contains(a), "two rules named {a}");
    }
    names.leak()
}
