//! One story from many articles (docs/FORMATS.md, "Events and the merged timeline"), through
//! the command as a user runs it: a fact told by several articles, in other words, at another
//! precision or twice in one article, is one event with all its sources in every
//! multi-document format; different facts on the same day stay apart. Both languages.
//!
//! The assertions follow the dates (`DOC#tN` timex ids), not the titles, which other work
//! improves.

use serde_json::Value;
use std::io::Write;
use std::process::{Command, Stdio};

fn run(args: &[&str], stdin: &str) -> String {
    let mut child = Command::new(env!("CARGO_BIN_EXE_letopis"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run letopis");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    let o = child.wait_with_output().unwrap();
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8(o.stdout).unwrap()
}

fn batch(docs: &[(&str, &str, &str)]) -> String {
    docs.iter()
        .map(|(id, dct, text)| {
            serde_json::json!({"id": id, "dct": dct, "text": text}).to_string() + "\n"
        })
        .collect()
}

/// The sources of each timeline event, sorted.
fn told(input: &str) -> Vec<Vec<String>> {
    let t: Value = serde_json::from_str(&run(
        &["-f", "timeline", "--input-format", "jsonl", "-"],
        input,
    ))
    .unwrap();
    let mut out: Vec<Vec<String>> = t["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            e["sources"]
                .as_array()
                .unwrap()
                .iter()
                .map(|s| s.as_str().unwrap().to_string())
                .collect()
        })
        .collect();
    out.sort();
    out
}

fn ids(s: &[&str]) -> Vec<String> {
    s.iter().map(|x| x.to_string()).collect()
}

const RU: &[(&str, &str, &str)] = &[
    // The event noun and its verb.
    (
        "a",
        "2021-01-19",
        "Церемония.\n\n20 января пройдет инаугурация Джо Байдена, после чего он въедет в Белый дом.",
    ),
    (
        "b",
        "2021-01-18",
        "Новый президент.\n\nДжо Байден официально вступит в должность 20 января, сообщили в штабе демократов.",
    ),
    // Another fact on that day.
    (
        "c",
        "2021-01-18",
        "Уход.\n\n20 января Дональд Трамп покинет Белый дом и улетит во Флориду.",
    ),
    // "В понедельник" and "8 июля" are one day; July is refined by it.
    (
        "d",
        "2024-07-10",
        "Альянс.\n\nВ понедельник в Вашингтоне открылся юбилейный саммит НАТО.",
    ),
    (
        "e",
        "2024-07-12",
        "Альянс.\n\n8 июля в Вашингтоне открылся юбилейный саммит НАТО, на который прибыли лидеры 32 стран.",
    ),
    (
        "f",
        "2024-06-01",
        "Планы.\n\nВ июле в Вашингтоне пройдет юбилейный саммит НАТО.",
    ),
];

const EN: &[(&str, &str, &str)] = &[
    (
        "a",
        "2021-01-19",
        "Washington.\n\nJoe Biden's inauguration will take place on January 20 at the Capitol.",
    ),
    (
        "b",
        "2021-01-18",
        "Washington.\n\nJoe Biden will be sworn in as president on January 20, his staff said.",
    ),
    (
        "c",
        "2021-01-18",
        "Florida.\n\nDonald Trump will leave the White House for Florida on January 20.",
    ),
    (
        "d",
        "2024-07-10",
        "NATO.\n\nThe NATO anniversary summit opened in Washington on Monday.",
    ),
    (
        "e",
        "2024-07-12",
        "NATO.\n\nThe NATO anniversary summit opened in Washington on July 8, with leaders of 32 countries.",
    ),
    (
        "f",
        "2024-06-01",
        "Plans.\n\nThe NATO anniversary summit will open in Washington in July.",
    ),
];

fn one_story(docs: &[(&str, &str, &str)]) {
    let input = batch(docs);
    assert_eq!(
        told(&input),
        vec![ids(&["a", "b"]), ids(&["c"]), ids(&["d", "e", "f"])],
        "{}",
        run(&["-f", "text", "--input-format", "jsonl", "-"], &input)
    );
}

#[test]
fn one_story_from_many_articles_ru() {
    one_story(RU);
}

#[test]
fn one_story_from_many_articles_en() {
    one_story(EN);
}

#[test]
fn the_merged_event_keeps_the_finest_date_and_every_timex() {
    let t: Value = serde_json::from_str(&run(
        &["-f", "timeline", "--input-format", "jsonl", "-"],
        &batch(RU),
    ))
    .unwrap();
    let nato = t["events"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["sources"].as_array().unwrap().len() == 3)
        .unwrap();
    assert_eq!(nato["when"]["value"], "2024-07-08");
    let timex: Vec<&str> = nato["timex"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_str().unwrap())
        .collect();
    assert_eq!(timex.len(), 3, "{timex:?}");
    assert!(["d#", "e#", "f#"]
        .iter()
        .all(|d| timex.iter().any(|x| x.starts_with(d))));
}

#[test]
fn the_same_fact_dated_twice_in_one_article() {
    for text in [
        "Альянс.\n\n8 июля в Вашингтоне открылся юбилейный саммит НАТО. Юбилейный саммит НАТО в Вашингтоне начался в понедельник при участии 32 стран.",
        "NATO.\n\nThe NATO anniversary summit opened in Washington on July 8. The anniversary summit of NATO opened in Washington on Monday with 32 countries.",
    ] {
        let input = batch(&[("a", "2024-07-10", text)]);
        let t: Value =
            serde_json::from_str(&run(&["-f", "timeline", "--input-format", "jsonl", "-"], &input))
                .unwrap();
        let events = t["events"].as_array().unwrap();
        assert_eq!(events.len(), 1, "{events:#?}");
        assert!(events[0]["timex"].as_array().unwrap().len() >= 2);
    }
}

#[test]
fn every_multi_document_format_shows_the_merged_story() {
    let input = batch(RU);
    let fmt = |f: &str| run(&["-f", f, "--input-format", "jsonl", "-"], &input);
    // Three facts: three lines, three calendar entries, three slides, three list items.
    let text = fmt("text");
    assert_eq!(text.lines().count(), 3, "{text}");
    assert!(
        text.contains("[a, b]") && text.contains("[d, e, f]"),
        "{text}"
    );
    assert_eq!(fmt("ics").matches("BEGIN:VEVENT").count(), 3);
    let tjs: Value = serde_json::from_str(&fmt("timelinejs")).unwrap();
    assert_eq!(tjs["events"].as_array().unwrap().len(), 3);
    let t: Value = serde_json::from_str(&fmt("timeline")).unwrap();
    let html = fmt("html");
    for e in t["events"].as_array().unwrap() {
        let title = e["title"].as_str().unwrap();
        assert!(
            html.contains(&html_escape(title)),
            "{title} not on the page"
        );
    }
}

fn html_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[test]
fn same_bytes_whatever_the_input_order_and_jobs() {
    let mut docs = RU.to_vec();
    docs.extend(EN.iter().map(|(id, d, t)| (*id, *d, *t)).map(|(id, d, t)| {
        // Other ids, so both languages' stories go in one batch.
        (Box::leak(format!("en-{id}").into_boxed_str()) as &str, d, t)
    }));
    let want = run(
        &["-f", "timeline", "--input-format", "jsonl", "-"],
        &batch(&docs),
    );
    docs.reverse();
    for j in ["1", "3"] {
        assert_eq!(
            run(
                &["-f", "timeline", "--input-format", "jsonl", "-j", j, "-"],
                &batch(&docs)
            ),
            want
        );
    }
    // The two languages' stories do not mix.
    let t: Value = serde_json::from_str(&want).unwrap();
    for e in t["events"].as_array().unwrap() {
        let s: Vec<&str> = e["sources"]
            .as_array()
            .unwrap()
            .iter()
            .map(|x| x.as_str().unwrap())
            .collect();
        assert!(
            s.iter().all(|x| x.starts_with("en-")) || s.iter().all(|x| !x.starts_with("en-")),
            "{s:?}"
        );
    }
}
