//! Russian: lexicon, date grammar, tense and event cues.

mod events;
mod eventwords;
mod lexicon;
mod morph;
mod rules;
mod storywords;

use super::{DateWords, EventCue, Labels, Language, Mention, Paraphrase, Ui};
use crate::text::Text;
use crate::time::Tense;

pub struct Russian;

pub static RUSSIAN: Russian = Russian;

static LABELS: Labels = Labels {
    months: [
        "янв", "фев", "мар", "апр", "мая", "июн", "июл", "авг", "сен", "окт", "ноя", "дек",
    ],
    months_alone: [
        "янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек",
    ],
    since: "с",
    until: "до",
    before: "не позже",
    after: "после",
    undated: "без даты",
    present: "сейчас",
    century: "век",
    decade_suffix: "-е",
    bc: "до н. э.",
    seasons: ["весна", "лето", "осень", "зима"],
    quarter: "{n} кв.",
    half: "{n} полугодие",
    of: DateWords {
        months: [
            "января",
            "февраля",
            "марта",
            "апреля",
            "мая",
            "июня",
            "июля",
            "августа",
            "сентября",
            "октября",
            "ноября",
            "декабря",
        ],
        seasons: ["весны", "лета", "осени", "зимы"],
        day: "{d} {m} {y} года",
        month: "{m} {y} года",
        season: "{s} {y} года",
        quarter: "{n} квартала {y} года",
        half: "{n} полугодия {y} года",
        year: "{y} года",
        decade: "{d}-х годов",
        century: "{c} века",
    },
    since_of: "с {}",
    until_of: "до {}",
    before_of: "до {}",
    after_of: "после {}",
    mod_start: ["в начале {}", "начала {}"],
    mod_mid: ["в середине {}", "середины {}"],
    mod_end: ["в конце {}", "конца {}"],
    mod_approx: ["около {}", "примерно {}"],
    ui: Ui {
        chronicle: "Хроника",
        overview: "Обзор",
        events: "События",
        undated: "Без даты",
        no_dated: "Нет событий с датой.",
        columns: ["дата", "событие", "место", "источники", "предложение"],
        legend: [
            "день",
            "неделя / месяц",
            "сезон / квартал",
            "год",
            "дольше",
            "открытый срок",
        ],
        source: ["Источник", "Источники"],
        event_forms: ["событие", "события", "событий"],
        from_source_forms: ["источника", "источников", "источников"],
        count: "{events} из {sources}",
        more: "ещё {n} без подписи — см. таблицу",
        undated_count: "{n} без даты",
        no_dct: "дата публикации не указана{which}: относительные даты отсчитаны от {date}",
        no_dct_some: " у {n} из {m}",
        plural: russian_plural,
    },
};

/// 1, 21 событие; 2–4, 22 события; 5–20, 25 событий.
fn russian_plural(n: u64) -> usize {
    match (n % 10, n % 100) {
        (1, r) if r != 11 => 0,
        (2..=4, r) if !(12..=14).contains(&r) => 1,
        _ => 2,
    }
}

impl Language for Russian {
    fn code(&self) -> &'static str {
        "ru"
    }

    fn abbreviations(&self) -> &'static super::AbbreviationWords {
        &lexicon::ABBREVIATIONS
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

    fn offset_word(&self, word: &str) -> bool {
        matches!(
            word,
            "через" | "спустя" | "назад" | "позже" | "позднее" | "ранее" | "раньше"
        )
    }
}
