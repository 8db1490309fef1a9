//! Writers, one file per output format. Streaming formats write each document as it comes;
//! the others collect and write at `finish`.

mod calendar;
mod html;
mod ics;
mod json;
mod text;
mod timeline;
mod timelinejs;
mod timeml;

use crate::model::Extraction;
use std::io::{self, Write};

pub use text::human_date;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
    Jsonl,
    Timeline,
    Timelinejs,
    Ics,
    Timeml,
    Html,
}

impl Format {
    pub fn parse(s: &str) -> Option<Format> {
        Some(match s {
            "text" => Format::Text,
            "json" => Format::Json,
            "jsonl" => Format::Jsonl,
            "timeline" => Format::Timeline,
            "timelinejs" => Format::Timelinejs,
            "ics" => Format::Ics,
            "timeml" => Format::Timeml,
            "html" => Format::Html,
            _ => return None,
        })
    }
}

/// Options that some writers read.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// `--lang` as given ("auto", "ru", "en"): the language of the `text` summary's labels.
    pub lang: Option<String>,
    /// `--coarse`: how `ics` writes events coarser than a week (default `start`).
    pub coarse: Coarse,
    /// `SOURCE_DATE_EPOCH` (seconds), read by `main`: the `ics` DTSTAMP when set.
    pub source_date_epoch: Option<i64>,
}

/// How `ics` writes month-, season-, year-, decade- and century-precision events, intervals
/// included. The default is `start`: clients draw a 365-day event on every day of its year
/// (khal lists it daily, Thunderbird bars every week of it), which hides the days' own events.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Coarse {
    /// Over their whole period ("since" to the document date).
    Span,
    /// On their first day only, the title saying the period.
    #[default]
    Start,
    /// Not at all.
    Skip,
}

impl Coarse {
    pub fn parse(s: &str) -> Option<Coarse> {
        Some(match s {
            "span" => Coarse::Span,
            "start" => Coarse::Start,
            "skip" => Coarse::Skip,
            _ => return None,
        })
    }
}

/// The words a writer prints dates with: `--lang` if given, else the inputs' language,
/// else the first language.
pub fn labels(opts: &Options, lang: Option<&str>) -> &'static crate::lang::Labels {
    opts.lang
        .as_deref()
        .or(lang)
        .and_then(crate::lang::by_code)
        .unwrap_or(crate::lang::all()[0])
        .labels()
}

pub trait Writer {
    fn document(&mut self, out: &mut dyn Write, doc: &Extraction) -> io::Result<()>;
    /// `document` into a buffer; a writer that builds its bytes in a buffer anyway writes
    /// them there directly.
    fn document_to_vec(&mut self, out: &mut Vec<u8>, doc: &Extraction) -> io::Result<()> {
        self.document(out, doc)
    }
    /// An input that failed; only batch formats record it in their output.
    fn error(&mut self, _out: &mut dyn Write, _id: &str, _reason: &str) -> io::Result<()> {
        Ok(())
    }
    fn finish(&mut self, out: &mut dyn Write) -> io::Result<()>;
    /// One-line notices for standard error after `finish`: what the output could not hold
    /// (undated events in a calendar), so nothing is dropped silently.
    fn notices(&mut self) -> Vec<String> {
        Vec::new()
    }
}

/// The writer for a format, or the reason it cannot be had.
pub fn writer(format: Format, opts: &Options) -> Result<Box<dyn Writer>, String> {
    Ok(match format {
        Format::Text => Box::new(text::TextWriter::new(opts)),
        Format::Json => Box::new(json::JsonWriter::default()),
        Format::Jsonl => Box::new(json::JsonlWriter),
        Format::Timeml => Box::new(timeml::TimemlWriter),
        Format::Timeline => Box::new(timeline::Collect::new(opts, timeline::write)),
        Format::Timelinejs => Box::new(timeline::Collect::new(opts, timelinejs::write)),
        Format::Ics => Box::new(timeline::Collect::new(opts, ics::write)),
        Format::Html => Box::new(timeline::Collect::new(opts, html::write)),
    })
}
