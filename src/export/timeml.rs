//! `timeml`: the text with inline TIMEX3 tags; a `.tml` input keeps everything around `<TEXT>`.

use super::Writer;
use crate::model::Extraction;
use crate::time::Value;
use crate::timeml::{escape_attr, escape_text as xml_text, raw_offset};
use std::io::{self, Write};

/// Several documents make one XML document: a `<TimeMLCollection>` root holding each
/// document's root element (its XML declaration and DOCTYPE dropped, as they cannot stand
/// inside an element). One document is written alone, as it was read (docs/FORMATS.md).
#[derive(Default)]
pub struct TimemlWriter {
    /// The first document, held until a second one says a collection is needed.
    first: Option<Vec<u8>>,
    docs: usize,
}

const COLLECTION_OPEN: &str = "<?xml version=\"1.0\" ?>\n<TimeMLCollection>\n";
const COLLECTION_CLOSE: &str = "</TimeMLCollection>\n";

impl Writer for TimemlWriter {
    fn document(&mut self, out: &mut dyn Write, doc: &Extraction) -> io::Result<()> {
        let mut one = Vec::with_capacity(doc.text.len() + 4096);
        render(&mut one, doc)?;
        self.rendered(out, one)
    }

    /// One document alone, as `rendered` takes it (workers render in parallel).
    fn document_to_vec(&mut self, out: &mut Vec<u8>, doc: &Extraction) -> io::Result<()> {
        render(out, doc)
    }

    fn rendered(&mut self, out: &mut dyn Write, one: Vec<u8>) -> io::Result<()> {
        self.docs += 1;
        match self.docs {
            1 => {
                self.first = Some(one);
                Ok(())
            }
            2 => {
                out.write_all(COLLECTION_OPEN.as_bytes())?;
                let first = self.first.take().unwrap_or_default();
                member(out, &first)?;
                member(out, &one)
            }
            _ => member(out, &one),
        }
    }

    fn finish(&mut self, out: &mut dyn Write) -> io::Result<()> {
        match self.docs {
            0 => Ok(()),
            1 => out.write_all(&self.first.take().unwrap_or_default()),
            _ => out.write_all(COLLECTION_CLOSE.as_bytes()),
        }
    }
}

/// A rendered document inside the collection: from its root element on.
fn member(out: &mut dyn Write, one: &[u8]) -> io::Result<()> {
    let s = String::from_utf8_lossy(one);
    out.write_all(s[crate::timeml::root_start(&s)..].as_bytes())
}

/// One document as TimeML. A `.tml` input is written back as it was read (its references
/// and the rest of the file kept), with the TIMEX3 tags added inside `<TEXT>`.
fn render(out: &mut dyn Write, doc: &Extraction) -> io::Result<()> {
    // The input's raw text and where each decoded offset lies in it; only when it decodes
    // to this document's text (an extraction built by hand may carry a stale wrapper).
    let raw = doc.wrapper.as_ref().and_then(|w| {
        let (text, map) = crate::timeml::decode(&w.raw);
        (text == doc.text).then_some((w, map))
    });
    match &raw {
        Some((w, _)) => out.write_all(w.head.as_bytes())?,
        None => write!(
            out,
            "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>{}</DOCID>\n<DCT><TIMEX3 tid=\"t0\" type=\"{}\" value=\"{}\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">{}</TIMEX3></DCT>\n<TEXT>",
            xml_text(&xml_chars(&doc.id)),
            if doc.dct.value.contains('T') { "TIME" } else { "DATE" },
            doc.dct.value,
            doc.dct.value
        )?,
    }
    // The text between two byte offsets: the input's own bytes, or escaped.
    let text = |out: &mut dyn Write, a: usize, b: usize| -> io::Result<()> {
        match &raw {
            Some((w, map)) => {
                let (a, b) = (raw_offset(map, a), raw_offset(map, b));
                out.write_all(xml_chars(&w.raw[a..b]).as_bytes())
            }
            None => out.write_all(xml_text(&xml_chars(&doc.text[a..b])).as_bytes()),
        }
    };
    let mut at = 0;
    for t in &doc.timexes {
        if t.byte_start < at {
            continue;
        }
        text(out, at, t.byte_start)?;
        // One tag: its id suffix, value, start and end (no copies of the timex per tag).
        let tag = |out: &mut dyn Write, suffix: &str, value: &Value, a: usize, b: usize| {
            write!(
                out,
                "<TIMEX3 tid=\"{}{suffix}\" type=\"{}\" value=\"{}\"",
                t.id,
                t.kind.as_str(),
                escape_attr(&timebank_value(&value.to_string()))
            )?;
            if let Some(m) = t.modifier {
                write!(out, " mod=\"{}\"", m.as_str())?;
            }
            out.write_all(b">")?;
            text(out, a, b)?;
            out.write_all(b"</TIMEX3>")
        };
        let e = t.byte_end;
        // TimeBank tags the two ends of "1861-1863" or "6-7 February" apart. A language whose
        // JSON keeps the one interval (Russian) has them split here (docs/FORMATS.md).
        match t.range_ends() {
            Some((a, b)) => {
                tag(out, "", &a.value, a.byte_start, a.byte_end)?;
                text(out, a.byte_end, b.byte_start)?;
                tag(out, "b", &b.value, b.byte_start, b.byte_end)?;
            }
            None => tag(out, "", &t.value, t.byte_start, e)?,
        }
        at = e;
    }
    text(out, at, doc.text.len())?;
    match &raw {
        Some((w, _)) => out.write_all(w.tail.as_bytes()),
        None => out.write_all(b"</TEXT>\n</TimeML>\n"),
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

#[cfg(test)]
mod tests {
    use super::timebank_value;

    #[test]
    fn ranges_split_at_their_one_dash() {
        use crate::model::range_dash;
        fn split(s: &str) -> Option<(&str, &str)> {
            range_dash(s).map(|(l, r)| (&s[..l], &s[r..]))
        }
        assert_eq!(split("1861-1863"), Some(("1861", "1863")));
        assert_eq!(split("1995-96"), Some(("1995", "96")));
        assert_eq!(split("6-7 February 1920"), Some(("6", "7 February 1920")));
        assert_eq!(split("March 19-April 30"), Some(("March 19", "April 30")));
        assert_eq!(
            split("13 February - 14 February"),
            Some(("13 February", "14 February"))
        );
        assert_eq!(split("в 2010–2012 годах"), Some(("в 2010", "2012 годах")));
        assert_eq!(
            split("2003-03-19 - 2003-03-25"),
            Some(("2003-03-19", "2003-03-25"))
        );
        assert_eq!(split("2003-03-19/2003-03-25"), None);
        assert_eq!(split("the 1990s"), None);
        assert_eq!(split("-1990"), None);
    }

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
