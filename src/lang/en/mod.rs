//! English: lexicon, date grammar, tense and event cues.

mod events;
mod grammar;
mod lexicon;

use super::{EventCue, Labels, Language, Mention};
use crate::text::Text;
use crate::time::{Expr, Tense, YearRule};

pub struct English;

pub static ENGLISH: English = English;

static LABELS: Labels = Labels {
    months: [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ],
    since: "since",
    until: "until",
    before: "before",
    after: "after",
    undated: "undated",
    present: "now",
    century: "century",
    decade_suffix: "s",
    seasons: ["spring", "summer", "autumn", "winter"],
    quarter: "Q{n}",
    half: "H{n}",
};

impl Language for English {
    fn code(&self) -> &'static str {
        "en"
    }

    fn labels(&self) -> &'static Labels {
        &LABELS
    }

    fn own_letter(&self, c: char) -> bool {
        c.is_ascii_alphabetic()
    }

    fn tag(&self, text: &Text) -> Vec<Mention> {
        grammar::tag(text)
    }

    fn tense(&self, text: &Text, m: &Mention) -> Tense {
        tense(text, m)
    }

    fn event(&self, text: &Text, mentions: &[Mention], index: usize) -> Option<EventCue> {
        events::cue(text, mentions, index)
    }

    /// English news often dates what is still to come in a past clause ("declared a
    /// dividend payable Dec. 7", "said it expects results in mid-November"): a date up
    /// to three months ahead stays in the DCT's year (tuned on TBAQ).
    fn year_rule(&self) -> YearRule {
        YearRule {
            past_slack_days: 90,
            past_slack_months: 2,
            future_slack_days: 7,
            future_slack_months: 1,
        }
    }

    /// "at 3am" with no verb around it, said at 04:30, is tomorrow's (a schedule, a
    /// heading); a tensed clause still decides.
    fn clocks_ahead(&self) -> bool {
        true
    }
}

/// The tense for a mention: its own "last"/"next" first ("last November"), then the
/// nearest tense cue in the clause (a comma costs distance, so the own clause wins).
fn tense(text: &Text, m: &Mention) -> Tense {
    let own = text.norm(m.first);
    // "last Friday of October" is the n-th day rule, not a past October.
    let nth = matches!(m.expr, Expr::Yearly { .. } | Expr::NthIn { .. });
    if matches!(own, "last" | "past" | "previous") && !nth {
        return Tense::Past;
    }
    if matches!(own, "next" | "coming") {
        return Tense::Future;
    }
    // A date with an explicit year needs no tense; skip the work.
    if let Expr::Date { year: Some(_), .. } = m.expr {
        return Tense::Unknown;
    }
    let Some(s) = text.sentence_of(m.first).copied() else {
        return Tense::Unknown;
    };
    let mut best: Option<(usize, Tense)> = None;
    let mut consider = |i: usize, dist: usize| {
        if best.is_some_and(|(d, _)| d <= dist) {
            return;
        }
        if let Some(t) = word_tense(text, i) {
            best = Some((dist, t));
        }
    };
    let mut pen = 0;
    for i in (s.first..m.first).rev() {
        if matches!(text.norm(i), "," | ";" | ":" | "(" | ")") {
            pen += 8;
        }
        consider(i, m.first - i + pen);
    }
    pen = 0;
    for i in m.last..s.last {
        if matches!(text.norm(i), "," | ";" | ":" | "(" | ")") {
            pen += 8;
        }
        // Verbs after the date are a little less likely to govern it.
        consider(i, i - m.last + 2 + pen);
    }
    match best {
        Some((_, t)) => t,
        // A bare weekday, month or day in a news sentence without a tense cue is mostly a
        // past one ("the vanguard arriving Tuesday"); a phrase alone keeps its reading.
        None if (is_weekday(&m.expr)
            || matches!(
                m.expr,
                Expr::Date {
                    year: None,
                    year_rel: None,
                    month: Some(_),
                    ..
                }
            ))
            && (s.first..s.last)
                .filter(|&i| (i < m.first || i >= m.last) && text.norm(i).len() > 2)
                .filter(|&i| text.norm(i).bytes().all(|b| b.is_ascii_lowercase()))
                .count()
                >= 4 =>
        {
            Tense::Past
        }
        None => Tense::Unknown,
    }
}

fn is_weekday(e: &Expr) -> bool {
    match e {
        Expr::Weekday {
            dir: 0, week: None, ..
        } => true,
        Expr::DayPart { day, .. } | Expr::At { day, .. } => is_weekday(day),
        _ => false,
    }
}

fn determiner(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "a"
            | "an"
            | "its"
            | "his"
            | "her"
            | "their"
            | "our"
            | "this"
            | "that"
            | "these"
            | "those"
            | "higher"
            | "lower"
            | "strong"
            | "weak"
            | "increased"
            | "reduced"
    )
}

/// The tense a single word signals, if any.
fn word_tense(text: &Text, i: usize) -> Option<Tense> {
    if !text.is_word(i) {
        return None;
    }
    let w = text.norm(i);
    let next = text.norm(i + 1);
    if lexicon::future_marker(w) {
        // "had been due to expire Friday": a plan that is over.
        if i > 0 && matches!(text.norm(i - 1), "had" | "been") && text.norm(i + 1) == "to" {
            return Some(Tense::Past);
        }
        return match w {
            // "expected to", "plans to", "set to", "due to" need the "to".
            // "due to its loss" is a cause, not a plan.
            "due" if next == "to" && (!text.is_word(i + 2) || determiner(text.norm(i + 2))) => None,
            "expected" | "scheduled" | "planned" | "plans" | "plan" | "slated" | "set" | "due"
            | "intends" | "aims" | "going" | "proposed" | "projected" => {
                (next == "to" || w == "scheduled" || w == "slated").then_some(Tense::Future)
            }
            "next" | "upcoming" | "later" | "tomorrow" => None,
            _ => Some(Tense::Future),
        };
    }
    if matches!(w, "is" | "are" | "am") && next == "to" {
        return Some(Tense::Future);
    }
    let past_form = lexicon::irregular_past(w)
        || (w.len() > 4 && w.ends_with("ed") && !lexicon::ed_not_past(w));
    if past_form {
        // A participle after "be" ("must be returned", "is expected") says nothing; the
        // auxiliary or modal around it does.
        let prev = if i > 0 { text.norm(i - 1) } else { "" };
        if matches!(prev, "be" | "been" | "being" | "is" | "are" | "am" | "to") {
            return None;
        }
        return Some(Tense::Past);
    }
    if matches!(w, "is" | "are" | "am" | "says" | "say") {
        return Some(Tense::Present);
    }
    None
}
