//! The `letopis` command as a user runs it (SPEC.md "Command line"): formats, --dct, stdin,
//! directories, JSONL batches, exit statuses, -o.

mod invariants;

use serde_json::Value;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

const SEED: &str = "samples/osce-2024-12-06.ru.txt";

struct Out {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run(args: &[&str], stdin: Option<&[u8]>) -> Out {
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
        .expect("run letopis");
    if let Some(bytes) = stdin {
        let mut i = child.stdin.take().unwrap();
        // The process may stop reading early (an error); that is not ours to fail on.
        let _ = i.write_all(bytes);
    }
    let o = child.wait_with_output().unwrap();
    let out = Out {
        code: o.status.code().expect("letopis was killed by a signal"),
        stdout: String::from_utf8(o.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
    };
    assert_ne!(out.code, 101, "letopis panicked: {}", out.stderr);
    assert!(!out.stderr.contains("panicked"), "{}", out.stderr);
    out
}

/// A fresh directory under cargo's per-test scratch space.
fn scratch(name: &str) -> PathBuf {
    let d = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("cli")
        .join(name);
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn jsonl(s: &str) -> Vec<Value> {
    s.lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
        .collect()
}

fn seed_text() -> String {
    std::fs::read_to_string(SEED).unwrap()
}

#[test]
fn json_is_one_valid_object() {
    let o = run(&["-f", "json", "--dct", "2024-12-06", SEED], None);
    assert_eq!(o.code, 0, "{}", o.stderr);
    let v: Value = serde_json::from_str(&o.stdout).expect("json output parses");
    assert_eq!(v["letopis"], env!("CARGO_PKG_VERSION"));
    let docs = v["documents"].as_array().unwrap();
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0]["id"], SEED);
    assert!(!docs[0]["timexes"].as_array().unwrap().is_empty());
    invariants::check_document(&docs[0], &seed_text());
}

#[test]
fn json_with_no_documents_is_still_valid() {
    let d = scratch("json_empty");
    let o = run(&["-f", "json", d.to_str().unwrap()], None);
    assert_eq!(o.code, 0, "{}", o.stderr);
    let v: Value = serde_json::from_str(&o.stdout).expect("json output parses");
    assert_eq!(v["documents"].as_array().unwrap().len(), 0);
}

#[test]
fn jsonl_is_one_document_per_line() {
    let o = run(&["-f", "jsonl", "--dct", "2024-12-06", SEED, SEED], None);
    assert_eq!(o.code, 0, "{}", o.stderr);
    let docs = jsonl(&o.stdout);
    assert_eq!(docs.len(), 2);
    for d in &docs {
        invariants::check_document(d, &seed_text());
    }
    assert_eq!(docs[0], docs[1]);
}

#[test]
fn text_is_one_line_per_event() {
    let o = run(&["--dct", "2024-12-06", SEED], None);
    assert_eq!(o.code, 0, "{}", o.stderr);
    // One line per event of the merged timeline (a fact dated twice is one line).
    let j = run(&["-f", "timeline", "--dct", "2024-12-06", SEED], None);
    let t: Value = serde_json::from_str(&j.stdout).unwrap();
    let events = t["events"].as_array().unwrap().len();
    assert!(events > 0);
    assert_eq!(o.stdout.lines().count(), events);
    for line in o.stdout.lines() {
        assert!(line.ends_with(&format!("[{SEED}]")), "no source: {line}");
    }
}

/// The TIMEX3 tags strip back to the (escaped) input, and the document reads back as TimeML.
#[test]
fn timeml_is_well_formed_and_keeps_the_text() {
    let o = run(&["-f", "timeml", "--dct", "2024-12-06", SEED], None);
    assert_eq!(o.code, 0, "{}", o.stderr);
    let tml = letopis::timeml::parse(&o.stdout).expect("timeml output reads back");
    // Escaped in the file, decoded by the reader.
    assert_eq!(tml.text, seed_text());
    assert_eq!(
        tml.dct.map(|d| d.date().to_string()),
        Some("2024-12-06".into())
    );
    assert!(o.stdout.contains("<TIMEX3 tid=\"t1\""));
}

/// A `.tml` input keeps everything outside `<TEXT>` and its own DCT.
#[test]
fn timeml_input_round_trips() {
    let d = scratch("tml");
    let src = "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>x</DOCID>\n<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2019-04-17\" functionInDocument=\"CREATION_TIME\">2019-04-17</TIMEX3></DCT>\n<TEXT>Саммит прошёл 3 декабря 2018 года &amp; завершился.</TEXT>\n<EXTRA/>\n</TimeML>\n";
    let p = d.join("a.tml");
    std::fs::write(&p, src).unwrap();
    let o = run(&["-f", "timeml", p.to_str().unwrap()], None);
    assert_eq!(o.code, 0, "{}", o.stderr);
    let head = &src[..src.find("<TEXT>").unwrap() + 6];
    let tail = &src[src.find("</TEXT>").unwrap()..];
    assert!(o.stdout.starts_with(head), "{}", o.stdout);
    assert!(o.stdout.ends_with(tail), "{}", o.stdout);
    let back = letopis::timeml::parse(&o.stdout).unwrap();
    assert_eq!(back.text, "Саммит прошёл 3 декабря 2018 года & завершился.");
    assert!(
        o.stdout.contains("года</TIMEX3> &amp; завершился."),
        "{}",
        o.stdout
    );
    let j = run(&["-f", "jsonl", p.to_str().unwrap()], None);
    assert_eq!(jsonl(&j.stdout)[0]["dct"]["origin"], "metadata");
}

#[test]
fn dct_flag_sets_the_document_date() {
    let text = "Вчера министр заявил, что саммит пройдёт в следующем году.";
    let o = run(
        &["-f", "jsonl", "--dct", "2024-12-06T02:37", "-"],
        Some(text.as_bytes()),
    );
    assert_eq!(o.code, 0, "{}", o.stderr);
    let d = &jsonl(&o.stdout)[0];
    assert_eq!(d["dct"]["value"], "2024-12-06T02:37");
    assert_eq!(d["dct"]["origin"], "flag");
    invariants::check_document(d, text);
    // Resolved against the flag, not today.
    let values: Vec<&str> = d["timexes"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|t| t["value"].as_str())
        .collect();
    assert!(values.contains(&"2024-12-05"), "{values:?}");
    assert!(values.contains(&"2025"), "{values:?}");
    // The flag beats a batch field.
    let line = r#"{"id":"a","text":"Вчера было тепло.","dct":"2001-01-01"}"#;
    let o = run(
        &[
            "-f",
            "jsonl",
            "--input-format",
            "jsonl",
            "--dct",
            "2020-05-05",
        ],
        Some(line.as_bytes()),
    );
    assert_eq!(jsonl(&o.stdout)[0]["dct"]["value"], "2020-05-05");
}

#[test]
fn bad_dct_flag_is_a_usage_error() {
    for bad in ["2024-13-01", "yesterday", "06.12.2024", ""] {
        let o = run(&["--dct", bad, SEED], None);
        assert_eq!(o.code, 2, "--dct {bad:?}: {}", o.stderr);
        assert!(o.stderr.contains("date"), "{}", o.stderr);
        assert!(o.stdout.is_empty());
    }
}

#[test]
fn stdin_is_the_default_input() {
    let text = "Министр сообщил журналистам, что саммит прошёл в 2018 году в Астане.";
    for args in [&["-f", "jsonl"][..], &["-f", "jsonl", "-"][..]] {
        let o = run(args, Some(text.as_bytes()));
        assert_eq!(o.code, 0, "{}", o.stderr);
        let d = &jsonl(&o.stdout)[0];
        assert_eq!(d["id"], "-");
        invariants::check_document(d, text);
        assert_eq!(d["timexes"][0]["value"], "2018");
        // No date anywhere: today is used, and the user is told.
        assert_eq!(d["dct"]["origin"], "today");
        assert!(o.stderr.contains("warning"), "{}", o.stderr);
    }
}

#[test]
fn stdin_as_jsonl_and_timeml() {
    let o = run(
        &["-f", "jsonl", "--input-format", "jsonl"],
        Some(
            "{\"id\":\"x\",\"text\":\"5 мая 2010 года\"}\n{\"id\":\"y\",\"text\":\"2011 год\"}\n"
                .as_bytes(),
        ),
    );
    assert_eq!(o.code, 0, "{}", o.stderr);
    let ids: Vec<Value> = jsonl(&o.stdout).iter().map(|d| d["id"].clone()).collect();
    assert_eq!(ids, ["x", "y"]);
    let o = run(
        &["-f", "jsonl", "--input-format", "timeml"],
        Some(b"<TimeML><TEXT>5 \xd0\xbc\xd0\xb0\xd1\x8f 2010</TEXT></TimeML>"),
    );
    assert_eq!(o.code, 0, "{}", o.stderr);
    assert_eq!(jsonl(&o.stdout)[0]["id"], "-");
}

#[test]
fn directories_are_read_recursively_and_sorted() {
    let d = scratch("dirs");
    std::fs::create_dir_all(d.join("b/inner")).unwrap();
    std::fs::create_dir_all(d.join("a")).unwrap();
    let files = [
        "b/inner/z.txt",
        "b/a.md",
        "a/k.txt",
        "c.txt",
        "a/0.tml",
        "skip.bin",
        "b/skip.json",
    ];
    for f in files {
        let content = if f.ends_with(".tml") {
            "<TimeML><TEXT>2010 год</TEXT></TimeML>".to_string()
        } else {
            format!("{f}: саммит прошёл в 2010 году.")
        };
        std::fs::write(d.join(f), content).unwrap();
    }
    std::fs::write(
        d.join("a/batch.jsonl"),
        "{\"id\":\"j1\",\"text\":\"2010 год\"}\n{\"id\":\"j2\",\"text\":\"2011 год\"}\n",
    )
    .unwrap();
    let o = run(
        &["-f", "jsonl", "--dct", "2020-01-01", d.to_str().unwrap()],
        None,
    );
    assert_eq!(o.code, 0, "{}", o.stderr);
    let ids: Vec<String> = jsonl(&o.stdout)
        .iter()
        .map(|v| v["id"].as_str().unwrap().to_string())
        .collect();
    let p = |f: &str| d.join(f).display().to_string();
    assert_eq!(
        ids,
        [
            p("a/0.tml"),
            "j1".into(),
            "j2".into(),
            p("a/k.txt"),
            p("b/a.md"),
            p("b/inner/z.txt"),
            p("c.txt"),
        ]
    );
}

#[test]
fn jsonl_batch_fields_and_meta() {
    let line = r#"{"id":"n1","text":"Саммит прошёл 3 декабря т.г. в Эр-Рияде.","dct":"2024-12-06","lang":"ru","title":"Заголовок","url":"https://example.org/1","source":"tass","tags":["a",1],"n":null}"#;
    let o = run(
        &["-f", "jsonl", "--input-format", "jsonl"],
        Some(format!("{line}\n").as_bytes()),
    );
    assert_eq!(o.code, 0, "{}", o.stderr);
    let d = &jsonl(&o.stdout)[0];
    assert_eq!(d["id"], "n1");
    assert_eq!(d["lang"], "ru");
    assert_eq!(d["dct"]["value"], "2024-12-06");
    assert_eq!(d["dct"]["origin"], "metadata");
    assert_eq!(d["title"], "Заголовок");
    assert_eq!(d["url"], "https://example.org/1");
    assert_eq!(
        d["meta"],
        serde_json::json!({"source": "tass", "tags": ["a", 1], "n": null})
    );
    invariants::check_document(d, "Саммит прошёл 3 декабря т.г. в Эр-Рияде.");
    // A numeric id is kept as its digits.
    let o = run(
        &["-f", "jsonl", "--input-format", "jsonl"],
        Some(r#"{"id":42,"text":"2010 год"}"#.as_bytes()),
    );
    assert_eq!(jsonl(&o.stdout)[0]["id"], "42");
}

#[test]
fn unknown_format_is_a_usage_error() {
    for (flag, value) in [("-f", "yaml"), ("--input-format", "xml"), ("-l", "fr")] {
        let o = run(&[flag, value, SEED], None);
        assert_eq!(o.code, 2, "{flag} {value}");
        assert!(o.stderr.contains(value), "{}", o.stderr);
        assert!(o.stdout.is_empty());
    }
    let o = run(&["-f", "yaml", SEED], None);
    assert!(o.stderr.contains("unknown format"), "{}", o.stderr);
}

/// Every format SPEC lists either works or says clearly that it is not there yet (exit 2,
/// nothing on stdout) — never a half-written output.
#[test]
fn every_spec_format_works_or_is_a_clear_usage_error() {
    let mut working = 0;
    for f in [
        "text",
        "json",
        "jsonl",
        "timeline",
        "timelinejs",
        "ics",
        "timeml",
        "html",
    ] {
        let o = run(&["-f", f, "--dct", "2024-12-06", SEED], None);
        match o.code {
            0 => {
                assert!(!o.stdout.is_empty(), "-f {f}: empty output");
                working += 1;
                if matches!(f, "timeline" | "timelinejs") {
                    serde_json::from_str::<Value>(&o.stdout)
                        .unwrap_or_else(|e| panic!("-f {f}: not JSON: {e}"));
                }
                if f == "ics" {
                    assert!(o.stdout.starts_with("BEGIN:VCALENDAR\r\n"), "{}", o.stdout);
                    assert!(o.stdout.ends_with("END:VCALENDAR\r\n"));
                }
            }
            2 => {
                assert!(o.stdout.is_empty(), "-f {f}: output on a usage error");
                assert!(o.stderr.contains(f), "-f {f}: {}", o.stderr);
                assert!(o.stderr.contains("not available"), "{}", o.stderr);
            }
            c => panic!("-f {f}: exit {c}: {}", o.stderr),
        }
    }
    assert!(working >= 4);
}

#[test]
fn one_failed_input_exits_1_and_the_others_are_written() {
    let d = scratch("partial");
    let good = d.join("good.txt");
    std::fs::write(&good, "Саммит прошёл в 2010 году.").unwrap();
    let missing = d.join("missing.txt");
    for f in ["jsonl", "json", "text"] {
        let o = run(
            &[
                "-f",
                f,
                "--dct",
                "2020-01-01",
                missing.to_str().unwrap(),
                good.to_str().unwrap(),
            ],
            None,
        );
        assert_eq!(o.code, 1, "-f {f}: {}", o.stderr);
        assert!(
            o.stderr.contains(&*missing.to_string_lossy()) && o.stderr.contains("no such file"),
            "{}",
            o.stderr
        );
        assert!(!o.stderr.contains(&*good.to_string_lossy()), "{}", o.stderr);
        match f {
            "jsonl" => {
                let lines = jsonl(&o.stdout);
                assert_eq!(lines.len(), 2);
                assert_eq!(lines[0]["id"], missing.to_str().unwrap());
                assert!(lines[0]["error"].is_string());
                assert_eq!(lines[1]["id"], good.to_str().unwrap());
                assert!(lines[1].get("error").is_none());
            }
            "json" => {
                let v: Value = serde_json::from_str(&o.stdout).unwrap();
                assert_eq!(v["documents"].as_array().unwrap().len(), 1);
            }
            _ => assert!(o.stdout.contains("2010"), "{}", o.stdout),
        }
    }
}

#[test]
fn output_file() {
    let d = scratch("output");
    let out = d.join("out.jsonl");
    let o = run(
        &[
            "-f",
            "jsonl",
            "--dct",
            "2024-12-06",
            "-o",
            out.to_str().unwrap(),
            SEED,
        ],
        None,
    );
    assert_eq!(o.code, 0, "{}", o.stderr);
    assert!(o.stdout.is_empty());
    let written = std::fs::read_to_string(&out).unwrap();
    let same = run(&["-f", "jsonl", "--dct", "2024-12-06", SEED], None);
    assert_eq!(written, same.stdout);
    // An unwritable path is a clear usage error naming it.
    let bad = d.join("no/such/dir/out.json");
    let o = run(&["-o", bad.to_str().unwrap(), SEED], None);
    assert_eq!(o.code, 2);
    assert!(o.stderr.contains(bad.to_str().unwrap()), "{}", o.stderr);
}

#[test]
fn help_and_version() {
    let o = run(&["--help"], None);
    assert_eq!(o.code, 0);
    for flag in [
        "--format",
        "--output",
        "--input-format",
        "--lang",
        "--dct",
        "--jobs",
        "--coarse",
    ] {
        assert!(o.stdout.contains(flag), "--help does not list {flag}");
    }
    let o = run(&["--version"], None);
    assert_eq!(o.code, 0);
    assert!(o.stdout.contains(env!("CARGO_PKG_VERSION")));
}

/// Same input, same bytes: across runs and whatever `-j` says (SPEC: "output order and bytes
/// never depend on it"). The batch is larger than one work chunk, with errors mixed in.
#[test]
fn output_is_deterministic_across_runs_and_jobs() {
    let mut texts = Vec::new();
    for e in std::fs::read_dir("samples").unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "txt") {
            texts.push(std::fs::read_to_string(p).unwrap());
        }
    }
    texts.sort();
    let mut batch = String::new();
    for i in 0..300 {
        if i % 37 == 5 {
            batch.push_str("{not json\n");
            continue;
        }
        let t = &texts[i % texts.len()];
        let dct = if i % 2 == 0 {
            "2020-03-30"
        } else {
            "2019-07-22"
        };
        batch.push_str(
            &serde_json::json!({"id": format!("d{i}"), "text": t, "dct": dct}).to_string(),
        );
        batch.push('\n');
    }
    let d = scratch("determinism");
    let p = d.join("batch.jsonl");
    std::fs::write(&p, &batch).unwrap();
    for f in ["jsonl", "json", "text", "timeml"] {
        let one = run(&["-f", f, "-j", "1", p.to_str().unwrap()], None);
        assert_eq!(one.code, 1, "the bad lines fail: {}", one.stderr);
        let four = run(&["-f", f, "-j", "4", p.to_str().unwrap()], None);
        let again = run(&["-f", f, "-j", "4", p.to_str().unwrap()], None);
        assert!(!one.stdout.is_empty());
        assert!(one.stdout == four.stdout, "-f {f}: -j 1 and -j 4 differ");
        assert!(four.stdout == again.stdout, "-f {f}: two runs differ");
        assert_eq!(one.stderr, four.stderr);
    }
}

/// Regression: a symlink back up the tree made every file be read once per level (until the
/// OS gave up resolving the path).
#[cfg(unix)]
#[test]
fn directory_symlink_loops_are_read_once() {
    let d = scratch("symlinks");
    std::fs::create_dir_all(d.join("a/b")).unwrap();
    std::fs::write(d.join("a/b/x.txt"), "В 2010 году саммит прошёл.").unwrap();
    std::os::unix::fs::symlink("..", d.join("a/b/up")).unwrap();
    std::os::unix::fs::symlink(d.join("a"), d.join("a/b/loop")).unwrap();
    let o = run(
        &["-f", "jsonl", "--dct", "2020-01-01", d.to_str().unwrap()],
        None,
    );
    assert_eq!(o.code, 0, "{}", o.stderr);
    assert_eq!(o.stdout.lines().count(), 1, "{}", o.stdout);
}

/// Regression: `-o` naming an input truncated it before it was read; `-o` into a directory
/// input would have read the output as an input.
#[test]
fn output_never_clobbers_an_input() {
    let d = scratch("clobber");
    let a = d.join("a.txt");
    std::fs::write(&a, "В 2010 году саммит прошёл.").unwrap();
    let a_s = a.to_str().unwrap();
    let o = run(&["-o", a_s, a_s], None);
    assert_eq!(o.code, 2, "{}", o.stderr);
    assert!(o.stderr.contains("also an input"), "{}", o.stderr);
    assert_eq!(
        std::fs::read_to_string(&a).unwrap(),
        "В 2010 году саммит прошёл."
    );
    // The same file by another path.
    let other = format!("{}/../clobber/./a.txt", d.display());
    assert_eq!(run(&["-o", &other, a_s], None).code, 2);
    let o = run(
        &[
            "-f",
            "jsonl",
            "-o",
            d.join("out.jsonl").to_str().unwrap(),
            d.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(o.code, 2, "{}", o.stderr);
    assert!(o.stderr.contains("input directory"), "{}", o.stderr);
    assert!(!d.join("out.jsonl").exists());
    // A file the directory walk does not read is fine.
    let o = run(
        &[
            "-f",
            "json",
            "--dct",
            "2020-01-01",
            "-o",
            d.join("out.json").to_str().unwrap(),
            d.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(o.code, 0, "{}", o.stderr);
    assert!(std::fs::read_to_string(d.join("out.json"))
        .unwrap()
        .contains("a.txt"));
}

/// Regression: `-j 100000` hung starting threads. It is capped, and the output is the same.
#[test]
fn huge_jobs_is_capped() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_letopis"))
        .args(["-f", "jsonl", "--dct", "2024-12-06", "-j", "100000", SEED])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let start = std::time::Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > std::time::Duration::from_secs(120) {
            let _ = child.kill();
            panic!("-j 100000 did not finish");
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let o = child.wait_with_output().unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let one = run(
        &["-f", "jsonl", "--dct", "2024-12-06", "-j", "1", SEED],
        None,
    );
    assert_eq!(String::from_utf8(o.stdout).unwrap(), one.stdout);
}

/// A wire-service dateline ("CITY, Month Day (Agency) --") dates the article; a date after
/// a lower-case phrase and a comma does not.
#[test]
fn agency_dateline_is_the_document_date() {
    let text = "Talks end\n\nWASHINGTON, August 11 (Xinhua) -- Officials said in 1998 that talks ended on Monday.\n";
    let out = run(&["-f", "jsonl", "--lang", "en", "-"], Some(text.as_bytes()));
    let doc = &jsonl(&out.stdout)[0];
    assert_eq!(doc["dct"]["value"], "1998-08-11", "{}", out.stdout);
    assert_eq!(doc["dct"]["origin"], "dateline");
    assert_eq!(doc["dct"]["year_inferred"], true);
    // The year is a guess: a warning names the next best.
    assert!(
        out.stderr
            .contains("the dateline has no year; took 1998-08-11 (next best"),
        "{}",
        out.stderr
    );
    let plain = "The report, August 11 -- read it in 1998.\n";
    let out = run(
        &["-f", "jsonl", "--lang", "en", "-"],
        Some(plain.as_bytes()),
    );
    assert_ne!(
        jsonl(&out.stdout)[0]["dct"]["origin"],
        "text",
        "{}",
        out.stdout
    );
}

/// A dateline without a year: past years far behind a planned one are history, so the year
/// before the first planned one wins; a past year close to the planned one is this year's.
#[test]
fn yearless_dateline_year_from_past_and_planned_years() {
    let far = "Talks end\n\nGENEVA, October 2 (AP) -- The plan, first proposed in 2019, was \
               revised. Ministers agreed to meet again in March 2024. A session is planned for \
               the second half of 2025.\n";
    let out = run(&["-f", "jsonl", "--lang", "en", "-"], Some(far.as_bytes()));
    assert_eq!(
        jsonl(&out.stdout)[0]["dct"]["value"],
        "2023-10-02",
        "{}",
        out.stdout
    );
    let near = "Talks end\n\nGENEVA, October 2 (AP) -- Malta chaired the body in 2023. A \
                summit will be held in 2025.\n";
    let out = run(&["-f", "jsonl", "--lang", "en", "-"], Some(near.as_bytes()));
    assert_eq!(
        jsonl(&out.stdout)[0]["dct"]["value"],
        "2023-10-02",
        "{}",
        out.stdout
    );
}

/// Russian wire datelines: "МОСКВА, 6 декабря. /ТАСС/.", "АСТАНА, 6 декабря. В …",
/// "МОСКВА, 6 дек — РИА Новости"; a place not in capitals before a full stop is prose.
#[test]
fn russian_wire_datelines_date_the_article() {
    for (text, want) in [
        (
            "АСТАНА, 6 декабря. В минувший четверг министр провел переговоры. В 2024 году \
             страна председательствовала в СВМДА.\n",
            Some("2024-12-06"),
        ),
        (
            "МОСКВА, 6 декабря. /ТАСС/. Президент подписал указ, принятый в 2023 году.\n",
            Some("2023-12-06"),
        ),
        (
            "МОСКВА, 6 дек — РИА Новости. Президент подписал указ в 2023 году.\n",
            Some("2023-12-06"),
        ),
        ("Москва, 6 декабря. Президент подписал указ.\n", None),
    ] {
        let out = run(&["-f", "jsonl", "--lang", "ru", "-"], Some(text.as_bytes()));
        let doc = &jsonl(&out.stdout)[0];
        match want {
            Some(v) => {
                assert_eq!(doc["dct"]["value"], v, "{text}: {}", out.stdout);
                assert_eq!(doc["dct"]["origin"], "dateline");
            }
            None => assert_ne!(doc["dct"]["origin"], "dateline", "{text}: {}", out.stdout),
        }
    }
}

/// TimelineJS cannot draw a timeline without a dated slide (it shows its own error about a
/// spreadsheet); letopis says why on stderr, and the title slide still names what was found.
#[test]
fn timelinejs_without_dated_events_says_why() {
    let o = run(
        &["--dct", "2024-12-06", "-f", "timelinejs"],
        Some("Раньше здесь стоял дом. Недавно его снесли.\n".as_bytes()),
    );
    assert_eq!(o.code, 0, "{}", o.stderr);
    let doc: Value = serde_json::from_str(&o.stdout).unwrap();
    assert_eq!(doc["events"].as_array().map(Vec::len), Some(0));
    assert_eq!(
        doc["title"]["text"]["headline"], "Хроника",
        "stdin is not named '-'"
    );
    assert!(
        doc["title"]["text"]["text"]
            .as_str()
            .unwrap()
            .contains("без даты"),
        "{}",
        o.stdout
    );
    assert!(
        o.stderr
            .contains("note: no dated events: TimelineJS draws nothing"),
        "{}",
        o.stderr
    );
    let dated = run(&["-f", "timelinejs", SEED], None);
    assert!(
        !dated.stderr.contains("no dated events"),
        "{}",
        dated.stderr
    );
}

/// The text summary's "undated" heading is in the language most documents are in, whatever
/// order they come in (it followed the first document's).
#[test]
fn undated_heading_in_the_majority_language() {
    let d = scratch("undated_heading");
    let files = [
        (
            "a.en.txt",
            "Long ago a house stood here. It was later pulled down.\n",
        ),
        ("b.ru.txt", "Раньше здесь стоял дом. Недавно его снесли.\n"),
        ("c.ru.txt", "Когда-то тут была река. Недавно её засыпали.\n"),
    ];
    let mut paths = Vec::new();
    for (name, text) in files {
        let p = d.join(name);
        std::fs::write(&p, text).unwrap();
        paths.push(p.to_str().unwrap().to_string());
    }
    let summary = |order: &[usize]| {
        let mut args = vec!["--dct", "2024-12-06", "-f", "text"];
        args.extend(order.iter().map(|&i| paths[i].as_str()));
        run(&args, None).stdout
    };
    let en_first = summary(&[0, 1, 2]);
    assert!(en_first.contains("Без даты:"), "{en_first}");
    assert_eq!(en_first, summary(&[2, 1, 0]));
}

/// A page is read without stderr: it says itself that today stood in for a missing date,
/// and it is titled by the article's headline, not its file name.
#[test]
fn html_page_names_its_story_and_says_when_today_stood_in() {
    let d = scratch("today_note");
    let a = d.join("a.ru.txt");
    let b = d.join("b.ru.txt");
    std::fs::write(
        &a,
        "Парламент принял закон\n\nВчера парламент принял закон.\n",
    )
    .unwrap();
    std::fs::write(&b, "26 апреля 2026 года. Саммит пройдёт 5 мая.\n").unwrap();
    let one = run(&["-f", "html", a.to_str().unwrap()], None);
    assert_eq!(one.code, 0, "{}", one.stderr);
    assert!(
        one.stdout.contains("<title>Парламент принял закон</title>"),
        "{}",
        one.stdout
    );
    assert!(
        one.stdout
            .contains("Дата публикации не указана: относительные даты отсчитаны от"),
        "{}",
        one.stdout
    );
    let dated = run(
        &["-f", "html", "--dct", "2026-05-01", a.to_str().unwrap()],
        None,
    );
    assert!(!dated.stdout.contains("class=\"note\""), "{}", dated.stdout);
    let both = run(&["-f", "html", d.to_str().unwrap()], None);
    // b.ru.txt is dated by its opening date; only a.ru.txt fell back to today.
    assert!(
        both.stdout.contains("Дата публикации не указана у 1 из 2"),
        "{}",
        both.stdout
    );
    // The second file's first line is a sentence, not a headline: the folder names the story.
    assert!(
        both.stdout.contains("<title>today_note</title>"),
        "{}",
        both.stdout
    );
}
