//! Shared by the targets: run one document through the extractor and every writer, and check
//! what SPEC promises about offsets and references.

use letopis::export::{self, Format, Options};
use letopis::{Document, Extractor, Lang};

pub const FORMATS: [Format; 8] = [
    Format::Text,
    Format::Json,
    Format::Jsonl,
    Format::Timeline,
    Format::Timelinejs,
    Format::Ics,
    Format::Timeml,
    Format::Html,
];

pub fn run(doc: &Document) {
    let today = chrono::NaiveDate::from_ymd_opt(2025, 1, 15).unwrap();
    let langs = std::iter::once(None).chain(Lang::ALL.into_iter().map(Some));
    for l in langs {
        let ex = Extractor::builder().lang(l).today(today).build();
        let out = ex.extract(doc);
        let chars: Vec<char> = doc.text.chars().collect();
        let mut ids = std::collections::HashSet::new();
        for t in &out.timexes {
            assert!(t.start < t.end && t.end <= chars.len(), "timex span");
            assert_eq!(chars[t.start..t.end].iter().collect::<String>(), t.text);
            assert_eq!(&doc.text[t.byte_start..t.byte_end], t.text);
            ids.insert(t.id.clone());
        }
        for e in &out.events {
            assert!(e.start <= e.end && e.end <= chars.len(), "event span");
            assert!(e.timex.iter().all(|t| ids.contains(t)), "event timex ref");
        }
        for f in FORMATS {
            let Ok(mut w) = export::writer(f, &Options::default()) else {
                continue;
            };
            let mut buf = Vec::new();
            w.document(&mut buf, &out).unwrap();
            w.finish(&mut buf).unwrap();
            assert!(std::str::from_utf8(&buf).is_ok(), "{f:?} wrote non-UTF-8");
        }
    }
}
