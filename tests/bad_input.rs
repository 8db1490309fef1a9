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

fn run(args: &[&str], stdin: Option<&[u8]>) -> Out {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_letopis"))
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
            "timeml" => {
                let docs = o.stdout.matches("</TimeML>").count();
                assert_eq!(docs, cases.len() - errors);
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
