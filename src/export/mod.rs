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

use std::borrow::Cow;
pub(crate) use text::human_date;

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

/// Text that meets a terminal (the `text` summary, messages on standard error): control
/// characters and bidirectional overrides written as escapes, so that an id or a title holding
/// ESC sequences or a newline can neither drive the terminal nor forge a line.
pub fn terminal_safe(s: &str) -> Cow<'_, str> {
    let unsafe_char = |c: char| {
        (c.is_control() && c != '\t')
            || matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{2028}' | '\u{2029}')
    };
    if !s.chars().any(unsafe_char) {
        return Cow::Borrowed(s);
    }
    let mut o = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if !unsafe_char(c) {
            o.push(c);
        } else if c == '\n' {
            o.push_str("\\n");
        } else if c == '\r' {
            o.push_str("\\r");
        } else if (c as u32) < 0x100 {
            o.push_str(&format!("\\x{:02x}", c as u32));
        } else {
            o.push_str(&format!("\\u{{{:x}}}", c as u32));
        }
    }
    Cow::Owned(o)
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
        .unwrap_or(crate::lang::first())
        .labels()
}

pub trait Writer {
    fn document(&mut self, out: &mut dyn Write, doc: &Extraction) -> io::Result<()>;
    /// `document` into a buffer; a writer that builds its bytes in a buffer anyway writes
    /// them there directly.
    fn document_to_vec(&mut self, out: &mut Vec<u8>, doc: &Extraction) -> io::Result<()> {
        self.document(out, doc)
    }
    /// A document `document_to_vec` rendered alone (on a worker), in input order.
    fn rendered(&mut self, out: &mut dyn Write, one: Vec<u8>) -> io::Result<()> {
        out.write_all(&one)
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
    if let Some(render) = timeline_render(format) {
        return Ok(Box::new(timeline::Collect::new(opts, render)));
    }
    Ok(match format {
        Format::Json => Box::new(json::JsonWriter::default()),
        Format::Jsonl => Box::new(json::JsonlWriter),
        // Timeml; the timeline formats returned above.
        _ => Box::new(timeml::TimemlWriter::default()),
    })
}

/// How a multi-document format writes a merged timeline (`text`, `timeline`, `timelinejs`,
/// `ics`, `html`), or `None` for the per-document formats.
fn timeline_render(format: Format) -> Option<timeline::Render> {
    Some(match format {
        Format::Text => text::write,
        Format::Timeline => timeline::write,
        Format::Timelinejs => timelinejs::write,
        Format::Ics => ics::write,
        Format::Html => html::write,
        Format::Json | Format::Jsonl | Format::Timeml => return None,
    })
}

/// Writes a merged timeline in a multi-document format: the bytes `writer` gives for the
/// documents it was built from. `None` for a per-document format (`json`, `jsonl`, `timeml`).
/// `docs` are the documents the timeline was made of: the calendar formats read their
/// timexes (MOD, stated zones), dates and names.
pub fn write_timeline<'a>(
    format: Format,
    opts: &Options,
    t: &crate::timeline::Timeline,
    docs: impl IntoIterator<Item = &'a Extraction>,
    out: &mut dyn Write,
) -> Option<io::Result<()>> {
    timeline_render(format).map(|render| {
        let mut ctx = calendar::Context::default();
        for d in docs {
            ctx.add(d);
        }
        render(t, &ctx, opts, out).map(|_| ())
    })
}

#[cfg(test)]
mod tests {
    use super::terminal_safe;

    #[test]
    fn terminal_escapes() {
        assert_eq!(terminal_safe("a\u{1b}[2Jb\nc\td"), "a\\x1b[2Jb\\nc\td");
        assert_eq!(terminal_safe("x\u{202e}y\u{85}"), "x\\u{202e}y\\x85");
        assert!(matches!(
            terminal_safe("Саммит 2024"),
            std::borrow::Cow::Borrowed(_)
        ));
    }
}
