//! One JSONL batch line: parsed or rejected with a reason, never a panic; what is read runs.
#![no_main]

use libfuzzer_sys::fuzz_target;
use letopis::input::{parse_line, Item};

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    match parse_line("fuzz.jsonl:1", data) {
        Item::Doc(d) => common::run(&d),
        Item::Error { input, reason, .. } => {
            assert_eq!(input, "fuzz.jsonl:1");
            assert!(!reason.is_empty());
        }
    }
});
