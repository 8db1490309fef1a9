//! The tagger and extractor on any text, with or without a DCT.
#![no_main]

use libfuzzer_sys::fuzz_target;
use letopis::Document;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    // First byte: whether and which DCT; the rest is the text.
    let Some((&k, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let dct = (k & 1 == 1)
        .then(|| chrono::NaiveDate::from_yo_opt(1900 + i32::from(k) * 3, 1 + u32::from(k)))
        .flatten()
        .and_then(|d| d.and_hms_opt(0, 0, 0));
    common::run(&Document {
        id: "fuzz".into(),
        text: text.to_string(),
        dct,
        ..Document::default()
    });
});
