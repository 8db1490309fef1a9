//! The Russian corpus: one line per phrase, `tests/corpus/ru.tsv`, as Duckling's corpora are.
//! Columns: DCT, phrase, expected value ("-" = no date or time), optional expected span.
//! A line passes when some timex has the value (and, if given, exactly the span).

use letopis::{Document, Extractor};

fn run(path: &str, lang: &str) {
    let corpus = std::fs::read_to_string(path).expect("corpus file");
    let ex = Extractor::new(chrono::NaiveDate::from_ymd_opt(2020, 1, 1).unwrap());
    let mut failures = Vec::new();
    let mut n = 0;
    for (ln, line) in corpus.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        assert!(
            cols.len() >= 3,
            "{path}:{}: need DCT, phrase, value",
            ln + 1
        );
        n += 1;
        let doc = Document {
            id: format!("{}", ln + 1),
            text: cols[1].to_string(),
            dct: letopis::extract::parse_dct(cols[0]),
            lang: Some(lang.to_string()),
            ..Default::default()
        };
        let out = ex.extract(&doc);
        let got: Vec<String> = out
            .timexes
            .iter()
            .map(|t| format!("{}={}", t.text, t.value))
            .collect();
        let ok = if cols[2] == "-" {
            out.timexes
                .iter()
                .all(|t| !matches!(t.kind.as_str(), "DATE" | "TIME"))
        } else {
            out.timexes.iter().any(|t| {
                t.value.to_string() == cols[2] && cols.get(3).is_none_or(|span| t.text == *span)
            })
        };
        if !ok {
            failures.push(format!(
                "{path}:{}: {:?} expected {} {} got {:?}",
                ln + 1,
                cols[1],
                cols[2],
                cols.get(3).map(|s| format!("({s})")).unwrap_or_default(),
                got
            ));
        }
    }
    assert!(n > 0, "empty corpus");
    assert!(
        failures.is_empty(),
        "{} of {n} failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn russian_corpus() {
    run("tests/corpus/ru.tsv", "ru");
}
