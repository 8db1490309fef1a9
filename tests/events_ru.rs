//! Russian event corpus: a sentence, the date in it, and the title, place and relation of
//! the event it dates. Each line covers a rule in `src/lang/ru/events.rs`.

use chrono::NaiveDate;
use letopis::time::Relation;
use letopis::{Document, Extractor};

struct Case {
    text: &'static str,
    /// The timex text whose event is checked.
    date: &'static str,
    title: &'static str,
    location: Option<&'static str>,
    relation: Relation,
}

const CASES: &[Case] = &[
    // A noun phrase the year belongs to, put in the nominative.
    Case {
        text: "Глава МИД отметил значение Хельсинкского заключительного акта 1975 года.",
        date: "1975 года",
        title: "Хельсинкский заключительный акт",
        location: None,
        relation: Relation::At,
    },
    // An anniversary: "N-летие" and the genitive of the thing.
    Case {
        text: "В преддверии 50-летней годовщины Хельсинкского заключительного акта 1975 года министры собрались в Вене.",
        date: "50-летней годовщины",
        title: "50-летие Хельсинкского заключительного акта",
        location: None,
        relation: Relation::At,
    },
    // The antecedent of "который", with the place of the relative clause.
    Case {
        text: "Страны пригласили принять участие в Региональном климатическом саммите ООН, который пройдет в 2026 году в Казахстане.",
        date: "2026 году",
        title: "Региональный климатический саммит ООН в Казахстане",
        location: Some("Казахстан"),
        relation: Relation::At,
    },
    // A quoted name before a participle; a multiword place.
    Case {
        text: "Министр обозначил итоги «One Water Summit», проведённого Казахстаном 3 декабря 2024 года в Эр-Рияде.",
        date: "3 декабря 2024 года",
        title: "One Water Summit в Эр-Рияде",
        location: Some("Эр-Рияд"),
        relation: Relation::At,
    },
    // A document with a passive participle: the act of adopting it.
    Case {
        text: "Он напомнил о положениях Астанинской декларации, принятой по итогам саммита ОБСЕ в 2010 году.",
        date: "2010 году",
        title: "Принятие Астанинской декларации по итогам саммита ОБСЕ",
        location: None,
        relation: Relation::At,
    },
    // A middle participle in a genitive chain: the leftmost agreeing noun.
    Case {
        text: "Он призвал адаптировать ОБСЕ к условиям новой архитектуры безопасности, формирующейся в настоящее время.",
        date: "настоящее время",
        title: "Формирование новой архитектуры безопасности",
        location: None,
        relation: Relation::At,
    },
    // An event noun right before the date.
    Case {
        text: "Участники заслушали итоги работы Организации под председательством Мальты в 2024 году.",
        date: "2024 году",
        title: "Председательство Мальты",
        location: None,
        relation: Relation::At,
    },
    // Subject and predicate of the clause; "с" gives since.
    Case {
        text: "Казахстан является государством-участником ОБСЕ с 1992 года.",
        date: "с 1992 года",
        title: "Казахстан является государством-участником ОБСЕ",
        location: None,
        relation: Relation::Since,
    },
    Case {
        text: "Верховный суд Пакистана 22 июля 2019 года принял ходатайство Асии Биби.",
        date: "22 июля 2019 года",
        title: "Верховный суд Пакистана принял ходатайство Асии Биби",
        location: None,
        relation: Relation::At,
    },
    // A place in the clause stays in the title and fills `location`.
    Case {
        text: "Юрий Царёв родился в 1958 году в Москве.",
        date: "1958 году",
        title: "Юрий Царёв родился в Москве",
        location: Some("Москва"),
        relation: Relation::At,
    },
    Case {
        text: "Главы ведомств собрались на Мальте 5 декабря 2024 года.",
        date: "5 декабря 2024 года",
        title: "Главы ведомств собрались на Мальте",
        location: Some("Мальта"),
        relation: Relation::At,
    },
    // A light verb says only that the event happened: the event is its subject.
    Case {
        text: "7 июня 2019 года в петербургском клубе A2 прошёл концерт Монеточки.",
        date: "7 июня 2019 года",
        title: "Концерт Монеточки",
        location: None,
        relation: Relation::At,
    },
    // A participle before the date and its noun after it.
    Case {
        text: "Родившийся 23 декабря 1933 года Император Акихито выразил желание сложить полномочия.",
        date: "23 декабря 1933 года",
        title: "Император Акихито родился",
        location: None,
        relation: Relation::At,
    },
    // A date-only segment borrows the clause after it; an aside in parentheses is skipped.
    Case {
        text: "В среду, 27 марта 2019 года, федеральный суд Сан-Франциско (США) обязал компанию выплатить штраф.",
        date: "27 марта 2019 года",
        title: "Федеральный суд Сан-Франциско обязал компанию выплатить штраф",
        location: None,
        relation: Relation::At,
    },
    // Leading discourse words and a dangling "о том" are dropped.
    Case {
        text: "Ранее 16 февраля 2019 года Ватикан опубликовал заявление о том, что папа лишил его сана.",
        date: "16 февраля 2019 года",
        title: "Ватикан опубликовал заявление",
        location: None,
        relation: Relation::At,
    },
    // A relative clause about an event noun ("в результате которой") dates the event.
    Case {
        text: "Полиция задержала пятерых по делу о перестрелке в Гаваре, в результате которой 28 апреля 2020 года погибли два человека.",
        date: "28 апреля 2020 года",
        title: "Перестрелка",
        location: None,
        relation: Relation::At,
    },
    // A name keeps its initials, with or without spaces, and they end no sentence.
    Case {
        text: "6 декабря Д.А. Медведев заявил о победе.",
        date: "6 декабря",
        title: "Д.А. Медведев заявил о победе",
        location: None,
        relation: Relation::At,
    },
    Case {
        text: "Телевидение изобрёл В.Зворыкин в 1929 году.",
        date: "1929 году",
        title: "Телевидение изобрёл В.Зворыкин",
        location: None,
        relation: Relation::At,
    },
    Case {
        text: "Дж. Байден 3 декабря приехал в Киев.",
        date: "3 декабря",
        title: "Дж. Байден приехал в Киев",
        location: None,
        relation: Relation::At,
    },
    // A light reporting frame dates the fact it reports.
    Case {
        text: "6 декабря стало известно, что министр подал в отставку.",
        date: "6 декабря",
        title: "Министр подал в отставку",
        location: None,
        relation: Relation::At,
    },
    Case {
        text: "4 декабря выяснилось, что мэр города скрывал доходы.",
        date: "4 декабря",
        title: "Мэр города скрывал доходы",
        location: None,
        relation: Relation::At,
    },
    Case {
        text: "Как стало известно 3 декабря, губернатор уволил заместителя.",
        date: "3 декабря",
        title: "Губернатор уволил заместителя",
        location: None,
        relation: Relation::At,
    },
    Case {
        text: "1 декабря стало известно о том, что суд арестовал бизнесмена.",
        date: "1 декабря",
        title: "Суд арестовал бизнесмена",
        location: None,
        relation: Relation::At,
    },
];

fn extractor() -> Extractor {
    Extractor::new(NaiveDate::from_ymd_opt(2024, 12, 6).unwrap())
}

fn doc(text: &str) -> Document {
    Document {
        id: "t".into(),
        text: text.into(),
        dct: NaiveDate::from_ymd_opt(2024, 12, 6).and_then(|d| d.and_hms_opt(12, 0, 0)),
        lang: Some("ru".into()),
        ..Default::default()
    }
}

#[test]
fn corpus() {
    let ex = extractor();
    let mut failures = Vec::new();
    for c in CASES {
        let out = ex.extract(&doc(c.text));
        let Some(tx) = out.timexes.iter().find(|t| t.text.contains(c.date)) else {
            failures.push(format!("{}: no timex {:?}", c.text, c.date));
            continue;
        };
        let Some(ev) = out.events.iter().find(|e| e.timex.contains(&tx.id)) else {
            failures.push(format!("{}: no event for {:?}", c.text, c.date));
            continue;
        };
        if ev.title != c.title
            || ev.location.as_deref() != c.location
            || ev.when.relation != c.relation
        {
            failures.push(format!(
                "{}\n    want {:?} / {:?} / {:?}\n    got  {:?} / {:?} / {:?}",
                c.text, c.title, c.location, c.relation, ev.title, ev.location, ev.when.relation
            ));
        }
        // The span covers the event phrase and lies in the sentence.
        assert!(ev.start < ev.end && ev.end <= c.text.chars().count());
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn dateline_and_durations_date_no_event() {
    let out = extractor().extract(&doc("Переговоры длились три дня."));
    assert!(out.events.is_empty());
}

#[test]
fn date_inside_a_quoted_name_dates_nothing() {
    let out = extractor().extract(&doc(
        "Мужчины проникли на крышу станции метро «Улица 1905 года» ночью.",
    ));
    // The year names the station; it dates nothing (other timexes, like "ночью", may).
    let year: Vec<&str> = out
        .timexes
        .iter()
        .filter(|t| t.value.to_string() == "1905")
        .map(|t| t.id.as_str())
        .collect();
    assert!(out
        .events
        .iter()
        .all(|e| e.timex.iter().all(|t| !year.contains(&t.as_str()))));
}

#[test]
fn odd_inputs_do_not_panic() {
    let ex = extractor();
    for t in [
        "",
        "2010",
        "в 2010 году",
        "«2010 года",
        "(в 2010 году",
        "В 2010 году, , , —",
        "— 5 мая —",
        "50-летие 1975 года",
        "который в 2010 году",
        "Принятой в 2010 году.",
    ] {
        let _ = ex.extract(&doc(t));
    }
}

#[test]
fn same_fact_twice_is_one_event() {
    let out = extractor().extract(&doc(
        "Саммит ОБСЕ прошёл в 2010 году. Саммит ОБСЕ прошёл в 2010 году.",
    ));
    assert_eq!(out.events.len(), 1);
    assert_eq!(out.events[0].timex.len(), 2);
}
