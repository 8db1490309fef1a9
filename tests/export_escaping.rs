//! Article text with commas, semicolons, quotes, backslashes, CR/LF, `<script>` and RTL marks
//! comes out escaped for each format's reader, and reads back as the same text where the
//! format allows.

mod common;

use common::*;
use letopis::export::{Format, Options};

fn out(format: Format) -> String {
    String::from_utf8(render(format, &Options::default(), &docs())).unwrap()
}

#[test]
fn json_timeline_reads_back_the_same_text() {
    let s = out(Format::Timeline);
    let v: serde_json::Value = serde_json::from_str(&s).unwrap();
    assert_eq!(v["letopis"], env!("CARGO_PKG_VERSION"));
    let nasty = v["events"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["when"]["start"] == "2024-12-03")
        .unwrap();
    assert_eq!(nasty["title"], NASTY);
    assert_eq!(nasty["sentence"], NASTY);
    assert!(!s.contains('\r'), "CR stays escaped inside JSON strings");
    // Every id unique and in order.
    let ids: Vec<String> = v["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["id"].as_str().unwrap().to_string())
        .collect();
    let want: Vec<String> = (1..=ids.len()).map(|i| format!("e{i}")).collect();
    assert_eq!(ids, want);
}

#[test]
fn json_documents_read_back_the_same_text() {
    let s = out(Format::Json);
    let v: serde_json::Value = serde_json::from_str(&s).unwrap();
    assert_eq!(v["documents"][0]["events"][3]["title"], NASTY);
}

#[test]
fn timelinejs_is_html_escaped_json() {
    let s = out(Format::Timelinejs);
    let v: serde_json::Value = serde_json::from_str(&s).unwrap();
    let events = v["events"].as_array().unwrap();
    // 13 calendar events; the two off the calendar have no year for TimelineJS.
    assert_eq!(events.len(), 13);
    let nasty = events.iter().find(|e| e["start_date"]["day"] == 3).unwrap();
    let headline = nasty["text"]["headline"].as_str().unwrap();
    assert!(headline.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp;"));
    assert!(headline.contains("&quot;кавычки&quot;; точка с запятой \\ косая"));
    assert!(headline.contains('\u{202E}'));
    assert!(!headline.contains('\r'));
    let text = nasty["text"]["text"].as_str().unwrap();
    assert!(!text.contains("<script"));
    // No groups: a row per place or file left no room for the story.
    assert_eq!(nasty["group"], serde_json::Value::Null);
    // Dates keep their precision.
    let year = events.iter().find(|e| e["unique_id"] == "e1").unwrap();
    assert_eq!(year["start_date"], serde_json::json!({"year": 1975}));
    assert!(year.get("end_date").is_none());
    let month = events
        .iter()
        .find(|e| e["text"]["headline"] == "Саммит в Астане")
        .unwrap();
    assert_eq!(
        month["start_date"],
        serde_json::json!({"year": 2026, "month": 7})
    );
    // The title slide says the period and the count in the documents' language, and names
    // the facts it cannot place.
    assert_eq!(
        v["title"]["text"]["text"],
        "1975–2026 · 15 событий из 2 источников<br><small>2 без даты: День без года; Событие в прошлом</small>"
    );
}

#[test]
fn html_never_carries_article_markup() {
    let s = out(Format::Html);
    assert!(
        !s.to_lowercase().contains("<script"),
        "no script element at all"
    );
    assert!(s.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; "));
    assert!(s.contains("&lt;b&gt;Мальта&lt;/b&gt;, &quot;центр&quot;"));
    assert!(s.contains("Content-Security-Policy"));
    // The only URL is the SVG namespace name, which nothing fetches.
    assert_eq!(
        s.matches("http://").count(),
        s.matches("xmlns=\"http://www.w3.org/2000/svg\"").count()
    );
    assert!(!s.contains("https://"));
    assert_eq!(s, out(Format::Html), "same bytes twice");
}

#[test]
fn every_writer_survives_no_input_and_junk() {
    for f in [
        Format::Timeline,
        Format::Timelinejs,
        Format::Ics,
        Format::Html,
    ] {
        let empty = render(f, &Options::default(), &[]);
        assert!(!empty.is_empty());
        // An event whose days are garbage is skipped or listed, never a panic.
        let mut e = at("Сломанная дата", d(2024, 1, 1));
        e.when.start = Some("not a date".into());
        e.when.end = Some("9999-12-31".into());
        let mut far = at("Далёкий год", p(letopis::time::Point::Year(9999)));
        far.title = "\u{0}\u{1b}[31m".into();
        let docs = [doc("x", "garbage", vec![e, far])];
        let _ = render(f, &Options::default(), &docs);
    }
}
