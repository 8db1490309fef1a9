//! Bad input, as a table: each case has the clear behaviour SPEC asks for. Nothing is lost:
//! every good input still gets its output; every bad one an error on stderr naming it (file,
//! and line for JSONL) and, in `jsonl` output, an `{"id", "error"}` record in input order;
//! the exit status is 1. Nothing panics.

mod invariants;

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// What a case must give.
enum Expect {
    /// An error whose reason contains this.
    Error(&'static str),
    /// A document that satisfies the DOCUMENT invariants.
    Doc,
}

struct Case {
    file: &'static str,
    bytes: Vec<u8>,
    expect: Expect,
}

fn case(file: &'static str, bytes: impl Into<Vec<u8>>, expect: Expect) -> Case {
    Case {
        file,
        bytes: bytes.into(),
        expect,
    }
}

const BIG: usize = 20 * 1024 * 1024;

fn cases() -> Vec<Case> {
    use Expect::*;
    // "Саммит 3 декабря 2010 года" in cp1251.
    let cp1251 =
        b"\xd1\xe0\xec\xec\xe8\xf2 3 \xe4\xe5\xea\xe0\xe1\xf0\xff 2010 \xe3\xee\xe4\xe0".to_vec();
    let mut elf = b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00".to_vec();
    elf.extend((0..=255u8).cycle().take(4096));
    let mut big_line = "Саммит прошёл 3 декабря 2010 года. ".repeat(BIG / 60);
    big_line.retain(|c| c != '\n');
    let nested = format!(
        "{}Саммит прошёл 3 декабря 2010 года{}",
        "«„\"'“(".repeat(3000),
        "”'\"“»)".repeat(3000)
    );
    vec![
        case("good-1.txt", "Саммит ОБСЕ прошёл в Астане в 2010 году.", Doc),
        case("cp1251.txt", cp1251, Error("not UTF-8")),
        case("binary.txt", elf, Error("binary")),
        case("utf16.txt", b"\xff\xfe2\x000\x001\x000\x00".to_vec(), Error("UTF-16")),
        case("nul.md", "Саммит\0 2010 года", Error("binary")),
        case("empty.txt", "", Error("empty")),
        case("spaces.txt", " \n\t\r\n  \u{a0}\u{3000}\n", Error("empty")),
        case("bom-only.txt", "\u{feff}", Error("empty")),
        case("huge.txt", big_line, Error("too large")),
        case(
            "mixed-scripts.txt",
            "В 2010 году 東京 summit on March 3, 2011; العربية 2012 год ελληνικά 🎉 3 декабря 2024 года 🎉\u{200d}\u{202e}5 мая\u{202c} 2013 г\u{301}ода",
            Doc,
        ),
        case(
            "impossible-dates.txt",
            "Это случилось 31 февраля 2020 года, 30 февраля, 29 февраля 2019 года, в 0 году, \
             0 года, в 99999 году, 32.13.2020, 00.00.0000, 31.04.2021, 29.02.2100, 24:60, 25:00, \
             31 июня, 0 мая 2020 года, 32 мая, -5 мая, 5 тринадцатября.",
            Doc,
        ),
        case(
            "far-years.txt",
            "В 3000 году до н. э., в 1 году, в 9999 году, в 10000 году, в 2147483647 году, \
             в 99999999999999999999 году, в 1 веке до н.э., в XXX веке, в 2147483648-м году, \
             1 января 262143 года, в 1000000000000 году, в 9999999999999999999999999999 веке.",
            Doc,
        ),
        case(
            "huge-ranges.txt",
            "С 1 года по 9999 год, с 5000 года до н.э. по 3000 год, с 1900 по 1800 год, в \
             1990—2999 годах, через 99999999999 дней, 10000000000 лет назад, в течение \
             1000000000 лет, через 2147483647 месяцев, 9223372036854775807 секунд назад, \
             с 31 декабря 9999 года по 1 января 10000 года, спустя 18446744073709551616 недель. Война шла с 1900 по 1800 год. Переговоры шли с 2012 по 2010 год.",
            Doc,
        ),
        case("nested-quotes.txt", nested, Doc),
        case(
            "digits.txt",
            format!("{} года, {}.{}.{}", "9".repeat(5000), "1".repeat(300), "2".repeat(300), "3".repeat(300)),
            Doc,
        ),
        case("crlf.txt", "Саммит прошёл\r\n3 декабря 2010 года\rв Астане.\r\n", Doc),
        case("broken.tml", "<TimeML><TEXT>Саммит <EVENT>прошёл в 2010 году</TEXT></TimeML>", Error("not well-formed")),
        case("unclosed.tml", "<TimeML><TEXT>Саммит прошёл в 2010 году", Error("never closed")),
        case("no-text.tml", "<TimeML><DCT>2010</DCT></TimeML>", Error("no <TEXT>")),
        case("lt.tml", "<TimeML><TEXT>a < b в 2010 году</TEXT></TimeML>", Error("not well-formed")),
        case(
            "good.tml",
            "<TimeML><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2011-02-30\">x</TIMEX3></DCT><TEXT>Саммит прошёл 3 декабря 2010 года.</TEXT></TimeML>",
            Doc,
        ),
        case("good-2.md", "# Итоги\n\nВ 2011 году договор был подписан.", Doc),
    ]
}

fn scratch(name: &str) -> PathBuf {
    let d = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("bad")
        .join(name);
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

struct Out {
    code: i32,
    stdout: String,
    stderr: String,
}

/// The binary under test; `LETOPIS_BIN` points the tests at another build (to check that a
/// new test fails on the old code).
fn bin() -> String {
    std::env::var("LETOPIS_BIN").unwrap_or_else(|_| env!("CARGO_BIN_EXE_letopis").to_string())
}

fn run(args: &[&str], stdin: Option<&[u8]>) -> Out {
    use std::io::Write;
    let mut child = Command::new(bin())
        .args(args)
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    if let Some(b) = stdin {
        let _ = child.stdin.take().unwrap().write_all(b);
    }
    let o = child.wait_with_output().unwrap();
    let out = Out {
        code: o
            .status
            .code()
            .expect("killed by a signal (stack overflow?)"),
        stdout: String::from_utf8(o.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
    };
    assert!(
        out.code != 101 && !out.stderr.contains("panicked"),
        "letopis panicked: {}",
        out.stderr
    );
    out
}

fn write_cases(dir: &Path, cases: &[Case]) -> Vec<String> {
    cases
        .iter()
        .map(|c| {
            let p = dir.join(c.file);
            std::fs::write(&p, &c.bytes).unwrap();
            p.display().to_string()
        })
        .collect()
}

/// Every case in one run: output in input order, one line per input, errors named.
#[test]
fn file_table() {
    let cases = cases();
    let dir = scratch("files");
    let paths = write_cases(&dir, &cases);
    let mut args = vec!["-f", "jsonl", "--dct", "2020-01-01"];
    args.extend(paths.iter().map(String::as_str));
    let o = run(&args, None);
    assert_eq!(o.code, 1, "{}", o.stderr);
    let lines: Vec<Value> = o
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("each output line is JSON"))
        .collect();
    assert_eq!(lines.len(), cases.len(), "one output line per input");
    for ((c, p), line) in cases.iter().zip(&paths).zip(&lines) {
        assert_eq!(line["id"], p.as_str(), "output out of input order");
        match c.expect {
            Expect::Error(reason) => {
                let err = line["error"]
                    .as_str()
                    .unwrap_or_else(|| panic!("{}: expected an error, got {line}", c.file));
                assert!(err.contains(reason), "{}: {err:?} lacks {reason:?}", c.file);
                let msg = format!("{p}: {err}");
                assert!(
                    o.stderr.contains(&msg),
                    "stderr lacks {msg:?}:\n{}",
                    o.stderr
                );
            }
            Expect::Doc => {
                assert!(line.get("error").is_none(), "{}: {line}", c.file);
                let text = String::from_utf8(c.bytes.clone()).unwrap();
                let text = if c.file.ends_with(".tml") {
                    letopis::timeml::parse(&text).unwrap().text
                } else {
                    text.trim_start_matches('\u{feff}').to_string()
                };
                invariants::check_document(line, &text);
                assert!(
                    !o.stderr.contains(p.as_str()),
                    "{p} reported:\n{}",
                    o.stderr
                );
            }
        }
    }
}

/// The same inputs through every other available writer: no panic, exit 1, the good ones written.
#[test]
fn file_table_every_format() {
    let cases = cases();
    let dir = scratch("formats");
    let paths = write_cases(&dir, &cases);
    for f in [
        "text",
        "json",
        "timeml",
        "ics",
        "timeline",
        "timelinejs",
        "html",
    ] {
        let mut args = vec!["-f", f, "--dct", "2020-01-01"];
        args.extend(paths.iter().map(String::as_str));
        let o = run(&args, None);
        if o.code == 2 && o.stderr.contains("not available") {
            continue; // that writer has not landed yet
        }
        assert_eq!(o.code, 1, "-f {f}: {}", o.stderr);
        let errors = cases
            .iter()
            .filter(|c| matches!(c.expect, Expect::Error(_)))
            .count();
        // Notices (undated events a calendar cannot hold) are not errors.
        let notes = o.stderr.matches("letopis: note: ").count();
        assert_eq!(
            o.stderr.matches("letopis: ").count() - notes,
            errors,
            "-f {f}: {}",
            o.stderr
        );
        match f {
            "json" => {
                let v: Value = serde_json::from_str(&o.stdout).unwrap();
                assert_eq!(
                    v["documents"].as_array().unwrap().len(),
                    cases.len() - errors
                );
            }
            // Output validity: real readers, not ours.
            "timeml" => {
                let docs = o.stdout.matches("</TimeML>").count();
                assert_eq!(docs, cases.len() - errors);
                if have_expat() {
                    std::fs::write(dir.join("out.xml"), &o.stdout).unwrap();
                    assert_eq!(xml_count(&dir, "out.xml", "TimeML"), Ok(docs));
                }
            }
            "ics" => {
                let cal: icalendar::Calendar = o
                    .stdout
                    .parse()
                    .unwrap_or_else(|e| panic!("the icalendar parser refused it: {e}"));
                assert!(cal.events().count() > 0, "{}", o.stdout);
            }
            _ => assert!(!o.stdout.is_empty(), "-f {f}"),
        }
    }
}

/// A JSONL batch with bad lines: each named by file and line, each with an error record in
/// its place, and the lines around it still processed.
#[test]
fn jsonl_table() {
    let dir = scratch("jsonl");
    let big = format!(
        "{{\"id\":\"big\",\"text\":\"{}\"}}",
        "Саммит прошёл 3 декабря 2010 года. ".repeat(BIG / 60)
    );
    let lines: Vec<(Vec<u8>, Option<&str>)> = vec![
        (br#"{"id":"ok1","text":"2010 year"}"#.to_vec(), None),
        (b"{not json".to_vec(), Some("not JSON")),
        (br#"{"id":"no-text","title":"x"}"#.to_vec(), Some("\"text\" is missing")),
        (br#"{"id":"bad-dct","text":"x","dct":"yesterday"}"#.to_vec(), Some("\"dct\" is not a date")),
        (br#"{"id":"feb30","text":"x","dct":"2024-02-30"}"#.to_vec(), Some("\"dct\" is not a date")),
        (br#"{"id":"num-dct","text":"x","dct":20240101}"#.to_vec(), Some("\"dct\" is not a string")),
        (br#"{"id":"num-text","text":5}"#.to_vec(), Some("\"text\" is not a string")),
        (b"[1,2,3]".to_vec(), Some("not a JSON object")),
        (b"\"just a string\"".to_vec(), Some("not a JSON object")),
        (big.into_bytes(), Some("longer than the limit")),
        (b"{\"id\":\"cp\",\"text\":\"\xd1\xe0\xec\"}".to_vec(), Some("not UTF-8")),
        (b"   ".to_vec(), None), // blank: skipped, no record
        ("{\"id\":\"ok2\",\"text\":\"Саммит прошёл 3 декабря 2010 года в Астане.\",\"dct\":\"2010-12-04\"}".as_bytes().to_vec(), None),
        (br#"{"id":"nul","text":"a\u0000b 2010 \u0000"}"#.to_vec(), None),
        (br#"{"id":"empty-text","text":""}"#.to_vec(), Some("empty")),
        (br#"{"id":"ok3","text":"2011","lang":"xx"}"#.to_vec(), None),
    ];
    let mut batch = Vec::new();
    for (l, _) in &lines {
        batch.extend_from_slice(l);
        batch.push(b'\n');
    }
    // The last line has no newline.
    batch.extend_from_slice(br#"{"id":"last","text":"2012"}"#);
    let p = dir.join("batch.jsonl");
    std::fs::write(&p, &batch).unwrap();
    let name = p.display().to_string();

    for (args, stdin, src) in [
        (vec!["-f", "jsonl", name.as_str()], None, name.as_str()),
        (
            vec!["-f", "jsonl", "--input-format", "jsonl", "-"],
            Some(&batch[..]),
            "-",
        ),
    ] {
        let o = run(&args, stdin);
        assert_eq!(o.code, 1, "{}", o.stderr);
        let out: Vec<Value> = o
            .stdout
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        let expected: Vec<(usize, &Option<&str>)> = lines
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != 11)
            .map(|(i, (_, e))| (i + 1, e))
            .collect();
        assert_eq!(out.len(), expected.len() + 1, "{}", o.stdout);
        for ((n, e), rec) in expected.iter().zip(&out) {
            match e {
                Some(reason) => {
                    let err = rec["error"]
                        .as_str()
                        .unwrap_or_else(|| panic!("line {n}: expected an error, got {rec}"));
                    assert!(err.contains(reason), "line {n}: {err:?} lacks {reason:?}");
                    let at = format!("{src}:{n}: ");
                    assert!(
                        o.stderr.contains(&format!("{at}{err}")),
                        "stderr lacks line {n}:\n{}",
                        o.stderr
                    );
                    assert!(rec["id"].is_string(), "line {n}: no id");
                }
                None => assert!(rec.get("error").is_none(), "line {n}: {rec}"),
            }
        }
        // An error record keeps the line's own id when it has one, else names the line.
        assert_eq!(out[2]["id"], "no-text");
        assert_eq!(out[1]["id"], format!("{src}:2"));
        assert_eq!(out.last().unwrap()["id"], "last");
        let errors = o
            .stderr
            .lines()
            .filter(|l| l.starts_with("letopis: ") && !l.contains("warning:"))
            .count();
        assert_eq!(errors, expected.iter().filter(|e| e.1.is_some()).count());
    }
}

/// Standard input that is not text is named "-".
#[test]
fn bad_stdin_is_named() {
    for (bytes, reason) in [
        (&b"\xd1\xe0\xec"[..], "not UTF-8"),
        (&b""[..], "empty"),
        (&b"a\0b"[..], "binary"),
    ] {
        let o = run(&["-f", "jsonl"], Some(bytes));
        assert_eq!(o.code, 1);
        assert!(o.stderr.contains("letopis: -: "), "{}", o.stderr);
        assert!(o.stderr.contains(reason), "{}", o.stderr);
        let rec: Value = serde_json::from_str(o.stdout.trim()).unwrap();
        assert_eq!(rec["id"], "-");
    }
}

/// A missing input, given twice around a good one: each reported in its place.
#[test]
fn missing_inputs_mixed_with_good_ones() {
    let dir = scratch("missing");
    let good = dir.join("g.txt");
    std::fs::write(&good, "В 2010 году саммит прошёл в Астане.").unwrap();
    let g = good.display().to_string();
    let none = dir.join("none").display().to_string();
    let o = run(
        &["-f", "jsonl", "--dct", "2020-01-01", &none, &g, &none],
        None,
    );
    assert_eq!(o.code, 1);
    let ids: Vec<String> = o
        .stdout
        .lines()
        .map(|l| {
            serde_json::from_str::<Value>(l).unwrap()["id"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(ids, [none.clone(), g, none.clone()]);
    assert_eq!(
        o.stderr.matches(&format!("{none}: no such file")).count(),
        2
    );
}

/// Run through `sh` (for redirections a `Command` cannot express), with a deadline: a hang is
/// a failure, not a stuck test run.
fn sh(script: &str, dir: &Path) -> Out {
    let mut child = Command::new("sh")
        .arg("-c")
        .arg(script)
        .env("L", bin())
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let start = std::time::Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > std::time::Duration::from_secs(60) {
            let _ = child.kill();
            panic!("hung: {script}");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let o = child.wait_with_output().unwrap();
    Out {
        code: o.status.code().expect("killed by a signal"),
        stdout: String::from_utf8_lossy(&o.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
    }
}

/// A panic in date parsing (issue 19: `strip_zone` split "€€€€€€" inside a character) is a
/// usage error on the command line and that line's error in a batch; the rest goes on.
#[test]
fn non_ascii_dct_is_an_error_not_a_panic() {
    let dir = scratch("euro");
    std::fs::write(dir.join("a.txt"), "В 2010 году.").unwrap();
    let o = sh("$L --dct '€€€€€€' a.txt", &dir);
    assert_eq!(o.code, 2, "{}", o.stderr);
    assert!(o.stderr.contains("not a date"), "{}", o.stderr);
    let batch =
        "{\"id\":\"x\",\"text\":\"2010\",\"dct\":\"€€€€€€\"}\n{\"id\":\"y\",\"text\":\"2011\"}\n";
    let o = run(
        &["-f", "jsonl", "--input-format", "jsonl", "-"],
        Some(batch.as_bytes()),
    );
    assert_eq!(o.code, 1, "{}", o.stderr);
    let lines: Vec<Value> = o
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2, "{}", o.stdout);
    assert!(lines[0]["error"].as_str().unwrap().contains("dct"));
    assert_eq!(lines[1]["timexes"][0]["value"], "2011");
    std::fs::write(
        dir.join("b.tml"),
        "<TimeML><DCT><TIMEX3 tid=\"t0\" value=\"2010-01-01T00:00€€€€€€\"/></DCT><TEXT>В 2011 году.</TEXT></TimeML>",
    )
    .unwrap();
    let o = sh("$L -f jsonl b.tml a.txt", &dir);
    assert_eq!(o.code, 0, "{}", o.stderr);
    assert_eq!(o.stdout.lines().count(), 2, "{}", o.stdout);
}

/// The filesystem as a hostile user arranges it: a FIFO in a folder, `-o` naming an input
/// under another name, a closed standard error, two runs on one output, deep folders.
#[test]
fn filesystem_table() {
    let dir = scratch("fs");
    let good = "Саммит прошёл 3 декабря 2010 года в Астане.";
    std::fs::create_dir(dir.join("d")).unwrap();
    std::fs::write(dir.join("d/a.txt"), good).unwrap();
    std::fs::write(dir.join("d/B.TXT"), "В 2011 году договор был подписан.").unwrap();
    std::fs::write(dir.join("in.txt"), good).unwrap();
    std::fs::write(dir.join("old.jsonl"), "old\n").unwrap();
    std::fs::hard_link(dir.join("in.txt"), dir.join("link.txt")).unwrap();
    std::fs::create_dir(dir.join("bad")).unwrap();
    std::fs::write(dir.join("bad/a.txt"), b"\xff\xfe\x00").unwrap();
    std::fs::write(dir.join("bad/b.txt"), b"").unwrap();
    let deep: PathBuf = (0..70).fold(dir.join("deep"), |p, _| p.join("d"));
    std::fs::create_dir_all(&deep).unwrap();
    std::fs::write(deep.join("x.txt"), good).unwrap();
    let fifo = Command::new("mkfifo").arg(dir.join("d/x.txt")).status();
    assert!(fifo.is_ok_and(|s| s.success()), "mkfifo");
    let intact = |name: &str, what: &str| {
        assert_eq!(
            std::fs::read_to_string(dir.join(name)).unwrap(),
            what,
            "{name} changed"
        );
    };

    // The FIFO is not read; the files around it are, *.TXT included.
    let o = sh("$L -f jsonl --dct 2020-01-01 d", &dir);
    assert_eq!(o.code, 0, "{}", o.stderr);
    let ids: Vec<String> = o
        .stdout
        .lines()
        .map(|l| {
            serde_json::from_str::<Value>(l).unwrap()["id"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(ids, ["d/B.TXT", "d/a.txt"]);

    // -o naming standard input's file, or an input by a hard link: refused, input intact.
    for script in [
        "$L -o in.txt < in.txt",
        "$L -o link.txt in.txt",
        "$L -o in.txt - < link.txt",
    ] {
        let o = sh(script, &dir);
        assert_eq!(o.code, 2, "{script}: {}", o.stderr);
        assert!(o.stderr.contains("overwritten"), "{script}: {}", o.stderr);
        intact("in.txt", good);
    }

    // A run where every input fails leaves an older output as it was.
    let o = sh("$L -f jsonl -o old.jsonl missing.txt", &dir);
    assert_eq!(o.code, 1, "{}", o.stderr);
    intact("old.jsonl", "old\n");

    // Writing fails (a full disk): the machine's failure, not the arguments'.
    if Path::new("/dev/full").exists() {
        let o = sh("$L -f jsonl in.txt > /dev/full", &dir);
        assert_eq!(o.code, 3, "{}", o.stderr);
        assert!(o.stderr.contains("cannot write"), "{}", o.stderr);
    }

    // Errors on a closed standard error: no panic, the status still says it.
    let o = sh("$L -f jsonl bad 2>&-; echo \"status $?\"", &dir);
    assert!(o.stdout.ends_with("status 1\n"), "{}", o.stdout);

    // Folders too deep are an error, not a silent skip.
    let o = sh("$L -f jsonl deep", &dir);
    assert_eq!(o.code, 1, "{}", o.stderr);
    assert!(o.stderr.contains("nested deeper"), "{}", o.stderr);

    // Two runs writing one output: each writes it whole; the last to finish wins.
    let batch: String = (0..3000)
        .map(|i| {
            format!(
                "{{\"id\":\"{i}\",\"text\":\"Саммит прошёл {} декабря 2010 года.\"}}\n",
                i % 28 + 1
            )
        })
        .collect();
    std::fs::write(dir.join("batch.jsonl"), &batch).unwrap();
    let o = sh(
        "$L -f jsonl -o same.jsonl batch.jsonl & $L -f jsonl -o same.jsonl in.txt batch.jsonl & wait",
        &dir,
    );
    assert_eq!(o.code, 0, "{}", o.stderr);
    let same = std::fs::read_to_string(dir.join("same.jsonl")).unwrap();
    let n = same.lines().count();
    assert!(n == 3000 || n == 3001, "{n} lines");
    for l in same.lines() {
        serde_json::from_str::<Value>(l).expect("whole JSONL lines");
    }
    let leftovers = std::fs::read_dir(&dir)
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .contains("tmp")
        })
        .count();
    assert_eq!(leftovers, 0, "temporary files left behind");
}

/// File names that are not UTF-8 keep distinct ids; names with control characters are
/// escaped on the terminal.
#[cfg(unix)]
#[test]
fn odd_file_names() {
    use std::os::unix::ffi::OsStrExt;
    let dir = scratch("names");
    let d = dir.join("d");
    std::fs::create_dir(&d).unwrap();
    for raw in [&b"\xff.txt"[..], b"\xfe.txt"] {
        std::fs::write(d.join(std::ffi::OsStr::from_bytes(raw)), "В 2010 году.").unwrap();
    }
    std::fs::write(d.join("e\x1b[2J\nletopis: forged.txt"), "").unwrap();
    let o = sh("$L -f jsonl --dct 2020-01-01 d", &dir);
    assert_eq!(o.code, 1, "{}", o.stderr);
    let ids: Vec<String> = o
        .stdout
        .lines()
        .map(|l| {
            serde_json::from_str::<Value>(l).unwrap()["id"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(ids.len(), 3);
    assert_ne!(ids[1], ids[2], "two names, one id");
    assert!(!o.stderr.contains('\u{1b}'), "{:?}", o.stderr);
    assert_eq!(o.stderr.lines().count(), 1, "{:?}", o.stderr);
}

/// Ids and titles meet a terminal in `text` output and on standard error: escaped there.
#[test]
fn terminal_injection_is_escaped() {
    let batch = "{\"id\":\"a\\u001b[2J\\nforged 2030 summit [x]\",\"text\":\"Саммит ОБСЕ прошёл в Астане 3 декабря 2010 года.\",\"dct\":\"2010-12-04\"}\n{\"id\":\"b\\u001b]0;title\\u0007\",\"text\":5}\n";
    let o = run(
        &["-f", "text", "--input-format", "jsonl", "-"],
        Some(batch.as_bytes()),
    );
    assert_eq!(o.code, 1, "{}", o.stderr);
    for (what, s) in [("stdout", &o.stdout), ("stderr", &o.stderr)] {
        assert!(
            !s.contains('\u{1b}') && !s.contains('\u{7}'),
            "{what}: {s:?}"
        );
    }
    assert_eq!(o.stdout.lines().count(), 1, "{:?}", o.stdout);
    assert!(o.stdout.contains("\\x1b[2J\\nforged"), "{:?}", o.stdout);
}

/// Smaller ones: the size of a file too large, UTF-16 without a BOM and in a batch.
#[test]
fn encodings_and_sizes_are_named() {
    let dir = scratch("enc");
    std::fs::write(dir.join("big.txt"), "а".repeat(5 << 20)).unwrap();
    let utf16: Vec<u8> = "Саммит прошёл 3 декабря 2010 года."
        .encode_utf16()
        .flat_map(|u| u.to_le_bytes())
        .collect();
    std::fs::write(dir.join("le.txt"), &utf16).unwrap();
    let mut batch: Vec<u8> = vec![0xff, 0xfe];
    batch.extend(
        "{\"id\":\"a\",\"text\":\"2010\"}\n{\"id\":\"b\",\"text\":\"2011\"}\n"
            .encode_utf16()
            .flat_map(|u| u.to_le_bytes()),
    );
    std::fs::write(dir.join("b.jsonl"), &batch).unwrap();
    let o = sh("$L -f jsonl big.txt le.txt b.jsonl", &dir);
    assert_eq!(o.code, 1, "{}", o.stderr);
    assert!(
        o.stderr.contains(&format!("too large: {} bytes", 10 << 20)),
        "{}",
        o.stderr
    );
    assert!(o.stderr.contains("le.txt: UTF-16"), "{}", o.stderr);
    assert!(o.stderr.contains("b.jsonl: UTF-16"), "{}", o.stderr);
    assert_eq!(o.stderr.lines().count(), 3, "{}", o.stderr);
}

/// TimeML output is well-formed XML whatever the text holds: read by a real XML parser
/// (Python's expat), for control characters in the text and in the id.
#[test]
fn timeml_output_is_well_formed() {
    if !have_expat() {
        return; // no parser on this machine
    }
    let dir = scratch("xml");
    let batch = "{\"id\":\"a\\u001b\\f\",\"text\":\"Саммит\\f прошёл\\u0001 3 декабря 2010 года \\u001b[2J & <b> \\uffff.\",\"dct\":\"2010-12-04\"}\n";
    std::fs::write(dir.join("b.jsonl"), batch).unwrap();
    let o = sh("$L -f timeml b.jsonl > out.tml", &dir);
    assert_eq!(o.code, 0, "{}", o.stderr);
    let p = sh(
        "python3 -c 'import sys, xml.dom.minidom as m; d = m.parse(sys.argv[1]); print(len(d.getElementsByTagName(\"TIMEX3\")))' out.tml",
        &dir,
    );
    assert_eq!(p.code, 0, "not well-formed XML: {}", p.stderr);
    assert_eq!(p.stdout.trim(), "2", "{}", p.stdout);
}

/// Whether Python's expat is here to check XML with (a real parser, not ours).
fn have_expat() -> bool {
    Command::new("python3")
        .arg("-c")
        .arg("import xml.dom.minidom")
        .status()
        .is_ok_and(|s| s.success())
}

/// How many `tag` elements expat finds in `file`, or why it refused it.
fn xml_count(dir: &Path, file: &str, tag: &str) -> Result<usize, String> {
    let p = sh(
        &format!("python3 -c 'import sys, xml.dom.minidom as m; print(len(m.parse(sys.argv[1]).getElementsByTagName(\"{tag}\")))' {file}"),
        dir,
    );
    if p.code != 0 {
        return Err(p.stderr);
    }
    Ok(p.stdout.trim().parse().unwrap())
}

/// TimeML input read as XML is written (issue 19): a CDATA section holding '<', a `<TEXT>`
/// with attributes, a `<TEXT>` inside a comment, numeric references. The dates inside are
/// read, and the output keeps the input's own bytes around the new tags.
#[test]
fn timeml_input_is_read_as_xml() {
    let dir = scratch("tmlin");
    let head = "<?xml version=\"1.0\"?>\n<TimeML><!-- <TEXT>В 1999 году.</TEXT> --><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2010-12-04\"/></DCT><TEXT type=\"news\">";
    let src = format!("{head}Саммит прошёл 3&#160;декабря 2010&#x20;года. <![CDATA[Если a < b, то 5 мая 2011 года]]> &amp; всё.</TEXT></TimeML>\n");
    std::fs::write(dir.join("a.tml"), &src).unwrap();
    let o = sh("$L -f jsonl a.tml", &dir);
    assert_eq!(o.code, 0, "{}", o.stderr);
    let doc: Value = serde_json::from_str(o.stdout.trim()).unwrap();
    assert_eq!(doc["dct"]["value"], "2010-12-04", "{doc}");
    let timexes: Vec<(&str, &str)> = doc["timexes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| (t["text"].as_str().unwrap(), t["value"].as_str().unwrap()))
        .collect();
    assert_eq!(
        timexes,
        [
            ("3\u{a0}декабря 2010 года", "2010-12-03"),
            ("5 мая 2011 года", "2011-05-05")
        ]
    );
    let o = sh("$L -f timeml a.tml > out.tml", &dir);
    assert_eq!(o.code, 0, "{}", o.stderr);
    let out = std::fs::read_to_string(dir.join("out.tml")).unwrap();
    assert!(out.starts_with(head), "{out}");
    assert!(
        out.contains("<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2010-12-03\">3&#160;декабря 2010&#x20;года</TIMEX3>"),
        "{out}"
    );
    assert!(out.contains("Если a &lt; b"), "{out}");
    if have_expat() {
        assert_eq!(xml_count(&dir, "out.tml", "TIMEX3"), Ok(3));
    }
}

/// Several documents in `-f timeml` are one XML document, a `<TimeMLCollection>` of their
/// `<TimeML>` elements (docs/FORMATS.md); one document alone is written as it is.
#[test]
fn several_timeml_documents_are_one_xml_document() {
    let dir = scratch("tmlmany");
    std::fs::write(dir.join("a.txt"), "Саммит прошёл 3 декабря 2010 года.").unwrap();
    std::fs::write(
        dir.join("b.tml"),
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE TimeML SYSTEM \"TimeML.dtd\">\n<TimeML><DCT><TIMEX3 tid=\"t0\" value=\"2011-01-01\"/></DCT><TEXT>В 2011 году.</TEXT></TimeML>\n",
    )
    .unwrap();
    let batch = "{\"id\":\"c\",\"text\":\"В 2012 году.\"}\n{\"id\":\"d\",\"text\":5}\n{\"id\":\"e\",\"text\":\"В 2013 году.\"}\n";
    std::fs::write(dir.join("c.jsonl"), batch).unwrap();
    let o = sh(
        "$L -f timeml --dct 2020-01-01 a.txt b.tml c.jsonl > many.xml",
        &dir,
    );
    assert_eq!(o.code, 1, "{}", o.stderr);
    let many = std::fs::read_to_string(dir.join("many.xml")).unwrap();
    assert!(many.starts_with("<?xml version=\"1.0\" ?>\n<TimeMLCollection>\n"));
    assert_eq!(many.matches("<?xml").count(), 1, "{many}");
    assert_eq!(many.matches("<TimeML>").count(), 4, "{many}");
    let o = sh("$L -f timeml --dct 2020-01-01 a.txt > one.xml", &dir);
    assert_eq!(o.code, 0, "{}", o.stderr);
    let one = std::fs::read_to_string(dir.join("one.xml")).unwrap();
    assert!(
        one.starts_with("<?xml version=\"1.0\" ?>\n<TimeML>\n"),
        "{one}"
    );
    if have_expat() {
        assert_eq!(xml_count(&dir, "many.xml", "TimeML"), Ok(4));
        assert_eq!(xml_count(&dir, "one.xml", "TimeML"), Ok(1));
    }
}

/// Years before the era and past 9999 (issue 19): RFC 5545 dates have four-digit years, so
/// the calendar leaves them out and says so; TimelineJS counts BC years as negative with no
/// year 0 (480 BC is -480, shown "480 BCE"); the summary lists them first, in order.
#[test]
fn years_before_the_era_and_far_ahead() {
    let text = "В 2010 году в городе прошёл саммит. В 300 году до н. э. греки основали город. В V веке до нашей эры афиняне построили храм.";
    let o = run(&["--dct", "2020-01-01", "-"], Some(text.as_bytes()));
    assert_eq!(o.code, 0, "{}", o.stderr);
    let firsts: Vec<&str> = o
        .stdout
        .lines()
        .map(|l| l.split("  ").next().unwrap().trim())
        .collect();
    assert_eq!(
        firsts,
        ["V век до н. э.", "300 до н. э.", "2010"],
        "{}",
        o.stdout
    );

    let o = run(
        &["-f", "ics", "--dct", "2020-01-01", "-"],
        Some(text.as_bytes()),
    );
    assert_eq!(o.code, 0, "{}", o.stderr);
    assert_eq!(o.stdout.matches("BEGIN:VEVENT").count(), 1, "{}", o.stdout);
    assert!(
        o.stderr
            .contains("2 events are before the year 1 or after 9999 not in the calendar"),
        "{}",
        o.stderr
    );
    let later = "В следующем году саммит пройдёт в Астане.";
    let o = run(
        &["-f", "ics", "--dct", "9999-06-01", "-"],
        Some(later.as_bytes()),
    );
    assert_eq!(o.stdout.matches("BEGIN:VEVENT").count(), 0, "{}", o.stdout);
    assert!(
        o.stderr
            .contains("1 event is before the year 1 or after 9999"),
        "{}",
        o.stderr
    );

    let o = run(
        &["-f", "timelinejs", "--dct", "2020-01-01", "-"],
        Some(text.as_bytes()),
    );
    let tl: Value = serde_json::from_str(&o.stdout).unwrap();
    let years: Vec<i64> = tl["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["start_date"]["year"].as_i64().unwrap())
        .collect();
    // The 5th century BC starts in its first year BC; 300 BC is -300.
    assert_eq!(years.len(), 3, "{}", o.stdout);
    assert!(years[0] <= -400 && years[0] >= -500, "{years:?}");
    assert_eq!(years[1..], [-300, 2010]);
}

/// Peak RSS in KiB and output size in bytes of `letopis ARGS FILE`, its output in a file.
/// The child is reaped with `wait4`, which reports its own peak RSS (not the test's).
#[cfg(target_os = "linux")]
fn peak(dir: &Path, args: &[&str], file: &Path) -> (u64, u64) {
    let out = dir.join("out");
    let child = Command::new(bin())
        .args(args)
        .arg(file)
        .stdin(Stdio::null())
        .stdout(std::fs::File::create(&out).unwrap())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let pid = child.id() as libc::pid_t;
    let start = std::time::Instant::now();
    let mut status = 0;
    // SAFETY: a zeroed rusage is a valid value for wait4 to fill.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    loop {
        // SAFETY: reaps our own child, which `child` is never asked to wait for.
        let r = unsafe { libc::wait4(pid, &mut status, libc::WNOHANG, &mut usage) };
        if r == pid {
            break;
        }
        assert_eq!(r, 0, "wait4 failed");
        if start.elapsed() > std::time::Duration::from_secs(120) {
            // SAFETY: signals our own child.
            unsafe { libc::kill(pid, libc::SIGKILL) };
            panic!("hung: {args:?} {}", file.display());
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    drop(child);
    assert!(
        libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
        "{args:?} {}: status {status:#x}",
        file.display()
    );
    (
        usage.ru_maxrss as u64,
        std::fs::metadata(&out).unwrap().len(),
    )
}

/// Size and time (issue 19, defects 2 and 3): list-style texts with no full stop
/// ("DD.MM.YYYY заседание №N;") and digit soup, 64 KB to 4 MB. Peak memory and output grow
/// linearly with the input: each fourfold step at most 6x (a quadratic step is 16x). Times
/// are not asserted (a loaded machine), only that each run ends within two minutes.
#[cfg(target_os = "linux")]
#[test]
fn size_table() {
    let dir = scratch("size");
    let list = |n: usize| {
        let mut s = String::with_capacity(n + 64);
        let mut i = 0;
        while s.len() < n {
            s.push_str(&format!(
                "{:02}.{:02}.{} заседание №{i}; ",
                i % 28 + 1,
                i % 12 + 1,
                1990 + i % 30
            ));
            i += 1;
        }
        s
    };
    let soup = |n: usize| {
        let mut x: u64 = 0x9e3779b97f4a7c15;
        (0..n)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                b"0123456789."[(x % 11) as usize] as char
            })
            .collect::<String>()
    };
    let sizes = [64 << 10, 256 << 10, 1 << 20, 4 << 20];
    type Make<'a> = &'a dyn Fn(usize) -> String;
    for (kind, make, format) in [
        ("list", &list as Make, "jsonl"),
        ("soup", &soup as Make, "jsonl"),
        ("soup", &soup as Make, "text"),
    ] {
        let mut rows = Vec::new();
        for n in sizes {
            let p = dir.join(format!("{kind}-{n}.txt"));
            std::fs::write(&p, make(n)).unwrap();
            let (rss, out) = peak(&dir, &["-f", format, "--dct", "2020-01-01"], &p);
            rows.push((n, rss, out));
        }
        for w in rows.windows(2) {
            let ((n0, rss0, out0), (n1, rss1, out1)) = (w[0], w[1]);
            let what = format!("{kind} -f {format}, {n0} -> {n1} bytes: {rows:?}");
            assert!(rss1 <= 6 * rss0, "peak RSS not linear: {what}");
            assert!(out1 <= 6 * out0.max(1 << 10), "output not linear: {what}");
        }
        let (_, rss, _) = rows[rows.len() - 1];
        assert!(rss < 1 << 20, "over 1 GB: {kind} {rows:?}");
    }
}

/// `SOURCE_DATE_EPOCH` that makes no calendar time is said, not ignored or clamped: a usage
/// error (exit 2) naming it. A good one sets DTSTAMP.
#[test]
fn source_date_epoch_out_of_range() {
    let dir = scratch("sde");
    std::fs::write(dir.join("a.txt"), "Саммит прошёл 3 декабря 2010 года.").unwrap();
    let run_env = |v: &str| {
        let o = Command::new(bin())
            .args(["-f", "ics", "--dct", "2020-01-01", "a.txt"])
            .current_dir(&dir)
            .env("SOURCE_DATE_EPOCH", v)
            .stdin(Stdio::null())
            .output()
            .unwrap();
        (
            o.status.code(),
            String::from_utf8_lossy(&o.stdout).into_owned(),
            String::from_utf8_lossy(&o.stderr).into_owned(),
        )
    };
    for bad in ["99999999999999", "-99999999999", "12abc", "1e9"] {
        let (code, out, err) = run_env(bad);
        assert_eq!(code, Some(2), "{bad}: {err}");
        assert!(err.contains("SOURCE_DATE_EPOCH"), "{bad}: {err}");
        assert!(out.is_empty(), "{bad}: {out}");
    }
    let (code, out, err) = run_env("1700000000");
    assert_eq!(code, Some(0), "{err}");
    assert!(out.contains("DTSTAMP:20231114T221320Z"), "{out}");
}

/// A streamed batch shows each document as it is done when the output is a pipe: the first
/// line arrives while the input is still open (block buffering held it to the end).
#[test]
fn a_pipe_gets_each_document_as_it_comes() {
    use std::io::{BufRead, BufReader, Write};
    let mut child = Command::new(bin())
        .args(["-f", "jsonl", "--input-format", "jsonl", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            if tx.send(line.unwrap()).is_err() {
                break;
            }
        }
    });
    stdin
        .write_all("{\"id\":\"a\",\"text\":\"Саммит прошёл 3 декабря 2010 года.\"}\n".as_bytes())
        .unwrap();
    stdin.flush().unwrap();
    let first = rx.recv_timeout(std::time::Duration::from_secs(60));
    drop(stdin);
    let _ = child.wait();
    let first = first.expect("no output while the input was open");
    assert!(first.contains("\"id\":\"a\""), "{first}");
}
