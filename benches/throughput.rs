//! Throughput of extraction + `jsonl` rendering, in MB of input text per second.
//!
//!     cargo bench --bench throughput
//!     LETOPIS_BENCH_CORPUS=/tmp/corpus.jsonl cargo bench --bench throughput   # your own batch
//!     LETOPIS_BENCH_SECS=1 cargo bench --bench throughput                     # shorter runs
//!
//! A plain `harness = false` bench: it prints MB/s on one core and on all cores (rayon), for
//! the bundled samples and for a generated corpus of news-like documents. The numbers are
//! wall-clock and thus noisy on a shared machine; compare instruction counts
//! (`valgrind --tool=callgrind`) when that matters.

use letopis::export::{self, Format};
use letopis::input::{self, Item};
use letopis::{Document, Extractor};
use rayon::prelude::*;
use std::time::{Duration, Instant};

fn main() {
    // `cargo test --benches` runs benches with --bench absent: do one quick pass only.
    let quick = !std::env::args().any(|a| a == "--bench");
    let secs: f64 = std::env::var("LETOPIS_BENCH_SECS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(if quick { 0.0 } else { 3.0 });
    let ex = Extractor::new(chrono::NaiveDate::from_ymd_opt(2024, 12, 6).unwrap_or_default());

    let t = Instant::now();
    let first = Document {
        id: "warm".into(),
        text: "Саммит пройдет 3 декабря 2026 года в Астане, сообщил вчера министр.".into(),
        ..Default::default()
    };
    let n = ex.extract(&first).timexes.len();
    println!(
        "first document (lazy dictionaries and tables): {:.1} ms, {n} timexes",
        t.elapsed().as_secs_f64() * 1e3
    );

    let samples = samples();
    if !samples.is_empty() {
        run("samples", &ex, &samples, secs);
    }
    let corpus = match std::env::var("LETOPIS_BENCH_CORPUS") {
        Ok(path) => read_corpus(&path),
        Err(_) => generate(&samples, 500, 6),
    };
    run("corpus", &ex, &corpus, secs);
}

/// One pass per thread count, repeated until `secs` have passed.
fn run(name: &str, ex: &Extractor, docs: &[Document], secs: f64) {
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let chars: usize = docs.iter().map(|d| d.text.chars().count()).sum();
    let threads = rayon::current_num_threads();
    let mut counts = (0, 0, 0);
    for d in docs {
        let e = ex.extract(d);
        counts.0 += e.timexes.len();
        counts.1 += e.events.len();
    }
    counts.2 = render_all(ex, docs, false);
    println!(
        "{name}: {} documents, {:.2} MB ({chars} chars), {} timexes, {} events, {:.2} MB jsonl",
        docs.len(),
        bytes as f64 / 1e6,
        counts.0,
        counts.1,
        counts.2 as f64 / 1e6
    );
    for (label, parallel) in [("1 thread", false), ("all threads", true)] {
        if parallel && threads < 2 {
            continue;
        }
        let t = Instant::now();
        let mut passes = 0u32;
        loop {
            std::hint::black_box(render_all(ex, docs, parallel));
            passes += 1;
            if t.elapsed() >= Duration::from_secs_f64(secs) {
                break;
            }
        }
        let s = t.elapsed().as_secs_f64() / passes as f64;
        let tag = if parallel {
            format!("{label} ({threads})")
        } else {
            label.to_string()
        };
        println!(
            "  {tag:>16}: {:8.2} MB/s  {:10.0} chars/s  {:7.1} docs/s  ({passes} passes)",
            bytes as f64 / s / 1e6,
            chars as f64 / s,
            docs.len() as f64 / s
        );
    }
}

/// What `letopis -f jsonl` does per document: extract, then render one line.
fn render_all(ex: &Extractor, docs: &[Document], parallel: bool) -> usize {
    let one = |d: &Document| {
        let e = ex.extract(d);
        let mut out = Vec::with_capacity(4096);
        let mut w = export::writer(Format::Jsonl, &export::Options::default()).unwrap();
        w.document(&mut out, &e).unwrap();
        out.len()
    };
    if parallel {
        docs.par_iter().map(one).sum()
    } else {
        docs.iter().map(one).sum()
    }
}

fn samples() -> Vec<Document> {
    let mut paths: Vec<_> = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/samples"))
        .map(|rd| rd.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    paths.sort();
    paths
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .filter_map(|p| {
            Some(Document {
                id: p.display().to_string(),
                text: std::fs::read_to_string(&p).ok()?,
                ..Default::default()
            })
        })
        .collect()
}

fn read_corpus(path: &str) -> Vec<Document> {
    input::read(&[path.to_string()], input::InputFormat::Jsonl)
        .filter_map(|i| match i {
            Item::Doc(d) => Some(*d),
            Item::Error { .. } => None,
        })
        .collect()
}

/// Deterministic news-like documents: sample sentences shuffled with templated dated ones
/// (the same idea as bench/gen_corpus.py, without needing Python).
fn generate(samples: &[Document], n: usize, seed: u64) -> Vec<Document> {
    const MONTHS: [&str; 12] = [
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ];
    const CITIES: [&str; 6] = ["Москве", "Астане", "Минске", "Ташкенте", "Баку", "Женеве"];
    let mut sentences: Vec<String> = Vec::new();
    for d in samples {
        for para in d.text.lines() {
            for s in para.split_inclusive(". ") {
                if s.chars().count() > 40 {
                    sentences.push(s.trim().to_string());
                }
            }
        }
    }
    let mut rng = seed
        .wrapping_mul(6364136223846793005)
        .wrapping_add(1442695040888963407);
    let mut next = move |k: usize| {
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        (rng % k as u64) as usize
    };
    let mut docs = Vec::with_capacity(n);
    for i in 0..n {
        let size = 3000 + next(9000);
        let mut text = String::with_capacity(size + 200);
        while text.len() < size {
            let (d, m, y) = (1 + next(28), MONTHS[next(12)], 1990 + next(37));
            let city = CITIES[next(CITIES.len())];
            let s = match next(10) {
                _ if !sentences.is_empty() && next(10) < 6 => {
                    sentences[next(sentences.len())].clone()
                }
                0 => format!("{d} {m} {y} года в {city} состоялась встреча министров."),
                1 => format!("В {y} году компания открыла новый завод в {city}."),
                2 => format!("Вчера в {city} прошел форум, посвященный энергетике."),
                3 => format!("Саммит пройдет с {d} по {} {m} {} года.", d + 1, y + 1),
                4 => "В прошлом году объем торговли вырос на 12 процентов.".to_string(),
                5 => format!("С {y} по {} год число участников увеличилось вдвое.", y + 2),
                6 => format!("Заседание совета запланировано на {d} {m}."),
                7 => format!("В конце {m} {y} года стороны договорились продолжить переговоры."),
                8 => format!("Как сообщалось ранее, {d} {m} т.г. делегация посетила {city}."),
                _ => "В 1990-х годах регион пережил экономический кризис.".to_string(),
            };
            text.push_str(&s);
            text.push_str(if next(3) == 0 { "\n\n" } else { " " });
        }
        docs.push(Document {
            id: format!("doc{i}"),
            text,
            dct: chrono::NaiveDate::from_ymd_opt(
                2015 + next(10) as i32,
                1 + next(12) as u32,
                1 + next(28) as u32,
            )
            .and_then(|d| d.and_hms_opt(0, 0, 0)),
            ..Default::default()
        });
    }
    docs
}
