//! `text`: the chronological list of events a person reads, one line each:
//! date at its precision, title, place, source.

use super::calendar::Context;
use super::Options;
use crate::lang::{self, Labels, Language};
use crate::model::Event;
use crate::time::{Point, RefKind, Relation, Value};
use crate::timeline::Timeline;
use std::io::{self, Write};

/// The merged timeline, as every multi-document format writes it: a fact told twice is one
/// line with all its sources.
pub fn write(
    t: &Timeline,
    _ctx: &Context,
    opts: &Options,
    out: &mut dyn Write,
) -> io::Result<Vec<String>> {
    let fixed = opts.lang.as_deref().and_then(lang::by_code);
    let lang_of = |l: &str| fixed.or_else(|| lang::by_code(l)).unwrap_or(lang::first());
    // Facts with no calendar day ("в прошлом", "3 декабря" with no year known) follow
    // under their own heading rather than mixed into the chronology.
    let (dated, undated): (Vec<usize>, Vec<usize>) =
        (0..t.events.len()).partition(|&i| t.events[i].when.start.is_some());
    for &i in &dated {
        writeln!(out, "{}", line(&t.events[i], lang_of(&t.event_langs[i])))?;
    }
    if !undated.is_empty() {
        // In the language most documents are in: the same heading whatever their order.
        let l = lang_of(t.lang.as_deref().unwrap_or("")).labels();
        writeln!(out, "\n{}:", l.ui.undated)?;
        for &i in &undated {
            writeln!(out, "{}", line(&t.events[i], lang_of(&t.event_langs[i])))?;
        }
    }
    Ok(Vec::new())
}

/// One event's line: date at its precision, title, place, sources; safe for a terminal
/// (titles and ids come from the input).
fn line(e: &Event, language: &dyn Language) -> String {
    let date = human_date(&e.when.value, e.when.relation, language.labels());
    let mut line = format!("{date:<16} {}", e.title);
    // "One Water Summit в Эр-Рияде" already says where.
    if let Some(place) = e
        .location
        .as_ref()
        .filter(|p| !mentions(language, &e.title, p))
    {
        line.push_str(" — ");
        line.push_str(place);
    }
    line.push_str(" [");
    line.push_str(&e.sources.join(", "));
    line.push(']');
    super::terminal_safe(&line).into_owned()
}

/// Whether a title names a place already, in any case form: every word of the place has
/// its key (the language's lemma stem) among the title's ("в Эр-Рияде" names "Эр-Рияд").
fn mentions(language: &dyn Language, title: &str, place: &str) -> bool {
    let keys = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphabetic())
            .filter_map(|w| language.word_key(&w.to_lowercase()))
            .collect()
    };
    let in_title = keys(title);
    let of_place = keys(place);
    !of_place.is_empty() && of_place.iter().all(|k| in_title.contains(k))
}

/// `alone`: no preposition governs the date, so a month without a day takes its standalone
/// form ("май 2024"); after "с"/"до" it keeps the governed one ("с мая 2024").
fn point(p: &Point, l: &Labels, alone: bool) -> String {
    let names = if alone { &l.months_alone } else { &l.months };
    let mon = |m: u8| names[(m as usize).saturating_sub(1).min(11)];
    let day_mon = |m: u8| l.months[(m as usize).saturating_sub(1).min(11)];
    // Years are astronomical inside (480 BC is -479); a reader gets "480 BC".
    let yr = |y: i32| {
        if y <= 0 {
            format!("{} {}", 1 - y, l.bc)
        } else {
            y.to_string()
        }
    };
    match *p {
        Point::Century(c) if c < 0 => format!("{} {} {}", roman(-c), l.century, l.bc),
        Point::Century(c) => format!("{} {}", roman(c + 1), l.century),
        Point::Decade(d) if d < 0 => format!("{}{} {}", (-d - 1) * 10, l.decade_suffix, l.bc),
        Point::Decade(d) => format!("{}{}", d * 10, l.decade_suffix),
        Point::Year(y) => yr(y),
        Point::Half(y, h) => format!("{} {}", l.half.replace("{n}", &h.to_string()), yr(y)),
        Point::Quarter(y, q) => format!("{} {}", l.quarter.replace("{n}", &q.to_string()), yr(y)),
        Point::Season(y, s) => format!("{} {}", l.seasons[s as usize], yr(y)),
        Point::Month(y, m) => format!("{} {}", mon(m), yr(y)),
        Point::NoYearMonth(m) => mon(m).to_string(),
        Point::NoYearDay(m, d) => format!("{d} {}", day_mon(m)),
        Point::Week(..) | Point::Weekend(..) => match p.first_day() {
            Some(d) => d.format("%Y-%m-%d").to_string(),
            None => p.timex3(),
        },
        _ => {
            let Some(d) = p.date() else {
                return p.timex3();
            };
            use chrono::Datelike;
            let mut s = format!("{} {} {}", d.day(), day_mon(d.month() as u8), yr(d.year()));
            let t = p.timex3();
            if let Some(i) = t.find('T') {
                if t[i + 1..]
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_ascii_digit())
                {
                    s.push(' ');
                    s.push_str(&t[i + 1..]);
                    // An hour alone reads as a clock time: "22:00", not "22".
                    if t.len() == i + 3 {
                        s.push_str(":00");
                    }
                }
            }
            s
        }
    }
}

/// "5–7 дек 2024", "ноя–дек 2020": the shared month and year are written once.
fn interval(a: &Point, b: &Point, l: &Labels, alone: bool) -> String {
    use chrono::Datelike;
    let mon = |m: u32| l.months[(m as usize).saturating_sub(1).min(11)];
    let names = if alone { &l.months_alone } else { &l.months };
    let mon_alone = |m: u32| names[(m as usize).saturating_sub(1).min(11)];
    match (*a, *b) {
        (Point::Day(x), Point::Day(y)) if x.year() == y.year() => {
            if x.month() == y.month() {
                format!("{}–{} {} {}", x.day(), y.day(), mon(x.month()), x.year())
            } else {
                format!(
                    "{} {}–{} {} {}",
                    x.day(),
                    mon(x.month()),
                    y.day(),
                    mon(y.month()),
                    x.year()
                )
            }
        }
        (Point::Month(y1, m1), Point::Month(y2, m2)) if y1 == y2 => {
            format!("{}–{} {y1}", mon_alone(m1 as u32), mon_alone(m2 as u32))
        }
        _ => format!("{}–{}", point(a, l, alone), point(b, l, alone)),
    }
}

/// A date as a person writes it, at its precision: "1975", "дек 2024", "3 дек 2024", "с 1992".
pub fn human_date(v: &Value, rel: Relation, l: &Labels) -> String {
    let alone = matches!(rel, Relation::At | Relation::Between);
    let base = match v {
        Value::Point(p) => point(p, l, alone),
        Value::Interval(a, b) => interval(a, b, l, alone),
        Value::Ref(RefKind::Present) => l.present.to_string(),
        _ => l.undated.to_string(),
    };
    match rel {
        Relation::Since => format!("{} {base}", l.since),
        Relation::Until => format!("{} {base}", l.until),
        Relation::Before => format!("{} {base}", l.before),
        Relation::After => format!("{} {base}", l.after),
        _ => base,
    }
}

pub(crate) fn roman(mut n: i32) -> String {
    if n <= 0 || n > 3999 {
        return n.to_string();
    }
    let table = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut s = String::new();
    for (v, r) in table {
        while n >= v {
            s.push_str(r);
            n -= v;
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn ru() -> &'static Labels {
        crate::lang::by_code("ru").unwrap().labels()
    }

    #[test]
    fn a_title_names_a_place_in_any_case_form() {
        let ru = crate::lang::by_code("ru").unwrap();
        assert!(mentions(ru, "Саммит One Water в Эр-Рияде", "Эр-Рияд"));
        assert!(mentions(ru, "Способ была известна в Китае", "Китай"));
        assert!(!mentions(ru, "Встреча в Москве", "Минск"));
        // Every word of the place, not its first letters: "Южная Корея" is not "Южный Судан".
        assert!(!mentions(ru, "Выборы в Южном Судане", "Южная Корея"));
        let en = crate::lang::by_code("en").unwrap();
        assert!(mentions(en, "Talks held in Geneva", "Geneva"));
    }

    #[test]
    fn years_before_the_era() {
        let en = crate::lang::by_code("en").unwrap().labels();
        let at = |p: Point, l: &Labels| human_date(&Value::Point(p), Relation::At, l);
        let y = crate::time::from_bc;
        assert_eq!(at(Point::Year(y(480)), en), "480 BC");
        assert_eq!(at(Point::Year(y(480)), ru()), "480 до н. э.");
        assert_eq!(at(Point::Year(1), en), "1");
        assert_eq!(
            at(Point::Month(y(490), 9), en),
            format!("{} 490 BC", en.months[8])
        );
        assert_eq!(at(Point::Century(-5), en), format!("V {} BC", en.century));
        assert_eq!(at(Point::Decade(-49), en), "480s BC");
    }

    #[test]
    fn dates_at_their_precision() {
        let d = |m, dd| Point::Day(NaiveDate::from_ymd_opt(2024, m, dd).unwrap());
        assert_eq!(
            human_date(&Value::Point(Point::Year(1975)), Relation::At, ru()),
            "1975"
        );
        assert_eq!(
            human_date(&Value::Point(Point::Year(1992)), Relation::Since, ru()),
            "с 1992"
        );
        assert_eq!(
            human_date(&Value::Point(Point::Month(2024, 12)), Relation::At, ru()),
            "дек 2024"
        );
        assert_eq!(
            human_date(&Value::Point(d(12, 3)), Relation::At, ru()),
            "3 дек 2024"
        );
        // A month alone is nominative; governed by "с" it stays genitive; after a day, genitive.
        assert_eq!(
            human_date(&Value::Point(Point::Month(1949, 5)), Relation::At, ru()),
            "май 1949"
        );
        assert_eq!(
            human_date(&Value::Point(Point::Month(1949, 5)), Relation::Since, ru()),
            "с мая 1949"
        );
        assert_eq!(
            human_date(&Value::Point(Point::NoYearDay(5, 9)), Relation::At, ru()),
            "9 мая"
        );
        let day = NaiveDate::from_ymd_opt(2024, 12, 3).unwrap();
        assert_eq!(
            human_date(&Value::Point(Point::Hour(day, 22)), Relation::At, ru()),
            "3 дек 2024 22:00"
        );
        assert_eq!(
            human_date(&Value::Point(Point::Minute(day, 9, 5)), Relation::At, ru()),
            "3 дек 2024 09:05"
        );
        assert_eq!(
            human_date(
                &Value::Interval(d(12, 5), d(12, 7)),
                Relation::Between,
                ru()
            ),
            "5–7 дек 2024"
        );
        assert_eq!(
            human_date(
                &Value::Interval(Point::Month(2020, 11), Point::Month(2020, 12)),
                Relation::Between,
                ru()
            ),
            "ноя–дек 2020"
        );
    }
}
