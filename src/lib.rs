//! letopis: dated facts from news articles and histories.
//!
//! One document in, its time expressions (TIMEX3 values) and dated events out:
//!
//! ```
//! use letopis::{Document, Extractor, Lang};
//! use chrono::NaiveDate;
//!
//! let ex = Extractor::builder()
//!     .lang(Lang::Ru)
//!     .today(NaiveDate::from_ymd_opt(2024, 12, 6).unwrap())
//!     .build();
//! let doc = Document::new("a", "Саммит пройдет в 2026 году.");
//! let out = ex.extract(&doc);
//! assert_eq!(out.timexes[0].value.to_string(), "2026");
//! assert_eq!(out.events[0].when.start.as_deref(), Some("2026-01-01"));
//! ```
//!
//! A document's own date, when known, goes with it; otherwise the dateline, the opening
//! sentence or the text's years date it, and `today` is the last resort:
//!
//! ```
//! # use letopis::{Document, Extractor, parse_dct};
//! let ex = Extractor::new(chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap());
//! let mut doc = Document::new("b", "The talks ended yesterday.");
//! doc.dct = parse_dct("2024-12-06");
//! let out = ex.extract(&doc);
//! assert_eq!(out.timexes[0].value.to_string(), "2024-12-05");
//! ```
//!
//! Many documents make one [`Timeline`]: a fact told by several is one event with all its
//! sources. Every format of the command line writes from it:
//!
//! ```
//! use letopis::{export, Document, Extractor, Format, Timeline};
//! let ex = Extractor::new(chrono::NaiveDate::from_ymd_opt(2024, 12, 6).unwrap());
//! let docs: Vec<_> = [("a", "Саммит пройдет 5 мая 2026 года."), ("b", "5 мая 2026 года пройдет саммит.")]
//!     .into_iter()
//!     .map(|(id, text)| ex.extract(&Document::new(id, text)))
//!     .collect();
//! let timeline = Timeline::from_documents(&docs);
//! let mut ics = Vec::new();
//! let opts = export::Options::default();
//! // None for the formats that write per document (json, jsonl, timeml).
//! export::write_timeline(Format::Ics, &opts, &timeline, docs.iter(), &mut ics).unwrap().unwrap();
//! assert!(String::from_utf8(ics).unwrap().contains("DTSTART;VALUE=DATE:20260505"));
//! ```
//!
//! Inputs as the command line reads them (text, JSONL batches, TimeML) are in [`input`]; the
//! value types of a timex (`Value`, `Point`, `Precision`, …) in [`time`].

pub(crate) mod events;
pub mod export;
pub(crate) mod extract;
pub(crate) mod grammar;
pub mod input;
pub(crate) mod lang;
pub mod model;
pub(crate) mod text;
pub mod time;
pub mod timeline;
pub mod timeml;

pub use export::Format;
pub use extract::{parse_dct, Document, Extractor, ExtractorBuilder};
pub use lang::Lang;
pub use model::{Dct, DctOrigin, Event, Extraction, Timex, When};
pub use timeline::Timeline;
