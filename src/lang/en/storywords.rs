//! English word data for the merged timeline (`crate::timeline`): the key a word is compared
//! by across articles, wordings that name one fact, pronouns.

use super::lexicon;
use crate::lang::Paraphrase;

/// A stem that the noun and the verb of an event share ("election", "elected" → "elect";
/// "inauguration", "inaugurated" → "inaugur"), or `None` for a word that tells no fact from
/// another. `word` is lower case.
pub fn key(word: &str) -> Option<String> {
    let word = word.trim_end_matches("'s").trim_end_matches('\'');
    if word.len() < 2 || !word.chars().all(char::is_alphabetic) {
        return None;
    }
    if is_function_word(word) || is_time_word(word) {
        return None;
    }
    let base = irregular(word).unwrap_or(word);
    if is_empty_word(base) {
        return None;
    }
    Some(stem(base))
}

/// Cuts the longest ending that leaves at least four letters.
pub fn stem(w: &str) -> String {
    const ENDINGS: &[&str] = &[
        "izations", "ization", "ations", "ation", "itions", "ition", "ements", "ement", "ments",
        "ment", "ating", "ated", "ates", "ate", "ions", "ion", "ings", "ing", "ial", "ers", "er",
        "ies", "ied", "ed", "es", "e", "s", "y",
    ];
    for e in ENDINGS {
        if let Some(s) = w.strip_suffix(e) {
            // A plural or third person "s" may leave three letters ("wins").
            if s.len() >= 4 || (*e == "s" && s.len() == 3) {
                // "stepped", "planning": the consonant doubled before the ending.
                let b = s.as_bytes();
                let n = b.len();
                if matches!(*e, "ed" | "ing" | "er" | "ers")
                    && b[n - 1] == b[n - 2]
                    && !matches!(b[n - 1], b'l' | b's' | b'z' | b'f')
                {
                    return s[..n - 1].to_string();
                }
                return s.to_string();
            }
        }
    }
    w.to_string()
}

/// Past forms that no ending gives back.
fn irregular(w: &str) -> Option<&'static str> {
    Some(match w {
        "won" => "win",
        "lost" => "lose",
        "took" | "taken" => "take",
        "swore" | "sworn" => "swear",
        "met" => "meet",
        "held" => "hold",
        "began" | "begun" => "begin",
        "fell" | "fallen" => "fall",
        "led" => "lead",
        "left" => "leave",
        "ran" => "run",
        "gave" | "given" => "give",
        "came" => "come",
        "went" | "gone" => "go",
        "made" => "make",
        "brought" => "bring",
        "struck" => "strike",
        "shot" => "shoot",
        "died" | "dies" | "dying" => "die",
        "chose" | "chosen" => "choose",
        "broke" | "broken" => "break",
        "sold" => "sell",
        "bought" => "buy",
        "paid" => "pay",
        "stood" => "stand",
        "spoke" | "spoken" => "speak",
        "wrote" | "written" => "write",
        "flew" | "flown" => "fly",
        "sent" => "send",
        "built" => "build",
        "became" => "become",
        "elected" | "elects" | "electing" => "elect",
        _ => return None,
    })
}

fn is_time_word(w: &str) -> bool {
    lexicon::month(w).is_some_and(|(_, abbr)| !abbr)
        || lexicon::weekday_full(w)
        || lexicon::unit(w).is_some()
        || lexicon::season(w).is_some()
        || matches!(
            w,
            "today"
                | "yesterday"
                | "tomorrow"
                | "tonight"
                | "last"
                | "next"
                | "this"
                | "earlier"
                | "later"
                | "ago"
                | "morning"
                | "evening"
                | "afternoon"
                | "night"
                | "since"
                | "until"
                | "before"
                | "after"
        )
}

fn is_function_word(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "a"
            | "an"
            | "of"
            | "in"
            | "on"
            | "at"
            | "to"
            | "for"
            | "with"
            | "by"
            | "from"
            | "into"
            | "onto"
            | "over"
            | "under"
            | "about"
            | "as"
            | "and"
            | "or"
            | "but"
            | "nor"
            | "that"
            | "which"
            | "who"
            | "whom"
            | "whose"
            | "what"
            | "when"
            | "where"
            | "while"
            | "it"
            | "its"
            | "he"
            | "she"
            | "they"
            | "them"
            | "his"
            | "her"
            | "their"
            | "we"
            | "our"
            | "you"
            | "your"
            | "i"
            | "my"
            | "these"
            | "those"
            | "there"
            | "here"
            | "not"
            | "no"
            | "so"
            | "if"
            | "than"
            | "then"
            | "also"
            | "up"
            | "out"
            | "off"
            | "down"
            | "all"
            | "some"
            | "any"
            | "more"
            | "most"
            | "other"
            | "such"
            | "only"
            | "just"
            | "very"
            | "be"
            | "is"
            | "are"
            | "was"
            | "were"
            | "been"
            | "being"
            | "has"
            | "have"
            | "had"
            | "having"
            | "do"
            | "does"
            | "did"
            | "will"
            | "would"
            | "shall"
            | "should"
            | "can"
            | "could"
            | "may"
            | "might"
            | "must"
            | "mr"
            | "mrs"
            | "ms"
    )
}

/// Reporting verbs and other words that say how a fact was told, not which fact.
fn is_empty_word(w: &str) -> bool {
    matches!(
        w,
        "say"
            | "said"
            | "says"
            | "saying"
            | "tell"
            | "told"
            | "report"
            | "reported"
            | "reports"
            | "according"
            | "announce"
            | "announced"
            | "add"
            | "added"
            | "note"
            | "noted"
            | "claim"
            | "claimed"
            | "become"
            | "get"
            | "got"
    )
}

/// Wordings of one fact: the words (any order, close together) and the word they stand for.
pub static PARAPHRASES: &[Paraphrase] = &[
    (&["swear", "in"], "inauguration"),
    (&["take", "office"], "inauguration"),
    (&["assume", "office"], "inauguration"),
    (&["oath", "office"], "inauguration"),
    (&["inaugurate"], "inauguration"),
    (&["step", "down"], "resignation"),
    (&["resign"], "resignation"),
    (&["quit"], "resignation"),
    (&["reelect"], "election"),
    (&["elect"], "election"),
    (&["win"], "victory"),
    (&["defeat"], "loss"),
    (&["lose"], "loss"),
    (&["begin"], "start"),
    (&["launch"], "start"),
    (&["kick", "off"], "start"),
    (&["finish"], "end"),
    (&["conclude"], "end"),
    (&["meet"], "meeting"),
    (&["talks"], "meeting"),
    (&["session"], "meeting"),
    (&["cabinet"], "government"),
    (&["vaccinate"], "vaccine"),
    (&["vaccination"], "vaccine"),
    (&["jab"], "vaccine"),
    (&["inoculation"], "vaccine"),
    (&["quarantine"], "lockdown"),
    (&["die"], "death"),
    (&["dead"], "death"),
    (&["pass", "away"], "death"),
    (&["detain"], "arrest"),
    (&["detention"], "arrest"),
    (&["united", "states"], "us"),
    (&["america"], "us"),
    (&["american"], "us"),
    (&["usa"], "us"),
];

/// Pronouns: a title opening with one has lost its subject.
pub fn pronoun(w: &str) -> bool {
    matches!(
        w,
        "he" | "she" | "it" | "they" | "this" | "these" | "those" | "there" | "we" | "i"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn event_noun_and_verb_share_a_key() {
        assert_eq!(key("election"), key("elected"));
        assert_eq!(key("inauguration"), key("inaugurated"));
        assert_eq!(key("vaccination"), key("vaccinated"));
        assert_eq!(key("resignation"), key("resigned"));
        assert_eq!(key("signing"), key("signed"));
        assert_eq!(key("won"), key("wins"));
        assert_eq!(key("stepped"), key("step"));
    }

    #[test]
    fn empty_and_time_words_have_no_key() {
        for w in ["january", "monday", "the", "said", "he", "week", "2021"] {
            assert_eq!(key(w), None, "{w}");
        }
    }
}
