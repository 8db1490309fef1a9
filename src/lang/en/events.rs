//! English event cues: the noun phrase a date modifies ("the summit in Riyadh on Tuesday"),
//! or the clause around the date, trimmed to a short title.

use crate::lang::{EventCue, Mention};
use crate::text::Text;

/// Function words that never begin or end a title.
fn edge_word(w: &str) -> bool {
    matches!(
        w,
        "the"
            // the tail of a possessive cut off at the start ("the man's body")
            | "s"
            | "'"
            | "'s"
            | "a"
            | "an"
            | "in"
            | "on"
            | "at"
            | "of"
            | "for"
            | "to"
            | "from"
            | "by"
            | "with"
            | "and"
            | "or"
            | "but"
            | "since"
            | "until"
            | "during"
            | "after"
            | "before"
            | "that"
            | "which"
            | "who"
            | "as"
            | "than"
            | "its"
            | "their"
            | "his"
            | "her"
            | "this"
            | "these"
            | "those"
            | "is"
            | "was"
            | "were"
            | "are"
            | "be"
            | "been"
            | "also"
            | "said"
            | "says"
            | "say"
            | "when"
            | "while"
            | "where"
            | "about"
            | "around"
            | "over"
            | "into"
            | "through"
            | "between"
            | "ago"
            | "last"
            | "next"
            | "it"
            | "he"
            | "she"
            | "they"
            | "we"
            | "i"
            | "you"
            | "there"
            | "then"
            | "not"
            | "will"
            | "would"
            | "has"
            | "have"
            | "had"
            | "up"
            | "out"
            | "early"
            | "late"
            | "late-"
    )
}

fn boundary(w: &str) -> bool {
    matches!(w, "," | ";" | ":" | "(" | ")" | "\"" | "." | "!" | "?")
}

pub fn cue(text: &Text, mentions: &[Mention], index: usize) -> Option<EventCue> {
    let m = &mentions[index];
    let s = text.sentence_of(m.first)?;
    // Clause around the mention.
    let mut a = m.first;
    while a > s.first && !boundary(text.norm(a - 1)) {
        a -= 1;
    }
    let mut b = m.last;
    while b < s.last && !boundary(text.norm(b)) {
        b += 1;
    }
    // Words of the clause outside this and other mentions, left of the date first:
    // English puts subject, verb and object before the date ("X met Y on Tuesday").
    // Mentions are in text order and do not overlap: a binary search finds the one at `i`.
    let in_mention = |i: usize| {
        let k = mentions.partition_point(|o| o.last <= i);
        mentions.get(k).is_some_and(|o| o.first <= i)
    };
    let mut left: Vec<usize> = (a..m.first)
        .filter(|&i| !in_mention(i) && (text.is_word(i) || text.is_num(i)))
        .collect();
    let right: Vec<usize> = (m.last..b)
        .filter(|&i| !in_mention(i) && (text.is_word(i) || text.is_num(i)))
        .collect();
    // "X said Friday that Y": the fact is Y, not the saying.
    let reporting = |w: &str| {
        matches!(
            w,
            "said" | "says" | "announced" | "reported" | "told" | "stated" | "confirmed"
        )
    };
    if left.last().is_some_and(|&i| reporting(text.norm(i))) && right.len() >= 2 {
        left.clear();
    }
    // Drop the preposition that introduces the date ("on", "in").
    while left.last().is_some_and(|&i| edge_word(text.norm(i))) {
        left.pop();
    }
    let mut words: Vec<usize> = if left.len() >= 2 {
        let from = left.len().saturating_sub(8);
        left[from..].to_vec()
    } else {
        let mut w = left.clone();
        w.extend(right.iter().copied().take(8 - w.len().min(8)));
        w
    };
    while words.first().is_some_and(|&i| edge_word(text.norm(i))) {
        words.remove(0);
    }
    while words.last().is_some_and(|&i| edge_word(text.norm(i))) {
        words.pop();
    }
    if words.is_empty() {
        return None;
    }
    let (first, last) = (*words.first()?, *words.last()?);
    let mut title = String::new();
    for (k, &i) in words.iter().enumerate() {
        // Tokens that touch in the text touch in the title ("50th", "anti-Castro").
        if k > 0 && !(words[k - 1] + 1 == i && text.glued(i - 1)) {
            title.push(' ');
        }
        let raw = text.raw(i);
        if k == 0 {
            let mut cs = raw.chars();
            if let Some(c) = cs.next() {
                title.extend(c.to_uppercase());
                title.push_str(cs.as_str());
            }
        } else {
            title.push_str(raw);
        }
    }
    let start = text.tokens[first.min(m.first)].start;
    let end = text.tokens[(last + 1).max(m.last) - 1].end;
    Some(EventCue {
        title,
        start,
        end,
        location: None,
    })
}
