//! letopis: dated facts from news articles.
//!
//! ```
//! use letopis::{Document, Extractor};
//! let ex = Extractor::new(chrono::NaiveDate::from_ymd_opt(2024, 12, 6).unwrap());
//! let doc = Document { id: "a".into(), text: "Саммит пройдет в 2026 году.".into(), ..Default::default() };
//! let out = ex.extract(&doc);
//! assert_eq!(out.timexes[0].value.to_string(), "2026");
//! ```

pub mod events;
pub mod export;
pub mod extract;
pub(crate) mod grammar;
pub mod input;
pub mod lang;
pub mod model;
pub mod text;
pub mod time;
pub mod timeline;
pub mod timeml;

pub use extract::{Document, Extractor};
pub use model::{Event, Extraction, Timex};
