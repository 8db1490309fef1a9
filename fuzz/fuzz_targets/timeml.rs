//! The TimeML reader; an accepted document round-trips through the timeml writer.
#![no_main]

use libfuzzer_sys::fuzz_target;
use letopis::export::{self, Format, Options};
use letopis::{Document, Extractor};

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let Ok(src) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(tml) = letopis::timeml::parse(src) else {
        return;
    };
    assert!(src.starts_with(&tml.wrapper.head) && src.ends_with(&tml.wrapper.tail));
    let doc = Document {
        id: "fuzz.tml".into(),
        text: tml.text.clone(),
        dct: tml.dct,
        wrapper: Some(tml.wrapper.clone()),
        ..Document::default()
    };
    common::run(&doc);
    // Annotating keeps the document: it reads back with the same text.
    let ex = Extractor::new(chrono::NaiveDate::from_ymd_opt(2025, 1, 15).unwrap());
    let out = ex.extract(&doc);
    let mut w = export::writer(Format::Timeml, &Options::default()).unwrap();
    let mut buf = Vec::new();
    w.document(&mut buf, &out).unwrap();
    let again = String::from_utf8(buf).unwrap();
    let back = letopis::timeml::parse(&again).expect("annotated TimeML reads back");
    assert_eq!(back.text, tml.text);
});
