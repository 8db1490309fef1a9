//! Event cues for Russian: the phrase a date modifies and a nominative title for it.

use crate::lang::{EventCue, Mention};
use crate::text::Text;

/// A first cut: the clause around the date, without the date, as the title.
pub fn cue(text: &Text, mentions: &[Mention], index: usize) -> Option<EventCue> {
    let m = &mentions[index];
    let s = text.sentence_of(m.first)?;
    let mut a = m.first;
    while a > s.first && !matches!(text.norm(a - 1), "," | ";" | ":" | "(") {
        a -= 1;
    }
    let mut b = m.last;
    while b < s.last && !matches!(text.norm(b), "," | ";" | ":" | ")" | ".") {
        b += 1;
    }
    let words: Vec<&str> = (a..b)
        .filter(|&i| (i < m.first || i >= m.last) && text.is_word(i))
        .map(|i| text.raw(i))
        .take(8)
        .collect();
    if words.is_empty() {
        return None;
    }
    Some(EventCue {
        title: words.join(" "),
        start: text.tokens[a].start,
        end: text.tokens[b - 1].end,
        location: None,
    })
}
