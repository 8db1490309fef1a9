//! Tokens, sentences and code-point offsets. One pass over the text; every token keeps its
//! byte range in the source and a lower-cased, ё-folded form for matching.

use std::collections::HashSet;

/// Words written with a full stop that does not end a sentence (lower case, without the
/// stop). The languages give them (`lang::abbreviations`): a text is split before its
/// language is known, and quotes names across languages, so every language's words apply.
#[derive(Default)]
pub struct Abbreviations {
    /// A number after these does not open a sentence: "рис. 3", "fig. 2".
    pub counting: HashSet<&'static str>,
    /// Nothing after these opens a sentence: "в 2009 г. Он", "Mr. Smith", "Jan. 5".
    pub always: HashSet<&'static str>,
}

/// What a token is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A run of letters (any script).
    Word,
    /// A run of ASCII digits.
    Num,
    /// Any other single character that is not a space.
    Punct,
}

#[derive(Clone, Debug)]
pub struct Token {
    /// Byte range in the source text.
    pub start: usize,
    pub end: usize,
    /// Byte range of the normalized form in `Text::norm`.
    nstart: u32,
    nend: u32,
    pub kind: Kind,
    /// Whitespace between this token and the previous one.
    pub space_before: bool,
    /// A line break between this token and the previous one.
    pub newline_before: bool,
    /// The first letter is upper case.
    pub upper: bool,
    /// Index of the sentence holding this token.
    pub sentence: u32,
}

#[derive(Clone, Copy, Debug)]
pub struct Sentence {
    /// Token range.
    pub first: usize,
    pub last: usize,
    /// Byte range in the source.
    pub start: usize,
    pub end: usize,
}

/// A tokenized text.
pub struct Text<'a> {
    pub src: &'a str,
    norm: String,
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
}

/// Lower-case and fold ё to е (Russian texts write both).
#[inline]
pub fn normalize_char(c: char, out: &mut String) {
    match c {
        'ё' | 'Ё' => out.push('е'),
        c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
        // Basic Cyrillic without a Unicode table lookup: it is most of what we read.
        'а'..='я' => out.push(c),
        'А'..='Я' => out.push(char::from_u32(c as u32 + 0x20).unwrap_or(c)),
        c => out.extend(c.to_lowercase()),
    }
}

/// `char::is_alphabetic`, with ASCII and basic Cyrillic answered without a table lookup.
#[inline]
pub fn is_letter(c: char) -> bool {
    let u = c as u32;
    // Two range checks by arithmetic: ASCII letters (either case), then А..я (U+0410..U+044F).
    if (u | 0x20).wrapping_sub('a' as u32) < 26 || u.wrapping_sub(0x410) < 0x40 {
        return true;
    }
    match c {
        'ё' | 'Ё' => true,
        c if c.is_ascii() => false,
        c => c.is_alphabetic(),
    }
}

/// `char::is_whitespace` plus the invisible characters that separate tokens.
#[inline]
fn is_space(c: char) -> bool {
    match c {
        ' ' | '\n' | '\r' | '\t' | '\x0b' | '\x0c' => true,
        c if c.is_ascii() => false,
        '\u{feff}' | '\u{200b}' | '\u{ad}' => true,
        c => c.is_whitespace(),
    }
}

/// `char::is_uppercase`, with basic Cyrillic answered without a table lookup.
#[inline]
fn is_upper(c: char) -> bool {
    match c {
        'А'..='Я' | 'Ё' => true,
        'а'..='я' | 'ё' => false,
        c => c.is_uppercase(),
    }
}

/// The character at byte `i` of `s` (a char boundary) and its length in bytes. ASCII and
/// two-byte sequences (Cyrillic) are decoded here; the rest by `str::chars`.
#[inline(always)]
pub fn char_at(s: &str, i: usize) -> Option<(char, usize)> {
    let b = s.as_bytes();
    let x = *b.get(i)?;
    if x < 0x80 {
        return Some((x as char, 1));
    }
    if x < 0xe0 {
        if let Some(&y) = b.get(i + 1) {
            let c = ((x as u32 & 0x1f) << 6) | (y as u32 & 0x3f);
            if let Some(c) = char::from_u32(c) {
                return Some((c, 2));
            }
        }
    }
    let c = s.get(i..)?.chars().next()?;
    Some((c, c.len_utf8()))
}

/// The end of the run of lower-case а..я but ё (0xd0 0xb0..0xbf, 0xd1 0x80..0x8f) starting
/// at byte `j`: four letters per compare, the last few one by one.
#[inline]
pub fn lower_cyrillic_run(bytes: &[u8], mut j: usize) -> usize {
    while let Some(w) = bytes.get(j..j + 8) {
        let m = u64::from_le_bytes(w.try_into().unwrap_or([0; 8])) & 0xf0ff_f0ff_f0ff_f0ff;
        // A 0xd1 lead (low bit set) moves its 0x8_ nibble to 0xb_, so that both rows read
        // 0xb_d0 under the mask; any other lane fails the compare (a carry out of a lane
        // comes only from a lane that fails already).
        let m = m.wrapping_add((m & 0x0001_0001_0001_0001) * 0x3000);
        let miss = (m & 0xf0fe_f0fe_f0fe_f0fe) ^ 0xb0d0_b0d0_b0d0_b0d0;
        if miss != 0 {
            // The letters before the first lane that fails (no carry comes out of a lane
            // that matches).
            return j + 2 * (miss.trailing_zeros() as usize / 16);
        }
        j += 8;
    }
    while j + 1 < bytes.len() {
        let v = u16::from_le_bytes([bytes[j], bytes[j + 1]]) & 0xf0ff;
        if v != 0xb0d0 && v != 0x80d1 {
            break;
        }
        j += 2;
    }
    j
}

fn is_dash(c: char) -> bool {
    matches!(c, '-' | '‐' | '‑' | '‒' | '–' | '—' | '―' | '−')
}

impl<'a> Text<'a> {
    pub fn new(src: &'a str, abbreviations: &Abbreviations) -> Text<'a> {
        // The buffers of the thread's previous text: a large allocation per document costs
        // more than tokenizing a short one.
        let (mut tokens, mut norm) = SPARE.with_borrow_mut(std::mem::take);
        tokens.clear();
        norm.clear();
        tokens.reserve(src.len() / 5);
        norm.reserve(src.len());
        let mut space = false;
        let mut newline = false;
        let bytes = src.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let x = bytes[i];
            if x == b' ' {
                space = true;
                i += 1;
                continue;
            }
            let Some((c, len)) = char_at(src, i) else {
                break;
            };
            // The two-byte Cyrillic rows U+0400..U+047F are all letters, none a space.
            let cyrillic = x == 0xd0 || x == 0xd1;
            if !cyrillic && is_space(c) {
                space = true;
                if c == '\n' || c == '\r' {
                    newline = true;
                }
                i += len;
                continue;
            }
            let nstart = norm.len() as u32;
            let start = i;
            let mut end = i + len;
            let kind = if c.is_ascii_digit() {
                while end < bytes.len() && bytes[end].is_ascii_digit() {
                    end += 1;
                }
                norm.push_str(&src[start..end]);
                Kind::Num
            } else if cyrillic || is_letter(c) {
                // Runs already in normal form (lower-case Latin or Cyrillic) are copied whole;
                // only the other letters go through `normalize_char`.
                let mut run = start;
                let mut j = start;
                while j < bytes.len() {
                    // Lower-case а..я, then a..z: most of a word.
                    j = lower_cyrillic_run(bytes, j);
                    let Some(&x) = bytes.get(j) else {
                        break;
                    };
                    if x.is_ascii_lowercase() {
                        j += 1;
                        continue;
                    }
                    let Some((d, dl)) = char_at(src, j) else {
                        break;
                    };
                    // Stress marks and other combining characters stay inside the word.
                    let combining = j > start && ('\u{300}'..='\u{36f}').contains(&d);
                    if j > start && !(combining || is_letter(d)) {
                        break;
                    }
                    norm.push_str(&src[run..j]);
                    if !combining {
                        normalize_char(d, &mut norm);
                    }
                    run = j + dl;
                    j += dl;
                }
                norm.push_str(&src[run..j]);
                end = j;
                Kind::Word
            } else {
                if is_dash(c) {
                    norm.push('-');
                } else {
                    match c {
                        '«' | '»' | '“' | '”' | '„' | '‘' | '’' | '\'' | '`' => {
                            norm.push('"')
                        }
                        c => norm.push(c),
                    }
                }
                Kind::Punct
            };
            tokens.push(Token {
                start,
                end,
                nstart,
                nend: norm.len() as u32,
                kind,
                space_before: space,
                newline_before: newline,
                upper: is_upper(c),
                sentence: 0,
            });
            space = false;
            newline = false;
            i = end;
        }
        let mut t = Text {
            src,
            norm,
            tokens,
            sentences: Vec::new(),
        };
        t.split_sentences(abbreviations);
        t
    }

    /// The normalized form of token `i` ("" past the end).
    #[inline]
    pub fn norm(&self, i: usize) -> &str {
        match self.tokens.get(i) {
            // The rules ask for normal forms all the time: no char-boundary checks, as
            // `Text::new` set `nstart..nend` to what it had just pushed (checked in tests).
            Some(t) => {
                let (a, b) = (t.nstart as usize, t.nend as usize);
                debug_assert!(self.norm.is_char_boundary(a) && self.norm.is_char_boundary(b));
                // SAFETY: `a <= b <= norm.len()`, both char boundaries of `norm`: the lengths
                // of `norm` before and after the token's form was appended, and `norm` only
                // grows while tokens are made.
                unsafe { self.norm.get_unchecked(a..b) }
            }
            None => "",
        }
    }

    /// The source text of token `i`.
    pub fn raw(&self, i: usize) -> &str {
        match self.tokens.get(i) {
            Some(t) => &self.src[t.start..t.end],
            None => "",
        }
    }

    pub fn kind(&self, i: usize) -> Option<Kind> {
        self.tokens.get(i).map(|t| t.kind)
    }

    pub fn is_num(&self, i: usize) -> bool {
        self.kind(i) == Some(Kind::Num)
    }

    pub fn is_word(&self, i: usize) -> bool {
        self.kind(i) == Some(Kind::Word)
    }

    /// Token `i` is the punctuation `p` (after normalization: every dash is "-").
    pub fn is(&self, i: usize, p: &str) -> bool {
        self.norm(i) == p
    }

    /// Tokens `i` and `i+1` touch (no space between).
    pub fn glued(&self, i: usize) -> bool {
        self.tokens.get(i + 1).is_some_and(|t| !t.space_before)
    }

    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    /// A blank line between token `i` and the one before: a paragraph starts at `i`.
    pub fn blank_line_before(&self, i: usize) -> bool {
        if i == 0 || i >= self.tokens.len() || !self.tokens[i].newline_before {
            return false;
        }
        let gap = &self.src[self.tokens[i - 1].end..self.tokens[i].start];
        gap.matches('\n').count() >= 2 || !gap.contains('\n') && gap.matches('\r').count() >= 2
    }

    /// The first `n` tokens alone, as if the text ended there: what is read in them cannot
    /// reach past them.
    pub fn truncated(&self, n: usize) -> Text<'a> {
        let n = n.min(self.tokens.len());
        let sentences = self
            .sentences
            .iter()
            .filter(|s| s.first < n)
            .map(|s| Sentence {
                last: s.last.min(n),
                end: if s.last > n {
                    self.tokens[n - 1].end
                } else {
                    s.end
                },
                ..*s
            })
            .collect();
        Text {
            src: self.src,
            norm: self.norm.clone(),
            tokens: self.tokens[..n].to_vec(),
            sentences,
        }
    }

    /// The source text of tokens `a..b`.
    pub fn slice(&self, a: usize, b: usize) -> &str {
        if a >= b || b > self.tokens.len() {
            return "";
        }
        &self.src[self.tokens[a].start..self.tokens[b - 1].end]
    }

    /// Token `i` is an initial of a name before its period: one capital letter ("А. С.
    /// Пушкин", "Д.А. Медведев", "В.Зворыкин") or the "Дж" of Джон, Джордж ("Дж. Байден").
    pub fn is_initial(&self, i: usize) -> bool {
        let Some(t) = self.tokens.get(i) else {
            return false;
        };
        t.upper
            && t.kind == Kind::Word
            && self.tokens.get(i + 1).is_some_and(|d| !d.space_before)
            && self.norm(i + 1) == "."
            && (self.norm(i).chars().count() == 1 || self.norm(i) == "дж")
    }

    /// The tokens of the initials that open a name at `i` ("Д.А. " of "Д.А. Медведев"): how
    /// many come before the capitalised name, 0 when `i` opens none.
    pub fn initials_at(&self, i: usize) -> usize {
        let mut k = i;
        while self.is_initial(k) {
            k += 2;
        }
        let named = k > i
            && self
                .tokens
                .get(k)
                .is_some_and(|t| t.upper && t.kind == Kind::Word && !self.tokens[k].newline_before);
        if named {
            k - i
        } else {
            0
        }
    }

    pub fn sentence_of(&self, i: usize) -> Option<&Sentence> {
        self.tokens
            .get(i)
            .and_then(|t| self.sentences.get(t.sentence as usize))
    }

    fn split_sentences(&mut self, abbreviations: &Abbreviations) {
        let n = self.tokens.len();
        let mut first = 0;
        let mut bounds = Vec::new();
        for i in 0..n {
            let next_newline = self.tokens.get(i + 1).is_none_or(|t| t.newline_before);
            // Only punctuation ends a sentence: words skip the string comparisons.
            let end_here = next_newline
                || (self.tokens[i].kind == Kind::Punct && self.ends_sentence(i, abbreviations));
            if end_here {
                bounds.push((first, i + 1));
                first = i + 1;
            }
        }
        if first < n {
            bounds.push((first, n));
        }
        let bounds = cap_sentences(bounds, |i| {
            self.tokens[i].kind == Kind::Punct
                && matches!(self.norm(i), ";" | "," | ":" | "—" | "–")
        });
        for (si, &(a, b)) in bounds.iter().enumerate() {
            for t in &mut self.tokens[a..b] {
                t.sentence = si as u32;
            }
            self.sentences.push(Sentence {
                first: a,
                last: b,
                start: self.tokens[a].start,
                end: self.tokens[b - 1].end,
            });
        }
    }

    /// Sentence-final punctuation followed by a space and a capital, a quote or a digit,
    /// and not closing an abbreviation ("г.", "т.г.", initials like "М.").
    fn ends_sentence(&self, i: usize, abbreviations: &Abbreviations) -> bool {
        let p = self.norm(i);
        if !matches!(p, "." | "!" | "?" | "…") {
            return false;
        }
        let Some(next) = self.tokens.get(i + 1) else {
            return true;
        };
        if !next.space_before {
            return false;
        }
        let nc = self.src[next.start..].chars().next().unwrap_or(' ');
        // A digit opens a sentence after a word ("…прошёл 5 мая. 6 декабря он уехал"), and
        // news often opens one with a date; not after a number or a short abbreviation
        // ("ст. 5", "в 2009 г. 5 мая", "1. 2.") nor one of those that count ("рис. 3").
        let digit_opens = nc.is_ascii_digit()
            && p == "."
            && i > 0
            && self.is_word(i - 1)
            && self.norm(i - 1).chars().count() >= 3
            && !abbreviations.counting.contains(self.norm(i - 1));
        if !(digit_opens || nc.is_uppercase() || nc == '«' || nc == '"' || nc == '—' || nc == '–')
        {
            return false;
        }
        if p == "." && i > 0 && self.is_word(i - 1) {
            let w = self.norm(i - 1);
            if self.is_initial(i - 1) {
                return false; // an initial: "М. Нуртлеу", "Дж. Байден"
            }
            if abbreviations.always.contains(w) {
                // "в 2009 г. Он …" does end a sentence, but splitting there breaks far more.
                return false;
            }
        }
        true
    }
}

thread_local! {
    /// Token and normal-form buffers of the last dropped `Text`, for the next one.
    static SPARE: std::cell::RefCell<(Vec<Token>, String)> = Default::default();
}

impl Drop for Text<'_> {
    fn drop(&mut self) {
        // Kept only up to a few MB, so one huge document does not pin its memory.
        if self.norm.capacity() <= 1 << 22 {
            let bufs = (
                std::mem::take(&mut self.tokens),
                std::mem::take(&mut self.norm),
            );
            let _ = SPARE.try_with(|s| *s.borrow_mut() = bufs);
        }
    }
}

/// The decimal digits of `n` written at the end of `digits`; returns where they start.
/// Ids, JSON numbers and TIMEX3 values use it instead of the formatting machinery.
pub fn decimal(mut n: u64, digits: &mut [u8; 20]) -> usize {
    let mut i = digits.len();
    loop {
        i -= 1;
        digits[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            return i;
        }
    }
}

/// `format!("{prefix}{n}")` for ids ("t1", "e12") without the formatting machinery.
pub fn numbered(prefix: char, n: usize) -> String {
    let mut digits = [0u8; 20];
    let i = decimal(n as u64, &mut digits);
    let mut s = String::with_capacity(1 + digits.len() - i);
    s.push(prefix);
    s.extend(digits[i..].iter().map(|&d| d as char));
    s
}

/// Converts byte offsets to code-point offsets; calls must come in non-decreasing order
/// for speed, but any order is correct.
pub struct CharOffsets<'a> {
    src: &'a str,
    byte: usize,
    chars: usize,
}

impl<'a> CharOffsets<'a> {
    pub fn new(src: &'a str) -> Self {
        CharOffsets {
            src,
            byte: 0,
            chars: 0,
        }
    }

    pub fn at(&mut self, byte: usize) -> usize {
        // Going back counts back from here, not from the start (events revisit offsets).
        if byte < self.byte {
            self.chars -= self.src[byte..self.byte].chars().count();
            self.byte = byte;
            return self.chars;
        }
        self.chars += self.src[self.byte..byte].chars().count();
        self.byte = byte;
        self.chars
    }
}

/// Longer sentences are cut: a text without full stops (a list, digits) would otherwise be one
/// sentence, and every step that looks at a whole sentence would make the work, and the
/// sentence each event carries, grow with the square of the input. No sentence of the dev
/// sets comes near it.
pub const MAX_SENTENCE_TOKENS: usize = 256;

/// Cut each sentence longer than `MAX_SENTENCE_TOKENS` after a clause boundary (`clause(i)`)
/// in the second half of the allowed length, or at that length where there is none.
fn cap_sentences(
    bounds: Vec<(usize, usize)>,
    clause: impl Fn(usize) -> bool,
) -> Vec<(usize, usize)> {
    let mut out = Vec::with_capacity(bounds.len());
    for (mut a, b) in bounds {
        while b - a > MAX_SENTENCE_TOKENS {
            let limit = a + MAX_SENTENCE_TOKENS;
            let cut = (a + MAX_SENTENCE_TOKENS / 2..limit)
                .rev()
                .find(|&i| clause(i))
                .map_or(limit, |i| i + 1);
            out.push((a, cut));
            a = cut;
        }
        out.push((a, b));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::text;

    #[test]
    fn tokens_and_norm() {
        let t = text("6 Декабря, 02:37 — Ёлка");
        let norms: Vec<&str> = (0..t.len()).map(|i| t.norm(i)).collect();
        assert_eq!(norms, ["6", "декабря", ",", "02", ":", "37", "-", "елка"]);
        assert_eq!(t.raw(1), "Декабря");
        assert!(t.tokens[1].upper);
        assert!(t.glued(3));
    }

    #[test]
    fn sentences_skip_abbreviations() {
        let t = text("Это было в 2009 г. в Москве. М. Нуртлеу сказал. Всё.");
        assert_eq!(t.sentences.len(), 3);
        // The words come from the languages, all of them in every text: without them
        // "г." and "Mr." end sentences.
        let s = "Это было в 2009 г. В Москве Mr. Smith сказал.";
        assert_eq!(text(s).sentences.len(), 1);
        assert_eq!(Text::new(s, &Abbreviations::default()).sentences.len(), 3);
    }

    #[test]
    fn a_date_opens_a_sentence() {
        let t = text("Он приехал 5 мая. 6 декабря он уехал.");
        assert_eq!(t.sentences.len(), 2);
        for s in [
            "Это было в 2009 г. 5 мая он уехал.",
            "См. рис. 3 и табл. 2 в приложении.",
            "Пункты 1. 2. и 3. отменены.",
        ] {
            assert_eq!(text(s).sentences.len(), 1, "{s}");
        }
    }

    #[test]
    fn initials_end_no_sentence() {
        for s in [
            "Телевидение изобрёл В.Зворыкин. Это было давно.",
            "Об этом писал А. С. Пушкин. Это было давно.",
            "Заявил Д.А. Медведев. Это было давно.",
            "Выступил Н.А.Назарбаев. Это было давно.",
            "Приехал Дж. Байден. Это было давно.",
            "Wrote J. K. Rowling. It was long ago.",
        ] {
            let t = text(s);
            assert_eq!(t.sentences.len(), 2, "{s}");
        }
        let t = text("Заявил Д.А. Медведев вчера.");
        let d = (0..t.len()).find(|&i| t.raw(i) == "Д").unwrap();
        assert_eq!(t.initials_at(d), 4);
        // No name after them: "в пункте А." is no initial run.
        let t = text("Он стоял в пункте А. и ждал.");
        let a = (0..t.len()).find(|&i| t.raw(i) == "А").unwrap();
        assert_eq!(t.initials_at(a), 0);
    }

    #[test]
    fn fast_char_classes_agree_with_std() {
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(is_upper(c), c.is_uppercase(), "{c:?}");
            let std_space = c.is_whitespace() || matches!(c, '\u{feff}' | '\u{200b}' | '\u{ad}');
            assert_eq!(is_space(c), std_space, "{c:?}");
            let (mut a, mut b) = (String::new(), String::new());
            normalize_char(c, &mut a);
            match c {
                'ё' | 'Ё' => b.push('е'),
                c => b.extend(c.to_lowercase()),
            }
            assert_eq!(a, b, "{c:?}");
        }
    }

    /// The tokenizer before its fast paths, kept to check they change nothing.
    fn reference(src: &str) -> Vec<(usize, usize, String, Kind, bool, bool, bool)> {
        let mut out = Vec::new();
        let (mut space, mut newline) = (false, false);
        let mut it = src.char_indices().peekable();
        while let Some((i, c)) = it.next() {
            if c.is_whitespace() || matches!(c, '\u{feff}' | '\u{200b}' | '\u{ad}') {
                space = true;
                newline |= c == '\n' || c == '\r';
                continue;
            }
            let mut norm = String::new();
            let mut end = i + c.len_utf8();
            let kind = if c.is_ascii_digit() {
                norm.push(c);
                while let Some(&(j, d)) = it.peek() {
                    if !d.is_ascii_digit() {
                        break;
                    }
                    norm.push(d);
                    end = j + 1;
                    it.next();
                }
                Kind::Num
            } else if c.is_alphabetic() {
                normalize_char(c, &mut norm);
                while let Some(&(j, d)) = it.peek() {
                    let combining = ('\u{300}'..='\u{36f}').contains(&d);
                    if !(d.is_alphabetic() || combining) {
                        break;
                    }
                    if !combining {
                        normalize_char(d, &mut norm);
                    }
                    end = j + d.len_utf8();
                    it.next();
                }
                Kind::Word
            } else {
                if is_dash(c) {
                    norm.push('-');
                } else {
                    match c {
                        '«' | '»' | '“' | '”' | '„' | '‘' | '’' | '\'' | '`' => {
                            norm.push('"')
                        }
                        c => norm.push(c),
                    }
                }
                Kind::Punct
            };
            out.push((i, end, norm, kind, space, newline, c.is_uppercase()));
            space = false;
            newline = false;
        }
        out
    }

    #[test]
    fn tokenizer_fast_paths_change_nothing() {
        let pool: Vec<char> =
            "аяАЯёЁzZ09 \n\r\t.,-—«»'`\u{301}\u{345}\u{feff}\u{ad}\u{a0}ßİΣσ字ʼЇїӘәпрсоѐѠ"
                .chars()
                .collect();
        let mut texts = vec![
            "6 Декабря, 02:37 — Ёлка".to_string(),
            "\u{345}а па\u{301}па İstanbul ΣΑΣ".to_string(),
        ];
        // Long runs of lower-case Cyrillic take the eight-byte path.
        let cyr: Vec<char> = "абвгдежзийклмнопрстуфхцчшщъыьэюяё".chars().collect();
        texts.extend(
            std::fs::read_dir("samples")
                .into_iter()
                .flatten()
                .flatten()
                .filter_map(|e| std::fs::read_to_string(e.path()).ok()),
        );
        let mut x: u64 = 0x9e3779b97f4a7c15;
        for _ in 0..2000 {
            let mut t = String::new();
            for _ in 0..(x % 40) {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                if x.is_multiple_of(3) {
                    t.extend(
                        (0..x % 11).map(|k| cyr[((x >> 8) as usize + k as usize) % cyr.len()]),
                    );
                }
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                t.push(pool[(x % pool.len() as u64) as usize]);
            }
            texts.push(t);
        }
        for t in &texts {
            let text = text(t);
            let got: Vec<_> = (0..text.len())
                .map(|i| {
                    let k = &text.tokens[i];
                    // What `norm` relies on without checking.
                    let (a, b) = (k.nstart as usize, k.nend as usize);
                    assert!(a <= b && b <= text.norm.len());
                    assert!(text.norm.is_char_boundary(a) && text.norm.is_char_boundary(b));
                    let n = text.norm(i).to_string();
                    (
                        k.start,
                        k.end,
                        n,
                        k.kind,
                        k.space_before,
                        k.newline_before,
                        k.upper,
                    )
                })
                .collect();
            assert_eq!(got, reference(t), "{t:?}");
        }
    }

    #[test]
    fn char_at_decodes_like_chars() {
        let s = "aЯ\u{7ff}\u{800}€😀ё\u{301}z";
        let mut i = 0;
        for c in s.chars() {
            assert_eq!(char_at(s, i), Some((c, c.len_utf8())), "{c:?}");
            i += c.len_utf8();
        }
        assert_eq!(char_at(s, i), None);
    }

    #[test]
    fn lower_cyrillic_runs() {
        let lower = |c: char| ('а'..='я').contains(&c);
        for c in '\u{400}'..='\u{47f}' {
            for n in 0..10 {
                let s: String = "пр".repeat(n) + &c.to_string() + "ab";
                let want = s
                    .char_indices()
                    .find(|&(_, d)| !lower(d))
                    .map_or(s.len(), |p| p.0);
                assert_eq!(lower_cyrillic_run(s.as_bytes(), 0), want, "{s:?}");
            }
        }
    }

    #[test]
    fn numbered_is_format() {
        for n in [0, 1, 9, 10, 99, 100, 12345, usize::MAX] {
            assert_eq!(numbered('t', n), format!("t{n}"));
        }
    }

    #[test]
    fn char_offsets() {
        let s = "аб c";
        let mut c = CharOffsets::new(s);
        assert_eq!(c.at(4), 2);
        assert_eq!(c.at(6), 4);
        assert_eq!(c.at(2), 1);
        assert_eq!(c.at(5), 3);
        assert_eq!(c.at(0), 0);
    }

    #[test]
    fn long_sentences_are_cut_at_clauses() {
        let list = "01.02.2003 заседание; ".repeat(400);
        let t = text(&list);
        assert!(t.sentences.len() > 1);
        for s in &t.sentences {
            assert!(s.last - s.first <= MAX_SENTENCE_TOKENS);
            // Each piece but the last ends at a clause boundary.
            if s.last < t.len() {
                assert_eq!(t.norm(s.last - 1), ";");
            }
        }
        let soup = "1"
            .repeat(3000)
            .chars()
            .map(|c| format!("{c} "))
            .collect::<String>();
        let t = text(&soup);
        assert!(t
            .sentences
            .iter()
            .all(|s| s.last - s.first <= MAX_SENTENCE_TOKENS));
    }
}
