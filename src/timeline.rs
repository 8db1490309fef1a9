//! One chronological timeline from the events of many documents: a fact told by several
//! articles, or twice in one, becomes one event that lists all its sources (`--format
//! timeline`, and the input of the `text`, `timelinejs`, `ics` and `html` writers).
//!
//! How two events are found to tell one fact (the rules are written out in docs/FORMATS.md,
//! "Events and the merged timeline"):
//! - their dates agree: the same days, or a week or month that a day refines; years and
//!   coarser only with the very same value;
//! - their words agree: titles and sentences are read as word keys (`Language::word_key`:
//!   lemmas cut to the stem the event noun and its verb share, paraphrases such as
//!   "вступить в должность" read as "инаугурация"), weighted by how rare each key is among
//!   the documents (a story's own words, "выборы" in an election story, weigh little) and
//!   more for names.
//!
//! The merged events are a function of the set of events that went in, nothing else: a
//! timeline keeps those events, and merging two timelines merges their sets, so timelines
//! built per partition and merged in any grouping give the same bytes as one built at once.

use crate::events::sort_events;
use crate::lang::{self, Language};
use crate::model::{Event, Extraction};
use crate::time::Value;
use chrono::Datelike;
use chrono::NaiveDateTime;
use rustc_hash::FxHashMap;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

/// `{"letopis": VERSION, "events": [EVENT...]}`.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Timeline {
    pub letopis: &'static str,
    pub events: Vec<Event>,
    /// Ids of the documents that went in (with or without events).
    #[serde(skip)]
    pub sources: Vec<String>,
    /// The latest document creation time among the inputs, if any.
    #[serde(skip)]
    pub latest_dct: Option<NaiveDateTime>,
    /// The language most inputs are in (for writers' labels).
    #[serde(skip)]
    pub lang: Option<String>,
    /// The language of each event's title, parallel to `events`.
    #[serde(skip)]
    pub event_langs: Vec<String>,
    #[serde(skip)]
    parts: Parts,
}

/// What a timeline is made of: each document's events as they came, and its id, language
/// and date. Everything else in a `Timeline` is worked out from it.
#[derive(Clone, Debug, Default, PartialEq)]
struct Parts {
    /// Sorted and without repeats once a timeline is made.
    mentions: Vec<Mention>,
    /// (id, language, document date) of every input.
    docs: BTreeSet<(String, String, NaiveDateTime)>,
}

/// One document's event, its timex ids qualified by the document (`DOC#t3`).
#[derive(Clone, Debug, PartialEq)]
struct Mention {
    lang: String,
    event: Event,
    /// Dated only by distances ("спустя две недели"): see `Language::offset_word`.
    offset: bool,
}

/// Collects documents one by one, merges at `finish`.
#[derive(Default)]
pub struct Builder {
    parts: Parts,
}

impl Builder {
    pub fn add(&mut self, doc: &Extraction) {
        self.parts
            .docs
            .insert((doc.id.clone(), doc.lang.clone(), doc.dct.at));
        let lang = lang::by_code(&doc.lang).unwrap_or(lang::first());
        let offset = |id: &String| {
            doc.timexes.iter().find(|t| &t.id == id).is_some_and(|t| {
                t.text
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|w| lang.offset_word(&w.to_lowercase()))
            })
        };
        for e in &doc.events {
            let offset = !e.timex.is_empty() && e.timex.iter().all(offset);
            let mut e = e.clone();
            // Timex ids are only unique within their document.
            e.timex = e.timex.iter().map(|t| format!("{}#{t}", doc.id)).collect();
            if e.sources.is_empty() {
                e.sources.push(doc.id.clone());
            }
            self.parts.mentions.push(Mention {
                lang: doc.lang.clone(),
                event: e,
                offset,
            });
        }
    }

    pub fn finish(self) -> Timeline {
        Timeline::from_parts(self.parts)
    }
}

impl Timeline {
    /// The merged timeline of some documents.
    pub fn from_documents<'a>(docs: impl IntoIterator<Item = &'a Extraction>) -> Timeline {
        let mut b = Builder::default();
        for d in docs {
            b.add(d);
        }
        b.finish()
    }

    /// The timeline of the documents of both: the same as one built from all of them at
    /// once, whatever the grouping (`a.merge(b).merge(c) == a.merge(b.merge(c))`) and order.
    pub fn merge(self, other: Timeline) -> Timeline {
        let mut parts = self.parts;
        parts.mentions.extend(other.parts.mentions);
        parts.docs.extend(other.parts.docs);
        Timeline::from_parts(parts)
    }

    /// `merge` over any number of timelines.
    pub fn merge_all(timelines: impl IntoIterator<Item = Timeline>) -> Timeline {
        let mut parts = Parts::default();
        for t in timelines {
            parts.mentions.extend(t.parts.mentions);
            parts.docs.extend(t.parts.docs);
        }
        Timeline::from_parts(parts)
    }

    fn from_parts(mut parts: Parts) -> Timeline {
        parts.mentions.sort_by(canonical);
        parts.mentions.dedup();
        let sources: Vec<String> = parts
            .docs
            .iter()
            .map(|d| d.0.clone())
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        let latest_dct = parts.docs.iter().map(|d| d.2).max();
        let mut langs: BTreeMap<&str, usize> = BTreeMap::new();
        for d in &parts.docs {
            *langs.entry(&d.1).or_insert(0) += 1;
        }
        // Most documents' language; ties go to the first code alphabetically.
        let lang = langs
            .iter()
            .max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0)))
            .map(|(l, _)| l.to_string());
        let (events, event_langs) = merge_mentions(&parts.mentions);
        Timeline {
            letopis: env!("CARGO_PKG_VERSION"),
            events,
            sources,
            latest_dct,
            lang,
            event_langs,
            parts,
        }
    }
}

/// A total order on mentions that does not depend on the order documents came in.
fn canonical(a: &Mention, b: &Mention) -> std::cmp::Ordering {
    let (x, y) = (&a.event, &b.event);
    (&x.sources, &x.timex, x.start, x.end, &x.title, &x.sentence)
        .cmp(&(&y.sources, &y.timex, y.start, y.end, &y.title, &y.sentence))
        .then_with(|| x.when.value.to_string().cmp(&y.when.value.to_string()))
        .then_with(|| (x.when.relation as u8).cmp(&(y.when.relation as u8)))
        .then_with(|| (&x.location, &a.lang, &x.id).cmp(&(&y.location, &b.lang, &y.id)))
        .then_with(|| a.offset.cmp(&b.offset))
}

// ------------------------------------------------------------------------------- the merge

/// Pair scores at or above which two events tell one fact: on the same days, and for a
/// week or month joining a day inside it (a coarser date is a weaker sign).
const SAME_DAYS: f64 = 0.5;
const REFINES: f64 = 0.6;
/// On the same year, decade, range or off-calendar value: such a date holds many facts of a
/// story, so only words that agree well make them one.
const SAME_LONG: f64 = 0.65;
/// Titles whose sentences are this alike are two facts of one sentence (or copies of it)
/// unless the titles themselves agree.
const SAME_SENTENCE: f64 = 0.8;
/// How alike two titles themselves (weighted Dice) must be to join dates of different
/// precision (a day and its morning, a month and a day in it): a coarser date is told
/// beside many facts, and sentences that tell both do not say which is which.
const STRONG: f64 = 0.6;
/// Title weight below which a title says too little to vouch for a match on its own.
const INFORMATIVE: f64 = 2.5;
/// Dates longer than this many days hold many facts (see `SAME_LONG`).
const LONG_DAYS: i64 = 31;

#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Date {
    /// First and last day (days from the common era), and the relation.
    Days(i64, i64, u8),
    /// Off the calendar (XXXX-12-03, PRESENT_REF): only the very same value.
    Value(String, u8),
}

/// Events that are the same in all but their ids, sources and timexes, read once.
struct Atom {
    members: Vec<usize>,
    lang: &'static dyn Language,
    date: Date,
    /// A week or month said as such, which a day inside can refine (a range cannot: it says
    /// how long, not roughly when).
    refinable: bool,
    /// The value of a date with a clock time: two different times are two moments.
    clock: Option<String>,
    /// Longer than a month, or off the calendar.
    long: bool,
    /// A range: it says how long, so no day inside refines it.
    range: bool,
    /// Dated by a distance ("спустя две недели"): see `Mention::offset`.
    offset: bool,
    /// The sentence (as a number) and the documents it is told in.
    said: u32,
    docs: Vec<u32>,
    title: Vec<u32>,
    sentence: Vec<u32>,
}

/// Word keys interned as numbers, and what is known of each.
#[derive(Default)]
struct Keys {
    ids: FxHashMap<String, u32>,
    /// Seen capitalized inside a sentence: a name.
    name: Vec<bool>,
    weight: Vec<f64>,
}

impl Keys {
    fn id(&mut self, k: &str) -> u32 {
        if let Some(&i) = self.ids.get(k) {
            return i;
        }
        let i = self.ids.len() as u32;
        self.ids.insert(k.to_string(), i);
        self.name.push(false);
        i
    }
}

/// A language's word data as key ids.
struct Words {
    lang: &'static dyn Language,
    cache: FxHashMap<String, Option<u32>>,
    /// Each paraphrase: its words (a key, or the word itself where it has none) and the key
    /// it stands for.
    paraphrases: Vec<(Vec<Result<u32, String>>, u32)>,
}

impl Words {
    fn new(lang: &'static dyn Language, keys: &mut Keys) -> Words {
        let mut w = Words {
            lang,
            cache: FxHashMap::default(),
            paraphrases: Vec::new(),
        };
        for (words, target) in lang.paraphrases() {
            let Some(t) = w.key(target, keys) else {
                continue;
            };
            let ws = words
                .iter()
                .map(|x| w.key(x, keys).ok_or_else(|| x.to_string()))
                .collect();
            w.paraphrases.push((ws, t));
        }
        w
    }

    fn key(&mut self, lower: &str, keys: &mut Keys) -> Option<u32> {
        if let Some(&k) = self.cache.get(lower) {
            return k;
        }
        let k = self.lang.word_key(lower).map(|s| keys.id(&s));
        self.cache.insert(lower.to_string(), k);
        k
    }

    /// The sorted keys of a text: its words' keys, paraphrases read as the word they stand
    /// for. Words capitalized after the first are marked as names in `keys`.
    fn read(&mut self, text: &str, keys: &mut Keys) -> Vec<u32> {
        let mut toks: Vec<(String, Option<u32>)> = Vec::new();
        for (i, w) in text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .enumerate()
        {
            let mut lower = String::with_capacity(w.len());
            for c in w.chars() {
                crate::text::normalize_char(c, &mut lower);
            }
            // Numbers tell facts apart as names do ("8% голосов", "76% голосов").
            let k = if lower.chars().all(|c| c.is_ascii_digit()) {
                let k = keys.id(&format!("#{lower}"));
                keys.name[k as usize] = true;
                Some(k)
            } else {
                self.key(&lower, keys)
            };
            if let Some(k) = k {
                let upper = w.chars().next().is_some_and(char::is_uppercase);
                let acronym = w.chars().count() > 1 && w.chars().all(char::is_uppercase);
                if (upper && i > 0) || acronym {
                    keys.name[k as usize] = true;
                }
            }
            toks.push((lower, k));
        }
        let mut out: Vec<u32> = toks.iter().filter_map(|t| t.1).collect();
        let matches = |t: &(String, Option<u32>), p: &Result<u32, String>| match p {
            Ok(k) => t.1 == Some(*k),
            Err(w) => t.0 == *w,
        };
        for (pattern, target) in &self.paraphrases {
            for i in 0..toks.len() {
                if !matches(&toks[i], &pattern[0]) {
                    continue;
                }
                // The other words within three words either side.
                let window = i.saturating_sub(3)..(i + 4).min(toks.len());
                let found: Option<Vec<usize>> = pattern[1..]
                    .iter()
                    .map(|p| window.clone().find(|&j| j != i && matches(&toks[j], p)))
                    .collect();
                if let Some(found) = found {
                    for j in found.into_iter().chain([i]) {
                        if let Some(k) = toks[j].1 {
                            if let Some(pos) = out.iter().position(|&x| x == k) {
                                out.remove(pos);
                            }
                        }
                    }
                    out.push(*target);
                }
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }
}

/// What makes mentions one atom: language, title, sentence, value, relation, place, and
/// whether the date is a distance.
type AtomId<'a> = (&'a str, &'a str, &'a str, String, u8, Option<&'a str>, bool);

/// The merged events of canonically ordered mentions, with each one's language.
fn merge_mentions(mentions: &[Mention]) -> (Vec<Event>, Vec<String>) {
    let mut keys = Keys::default();
    let mut words: Vec<Words> = Vec::new();
    let mut sentences: FxHashMap<(&str, &str), (Vec<u32>, u32)> = FxHashMap::default();

    // Atoms: mentions alike in everything a reader sees are read once.
    let mut atoms: Vec<Atom> = Vec::new();
    let mut seen: FxHashMap<AtomId, usize> = FxHashMap::default();
    for (i, m) in mentions.iter().enumerate() {
        let e = &m.event;
        let rel = e.when.relation as u8;
        let id = (
            m.lang.as_str(),
            e.title.as_str(),
            e.sentence.as_str(),
            e.when.value.to_string(),
            rel,
            e.location.as_deref(),
            m.offset,
        );
        if let Some(&a) = seen.get(&id) {
            atoms[a].members.push(i);
            continue;
        }
        let lang = lang::by_code(&m.lang).unwrap_or(lang::first());
        let w = match words.iter().position(|w| w.lang.code() == lang.code()) {
            Some(p) => p,
            None => {
                words.push(Words::new(lang, &mut keys));
                words.len() - 1
            }
        };
        let title = words[w].read(&e.title, &mut keys);
        let (sentence, said) = match sentences.get(&(lang.code(), e.sentence.as_str())) {
            Some(s) => s.clone(),
            None => {
                let s = (
                    words[w].read(&e.sentence, &mut keys),
                    sentences.len() as u32,
                );
                sentences.insert((lang.code(), e.sentence.as_str()), s.clone());
                s
            }
        };
        let date = match e.when.value.days() {
            Some((a, b)) => Date::Days(
                a.num_days_from_ce() as i64,
                b.num_days_from_ce() as i64,
                rel,
            ),
            None => Date::Value(id.3.clone(), rel),
        };
        use crate::time::Precision as P;
        let p = e.when.value.precision();
        let refinable =
            matches!(e.when.value, Value::Point(_)) && matches!(p, Some(P::Week | P::Month));
        let clock = matches!(p, Some(P::Hour | P::Minute)).then(|| id.3.clone());
        let long = match date {
            Date::Days(a, b, _) => b - a > LONG_DAYS || matches!(e.when.value, Value::Interval(..)),
            Date::Value(..) => true,
        };
        seen.insert(id, atoms.len());
        atoms.push(Atom {
            members: vec![i],
            lang,
            date,
            refinable,
            clock,
            long,
            range: matches!(e.when.value, Value::Interval(..)),
            offset: m.offset,
            said,
            docs: Vec::new(),
            title,
            sentence,
        });
    }

    // Weights: keys rare among the sentences tell facts apart; a story's own words, and the
    // name an article is about, recur in sentence after sentence and do not.
    let mut doc_ids: FxHashMap<&str, u32> = FxHashMap::default();
    let mut pairs: Vec<(u32, u32)> = Vec::new();
    for a in &mut atoms {
        pairs.extend(a.sentence.iter().chain(&a.title).map(|&k| (k, a.said)));
        for &i in &a.members {
            for s in &mentions[i].event.sources {
                let n = doc_ids.len() as u32;
                a.docs.push(*doc_ids.entry(s.as_str()).or_insert(n));
            }
        }
        a.docs.sort_unstable();
        a.docs.dedup();
    }
    pairs.sort_unstable();
    pairs.dedup();
    let mut df = vec![0usize; keys.name.len()];
    for (k, _) in &pairs {
        df[*k as usize] += 1;
    }
    let n = sentences.len().max(1) as f64;
    keys.weight = df
        .iter()
        .zip(&keys.name)
        .map(|(&d, &name)| (1.0 + n / d.max(1) as f64).ln() * if name { 1.5 } else { 1.0 })
        .collect();

    let mut uf = UnionFind::new(atoms.len());
    join_same_dates(&atoms, &keys, &mut uf);
    join_refinements(&atoms, &keys, &mut uf);

    // The clusters, in the order of their first atom.
    let mut clusters: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for a in 0..atoms.len() {
        clusters.entry(uf.find(a)).or_default().push(a);
    }
    let mut out: Vec<(Event, String)> = clusters
        .values()
        .map(|c| merged_event(c, &atoms, mentions, &keys))
        .collect();
    // Fully ordered first, so that `sort_events` (stable) leaves nothing to input order.
    out.sort_by(|a, b| {
        (&a.0.sources, &a.0.timex, &a.0.title).cmp(&(&b.0.sources, &b.0.timex, &b.0.title))
    });
    // `sort_events` orders events by date; their ids carry their places here meanwhile.
    let mut events: Vec<Event> = Vec::with_capacity(out.len());
    let mut langs: Vec<String> = Vec::with_capacity(out.len());
    for (i, (e, _)) in out.iter_mut().enumerate() {
        e.id = i.to_string();
    }
    let mut sorted: Vec<Event> = out.iter().map(|x| x.0.clone()).collect();
    sort_events(&mut sorted);
    for (n, mut e) in sorted.into_iter().enumerate() {
        let i: usize = e.id.parse().unwrap_or(0);
        langs.push(std::mem::take(&mut out[i].1));
        e.id = format!("e{}", n + 1);
        events.push(e);
    }
    (events, langs)
}

/// How alike two atoms' words are, 0..1.
fn score(a: &Atom, b: &Atom, k: &Keys) -> f64 {
    if a.clock.is_some() && b.clock.is_some() && a.clock != b.clock {
        return 0.0;
    }
    let w = |s: &[u32]| s.iter().map(|&x| k.weight[x as usize]).sum::<f64>();
    let common = |x: &[u32], y: &[u32]| {
        let (mut i, mut j, mut s) = (0, 0, 0.0);
        while i < x.len() && j < y.len() {
            match x[i].cmp(&y[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    s += k.weight[x[i] as usize];
                    i += 1;
                    j += 1;
                }
            }
        }
        s
    };
    let (wta, wtb) = (w(&a.title), w(&b.title));
    let shared = common(&a.title, &b.title);
    if shared == 0.0 || names_differ(a, b, k) {
        return 0.0;
    }
    // Titles alike: weighted Dice.
    let titles = 2.0 * shared / (wta + wtb);
    let (wsa, wsb) = (w(&a.sentence), w(&b.sentence));
    let sentences = if wsa > 0.0 && wsb > 0.0 {
        common(&a.sentence, &b.sentence) / (wsa * wsb).sqrt()
    } else {
        0.0
    };
    if sentences >= SAME_SENTENCE {
        return titles;
    }
    // Each title told in the other's sentence, trusted as far as the titles say enough.
    let told = (common(&a.title, &b.sentence) / wta + common(&b.title, &a.sentence) / wtb) / 2.0;
    let trust = (wta.min(wtb) / INFORMATIVE).min(1.0);
    titles.max(told * trust)
}

/// Each title names someone, somewhere or a number that the other title does not: "Трамп
/// лидировал в Пенсильвании" and "Байден лидировал в Аризоне" are two facts however alike
/// their other words (and their sentences, which often name both).
fn names_differ(a: &Atom, b: &Atom, k: &Keys) -> bool {
    let unsaid = |x: &Atom, y: &Atom| {
        x.title
            .iter()
            .any(|t| k.name[*t as usize] && y.title.binary_search(t).is_err())
    };
    unsaid(a, b) && unsaid(b, a)
}

/// Joins atoms on the same days (or the same off-calendar value) that tell one fact. Only
/// atoms that share a key are compared, through an index of each date's atoms by key.
fn join_same_dates(atoms: &[Atom], keys: &Keys, uf: &mut UnionFind) {
    let mut by_date: BTreeMap<&Date, Vec<usize>> = BTreeMap::new();
    for (i, a) in atoms.iter().enumerate() {
        by_date.entry(&a.date).or_default().push(i);
    }
    let mut scored: Vec<(f64, usize, usize)> = Vec::new();
    for group in by_date.values() {
        for (i, j) in candidates(group, atoms) {
            let s = score(&atoms[i], &atoms[j], keys);
            // A distance's week or month meets only distances that land there, not the
            // calendar week or month said as such.
            if atoms[i].offset != atoms[j].offset
                && !matches!(atoms[i].date, Date::Days(s, e, _) if s == e)
            {
                continue;
            }
            // A day and a time of that day ("в среду", "утром в среду").
            let finer = atoms[i].clock.is_some() != atoms[j].clock.is_some();
            if s >= if atoms[i].long { SAME_LONG } else { SAME_DAYS }
                && (!finer || score_titles(&atoms[i].title, &atoms[j].title, keys) >= STRONG)
            {
                scored.push((s, i, j));
            }
        }
    }
    // Best pairs first; the order decides nothing for single links, but keeps it plain.
    scored.sort_by(|a, b| {
        b.0.total_cmp(&a.0)
            .then_with(|| (a.1, a.2).cmp(&(b.1, b.2)))
    });
    for (_, i, j) in scored {
        uf.union(i, j);
    }
}

/// Pairs of atoms of one group that share a key of their titles or sentences (each pair
/// once, `i < j`). Keys held by most of a large group tell nothing and are not followed.
fn candidates(group: &[usize], atoms: &[Atom]) -> Vec<(usize, usize)> {
    if group.len() < 2 {
        return Vec::new();
    }
    if group.len() <= 32 {
        let mut out = Vec::new();
        for (x, &i) in group.iter().enumerate() {
            for &j in &group[x + 1..] {
                out.push((i, j));
            }
        }
        return out;
    }
    let mut postings: FxHashMap<u32, Vec<usize>> = FxHashMap::default();
    for &i in group {
        let a = &atoms[i];
        let mut ks: Vec<u32> = a.title.iter().chain(&a.sentence).copied().collect();
        ks.sort_unstable();
        ks.dedup();
        for k in ks {
            postings.entry(k).or_default().push(i);
        }
    }
    let cap = 64.max(group.len() / 10);
    let mut out: Vec<(usize, usize)> = Vec::new();
    for list in postings.values() {
        if list.len() > cap {
            continue;
        }
        for (x, &i) in list.iter().enumerate() {
            for &j in &list[x + 1..] {
                out.push((i.min(j), i.max(j)));
            }
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// A week or a month joins the day inside it that tells the same fact (the best one), from
/// the finest coarse dates up, so a month can join a week that joined a day.
fn join_refinements(atoms: &[Atom], keys: &Keys, uf: &mut UnionFind) {
    // Atoms on the calendar by first day, for range look-ups, and by sentence.
    let mut by_start: BTreeMap<(i64, u8), Vec<usize>> = BTreeMap::new();
    let mut by_sentence: FxHashMap<u32, Vec<usize>> = FxHashMap::default();
    let mut coarse: Vec<(i64, usize)> = Vec::new();
    for (i, a) in atoms.iter().enumerate() {
        if let Date::Days(s, e, r) = a.date {
            by_start.entry((s, r)).or_default().push(i);
            by_sentence.entry(a.said).or_default().push(i);
            // A distance's week or month is where it lands, not a period said; a day told
            // beside it ("спустя две недели, 20 января") is the same moment told twice,
            // and is its own event already.
            if e > s && !a.range && !a.offset {
                coarse.push((e - s, i));
            }
        }
    }
    coarse.sort_unstable();
    for (span, c) in coarse {
        let Date::Days(s, e, r) = atoms[c].date else {
            continue;
        };
        let mut best: Option<(f64, usize)> = None;
        let mut consider = |i: usize, uf: &mut UnionFind| {
            let Date::Days(s2, e2, r2) = atoms[i].date else {
                return;
            };
            if r2 != r || s2 < s || e2 > e || e2 - s2 >= span || uf.find(i) == uf.find(c) {
                return;
            }
            let sc = score(&atoms[c], &atoms[i], keys);
            if sc >= REFINES
                && score_titles(&atoms[c].title, &atoms[i].title, keys) >= STRONG
                && best.is_none_or(|(b, bi)| sc > b || (sc == b && i < bi))
            {
                best = Some((sc, i));
            }
        };
        if atoms[c].refinable {
            for inside in by_start.range((s, 0)..=(e, u8::MAX)).map(|x| x.1) {
                for &i in inside {
                    consider(i, uf);
                }
            }
        } else {
            // A year or a range joins a finer date only where one sentence of one article
            // says both ("Diwali falls on November 12 this year"): across articles a year is
            // the background of a story, not a telling of one of its days.
            let same = &by_sentence[&atoms[c].said];
            for &i in same {
                if shares(&atoms[i].docs, &atoms[c].docs) {
                    consider(i, uf);
                }
            }
        }
        if let Some((_, i)) = best {
            uf.union(c, i);
        }
    }
}

/// Two sorted lists have an element in common.
fn shares(a: &[u32], b: &[u32]) -> bool {
    a.iter().any(|x| b.binary_search(x).is_ok())
}

/// One event for a cluster of atoms: the finest date, the best title (with its sentence,
/// offsets and place), every source and timex.
fn merged_event(
    cluster: &[usize],
    atoms: &[Atom],
    mentions: &[Mention],
    keys: &Keys,
) -> (Event, String) {
    let first = |a: usize| &mentions[atoms[a].members[0]].event;
    // The finest date: fewest days, then the finest precision, then the value.
    let when_of = cluster
        .iter()
        .copied()
        .min_by(|&a, &b| {
            let (x, y) = (&first(a).when, &first(b).when);
            let span = |d: &Date| match d {
                Date::Days(s, e, _) => e - s,
                Date::Value(..) => i64::MAX,
            };
            span(&atoms[a].date)
                .cmp(&span(&atoms[b].date))
                .then_with(|| y.precision.cmp(&x.precision))
                .then_with(|| x.value.to_string().cmp(&y.value.to_string()))
                .then_with(|| a.cmp(&b))
        })
        .unwrap_or(cluster[0]);
    let title_of = best_title(cluster, atoms, mentions, keys);
    let mut e = first(title_of).clone();
    e.when = first(when_of).when.clone();
    if e.location.is_none() {
        e.location = cluster.iter().find_map(|&a| first(a).location.clone());
    }
    let mut sources = BTreeSet::new();
    let mut timex = BTreeSet::new();
    for &a in cluster {
        for &m in &atoms[a].members {
            sources.extend(mentions[m].event.sources.iter().cloned());
            timex.extend(mentions[m].event.timex.iter().cloned());
        }
    }
    e.sources = sources.into_iter().collect();
    e.timex = timex.into_iter().collect();
    (e, atoms[title_of].lang.code().to_string())
}

/// The title a reader learns most from: one that says what the others say (agrees with
/// them), names things (weight of its keys), and is well formed (neither one or two words
/// nor past about twelve, not opening with a pronoun or in lower case).
fn best_title(cluster: &[usize], atoms: &[Atom], mentions: &[Mention], keys: &Keys) -> usize {
    if cluster.len() == 1 {
        return cluster[0];
    }
    let w = |s: &[u32]| s.iter().map(|&x| keys.weight[x as usize]).sum::<f64>();
    let rate = |a: usize| -> f64 {
        let atom = &atoms[a];
        let title = &mentions[atom.members[0]].event.title;
        let words: Vec<&str> = title.split_whitespace().collect();
        let agree = cluster
            .iter()
            .filter(|&&b| b != a)
            .map(|&b| score_titles(&atom.title, &atoms[b].title, keys))
            .sum::<f64>()
            / (cluster.len() - 1) as f64;
        // What the title names counts with diminishing returns: a heavier title always says
        // more, but past a full clause's worth extra words hardly outweigh agreement.
        let mut r = 2.0 * agree + 3.0 * (1.0 - (-w(&atom.title) / 6.0).exp());
        let n = words.len();
        if n <= 2 {
            r -= 1.5;
        }
        if n > 12 {
            r -= 0.25 * (n - 12) as f64;
        }
        if let Some(first) = words.first() {
            let mut lower = String::new();
            for c in first.chars().filter(|c| c.is_alphanumeric()) {
                crate::text::normalize_char(c, &mut lower);
            }
            if atom.lang.pronoun(&lower) {
                r -= 1.5;
            }
            if first.chars().next().is_some_and(char::is_lowercase) {
                r -= 0.5;
            }
        }
        // Told by more documents in these words.
        r + 0.1 * (atom.members.len() as f64).ln()
    };
    let mut best = cluster[0];
    let mut best_rate = rate(best);
    for &a in &cluster[1..] {
        let r = rate(a);
        let title = |x: usize| &mentions[atoms[x].members[0]].event.title;
        if r > best_rate + 1e-9
            || ((r - best_rate).abs() <= 1e-9
                && (title(a).len(), title(a)) < (title(best).len(), title(best)))
        {
            best = a;
            best_rate = r;
        }
    }
    best
}

/// Weighted Dice of two titles' keys.
fn score_titles(a: &[u32], b: &[u32], keys: &Keys) -> f64 {
    let w = |s: &[u32]| s.iter().map(|&x| keys.weight[x as usize]).sum::<f64>();
    let total = w(a) + w(b);
    if total == 0.0 {
        return 0.0;
    }
    let common: f64 = a
        .iter()
        .filter(|x| b.binary_search(x).is_ok())
        .map(|&x| keys.weight[x as usize])
        .sum();
    2.0 * common / total
}

struct UnionFind(Vec<usize>);

impl UnionFind {
    fn new(n: usize) -> Self {
        UnionFind((0..n).collect())
    }

    fn find(&mut self, mut x: usize) -> usize {
        while self.0[x] != x {
            self.0[x] = self.0[self.0[x]];
            x = self.0[x];
        }
        x
    }

    /// The smaller root wins, so clusters are named by their first atom.
    fn union(&mut self, a: usize, b: usize) {
        let (a, b) = (self.find(a), self.find(b));
        if a != b {
            let (lo, hi) = (a.min(b), a.max(b));
            self.0[hi] = lo;
        }
    }
}

/// The normalized tokens of a title (lower case, ё as е, cut to 5 letters; short function
/// words such as "в", "и", "of" dropped, numbers kept): a rough likeness of titles for writers
/// that need one without a language (`ics` UIDs).
pub fn title_tokens(s: &str) -> BTreeSet<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| {
            w.chars()
                .flat_map(char::to_lowercase)
                .map(|c| if c == 'ё' { 'е' } else { c })
                .take(5)
                .collect::<String>()
        })
        .filter(|w| w.chars().count() >= 3 || w.chars().all(|c| c.is_ascii_digit()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Dct, DctOrigin, When};
    use crate::time::{Point, Relation, Value};
    use chrono::NaiveDate;

    fn ev(title: &str, sentence: &str, value: Value) -> Event {
        Event {
            id: "e1".into(),
            title: title.into(),
            when: When::new(value, Relation::At),
            timex: vec!["t1".into()],
            sentence: sentence.into(),
            start: 0,
            end: 1,
            location: None,
            sources: vec![],
        }
    }

    fn day(y: i32, m: u32, d: u32) -> Value {
        Value::Point(Point::Day(NaiveDate::from_ymd_opt(y, m, d).unwrap()))
    }

    fn doc(id: &str, lang: &str, dct: &str, events: Vec<Event>) -> Extraction {
        let events = events
            .into_iter()
            .enumerate()
            .map(|(i, mut e)| {
                e.timex = vec![format!("t{}", i + 1)];
                e
            })
            .collect();
        Extraction {
            id: id.into(),
            lang: lang.into(),
            dct: Dct::new(
                crate::extract::parse_dct(dct).expect("a test DCT"),
                DctOrigin::Metadata,
            ),
            timexes: vec![],
            events,
            title: None,
            url: None,
            meta: None,
            text: String::new(),
            wrapper: None,
        }
    }

    /// The titles of the merged events with their sources.
    fn told(t: &Timeline) -> Vec<(String, Vec<String>)> {
        t.events
            .iter()
            .map(|e| (e.title.clone(), e.sources.clone()))
            .collect()
    }

    #[test]
    fn same_fact_in_other_words_is_one_event_ru() {
        let a = doc(
            "a",
            "ru",
            "2021-01-19",
            vec![ev(
                "Инаугурация Джо Байдена",
                "20 января пройдет инаугурация Джо Байдена.",
                day(2021, 1, 20),
            )],
        );
        let b = doc(
            "b",
            "ru",
            "2021-01-18",
            vec![ev(
                "Байден вступит в должность",
                "20 января Байден официально вступит в должность президента.",
                day(2021, 1, 20),
            )],
        );
        let c = doc(
            "c",
            "ru",
            "2021-01-18",
            vec![ev(
                "Трамп покинет Белый дом",
                "20 января Трамп покинет Белый дом.",
                day(2021, 1, 20),
            )],
        );
        let t = Timeline::from_documents([&a, &b, &c]);
        assert_eq!(
            told(&t),
            vec![
                (
                    "Инаугурация Джо Байдена".to_string(),
                    vec!["a".to_string(), "b".to_string()]
                ),
                ("Трамп покинет Белый дом".to_string(), vec!["c".to_string()]),
            ]
        );
        assert_eq!(t.events[0].timex, vec!["a#t1", "b#t1"]);
        assert_eq!(t.events[0].id, "e1");
        assert_eq!(t.event_langs, vec!["ru", "ru"]);
    }

    #[test]
    fn same_fact_in_other_words_is_one_event_en() {
        let a = doc(
            "a",
            "en",
            "2021-01-19",
            vec![ev(
                "Biden's inauguration",
                "Biden's inauguration is on January 20.",
                day(2021, 1, 20),
            )],
        );
        let b = doc(
            "b",
            "en",
            "2021-01-18",
            vec![ev(
                "Biden will be sworn in",
                "Biden will be sworn in as president on January 20.",
                day(2021, 1, 20),
            )],
        );
        let c = doc(
            "c",
            "en",
            "2021-01-18",
            vec![ev(
                "Trump leaves the White House",
                "Trump leaves the White House on January 20.",
                day(2021, 1, 20),
            )],
        );
        let t = Timeline::from_documents([&a, &b, &c]);
        assert_eq!(t.events.len(), 2, "{:?}", told(&t));
        assert_eq!(t.events[0].sources, vec!["a", "b"]);
        assert_eq!(t.events[1].sources, vec!["c"]);
    }

    #[test]
    fn a_day_refines_its_month_not_its_year() {
        let a = doc(
            "a",
            "ru",
            "2024-12-06",
            vec![
                ev(
                    "Заседание Совета министров ОБСЕ",
                    "В декабре пройдет заседание Совета министров ОБСЕ.",
                    Value::Point(Point::Month(2024, 12)),
                ),
                ev(
                    "Председательство Мальты в ОБСЕ",
                    "В 2024 году Мальта председательствует в ОБСЕ.",
                    Value::Point(Point::Year(2024)),
                ),
            ],
        );
        let b = doc(
            "b",
            "ru",
            "2024-12-07T10:00",
            vec![
                ev(
                    "Совет министров ОБСЕ",
                    "5 декабря открылся Совет министров ОБСЕ.",
                    day(2024, 12, 5),
                ),
                ev(
                    "Председательство Мальты в ОБСЕ",
                    "5 декабря Мальта председательствует в ОБСЕ.",
                    day(2024, 12, 5),
                ),
            ],
        );
        let t = Timeline::from_documents([&a, &b]);
        let merged: Vec<_> = t.events.iter().filter(|e| e.sources.len() == 2).collect();
        assert_eq!(merged.len(), 1, "{:?}", told(&t));
        assert_eq!(merged[0].when.value, day(2024, 12, 5));
        assert_eq!(merged[0].timex, vec!["a#t1", "b#t1"]);
        // The year stays apart from the day: a year is the background of a story, a day the
        // telling of one of its facts.
        assert_eq!(t.events.len(), 3);
        assert_eq!(
            t.latest_dct.map(crate::model::dct_string).as_deref(),
            Some("2024-12-07T10:00")
        );
    }

    #[test]
    fn same_fact_dated_twice_in_one_article() {
        let a = doc(
            "a",
            "ru",
            "2021-01-15",
            vec![
                ev(
                    "В России стартовала массовая вакцинация",
                    "С 18 января в России стартовала массовая вакцинация.",
                    day(2021, 1, 18),
                ),
                ev(
                    "Началась массовая вакцинация от коронавируса",
                    "В понедельник началась массовая вакцинация от коронавируса.",
                    day(2021, 1, 18),
                ),
                ev(
                    "Голикова провела совещание",
                    "18 января Голикова провела совещание с эпидемиологами.",
                    day(2021, 1, 18),
                ),
            ],
        );
        let t = Timeline::from_documents([&a]);
        assert_eq!(t.events.len(), 2, "{:?}", told(&t));
        assert_eq!(t.events[0].timex, vec!["a#t1", "a#t2"]);
    }

    /// A document whose timex `t{n}` (dating its n-th event) reads `texts[n-1]`.
    fn with_timexes(mut d: Extraction, texts: &[&str]) -> Extraction {
        d.timexes = texts
            .iter()
            .zip(&d.events)
            .enumerate()
            .map(|(i, (text, e))| crate::model::Timex {
                id: format!("t{}", i + 1),
                text: text.to_string(),
                start: 0,
                end: 1,
                kind: crate::time::TimexType::Date,
                value: e.when.value.clone(),
                modifier: None,
                precision: e.when.value.precision(),
                byte_start: 0,
                byte_end: 1,
                relation: Relation::At,
                dateline: false,
                rules: Default::default(),
            })
            .collect();
        d
    }

    #[test]
    fn a_distance_is_not_a_week_that_a_day_refines() {
        let s = "Голоса подсчитают 6 января, а спустя две недели, 20 января, президент принесет присягу.";
        let title = "Президент принесет присягу";
        let week = Value::Point(Point::Week(2021, 3));
        let a = with_timexes(
            doc(
                "a",
                "ru",
                "2020-12-15",
                vec![ev(title, s, week.clone()), ev(title, s, day(2021, 1, 20))],
            ),
            &["спустя две недели", "20 января"],
        );
        let t = Timeline::from_documents([&a]);
        assert_eq!(t.events.len(), 2, "{:?}", told(&t));
        // A week said as such is refined by the day.
        let b = with_timexes(
            doc(
                "b",
                "ru",
                "2021-01-12",
                vec![ev(
                    title,
                    "На следующей неделе президент принесет присягу.",
                    week,
                )],
            ),
            &["следующей неделе"],
        );
        let t = Timeline::from_documents([&a, &b]);
        assert_eq!(t.events.len(), 2, "{:?}", told(&t));
        let day_event = t.events.iter().find(|e| e.when.value == day(2021, 1, 20));
        assert_eq!(
            day_event.map(|e| e.sources.len()),
            Some(2),
            "{:?}",
            told(&t)
        );
    }

    #[test]
    fn a_day_and_its_morning_join_only_on_alike_titles() {
        let wed = NaiveDate::from_ymd_opt(2020, 11, 4).unwrap();
        let morning = Value::Point(Point::DayPart(wed, crate::time::DayPart::Morning));
        let a = doc(
            "a",
            "ru",
            "2020-11-05",
            vec![
                ev(
                    "После подсчета 76% голосов Трамп уверенно лидировал",
                    "В среду после подсчета 76% голосов Трамп уверенно лидировал в Пенсильвании.",
                    day(2020, 11, 4),
                ),
                ev(
                    "Трамп лидировал",
                    "Трамп там лидировал утром в среду.",
                    morning.clone(),
                ),
            ],
        );
        let t = Timeline::from_documents([&a]);
        assert_eq!(t.events.len(), 2, "{:?}", told(&t));
        let b = doc(
            "b",
            "ru",
            "2020-11-05",
            vec![ev(
                "Трамп уверенно лидировал после подсчета 76% голосов",
                "Утром в среду Трамп уверенно лидировал после подсчета 76% голосов.",
                morning,
            )],
        );
        let t = Timeline::from_documents([&a, &b]);
        assert_eq!(t.events.len(), 2, "{:?}", told(&t));
        assert_eq!(t.events[0].sources, vec!["a", "b"], "{:?}", told(&t));
    }

    #[test]
    fn two_facts_of_one_sentence_stay_apart() {
        let s = "5 декабря в Вене открылся саммит, а в Москве открылась выставка.";
        let a = doc(
            "a",
            "ru",
            "2024-12-06",
            vec![
                ev("В Вене открылся саммит", s, day(2024, 12, 5)),
                ev("В Москве открылась выставка", s, day(2024, 12, 5)),
            ],
        );
        let mut b = a.clone();
        b.id = "b".into();
        let t = Timeline::from_documents([&a, &b]);
        assert_eq!(t.events.len(), 2, "{:?}", told(&t));
        assert!(t.events.iter().all(|e| e.sources == vec!["a", "b"]));
    }

    #[test]
    fn other_dates_and_relations_stay_apart() {
        let a = doc(
            "a",
            "ru",
            "2024-07-10",
            vec![ev(
                "Саммит НАТО",
                "Саммит НАТО прошел 9 июля.",
                day(2024, 7, 9),
            )],
        );
        let b = doc(
            "b",
            "ru",
            "2024-07-10",
            vec![ev(
                "Саммит НАТО",
                "Саммит НАТО прошел 11 июля.",
                day(2023, 7, 11),
            )],
        );
        let mut since = ev("Саммит НАТО", "С 9 июля идет саммит НАТО.", day(2024, 7, 9));
        since.when.relation = Relation::Since;
        let c = doc("c", "ru", "2024-07-10", vec![since]);
        assert_eq!(Timeline::from_documents([&a, &b, &c]).events.len(), 3);
    }

    #[test]
    fn the_best_formed_title_wins() {
        let a = doc(
            "a",
            "ru",
            "2020-12-15",
            vec![ev(
                "Он получил голоса выборщиков",
                "14 декабря он получил голоса выборщиков.",
                day(2020, 12, 14),
            )],
        );
        let b = doc(
            "b",
            "ru",
            "2020-12-15",
            vec![ev(
                "Байден получил голоса выборщиков",
                "14 декабря Байден получил голоса выборщиков во всех штатах.",
                day(2020, 12, 14),
            )],
        );
        let c = doc(
            "c",
            "ru",
            "2020-12-15",
            vec![ev(
                "Голоса",
                "Голоса выборщиков Байден получил 14 декабря.",
                day(2020, 12, 14),
            )],
        );
        let t = Timeline::from_documents([&c, &a, &b]);
        assert_eq!(t.events.len(), 1, "{:?}", told(&t));
        assert_eq!(t.events[0].title, "Байден получил голоса выборщиков");
    }

    /// Samples for the grouping tests: two stories, both languages, facts told twice.
    fn sample_docs() -> Vec<Extraction> {
        vec![
            doc(
                "ru1",
                "ru",
                "2021-01-19",
                vec![
                    ev(
                        "Инаугурация Джо Байдена",
                        "20 января пройдет инаугурация Джо Байдена.",
                        day(2021, 1, 20),
                    ),
                    ev(
                        "Выборы президента США",
                        "Выборы президента США прошли в ноябре.",
                        Value::Point(Point::Month(2020, 11)),
                    ),
                ],
            ),
            doc(
                "ru2",
                "ru",
                "2021-01-18",
                vec![
                    ev(
                        "Байден вступит в должность",
                        "20 января Байден вступит в должность.",
                        day(2021, 1, 20),
                    ),
                    ev(
                        "В США прошли выборы президента",
                        "3 ноября в США прошли выборы президента.",
                        day(2020, 11, 3),
                    ),
                ],
            ),
            doc(
                "en1",
                "en",
                "2021-01-18",
                vec![ev(
                    "Biden will be sworn in",
                    "Biden will be sworn in on January 20.",
                    day(2021, 1, 20),
                )],
            ),
            doc(
                "en2",
                "en",
                "2021-01-21",
                vec![ev(
                    "Biden's inauguration",
                    "Biden's inauguration took place on January 20.",
                    day(2021, 1, 20),
                )],
            ),
            doc("empty", "ru", "2021-02-01", vec![]),
        ]
    }

    fn bytes(t: &Timeline) -> String {
        serde_json::to_string(t).unwrap()
    }

    /// Every way of cutting the documents into consecutive groups, each group's timeline
    /// built apart and the partial timelines merged in every bracketing and order, gives the
    /// bytes of the timeline built at once.
    #[test]
    fn merging_in_any_grouping_gives_the_same_bytes() {
        let docs = sample_docs();
        let whole = Timeline::from_documents(&docs);
        assert!(whole.events.iter().any(|e| e.sources.len() == 2));
        let want = bytes(&whole);
        let n = docs.len();
        // Each bit of `cuts` says whether a group ends after that document.
        for cuts in 0..(1u32 << (n - 1)) {
            let mut parts: Vec<Timeline> = Vec::new();
            let mut start = 0;
            for i in 0..n {
                if i == n - 1 || cuts & (1 << i) != 0 {
                    parts.push(Timeline::from_documents(&docs[start..=i]));
                    start = i + 1;
                }
            }
            // Left to right, right to left, and all at once.
            let left = parts.iter().cloned().reduce(|a, b| a.merge(b)).unwrap();
            let right = parts
                .iter()
                .cloned()
                .rev()
                .reduce(|a, b| b.merge(a))
                .unwrap();
            let reversed = parts
                .iter()
                .cloned()
                .rev()
                .reduce(|a, b| a.merge(b))
                .unwrap();
            assert_eq!(bytes(&left), want, "cuts {cuts:b}");
            assert_eq!(bytes(&right), want, "cuts {cuts:b}");
            assert_eq!(bytes(&reversed), want, "cuts {cuts:b}");
            assert_eq!(bytes(&Timeline::merge_all(parts)), want, "cuts {cuts:b}");
            assert_eq!(left.sources, whole.sources);
            assert_eq!(left.latest_dct, whole.latest_dct);
            assert_eq!(left.lang, whole.lang);
        }
        // A document seen twice is one document.
        let again = whole.clone().merge(whole.clone());
        assert_eq!(bytes(&again), want);
    }

    #[test]
    fn title_tokens_cut_and_fold() {
        assert_eq!(
            title_tokens("Ёлка в Кремле, 2024"),
            ["2024", "елка", "кремл"].map(String::from).into()
        );
    }
}
