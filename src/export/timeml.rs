//! `timeml`: the text with inline TIMEX3 tags; a `.tml` input keeps everything around `<TEXT>`.

use super::Writer;
use crate::model::Extraction;
use crate::timeml::escape_attr;
use std::io::{self, Write};

pub struct TimemlWriter;

impl Writer for TimemlWriter {
    fn document(&mut self, out: &mut dyn Write, doc: &Extraction) -> io::Result<()> {
        let (head, tail) = match &doc.wrapper {
            Some((h, t)) => (h.clone(), t.clone()),
            None => (
                format!(
                    "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>{}</DOCID>\n<DCT><TIMEX3 tid=\"t0\" type=\"{}\" value=\"{}\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">{}</TIMEX3></DCT>\n<TEXT>",
                    xml_text(&xml_chars(&doc.id)),
                    if doc.dct.value.contains('T') { "TIME" } else { "DATE" },
                    doc.dct.value,
                    doc.dct.value
                ),
                "</TEXT>\n</TimeML>\n".to_string(),
            ),
        };
        let raw = doc.wrapper.is_some();
        out.write_all(head.as_bytes())?;
        let text = &doc.text;
        let mut at = 0;
        for t in &doc.timexes {
            if t.byte_start < at {
                continue;
            }
            write_text(out, &text[at..t.byte_start], raw)?;
            write!(
                out,
                "<TIMEX3 tid=\"{}\" type=\"{}\" value=\"{}\"",
                t.id,
                t.kind.as_str(),
                escape_attr(&timebank_value(&t.value.to_string()))
            )?;
            if let Some(m) = t.modifier {
                write!(out, " mod=\"{}\"", m.as_str())?;
            }
            out.write_all(b">")?;
            write_text(out, &text[t.byte_start..t.byte_end], raw)?;
            out.write_all(b"</TIMEX3>")?;
            at = t.byte_end;
        }
        write_text(out, &text[at..], raw)?;
        out.write_all(tail.as_bytes())
    }

    fn finish(&mut self, _out: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }
}

/// Text from a `.tml` is written as it was read (its entities are already escaped);
/// plain text is escaped.
fn write_text(out: &mut dyn Write, s: &str, raw: bool) -> io::Result<()> {
    let s = xml_chars(s);
    if raw {
        out.write_all(s.as_bytes())
    } else {
        out.write_all(xml_text(&s).as_bytes())
    }
}

/// XML 1.0 has no place for most control characters (form feed, ESC, U+0001), not even as
/// references: each becomes a space, and U+FFFE/U+FFFF become U+FFFD, so the document stays
/// well-formed and keeps its length in characters (offsets into it still hold).
fn xml_chars(s: &str) -> std::borrow::Cow<'_, str> {
    let bad = |c: char| {
        (c < ' ' && !matches!(c, '\t' | '\n' | '\r')) || matches!(c, '\u{fffe}' | '\u{ffff}')
    };
    if !s.chars().any(bad) {
        return std::borrow::Cow::Borrowed(s);
    }
    s.chars()
        .map(|c| match c {
            c if c < ' ' && bad(c) => ' ',
            c if bad(c) => '\u{fffd}',
            c => c,
        })
        .collect()
}

/// TimeBank writes a clock hour with its minutes ("10 p.m." is `T22:00`), and TempEval-3
/// compares values as strings, so hour-grain values get `:00` here (JSON keeps `T22`).
fn timebank_value(v: &str) -> String {
    v.split('/')
        .map(|p| {
            let b = p.as_bytes();
            let n = b.len();
            if n >= 3 && b[n - 3] == b'T' && b[n - 2].is_ascii_digit() && b[n - 1].is_ascii_digit()
            {
                format!("{p}:00")
            } else {
                p.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("/")
}

fn xml_text(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::timebank_value;

    #[test]
    fn hours_get_minutes() {
        assert_eq!(timebank_value("1998-02-11T22"), "1998-02-11T22:00");
        assert_eq!(timebank_value("1998-02-11T22:30"), "1998-02-11T22:30");
        assert_eq!(timebank_value("1998-02-11TNI"), "1998-02-11TNI");
        assert_eq!(
            timebank_value("2013-02-12T09/2013-02-12T11"),
            "2013-02-12T09:00/2013-02-12T11:00"
        );
        assert_eq!(timebank_value("PT24H"), "PT24H");
        assert_eq!(timebank_value("1998"), "1998");
    }
}
