//! Morphology through `rumorph`, loaded on first use so that start-up stays fast.

use crate::text::Text;
use crate::time::Tense;
use rumorph::Dictionary;
use rustc_hash::FxHashMap;
use std::cell::RefCell;
use std::rc::Rc;
use std::sync::{LazyLock, OnceLock};

static DICT: LazyLock<Option<Dictionary>> = LazyLock::new(|| Dictionary::bundled().ok());

pub fn dict() -> Option<&'static Dictionary> {
    DICT.as_ref()
}

/// What the event rules ask most often of a UD tag, worked out once per tag number:
/// `UdTag::feat` walks the tag's feature list on every call.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct TagFacts {
    pub pos: &'static str,
    /// NOUN or PROPN.
    pub noun: bool,
    /// ADP: a preposition.
    pub adp: bool,
    /// A finite verb or a short participle ("избран").
    pub pred: bool,
    /// A full participle.
    pub participle: bool,
    pub converb: bool,
    pub case: Option<&'static str>,
    /// An abbreviation without a case.
    pub abbr_no_case: bool,
}

impl TagFacts {
    fn of(t: rumorph::UdTag<'static>) -> TagFacts {
        let (pos, vf) = (t.pos(), t.feat("VerbForm"));
        let short = t.feat("Variant") == Some("Short");
        TagFacts {
            pos,
            noun: matches!(pos, "NOUN" | "PROPN"),
            adp: pos == "ADP",
            pred: matches!(pos, "VERB" | "AUX")
                && (vf == Some("Fin") || (vf == Some("Part") && short)),
            participle: pos == "VERB" && vf == Some("Part") && !short,
            converb: pos == "VERB" && vf == Some("Conv"),
            case: t.feat("Case"),
            abbr_no_case: t.feat("Abbr") == Some("Yes") && t.feat("Case").is_none(),
        }
    }
}

/// The facts of UD tag number `ud` (`None` where `Dictionary::ud_tag` gives none).
pub fn tag_facts(ud: u16) -> Option<TagFacts> {
    // Each tag's facts on first use: a text meets a few hundred of the thousands of tags,
    // and start-up should not read them all.
    static TABLE: LazyLock<Vec<OnceLock<TagFacts>>> = LazyLock::new(|| {
        let n = dict().map_or(0, |d| d.ud_tags().len());
        (0..n).map(|_| OnceLock::new()).collect()
    });
    let cell = TABLE.get(ud as usize)?;
    Some(*cell.get_or_init(|| {
        dict()
            .and_then(|d| d.ud_tag(ud))
            .map(TagFacts::of)
            .unwrap_or_default()
    }))
}

/// The first six analyses of a word (`Dictionary::analyze`, most likely first), remembered
/// per thread and shared: event cues analyze every word of a window around each date, and the
/// windows of nearby dates overlap. Bounded, so memory stays flat on a long batch.
pub fn top_analyses(word: &str) -> Rc<[rumorph::Analysis]> {
    thread_local! {
        static SEEN: RefCell<Analyses> = Default::default();
    }
    remembered(&SEEN, word, 8192, 6)
}

/// All analyses of a word (`Dictionary::analyze`), remembered per thread: a title's noun is
/// looked for again in the text before it, and news repeats its nouns.
pub fn all_analyses(word: &str) -> Rc<[rumorph::Analysis]> {
    thread_local! {
        static SEEN: RefCell<Analyses> = Default::default();
    }
    remembered(&SEEN, word, 4096, usize::MAX)
}

type Analyses = FxHashMap<Box<str>, Rc<[rumorph::Analysis]>>;

/// The first `top` analyses of `word` from a per-thread cache of at most `max_seen` words
/// (emptied when full, so memory stays flat on a long batch).
fn remembered(
    seen: &'static std::thread::LocalKey<RefCell<Analyses>>,
    word: &str,
    max_seen: usize,
    top: usize,
) -> Rc<[rumorph::Analysis]> {
    if let Some(v) = seen.with_borrow(|m| m.get(word).cloned()) {
        return v;
    }
    let Some(d) = dict() else {
        return Rc::from(Vec::new());
    };
    let mut all = d.analyze(word);
    all.truncate(top);
    let v: Rc<[rumorph::Analysis]> = Rc::from(all);
    seen.with_borrow_mut(|m| {
        if m.len() >= max_seen {
            m.clear();
        }
        m.insert(word.into(), v.clone());
    });
    v
}

/// A given name, surname or patronymic by one of the first analyses ("Тарик").
pub fn person_name(word: &str) -> bool {
    let Some(d) = dict() else {
        return false;
    };
    top_analyses(word).iter().take(2).any(|a| {
        d.ud_tag(a.ud)
            .is_some_and(|t| matches!(t.feat("NameType"), Some("Giv" | "Sur" | "Pat")))
    })
}

/// Part of speech and tense of a word's most likely analysis.
pub fn verb_tense(word: &str) -> Option<Tense> {
    // A dictionary analysis costs ~2 µs and the words around dates repeat ("года", "сообщил"),
    // so each thread remembers its answers; the cache is cleared when it grows large.
    thread_local! {
        static SEEN: RefCell<FxHashMap<Box<str>, Option<Tense>>> = Default::default();
    }
    const MAX_SEEN: usize = 1 << 16;
    if let Some(t) = SEEN.with_borrow(|m| m.get(word).copied()) {
        return t;
    }
    let t = verb_tense_uncached(word);
    SEEN.with_borrow_mut(|m| {
        if m.len() >= MAX_SEEN {
            m.clear();
        }
        m.insert(word.into(), t);
    });
    t
}

fn verb_tense_uncached(word: &str) -> Option<Tense> {
    // Predicatives of need and intent have no tense of their own but, with the infinitive
    // they govern, speak of what is still to be done: "отчёт нужно сдать не позднее 1 марта",
    // "парламент должен собраться 5 января", "министр намерен посетить Пекин в марте".
    if matches!(
        word,
        "нужно"
            | "надо"
            | "необходимо"
            | "должен"
            | "должна"
            | "должно"
            | "должны"
            | "намерен"
            | "намерена"
            | "намерено"
            | "намерены"
            | "предстоит"
    ) {
        return Some(Tense::Future);
    }
    let d = dict()?;
    // Through the cache of event cues: the words near a date are the words they analyse.
    let a = top_analyses(word);
    let best = a.first()?;
    let tag = d.ud_tag(best.ud)?;
    if !matches!(tag.pos(), "VERB" | "AUX") {
        return None;
    }
    // Participles and converbs say less about the clause than finite verbs; still useful.
    match tag.feat("Tense") {
        Some("Past") => Some(Tense::Past),
        Some("Fut") => Some(Tense::Future),
        Some("Pres") => Some(Tense::Present),
        _ => None,
    }
}

/// The word's most likely reading is a finite verb or a short participle ("подписали",
/// "был", "основан"): a predicate.
pub fn is_predicate(word: &str) -> bool {
    top_analyses(word)
        .first()
        .and_then(|a| tag_facts(a.ud))
        .is_some_and(|f| f.pred)
}

/// The word's most likely reading is a noun (used to tell "в 2010 человек" from a year).
pub fn is_noun(word: &str) -> bool {
    let Some(d) = dict() else { return false };
    top_analyses(word)
        .first()
        .and_then(|a| d.ud_tag(a.ud))
        .is_some_and(|t| matches!(t.pos(), "NOUN" | "PROPN"))
}

/// The word's most likely reading is a noun or name in the dative ("Кравцову 39 лет").
pub fn is_dative_noun(word: &str) -> bool {
    let Some(d) = dict() else { return false };
    top_analyses(word)
        .first()
        .and_then(|a| d.ud_tag(a.ud))
        .is_some_and(|t| {
            matches!(t.pos(), "NOUN" | "PROPN" | "PRON") && t.feat("Case") == Some("Dat")
        })
}

/// One of the word's first readings is a plural noun or adjective in one of `cases`
/// ("майских праздников": "праздников" in the genitive plural).
pub fn plural_nominal_in(word: &str, cases: &[&str]) -> bool {
    let Some(d) = dict() else { return false };
    top_analyses(word).iter().take(3).any(|a| {
        d.ud_tag(a.ud).is_some_and(|t| {
            matches!(t.pos(), "NOUN" | "PROPN" | "ADJ" | "DET" | "NUM")
                && t.feat("Number") == Some("Plur")
                && t.feat("Case").is_some_and(|c| cases.contains(&c))
        })
    })
}

/// The word's most likely reading is a full participle ("избранный", "предусмотренный").
fn is_full_participle(word: &str) -> bool {
    top_analyses(word)
        .first()
        .and_then(|a| tag_facts(a.ud))
        .is_some_and(|f| f.participle)
}

/// One of the word's first two readings is a noun or adjective in `case` ("будущем сезоне":
/// "сезоне" in the locative).
pub fn nominal_in_case(word: &str, case: &str) -> bool {
    let Some(d) = dict() else { return false };
    top_analyses(word).iter().take(2).any(|a| {
        d.ud_tag(a.ud).is_some_and(|t| {
            matches!(t.pos(), "NOUN" | "PROPN" | "ADJ" | "DET" | "NUM")
                && t.feat("Case") == Some(case)
        })
    })
}

/// The word reads as a genitive noun or adjective: "накануне выборов".
pub fn is_genitive_nominal(word: &str) -> bool {
    let Some(d) = dict() else { return false };
    top_analyses(word).iter().take(2).any(|a| {
        d.ud_tag(a.ud).is_some_and(|t| {
            matches!(t.pos(), "NOUN" | "PROPN" | "ADJ" | "DET" | "NUM")
                && t.feat("Case") == Some("Gen")
        })
    })
}

/// The tense of the finite verb nearest to tokens `a..b` in the same sentence, looking
/// first inside the clause (up to a comma or dash), then in the whole sentence.
pub fn tense_near(text: &Text, a: usize, b: usize) -> Tense {
    tense_near_by(text, a, b, &mut |i| verb_tense(text.norm(i)))
}

/// `tense_near` of each token span; the verb tenses of tokens are looked up once for all,
/// as the clauses of nearby dates overlap.
pub fn tenses_near(text: &Text, spans: impl Iterator<Item = (usize, usize)>) -> Vec<Tense> {
    let mut memo: Vec<Option<Option<Tense>>> = vec![None; text.len()];
    spans
        .map(|(a, b)| {
            tense_near_by(text, a, b, &mut |i| {
                *memo[i].get_or_insert_with(|| verb_tense(text.norm(i)))
            })
        })
        .collect()
}

/// `tense_near`, with `verb_tense` of token `i` given by `tense_of(i)`.
fn tense_near_by(
    text: &Text,
    a: usize,
    b: usize,
    tense_of: &mut dyn FnMut(usize) -> Option<Tense>,
) -> Tense {
    let Some(s) = text.sentence_of(a).copied() else {
        return Tense::Unknown;
    };
    let mut best: Option<(usize, Tense)> = None;
    let mut consider = |i: usize, dist: usize, best: &mut Option<(usize, Tense)>| {
        if !text.is_word(i) || best.is_some_and(|(d, _)| d <= dist) {
            return;
        }
        let w = text.norm(i);
        if w.chars().count() < 3 {
            return;
        }
        let Some(t) = tense_of(i) else { return };
        // An attributive participle ("избранный президент") speaks of its noun, not of the
        // clause: a finite verb a little further away wins over it.
        let dist = dist + if is_full_participle(w) { 15 } else { 0 };
        if best.is_some_and(|(d, _)| d <= dist) {
            return;
        }
        // "будут утверждены", "будет объявлен": the auxiliary gives the tense of the
        // passive participle after it.
        let t = match i.checked_sub(1).map(|j| text.norm(j)) {
            Some("буду" | "будешь" | "будет" | "будем" | "будете" | "будут") => {
                Tense::Future
            }
            _ => t,
        };
        *best = Some((dist, t));
    };
    // Left and right within the sentence; a clause boundary costs distance, so a verb of
    // the same clause wins over a nearer one across a comma.
    let mut penalty = 0;
    for i in (s.first..a).rev() {
        if matches!(text.norm(i), "," | ";" | ":" | "-" | "(" | ")") {
            penalty += 20;
        }
        // Distance only grows from here: nothing further left can win.
        if best.is_some_and(|(d, _)| d <= a - i + penalty) {
            break;
        }
        consider(i, a - i + penalty, &mut best);
    }
    penalty = 0;
    for i in b..s.last {
        if matches!(text.norm(i), "," | ";" | ":" | "-" | "(" | ")") {
            penalty += 20;
        }
        let dist = i - b + 1 + penalty;
        if best.is_some_and(|(d, _)| d <= dist) {
            break;
        }
        consider(i, dist, &mut best);
    }
    best.map(|b| b.1).unwrap_or(Tense::Unknown)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The cached top analyses answer what a fresh `analyze` would.
    #[test]
    fn cached_analyses_agree_with_the_dictionary() {
        let Some(d) = dict() else { return };
        let words = [
            "сообщил",
            "проходит",
            "пройдет",
            "года",
            "Москве",
            "ОБСЕ",
            "выборов",
            "Кравцову",
            "человек",
            "году",
            "ёлка",
            "елка",
            "накануне",
            "будет",
            "x",
        ];
        for _ in 0..2 {
            for w in words {
                let all = d.analyze(w);
                let top = top_analyses(w);
                assert_eq!(&top[..], &all[..all.len().min(6)], "{w}");
                assert_eq!(&all_analyses(w)[..], &all[..], "{w}");
                let first = all.first().and_then(|a| d.ud_tag(a.ud));
                assert_eq!(
                    is_noun(w),
                    first.is_some_and(|t| matches!(t.pos(), "NOUN" | "PROPN")),
                    "{w}"
                );
            }
        }
    }

    /// The tense of a date's clause: the auxiliary before a passive participle gives it,
    /// and a finite verb wins over a nearer attributive participle.
    #[test]
    fn clause_tense_of_compound_and_participle() {
        if dict().is_none() {
            return;
        }
        let tense_at = |s: &str, word: &str| {
            let t = crate::lang::text(s);
            let i = (0..t.len()).find(|&i| t.norm(i) == word).expect(word);
            tense_near(&t, i, i + 1)
        };
        assert_eq!(
            tense_at("Итоги будут утверждены 12 января.", "12"),
            Tense::Future
        );
        assert_eq!(
            tense_at("Итоги были утверждены 12 января.", "12"),
            Tense::Past
        );
        assert_eq!(
            tense_at("20 января, избранный президент вступит в должность.", "20"),
            Tense::Future
        );
    }

    /// The table of tag facts answers what the tag itself says.
    #[test]
    fn tag_facts_agree_with_the_tags() {
        let Some(d) = dict() else { return };
        let n = d.ud_tags().len();
        for ud in 0..=n.min(u16::MAX as usize) as u16 {
            let Some(t) = d.ud_tag(ud) else {
                assert_eq!(tag_facts(ud), None);
                continue;
            };
            let f = tag_facts(ud).expect("a tag");
            let vf = t.feat("VerbForm");
            assert_eq!(f.pos, t.pos());
            assert_eq!(f.noun, matches!(t.pos(), "NOUN" | "PROPN"));
            assert_eq!(f.adp, t.pos() == "ADP");
            assert_eq!(
                f.pred,
                matches!(t.pos(), "VERB" | "AUX")
                    && (vf == Some("Fin")
                        || (vf == Some("Part") && t.feat("Variant") == Some("Short")))
            );
            assert_eq!(
                f.participle,
                t.pos() == "VERB" && vf == Some("Part") && t.feat("Variant") != Some("Short")
            );
            assert_eq!(f.converb, t.pos() == "VERB" && vf == Some("Conv"));
            assert_eq!(f.case, t.feat("Case"));
        }
    }
}
