//! An `Extraction` back from its JSON (a `-f jsonl` line): what a partial timeline is made of
//! when it crosses processes (pickle, Spark). Everything the timeline merge and its writers
//! read comes back exactly; the text and byte offsets, which only TimeML needs, do not.

use chrono::NaiveDate;
use letopis::model::{Dct, DctOrigin, Event, Extraction, Timex, When};
use letopis::time::{DayPart, Mod, Point, Precision, RefKind, Relation, Season, TimexType, Value};
use serde_json::{Map, Value as Json};

/// A TIMEX3 value as `Value`'s `Display` writes it. A value read as a calendar point must
/// write back to the same string, so a spelling this reader does not know fails loudly
/// instead of reading as another date.
pub fn value(s: &str, kind: Option<TimexType>) -> Result<Value, String> {
    let v = match s {
        "PRESENT_REF" => Value::Ref(RefKind::Present),
        "PAST_REF" => Value::Ref(RefKind::Past),
        "FUTURE_REF" => Value::Ref(RefKind::Future),
        _ => match (point(s), s.split_once('/')) {
            (Some(p), _) => Value::Point(p),
            (None, Some((a, b))) if point(a).is_some() && point(b).is_some() => Value::Interval(
                point(a).unwrap_or(Point::Year(0)),
                point(b).unwrap_or(Point::Year(0)),
            ),
            _ => match kind {
                Some(TimexType::Set) => Value::Set(s.to_string()),
                Some(TimexType::Duration) => Value::Duration(s.to_string()),
                _ if s.starts_with('P') => Value::Duration(s.to_string()),
                _ if looks_like_a_date(s) => return Err(format!("unknown TIMEX3 value {s:?}")),
                _ => Value::Set(s.to_string()),
            },
        },
    };
    if v.to_string() != s {
        return Err(format!("TIMEX3 value {s:?} reads back as {v}"));
    }
    Ok(v)
}

/// A value that should have read as a point or interval: digits or BC first, no X.
fn looks_like_a_date(s: &str) -> bool {
    (s.starts_with("BC") || s.starts_with(|c: char| c.is_ascii_digit())) && !s.contains('X')
}

/// Digits at the front of `s`, their count, and the rest.
fn digits(s: &str) -> (u32, usize, &str) {
    let n = s.bytes().take_while(u8::is_ascii_digit).count();
    (s[..n].parse().unwrap_or(u32::MAX), n, &s[n..])
}

fn two(s: &str) -> Option<(u8, &str)> {
    let (v, n, rest) = digits(s);
    (n == 2).then_some((v as u8, rest))
}

fn point(s: &str) -> Option<Point> {
    let p = point_loose(s)?;
    (Value::Point(p).to_string() == s).then_some(p)
}

fn point_loose(s: &str) -> Option<Point> {
    if let Some(rest) = s.strip_prefix("XXXX-") {
        let (m, rest) = two(rest)?;
        return match rest.strip_prefix('-') {
            None if rest.is_empty() => Some(Point::NoYearMonth(m)),
            Some(d) => {
                let (d, rest) = two(d)?;
                rest.is_empty().then_some(Point::NoYearDay(m, d))
            }
            None => None,
        };
    }
    let (bc, body) = match s.strip_prefix("BC") {
        Some(b) => (true, b),
        None => (false, s),
    };
    let (n, len, rest) = digits(body);
    if len == 0 || n == u32::MAX {
        return None;
    }
    let n = n as i32;
    match (len, rest.is_empty()) {
        (2, true) => return Some(Point::Century(if bc { -1 - n } else { n })),
        (3, true) => return Some(Point::Decade(if bc { -1 - n } else { n })),
        (l, _) if l < 4 => return None,
        _ => {}
    }
    // Astronomical years inside: 480 BC is -479.
    let y = if bc { 1 - n } else { n };
    if rest.is_empty() {
        return Some(Point::Year(y));
    }
    let rest = rest.strip_prefix('-')?;
    if let Some(h) = rest.strip_prefix('H') {
        return Some(Point::Half(y, h.parse().ok()?));
    }
    if let Some(q) = rest.strip_prefix('Q') {
        return Some(Point::Quarter(y, q.parse().ok()?));
    }
    let season = match rest {
        "SP" => Some(Season::Spring),
        "SU" => Some(Season::Summer),
        "FA" => Some(Season::Autumn),
        "WI" => Some(Season::Winter),
        _ => None,
    };
    if let Some(se) = season {
        return Some(Point::Season(y, se));
    }
    if let Some(w) = rest.strip_prefix('W') {
        let (w, tail) = two(w)?;
        return match tail {
            "" => Some(Point::Week(y, w)),
            "-WE" => Some(Point::Weekend(y, w)),
            _ => None,
        };
    }
    let (m, rest) = two(rest)?;
    if rest.is_empty() {
        return Some(Point::Month(y, m));
    }
    let (d, rest) = two(rest.strip_prefix('-')?)?;
    let day = NaiveDate::from_ymd_opt(y, m as u32, d as u32)?;
    if rest.is_empty() {
        return Some(Point::Day(day));
    }
    let t = rest.strip_prefix('T')?;
    let part = match t {
        "MO" => Some(DayPart::Morning),
        "MI" => Some(DayPart::Midday),
        "AF" => Some(DayPart::Afternoon),
        "EV" => Some(DayPart::Evening),
        "NI" => Some(DayPart::Night),
        _ => None,
    };
    if let Some(p) = part {
        return Some(Point::DayPart(day, p));
    }
    let (h, rest) = two(t)?;
    if rest.is_empty() {
        return Some(Point::Hour(day, h));
    }
    let (mi, rest) = two(rest.strip_prefix(':')?)?;
    if rest.is_empty() {
        return Some(Point::Minute(day, h, mi));
    }
    let (sec, rest) = two(rest.strip_prefix(':')?)?;
    rest.is_empty().then_some(Point::Second(day, h, mi, sec))
}

fn field<'a>(o: &'a Map<String, Json>, k: &str) -> Result<&'a Json, String> {
    o.get(k).ok_or_else(|| format!("field {k:?} is missing"))
}

fn string(o: &Map<String, Json>, k: &str) -> Result<String, String> {
    field(o, k)?
        .as_str()
        .map(str::to_string)
        .ok_or_else(|| format!("field {k:?} is not a string"))
}

fn opt_string(o: &Map<String, Json>, k: &str) -> Result<Option<String>, String> {
    match o.get(k) {
        None | Some(Json::Null) => Ok(None),
        Some(Json::String(s)) => Ok(Some(s.clone())),
        Some(_) => Err(format!("field {k:?} is not a string")),
    }
}

fn number(o: &Map<String, Json>, k: &str) -> Result<usize, String> {
    field(o, k)?
        .as_u64()
        .map(|n| n as usize)
        .ok_or_else(|| format!("field {k:?} is not a number"))
}

fn object<'a>(j: &'a Json, what: &str) -> Result<&'a Map<String, Json>, String> {
    j.as_object()
        .ok_or_else(|| format!("{what} is not an object"))
}

fn strings(o: &Map<String, Json>, k: &str) -> Result<Vec<String>, String> {
    field(o, k)?
        .as_array()
        .and_then(|a| a.iter().map(|s| s.as_str().map(str::to_string)).collect())
        .ok_or_else(|| format!("field {k:?} is not a list of strings"))
}

/// A name as serde writes it, back to its enum value.
fn named<T: Copy>(
    s: Option<String>,
    all: &[T],
    name: impl Fn(T) -> String,
    what: &str,
) -> Result<Option<T>, String> {
    s.map(|s| {
        all.iter()
            .copied()
            .find(|&v| name(v) == s)
            .ok_or_else(|| format!("unknown {what} {s:?}"))
    })
    .transpose()
}

const PRECISIONS: [Precision; 12] = [
    Precision::Century,
    Precision::Decade,
    Precision::Year,
    Precision::Half,
    Precision::Quarter,
    Precision::Season,
    Precision::Month,
    Precision::Week,
    Precision::Day,
    Precision::Hour,
    Precision::Minute,
    Precision::Second,
];
const MODS: [Mod; 10] = [
    Mod::Start,
    Mod::Mid,
    Mod::End,
    Mod::Approx,
    Mod::Before,
    Mod::After,
    Mod::OnOrBefore,
    Mod::OnOrAfter,
    Mod::LessThan,
    Mod::MoreThan,
];
const TYPES: [TimexType; 4] = [
    TimexType::Date,
    TimexType::Time,
    TimexType::Duration,
    TimexType::Set,
];
const RELATIONS: [Relation; 6] = [
    Relation::At,
    Relation::Since,
    Relation::Until,
    Relation::Between,
    Relation::Before,
    Relation::After,
];
const ORIGINS: [DctOrigin; 6] = [
    DctOrigin::Flag,
    DctOrigin::Metadata,
    DctOrigin::Dateline,
    DctOrigin::Text,
    DctOrigin::Estimated,
    DctOrigin::Today,
];

/// serde's name of a unit variant (what the JSON writers write).
fn serde_name<T: serde::Serialize>(v: T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|j| j.as_str().map(str::to_string))
        .unwrap_or_default()
}

fn timex(j: &Json) -> Result<Timex, String> {
    let o = object(j, "a timex")?;
    let kind = named(Some(string(o, "type")?), &TYPES, serde_name, "timex type")?
        .unwrap_or(TimexType::Date);
    Ok(Timex {
        id: string(o, "id")?,
        text: string(o, "text")?,
        start: number(o, "start")?,
        end: number(o, "end")?,
        kind,
        value: value(&string(o, "value")?, Some(kind))?,
        modifier: named(opt_string(o, "mod")?, &MODS, serde_name, "mod")?,
        precision: named(
            opt_string(o, "precision")?,
            &PRECISIONS,
            serde_name,
            "precision",
        )?,
        byte_start: 0,
        byte_end: 0,
        rules: Default::default(),
        relation: Relation::At,
        dateline: false,
    })
}

fn event(j: &Json) -> Result<Event, String> {
    let o = object(j, "an event")?;
    let w = object(field(o, "when")?, "\"when\"")?;
    Ok(Event {
        id: string(o, "id")?,
        title: string(o, "title")?,
        when: When {
            value: value(&string(w, "value")?, None)?,
            precision: named(
                opt_string(w, "precision")?,
                &PRECISIONS,
                serde_name,
                "precision",
            )?,
            start: opt_string(w, "start")?,
            end: opt_string(w, "end")?,
            relation: named(
                Some(string(w, "relation")?),
                &RELATIONS,
                serde_name,
                "relation",
            )?
            .unwrap_or_default(),
        },
        timex: strings(o, "timex")?,
        sentence: string(o, "sentence")?,
        start: number(o, "start")?,
        end: number(o, "end")?,
        location: opt_string(o, "location")?,
        sources: strings(o, "sources")?,
    })
}

/// A document from its `-f jsonl` line, without its text.
pub fn extraction(line: &str) -> Result<Extraction, String> {
    let j: Json = serde_json::from_str(line).map_err(|e| format!("not JSON: {e}"))?;
    let o = object(&j, "the document")?;
    let dct = object(field(o, "dct")?, "\"dct\"")?;
    let list = |k: &str| -> Result<&Vec<Json>, String> {
        field(o, k)?
            .as_array()
            .ok_or_else(|| format!("field {k:?} is not a list"))
    };
    let value = string(dct, "value")?;
    let at =
        letopis::parse_dct(&value).ok_or_else(|| format!("dct value {value:?} is not a date"))?;
    Ok(Extraction {
        id: string(o, "id")?,
        lang: string(o, "lang")?,
        dct: Dct {
            value,
            at,
            origin: named(
                Some(string(dct, "origin")?),
                &ORIGINS,
                serde_name,
                "dct origin",
            )?
            .unwrap_or(DctOrigin::Text),
            year_inferred: dct.get("year_inferred").and_then(Json::as_bool) == Some(true),
            alternatives: if dct.contains_key("alternatives") {
                strings(dct, "alternatives")?
            } else {
                vec![]
            },
        },
        timexes: list("timexes")?
            .iter()
            .map(timex)
            .collect::<Result<_, _>>()?,
        events: list("events")?
            .iter()
            .map(event)
            .collect::<Result<_, _>>()?,
        title: opt_string(o, "title")?,
        url: opt_string(o, "url")?,
        meta: match o.get("meta") {
            None | Some(Json::Null) => None,
            Some(Json::Object(m)) => Some(m.clone()),
            Some(_) => return Err("field \"meta\" is not an object".into()),
        },
        text: String::new(),
        wrapper: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_read_back() {
        for s in [
            "1975",
            "2024-12",
            "2024-12-03",
            "2024-12-06T02:37",
            "2024-12-06T02",
            "2024-12-06T02:37:05",
            "2024-12-06TEV",
            "199",
            "19",
            "2024-SP",
            "2024-Q1",
            "2024-H2",
            "2024-W49",
            "2024-W49-WE",
            "XXXX-12-03",
            "XXXX-12",
            "2024-12-05/2024-12-07",
            "2010/2012",
            "BC0480",
            "BC048",
            "BC04",
            "PRESENT_REF",
            "PAST_REF",
            "P3Y",
            "PT2H",
        ] {
            assert_eq!(
                value(s, None).map(|v| v.to_string()),
                Ok(s.to_string()),
                "{s}"
            );
        }
        assert!(matches!(
            value("BC0480", None),
            Ok(Value::Point(Point::Year(-479)))
        ));
        assert!(matches!(
            value("XXXX-WXX-1", Some(TimexType::Set)),
            Ok(Value::Set(_))
        ));
        assert!(value("2024-13-01", None).is_err());
        assert!(value("2024-1", None).is_err());
    }
}
