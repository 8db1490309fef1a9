//! Languages. Each folder holds one language's lexicon, date grammar and event cues; the engine
//! only sees the `Language` trait and never asks which language it has.

pub mod en;
pub mod ru;

use crate::text::{Abbreviations, Text};
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
    /// The rules that read it: bits over `Language::rule_names`.
    pub rules: u128,
}

impl Mention {
    pub fn new(first: usize, last: usize, expr: Expr) -> Self {
        Mention {
            first,
            last,
            expr,
            modifier: None,
            relation: Relation::At,
            rules: 0,
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
    /// Short month names after a day, January first: "9 мая".
    pub months: [&'static str; 12],
    /// Short month names standing alone, as in a heading: "май 1949" (the Russian nominative).
    pub months_alone: [&'static str; 12],
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
    /// After a year before the era: "480 до н. э.", "480 BC".
    pub bc: &'static str,
    pub seasons: [&'static str; 4],
    /// "Q{n}", "{n} кв.": `{n}` is the quarter's number.
    pub quarter: &'static str,
    /// "H{n}", "{n} полугодие".
    pub half: &'static str,
    /// Dates as a relation or MOD word governs them ("с 1992 года", "since 1992").
    pub of: DateWords,
    /// Relation phrases around such a date: "с {}", "since {}".
    pub since_of: &'static str,
    pub until_of: &'static str,
    pub before_of: &'static str,
    pub after_of: &'static str,
    /// MOD phrases, alone and under a relation word: ["в середине {}", "середины {}"],
    /// ["mid-{}", "mid-{}"]; APPROX's second form wraps the whole relation phrase.
    pub mod_start: [&'static str; 2],
    pub mod_mid: [&'static str; 2],
    pub mod_end: [&'static str; 2],
    pub mod_approx: [&'static str; 2],
    /// Interface words of the page, the TimelineJS slides and the calendar.
    pub ui: Ui,
}

/// Date forms a preposition governs (Russian genitive; English plain). Placeholders: `{y}`
/// year, `{m}` month (from `months`), `{d}` day or decade, `{n}` a number, `{c}` a roman
/// century, `{o}` an English ordinal, `{s}` a season.
pub struct DateWords {
    /// Full month names: "декабря", "December".
    pub months: [&'static str; 12],
    pub seasons: [&'static str; 4],
    pub day: &'static str,
    pub month: &'static str,
    pub season: &'static str,
    pub quarter: &'static str,
    pub half: &'static str,
    pub year: &'static str,
    pub decade: &'static str,
    pub century: &'static str,
}

/// Words of the interface around the dates.
pub struct Ui {
    /// The page's title when the inputs give none: "Хроника", "Chronicle".
    pub chronicle: &'static str,
    pub overview: &'static str,
    pub events: &'static str,
    pub undated: &'static str,
    pub no_dated: &'static str,
    /// Table columns: date, event, place, sources, sentence.
    pub columns: [&'static str; 5],
    /// Legend: day, week/month, season/quarter, year, longer, open-ended.
    pub legend: [&'static str; 6],
    /// "Источник" / "Источники" before a list of sources.
    pub source: [&'static str; 2],
    /// Plural forms picked by `plural`: "событие, события, событий".
    pub event_forms: [&'static str; 3],
    /// The forms after "из"/"from": "источника, источников, источников".
    pub from_source_forms: [&'static str; 3],
    /// "{events} из {sources}", "{events} from {sources}".
    pub count: &'static str,
    /// Under a picture, for the marks whose titles found no room: "ещё {n} без подписи…".
    pub more: &'static str,
    /// "{n} без даты", "{n} undated".
    pub undated_count: &'static str,
    /// When a document had no date of its own and today stood in for it: "{which}" is empty
    /// for the only document, else `no_dct_some`; "{date}" is the day used.
    pub no_dct: &'static str,
    /// "у {n} из {m}", "in {n} of {m}".
    pub no_dct_some: &'static str,
    /// The plural form (0, 1 or 2) for a number.
    pub plural: fn(u64) -> usize,
}

impl Ui {
    /// "7 событий из 1 источника", "7 events from 1 source".
    pub fn count(&self, events: usize, sources: usize) -> String {
        let form = |n: usize, forms: &[&str; 3]| format!("{n} {}", forms[(self.plural)(n as u64)]);
        self.count
            .replace("{events}", &form(events, &self.event_forms))
            .replace("{sources}", &form(sources, &self.from_source_forms))
    }

    /// "Источник" for one source, "Источники" for more.
    pub fn source(&self, n: usize) -> &'static str {
        self.source[usize::from(n > 1)]
    }
}

pub trait Language: Send + Sync {
    /// Words written with a full stop that does not end a sentence.
    fn abbreviations(&self) -> &'static AbbreviationWords;
    /// Words for writers.
    fn labels(&self) -> &'static Labels;
    /// ISO 639-1 code.
    fn code(&self) -> &'static str;
    /// A letter of this language's script.
    fn own_letter(&self, c: char) -> bool;
    /// How much of the text looks like this language, 0..1 (used by `--lang auto`): the
    /// share of its own letters among the letters (`first_letters`) of the first 1024
    /// characters.
    fn detect_letters(&self, letters: &[char]) -> f32 {
        if letters.is_empty() {
            return 0.0;
        }
        let hit = letters.iter().filter(|&&c| self.own_letter(c)).count();
        hit as f32 / letters.len() as f32
    }
    /// Every temporal expression, in text order, not overlapping.
    fn tag(&self, text: &Text) -> Vec<Mention>;
    /// The names of the grammar's rules: bit `n` of `Mention::rules` is name `n`.
    fn rule_names(&self) -> &'static [&'static str];
    /// The tense of the clause around a mention.
    fn tense(&self, text: &Text, m: &Mention) -> Tense;
    /// The clause's tense even where the mention needs none to resolve (a date with its
    /// year): what the article says of that year, for dating a yearless dateline.
    fn clause_tense(&self, text: &Text, m: &Mention) -> Tense {
        self.tense(text, m)
    }
    /// The mention comes before the predicate of its sentence, where a time sets the scene
    /// for what follows ("В 2010 году в Астане прошёл саммит"), rather than telling when the
    /// thing just said happened ("Завод был основан в 1957 году"). See `YearRule::narrative`.
    fn sets_scene(&self, _text: &Text, _m: &Mention) -> bool {
        true
    }
    /// The mention's clause looks back from the story's time ("forces that had invaded
    /// Burma in late 1943"): in a history, a flashback that leaves the story where it was.
    fn looks_back(&self, _text: &Text, _m: &Mention) -> bool {
        false
    }
    /// The tenses of all mentions; a language overrides it to share work between them.
    fn tenses(&self, text: &Text, mentions: &[Mention]) -> Vec<Tense> {
        mentions.iter().map(|m| self.tense(text, m)).collect()
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

    /// The weekday a full weekday name means, in any case form ("вторник", "среду",
    /// "Tuesday"); abbreviations are left out, as they are often other words.
    fn weekday_name(&self, _w: &str) -> Option<chrono::Weekday> {
        None
    }

    /// How this language's news places a month or day said without a year.
    fn year_rule(&self) -> YearRule {
        YearRule::default()
    }

    /// The words that mark document metadata (registration notices, credits), whose
    /// dates give no events.
    fn meta_words(&self) -> &'static crate::events::meta::MetaWords {
        &crate::events::meta::MetaWords {
            notices: &[],
            labels: &[],
            hints: &[],
        }
    }

    /// Whether JSON lists the two ends of a range written with one dash ("1861-1863") as two
    /// timexes, as the language's annotated corpora do (TimeML and TIMEX2 for English). A
    /// language whose corpora keep one span ("27-29 октября") keeps one timex. Either way an
    /// event dated by the range keeps the one interval.
    fn tags_range_ends(&self) -> bool {
        false
    }

    /// Whether a clock time in a clause without tense (a phrase alone, a heading) is its
    /// next occurrence after the DCT rather than the DCT's day.
    fn clocks_ahead(&self) -> bool {
        false
    }

    /// What the merged timeline compares a word by (`crate::timeline`): a key that its forms
    /// and its event noun or verb share ("голосование", "голосовали" → "голос"), or `None`
    /// for a word that tells no fact from another (function words, time words, reporting
    /// verbs). `word` is lower case with ё as е.
    fn word_key(&self, word: &str) -> Option<String> {
        (word.chars().count() >= 3 && word.chars().all(char::is_alphabetic))
            .then(|| word.to_string())
    }

    /// Wordings that name one fact (see `Paraphrase`).
    fn paraphrases(&self) -> &'static [Paraphrase] {
        &[]
    }

    /// A pronoun: a title that opens with one has lost its subject.
    fn pronoun(&self, _word: &str) -> bool {
        false
    }

    /// A word that makes a date a distance from another ("спустя две недели", "two weeks
    /// later"): its week or month is where the distance lands, not a period the text names,
    /// so no day inside refines it (`crate::timeline`). `word` is lower case.
    fn offset_word(&self, _word: &str) -> bool {
        false
    }

    /// A word that may stand between two coordinated dates so that the first shares the
    /// second's year: "April and June 1955", "в апреле и в июне 1955 года". See
    /// `share_years`.
    fn joins_dates(&self, _word: &str) -> bool {
        false
    }
}

/// "In April and June 1955", "on May 3 and May 5, 1990", "6-7 и 13-15 апреля 1915 года":
/// a date without a year coordinated with the next one takes that one's year, as a reader
/// does, instead of the DCT's or the focus's.
pub fn share_years(language: &dyn Language, text: &Text, mentions: &mut [Mention]) {
    for i in (0..mentions.len().saturating_sub(1)).rev() {
        let (a, b) = (&mentions[i], &mentions[i + 1]);
        if a.last >= b.first || !(a.last..b.first).all(|k| language.joins_dates(text.norm(k))) {
            continue;
        }
        let Some(y) = date_year(&b.expr) else {
            continue;
        };
        give_year(&mut mentions[i].expr, y);
    }
}

/// The year a month or day date states, or the first end of a range that states one
/// (unlike `time::resolve`'s survey, decades and bare years do not lend theirs).
fn date_year(e: &Expr) -> Option<i32> {
    match e {
        Expr::Date {
            year: Some(y),
            month: Some(_),
            ..
        } => Some(*y),
        Expr::Interval(a, b) => date_year(a).or_else(|| date_year(b)),
        _ => None,
    }
}

/// Put year `y` into a month or day said without one (both ends of a range).
fn give_year(e: &mut Expr, y: i32) {
    match e {
        Expr::Date {
            year: year @ None,
            year_rel: None,
            year_focus: false,
            month: Some(_),
            ..
        } => *year = Some(y),
        Expr::Interval(a, b) => {
            give_year(a, y);
            give_year(b, y);
        }
        _ => {}
    }
}

/// Words that name one fact together, in any order and close to each other, and the word
/// they stand for: `(&["вступить", "должность"], "инаугурация")`. Written as lemmas; the
/// timeline compares them by `Language::word_key`.
pub type Paraphrase = (&'static [&'static str], &'static str);

/// A language's words written with a full stop that does not end a sentence (lower case,
/// without the stop); see `text::Abbreviations`.
pub struct AbbreviationWords {
    /// A number after these does not open a sentence: "рис. 3".
    pub counting: &'static [&'static str],
    /// Nothing after these opens a sentence: "г.", "Mr.".
    pub always: &'static [&'static str],
}

/// The abbreviations of every language: a text is split into sentences before its language
/// is known.
pub(crate) fn abbreviations() -> &'static Abbreviations {
    static ALL: std::sync::LazyLock<Abbreviations> = std::sync::LazyLock::new(|| {
        let mut a = Abbreviations::default();
        for l in all() {
            let w = l.abbreviations();
            a.counting.extend(w.counting);
            a.always.extend(w.always);
        }
        a
    });
    &ALL
}

/// A text split into tokens and sentences with every language's abbreviations.
pub(crate) fn text(src: &str) -> Text<'_> {
    Text::new(src, abbreviations())
}

/// A language letopis reads. Adding one is a folder under `src/lang/` and a corpus under
/// `tests/corpus/`; this enum names it for library users.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Lang {
    /// Russian, `ru`.
    Ru,
    /// English, `en`.
    En,
}

impl Lang {
    /// Every language, in the order automatic detection prefers them on a tie.
    pub const ALL: [Lang; 2] = [Lang::Ru, Lang::En];

    /// The ISO 639-1 code: "ru", "en".
    pub fn code(self) -> &'static str {
        self.language().code()
    }

    /// The language of a code ("ru", "EN"), if letopis reads it.
    pub fn from_code(code: &str) -> Option<Lang> {
        let code = code.trim().to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The language a text is most likely in; the first of `ALL` when nothing says otherwise.
    pub fn detect(text: &str) -> Lang {
        // The letters are read once for all languages.
        let mut buf = ['\0'; 1024];
        let letters = first_letters(text, &mut buf);
        let mut best = Lang::ALL[0];
        let mut score = -1.0f32;
        for l in Lang::ALL {
            let s = l.language().detect_letters(letters);
            if s > score {
                best = l;
                score = s;
            }
        }
        best
    }

    /// The names of the grammar rules, as corpus lines cite them.
    pub fn rule_names(self) -> &'static [&'static str] {
        self.language().rule_names()
    }

    /// The one place a language's name meets its implementation.
    pub(crate) fn language(self) -> &'static dyn Language {
        match self {
            Lang::Ru => &ru::RUSSIAN,
            Lang::En => &en::ENGLISH,
        }
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl std::str::FromStr for Lang {
    type Err = String;
    fn from_str(s: &str) -> Result<Lang, String> {
        Lang::from_code(s).ok_or_else(|| {
            let codes: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
            format!(
                "unsupported language {s:?}: use one of {}",
                codes.join(", ")
            )
        })
    }
}

/// All languages (`Lang::ALL`), in the order `--lang auto` prefers them on a tie.
pub fn all() -> impl Iterator<Item = &'static dyn Language> {
    Lang::ALL.into_iter().map(Lang::language)
}

/// The language preferred when nothing says which.
pub fn first() -> &'static dyn Language {
    Lang::ALL[0].language()
}

/// The language for a code ("ru"), if supported.
pub fn by_code(code: &str) -> Option<&'static dyn Language> {
    all().find(|l| l.code() == code)
}

/// The language a text is most likely in; the first language when nothing says otherwise.
pub fn detect(text: &str) -> &'static dyn Language {
    Lang::detect(text).language()
}

/// The letters among the first 1024 characters of `text`, in `buf`.
pub fn first_letters<'b>(text: &str, buf: &'b mut [char; 1024]) -> &'b [char] {
    let b = text.as_bytes();
    let (mut i, mut n) = (0, 0);
    for _ in 0..1024 {
        let Some(&x) = b.get(i) else {
            break;
        };
        // ASCII and the two-byte rows U+0400..U+047F (all letters) without a table lookup.
        let (c, len, letter) = if x < 0x80 {
            (x as char, 1, x.is_ascii_alphabetic())
        } else if (x == 0xd0 || x == 0xd1) && i + 1 < b.len() {
            let c = ((x as u32 & 0x1f) << 6) | (b[i + 1] as u32 & 0x3f);
            (char::from_u32(c).unwrap_or('\0'), 2, true)
        } else {
            let Some((c, len)) = crate::text::char_at(text, i) else {
                break;
            };
            (c, len, crate::text::is_letter(c))
        };
        i += len;
        if letter {
            buf[n] = c;
            n += 1;
        }
    }
    &buf[..n]
}

/// Share of letters in `text` (first 1024 characters) that satisfy `pred`; 0 when there are
/// none. The plain reading `detect_letters` is tested against.
#[cfg(test)]
fn letter_share(text: &str, pred: impl Fn(char) -> bool) -> f32 {
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

#[cfg(test)]
mod tests {
    use super::*;

    /// `first_letters` takes U+0400..U+047F as letters without asking, and reads what
    /// `letter_share` reads.
    #[test]
    fn first_letters_are_the_letters() {
        for c in '\u{400}'..='\u{47f}' {
            assert!(c.is_alphabetic(), "{c:?}");
        }
        let long = "Саммит ОБСЕ — Ёж, the summit. ".repeat(60);
        for t in [
            "Привет, world! Ёж ѣ ҂ 字 ß 😀",
            "",
            "12 34",
            "ѐџѠѿ abc",
            &long,
        ] {
            let want: Vec<char> = t.chars().take(1024).filter(|c| c.is_alphabetic()).collect();
            let mut buf = ['\0'; 1024];
            assert_eq!(first_letters(t, &mut buf), &want[..], "{t:?}");
            for l in all() {
                assert_eq!(
                    l.detect_letters(&want),
                    letter_share(t, |c| l.own_letter(c)),
                    "{t:?}"
                );
            }
        }
    }
}
