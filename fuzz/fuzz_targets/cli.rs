//! The whole CLI path on one input file, as `letopis -f FORMAT FILE` runs it: the reader (any
//! bytes, read as text, JSONL, TimeML or Markdown by the first byte), extraction of every
//! document, and every writer over all of them (the merged timeline formats included).
#![no_main]

use letopis::export::{self, Format, Options};
use letopis::input::{self, InputFormat, Item};
use letopis::Extractor;
use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;
use common::FORMATS;

fuzz_target!(|data: &[u8]| {
    // First byte: the file's kind (low two bits) and whether --dct is given.
    let Some((&k, rest)) = data.split_first() else {
        return;
    };
    let ext = ["txt", "jsonl", "tml", "md"][usize::from(k & 3)];
    let dir = std::env::temp_dir().join(format!("letopis-fuzz-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("in.{ext}"));
    std::fs::write(&path, rest).unwrap();
    let name = path.to_string_lossy().into_owned();
    let dct = (k & 4 != 0)
        .then(|| chrono::NaiveDate::from_ymd_opt(1900 + i32::from(k), 3, 1))
        .flatten()
        .and_then(|d| d.and_hms_opt(0, 0, 0));
    let ex = Extractor::builder()
        .today(chrono::NaiveDate::from_ymd_opt(2025, 1, 15).unwrap())
        .dct(dct)
        .build();
    let mut docs = Vec::new();
    for item in input::read(&[name.clone()], InputFormat::Auto) {
        match item {
            Item::Doc(d) => docs.push(ex.extract(&d)),
            Item::Error { input, reason, .. } => {
                assert!(input.starts_with(&name), "error names the input: {input}");
                assert!(!reason.is_empty());
            }
        }
    }
    for f in FORMATS {
        let mut w = export::writer(f, &Options::default()).unwrap();
        let mut out = Vec::new();
        for d in &docs {
            w.document(&mut out, d).unwrap();
        }
        w.finish(&mut out).unwrap();
        let s = std::str::from_utf8(&out).unwrap_or_else(|_| panic!("{f:?} wrote non-UTF-8"));
        if f == Format::Timeml && docs.len() == 1 {
            // One document reads back with the text it was made of.
            let back = letopis::timeml::parse(s).expect("timeml output reads back");
            assert_eq!(back.text.len(), docs[0].text.len());
        }
        if matches!(f, Format::Json | Format::Timeline | Format::Timelinejs) {
            serde_json::from_str::<serde_json::Value>(s).expect("JSON");
        }
    }
});
