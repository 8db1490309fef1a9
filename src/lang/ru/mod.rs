//! Russian: lexicon, date grammar, tense and event cues.

mod events;
mod eventwords;
mod lexicon;
mod morph;
mod rules;
mod storywords;

use super::{EventCue, Labels, Language, Mention, Paraphrase};
use crate::text::Text;
use crate::time::Tense;

pub struct Russian;

pub static RUSSIAN: Russian = Russian;

static LABELS: Labels = Labels {
    months: [
        "янв", "фев", "мар", "апр", "мая", "июн", "июл", "авг", "сен", "окт", "ноя", "дек",
    ],
    since: "с",
    until: "до",
    before: "не позже",
    after: "после",
    undated: "без даты",
    present: "сейчас",
    century: "век",
    decade_suffix: "-е",
    seasons: ["весна", "лето", "осень", "зима"],
    quarter: "{n} кв.",
    half: "{n} полугодие",
};

impl Language for Russian {
    fn code(&self) -> &'static str {
        "ru"
    }

    fn labels(&self) -> &'static Labels {
        &LABELS
    }

    fn own_letter(&self, c: char) -> bool {
        matches!(c, 'а'..='я' | 'А'..='Я' | 'ё' | 'Ё')
    }

    fn weekday_name(&self, w: &str) -> Option<chrono::Weekday> {
        lexicon::weekday(w).filter(|_| w.chars().count() > 3)
    }

    fn tag(&self, text: &Text) -> Vec<Mention> {
        rules::tag(text)
    }

    fn rule_names(&self) -> &'static [&'static str] {
        *rules::NAMES
    }

    fn tense(&self, text: &Text, m: &Mention) -> Tense {
        morph::tense_near(text, m.first, m.last)
    }

    fn joins_dates(&self, word: &str) -> bool {
        matches!(word, "и" | "или" | "," | "в" | "во")
    }

    fn sets_scene(&self, text: &Text, m: &Mention) -> bool {
        let Some(s) = text.sentence_of(m.first) else {
            return true;
        };
        !(s.first..m.first).any(|i| text.is_word(i) && morph::is_predicate(text.norm(i)))
    }

    fn tenses(&self, text: &Text, mentions: &[Mention]) -> Vec<Tense> {
        morph::tenses_near(text, mentions.iter().map(|m| (m.first, m.last)))
    }

    fn meta_words(&self) -> &'static crate::events::meta::MetaWords {
        &eventwords::META
    }

    fn event(&self, text: &Text, mentions: &[Mention], index: usize) -> Option<EventCue> {
        events::cue(text, mentions, index)
    }

    fn events(
        &self,
        text: &Text,
        mentions: &[Mention],
        indices: &[usize],
    ) -> Vec<Option<EventCue>> {
        events::cues(text, mentions, indices)
    }

    fn word_key(&self, word: &str) -> Option<String> {
        storywords::key(word)
    }

    fn paraphrases(&self) -> &'static [Paraphrase] {
        storywords::PARAPHRASES
    }

    fn pronoun(&self, word: &str) -> bool {
        storywords::pronoun(word)
    }
}
