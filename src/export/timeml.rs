//! `timeml`: the text with inline TIMEX3 tags; a `.tml` input keeps everything around `<TEXT>`.

use super::Writer;
use crate::model::Extraction;
use crate::time::Value;
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
            let span = &text[t.byte_start..t.byte_end];
            // TimeBank tags the two ends of "1861-1863" or "6-7 February" apart; JSON keeps
            // the one interval users want.
            // One tag: its id suffix, value and text (no copies of the timex per tag).
            let tag = |out: &mut dyn Write, suffix: &str, value: &Value, part: &str| {
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
                write_text(out, part, raw)?;
                out.write_all(b"</TIMEX3>")
            };
            match (&t.value, range_dash(span)) {
                (Value::Interval(a, b), Some((l, r))) => {
                    tag(out, "", &Value::Point(*a), &span[..l])?;
                    write_text(out, &span[l..r], raw)?;
                    tag(out, "b", &Value::Point(*b), &span[r..])?;
                }
                _ => tag(out, "", &t.value, span)?,
            }
            at = t.byte_end;
        }
        write_text(out, &text[at..], raw)?;
        out.write_all(tail.as_bytes())
    }

    fn finish(&mut self, _out: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }
}

/// Where a range's text splits into its two ends: the byte range of the one dash between
/// them, with the spaces around it ("1861-1863", "March 19-April 30", "13 February - 14
/// February"). None when there is no single such dash ("2003-03-19 - 2003-03-25" keeps one tag
/// unless its dash stands between spaces).
fn range_dash(span: &str) -> Option<(usize, usize)> {
    let dashes: Vec<(usize, char)> = span
        .char_indices()
        .filter(|&(_, c)| matches!(c, '-' | '\u{2010}'..='\u{2015}'))
        .collect();
    let spaced: Vec<&(usize, char)> = dashes
        .iter()
        .filter(|&&(i, c)| {
            span[..i].ends_with(char::is_whitespace)
                && span[i + c.len_utf8()..].starts_with(char::is_whitespace)
        })
        .collect();
    let &(i, c) = match (spaced.as_slice(), dashes.as_slice()) {
        ([one], _) => *one,
        ([], [one]) => one,
        _ => return None,
    };
    let l = span[..i].trim_end().len();
    let r = span.len() - span[i + c.len_utf8()..].trim_start().len();
    let alnum = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    (l > 0 && r < span.len() && alnum(span[..l].chars().last()) && alnum(span[r..].chars().next()))
        .then_some((l, r))
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
    fn ranges_split_at_their_one_dash() {
        use super::range_dash;
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
