//! `json` (one object holding every document) and `jsonl` (one document per line).

use super::Writer;
use crate::model::{DctOrigin, Event, Extraction, Timex};
use crate::time::{Mod, Precision, Relation};
use serde::Serialize;
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
        let mut buf = Vec::with_capacity(8192);
        write_compact(&mut buf, doc)?;
        buf.push(b'\n');
        out.write_all(&buf)
    }

    fn document_to_vec(&mut self, out: &mut Vec<u8>, doc: &Extraction) -> io::Result<()> {
        write_compact(out, doc)?;
        out.push(b'\n');
        Ok(())
    }

    fn error(&mut self, out: &mut dyn Write, id: &str, reason: &str) -> io::Result<()> {
        serde_json::to_writer(&mut *out, &serde_json::json!({"id": id, "error": reason}))?;
        out.write_all(b"\n")
    }

    fn finish(&mut self, _out: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }
}

/// Exactly `serde_json::to_writer(out, doc)`, written by hand: serde_json escapes strings a
/// byte at a time, and the sentences and titles are most of the output. Field order and names
/// follow `model.rs`; the enums and `meta` still go through serde, and a test compares the
/// two on every sample.
fn write_compact(b: &mut Vec<u8>, d: &Extraction) -> io::Result<()> {
    let mut scratch = String::new();
    b.extend_from_slice(b"{\"id\":");
    string(b, &d.id);
    b.extend_from_slice(b",\"lang\":");
    string(b, &d.lang);
    b.extend_from_slice(b",\"dct\":{\"value\":");
    string(b, &d.dct.value);
    b.extend_from_slice(b",\"origin\":");
    name(b, origin_name(d.dct.origin));
    if d.dct.year_inferred {
        b.extend_from_slice(b",\"year_inferred\":true");
    }
    if !d.dct.alternatives.is_empty() {
        b.extend_from_slice(b",\"alternatives\":");
        serde(b, &d.dct.alternatives)?;
    }
    b.extend_from_slice(b"},\"timexes\":[");
    for (i, t) in d.timexes.iter().enumerate() {
        if i > 0 {
            b.push(b',');
        }
        timex(b, t, &mut scratch)?;
    }
    b.extend_from_slice(b"],\"events\":[");
    for (i, e) in d.events.iter().enumerate() {
        if i > 0 {
            b.push(b',');
        }
        event(b, e, &mut scratch)?;
    }
    b.push(b']');
    if let Some(t) = &d.title {
        b.extend_from_slice(b",\"title\":");
        string(b, t);
    }
    if let Some(u) = &d.url {
        b.extend_from_slice(b",\"url\":");
        string(b, u);
    }
    if let Some(m) = &d.meta {
        b.extend_from_slice(b",\"meta\":");
        serde(b, m)?;
    }
    b.push(b'}');
    Ok(())
}

fn timex(b: &mut Vec<u8>, t: &Timex, scratch: &mut String) -> io::Result<()> {
    b.extend_from_slice(b"{\"id\":");
    string(b, &t.id);
    b.extend_from_slice(b",\"text\":");
    string(b, &t.text);
    b.extend_from_slice(b",\"start\":");
    number(b, t.start);
    b.extend_from_slice(b",\"end\":");
    number(b, t.end);
    b.extend_from_slice(b",\"type\":");
    name(b, t.kind.as_str());
    b.extend_from_slice(b",\"value\":");
    display(b, &t.value, scratch);
    b.extend_from_slice(b",\"mod\":");
    opt_name(b, t.modifier.map(Mod::as_str));
    b.extend_from_slice(b",\"precision\":");
    opt_name(b, t.precision.map(Precision::as_str));
    b.push(b'}');
    Ok(())
}

fn event(b: &mut Vec<u8>, e: &Event, scratch: &mut String) -> io::Result<()> {
    b.extend_from_slice(b"{\"id\":");
    string(b, &e.id);
    b.extend_from_slice(b",\"title\":");
    string(b, &e.title);
    b.extend_from_slice(b",\"when\":{\"value\":");
    display(b, &e.when.value, scratch);
    b.extend_from_slice(b",\"precision\":");
    opt_name(b, e.when.precision.map(Precision::as_str));
    b.extend_from_slice(b",\"start\":");
    opt_string(b, e.when.start.as_deref());
    b.extend_from_slice(b",\"end\":");
    opt_string(b, e.when.end.as_deref());
    b.extend_from_slice(b",\"relation\":");
    name(b, relation_name(e.when.relation));
    b.extend_from_slice(b"},\"timex\":");
    strings(b, &e.timex);
    b.extend_from_slice(b",\"sentence\":");
    string(b, &e.sentence);
    b.extend_from_slice(b",\"start\":");
    number(b, e.start);
    b.extend_from_slice(b",\"end\":");
    number(b, e.end);
    b.extend_from_slice(b",\"location\":");
    opt_string(b, e.location.as_deref());
    b.extend_from_slice(b",\"sources\":");
    strings(b, &e.sources);
    b.push(b'}');
    Ok(())
}

/// A unit variant's name as serde writes it (no character in it needs escaping).
fn name(b: &mut Vec<u8>, s: &str) {
    b.push(b'"');
    b.extend_from_slice(s.as_bytes());
    b.push(b'"');
}

fn opt_name(b: &mut Vec<u8>, s: Option<&str>) {
    match s {
        Some(s) => name(b, s),
        None => b.extend_from_slice(b"null"),
    }
}

/// The serde names of the enums written above (`rename_all = "lowercase"`); a test checks
/// them, and `Precision::as_str`, against serde_json.
fn relation_name(r: Relation) -> &'static str {
    match r {
        Relation::At => "at",
        Relation::Since => "since",
        Relation::Until => "until",
        Relation::Between => "between",
        Relation::Before => "before",
        Relation::After => "after",
    }
}

fn origin_name(o: DctOrigin) -> &'static str {
    match o {
        DctOrigin::Flag => "flag",
        DctOrigin::Metadata => "metadata",
        DctOrigin::Dateline => "dateline",
        DctOrigin::Text => "text",
        DctOrigin::Estimated => "estimated",
        DctOrigin::Today => "today",
    }
}

fn serde<T: Serialize + ?Sized>(b: &mut Vec<u8>, v: &T) -> io::Result<()> {
    serde_json::to_writer(b, v).map_err(io::Error::from)
}

/// `collect_str`, as `model::as_display` serializes (`Display` is `write_timex3`).
fn display(b: &mut Vec<u8>, v: &crate::time::Value, scratch: &mut String) {
    scratch.clear();
    v.write_timex3(scratch);
    string(b, scratch);
}

fn opt_string(b: &mut Vec<u8>, s: Option<&str>) {
    match s {
        Some(s) => string(b, s),
        None => b.extend_from_slice(b"null"),
    }
}

fn strings(b: &mut Vec<u8>, v: &[String]) {
    b.push(b'[');
    for (i, s) in v.iter().enumerate() {
        if i > 0 {
            b.push(b',');
        }
        string(b, s);
    }
    b.push(b']');
}

fn number(b: &mut Vec<u8>, n: usize) {
    let mut digits = [0u8; 20];
    let i = crate::text::decimal(n as u64, &mut digits);
    b.extend_from_slice(&digits[i..]);
}

/// A JSON string as serde_json writes it: `"` and `\` escaped, control characters as `\n`,
/// `\t`, … or `\u00XX`; everything else (all of Unicode, DEL) as it is.
fn string(b: &mut Vec<u8>, s: &str) {
    let bytes = s.as_bytes();
    b.reserve(bytes.len() + 2);
    b.push(b'"');
    let mut start = 0;
    let mut i = 0;
    loop {
        i = clean_run(bytes, i);
        let Some(&x) = bytes.get(i) else {
            break;
        };
        let escape: &[u8] = match x {
            b'"' => b"\\\"",
            b'\\' => b"\\\\",
            0x08 => b"\\b",
            b'\t' => b"\\t",
            b'\n' => b"\\n",
            0x0c => b"\\f",
            b'\r' => b"\\r",
            0..=0x1f => b"",
            _ => {
                i += 1;
                continue;
            }
        };
        b.extend_from_slice(&bytes[start..i]);
        if escape.is_empty() {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            b.extend_from_slice(b"\\u00");
            b.push(HEX[(x >> 4) as usize]);
            b.push(HEX[(x & 0xf) as usize]);
        } else {
            b.extend_from_slice(escape);
        }
        i += 1;
        start = i;
    }
    b.extend_from_slice(&bytes[start..]);
    b.push(b'"');
}

/// Where the bytes from `i` on first need escaping (a control character, `"` or `\`), or
/// the end: sixteen bytes per compare, the last few padded with spaces.
#[inline]
fn clean_run(bytes: &[u8], mut i: usize) -> usize {
    #[cfg(target_arch = "x86_64")]
    {
        use std::arch::x86_64::*;
        // The escape bytes among 16, as bits.
        let escapes = |chunk: &[u8; 16]| {
            // SAFETY: SSE2 is part of x86_64, and the load reads the 16 bytes of `chunk`.
            unsafe {
                let v = _mm_loadu_si128(chunk.as_ptr() as *const __m128i);
                let low = _mm_set1_epi8(0x1f);
                // max(v, 0x1f) == 0x1f: v <= 0x1f, unsigned.
                let control = _mm_cmpeq_epi8(_mm_max_epu8(v, low), low);
                let quote = _mm_cmpeq_epi8(v, _mm_set1_epi8(b'"' as i8));
                let slash = _mm_cmpeq_epi8(v, _mm_set1_epi8(b'\\' as i8));
                _mm_movemask_epi8(_mm_or_si128(control, _mm_or_si128(quote, slash)))
            }
        };
        while let Some(chunk) = bytes.get(i..i + 16) {
            let mask = escapes(chunk.try_into().unwrap_or(&[b' '; 16]));
            if mask != 0 {
                return i + mask.trailing_zeros() as usize;
            }
            i += 16;
        }
        if i < bytes.len() {
            let mut tail = [b' '; 16];
            tail[..bytes.len() - i].copy_from_slice(&bytes[i..]);
            let mask = escapes(&tail);
            return if mask != 0 {
                i + mask.trailing_zeros() as usize
            } else {
                bytes.len()
            };
        }
        i
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        while i < bytes.len() && !matches!(bytes[i], 0..=0x1f | b'"' | b'\\') {
            i += 1;
        }
        i
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{Document, Extractor};

    #[test]
    fn strings_escape_like_serde_json() {
        let mut all: String = (0u32..0x80).filter_map(char::from_u32).collect();
        all.push_str("Ёлка «цитата» \u{2028}\u{7f}😀 \\\"\\\\");
        let mut cases = vec![String::new(), all.clone()];
        for n in 0..all.len() {
            if all.is_char_boundary(n) {
                cases.push(all[n..].to_string());
                cases.push(format!("абвгдежз{}", &all[..n]));
            }
        }
        for s in &cases {
            let mut b = Vec::new();
            string(&mut b, s);
            assert_eq!(b, serde_json::to_vec(s).unwrap(), "{s:?}");
        }
        for n in [0, 7, 9, 10, 99, 100, 12345, usize::MAX] {
            let mut b = Vec::new();
            number(&mut b, n);
            assert_eq!(b, serde_json::to_vec(&n).unwrap());
        }
    }

    #[test]
    fn enum_names_are_serde_names() {
        use crate::time::TimexType;
        let json = |v: serde_json::Value| v.as_str().unwrap().to_string();
        use Precision::*;
        for p in [
            Century, Decade, Year, Half, Quarter, Season, Month, Week, Day, Hour, Minute, Second,
        ] {
            assert_eq!(p.as_str(), json(serde_json::to_value(p).unwrap()));
        }
        use Relation::*;
        for r in [At, Since, Until, Between, Before, After] {
            assert_eq!(relation_name(r), json(serde_json::to_value(r).unwrap()));
        }
        use DctOrigin::*;
        for o in [Flag, Metadata, Dateline, Text, Estimated, Today] {
            assert_eq!(origin_name(o), json(serde_json::to_value(o).unwrap()));
        }
        for m in [
            Mod::Start,
            Mod::Mid,
            Mod::End,
            Mod::Approx,
            Mod::Before,
            Mod::After,
            Mod::OnOrBefore,
            Mod::OnOrAfter,
            Mod::LessThan,
            Mod::MoreThan,
        ] {
            assert_eq!(m.as_str(), json(serde_json::to_value(m).unwrap()));
        }
        for t in [
            TimexType::Date,
            TimexType::Time,
            TimexType::Duration,
            TimexType::Set,
        ] {
            assert_eq!(t.as_str(), json(serde_json::to_value(t).unwrap()));
        }
    }

    #[test]
    fn documents_write_like_serde_json() {
        let ex = Extractor::new(chrono::NaiveDate::from_ymd_opt(2024, 12, 6).unwrap());
        let mut docs: Vec<Document> = std::fs::read_dir("samples")
            .unwrap()
            .flatten()
            .filter(|e| e.path().extension().is_some_and(|x| x == "txt"))
            .map(|e| Document {
                id: e.path().display().to_string(),
                text: std::fs::read_to_string(e.path()).unwrap(),
                ..Default::default()
            })
            .collect();
        assert!(docs.len() > 10);
        let mut meta = serde_json::Map::new();
        meta.insert(
            "source".into(),
            serde_json::json!({"a": [1, "x\n"], "b": null}),
        );
        docs.push(Document {
            id: "with \"fields\"\t".into(),
            text: "Вчера, 3 декабря 2024 года, в Москве открылась выставка.\n\u{1}".into(),
            title: Some("Заголовок \\ «кавычки»".into()),
            url: Some("https://example.org/?a=1&b=\"2\"".into()),
            meta: Some(meta),
            lang: Some("ru".into()),
            ..Default::default()
        });
        docs.push(Document {
            id: "en".into(),
            text: "On December 3, 2024 the exhibition opened in London.".into(),
            ..Default::default()
        });
        for d in &docs {
            let x = ex.extract(d);
            let mut b = Vec::new();
            write_compact(&mut b, &x).unwrap();
            assert_eq!(
                String::from_utf8(b).unwrap(),
                serde_json::to_string(&x).unwrap(),
                "{}",
                d.id
            );
        }
    }
}
