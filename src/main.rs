//! The `letopis` command: arguments -> library calls -> a writer.

use clap::Parser;
use letopis::export::{self, Format};
use letopis::input::{self, InputFormat, Item};
use letopis::{extract::parse_dct, lang, Extractor};
use rayon::prelude::*;
use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

/// Dated facts from news articles: a chronological summary, a JSON timeline or a calendar.
#[derive(Parser, Debug)]
#[command(name = "letopis", version, about)]
struct Args {
    /// Files, directories (*.txt, *.md, *.tml, *.jsonl, recursively) or - for standard input.
    #[arg(value_name = "INPUT")]
    inputs: Vec<String>,
    /// Output format: text, json, jsonl, timeline, timelinejs, ics, timeml, html.
    #[arg(short, long, default_value = "text", value_parser = parse_format)]
    format: Format,
    /// Write there instead of standard output.
    #[arg(short, long, value_name = "PATH")]
    output: Option<String>,
    /// How to read the inputs: auto (by extension), text, jsonl, timeml.
    #[arg(long, default_value = "auto", value_parser = parse_input_format)]
    input_format: InputFormat,
    /// Language of the inputs: auto (per document), ru, en.
    #[arg(short, long, default_value = "auto", value_parser = parse_lang)]
    lang: String,
    /// Document creation time for every input: YYYY-MM-DD or YYYY-MM-DDTHH:MM.
    #[arg(long, value_name = "DATE", value_parser = parse_dct_arg)]
    dct: Option<chrono::NaiveDateTime>,
    /// Documents processed in parallel (default: all cores, at most 256); output never depends on it.
    #[arg(short, long, value_name = "N")]
    jobs: Option<usize>,
    /// How ics writes month- and year-precision events: span, start, skip.
    #[arg(long, default_value = "span", value_parser = ["span", "start", "skip"])]
    coarse: String,
}

fn parse_format(s: &str) -> Result<Format, String> {
    Format::parse(s).ok_or_else(|| {
        format!("unknown format {s:?}: use text, json, jsonl, timeline, timelinejs, ics, timeml or html")
    })
}

fn parse_input_format(s: &str) -> Result<InputFormat, String> {
    Ok(match s {
        "auto" => InputFormat::Auto,
        "text" => InputFormat::Text,
        "jsonl" => InputFormat::Jsonl,
        "timeml" => InputFormat::Timeml,
        _ => {
            return Err(format!(
                "unknown input format {s:?}: use auto, text, jsonl or timeml"
            ))
        }
    })
}

fn parse_lang(s: &str) -> Result<String, String> {
    if s == "auto" || lang::by_code(s).is_some() {
        Ok(s.to_string())
    } else {
        let codes: Vec<&str> = lang::all().iter().map(|l| l.code()).collect();
        Err(format!(
            "unsupported language {s:?}: use auto or one of {}",
            codes.join(", ")
        ))
    }
}

fn parse_dct_arg(s: &str) -> Result<chrono::NaiveDateTime, String> {
    parse_dct(s).ok_or_else(|| format!("not a date: {s:?} (use YYYY-MM-DD or YYYY-MM-DDTHH:MM)"))
}

/// More threads than this only cost: `-j 100000` used to hang starting them.
const MAX_JOBS: usize = 256;

/// Documents handed to the thread pool at once: enough to keep every core busy, few enough
/// that memory stays flat on an endless batch.
const CHUNK: usize = 256;

fn main() -> ExitCode {
    let args = Args::parse();
    let mut writer = match export::writer(
        args.format,
        &export::Options {
            lang: Some(args.lang.clone()).filter(|l| l != "auto"),
            coarse: export::Coarse::parse(&args.coarse).unwrap_or_default(),
            // Reproducible builds' convention: a fixed "now" for the calendar's DTSTAMP.
            source_date_epoch: std::env::var("SOURCE_DATE_EPOCH")
                .ok()
                .and_then(|s| s.trim().parse().ok()),
        },
    ) {
        Ok(w) => w,
        Err(e) => {
            eprintln!("letopis: {e}");
            return ExitCode::from(2);
        }
    };
    if let Some(p) = &args.output {
        if let Some(why) = input::output_clash(&args.inputs, std::path::Path::new(p)) {
            eprintln!("letopis: cannot write {p}: {why}; write elsewhere");
            return ExitCode::from(2);
        }
    }
    let out: Box<dyn Write> = match &args.output {
        None => Box::new(io::stdout().lock()),
        Some(p) => match std::fs::File::create(p) {
            Ok(f) => Box::new(f),
            Err(e) => {
                eprintln!("letopis: cannot write {p}: {e}");
                return ExitCode::from(2);
            }
        },
    };
    let mut out = BufWriter::new(out);
    let pool = match rayon::ThreadPoolBuilder::new()
        .num_threads(args.jobs.unwrap_or(0).min(MAX_JOBS))
        .build()
    {
        Ok(p) => p,
        Err(e) => {
            eprintln!("letopis: cannot start worker threads: {e}");
            return ExitCode::from(2);
        }
    };
    let mut ex = Extractor::new(chrono::Local::now().date_naive());
    ex.lang = lang::by_code(&args.lang);
    ex.dct = args.dct;

    let mut failed = false;
    let mut warned_today = false;
    let mut items = input::read(&args.inputs, args.input_format).peekable();
    while items.peek().is_some() {
        let chunk: Vec<Item> = items.by_ref().take(CHUNK).collect();
        let results: Vec<_> = pool.install(|| {
            chunk
                .into_par_iter()
                .map(|item| match item {
                    Item::Doc(d) => Ok(ex.extract(&d)),
                    Item::Error { id, input, reason } => Err((id, input, reason)),
                })
                .collect()
        });
        for r in results {
            let res = match r {
                Ok(doc) => {
                    if doc.dct.origin == letopis::model::DctOrigin::Today && !warned_today {
                        eprintln!(
                            "letopis: warning: {}: no document date found; relative dates are resolved against today (give --dct)",
                            doc.id
                        );
                        warned_today = true;
                    }
                    writer.document(&mut out, &doc)
                }
                Err((id, input, reason)) => {
                    failed = true;
                    eprintln!("letopis: {input}: {reason}");
                    writer.error(&mut out, &id, &reason)
                }
            };
            if let Err(e) = res {
                return write_failed(e);
            }
        }
    }
    if let Err(e) = writer.finish(&mut out).and_then(|_| out.flush()) {
        return write_failed(e);
    }
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn write_failed(e: io::Error) -> ExitCode {
    if e.kind() == io::ErrorKind::BrokenPipe {
        return ExitCode::SUCCESS;
    }
    eprintln!("letopis: cannot write output: {e}");
    ExitCode::from(2)
}
