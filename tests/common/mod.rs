//! Hand-made extractions for the writer tests and the external validators: every kind of date
//! the model has, a dense month, a long span, and a title full of characters to escape.
#![allow(dead_code)]

use chrono::NaiveDate;
use letopis::export::{self, Format, Options};
use letopis::model::{Dct, DctOrigin, Event, Extraction, When};
use letopis::time::{Point, RefKind, Relation, Season, Value};

pub const NASTY: &str = "Встреча, \"кавычки\"; точка с запятой \\ косая\r\nновая строка <script>alert(1)</script> & \u{202E}RTL\u{202C} \u{200F}עברית";

pub fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

pub fn ev(title: &str, value: Value, relation: Relation, location: Option<&str>) -> Event {
    Event {
        id: String::new(),
        title: title.into(),
        when: When::new(value, relation),
        timex: vec!["t1".into()],
        sentence: format!("Предложение о событии «{title}», с запятой."),
        start: 0,
        end: 10,
        location: location.map(str::to_string),
        sources: vec![],
    }
}

pub fn at(title: &str, value: Value) -> Event {
    ev(title, value, Relation::At, None)
}

pub fn doc(id: &str, dct: &str, mut events: Vec<Event>) -> Extraction {
    for (i, e) in events.iter_mut().enumerate() {
        e.id = format!("e{}", i + 1);
        e.sources = vec![id.to_string()];
        e.timex = vec![format!("t{}", i + 1)];
    }
    Extraction {
        id: id.into(),
        lang: "ru".into(),
        // A junk `value` ("garbage") is kept as written: writers must survive it.
        dct: Dct {
            value: dct.into(),
            ..Dct::new(
                letopis::parse_dct(dct).unwrap_or_default(),
                DctOrigin::Metadata,
            )
        },
        timexes: vec![],
        events,
        title: None,
        url: None,
        meta: None,
        text: String::new(),
        wrapper: None,
    }
}

pub fn p(p: Point) -> Value {
    Value::Point(p)
}

pub fn d(y: i32, m: u32, dd: u32) -> Value {
    Value::Point(Point::Day(day(y, m, dd)))
}

/// Two articles; 13 calendar events after merging (two told twice), 2 off the calendar.
pub fn docs() -> Vec<Extraction> {
    let mut nasty = ev(
        NASTY,
        d(2024, 12, 3),
        Relation::At,
        Some("Эр-Рияд; <b>Мальта</b>, \"центр\""),
    );
    nasty.sentence = NASTY.to_string();
    let a = doc(
        "a.txt",
        "2024-12-06T02:37",
        vec![
            ev(
                "31-е заседание Совета министров иностранных дел ОБСЕ",
                d(2024, 12, 5),
                Relation::At,
                Some("Мальта"),
            ),
            at("Хельсинкский заключительный акт", p(Point::Year(1975))),
            at("Председательство Мальты в ОБСЕ", p(Point::Year(2024))),
            nasty,
            at(
                "Пресс-конференция министра",
                p(Point::Minute(day(2024, 12, 6), 14, 0)),
            ),
            at(
                "Весенняя сессия парламента",
                p(Point::Season(2025, Season::Spring)),
            ),
            at("Реформы девяностых", p(Point::Decade(199))),
            at("Саммит в Астане", p(Point::Month(2026, 7))),
            ev(
                "Работа миссии наблюдателей",
                Value::Interval(Point::Year(2010), Point::Year(2012)),
                Relation::Between,
                None,
            ),
            ev(
                "Членство в организации",
                p(Point::Year(1992)),
                Relation::Since,
                None,
            ),
            at("Событие в прошлом", Value::Ref(RefKind::Past)),
            at("День без года", p(Point::NoYearDay(12, 3))),
        ],
    );
    let b = doc(
        "b.txt",
        "2024-12-07",
        vec![
            at("Заседание Совета министров ОБСЕ", p(Point::Month(2024, 12))),
            at("Хельсинкский заключительный акт", p(Point::Year(1975))),
            at(
                &format!(
                    "Очень длинное название события {}",
                    "о многом и разном ".repeat(12)
                ),
                d(2024, 12, 10),
            ),
            at("Переговоры в Вене", d(2024, 11, 28)),
            ev(
                "Визит делегации",
                Value::Interval(Point::Day(day(2024, 12, 12)), Point::Day(day(2024, 12, 14))),
                Relation::At,
                Some("Астана"),
            ),
        ],
    );
    vec![a, b]
}

pub fn render(format: Format, opts: &Options, docs: &[Extraction]) -> Vec<u8> {
    let mut w = export::writer(format, opts).unwrap();
    let mut out = Vec::new();
    for d in docs {
        w.document(&mut out, d).unwrap();
    }
    w.finish(&mut out).unwrap();
    out
}
