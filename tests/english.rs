//! English through the public API: a whole sentence with spans and events, language
//! detection, odd input. The phrase corpus is `tests/corpus/en.tsv` (`tests/corpus.rs`).

use letopis::{parse_dct, Document, Extractor, Lang};

fn extractor() -> Extractor {
    Extractor::builder()
        .lang(Lang::En)
        .today(chrono::NaiveDate::from_ymd_opt(2024, 1, 1).unwrap())
        .build()
}

#[test]
fn whole_sentence_with_spans_and_events() {
    let ex = extractor();
    let text = "The summit in Riyadh on Tuesday approved the plan. Oil prices fell 3% in the third quarter of 2018.";
    let doc = Document {
        id: "s".into(),
        text: text.into(),
        dct: parse_dct("2018-11-30"),
        ..Default::default()
    };
    let out = ex.extract(&doc);
    let spans: Vec<(&str, usize, usize, String)> = out
        .timexes
        .iter()
        .map(|t| (t.text.as_str(), t.start, t.end, t.value.to_string()))
        .collect();
    assert_eq!(
        spans,
        [
            ("Tuesday", 24, 31, "2018-11-27".to_string()),
            ("the third quarter of 2018", 73, 98, "2018-Q3".to_string()),
        ]
    );
    let titles: Vec<&str> = out.events.iter().map(|e| e.title.as_str()).collect();
    assert!(
        titles.iter().any(|t| t.starts_with("Summit in Riyadh")),
        "{titles:?}"
    );
    assert!(
        titles.iter().any(|t| t.contains("Oil prices fell")),
        "{titles:?}"
    );
}

#[test]
fn detects_english() {
    assert_eq!(
        Lang::detect("The summit opened on Tuesday in Riyadh."),
        Lang::En
    );
    assert_eq!(
        Lang::detect("Саммит открылся во вторник в Эр-Рияде."),
        Lang::Ru
    );
}

#[test]
fn no_panic_on_odd_input() {
    let ex = extractor();
    for text in [
        "",
        "-",
        "in",
        "the",
        "9999-99-99",
        "12:",
        "'9",
        "from 5 to",
        "Q",
        "mid-",
        "2 1/",
        "between 2010 and",
    ] {
        let doc = Document {
            id: "x".into(),
            text: text.into(),
            ..Default::default()
        };
        let _ = ex.extract(&doc);
    }
}

/// A range written with one dash is two timexes, as TimeML tags it (TimeBank, WikiWars), and
/// the event it dates keeps the one interval users filter on (docs/FORMATS.md).
#[test]
fn one_dash_range_lists_both_ends_and_the_event_keeps_the_interval() {
    let ex = extractor();
    let text = "The Union blockade of the Southern ports lasted from 1861-1863 and ended blockade running.";
    let doc = Document {
        id: "r".into(),
        text: text.into(),
        dct: parse_dct("2009-12-19"),
        ..Default::default()
    };
    let out = ex.extract(&doc);
    let spans: Vec<(&str, &str, usize, usize, String)> = out
        .timexes
        .iter()
        .map(|t| {
            (
                t.id.as_str(),
                t.text.as_str(),
                t.start,
                t.end,
                t.value.to_string(),
            )
        })
        .collect();
    assert_eq!(
        spans,
        [
            ("t1", "1861", 53, 57, "1861".to_string()),
            ("t2", "1863", 58, 62, "1863".to_string()),
        ]
    );
    let e = out.events.first().expect("an event");
    assert_eq!(e.when.value.to_string(), "1861/1863");
    assert_eq!(e.timex, ["t1", "t2"]);
}
