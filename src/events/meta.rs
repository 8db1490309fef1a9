//! Document metadata: a media-registration notice, a source or photo credit, a byline.
//! A date in them dates the publication's paperwork, not a fact of the story, so they
//! give no events. The engine is shared; each language gives its words (`MetaWords`).

/// The words that mark metadata in one language, lower-case.
pub struct MetaWords {
    /// A sentence holding one of these, spaces left out, is a registration notice
    /// ("свидетельство о регистрации", "фс77").
    pub notices: &'static [&'static str],
    /// A sentence opening with one of these and a colon is a credit ("Источник: ТАСС").
    pub labels: &'static [&'static str],
    /// Every notice holds one of these as written ("№"): most sentences are passed over
    /// without folding their case.
    pub hints: &'static [&'static str],
}

/// The sentence is document metadata in a language with these words.
pub fn is_metadata(sentence: &str, words: &MetaWords) -> bool {
    let s = sentence.trim_start();
    // "Источник:", "Фото:" at the start: a label and a colon within its first three words.
    let head = &s.as_bytes()[..s.len().min(60)];
    if let Some(colon) = head.iter().position(|&b| b == b':') {
        let label = s[..colon].trim().to_lowercase();
        if label.split_whitespace().count() <= 3 && words.labels.contains(&label.as_str()) {
            return true;
        }
    }
    // A notice is a line of its own; long sentences are the story (and cost most to read).
    if words.notices.is_empty() || s.len() > 600 || !words.hints.iter().any(|h| s.contains(h)) {
        return false;
    }
    let squeezed: String = s
        .chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect();
    words.notices.iter().any(|w| squeezed.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    const W: MetaWords = MetaWords {
        notices: &["свидетельствоорегистрации", "фс77"],
        labels: &["источник", "фото"],
        hints: &["№", "егистрац"],
    };

    #[test]
    fn notices_and_credits_are_metadata() {
        for s in [
            "Эл № ФС77-55029 от 14 августа 2013 года, выдано Федеральной службой",
            "Свидетельство о регистрации СМИ ЭЛ № ФС 77 - 79279 от 02.11 2020 г.",
            "Источник: ТАСС, 5 мая 2020 года",
            "  Фото : пресс-служба, 2019",
        ] {
            assert!(is_metadata(s, &W), "{s}");
        }
        for s in [
            "5 мая в Москве открылся форум.",
            "Министр заявил: форум откроется 5 мая.",
            "Источник в правительстве сообщил 5 мая, что министр ушёл.",
        ] {
            assert!(!is_metadata(s, &W), "{s}");
        }
    }
}
