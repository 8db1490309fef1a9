//! Property tests: any text, and any bytes, through the whole pipeline (input checks, the
//! extractor in every language, every writer that exists). Nothing panics, offsets are code
//! points whose slice is the timex text, events point at existing timexes, and the same input
//! gives the same bytes.

mod invariants;

use chrono::{NaiveDate, NaiveDateTime};
use letopis::export::{self, Format, Options};
use letopis::input::{check_text, parse_line, Item};
use letopis::{Document, Extractor, Lang};
use proptest::prelude::*;

const FORMATS: [Format; 8] = [
    Format::Text,
    Format::Json,
    Format::Jsonl,
    Format::Timeline,
    Format::Timelinejs,
    Format::Ics,
    Format::Timeml,
    Format::Html,
];

/// Date-ish Russian (and some English) tokens, so that generated texts reach the grammar's
/// deeper rules instead of stopping at the first letter.
const TOKENS: &[&str] = &[
    "0",
    "1",
    "3",
    "9",
    "12",
    "29",
    "30",
    "31",
    "32",
    "99",
    "100",
    "1975",
    "2010",
    "2024",
    "2025",
    "9999",
    "10000",
    "99999",
    "2147483648",
    "18446744073709551616",
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июнь",
    "июле",
    "августе",
    "сентябрь",
    "октября",
    "ноября",
    "декабря",
    "Декабря",
    "январе",
    "года",
    "году",
    "год",
    "годах",
    "годы",
    "г.",
    "гг.",
    "т.г.",
    "н.э.",
    "до н. э.",
    "век",
    "века",
    "веке",
    "XX",
    "XXI",
    "IV",
    "вв.",
    ".",
    "-",
    "—",
    "–",
    "/",
    ":",
    ",",
    "«",
    "»",
    "\"",
    "(",
    ")",
    "с",
    "по",
    "до",
    "в",
    "во",
    "на",
    "к",
    "после",
    "около",
    "начале",
    "середине",
    "конце",
    "конца",
    "вчера",
    "сегодня",
    "завтра",
    "позавчера",
    "назад",
    "через",
    "спустя",
    "лет",
    "дней",
    "дня",
    "недели",
    "месяца",
    "часов",
    "минут",
    "утром",
    "вечером",
    "ночью",
    "понедельник",
    "в пятницу",
    "прошлом",
    "прошлого",
    "следующем",
    "этом",
    "текущего",
    "указанном",
    "том же",
    "тот же",
    "году.",
    "квартале",
    "полугодии",
    "весной",
    "зимой",
    "лета",
    "1990-х",
    "90-е",
    "10:30",
    "24:00",
    "06.12.2024",
    "32.13.2020",
    "2024-12-06",
    "5-7",
    "3—5",
    "состоится",
    "прошел",
    "пройдет",
    "подписал",
    "саммит",
    "Саммит",
    "ОБСЕ",
    "в Астане",
    "March",
    "3rd",
    "2011",
    "ago",
    "last",
    "year",
    "on",
    "since",
    "\n",
    "\n\n",
    "\r\n",
    "\u{a0}",
    "🎉",
    "\u{301}",
    "\u{feff}",
    "\u{200b}",
];

fn datey_text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        (
            prop::sample::select(TOKENS),
            prop::sample::select(&[" ", " ", " ", "", "\n", "\u{a0}", ", "][..]),
        ),
        0..60,
    )
    .prop_map(|parts| {
        parts
            .into_iter()
            .flat_map(|(t, sep)| [t, sep])
            .collect::<String>()
    })
}

fn any_dct() -> impl Strategy<Value = Option<NaiveDateTime>> {
    prop::option::of(
        (-3000i32..12000, 1u32..=366, 0u32..24, 0u32..60)
            .prop_filter_map("a real day", |(y, d, h, m)| {
                NaiveDate::from_yo_opt(y, d)?.and_hms_opt(h, m, 0)
            }),
    )
}

fn render(format: Format, doc: &letopis::Extraction) -> Option<Vec<u8>> {
    let mut w = export::writer(format, &Options::default()).ok()?;
    let mut out = Vec::new();
    w.document(&mut out, doc).unwrap();
    w.finish(&mut out).unwrap();
    Some(out)
}

/// Everything SPEC promises about one text, in every language and through every writer.
fn check(text: &str, dct: Option<NaiveDateTime>) {
    let today = NaiveDate::from_ymd_opt(2025, 1, 15).unwrap();
    let doc = Document {
        id: "p".into(),
        text: text.to_string(),
        dct,
        ..Document::default()
    };
    let langs = std::iter::once(None).chain(Lang::ALL.into_iter().map(Some));
    for l in langs {
        let ex = Extractor::builder().lang(l).today(today).build();
        let a = ex.extract(&doc);
        let b = ex.extract(&doc);
        assert_eq!(a, b, "extraction is not deterministic");
        let v = serde_json::to_value(&a).unwrap();
        invariants::check_document(&v, text);
        for t in &a.timexes {
            assert_eq!(&text[t.byte_start..t.byte_end], t.text, "byte offsets");
        }
        for f in FORMATS {
            let Some(out) = render(f, &a) else { continue };
            assert_eq!(
                Some(&out),
                render(f, &b).as_ref(),
                "{f:?} is not deterministic"
            );
            let s = String::from_utf8(out).unwrap_or_else(|_| panic!("{f:?} wrote non-UTF-8"));
            match f {
                Format::Json | Format::Timeline | Format::Timelinejs => {
                    serde_json::from_str::<serde_json::Value>(&s)
                        .unwrap_or_else(|e| panic!("{f:?}: not JSON: {e}"));
                }
                Format::Jsonl => {
                    let back: serde_json::Value = serde_json::from_str(&s).unwrap();
                    assert_eq!(back, v);
                }
                Format::Timeml => {
                    let back = letopis::timeml::parse(&s)
                        .unwrap_or_else(|e| panic!("timeml output does not read back: {e}"));
                    // XML 1.0 cannot carry most control characters: the writer puts a space
                    // for each and U+FFFD for U+FFFE/U+FFFF (docs/FORMATS.md, TimeML output).
                    let xml: String = text
                        .chars()
                        .map(|c| match c {
                            '\t' | '\n' | '\r' => c,
                            c if c < ' ' => ' ',
                            '\u{fffe}' | '\u{ffff}' => '\u{fffd}',
                            c => c,
                        })
                        .collect();
                    // The reader decodes the references the writer escaped.
                    assert_eq!(back.text, xml, "TIMEX3 tags do not strip back to the text");
                }
                _ => {}
            }
        }
    }
}

proptest! {
    // Few cases by default, so that `cargo test --release` stays fast; PROPTEST_CASES=N digs deeper.
    #![proptest_config(ProptestConfig::with_cases(
        std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(96)
    ))]

    #[test]
    fn datey_texts(text in datey_text(), dct in any_dct()) {
        check(&text, dct);
    }

    #[test]
    fn any_text(text in ".{0,300}", dct in any_dct()) {
        check(&text, dct);
    }

    /// Bytes: the input checks never panic, and what they accept goes through the pipeline.
    #[test]
    fn any_bytes(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        if let Ok(text) = check_text(bytes.clone()) {
            prop_assert!(!text.trim().is_empty());
            check(&text, None);
        }
        match parse_line("b.jsonl:1", &bytes) {
            Item::Doc(d) => check(&d.text, d.dct),
            Item::Error { input, reason, .. } => {
                prop_assert_eq!(input, "b.jsonl:1");
                prop_assert!(!reason.is_empty());
            }
        }
        let lossy = String::from_utf8_lossy(&bytes);
        let _ = letopis::timeml::parse(&lossy);
        check(&lossy, None);
    }

    /// Batch lines built from JSON values: a non-blank string `text` is always read, with its
    /// meta; a blank one is an error naming the line's id.
    #[test]
    fn batch_lines(text in datey_text(), extra in ".{0,20}", n in any::<i64>()) {
        let line = serde_json::json!({"id": n, "text": text, "x": extra}).to_string();
        if text.trim().is_empty() {
            let rejected = matches!(
                parse_line("b.jsonl:7", line.as_bytes()),
                Item::Error { ref id, .. } if *id == n.to_string()
            );
            prop_assert!(rejected, "blank text accepted");
            return Ok(());
        }
        match parse_line("b.jsonl:7", line.as_bytes()) {
            Item::Doc(d) => {
                prop_assert_eq!(&d.text, &text);
                prop_assert_eq!(d.id, n.to_string());
                prop_assert_eq!(&d.meta.unwrap()["x"], &serde_json::json!(extra));
            }
            Item::Error { reason, .. } => prop_assert!(false, "rejected: {}", reason),
        }
    }

    /// TimeML made of arbitrary text and tags: parse never panics, and a document it accepts
    /// keeps its head and tail.
    #[test]
    fn timeml_reader(parts in prop::collection::vec(
        prop_oneof![
            Just("<TEXT>".to_string()), Just("</TEXT>".to_string()), Just("<DCT>".to_string()),
            Just("</DCT>".to_string()), Just("<TIMEX3 tid=\"t0\" value=\"2010-01-01\">".to_string()),
            Just("</TIMEX3>".to_string()), Just("<EVENT eid=\"e1\">".to_string()),
            Just("</EVENT>".to_string()), Just("<".to_string()), Just(">".to_string()),
            Just("<!-- c -->".to_string()), Just("<br/>".to_string()), Just("value=\"".to_string()),
            Just("<TEXT type=\"x\">".to_string()), Just("<![CDATA[a < b]]>".to_string()),
            Just("&#160;".to_string()), Just("&amp;".to_string()), Just("&#x;".to_string()),
            Just("<!--".to_string()), Just("-->".to_string()),
            ".{0,12}", datey_text(),
        ],
        0..16,
    )) {
        let src: String = parts.concat();
        if let Ok(doc) = letopis::timeml::parse(&src) {
            prop_assert!(src.starts_with(&doc.wrapper.head));
            prop_assert!(src.ends_with(&doc.wrapper.tail));
            prop_assert_eq!(letopis::timeml::decode(&doc.wrapper.raw).0, doc.text.clone());
            check(&doc.text, doc.dct);
        }
    }
}

/// One input file of the given kind, from parts that reach each reader's corners.
fn input_file() -> impl Strategy<Value = (&'static str, Vec<u8>)> {
    let line = prop_oneof![
        (datey_text(), prop::option::of(".{0,12}"), any::<u8>()).prop_map(|(t, dct, n)| {
            let mut o = serde_json::json!({"id": format!("d{n}"), "text": t});
            if let Some(d) = dct {
                o["dct"] = d.into();
            }
            format!("{o}\n").into_bytes()
        }),
        prop::collection::vec(any::<u8>(), 0..40),
        Just(b"\n".to_vec()),
    ];
    let tml = prop::collection::vec(
        prop_oneof![
            datey_text(),
            Just("<TEXT>".to_string()),
            Just("<TEXT type=\"x\">".to_string()),
            Just("</TEXT>".to_string()),
            Just("<DCT><TIMEX3 tid=\"t0\" value=\"2010-05-01\"/></DCT>".to_string()),
            Just("<![CDATA[a < b 5 мая]]>".to_string()),
            Just("<!-- <TEXT> -->".to_string()),
            Just("&#160;".to_string()),
            Just("&amp;".to_string()),
            Just("<EVENT eid=\"e1\">".to_string()),
            Just("</EVENT>".to_string()),
        ],
        0..12,
    )
    .prop_map(|p| p.concat().into_bytes());
    prop_oneof![
        datey_text().prop_map(|t| ("txt", t.into_bytes())),
        prop::collection::vec(any::<u8>(), 0..200).prop_map(|b| ("md", b)),
        prop::collection::vec(line, 0..6).prop_map(|l| ("jsonl", l.concat())),
        tml.prop_map(|b| ("tml", b)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(
        std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(64)
    ))]

    /// The whole CLI path on one file, as `letopis -f FORMAT FILE` runs it (what the `cli`
    /// fuzz target feeds libFuzzer): the reader by extension, extraction of every document,
    /// every writer over all of them. Errors name the file; JSON formats are JSON; one
    /// document's TimeML reads back; the output is the same twice.
    #[test]
    fn cli_path((ext, bytes) in input_file(), dct in any_dct()) {
        use std::sync::atomic::{AtomicUsize, Ordering};
        static N: AtomicUsize = AtomicUsize::new(0);
        let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("cli_path");
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join(format!("{}-{}.{ext}", std::process::id(), N.fetch_add(1, Ordering::Relaxed)));
        std::fs::write(&path, &bytes).unwrap();
        let name = path.to_string_lossy().into_owned();
        let ex = Extractor::builder()
            .today(NaiveDate::from_ymd_opt(2025, 1, 15).unwrap())
            .dct(dct)
            .build();
        let mut docs = Vec::new();
        for item in letopis::input::read(std::slice::from_ref(&name), letopis::input::InputFormat::Auto) {
            match item {
                Item::Doc(d) => docs.push(ex.extract(&d)),
                Item::Error { input, reason, .. } => {
                    prop_assert!(input.starts_with(&name), "{}", input);
                    prop_assert!(!reason.is_empty());
                }
            }
        }
        let _ = std::fs::remove_file(&path);
        for f in FORMATS {
            let write = || {
                let mut w = export::writer(f, &Options::default()).unwrap();
                let mut out = Vec::new();
                for d in &docs {
                    w.document(&mut out, d).unwrap();
                }
                w.finish(&mut out).unwrap();
                out
            };
            let out = write();
            prop_assert_eq!(&out, &write(), "{:?} is not deterministic", f);
            let s = String::from_utf8(out).unwrap_or_else(|_| panic!("{f:?} wrote non-UTF-8"));
            match f {
                Format::Json | Format::Timeline | Format::Timelinejs => {
                    prop_assert!(serde_json::from_str::<serde_json::Value>(&s).is_ok(), "{:?}: not JSON", f);
                }
                Format::Jsonl => {
                    prop_assert_eq!(s.lines().count(), docs.len());
                    for l in s.lines() {
                        prop_assert!(serde_json::from_str::<serde_json::Value>(l).is_ok());
                    }
                }
                Format::Timeml if docs.len() == 1 => {
                    let back = letopis::timeml::parse(&s).expect("one document's TimeML reads back");
                    prop_assert_eq!(back.text.chars().count(), docs[0].text.chars().count());
                }
                Format::Timeml if docs.len() > 1 => {
                    prop_assert!(s.starts_with("<?xml version=\"1.0\" ?>\n<TimeMLCollection>\n"));
                    prop_assert_eq!(s.matches("<?xml").count(), 1);
                }
                _ => {}
            }
        }
    }
}
