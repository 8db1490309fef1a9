//! `letopis._letopis`: the compiled half of the Python package. It keeps the Rust results as
//! they are (the writers need them) and hands Python JSON and rendered text; the idiomatic
//! classes are in `letopis/__init__.py`. Every call into the library runs under
//! `catch_unwind`, so no panic crosses into Python.

use letopis::export::{self, Format};
use letopis::input::{self, Item};
use letopis::model::Extraction;
use letopis::{parse_dct, Document, Extractor, Lang};
use pyo3::exceptions::{PyRuntimeError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use std::collections::BTreeMap;

mod restore;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// The CLI's bounds on work in flight (src/main.rs): memory stays flat on an endless batch.
const MAX_DOCS_IN_FLIGHT: usize = 256;
const MAX_BYTES_IN_FLIGHT: usize = 32 << 20;
const MAX_JOBS: usize = 256;
const INTERNAL: &str = "internal error while extracting (please report this document)";

pyo3::create_exception!(
    _letopis,
    LetopisError,
    PyRuntimeError,
    "An internal error of letopis (a bug: please report the document)."
);

/// Why one input gave no result: bad input (`ValueError`) or a bug (`LetopisError`).
#[derive(Debug)]
enum Failure {
    Input(String),
    Internal(String),
}

impl From<Failure> for PyErr {
    fn from(f: Failure) -> PyErr {
        match f {
            Failure::Input(m) => PyValueError::new_err(m),
            Failure::Internal(m) => LetopisError::new_err(m),
        }
    }
}

fn guarded<T>(f: impl FnOnce() -> Result<T, Failure>) -> Result<T, Failure> {
    catch_unwind(AssertUnwindSafe(f)).unwrap_or_else(|_| Err(Failure::Internal(INTERNAL.into())))
}

fn parse_lang(s: &str) -> PyResult<Option<Lang>> {
    if s == "auto" {
        return Ok(None);
    }
    Lang::from_code(s).map(Some).ok_or_else(|| {
        let codes: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
        PyValueError::new_err(format!(
            "unsupported language {s:?}: use auto or one of {}",
            codes.join(", ")
        ))
    })
}

fn parse_dct_opt(s: Option<&str>) -> PyResult<Option<chrono::NaiveDateTime>> {
    s.map(|s| {
        parse_dct(s).ok_or_else(|| {
            PyValueError::new_err(format!(
                "not a date: {s:?} (use YYYY-MM-DD or YYYY-MM-DDTHH:MM)"
            ))
        })
    })
    .transpose()
}

fn parse_format(s: &str) -> PyResult<Format> {
    Format::parse(s).ok_or_else(|| {
        PyValueError::new_err(format!(
            "unknown format {s:?}: use text, json, jsonl, timeline, timelinejs, ics, timeml or html"
        ))
    })
}

/// The writers' options as the CLI sets them from `--lang`, `--coarse` and SOURCE_DATE_EPOCH.
fn options(lang: Option<&str>, coarse: &str) -> PyResult<export::Options> {
    Ok(export::Options {
        lang: lang.filter(|l| *l != "auto").map(str::to_string),
        coarse: export::Coarse::parse(coarse).ok_or_else(|| {
            PyValueError::new_err(format!(
                "unknown coarse {coarse:?}: use span, start or skip"
            ))
        })?,
        source_date_epoch: std::env::var("SOURCE_DATE_EPOCH")
            .ok()
            .and_then(|s| s.trim().parse().ok()),
    })
}

fn extractor(lang: Option<Lang>, dct: Option<chrono::NaiveDateTime>) -> Extractor {
    Extractor::builder().lang(lang).dct(dct).build()
}

/// Every writer over these documents, as `letopis -f FORMAT` writes them.
fn render(
    docs: &[Arc<Extraction>],
    format: Format,
    opts: &export::Options,
) -> Result<String, Failure> {
    guarded(|| {
        if format == Format::Timeml && docs.iter().any(|d| d.text.is_empty()) {
            return Err(Failure::Input(
                "TimeML needs the documents' text, and an extraction read back from JSON has none"
                    .into(),
            ));
        }
        let mut w = export::writer(format, opts).map_err(Failure::Input)?;
        let mut out = Vec::with_capacity(8192);
        let io = |e: std::io::Error| Failure::Internal(e.to_string());
        for d in docs {
            w.document(&mut out, d).map_err(io)?;
        }
        w.finish(&mut out).map_err(io)?;
        String::from_utf8(out).map_err(|e| Failure::Internal(e.to_string()))
    })
}

/// One document's result (the Rust `Extraction`).
#[pyclass(frozen, module = "letopis._letopis")]
struct Doc {
    inner: Arc<Extraction>,
    /// `lang` as asked for (the CLI's `--lang`): the summary's labels follow it.
    lang: Option<String>,
}

#[pymethods]
impl Doc {
    #[getter]
    fn id(&self) -> &str {
        &self.inner.id
    }
    #[getter]
    fn lang(&self) -> &str {
        &self.inner.lang
    }
    /// The document creation time as written in JSON (YYYY-MM-DD or YYYY-MM-DDTHH:MM).
    #[getter]
    fn dct(&self) -> &str {
        &self.inner.dct.value
    }
    #[getter]
    fn text(&self) -> &str {
        &self.inner.text
    }
    /// A document back from its `-f jsonl` line (events and timexes; not its text).
    #[staticmethod]
    #[pyo3(signature = (line, lang = None))]
    fn from_jsonl(line: &str, lang: Option<String>) -> PyResult<Doc> {
        let doc = guarded(|| {
            restore::extraction(line.trim_end())
                .map_err(|e| Failure::Input(format!("cannot read the extraction: {e}")))
        })?;
        Ok(Doc {
            inner: Arc::new(doc),
            lang,
        })
    }
    /// The `lang` asked for when it was extracted.
    #[getter]
    fn asked_lang(&self) -> Option<&str> {
        self.lang.as_deref()
    }
    /// The document as one `-f jsonl` line (without the newline).
    fn jsonl(&self, py: Python<'_>) -> PyResult<String> {
        let inner = self.inner.clone();
        let opts = options(None, "span")?;
        let mut s = py.detach(|| render(&[inner], Format::Jsonl, &opts))?;
        s.pop();
        Ok(s)
    }
    /// `letopis -f FORMAT` on this one document.
    #[pyo3(signature = (format, coarse = "start"))]
    fn render(&self, py: Python<'_>, format: &str, coarse: &str) -> PyResult<String> {
        let format = parse_format(format)?;
        let opts = options(self.lang.as_deref(), coarse)?;
        let inner = self.inner.clone();
        Ok(py.detach(|| render(&[inner], format, &opts))?)
    }
}

/// Extract one text, as `letopis [--dct D] [--lang L] -` does on standard input.
#[pyfunction]
#[pyo3(signature = (text, dct = None, lang = "auto", id = "-"))]
fn extract(py: Python<'_>, text: &str, dct: Option<&str>, lang: &str, id: &str) -> PyResult<Doc> {
    let ex = extractor(parse_lang(lang)?, parse_dct_opt(dct)?);
    let text = text.to_string();
    let id = id.to_string();
    let doc = py.detach(move || {
        guarded(|| {
            let text = input::check_text(text.into_bytes()).map_err(Failure::Input)?;
            Ok(ex.extract(&Document {
                id,
                text,
                ..Document::default()
            }))
        })
    })?;
    Ok(Doc {
        inner: Arc::new(doc),
        lang: Some(lang.to_string()),
    })
}

/// One input of a batch, as the Python side prepares it.
enum Input {
    /// A text and its id.
    Text(String, String),
    /// A JSONL line (a dict dumped by Python) and where it came from.
    Line(String, String),
}

impl Input {
    fn into_document(self) -> Result<Document, Failure> {
        match self {
            Input::Text(id, text) => Ok(Document {
                id,
                text: input::check_text(text.into_bytes()).map_err(Failure::Input)?,
                ..Document::default()
            }),
            Input::Line(at, line) => match input::parse_line(&at, line.as_bytes()) {
                Item::Doc(d) => Ok(*d),
                Item::Error { input, reason, .. } => {
                    Err(Failure::Input(format!("{input}: {reason}")))
                }
            },
        }
    }
}

type Outcome = Result<Extraction, Failure>;

/// `extract_many`'s engine: pulls inputs from a Python iterator as the window allows, extracts
/// them on its own rayon pool with the GIL released, and gives them back in input order.
#[pyclass(module = "letopis._letopis")]
struct Batch {
    inputs: Py<PyAny>,
    ex: Extractor,
    lang: Option<String>,
    pool: Arc<rayon::ThreadPool>,
    tx: mpsc::Sender<(usize, Outcome)>,
    rx: Mutex<mpsc::Receiver<(usize, Outcome)>>,
    /// Finished, waiting for their turn; errors found while reading wait here too.
    done: BTreeMap<usize, Result<Extraction, PyErr>>,
    /// Text bytes of each item in flight, by sequence number.
    sizes: BTreeMap<usize, usize>,
    bytes: usize,
    next_in: usize,
    next_out: usize,
    exhausted: bool,
}

#[pymethods]
impl Batch {
    /// `inputs` yields `(0, id, text)`, `(1, where, jsonl_line)`, or `(2, where, message)`
    /// for an item that is not a document (a `TypeError`), `(3, where, message)` for one
    /// that cannot be read (a `ValueError`).
    #[new]
    #[pyo3(signature = (inputs, jobs = None, dct = None, lang = "auto"))]
    fn new(
        inputs: &Bound<'_, PyAny>,
        jobs: Option<usize>,
        dct: Option<&str>,
        lang: &str,
    ) -> PyResult<Self> {
        let ex = extractor(parse_lang(lang)?, parse_dct_opt(dct)?);
        if jobs == Some(0) {
            return Err(PyValueError::new_err(
                "jobs must be at least 1 (or None for all cores)",
            ));
        }
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(jobs.unwrap_or(0).min(MAX_JOBS))
            .thread_name(|i| format!("letopis-{i}"))
            .build()
            .map_err(|e| PyRuntimeError::new_err(format!("cannot start worker threads: {e}")))?;
        let (tx, rx) = mpsc::channel();
        Ok(Batch {
            inputs: inputs.try_iter()?.into_any().unbind(),
            ex,
            lang: Some(lang.to_string()),
            pool: Arc::new(pool),
            tx,
            rx: Mutex::new(rx),
            done: BTreeMap::new(),
            sizes: BTreeMap::new(),
            bytes: 0,
            next_in: 0,
            next_out: 0,
            exhausted: false,
        })
    }

    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    fn __next__(mut slf: PyRefMut<'_, Self>, py: Python<'_>) -> PyResult<Option<Doc>> {
        slf.fill(py)?;
        if slf.next_out == slf.next_in {
            return Ok(None);
        }
        let want = slf.next_out;
        while !slf.done.contains_key(&want) {
            let this = &mut *slf;
            let rx = &this.rx;
            // Short waits, so Ctrl-C is noticed while a long document is being read.
            let got = py.detach(|| {
                let rx = rx.lock().unwrap_or_else(|e| e.into_inner());
                let mut got = Vec::new();
                match rx.recv_timeout(Duration::from_millis(100)) {
                    Ok(m) => got.push(m),
                    Err(mpsc::RecvTimeoutError::Timeout) => {}
                    Err(mpsc::RecvTimeoutError::Disconnected) => return None,
                }
                got.extend(rx.try_iter());
                Some(got)
            });
            let Some(got) = got else {
                return Err(LetopisError::new_err("the worker threads stopped"));
            };
            for (seq, outcome) in got {
                this.done.insert(seq, outcome.map_err(PyErr::from));
            }
            py.check_signals()?;
        }
        let this = &mut *slf;
        let outcome = this.done.remove(&want).expect("checked above");
        this.next_out += 1;
        this.bytes -= this.sizes.remove(&want).unwrap_or(0);
        let lang = this.lang.clone();
        outcome.map(|d| {
            Some(Doc {
                inner: Arc::new(d),
                lang,
            })
        })
    }
}

impl Batch {
    /// Read inputs and start them until the window is full or the inputs end.
    fn fill(&mut self, py: Python<'_>) -> PyResult<()> {
        while !self.exhausted {
            let in_flight = self.next_in - self.next_out;
            if in_flight >= MAX_DOCS_IN_FLIGHT
                || (in_flight > 0 && self.bytes >= MAX_BYTES_IN_FLIGHT)
            {
                break;
            }
            let item = match self.inputs.bind(py).call_method0("__next__") {
                Ok(item) => item,
                Err(e) if e.is_instance_of::<pyo3::exceptions::PyStopIteration>(py) => {
                    self.exhausted = true;
                    break;
                }
                Err(e) => {
                    // The iterable itself failed: that error takes its place, and nothing follows.
                    self.exhausted = true;
                    self.done.insert(self.next_in, Err(e));
                    self.next_in += 1;
                    break;
                }
            };
            let seq = self.next_in;
            self.next_in += 1;
            let (kind, at, s): (u8, String, String) = match item.extract() {
                Ok(t) => t,
                Err(e) => {
                    self.done.insert(seq, Err(e));
                    continue;
                }
            };
            let input = match kind {
                0 => Input::Text(at, s),
                1 => Input::Line(at, s),
                2 => {
                    self.done.insert(seq, Err(PyTypeError::new_err(s)));
                    continue;
                }
                _ => {
                    self.done.insert(seq, Err(PyValueError::new_err(s)));
                    continue;
                }
            };
            let size = match &input {
                Input::Text(_, t) | Input::Line(_, t) => t.len(),
            };
            self.sizes.insert(seq, size);
            self.bytes += size;
            let tx = self.tx.clone();
            let ex = self.ex;
            // FIFO, so the oldest documents finish first and the reader is not kept waiting.
            self.pool.spawn_fifo(move || {
                let out = guarded(|| Ok(ex.extract(&input.into_document()?)));
                let _ = tx.send((seq, out));
            });
        }
        Ok(())
    }
}

/// The merged timeline of documents (`letopis -f timeline` and the formats built on it).
#[pyclass(frozen, module = "letopis._letopis")]
struct Timeline {
    /// Each document once: merging timelines that share one counts it once, as
    /// `letopis::timeline::Timeline::merge` does.
    docs: Vec<Arc<Extraction>>,
    lang: Option<String>,
    /// The library's merged timeline, worked out once: the merge is the costly part, and
    /// every multi-document format writes from it.
    merged: std::sync::OnceLock<letopis::timeline::Timeline>,
}

impl Timeline {
    fn merged(&self) -> Result<&letopis::timeline::Timeline, Failure> {
        if let Some(t) = self.merged.get() {
            return Ok(t);
        }
        let t = guarded(|| {
            Ok(letopis::timeline::Timeline::from_documents(
                self.docs.iter().map(|d| &**d),
            ))
        })?;
        Ok(self.merged.get_or_init(|| t))
    }
}

/// `docs` without repeats (the same object, or an equal result under the same id), first
/// occurrence kept.
fn distinct(docs: Vec<Arc<Extraction>>) -> Vec<Arc<Extraction>> {
    let mut by_id: std::collections::HashMap<String, Vec<usize>> = Default::default();
    let mut out: Vec<Arc<Extraction>> = Vec::with_capacity(docs.len());
    for d in docs {
        let same = by_id.entry(d.id.clone()).or_default();
        if same
            .iter()
            .any(|&i| Arc::ptr_eq(&out[i], &d) || *out[i] == *d)
        {
            continue;
        }
        same.push(out.len());
        out.push(d);
    }
    out
}

#[pymethods]
impl Timeline {
    /// Merge documents and timelines: the timeline of every document they hold.
    #[new]
    fn new(items: Vec<Bound<'_, PyAny>>) -> PyResult<Self> {
        let mut docs = Vec::new();
        let mut lang: Option<String> = None;
        for it in &items {
            if let Ok(d) = it.cast::<Doc>() {
                let d = d.get();
                docs.push(d.inner.clone());
                lang = lang.or_else(|| d.lang.clone());
            } else if let Ok(t) = it.cast::<Timeline>() {
                let t = t.get();
                docs.extend(t.docs.iter().cloned());
                lang = lang.or_else(|| t.lang.clone());
            } else {
                return Err(PyTypeError::new_err(format!(
                    "timeline() takes Extraction and Timeline objects, not {}",
                    it.get_type().name()?
                )));
            }
        }
        Ok(Timeline {
            docs: distinct(docs),
            lang,
            merged: Default::default(),
        })
    }

    /// `letopis -f FORMAT` over the documents.
    #[pyo3(signature = (format, coarse = "start"))]
    fn render(&self, py: Python<'_>, format: &str, coarse: &str) -> PyResult<String> {
        let format = parse_format(format)?;
        let opts = options(self.lang.as_deref(), coarse)?;
        Ok(py.detach(|| -> Result<String, Failure> {
            if matches!(format, Format::Json | Format::Jsonl | Format::Timeml) {
                return render(&self.docs, format, &opts);
            }
            let t = self.merged()?;
            let mut out = Vec::with_capacity(8192);
            if let Some(written) = guarded(|| {
                Ok(export::write_timeline(
                    format,
                    &opts,
                    t,
                    self.docs.iter().map(|d| &**d),
                    &mut out,
                ))
            })? {
                written.map_err(|e| Failure::Internal(e.to_string()))?;
            }
            String::from_utf8(out).map_err(|e| Failure::Internal(e.to_string()))
        })?)
    }

    /// The documents it holds, each as a `-f jsonl` line: what pickling it keeps.
    fn parts(&self, py: Python<'_>) -> PyResult<Vec<String>> {
        let opts = options(None, "span")?;
        let mut out = Vec::with_capacity(self.docs.len());
        for d in &self.docs {
            let mut s = py.detach(|| render(std::slice::from_ref(d), Format::Jsonl, &opts))?;
            s.pop();
            out.push(s);
        }
        Ok(out)
    }

    /// The `lang` asked for when its documents were extracted.
    #[getter]
    fn asked_lang(&self) -> Option<&str> {
        self.lang.as_deref()
    }

    fn __len__(&self) -> usize {
        self.docs.len()
    }
}

/// The compiled part of letopis; use the `letopis` package.
#[pymodule]
fn _letopis(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(extract, m)?)?;
    m.add_class::<Doc>()?;
    m.add_class::<Batch>()?;
    m.add_class::<Timeline>()?;
    m.add("LetopisError", m.py().get_type::<LetopisError>())?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
