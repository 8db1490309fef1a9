//! The corpus of every language found in `tests/corpus/` (`<code>.tsv`, `<code>` as
//! `Lang::from_code` knows it), one format for all, as Duckling's corpora are:
//!
//!     rule <TAB> DCT <TAB> phrase <TAB> value [<TAB> span]
//!
//! A line passes when some timex of the phrase has the value (and exactly the span, if
//! given) and was read by the named rule. Value "-": no DATE or TIME timex and nothing read
//! by the rule; "none": no timex at all; such a line may name rule "-" (it guards them all). The test fails when a rule of the language's
//! grammar has no passing line with a value (each rule is shown working), when a line names
//! a rule the grammar does not have, and when a language has no corpus.

use letopis::{Document, Extractor, Lang};
use std::collections::BTreeSet;
use std::path::Path;

/// The problems of one corpus file, and the rules it cites on lines with a value.
fn run(path: &Path, language: Lang) -> (Vec<String>, BTreeSet<String>) {
    let name = path.display();
    let corpus = std::fs::read_to_string(path).expect("corpus file");
    let ex = Extractor::builder()
        .lang(language)
        .today(chrono::NaiveDate::from_ymd_opt(2020, 1, 1).unwrap())
        .build();
    let known: BTreeSet<&str> = language.rule_names().iter().copied().collect();
    let (mut problems, mut cited) = (Vec::new(), BTreeSet::new());
    for (ln, line) in corpus.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let at = format!("{name}:{}", ln + 1);
        let cols: Vec<&str> = line.split('\t').collect();
        let [rule, dct, phrase, value, ref rest @ ..] = cols[..] else {
            problems.push(format!("{at}: needs rule, DCT, phrase, value: {line:?}"));
            continue;
        };
        let span = rest.first();
        let negative = matches!(value, "none" | "-");
        if !(known.contains(rule) || rule == "-" && negative) {
            problems.push(format!("{at}: no rule named {rule:?}"));
            continue;
        }
        let Some(dct) = letopis::parse_dct(dct) else {
            problems.push(format!("{at}: bad DCT {dct:?}"));
            continue;
        };
        let doc = Document {
            id: format!("{}", ln + 1),
            text: phrase.to_string(),
            dct: Some(dct),
            ..Default::default()
        };
        let out = ex.extract(&doc);
        let ok = match value {
            "none" => out.timexes.is_empty(),
            "-" => out
                .timexes
                .iter()
                .all(|t| !matches!(t.kind.as_str(), "DATE" | "TIME") && !t.rules.contains(rule)),
            _ => out.timexes.iter().any(|t| {
                t.value.to_string() == value
                    && span.is_none_or(|s| t.text == *s)
                    && t.rules.contains(rule)
            }),
        };
        if ok && !negative {
            cited.insert(rule.to_string());
        }
        if !ok {
            let got: Vec<String> = out
                .timexes
                .iter()
                .map(|t| format!("{}={} {:?}", t.text, t.value, t.rules))
                .collect();
            problems.push(format!(
                "{at}: {phrase:?} expected {value}{} by {rule}, got {got:?}",
                span.map(|s| format!(" ({s})")).unwrap_or_default(),
            ));
        }
    }
    if cited.is_empty() {
        problems.push(format!("{name}: no passing line"));
    }
    (problems, cited)
}

#[test]
fn corpus_of_every_language() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/corpus")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "tsv"))
        .collect();
    files.sort();
    let mut problems = Vec::new();
    let mut seen = BTreeSet::new();
    for path in &files {
        let code = path.file_stem().unwrap().to_string_lossy().to_string();
        let Some(language) = Lang::from_code(&code) else {
            problems.push(format!("{}: no language {code:?}", path.display()));
            continue;
        };
        seen.insert(code);
        let (p, cited) = run(path, language);
        problems.extend(p);
        for rule in language.rule_names() {
            if !cited.contains(*rule) {
                problems.push(format!(
                    "{}: rule {rule} has no passing line with a value",
                    path.display()
                ));
            }
        }
    }
    for l in Lang::ALL {
        if !seen.contains(l.code()) {
            problems.push(format!("no tests/corpus/{}.tsv", l.code()));
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}
