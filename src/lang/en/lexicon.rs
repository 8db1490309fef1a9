//! English words the date grammar reads: months, weekdays, numerals, units, parts of day.

use crate::time::{DayPart, Season, Unit};
use chrono::Weekday;

/// A month by its full name or abbreviation; `abbrev` is true for the short forms,
/// which need a number next to them to count as a month.
pub fn month(w: &str) -> Option<(u8, bool)> {
    Some(match w {
        "january" => (1, false),
        "february" => (2, false),
        "march" => (3, false),
        "april" => (4, false),
        "may" => (5, false),
        "june" => (6, false),
        "july" => (7, false),
        "august" => (8, false),
        "september" => (9, false),
        "october" => (10, false),
        "november" => (11, false),
        "december" => (12, false),
        "jan" => (1, true),
        "feb" => (2, true),
        "mar" => (3, true),
        "apr" => (4, true),
        "jun" => (6, true),
        "jul" => (7, true),
        "aug" => (8, true),
        "sep" | "sept" => (9, true),
        "oct" => (10, true),
        "nov" => (11, true),
        "dec" => (12, true),
        _ => return None,
    })
}

pub fn weekday(w: &str) -> Option<Weekday> {
    Some(match w {
        "monday" | "mon" | "mondays" => Weekday::Mon,
        "tuesday" | "tue" | "tues" | "tuesdays" => Weekday::Tue,
        "wednesday" | "wed" | "wednesdays" => Weekday::Wed,
        "thursday" | "thu" | "thur" | "thurs" | "thursdays" => Weekday::Thu,
        "friday" | "fri" | "fridays" => Weekday::Fri,
        "saturday" | "sat" | "saturdays" => Weekday::Sat,
        "sunday" | "sun" | "sundays" => Weekday::Sun,
        _ => return None,
    })
}

/// Full weekday names (abbreviations like "sat", "sun", "wed" are also common words).
pub fn weekday_full(w: &str) -> bool {
    w.len() >= 6 && weekday(w).is_some()
}

pub fn season(w: &str) -> Option<Season> {
    Some(match w {
        "spring" => Season::Spring,
        "summer" => Season::Summer,
        "fall" | "autumn" => Season::Autumn,
        "winter" => Season::Winter,
        _ => return None,
    })
}

pub fn day_part(w: &str) -> Option<DayPart> {
    Some(match w {
        "morning" => DayPart::Morning,
        "afternoon" => DayPart::Afternoon,
        "evening" => DayPart::Evening,
        "night" | "tonight" | "overnight" => DayPart::Night,
        _ => return None,
    })
}

/// A time unit and whether it was plural ("years").
pub fn unit(w: &str) -> Option<(Unit, bool)> {
    Some(match w {
        "second" | "sec" => (Unit::Second, false),
        "seconds" | "secs" => (Unit::Second, true),
        "minute" | "min" => (Unit::Minute, false),
        "minutes" | "mins" => (Unit::Minute, true),
        "hour" | "hr" => (Unit::Hour, false),
        "hours" | "hrs" => (Unit::Hour, true),
        "day" => (Unit::Day, false),
        "days" => (Unit::Day, true),
        "week" => (Unit::Week, false),
        "weeks" => (Unit::Week, true),
        "month" => (Unit::Month, false),
        "months" => (Unit::Month, true),
        "quarter" | "qtr" => (Unit::Quarter, false),
        "quarters" | "qtrs" => (Unit::Quarter, true),
        "year" | "yr" => (Unit::Year, false),
        "years" | "yrs" => (Unit::Year, true),
        "decade" => (Unit::Decade, false),
        "decades" => (Unit::Decade, true),
        "century" => (Unit::Century, false),
        "centuries" => (Unit::Century, true),
        _ => return None,
    })
}

/// Cardinal numerals as words, up to 19 and the tens.
pub fn small_number(w: &str) -> Option<u32> {
    Some(match w {
        "zero" => 0,
        "one" | "a" | "an" | "single" => 1,
        "two" | "couple" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" | "dozen" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        _ => return tens(w),
    })
}

pub fn tens(w: &str) -> Option<u32> {
    Some(match w {
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        _ => return None,
    })
}

/// Ordinal words: first..nineteenth, the tens' ordinals.
pub fn ordinal(w: &str) -> Option<u32> {
    Some(match w {
        "first" => 1,
        "second" => 2,
        "third" => 3,
        "fourth" => 4,
        "fifth" => 5,
        "sixth" => 6,
        "seventh" => 7,
        "eighth" => 8,
        "ninth" => 9,
        "tenth" => 10,
        "eleventh" => 11,
        "twelfth" => 12,
        "thirteenth" => 13,
        "fourteenth" => 14,
        "fifteenth" => 15,
        "sixteenth" => 16,
        "seventeenth" => 17,
        "eighteenth" => 18,
        "nineteenth" => 19,
        "twentieth" => 20,
        "thirtieth" => 30,
        _ => return None,
    })
}

/// Vague quantities: "several years" is PXY.
pub fn vague(w: &str) -> bool {
    matches!(w, "several" | "few" | "many" | "some")
}

/// Irregular past forms (regular ones end in -ed).
pub fn irregular_past(w: &str) -> bool {
    matches!(
        w,
        "was"
            | "were"
            | "had"
            | "did"
            | "said"
            | "told"
            | "went"
            | "came"
            | "took"
            | "gave"
            | "made"
            | "got"
            | "saw"
            | "knew"
            | "thought"
            | "found"
            | "left"
            | "met"
            | "began"
            | "became"
            | "held"
            | "brought"
            | "bought"
            | "sold"
            | "paid"
            | "lost"
            | "won"
            | "fell"
            | "rose"
            | "led"
            | "sent"
            | "spent"
            | "built"
            | "struck"
            | "hit"
            | "set"
            | "put"
            | "cut"
            | "shot"
            | "fought"
            | "caught"
            | "taught"
            | "wrote"
            | "spoke"
            | "broke"
            | "chose"
            | "drove"
            | "flew"
            | "grew"
            | "threw"
            | "drew"
            | "ran"
            | "sat"
            | "stood"
            | "understood"
            | "heard"
            | "felt"
            | "kept"
            | "meant"
            | "read"
            | "overtook"
            | "undertook"
            | "withdrew"
            | "forecast"
            | "quit"
            | "sought"
            | "swore"
            | "tore"
            | "wore"
            | "woke"
            | "ate"
            | "fled"
            | "slid"
            | "sank"
            | "sprang"
            | "stole"
            | "struck down"
            | "ago"
            | "earlier"
            | "previously"
            | "formerly"
    )
}

/// Words ending in -ed that are not past verbs.
pub fn ed_not_past(w: &str) -> bool {
    matches!(
        w,
        "need"
            | "feed"
            | "seed"
            | "speed"
            | "bed"
            | "red"
            | "shed"
            | "hundred"
            | "indeed"
            | "proceed"
            | "succeed"
            | "exceed"
            | "united"
            | "based"
            | "expected"
            | "scheduled"
            | "planned"
            | "proposed"
            | "anticipated"
            | "projected"
            | "slated"
            | "supposed"
            | "intended"
            | "limited"
            | "related"
            | "detailed"
            | "advanced"
            | "concerned"
            | "interested"
            | "ted"
            | "ned"
            | "fred"
            | "ed"
            | "breed"
            | "creed"
            | "weed"
            | "greed"
            | "deed"
            | "sled"
            | "wed"
    )
}

/// Words that put the clause in the future.
pub fn future_marker(w: &str) -> bool {
    matches!(
        w,
        "will"
            | "shall"
            | "ll"
            | "would"
            | "expected"
            | "scheduled"
            | "planned"
            | "plans"
            | "plan"
            | "slated"
            | "set"
            | "due"
            | "upcoming"
            | "intends"
            | "aims"
            | "next"
            | "tomorrow"
            | "going"
            | "proposed"
            | "projected"
            | "later"
    )
}

/// Nouns after a number that make it a count, not a year ("2000 people").
pub fn count_noun(w: &str) -> bool {
    matches!(
        w,
        "people"
            | "persons"
            | "shares"
            | "share"
            | "tons"
            | "tonnes"
            | "points"
            | "dollars"
            | "units"
            | "employees"
            | "workers"
            | "jobs"
            | "troops"
            | "soldiers"
            | "feet"
            | "ft"
            | "meters"
            | "metres"
            | "miles"
            | "km"
            | "kilometers"
            | "yards"
            | "votes"
            | "cars"
            | "barrels"
            | "acres"
            | "pounds"
            | "lbs"
            | "kg"
            | "copies"
            | "students"
            | "members"
            | "residents"
            | "cases"
            | "deaths"
            | "homes"
            | "houses"
            | "rooms"
            | "beds"
            | "seats"
            | "words"
            | "pages"
            | "calories"
            | "hp"
            | "rpm"
            | "mw"
            | "kw"
            | "percent"
            | "pct"
            | "am"
            | "pm"
            | "hours"
            | "hrs"
            | "gmt"
            | "utc"
    )
}
