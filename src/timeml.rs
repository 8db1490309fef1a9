//! TimeML in and out (TempEval-3 task A): read `<DCT>` and the text of `<TEXT>`, write the same
//! document with TIMEX3 tags inside `<TEXT>` and everything else kept.
//!
//! The reader is a small XML scanner, not a full parser: it knows comments, CDATA sections,
//! processing instructions, the DOCTYPE and quoted attributes (which may hold `>`), checks
//! that the tags inside `<TEXT>` nest, and decodes character references. That is what TimeML
//! files hold; a DTD's own entities are kept as written.

use crate::extract::parse_dct;
use chrono::NaiveDateTime;

pub struct TmlDoc {
    /// The text content of `<TEXT>`: tags removed, references (`&amp;`, `&#160;`) and CDATA
    /// sections decoded. Offsets point into this.
    pub text: String,
    pub dct: Option<NaiveDateTime>,
    /// What the TimeML writer needs to give the same document back.
    pub wrapper: Wrapper,
}

/// A TimeML input around its text, for the writer.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Wrapper {
    /// The file up to and including the `<TEXT ...>` tag.
    pub head: String,
    /// The file from `</TEXT>` on.
    pub tail: String,
    /// `<TEXT>`'s content as written, tags removed: references kept as they were (TempEval-3
    /// compares the text raw), CDATA sections written as escaped text. Decoding it gives the
    /// document's text.
    pub raw: String,
}

/// One piece of markup: where it starts and ends (after its `>`), and what it is.
#[derive(Debug)]
enum Markup<'a> {
    Open(&'a str, &'a str),
    Close(&'a str),
    Empty(&'a str, &'a str),
    /// A CDATA section's content.
    Cdata(&'a str),
    /// A comment, a processing instruction, a DOCTYPE: not content.
    Other,
}

/// The next piece of markup at or after byte `from`: `(start, end, markup)`, None when there
/// is no more `<`.
fn next_markup(s: &str, from: usize) -> Option<Result<(usize, usize, Markup<'_>), String>> {
    let lt = s[from..].find('<')? + from;
    let rest = &s[lt..];
    let until = |close: &str, what: &str| {
        rest.find(close)
            .map(|i| lt + i + close.len())
            .ok_or_else(|| format!("not well-formed XML: {what} is never closed"))
    };
    let r = if rest.starts_with("<!--") {
        until("-->", "a comment").map(|e| (lt, e, Markup::Other))
    } else if let Some(body) = rest.strip_prefix("<![CDATA[") {
        until("]]>", "a CDATA section")
            .map(|e| (lt, e, Markup::Cdata(&body[..e - lt - "<![CDATA[]]>".len()])))
    } else if rest.starts_with("<?") {
        until("?>", "a processing instruction").map(|e| (lt, e, Markup::Other))
    } else if rest.starts_with("<!") {
        // A DOCTYPE: its internal subset in brackets may hold '>'.
        let mut depth = 0i32;
        let mut quote = None;
        let end = rest.char_indices().skip(2).find_map(|(i, c)| {
            match (quote, c) {
                (Some(q), c) if c == q => quote = None,
                (Some(_), _) => {}
                (None, '"' | '\'') => quote = Some(c),
                (None, '[') => depth += 1,
                (None, ']') => depth -= 1,
                (None, '>') if depth <= 0 => return Some(lt + i + 1),
                _ => {}
            }
            None
        });
        end.map(|e| (lt, e, Markup::Other))
            .ok_or_else(|| "not well-formed XML: a '<!' is never closed".to_string())
    } else {
        // A tag: '>' ends it outside quoted attribute values.
        let mut quote = None;
        let end = rest.char_indices().skip(1).find_map(|(i, c)| {
            match (quote, c) {
                (Some(q), c) if c == q => quote = None,
                (Some(_), _) => {}
                (None, '"' | '\'') => quote = Some(c),
                (None, '<') => return Some(Err(())),
                (None, '>') => return Some(Ok(lt + i + 1)),
                _ => {}
            }
            None
        });
        match end {
            Some(Ok(e)) => {
                let inner = &s[lt + 1..e - 1];
                let name_end = |t: &str| t.find(|c: char| c.is_whitespace()).unwrap_or(t.len());
                if let Some(n) = inner.strip_prefix('/') {
                    Ok((lt, e, Markup::Close(n.trim())))
                } else if let Some(t) = inner.strip_suffix('/') {
                    let n = name_end(t);
                    Ok((lt, e, Markup::Empty(&t[..n], &t[n..])))
                } else {
                    let n = name_end(inner);
                    Ok((lt, e, Markup::Open(&inner[..n], &inner[n..])))
                }
            }
            _ => Err("not well-formed XML: a '<' is never closed".to_string()),
        }
    };
    Some(r.and_then(|(a, b, m)| match m {
        Markup::Open("", _) | Markup::Close("") | Markup::Empty("", _) => {
            Err("not well-formed XML: a '<' that starts no tag".to_string())
        }
        m => Ok((a, b, m)),
    }))
}

/// An attribute's value in a tag's attribute text (`type="DATE" value='1998'`).
fn attr<'a>(attrs: &'a str, name: &str) -> Option<&'a str> {
    let mut rest = attrs;
    loop {
        let eq = rest.find('=')?;
        let key = rest[..eq].trim();
        let after = rest[eq + 1..].trim_start();
        let q = after.chars().next().filter(|c| matches!(c, '"' | '\''))?;
        let end = after[1..].find(q)? + 1;
        if key == name {
            return Some(&after[1..end]);
        }
        rest = &after[end + 1..];
    }
}

pub fn parse(src: &str) -> Result<TmlDoc, String> {
    // The <TEXT> element outside comments and CDATA; its DCT on the way.
    let mut at = 0;
    let mut dct = None;
    let mut in_dct = false;
    let inner_start = loop {
        match next_markup(src, at) {
            None => return Err("not TimeML: there is no <TEXT> element".to_string()),
            Some(Err(e)) => return Err(e),
            Some(Ok((_, end, m))) => {
                at = end;
                match m {
                    Markup::Open("TEXT", _) => break end,
                    Markup::Open("DCT", _) => in_dct = true,
                    Markup::Close("DCT") => in_dct = false,
                    Markup::Open("TIMEX3", a) | Markup::Empty("TIMEX3", a)
                        if in_dct && dct.is_none() =>
                    {
                        dct = attr(a, "value").and_then(|v| parse_dct(&decode(v).0));
                    }
                    _ => {}
                }
            }
        }
    };
    // Its content up to the matching </TEXT>, checking that the tags inside nest.
    let mut raw = String::with_capacity(src.len() - inner_start);
    let mut stack: Vec<&str> = Vec::new();
    let mut at = inner_start;
    let close = loop {
        let (start, end, m) = match next_markup(src, at) {
            None => return Err("not well-formed XML: <TEXT> is never closed".to_string()),
            Some(r) => r?,
        };
        raw.push_str(&src[at..start]);
        at = end;
        match m {
            Markup::Open(n, _) => stack.push(n),
            Markup::Close(n) => match stack.pop() {
                Some(open) if open == n => {}
                None if n == "TEXT" => break start,
                Some(open) => return Err(format!("not well-formed XML: </{n}> closes <{open}>")),
                None => return Err(format!("not well-formed XML: </{n}> closes <TEXT>")),
            },
            Markup::Cdata(c) => raw.push_str(&escape_text(c)),
            Markup::Empty(..) | Markup::Other => {}
        }
    };
    if dct.is_none() {
        dct = dct_after(src, close);
    }
    let (text, _) = decode(&raw);
    Ok(TmlDoc {
        text,
        dct,
        wrapper: Wrapper {
            head: src[..inner_start].to_string(),
            tail: src[close..].to_string(),
            raw,
        },
    })
}

/// A `<DCT>` written after `<TEXT>` (some files put it last).
fn dct_after(src: &str, from: usize) -> Option<NaiveDateTime> {
    let mut at = from;
    let mut in_dct = false;
    while let Some(Ok((_, end, m))) = next_markup(src, at) {
        at = end;
        match m {
            Markup::Open("DCT", _) => in_dct = true,
            Markup::Close("DCT") => in_dct = false,
            Markup::Open("TIMEX3", a) | Markup::Empty("TIMEX3", a) if in_dct => {
                return attr(a, "value").and_then(|v| parse_dct(&decode(v).0))
            }
            _ => {}
        }
    }
    None
}

/// Decode XML references (`&amp;`, `&#160;`, `&#xA0;`) in text without markup. Returns the
/// text and, for each reference, where it starts and ends in both (decoded byte offset, raw
/// byte offset), in order: between two such points both texts advance together. A reference
/// that is not one (`&nbsp;` from a DTD, a bare `&`, `&#0;`) is kept as written.
pub fn decode(raw: &str) -> (String, Vec<(usize, usize)>) {
    let mut out = String::with_capacity(raw.len());
    let mut map = Vec::new();
    let mut at = 0;
    while let Some(i) = raw[at..].find('&') {
        let amp = at + i;
        out.push_str(&raw[at..amp]);
        at = amp;
        let c = raw[amp + 1..]
            .find(';')
            .filter(|&n| n <= 10)
            .and_then(|n| Some((reference(&raw[amp + 1..amp + 1 + n])?, amp + n + 2)));
        match c {
            Some((c, end)) => {
                map.push((out.len(), amp));
                out.push(c);
                map.push((out.len(), end));
                at = end;
            }
            None => {
                out.push('&');
                at += 1;
            }
        }
    }
    out.push_str(&raw[at..]);
    (out, map)
}

/// The character a reference names (without `&` and `;`).
fn reference(name: &str) -> Option<char> {
    let code = if let Some(h) = name.strip_prefix("#x").or_else(|| name.strip_prefix("#X")) {
        u32::from_str_radix(h, 16).ok()?
    } else if let Some(d) = name.strip_prefix('#') {
        d.parse().ok()?
    } else {
        return match name {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            _ => None,
        };
    };
    char::from_u32(code).filter(|&c| c != '\0')
}

/// The raw offset of a decoded byte offset, given `decode`'s map.
pub fn raw_offset(map: &[(usize, usize)], decoded: usize) -> usize {
    match map.partition_point(|&(d, _)| d <= decoded) {
        0 => decoded,
        k => {
            let (d, r) = map[k - 1];
            r + (decoded - d)
        }
    }
}

/// Text-safe: `&`, `<` and `>` escaped.
pub fn escape_text(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Attribute-safe text.
pub fn escape_attr(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Where a document's root element starts: after its XML declaration, DOCTYPE, comments
/// and processing instructions (what cannot stand inside another element).
pub fn root_start(doc: &str) -> usize {
    let mut at = 0;
    while let Some(Ok((start, end, m))) = next_markup(doc, at) {
        if !doc[at..start].trim().is_empty() {
            return at;
        }
        match m {
            Markup::Other => at = end,
            _ => return start,
        }
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_dct_and_text() {
        let d = parse(
            "<TimeML><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-03-01\">March 1</TIMEX3></DCT>\n<TEXT>On <EVENT eid=\"e1\">Monday</EVENT> it &amp; rained.</TEXT></TimeML>",
        )
        .unwrap();
        assert_eq!(d.text, "On Monday it & rained.");
        assert_eq!(d.wrapper.raw, "On Monday it &amp; rained.");
        assert_eq!(d.dct.unwrap().to_string(), "1998-03-01 00:00:00");
        assert!(d.wrapper.head.ends_with("<TEXT>"));
        assert!(d.wrapper.tail.starts_with("</TEXT>"));
    }

    #[test]
    fn rejects_broken_xml() {
        assert!(parse("<TEXT>a <b> c</TEXT>").is_err());
        assert!(parse("<TEXT>a < b</TEXT>").is_err());
        assert!(parse("no tags here").is_err());
        assert!(parse("<TEXT>a <!-- b</TEXT>").is_err());
    }

    /// Issue 19: CDATA with '<', `<TEXT type=...>`, a `<TEXT>` in a comment, numeric references.
    #[test]
    fn xml_as_written() {
        let d = parse("<TimeML><!-- <TEXT>not this</TEXT> --><TEXT type=\"news\">3&#160;декабря&#x20;2010 <![CDATA[a < b & c]]> <EVENT a='x>y'>x</EVENT>&nbsp;</TEXT></TimeML>").unwrap();
        assert_eq!(d.text, "3\u{a0}декабря 2010 a < b & c x&nbsp;");
        assert_eq!(
            d.wrapper.raw,
            "3&#160;декабря&#x20;2010 a &lt; b &amp; c x&nbsp;"
        );
        assert!(d.wrapper.head.ends_with("<TEXT type=\"news\">"));
        let (text, map) = decode(&d.wrapper.raw);
        assert_eq!(text, d.text);
        let at = |s: &str| d.text.find(s).unwrap();
        assert_eq!(
            &d.wrapper.raw[raw_offset(&map, at("декабря"))..raw_offset(&map, at("2010"))],
            "декабря&#x20;"
        );
        assert_eq!(
            &d.wrapper.raw[raw_offset(&map, at("декабря"))..raw_offset(&map, at(" 2010"))],
            "декабря"
        );
        assert_eq!(raw_offset(&map, 0), 0);
        assert_eq!(raw_offset(&map, d.text.len()), d.wrapper.raw.len());
    }

    #[test]
    fn root_after_the_prolog() {
        let doc =
            "<?xml version=\"1.0\"?>\n<!DOCTYPE TimeML [<!ENTITY x \"y\">]>\n<!-- c -->\n<TimeML/>";
        assert!(doc[root_start(doc)..].starts_with("<TimeML/>"));
        assert_eq!(root_start("<TimeML/>"), 0);
    }
}
