//! The `letopis` command: arguments -> library calls -> a writer.

use clap::Parser;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use letopis::export::{self, Format};
use letopis::input::{self, InputFormat, Item};
use letopis::model::{DctOrigin, Extraction};
use letopis::{parse_dct, Document, Extractor, Lang};
use std::collections::BTreeMap;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::process::ExitCode;
use std::sync::mpsc::{self, RecvTimeoutError};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

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
    /// How ics writes events coarser than a week (months, years, decades, their intervals):
    /// start (a one-day marker, the title saying the period), span (the whole period), skip.
    #[arg(long, default_value = "start", value_parser = ["span", "start", "skip"])]
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
    if s == "auto" {
        Ok(s.to_string())
    } else if let Some(l) = Lang::from_code(s) {
        Ok(l.code().to_string())
    } else {
        let codes: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
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

/// Work in flight between the reader and the writer is bounded by both counts, so memory
/// stays flat on an endless batch however slow one document or the output is.
const MAX_DOCS_IN_FLIGHT: usize = 256;
const MAX_BYTES_IN_FLIGHT: usize = 32 << 20;

/// Exit statuses (docs/FORMATS.md "Errors and exit codes"): 1 when an input failed, 2 when the
/// arguments are wrong, 3 when the machine failed (output not written, threads not started).
const FAILED_INPUT: u8 = 1;
const USAGE: u8 = 2;
const MACHINE: u8 = 3;

fn main() -> ExitCode {
    quiet_panics();
    let args = Args::parse();
    let source_date_epoch = match source_date_epoch() {
        Ok(s) => s,
        Err(e) => {
            say(&format!("letopis: {e}"));
            return ExitCode::from(USAGE);
        }
    };
    let opts = export::Options {
        lang: Some(args.lang.clone()).filter(|l| l != "auto"),
        coarse: export::Coarse::parse(&args.coarse).unwrap_or_default(),
        source_date_epoch,
    };
    let mut writer = match export::writer(args.format, &opts) {
        Ok(w) => w,
        Err(e) => {
            say(&format!("letopis: {e}"));
            return ExitCode::from(USAGE);
        }
    };
    if let Some(p) = &args.output {
        if let Some(why) = input::output_clash(&args.inputs, std::path::Path::new(p)) {
            say(&format!(
                "letopis: cannot write {p}: {why}; write elsewhere"
            ));
            return ExitCode::from(USAGE);
        }
    }
    let target = match &args.output {
        None => Target::Stdout,
        Some(p) => match Target::file(std::path::Path::new(p)) {
            Ok(t) => t,
            Err(e) => {
                say(&format!("letopis: cannot write {p}: {e}"));
                return ExitCode::from(USAGE);
            }
        },
    };
    // A pipe or a terminal reads as it comes: each document is flushed, not held in the buffer.
    let streaming = target.is_stream();
    let mut out = BufWriter::with_capacity(1 << 16, target.writer());
    let pool = match rayon::ThreadPoolBuilder::new()
        .num_threads(args.jobs.unwrap_or(0).min(MAX_JOBS))
        .thread_name(|i| format!("letopis-{i}"))
        .build()
    {
        Ok(p) => Arc::new(p),
        Err(e) => {
            say(&format!("letopis: cannot start worker threads: {e}"));
            target.abandon();
            return ExitCode::from(MACHINE);
        }
    };
    let ex = Extractor::builder()
        .lang(Lang::from_code(&args.lang))
        .dct(args.dct)
        .build();
    // These writers keep nothing between documents, so workers can render them in parallel
    // with a writer of their own; the main thread only puts the bytes in order.
    let render = matches!(args.format, Format::Jsonl | Format::Timeml).then_some(args.format);

    // Three stages that overlap: a reader thread, the pool, and this thread writing in input
    // order, so the first lines appear while the input is still being read.
    let window = Arc::new(Window::default());
    let (tx, rx) = mpsc::channel::<(usize, Done)>();
    let reader = {
        let window = window.clone();
        let pool = pool.clone();
        let inputs = args.inputs.clone();
        let input_format = args.input_format;
        let spawned = std::thread::Builder::new()
            .name("letopis-reader".into())
            .spawn(move || read_stage(&inputs, input_format, ex, render, opts, &window, &pool, tx));
        match spawned {
            Ok(h) => h,
            Err(e) => {
                say(&format!("letopis: cannot start the reader thread: {e}"));
                target.abandon();
                return ExitCode::from(MACHINE);
            }
        }
    };

    let mut progress = Progress::new(input::total_size(&args.inputs));
    let mut failed = false;
    // Documents dated by today, named together at the end.
    let mut today_ids: Vec<String> = Vec::new();
    let mut written = 0usize;
    let mut pending: BTreeMap<usize, Done> = BTreeMap::new();
    let mut next = 0;
    loop {
        let msg = match rx.recv_timeout(Duration::from_millis(100)) {
            Ok(m) => Some(m),
            Err(RecvTimeoutError::Timeout) => None,
            Err(RecvTimeoutError::Disconnected) => break,
        };
        if let Some((seq, done)) = msg {
            pending.insert(seq, done);
        }
        while let Some(done) = pending.remove(&next) {
            next += 1;
            let bytes = done.bytes();
            let res = match done {
                Done::Rendered {
                    out: b,
                    today,
                    warning,
                    ..
                } => {
                    today_ids.extend(today);
                    if let Some(w) = warning {
                        progress.println(&w);
                    }
                    written += 1;
                    writer.rendered(&mut out, b)
                }
                Done::Doc(doc) => {
                    if doc.dct.origin == DctOrigin::Today {
                        today_ids.push(doc.id.clone());
                    }
                    if let Some(w) = dateline_warning(&doc) {
                        progress.println(&w);
                    }
                    // A writer that fails on one document loses that one, not the run.
                    match catch(|| writer.document(&mut out, &doc)) {
                        Ok(r) => {
                            written += 1;
                            r
                        }
                        Err(why) => {
                            failed = true;
                            progress.println(&format!("letopis: {}: {why}", doc.id));
                            Ok(())
                        }
                    }
                }
                Done::Failed { id, input, reason } => {
                    failed = true;
                    progress.println(&format!("letopis: {input}: {reason}"));
                    writer.error(&mut out, &id, &reason)
                }
            };
            window.release(bytes);
            let res = res.and_then(|_| if streaming { out.flush() } else { Ok(()) });
            if let Err(e) = res {
                window.close();
                progress.finish();
                drop(out);
                target.abandon();
                return write_failed(e);
            }
            progress.done_one();
        }
        progress.tick();
    }
    progress.finish();
    if let Some(w) = today_warning(&today_ids) {
        say(&w);
    }
    // The reader ends by dropping its sender; if it died instead, inputs may be missing.
    if reader.join().is_err() {
        say("letopis: internal error while reading the inputs; some were not read (please report this)");
        target.abandon();
        return ExitCode::from(MACHINE);
    }
    let finished = match catch(|| writer.finish(&mut out).and_then(|_| out.flush())) {
        Ok(r) => r,
        Err(why) => {
            say(&format!("letopis: cannot write output: {why}"));
            drop(out);
            target.abandon();
            return ExitCode::from(MACHINE);
        }
    };
    if let Err(e) = finished {
        drop(out);
        target.abandon();
        return write_failed(e);
    }
    drop(out);
    // Every input failing leaves an older -o file as it was.
    if failed && written == 0 {
        target.abandon();
    } else if let Err(e) = target.commit() {
        return write_failed(e);
    }
    for n in writer.notices() {
        say(&format!("letopis: note: {n}"));
    }
    if failed {
        ExitCode::from(FAILED_INPUT)
    } else {
        ExitCode::SUCCESS
    }
}

/// One warning naming the documents dated by today: all of them up to five, else the first
/// five and how many more.
fn today_warning(ids: &[String]) -> Option<String> {
    const NAMED: usize = 5;
    match ids {
        [] => None,
        [id] => Some(format!("letopis: warning: {id}: no document date found; relative dates are resolved against today (give --dct)")),
        _ => {
            let mut names = ids[..ids.len().min(NAMED)].join(", ");
            if ids.len() > NAMED {
                names.push_str(&format!(" and {} more", ids.len() - NAMED));
            }
            Some(format!("letopis: warning: {} documents have no document date; their relative dates are resolved against today (give --dct): {names}", ids.len()))
        }
    }
}

/// `SOURCE_DATE_EPOCH` (reproducible builds): seconds since 1970 that make a calendar time;
/// a value that does not is said, not silently ignored or clamped.
fn source_date_epoch() -> Result<Option<i64>, String> {
    let Ok(s) = std::env::var("SOURCE_DATE_EPOCH") else {
        return Ok(None);
    };
    if s.trim().is_empty() {
        return Ok(None);
    }
    s.trim()
        .parse::<i64>()
        .ok()
        .filter(|&n| {
            chrono::DateTime::from_timestamp(n, 0)
                .is_some_and(|d| (1..=9999).contains(&chrono::Datelike::year(&d)))
        })
        .map(Some)
        .ok_or_else(|| {
            format!(
                "SOURCE_DATE_EPOCH={:?} is not a whole number of seconds since 1970 within years 1 to 9999",
                s
            )
        })
}

/// Where the output goes. A regular file is written beside itself under a temporary name and
/// renamed over at the end: a failed run leaves the old file whole, and two runs writing the
/// same path never interleave (the last to finish wins, whole).
enum Target {
    Stdout,
    /// Not a regular file (`/dev/null`, a FIFO): written in place.
    Direct(std::fs::File),
    Temp {
        file: std::fs::File,
        tmp: std::path::PathBuf,
        dest: std::path::PathBuf,
    },
}

impl Target {
    fn file(dest: &std::path::Path) -> io::Result<Target> {
        if let Ok(m) = std::fs::metadata(dest) {
            if m.is_dir() {
                return Err(io::Error::other("it is a directory"));
            }
            if !m.is_file() {
                return Ok(Target::Direct(
                    std::fs::OpenOptions::new().write(true).open(dest)?,
                ));
            }
        }
        let dir = match dest.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => std::path::Path::new("."),
        };
        let name = dest
            .file_name()
            .ok_or_else(|| io::Error::other("not a file name"))?
            .to_string_lossy();
        // Hidden, and with an extension no directory walk reads.
        for n in 0..1000 {
            let tmp = dir.join(format!(".{name}.{}-{n}.letopis-tmp", std::process::id()));
            match std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&tmp)
            {
                Ok(file) => {
                    // An existing file keeps its permissions.
                    if let Ok(m) = std::fs::metadata(dest) {
                        let _ = file.set_permissions(m.permissions());
                    }
                    return Ok(Target::Temp {
                        file,
                        tmp,
                        dest: dest.to_path_buf(),
                    });
                }
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
                Err(e) => return Err(e),
            }
        }
        Err(io::Error::other("cannot create a temporary file beside it"))
    }

    /// Whether a reader sees the output as it comes: a terminal or a pipe.
    fn is_stream(&self) -> bool {
        #[cfg(unix)]
        fn fifo(f: &std::fs::File) -> bool {
            use std::os::unix::fs::FileTypeExt;
            f.metadata().is_ok_and(|m| m.file_type().is_fifo())
        }
        #[cfg(not(unix))]
        fn fifo(_: &std::fs::File) -> bool {
            false
        }
        match self {
            Target::Stdout => {
                io::stdout().is_terminal()
                    || std::fs::File::open("/dev/stdout").is_ok_and(|f| fifo(&f))
            }
            Target::Direct(f) => f.is_terminal() || fifo(f),
            Target::Temp { .. } => false,
        }
    }

    fn writer(&self) -> Box<dyn Write> {
        match self {
            Target::Stdout => Box::new(io::stdout().lock()),
            Target::Direct(f) | Target::Temp { file: f, .. } => match f.try_clone() {
                Ok(f) => Box::new(f),
                Err(_) => Box::new(Failing),
            },
        }
    }

    /// Put the finished output in place.
    fn commit(self) -> io::Result<()> {
        match self {
            Target::Temp { file, tmp, dest } => {
                let done = file.sync_all().and_then(|_| std::fs::rename(&tmp, &dest));
                if done.is_err() {
                    let _ = std::fs::remove_file(&tmp);
                }
                done
            }
            _ => Ok(()),
        }
    }

    /// Drop what was written; an older file stays as it was.
    fn abandon(self) {
        if let Target::Temp { tmp, .. } = self {
            let _ = std::fs::remove_file(tmp);
        }
    }
}

/// A writer that cannot write (when the output file could not be shared).
struct Failing;

impl Write for Failing {
    fn write(&mut self, _: &[u8]) -> io::Result<usize> {
        Err(io::Error::other("output file lost"))
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// A line on standard error. Control characters are escaped (ids and file names come from the
/// input), and a closed standard error loses the line instead of panicking.
fn say(line: &str) {
    let _ = writeln!(io::stderr().lock(), "{}", export::terminal_safe(line));
}

thread_local! {
    static LAST_PANIC: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Panics are caught where they happen and reported as errors naming the input; the default
/// hook would print a second, raw message for each.
fn quiet_panics() {
    std::panic::set_hook(Box::new(|info| {
        let msg = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_default();
        let at = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        LAST_PANIC.with(|p| *p.borrow_mut() = Some(format!("{msg}{at}")));
    }));
}

/// Run `f`; a panic becomes the reason to report.
fn catch<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).map_err(|_| {
        let what = LAST_PANIC
            .with(|p| p.borrow_mut().take())
            .unwrap_or_default();
        format!("internal error ({what}); please report this input")
    })
}

/// The warning for a document dated by a dateline whose year is a guess, naming the next
/// best years (documents dated by today are named together at the end instead).
fn dateline_warning(doc: &Extraction) -> Option<String> {
    if doc.dct.alternatives.is_empty() {
        return None;
    }
    Some(format!(
        "letopis: warning: {}: the dateline has no year; took {} (next best {}; give --dct)",
        doc.id,
        doc.dct.value,
        doc.dct.alternatives.join(", ")
    ))
}

/// One finished item, waiting for its turn to be written.
enum Done {
    /// Already rendered by a worker; `today` names a document dated by today, `warning` is
    /// the one its guessed dateline calls for.
    Rendered {
        out: Vec<u8>,
        today: Option<String>,
        warning: Option<String>,
        text_bytes: usize,
    },
    Doc(Box<Extraction>),
    Failed {
        id: String,
        input: String,
        reason: String,
    },
}

impl Done {
    /// The bytes it holds in the window.
    fn bytes(&self) -> usize {
        match self {
            Done::Rendered { text_bytes, .. } => *text_bytes,
            Done::Doc(d) => d.text.len(),
            Done::Failed { .. } => 0,
        }
    }
}

/// Reads every item, numbers it, and hands documents to the pool as the window allows. A
/// panic while reading one source becomes an error naming it, and the next source is read.
#[allow(clippy::too_many_arguments)]
fn read_stage(
    inputs: &[String],
    format: InputFormat,
    ex: Extractor,
    render: Option<Format>,
    opts: export::Options,
    window: &Arc<Window>,
    pool: &rayon::ThreadPool,
    tx: mpsc::Sender<(usize, Done)>,
) {
    let mut seq = 0;
    let sources = catch(|| input::sources(inputs)).unwrap_or_else(|why| {
        vec![Err(Item::Error {
            id: inputs.join(" "),
            input: inputs.join(" "),
            reason: why,
        })]
    });
    for src in sources {
        let (name, mut items): (String, Box<dyn Iterator<Item = Item>>) = match src {
            Err(item) => (String::new(), Box::new(std::iter::once(item))),
            Ok(src) => {
                let name = src.name();
                match catch(|| input::open(src, format)) {
                    Ok(items) => (name, items),
                    Err(why) => (
                        name.clone(),
                        Box::new(std::iter::once(failed_source(name, why))),
                    ),
                }
            }
        };
        loop {
            let item = match catch(|| items.next()) {
                Ok(Some(item)) => item,
                Ok(None) => break,
                Err(why) => failed_source(name.clone(), why),
            };
            let stop =
                matches!(&item, Item::Error { reason, .. } if reason.starts_with("internal error"));
            match item {
                Item::Doc(d) => {
                    if !window.acquire(d.text.len()) {
                        return;
                    }
                    let tx = tx.clone();
                    let opts = opts.clone();
                    // FIFO, so the oldest documents finish first and the writer is not kept waiting.
                    pool.spawn_fifo(move || {
                        let _ = tx.send((seq, work(&ex, *d, render, &opts)));
                    });
                }
                Item::Error { id, input, reason } => {
                    if !window.acquire(0) {
                        return;
                    }
                    let _ = tx.send((seq, Done::Failed { id, input, reason }));
                }
            }
            seq += 1;
            if stop {
                // The source's reader is in an unknown state after a panic: on to the next.
                break;
            }
        }
    }
}

fn failed_source(name: String, why: String) -> Item {
    Item::Error {
        id: name.clone(),
        input: name,
        reason: format!("{why} (the rest of this input was not read)"),
    }
}

/// Extract one document (and render it when the format allows). A panic becomes an error
/// for that document instead of taking the whole batch down.
fn work(ex: &Extractor, d: Document, render: Option<Format>, opts: &export::Options) -> Done {
    let run = || {
        let doc = ex.extract(&d);
        let Some(format) = render else {
            return Ok(Done::Doc(Box::new(doc)));
        };
        let mut out = Vec::with_capacity(4096);
        export::writer(format, opts)?
            .document_to_vec(&mut out, &doc)
            .map_err(|e| e.to_string())?;
        Ok(Done::Rendered {
            out,
            today: (doc.dct.origin == DctOrigin::Today).then(|| doc.id.clone()),
            warning: dateline_warning(&doc),
            text_bytes: d.text.len(),
        })
    };
    match catch(run) {
        Ok(Ok(done)) => done,
        Ok(Err(reason)) => Done::Failed {
            id: d.id.clone(),
            input: d.id,
            reason,
        },
        Err(reason) => Done::Failed {
            id: d.id.clone(),
            input: d.id,
            reason,
        },
    }
}

/// Documents and text bytes between the reader and the writer.
#[derive(Default)]
struct Window {
    state: Mutex<WindowState>,
    changed: Condvar,
}

#[derive(Default)]
struct WindowState {
    docs: usize,
    bytes: usize,
    closed: bool,
}

impl Window {
    /// Wait for room for one more item; false once the writer has given up.
    fn acquire(&self, bytes: usize) -> bool {
        let mut s = self.state.lock().unwrap_or_else(|e| e.into_inner());
        // An empty window always takes one item, however large.
        while !s.closed
            && s.docs > 0
            && (s.docs >= MAX_DOCS_IN_FLIGHT || s.bytes + bytes > MAX_BYTES_IN_FLIGHT)
        {
            s = self.changed.wait(s).unwrap_or_else(|e| e.into_inner());
        }
        s.docs += 1;
        s.bytes += bytes;
        !s.closed
    }

    fn release(&self, bytes: usize) {
        let mut s = self.state.lock().unwrap_or_else(|e| e.into_inner());
        s.docs -= 1;
        s.bytes -= bytes;
        self.changed.notify_one();
    }

    fn close(&self) {
        self.state.lock().unwrap_or_else(|e| e.into_inner()).closed = true;
        self.changed.notify_all();
    }
}

/// A progress bar on standard error, only when it is a terminal and the run is long enough
/// to need one; pipes and CI get nothing extra.
struct Progress {
    total: Option<u64>,
    started: Instant,
    bar: Option<ProgressBar>,
    docs: u64,
    enabled: bool,
}

impl Progress {
    fn new(total: Option<u64>) -> Self {
        Progress {
            total,
            started: Instant::now(),
            bar: None,
            docs: 0,
            enabled: io::stderr().is_terminal(),
        }
    }

    fn done_one(&mut self) {
        self.docs += 1;
    }

    fn tick(&mut self) {
        if !self.enabled {
            return;
        }
        if self.bar.is_none() && self.started.elapsed() > Duration::from_millis(500) {
            let style = |t: &str| ProgressStyle::with_template(t).ok();
            let bar = match self.total {
                Some(t) => ProgressBar::new(t).with_style(
                    style("{bytes}/{total_bytes} {msg} {wide_bar}")
                        .unwrap_or_else(ProgressStyle::default_bar),
                ),
                None => ProgressBar::new_spinner().with_style(
                    style("{spinner} {bytes} {msg}").unwrap_or_else(ProgressStyle::default_spinner),
                ),
            };
            bar.set_draw_target(ProgressDrawTarget::stderr_with_hz(10));
            self.bar = Some(bar);
        }
        if let Some(bar) = &self.bar {
            // Rates over the whole run: indicatif's own estimate starts mid-run and jumps.
            let read = input::bytes_read();
            let secs = self.started.elapsed().as_secs_f64();
            let rate = read as f64 / secs.max(1e-3);
            let eta = match self.total {
                Some(t) if rate > 0.0 => {
                    format!(", eta {:.0} s", t.saturating_sub(read) as f64 / rate)
                }
                _ => String::new(),
            };
            bar.set_message(format!("{:.1} MB/s, {} docs{eta}", rate / 1e6, self.docs));
            bar.set_position(read);
        }
    }

    /// Print a line on standard error without tearing the bar.
    fn println(&self, line: &str) {
        match &self.bar {
            Some(bar) => bar.suspend(|| say(line)),
            None => say(line),
        }
    }

    fn finish(&mut self) {
        if let Some(bar) = self.bar.take() {
            bar.finish_and_clear();
        }
    }
}

fn write_failed(e: io::Error) -> ExitCode {
    if e.kind() == io::ErrorKind::BrokenPipe {
        return ExitCode::SUCCESS;
    }
    say(&format!("letopis: cannot write output: {e}"));
    ExitCode::from(MACHINE)
}
