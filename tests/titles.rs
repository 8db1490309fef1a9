//! Title corpus: one line per behaviour of the title machinery, in both languages
//! (`tests/titles/{ru,en}.tsv`). Each line is a text (a sentence, or the sentences before
//! it that a title takes its subject from), the date in it, and the title of the event
//! that date dates; "-" where the date must date no event.

use chrono::NaiveDate;
use letopis::{Document, Extractor};

fn run(lang: &str, corpus: &str) {
    let ex = Extractor::new(NaiveDate::from_ymd_opt(2024, 12, 6).unwrap());
    let mut failures = Vec::new();
    let mut n = 0;
    for (i, line) in corpus.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        let [text, date, want] = cols[..] else {
            panic!("{lang}.tsv:{}: want 3 tab-separated columns", i + 1);
        };
        n += 1;
        let doc = Document {
            id: format!("{lang}{}", i + 1),
            text: text.to_string(),
            dct: NaiveDate::from_ymd_opt(2024, 12, 6).and_then(|d| d.and_hms_opt(12, 0, 0)),
            lang: Some(lang.into()),
            ..Default::default()
        };
        let out = ex.extract(&doc);
        let Some(tx) = out.timexes.iter().find(|t| t.text == date) else {
            failures.push(format!("{lang}.tsv:{}: no timex {date:?}", i + 1));
            continue;
        };
        let got = out
            .events
            .iter()
            .find(|e| e.timex.contains(&tx.id))
            .map_or("-", |e| e.title.as_str());
        if got != want {
            failures.push(format!(
                "{lang}.tsv:{}: {text}\n  want {want:?}\n  got  {got:?}",
                i + 1
            ));
        }
    }
    assert!(n > 0);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn russian_titles() {
    run("ru", include_str!("titles/ru.tsv"));
}

#[test]
fn english_titles() {
    run("en", include_str!("titles/en.tsv"));
}
