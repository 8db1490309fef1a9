//! An iCalendar lint over the `ics` writer: line lengths, CRLF, required properties, DTEND after
//! DTSTART, unique and stable UIDs, reproducible bytes. With LETOPIS_VALIDATE_OUT set, it also
//! writes the fixture files the external validators in tests/validate/ read.

mod common;

use common::*;
use letopis::export::{Coarse, Format, Options};
use letopis::time::{Point, Relation};

fn ics(opts: &Options) -> String {
    String::from_utf8(render(Format::Ics, opts, &docs())).unwrap()
}

/// Content lines with folding undone.
fn unfold(s: &str) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for l in s.split("\r\n") {
        if let Some(rest) = l.strip_prefix(' ') {
            lines.last_mut().expect("continuation first").push_str(rest);
        } else if !l.is_empty() {
            lines.push(l.to_string());
        }
    }
    lines
}

fn events(s: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let mut cur: Option<Vec<String>> = None;
    for l in unfold(s) {
        match l.as_str() {
            "BEGIN:VEVENT" => cur = Some(Vec::new()),
            "END:VEVENT" => out.push(cur.take().expect("END without BEGIN")),
            _ => {
                if let Some(c) = cur.as_mut() {
                    c.push(l)
                }
            }
        }
    }
    assert!(cur.is_none(), "unterminated VEVENT");
    out
}

fn prop<'a>(ev: &'a [String], name: &str) -> Option<&'a str> {
    ev.iter().find_map(|l| {
        let (head, value) = l.split_once(':')?;
        (head == name || head.starts_with(&format!("{name};"))).then_some(value)
    })
}

/// The lint every produced calendar must pass.
fn lint(s: &str) {
    assert!(s.ends_with("\r\n"));
    for raw in s.split_inclusive('\n') {
        assert!(raw.ends_with("\r\n"), "bare LF in {raw:?}");
        let line = &raw[..raw.len() - 2];
        assert!(!line.contains('\r'), "bare CR in {raw:?}");
        assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
    }
    let lines = unfold(s);
    assert_eq!(lines.first().map(String::as_str), Some("BEGIN:VCALENDAR"));
    assert_eq!(lines.last().map(String::as_str), Some("END:VCALENDAR"));
    assert_eq!(
        lines.iter().filter(|l| l.starts_with("VERSION:")).count(),
        1
    );
    assert_eq!(lines.iter().filter(|l| l.starts_with("PRODID:")).count(), 1);
    let mut uids = std::collections::BTreeSet::new();
    for ev in events(s) {
        let uid = prop(&ev, "UID").expect("UID");
        assert!(uids.insert(uid.to_string()), "duplicate UID {uid}");
        let stamp = prop(&ev, "DTSTAMP").expect("DTSTAMP");
        assert!(stamp.len() == 16 && stamp.ends_with('Z'), "{stamp}");
        let start = prop(&ev, "DTSTART").expect("DTSTART");
        match prop(&ev, "DTEND") {
            Some(end) => {
                assert_eq!(start.len(), end.len(), "DTSTART and DTEND of one kind");
                // Same shape (YYYYMMDD or YYYYMMDDTHHMMSS), so text order is time order.
                assert!(end > start, "DTEND {end} not after DTSTART {start}");
            }
            // A clock time alone is a moment (no invented duration); a day always has DTEND.
            None => assert!(start.contains('T'), "all-day event without DTEND"),
        }
        assert!(prop(&ev, "SUMMARY").is_some_and(|s| !s.is_empty()));
        assert!(prop(&ev, "DESCRIPTION").is_some());
    }
}

#[test]
fn calendar_passes_the_lint() {
    let s = ics(&Options::default());
    lint(&s);
    // 13 calendar events after merging; PAST_REF and XXXX-12-03 are left out.
    assert_eq!(events(&s).len(), 13);
    assert!(s.contains("PRODID:-//letopis//letopis "));
    // The latest DCT of the inputs (b.txt, 2024-12-07).
    assert!(s.contains("DTSTAMP:20241207T000000Z"));
}

#[test]
fn same_bytes_twice_and_order_free_uids() {
    let a = ics(&Options::default());
    assert_eq!(a, ics(&Options::default()));
    let mut rev = docs();
    rev.reverse();
    let b = String::from_utf8(render(Format::Ics, &Options::default(), &rev)).unwrap();
    assert_eq!(a, b, "input order changes nothing");
    // A later article telling one of the facts alone keeps that fact's UID.
    let alone = doc(
        "c.txt",
        "2025-01-01",
        vec![at(
            "Хельсинкский заключительный акт",
            p(letopis::time::Point::Year(1975)),
        )],
    );
    let c = String::from_utf8(render(Format::Ics, &Options::default(), &[alone])).unwrap();
    let uid = |s: &str| {
        events(s)
            .into_iter()
            .find(|e| prop(e, "SUMMARY") == Some("Хельсинкский заключительный акт (1975)"))
            .and_then(|e| prop(&e, "UID").map(str::to_string))
    };
    assert!(uid(&a).is_some());
    assert_eq!(uid(&a), uid(&c));
}

#[test]
fn all_day_and_coarse_dates() {
    let s = ics(&Options {
        coarse: Coarse::Span,
        ..Default::default()
    });
    let evs = events(&s);
    let find = |t: &str| {
        evs.iter()
            .find(|e| prop(e, "SUMMARY").is_some_and(|s| s.starts_with(t)))
            .unwrap()
    };
    let day = find("31-е заседание Совета министров иностранных дел ОБСЕ");
    assert!(day.contains(&"DTSTART;VALUE=DATE:20241205".to_string()));
    assert!(day.contains(&"DTEND;VALUE=DATE:20241206".to_string()));
    assert_eq!(prop(day, "LOCATION"), Some("Мальта"));
    let desc = prop(day, "DESCRIPTION").unwrap();
    assert!(desc.contains("Источники: a.txt\\, b.txt"), "{desc}");
    let year = find("Хельсинкский заключительный акт");
    assert_eq!(
        prop(year, "SUMMARY"),
        Some("Хельсинкский заключительный акт (1975)")
    );
    assert!(year.contains(&"DTSTART;VALUE=DATE:19750101".to_string()));
    assert!(year.contains(&"DTEND;VALUE=DATE:19760101".to_string()));
    let timed = find("Пресс-конференция министра");
    // Floating (the text states no zone) and no invented hour.
    assert!(timed.contains(&"DTSTART:20241206T140000".to_string()));
    assert_eq!(prop(timed, "DTEND"), None);
    let interval = find("Визит делегации");
    assert!(interval.contains(&"DTEND;VALUE=DATE:20241215".to_string()));
    // "Since 1992" spans to the document date under span.
    let since = find("Членство в организации");
    assert_eq!(
        prop(since, "SUMMARY"),
        Some("Членство в организации (с 1992 года)")
    );
    assert_eq!(prop(since, "DTSTART"), Some("19920101"));
    assert_eq!(prop(since, "DTEND"), Some("20241207"));

    // The default is start: one day for every coarse date, intervals included.
    let start = ics(&Options::default());
    assert_eq!(
        start,
        ics(&Options {
            coarse: Coarse::Start,
            ..Default::default()
        })
    );
    lint(&start);
    let evs = events(&start);
    let get = |t: &str| {
        evs.iter()
            .find(|e| prop(e, "SUMMARY").is_some_and(|s| s.starts_with(t)))
            .unwrap()
    };
    for (t, a, b) in [
        ("Хельсинкский", "19750101", "19750102"),
        ("Работа миссии", "20100101", "20100102"),
        ("Реформы девяностых", "19900101", "19900102"),
        ("Членство в организации", "19920101", "19920102"),
        ("Визит делегации", "20241212", "20241215"),
    ] {
        assert_eq!(prop(get(t), "DTSTART"), Some(a), "{t}");
        assert_eq!(prop(get(t), "DTEND"), Some(b), "{t}");
    }
    assert_eq!(events(&start).len(), 13);
    let skip = ics(&Options {
        coarse: Coarse::Skip,
        ..Default::default()
    });
    lint(&skip);
    // Years, the season, the decade, the month and the year interval are gone; days, times
    // and day intervals stay.
    assert_eq!(events(&skip).len(), 6);
    assert!(!skip.contains("Хельсинкский"));
}

#[test]
fn source_date_epoch_sets_dtstamp() {
    let s = ics(&Options {
        source_date_epoch: Some(1_700_000_000),
        ..Default::default()
    });
    lint(&s);
    assert!(s.contains("DTSTAMP:20231114T221320Z"));
    assert!(!s.contains("DTSTAMP:2024"));
}

#[test]
fn text_is_escaped() {
    let s = ics(&Options::default());
    let evs = events(&s);
    let nasty = evs
        .iter()
        .find(|e| prop(e, "DTSTART") == Some("20241203"))
        .unwrap();
    // Line breaks in a title become a space: SUMMARY is one line for calendars.
    let summary = prop(nasty, "SUMMARY").unwrap();
    assert_eq!(
        summary,
        "Встреча\\, \"кавычки\"\\; точка с запятой \\\\ косая новая строка <script>alert(1)</script> & \u{202E}RTL\u{202C} \u{200F}עברית"
    );
    assert_eq!(
        prop(nasty, "LOCATION"),
        Some("Эр-Рияд\\; <b>Мальта</b>\\, \"центр\"")
    );
    // The sentence keeps its line break, escaped.
    let desc = prop(nasty, "DESCRIPTION").unwrap();
    assert!(
        desc.starts_with("Встреча\\, \"кавычки\"\\; точка с запятой \\\\ косая\\nновая"),
        "{desc}"
    );
}

/// The crate's own parser reads back what we wrote: every event, its title and its dates.
#[test]
fn the_icalendar_parser_reads_it_back() {
    use icalendar::Component;
    let s = ics(&Options::default());
    let cal: icalendar::Calendar = s.parse().expect("parses");
    let evs: Vec<_> = cal.events().collect();
    assert_eq!(evs.len(), 13);
    let nasty = evs
        .iter()
        .find(|e| e.get_summary().is_some_and(|t| t.starts_with("Встреча")))
        .unwrap();
    assert!(nasty
        .get_summary()
        .unwrap()
        .contains("\"кавычки\"; точка с запятой \\ косая"));
    assert!(evs
        .iter()
        .all(|e| e.get_start().is_some() && e.get_uid().is_some()));
}

/// Open relations never sit inside their period, and say what they are in the title.
#[test]
fn open_relations_in_the_calendar() {
    let d = doc(
        "c.txt",
        "2024-12-06",
        vec![
            ev("Откроют музей", p(Point::Year(2025)), Relation::After, None),
            ev(
                "Завод будет работать",
                p(Point::Year(2030)),
                Relation::Before,
                None,
            ),
        ],
    );
    let s = String::from_utf8(render(Format::Ics, &Options::default(), &[d])).unwrap();
    lint(&s);
    let evs = events(&s);
    let after = evs
        .iter()
        .find(|e| prop(e, "SUMMARY") == Some("Откроют музей (после 2025 года)"));
    assert_eq!(after.and_then(|e| prop(e, "DTSTART")), Some("20260101"));
    let before = evs
        .iter()
        .find(|e| prop(e, "SUMMARY") == Some("Завод будет работать (до 2030 года)"));
    assert_eq!(before.and_then(|e| prop(e, "DTSTART")), Some("20291231"));
}

#[test]
fn empty_input_is_a_valid_calendar() {
    let s = String::from_utf8(render(Format::Ics, &Options::default(), &[])).unwrap();
    lint(&s);
    assert!(s.contains("DTSTAMP") || events(&s).is_empty());
}

/// Not a check: writes the fixture calendar, TimelineJS JSON and HTML page for
/// tests/validate/run.sh when LETOPIS_VALIDATE_OUT names a directory.
#[test]
fn write_validation_fixtures() {
    let Ok(dir) = std::env::var("LETOPIS_VALIDATE_OUT") else {
        return;
    };
    let dir = std::path::Path::new(&dir);
    std::fs::create_dir_all(dir).unwrap();
    let opts = Options::default();
    for (format, name) in [
        (Format::Ics, "fixture.ics"),
        (Format::Timelinejs, "fixture.timelinejs.json"),
        (Format::Html, "fixture.html"),
        (Format::Timeline, "fixture.timeline.json"),
    ] {
        std::fs::write(dir.join(name), render(format, &opts, &docs())).unwrap();
    }
}
