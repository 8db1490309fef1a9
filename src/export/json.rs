//! `json` (one object holding every document) and `jsonl` (one document per line).

use super::Writer;
use crate::model::Extraction;
use std::io::{self, Write};

#[derive(Default)]
pub struct JsonWriter {
    started: bool,
}

impl Writer for JsonWriter {
    fn document(&mut self, out: &mut dyn Write, doc: &Extraction) -> io::Result<()> {
        if !self.started {
            writeln!(
                out,
                "{{\"letopis\":\"{}\",\"documents\":[",
                env!("CARGO_PKG_VERSION")
            )?;
            self.started = true;
        } else {
            out.write_all(b",\n")?;
        }
        serde_json::to_writer_pretty(&mut *out, doc)?;
        Ok(())
    }

    fn finish(&mut self, out: &mut dyn Write) -> io::Result<()> {
        if !self.started {
            write!(
                out,
                "{{\"letopis\":\"{}\",\"documents\":[",
                env!("CARGO_PKG_VERSION")
            )?;
        }
        out.write_all(b"\n]}\n")
    }
}

pub struct JsonlWriter;

impl Writer for JsonlWriter {
    fn document(&mut self, out: &mut dyn Write, doc: &Extraction) -> io::Result<()> {
        serde_json::to_writer(&mut *out, doc)?;
        out.write_all(b"\n")
    }

    fn error(&mut self, out: &mut dyn Write, id: &str, reason: &str) -> io::Result<()> {
        serde_json::to_writer(&mut *out, &serde_json::json!({"id": id, "error": reason}))?;
        out.write_all(b"\n")
    }

    fn finish(&mut self, _out: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }
}
