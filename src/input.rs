//! Inputs: files, directories, standard input, JSONL batches and TimeML. Every problem is an
//! `Item::Error` naming the input (and line), and never stops the other inputs.

use crate::extract::{parse_dct, Document};
use std::collections::HashSet;
use std::fs;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

static BYTES_READ: AtomicU64 = AtomicU64::new(0);

/// Bytes taken from the inputs so far by every reader in this process: for a progress bar.
pub fn bytes_read() -> u64 {
    BYTES_READ.load(Ordering::Relaxed)
}

fn count(n: usize) {
    BYTES_READ.fetch_add(n as u64, Ordering::Relaxed);
}

/// Total size of the inputs in bytes, when known before reading (not for standard input).
pub fn total_size(inputs: &[String]) -> Option<u64> {
    let mut total = 0;
    for s in sources(inputs) {
        match s {
            Ok(Source::File(p)) => total += fs::metadata(p).map(|m| m.len()).unwrap_or(0),
            Ok(Source::Stdin) => return None,
            Err(_) => {}
        }
    }
    Some(total)
}

/// The largest document (or JSONL line) read; larger ones are reported, not read.
pub const MAX_DOC_BYTES: usize = 8 * 1024 * 1024;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputFormat {
    Auto,
    Text,
    Jsonl,
    Timeml,
}

/// One unit of work: a document, or an input that could not be read.
#[derive(Debug)]
pub enum Item {
    Doc(Box<Document>),
    Error {
        /// The document id when known (a batch line's `id`), else the input name.
        id: String,
        /// What the user must look at: "file.jsonl:12".
        input: String,
        reason: String,
    },
}

impl Item {
    fn error(input: impl Into<String>, reason: impl Into<String>) -> Item {
        let input = input.into();
        Item::Error {
            id: input.clone(),
            input,
            reason: reason.into(),
        }
    }
}

/// How a source is read.
pub enum Source {
    Stdin,
    File(PathBuf),
}

impl Source {
    /// How errors and ids name it.
    pub fn name(&self) -> String {
        match self {
            Source::Stdin => "-".to_string(),
            Source::File(p) => path_name(p),
        }
    }
}

/// A path as text. A name that is not UTF-8 keeps its other bytes as `\xNN`, so that two
/// different names never become the same id (lossy decoding made both `�.txt`).
pub fn path_name(p: &Path) -> String {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        let mut out = String::new();
        for chunk in p.as_os_str().as_bytes().utf8_chunks() {
            out.push_str(chunk.valid());
            for b in chunk.invalid() {
                out.push_str(&format!("\\x{b:02x}"));
            }
        }
        out
    }
    #[cfg(not(unix))]
    {
        p.display().to_string()
    }
}

/// Folders deeper than this under a directory input are reported, not read: a walk that
/// deep is a mistake or a trap, and paths soon pass the system's limit.
pub const MAX_DEPTH: usize = 64;

/// The extensions a directory walk reads, in any case (`*.TXT` too).
fn walked_extension(p: &Path) -> bool {
    p.extension().and_then(|e| e.to_str()).is_some_and(|e| {
        ["txt", "md", "tml", "jsonl"]
            .iter()
            .any(|x| e.eq_ignore_ascii_case(x))
    })
}

/// Expand the command-line inputs into sources: directories recursively (sorted, only
/// regular files named `*.txt`, `*.md`, `*.tml`, `*.jsonl`), `-` as standard input.
pub fn sources(inputs: &[String]) -> Vec<Result<Source, Item>> {
    let mut out = Vec::new();
    let inputs: Vec<String> = if inputs.is_empty() {
        vec!["-".to_string()]
    } else {
        inputs.to_vec()
    };
    for i in &inputs {
        if i == "-" {
            out.push(Ok(Source::Stdin));
            continue;
        }
        let p = Path::new(i);
        match fs::metadata(p) {
            Err(e) => out.push(Err(Item::error(i.clone(), io_reason(&e)))),
            Ok(m) if m.is_dir() => {
                let mut found = Vec::new();
                walk(p, 0, &mut found, &mut HashSet::new());
                // Files and the errors met on the way, in path order.
                found.sort_by(|a, b| a.0.cmp(&b.0));
                out.extend(found.into_iter().map(|(_, f)| f));
            }
            Ok(_) => out.push(Ok(Source::File(p.to_path_buf()))),
        }
    }
    out
}

fn walk(
    dir: &Path,
    depth: usize,
    found: &mut Vec<(PathBuf, Result<Source, Item>)>,
    seen: &mut HashSet<PathBuf>,
) {
    let error =
        |p: &Path, reason: String| (p.to_path_buf(), Err(Item::error(path_name(p), reason)));
    if depth > MAX_DEPTH {
        found.push(error(
            dir,
            format!("folders nested deeper than {MAX_DEPTH} levels: not read"),
        ));
        return;
    }
    // Each real directory once: a symlink back up the tree would read it again and again.
    if let Ok(real) = fs::canonicalize(dir) {
        if !seen.insert(real) {
            return;
        }
    }
    let rd = match fs::read_dir(dir) {
        Ok(rd) => rd,
        Err(e) => {
            found.push(error(dir, io_reason(&e)));
            return;
        }
    };
    for entry in rd {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                found.push(error(dir, io_reason(&e)));
                continue;
            }
        };
        let p = entry.path();
        // Followed through symlinks; a broken link or an unreadable entry is said, not skipped.
        let meta = match fs::metadata(&p) {
            Ok(m) => m,
            Err(e) => {
                if walked_extension(&p) {
                    found.push(error(&p, io_reason(&e)));
                }
                continue;
            }
        };
        if meta.is_dir() {
            walk(&p, depth + 1, found, seen);
        } else if meta.is_file() && walked_extension(&p) && !is_project_file(&p) {
            // Only regular files: a FIFO or a device named `x.txt` would block or never end.
            found.push((p.clone(), Ok(Source::File(p))));
        }
    }
}

/// A folder's README, LICENSE or CHANGELOG describes the articles; it is not one of them.
/// (Named on the command line, such a file is still read.)
fn is_project_file(p: &Path) -> bool {
    let stem = p
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("")
        .to_ascii_uppercase();
    matches!(
        stem.as_str(),
        "README" | "LICENSE" | "LICENCE" | "CHANGELOG" | "NOTICE"
    )
}

fn io_reason(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "no such file or directory".to_string(),
        io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => e.to_string(),
    }
}

/// Why writing to `output` would destroy or re-read an input, if it would: the same file as
/// an input, or a file a directory input would read (`-o articles/out.jsonl articles`).
pub fn output_clash(inputs: &[String], output: &Path) -> Option<String> {
    let real = |p: &Path| -> Option<PathBuf> {
        fs::canonicalize(p).ok().or_else(|| {
            // Not there yet: its directory is.
            let parent = match p.parent() {
                Some(d) if !d.as_os_str().is_empty() => d,
                _ => Path::new("."),
            };
            Some(fs::canonicalize(parent).ok()?.join(p.file_name()?))
        })
    };
    let out = real(output)?;
    let read_in_dirs = walked_extension(&out);
    for i in inputs.iter().filter(|i| *i != "-") {
        let Some(inp) = real(Path::new(i)) else {
            continue;
        };
        if inp == out {
            return Some(format!("{i} is also an input; it would be overwritten"));
        }
        if read_in_dirs && inp.is_dir() && out.starts_with(&inp) {
            return Some(format!(
                "it lies in the input directory {i} and would be read as an input"
            ));
        }
    }
    // Another name for an input (a hard link, a bind mount, standard input redirected from
    // it): the same device and inode.
    let id = file_id(output)?;
    let uses_stdin = inputs.is_empty() || inputs.iter().any(|i| i == "-");
    if uses_stdin && file_id(Path::new("/dev/stdin")) == Some(id) {
        return Some("standard input reads that file; it would be overwritten".to_string());
    }
    for s in sources(inputs).into_iter().flatten() {
        if let Source::File(p) = &s {
            if file_id(p) == Some(id) {
                return Some(format!(
                    "{} is the same file as an input; it would be overwritten",
                    s.name()
                ));
            }
        }
    }
    None
}

/// Device and inode of a regular file (following links), where the system has them.
fn file_id(p: &Path) -> Option<(u64, u64)> {
    let m = fs::metadata(p).ok().filter(|m| m.is_file())?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        Some((m.dev(), m.ino()))
    }
    #[cfg(not(unix))]
    {
        let _ = m;
        None
    }
}

/// Every item of every input, lazily: a JSONL batch is read a line at a time.
pub fn read(inputs: &[String], format: InputFormat) -> impl Iterator<Item = Item> {
    sources(inputs)
        .into_iter()
        .flat_map(move |s| -> Box<dyn Iterator<Item = Item>> {
            match s {
                Err(item) => Box::new(std::iter::once(item)),
                Ok(src) => open(src, format),
            }
        })
}

/// The items of one source, lazily.
pub fn open(src: Source, format: InputFormat) -> Box<dyn Iterator<Item = Item>> {
    let name = src.name();
    let ext = match &src {
        Source::File(p) => p.extension().and_then(|e| e.to_str()).unwrap_or(""),
        Source::Stdin => "",
    }
    .to_ascii_lowercase();
    let format = match format {
        InputFormat::Auto => match ext.as_str() {
            "jsonl" => InputFormat::Jsonl,
            "tml" => InputFormat::Timeml,
            _ => InputFormat::Text,
        },
        f => f,
    };
    let mut size = None;
    let reader: Box<dyn Read> = match &src {
        Source::Stdin => Box::new(io::stdin()),
        Source::File(p) => match fs::File::open(p) {
            Ok(f) => {
                size = f.metadata().ok().filter(|m| m.is_file()).map(|m| m.len());
                Box::new(f)
            }
            Err(e) => return Box::new(std::iter::once(Item::error(name, io_reason(&e)))),
        },
    };
    if format == InputFormat::Jsonl {
        return Box::new(JsonlReader::new(name, reader));
    }
    let item = match read_whole(reader, size) {
        Err(reason) => Item::error(name, reason),
        Ok(text) => {
            let id = name;
            if format == InputFormat::Timeml {
                match crate::timeml::parse(&text) {
                    Ok(doc) => Item::Doc(Box::new(Document {
                        id,
                        text: doc.text,
                        dct: doc.dct,
                        wrapper: Some(doc.wrapper),
                        ..Document::default()
                    })),
                    Err(reason) => Item::error(id, reason),
                }
            } else {
                Item::Doc(Box::new(Document {
                    id,
                    text,
                    ..Document::default()
                }))
            }
        }
    };
    Box::new(std::iter::once(item))
}

/// Check text for what makes it unreadable; drop a BOM.
pub fn check_text(bytes: Vec<u8>) -> Result<String, String> {
    if bytes.is_empty() {
        return Err("empty input: there is no text to read".to_string());
    }
    if bytes.len() > MAX_DOC_BYTES {
        return Err(too_large(Some(bytes.len() as u64)));
    }
    if is_utf16(&bytes) {
        return Err(UTF16.to_string());
    }
    if bytes.contains(&0) {
        return Err("binary data (NUL bytes): not a text file".to_string());
    }
    let mut s = String::from_utf8(bytes).map_err(|e| {
        format!(
            "not UTF-8: invalid byte at offset {} (convert it, e.g. with iconv -f cp1251 -t utf-8)",
            e.utf8_error().valid_up_to()
        )
    })?;
    if s.starts_with('\u{feff}') {
        s.drain(..3);
    }
    if s.trim().is_empty() {
        return Err("empty input: only whitespace".to_string());
    }
    Ok(s)
}

const UTF16: &str = "UTF-16, not UTF-8 (convert it, e.g. with iconv -f utf-16 -t utf-8)";

/// UTF-16 with a byte-order mark, or without one: NUL bytes all on one side of the 16-bit
/// units (the high bytes of Latin text and of spaces and digits in any script), and the
/// whole decodes as UTF-16 of the matching byte order.
fn is_utf16(b: &[u8]) -> bool {
    if b.starts_with(&[0xff, 0xfe]) || b.starts_with(&[0xfe, 0xff]) {
        return true;
    }
    let n = b.len() & !1;
    let nuls = |parity: usize| {
        b[..n]
            .iter()
            .skip(parity)
            .step_by(2)
            .filter(|&&x| x == 0)
            .count()
    };
    let (even, odd) = (nuls(0), nuls(1));
    // Text has a space, digit or stop every few characters; a stray NUL in UTF-8 is rare.
    if n < 4 || (even > 0) == (odd > 0) || (even + odd) * 16 < n {
        return false;
    }
    let odd = odd > 0;
    let units = b[..n].chunks_exact(2).map(|u| {
        if odd {
            u16::from_le_bytes([u[0], u[1]])
        } else {
            u16::from_be_bytes([u[0], u[1]])
        }
    });
    char::decode_utf16(units).all(|c| c.is_ok_and(|c| c != '\0'))
}

fn too_large(size: Option<u64>) -> String {
    let size = match size {
        Some(n) => format!("{n} bytes"),
        None => format!("more than {MAX_DOC_BYTES} bytes"),
    };
    format!(
        "too large: {size} in one document; the limit is {MAX_DOC_BYTES} bytes (split it, or send a JSONL batch)"
    )
}

/// `size`: the file's size when known, for the message about a file too large.
fn read_whole(r: Box<dyn Read>, size: Option<u64>) -> Result<String, String> {
    let mut bytes = Vec::new();
    // Read at most one byte past the limit, so a huge file is refused without loading it.
    r.take(MAX_DOC_BYTES as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| io_reason(&e))?;
    count(bytes.len());
    if bytes.len() > MAX_DOC_BYTES {
        return Err(too_large(size.filter(|&n| n > MAX_DOC_BYTES as u64)));
    }
    check_text(bytes)
}

/// A JSONL batch, one document per line.
struct JsonlReader {
    name: String,
    reader: BufReader<Box<dyn Read>>,
    line: usize,
    done: bool,
    /// Reused for every line: no allocation per document.
    buf: Vec<u8>,
}

impl JsonlReader {
    fn new(name: String, r: Box<dyn Read>) -> Self {
        JsonlReader {
            name,
            reader: BufReader::with_capacity(1 << 16, r),
            line: 0,
            done: false,
            buf: Vec::with_capacity(1 << 16),
        }
    }
}

impl Iterator for JsonlReader {
    type Item = Item;
    fn next(&mut self) -> Option<Item> {
        loop {
            if self.done {
                return None;
            }
            let buf = &mut self.buf;
            buf.clear();
            // Bounded read: a line past the limit is reported and skipped to its end.
            let n = match (&mut self.reader)
                .take(MAX_DOC_BYTES as u64 + 1)
                .read_until(b'\n', buf)
            {
                Ok(n) => n,
                Err(e) => {
                    self.done = true;
                    return Some(Item::error(self.name.clone(), io_reason(&e)));
                }
            };
            if n == 0 {
                self.done = true;
                return None;
            }
            count(n);
            self.line += 1;
            // A whole batch in UTF-16 is one error, not a "not JSON" per line.
            if self.line == 1 && is_utf16(buf) {
                self.done = true;
                return Some(Item::error(self.name.clone(), UTF16));
            }
            let at = format!("{}:{}", self.name, self.line);
            if buf.len() > MAX_DOC_BYTES && !buf.ends_with(b"\n") {
                // Skip the rest of the line.
                let mut sink = Vec::new();
                loop {
                    sink.clear();
                    match (&mut self.reader)
                        .take(1 << 20)
                        .read_until(b'\n', &mut sink)
                    {
                        Ok(0) => break,
                        Ok(n) if sink.ends_with(b"\n") => {
                            count(n);
                            break;
                        }
                        Ok(n) => count(n),
                        Err(_) => break,
                    }
                }
                return Some(Item::error(
                    at,
                    format!("line longer than the limit of {MAX_DOC_BYTES} bytes"),
                ));
            }
            if buf.iter().all(|b| b.is_ascii_whitespace()) {
                continue;
            }
            return Some(parse_line(&at, buf));
        }
    }
}

/// One batch line to a document.
pub fn parse_line(at: &str, bytes: &[u8]) -> Item {
    // serde_json checks UTF-8 as it parses, so a good line is read in one pass; only a bad
    // one takes the slower road below, which says what is wrong with it.
    // A line checked by `utf8_ok` parses from `&str`, where serde_json does not check UTF-8
    // again (its own check, std's, costs several times more on Cyrillic text).
    let parsed = if utf8_ok(bytes) {
        // SAFETY: `utf8_ok` accepts exactly what `str::from_utf8` accepts (tested below).
        serde_json::from_str::<serde_json::Value>(unsafe { std::str::from_utf8_unchecked(bytes) })
    } else {
        serde_json::from_slice::<serde_json::Value>(bytes)
    };
    let v = match parsed {
        Ok(v) => v,
        Err(_) => match parse_value(at, bytes) {
            Ok(v) => v,
            Err(item) => return item,
        },
    };
    let serde_json::Value::Object(obj) = v else {
        return Item::error(at, "not a JSON object");
    };
    document(at, obj)
}

/// `str::from_utf8(b).is_ok()`: text of one- and two-byte characters (ASCII, Cyrillic)
/// sixteen bytes at a time, and where a block has anything else, a block's worth of
/// characters one at a time.
fn utf8_ok(b: &[u8]) -> bool {
    let mut i = 0;
    loop {
        #[cfg(target_arch = "x86_64")]
        {
            i = short_chars_run(b, i);
        }
        if i >= b.len() {
            return true;
        }
        let stop = (i + 16).min(b.len());
        while i < stop {
            match char_len(b, i) {
                Some(len) => i += len,
                None => return false,
            }
        }
    }
}

/// From `i` (a character boundary), the end of the whole 16-byte blocks made of ASCII and
/// well-formed two-byte sequences (lead 0xc2..0xdf, then a continuation byte), less a lead
/// byte that ends the last block: again a character boundary.
#[cfg(target_arch = "x86_64")]
fn short_chars_run(b: &[u8], mut i: usize) -> usize {
    use std::arch::x86_64::*;
    let mut carry = 0u32;
    while let Some(chunk) = b.get(i..i + 16) {
        // SAFETY: SSE2 is part of x86_64, and the load reads the 16 bytes of `chunk`.
        let (non_ascii, lead, cont) = unsafe {
            let v = _mm_loadu_si128(chunk.as_ptr() as *const __m128i);
            let bits = |mask: u8, value: u8| {
                _mm_cmpeq_epi8(
                    _mm_and_si128(v, _mm_set1_epi8(mask as i8)),
                    _mm_set1_epi8(value as i8),
                )
            };
            // 110xxxxx, but not the overlong 0xc0 and 0xc1.
            let lead = _mm_andnot_si128(bits(0xfe, 0xc0), bits(0xe0, 0xc0));
            (
                _mm_movemask_epi8(v) as u32,
                _mm_movemask_epi8(lead) as u32,
                _mm_movemask_epi8(bits(0xc0, 0x80)) as u32,
            )
        };
        // Every other byte is a lead or a continuation, and the continuations are exactly the
        // bytes after the leads (the first one after the previous block's last byte).
        if non_ascii & !(lead | cont) != 0 || cont != ((lead << 1) | carry) & 0xffff {
            break;
        }
        carry = lead >> 15;
        i += 16;
    }
    i - carry as usize
}

/// The length of the well-formed character at byte `i` of `b`, if it is one.
fn char_len(b: &[u8], i: usize) -> Option<usize> {
    let x = b[i];
    if x < 0x80 {
        return Some(1);
    }
    if (0xc2..0xe0).contains(&x) {
        return (b.get(i + 1).is_some_and(|&y| y & 0xc0 == 0x80)).then_some(2);
    }
    let w = match x {
        0xe0..=0xef => 3,
        0xf0..=0xf4 => 4,
        _ => return None,
    };
    (i + w <= b.len() && std::str::from_utf8(&b[i..i + w]).is_ok()).then_some(w)
}

/// A line that serde_json refused as bytes: UTF-8 first (and a BOM), then JSON.
fn parse_value(at: &str, bytes: &[u8]) -> Result<serde_json::Value, Item> {
    let s = match std::str::from_utf8(bytes) {
        Ok(s) => s.trim_start_matches('\u{feff}'),
        Err(e) => {
            return Err(Item::error(
                at,
                format!("not UTF-8: invalid byte at offset {}", e.valid_up_to()),
            ))
        }
    };
    serde_json::from_str(s).map_err(|e| Item::error(at, format!("not JSON: {e}")))
}

fn document(at: &str, mut obj: serde_json::Map<String, serde_json::Value>) -> Item {
    let id = match obj.remove("id") {
        Some(serde_json::Value::String(s)) => s,
        Some(serde_json::Value::Number(n)) => n.to_string(),
        _ => at.to_string(),
    };
    let err = |reason: String| Item::Error {
        id: id.clone(),
        input: at.to_string(),
        reason,
    };
    let text = match obj.remove("text") {
        Some(serde_json::Value::String(s)) if s.trim().is_empty() => {
            return err("field \"text\" is empty: there is no text to read".to_string())
        }
        Some(serde_json::Value::String(s)) => s,
        Some(_) => return err("field \"text\" is not a string".to_string()),
        None => return err("field \"text\" is missing".to_string()),
    };
    let dct = match obj.remove("dct") {
        None | Some(serde_json::Value::Null) => None,
        Some(serde_json::Value::String(s)) => match parse_dct(&s) {
            Some(d) => Some(d),
            None => {
                return err(format!(
                    "field \"dct\" is not a date (YYYY-MM-DD or YYYY-MM-DDTHH:MM): {s:?}"
                ))
            }
        },
        Some(_) => return err("field \"dct\" is not a string".to_string()),
    };
    let take_str =
        |obj: &mut serde_json::Map<String, serde_json::Value>, k: &str| match obj.remove(k) {
            Some(serde_json::Value::String(s)) => Some(s),
            _ => None,
        };
    let lang = take_str(&mut obj, "lang").filter(|l| l != "auto");
    let title = take_str(&mut obj, "title");
    let url = take_str(&mut obj, "url");
    Item::Doc(Box::new(Document {
        id,
        text,
        dct,
        lang,
        title,
        url,
        meta: if obj.is_empty() { None } else { Some(obj) },
        wrapper: None,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_ok_is_std() {
        let pool: &[u8] = &[
            b'a', b' ', 0x7f, 0x80, 0xbf, 0xc0, 0xc1, 0xc2, 0xd0, 0xd1, 0xdf, 0xe0, 0xe1, 0xed,
            0xef, 0xf0, 0xf4, 0xf5, 0xff, 0x9f, 0xa0, 0x90, 0x8f,
        ];
        let mut x: u64 = 0x9e3779b97f4a7c15;
        let mut cases: Vec<Vec<u8>> = vec![
            "Привет, мир — 😀 €".as_bytes().to_vec(),
            b"plain ascii text, longer than eight".to_vec(),
        ];
        for k in 0..200_000 {
            let mut v = Vec::new();
            // Long ones too, mostly valid two-byte text, for the sixteen-byte blocks.
            if k % 2 == 0 {
                for _ in 0..(x % 40) {
                    x ^= x << 13;
                    x ^= x >> 7;
                    x ^= x << 17;
                    v.extend_from_slice(["п".as_bytes(), b"a", "ё".as_bytes()][(x % 3) as usize]);
                }
            }
            for _ in 0..(x % 24) {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                v.push(pool[(x % pool.len() as u64) as usize]);
            }
            // A stray byte inside a long valid run.
            if k % 3 == 0 && !v.is_empty() {
                let at = (x >> 20) as usize % v.len();
                v[at] = pool[((x >> 40) % pool.len() as u64) as usize];
                v.extend_from_slice("ещё немного текста".as_bytes());
            }
            cases.push(v);
        }
        for c in &cases {
            assert_eq!(utf8_ok(c), std::str::from_utf8(c).is_ok(), "{c:?}");
        }
    }

    #[test]
    fn batch_line_errors_name_the_line() {
        match parse_line("b.jsonl:3", b"{\"id\": 7}") {
            Item::Error { id, input, reason } => {
                assert_eq!(id, "7");
                assert_eq!(input, "b.jsonl:3");
                assert!(reason.contains("text"));
            }
            _ => panic!("expected an error"),
        }
        assert!(matches!(parse_line("x:1", b"not json"), Item::Error { .. }));
    }

    #[test]
    fn batch_line_keeps_meta() {
        let Item::Doc(d) = parse_line(
            "x:1",
            br#"{"id":"a","text":"t","src":"tass","dct":"2020-01-02"}"#,
        ) else {
            panic!()
        };
        assert_eq!(d.meta.unwrap()["src"], "tass");
        assert_eq!(d.dct.unwrap().to_string(), "2020-01-02 00:00:00");
    }

    #[test]
    fn utf16_is_named() {
        let e = check_text(vec![0xff, 0xfe, 0x41, 0x00]).unwrap_err();
        assert!(e.contains("UTF-16"), "{e}");
    }

    #[test]
    fn text_checks() {
        assert!(check_text(vec![]).is_err());
        assert!(check_text(vec![0xff, 0xfe, 0x41]).is_err());
        assert!(check_text(b"a\0b".to_vec()).is_err());
        assert_eq!(check_text("\u{feff}да".as_bytes().to_vec()).unwrap(), "да");
    }
}
