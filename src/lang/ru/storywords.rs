//! Russian word data for the merged timeline (`crate::timeline`): the key a word is compared
//! by across articles, wordings that name one fact, pronouns.

use super::{lexicon, morph};
use crate::lang::Paraphrase;

/// The lemma's derivational stem, so that the event noun and its verb meet ("голосование",
/// "голосовали" → "голос"; "вакцинация", "вакцинировать" → "вакцин"), or `None` for a word
/// that tells no fact from another. `word` is lower case with ё as е.
pub fn key(word: &str) -> Option<String> {
    if word.chars().count() < 2 || !word.chars().all(char::is_alphabetic) {
        return None;
    }
    if is_time_word(word) {
        return None;
    }
    let a = morph::top_analyses(word);
    let lemma = match a.first() {
        Some(a) => {
            let pos = morph::tag_facts(a.ud).map_or("", |f| f.pos);
            if matches!(
                pos,
                "ADP" | "CCONJ" | "SCONJ" | "PART" | "PRON" | "DET" | "AUX" | "INTJ" | "NUM"
            ) {
                return None;
            }
            a.lemma.replace('ё', "е")
        }
        None => word.to_string(),
    };
    if is_time_word(&lemma) || is_empty_word(&lemma) {
        return None;
    }
    Some(stem(&lemma))
}

/// Cuts the longest derivational or inflectional ending that leaves at least four letters.
pub fn stem(lemma: &str) -> String {
    // Longest first; the verb endings before the bare infinitive ones.
    const ENDINGS: &[&str] = &[
        "ироваться",
        "ировать",
        "ирование",
        "оваться",
        "ование",
        "овать",
        "еваться",
        "евать",
        "ийский",
        "анский",
        "янский",
        "ический",
        "ация",
        "яция",
        "ение",
        "ание",
        "яние",
        "ятие",
        "итие",
        "тие",
        "ция",
        "ство",
        "ость",
        "ский",
        "ской",
        "иться",
        "аться",
        "яться",
        "еться",
        "уться",
        "ться",
        "тись",
        "ный",
        "ной",
        "ить",
        "ать",
        "ять",
        "еть",
        "уть",
        "ие",
        "ия",
        "ый",
        "ий",
        "ой",
        "ть",
        "ти",
        "а",
        "я",
        "о",
        "е",
        "ь",
        "ы",
        "и",
        "й",
    ];
    let n = lemma.chars().count();
    for e in ENDINGS {
        if let Some(s) = lemma.strip_suffix(e) {
            if n - e.chars().count() >= 4 {
                return s.to_string();
            }
        }
    }
    lemma.to_string()
}

/// Words of time: the date says it already ("января", "понедельник", "год", "прошлый").
fn is_time_word(w: &str) -> bool {
    lexicon::month(w).is_some()
        || lexicon::weekday(w).is_some()
        || lexicon::unit(w).is_some()
        || lexicon::relative(w).is_some()
        || lexicon::deictic_day(w).is_some()
        || lexicon::day_part(w).is_some()
        || lexicon::season(w).is_some()
        || matches!(
            w,
            "год"
                | "года"
                | "году"
                | "г"
                | "гг"
                | "тг"
                | "число"
                | "накануне"
                | "ныне"
                | "ранее"
        )
}

/// Words that say how a fact was told, not which fact: reporting verbs, empty verbs of being
/// and happening, light verbs whose object is the fact ("принять председательство",
/// "принятие декларации"), relative time adjectives, intensifiers. Two articles share them whatever they tell.
fn is_empty_word(lemma: &str) -> bool {
    matches!(
        lemma,
        "быть"
            | "стать"
            | "являться"
            | "заявить"
            | "заявлять"
            | "сообщить"
            | "сообщать"
            | "сообщаться"
            | "сказать"
            | "говорить"
            | "отметить"
            | "отмечать"
            | "подчеркнуть"
            | "рассказать"
            | "пояснить"
            | "добавить"
            | "передавать"
            | "передать"
            | "уточнить"
            | "написать"
            | "считать"
            | "также"
            | "уже"
            | "еще"
            | "лишь"
            | "только"
            | "весь"
            | "свой"
            | "который"
            | "этот"
            | "тот"
            | "такой"
            | "очень"
            | "более"
            | "время"
            | "раз"
            | "слово"
            | "данные"
            | "источник"
            | "прим"
            | "ред"
            | "пройти"
            | "проходить"
            | "состояться"
            | "произойти"
            | "происходить"
            | "предстоящий"
            | "грядущий"
            | "будущий"
            | "нынешний"
            | "текущий"
            | "очередной"
            | "принять"
            | "принимать"
            | "принятие"
            | "провести"
            | "проводить"
            | "проведение"
            | "осуществить"
            | "получить"
            | "сделать"
    )
}

/// Wordings of one fact: the lemmas (any order, close together) and the word they stand for.
pub static PARAPHRASES: &[Paraphrase] = &[
    // Taking office.
    (&["вступить", "должность"], "инаугурация"),
    (&["вступление", "должность"], "инаугурация"),
    (&["приступить", "обязанность"], "инаугурация"),
    (&["принести", "присяга"], "инаугурация"),
    (&["присяга"], "инаугурация"),
    (&["принять", "присяга"], "инаугурация"),
    // Leaving it.
    (&["уйти", "отставка"], "отставка"),
    (&["подать", "отставка"], "отставка"),
    (&["покинуть", "пост"], "отставка"),
    (&["уволиться"], "отставка"),
    // Elections, victory and defeat.
    (&["избрание"], "выборы"),
    (&["избрать"], "выборы"),
    (&["переизбрать"], "выборы"),
    (&["победить"], "победа"),
    (&["выиграть"], "победа"),
    (&["одержать", "победа"], "победа"),
    (&["проиграть"], "поражение"),
    (&["потерпеть", "поражение"], "поражение"),
    // Beginning and end.
    (&["начаться"], "начало"),
    (&["начать"], "начало"),
    (&["начинаться"], "начало"),
    (&["стартовать"], "начало"),
    (&["старт"], "начало"),
    (&["стартовый"], "начало"),
    (&["закончиться"], "окончание"),
    (&["завершиться"], "окончание"),
    (&["завершение"], "окончание"),
    (&["конец"], "окончание"),
    // Meetings and governments.
    (&["совещание"], "встреча"),
    (&["заседание"], "встреча"),
    (&["встретиться"], "встреча"),
    (&["кабмин"], "правительство"),
    (&["кабинет", "министр"], "правительство"),
    // Vaccination, quarantine.
    (&["прививка"], "вакцинация"),
    (&["привить"], "вакцинация"),
    (&["прививаться"], "вакцинация"),
    (&["карантин"], "локдаун"),
    // Death, arrest, visits.
    (&["умереть"], "смерть"),
    (&["скончаться"], "смерть"),
    (&["погибнуть"], "смерть"),
    (&["гибель"], "смерть"),
    (&["задержать"], "арест"),
    (&["задержание"], "арест"),
    (&["арестовать"], "арест"),
    (&["посетить"], "визит"),
    (&["посещение"], "визит"),
    // Countries by their other names.
    (&["соединить", "штат", "америка"], "сша"),
    (&["соединенный", "штат"], "сша"),
    (&["америка"], "сша"),
    (&["американский"], "сша"),
    (&["рф"], "россия"),
    (&["российский"], "россия"),
];

/// Personal and demonstrative pronouns: a title opening with one has lost its subject.
pub fn pronoun(w: &str) -> bool {
    matches!(
        w,
        "он" | "она"
            | "оно"
            | "они"
            | "его"
            | "ее"
            | "их"
            | "ему"
            | "ей"
            | "им"
            | "это"
            | "этот"
            | "эта"
            | "эти"
            | "там"
            | "здесь"
            | "тогда"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn event_noun_and_verb_share_a_key() {
        assert_eq!(key("голосование"), key("голосовали"));
        assert_eq!(key("вакцинация"), key("вакцинировать"));
        assert_eq!(key("подписание"), key("подписали"));
        assert_eq!(key("российский"), key("россии"));
        assert_eq!(key("президентских"), key("президента"));
        assert_ne!(key("выборщиков"), key("выборы"));
    }

    #[test]
    fn empty_and_time_words_have_no_key() {
        for w in [
            "января",
            "году",
            "в",
            "и",
            "заявил",
            "он",
            "прошлой",
            "понедельник",
            "2021",
        ] {
            assert_eq!(key(w), None, "{w}");
        }
    }
}
