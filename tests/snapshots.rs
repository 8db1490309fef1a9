//! Snapshot tests over `samples/`: every `*.txt` there gets its `json` and `text` output (and
//! `ics` once that writer exists) stored under `snapshots/`. A new article dropped into
//! `samples/` is picked up at test time and shows as a new snapshot in `cargo insta review`.
//!
//! The output must not depend on the wall clock: `today` is fixed, and a sample's date, when
//! known, comes from its sidecar `NAME.dct` (`YYYY-MM-DD`), passed as `--dct` would be.

mod invariants;

use chrono::NaiveDate;
use letopis::export::{self, Format, Options};
use letopis::{parse_dct, Document, Extractor};
use std::path::Path;

/// The fixed "today" for samples without a date of their own.
fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 1, 15).unwrap()
}

fn render(format: Format, doc: &letopis::Extraction) -> Option<String> {
    // Formats whose writer is not there yet are skipped; they start being snapshotted when it lands.
    let mut w = export::writer(format, &Options::default()).ok()?;
    let mut out = Vec::new();
    w.document(&mut out, doc).unwrap();
    w.finish(&mut out).unwrap();
    let s = String::from_utf8(out).expect("writers write UTF-8");
    // The crate version (json header, ics PRODID) is no part of what is tested.
    let v = env!("CARGO_PKG_VERSION");
    Some(
        s.replace(&format!("\"letopis\":\"{v}\""), "\"letopis\":\"[version]\"")
            .replace(&format!("letopis {v}"), "letopis [version]"),
    )
}

fn extract(path: &Path) -> letopis::Extraction {
    let text = std::fs::read_to_string(path).unwrap();
    let sidecar = path.with_extension("dct");
    let dct = std::fs::read_to_string(&sidecar).ok().map(|d| {
        parse_dct(&d).unwrap_or_else(|| panic!("{}: not a date: {d:?}", sidecar.display()))
    });
    let ex = Extractor::builder().today(today()).dct(dct).build();
    let name = path.file_name().unwrap().to_string_lossy().into_owned();
    ex.extract(&Document {
        id: name,
        text,
        ..Document::default()
    })
}

#[test]
fn samples() {
    insta::with_settings!({snapshot_path => "../snapshots", prepend_module_to_snapshot => false}, {
        insta::glob!("../samples", "*.txt", |path| {
            let doc = extract(path);
            let text = std::fs::read_to_string(path).unwrap();
            invariants::check_document(&serde_json::to_value(&doc).unwrap(), &text);
            let json = render(Format::Json, &doc).expect("the json writer exists");
            insta::assert_snapshot!("json", json);
            let text = render(Format::Text, &doc).expect("the text writer exists");
            insta::assert_snapshot!("text", text);
            if let Some(ics) = render(Format::Ics, &doc) {
                insta::assert_snapshot!("ics", ics);
            }
            // The merged timeline of one article: same fact told twice is one entry.
            if let Some(timeline) = render(Format::Timeline, &doc) {
                insta::assert_snapshot!("timeline", timeline);
            }
        });
    });
}

/// The samples are what the snapshots stand on: each is real, non-empty UTF-8, and every
/// sidecar date belongs to a sample and parses.
#[test]
fn samples_are_well_formed() {
    let mut texts = 0;
    for entry in std::fs::read_dir("samples").unwrap() {
        let p = entry.unwrap().path();
        match p.extension().and_then(|e| e.to_str()) {
            Some("txt") => {
                let s = std::fs::read_to_string(&p).unwrap();
                assert!(!s.trim().is_empty(), "{} is empty", p.display());
                texts += 1;
            }
            Some("dct") => {
                assert!(
                    p.with_extension("txt").exists(),
                    "{} has no sample",
                    p.display()
                );
                let d = std::fs::read_to_string(&p).unwrap();
                assert!(parse_dct(&d).is_some(), "{}: not a date", p.display());
            }
            _ => {}
        }
    }
    assert!(texts >= 21, "only {texts} samples");
}
