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
        // Into a plain Vec first: serde_json through `dyn Write` pays a virtual call for
        // every quote and comma.
        let mut buf = Vec::with_capacity(8192);
        serde_json::to_writer_pretty(&mut buf, doc)?;
        out.write_all(&buf)
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
        // Into a plain Vec first: serde_json through `dyn Write` pays a virtual call for
        // every quote and comma.
        let mut buf = Vec::with_capacity(8192);
        serde_json::to_writer(&mut buf, doc)?;
        buf.push(b'\n');
        out.write_all(&buf)
    }

    fn error(&mut self, out: &mut dyn Write, id: &str, reason: &str) -> io::Result<()> {
        serde_json::to_writer(&mut *out, &serde_json::json!({"id": id, "error": reason}))?;
        out.write_all(b"\n")
    }

    fn finish(&mut self, _out: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }
}
