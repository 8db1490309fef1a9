//! English words the date grammar reads: months, weekdays, numerals, units, parts of day.

use crate::lang::AbbreviationWords;
pub use crate::time::holidays::Holiday;
use crate::time::holidays::*;
use crate::time::{Cal, DayPart, DayRule, Obs, Season, Unit};
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
    un_adjective(w)
        || matches!(
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

/// "untouched", "unexpected", "unnamed": negated participles are adjectives; the few
/// verbs that undo something ("unveiled", "uncovered") are past tense.
fn un_adjective(w: &str) -> bool {
    w.starts_with("un")
        && !w.starts_with("under")
        && !matches!(
            w,
            "unveiled"
                | "unleashed"
                | "unlocked"
                | "unfolded"
                | "unraveled"
                | "unravelled"
                | "uncovered"
                | "unearthed"
                | "unsealed"
                | "unloaded"
                | "unpacked"
                | "unblocked"
                | "unseated"
                | "unified"
                | "united"
                | "untied"
                | "unmasked"
                | "unplugged"
                | "unwrapped"
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

/// Holiday names as normalised words. `'s` is an optional possessive; a word also
/// matches with a plain "s" ("presidents day", "new years eve"). Longest name wins.
pub static HOLIDAYS: &[(&str, Holiday)] = &[
    ("christmas", fixed(12, 25)),
    ("christmas day", fixed(12, 25)),
    ("xmas", fixed(12, 25)),
    ("xmas day", fixed(12, 25)),
    ("christmas eve", fixed(12, 24)),
    ("xmas eve", fixed(12, 24)),
    ("boxing day", fixed(12, 26)),
    ("new year 's day", fixed(1, 1)),
    ("new year 's eve", fixed(12, 31)),
    ("halloween", fixed(10, 31)),
    ("valentine 's day", fixed(2, 14)),
    ("valentine day", fixed(2, 14)),
    ("st patrick 's day", fixed(3, 17)),
    ("saint patrick 's day", fixed(3, 17)),
    ("st paddy 's day", fixed(3, 17)),
    ("saint paddy 's day", fixed(3, 17)),
    ("independence day", fixed(7, 4)),
    ("veterans day", fixed(11, 11)),
    ("veteran 's day", fixed(11, 11)),
    ("armistice day", fixed(11, 11)),
    ("april fool 's day", fixed(4, 1)),
    ("earth day", fixed(4, 22)),
    ("world vegan day", fixed(11, 1)),
    ("thanksgiving", nth(11, Weekday::Thu, 4, 0)),
    ("thanksgiving day", nth(11, Weekday::Thu, 4, 0)),
    ("black friday", nth(11, Weekday::Thu, 4, 1)),
    // US: the Tuesday after the first Monday of November.
    ("election day", nth(11, Weekday::Mon, 1, 1)),
    ("martin luther king day", nth(1, Weekday::Mon, 3, 0)),
    ("martin luther king 's day", nth(1, Weekday::Mon, 3, 0)),
    ("martin luther king jr day", nth(1, Weekday::Mon, 3, 0)),
    ("mlk day", nth(1, Weekday::Mon, 3, 0)),
    ("mlk jr day", nth(1, Weekday::Mon, 3, 0)),
    ("civil rights day", nth(1, Weekday::Mon, 3, 0)),
    ("president 's day", nth(2, Weekday::Mon, 3, 0)),
    ("washington 's birthday", nth(2, Weekday::Mon, 3, 0)),
    ("memorial day", nth(5, Weekday::Mon, -1, 0)),
    ("labor day", nth(9, Weekday::Mon, 1, 0)),
    ("labour day", nth(9, Weekday::Mon, 1, 0)),
    ("columbus day", nth(10, Weekday::Mon, 2, 0)),
    ("mother 's day", nth(5, Weekday::Sun, 2, 0)),
    ("father 's day", nth(6, Weekday::Sun, 3, 0)),
    ("easter", easter(0)),
    ("easter sunday", easter(0)),
    ("easter monday", easter(1)),
    ("easter mon", easter(1)),
    ("good friday", easter(-2)),
    ("holy saturday", easter(-1)),
    ("maundy thursday", easter(-3)),
    ("holy thursday", easter(-3)),
    ("covenant thursday", easter(-3)),
    ("covenant thu", easter(-3)),
    ("thursday of mysteries", easter(-3)),
    ("thu of mysteries", easter(-3)),
    ("palm sunday", easter(-7)),
    ("branch sunday", easter(-7)),
    ("ash wednesday", easter(-46)),
    ("mardi gras", easter(-47)),
    ("shrove tuesday", easter(-47)),
    ("pancake day", easter(-47)),
    ("ascension day", easter(39)),
    ("pentecost", easter(49)),
    ("whit sunday", easter(49)),
    ("white sunday", easter(49)),
    ("whitsunday", easter(49)),
    ("whit monday", easter(50)),
    ("monday of the holy spirit", easter(50)),
    ("trinity sunday", easter(56)),
    ("corpus christi", easter(60)),
    (
        "lent",
        Holiday {
            rule: DayRule::Easter { julian: false },
            offset: -46,
            until: Some((DayRule::Easter { julian: false }, -1)),
        },
    ),
    ("orthodox easter", orthodox(0, None)),
    ("orthodox easter sunday", orthodox(0, None)),
    ("orthodox good friday", orthodox(-2, None)),
    ("orthodox great friday", orthodox(-2, None)),
    ("clean monday", orthodox(-48, None)),
    ("orthodox shrove monday", orthodox(-48, None)),
    ("lazarus saturday", orthodox(-8, None)),
    ("great fast", orthodox(-48, Some(-9))),
    ("boss 's day", observed(10, 16, NEAREST_WEEKDAY)),
    ("boss day", observed(10, 16, NEAREST_WEEKDAY)),
    ("bosses day", observed(10, 16, NEAREST_WEEKDAY)),
    ("national boss 's day", observed(10, 16, NEAREST_WEEKDAY)),
    // The Netherlands since 2014: 27 April, or the Saturday before when that is a Sunday.
    ("king 's day", observed(4, 27, [0, 0, 0, 0, 0, 0, -1])),
    ("koningsdag", observed(4, 27, [0, 0, 0, 0, 0, 0, -1])),
    // Jewish holidays. Several-day ones run from the first day to the last (in the diaspora).
    ("rosh hashanah", hebrew(1, 1, 2, STAY)),
    ("rosh hashana", hebrew(1, 1, 2, STAY)),
    ("rosh hashanna", hebrew(1, 1, 2, STAY)),
    ("rosh ha shanah", hebrew(1, 1, 2, STAY)),
    ("rosh hoshana", hebrew(1, 1, 2, STAY)),
    ("jewish new year", hebrew(1, 1, 2, STAY)),
    ("yom kippur", hebrew(1, 10, 1, STAY)),
    ("day of atonement", hebrew(1, 10, 1, STAY)),
    ("sukkot", hebrew(1, 15, 8, STAY)),
    ("succot", hebrew(1, 15, 8, STAY)),
    ("sukkos", hebrew(1, 15, 8, STAY)),
    ("succos", hebrew(1, 15, 8, STAY)),
    ("feast of tabernacles", hebrew(1, 15, 8, STAY)),
    ("feast of booths", hebrew(1, 15, 8, STAY)),
    ("feast of the ingathering", hebrew(1, 15, 8, STAY)),
    ("shemini atzeret", hebrew(1, 22, 1, STAY)),
    ("shmini atzeret", hebrew(1, 22, 1, STAY)),
    ("simchat torah", hebrew(1, 23, 1, STAY)),
    ("simhat torah", hebrew(1, 23, 1, STAY)),
    ("hanukkah", hebrew(3, 25, 8, STAY)),
    ("hanukah", hebrew(3, 25, 8, STAY)),
    ("hannukah", hebrew(3, 25, 8, STAY)),
    ("hannukkah", hebrew(3, 25, 8, STAY)),
    ("hanukka", hebrew(3, 25, 8, STAY)),
    ("hanuka", hebrew(3, 25, 8, STAY)),
    ("chanukah", hebrew(3, 25, 8, STAY)),
    ("chanukkah", hebrew(3, 25, 8, STAY)),
    ("channukah", hebrew(3, 25, 8, STAY)),
    ("chanuka", hebrew(3, 25, 8, STAY)),
    ("tu bishvat", hebrew(5, 15, 1, STAY)),
    ("tu b shvat", hebrew(5, 15, 1, STAY)),
    ("tu beshvat", hebrew(5, 15, 1, STAY)),
    ("purim", hebrew(6, 14, 1, STAY)),
    ("shushan purim", hebrew(6, 15, 1, STAY)),
    ("passover", hebrew(7, 15, 8, STAY)),
    ("pesach", hebrew(7, 15, 8, STAY)),
    ("pesah", hebrew(7, 15, 8, STAY)),
    ("pesakh", hebrew(7, 15, 8, STAY)),
    ("yom hashoah", hebrew(7, 27, 1, SHOAH)),
    ("yom ha shoah", hebrew(7, 27, 1, SHOAH)),
    ("holocaust day", hebrew(7, 27, 1, SHOAH)),
    // Memorial Day: the day before Yom HaAtzmaut, wherever that moved.
    (
        "yom hazikaron",
        Holiday {
            rule: on_cal(Cal::Hebrew, 8, 5, ATZMAUT),
            offset: -2,
            until: None,
        },
    ),
    ("yom haatzmaut", hebrew(8, 5, 1, ATZMAUT)),
    ("yom ha atzmaut", hebrew(8, 5, 1, ATZMAUT)),
    ("lag baomer", hebrew(8, 18, 1, STAY)),
    ("lag b omer", hebrew(8, 18, 1, STAY)),
    ("lag ba omer", hebrew(8, 18, 1, STAY)),
    ("shavuot", hebrew(9, 6, 2, STAY)),
    ("shavuos", hebrew(9, 6, 2, STAY)),
    ("shavuoth", hebrew(9, 6, 2, STAY)),
    ("tisha b av", hebrew(11, 9, 1, SHABBAT_TO_SUNDAY)),
    ("tisha beav", hebrew(11, 9, 1, SHABBAT_TO_SUNDAY)),
    ("tisha ba av", hebrew(11, 9, 1, SHABBAT_TO_SUNDAY)),
    // Islamic holidays.
    ("islamic new year", hijri(1, 1)),
    ("hijri new year", hijri(1, 1)),
    ("muslim new year", hijri(1, 1)),
    ("amun jadid", hijri(1, 1)),
    ("ashura", hijri(1, 10)),
    ("day of ashura", hijri(1, 10)),
    ("mawlid", hijri(3, 12)),
    ("mawlid al nabawi", hijri(3, 12)),
    ("mawlid al nabi", hijri(3, 12)),
    ("mawlid an nabi", hijri(3, 12)),
    ("milad un nabi", hijri(3, 12)),
    ("isra and mi raj", hijri(7, 27)),
    ("isra and miraj", hijri(7, 27)),
    ("isra mi raj", hijri(7, 27)),
    ("the prophet 's ascension", hijri(7, 27)),
    ("the night journey", hijri(7, 27)),
    ("ascension to heaven", hijri(7, 27)),
    (
        "ramadan",
        Holiday {
            rule: on_cal(Cal::Hijri, 9, 1, STAY),
            offset: 0,
            until: Some((on_cal(Cal::Hijri, 9, -1, STAY), 0)),
        },
    ),
    ("laylat al qadr", hijri(9, 27)),
    ("laylat al kadr", hijri(9, 27)),
    ("lailat al qadr", hijri(9, 27)),
    ("night of power", hijri(9, 27)),
    ("night of measures", hijri(9, 27)),
    ("night of destiny", hijri(9, 27)),
    (
        "jamat ul vida",
        Holiday {
            rule: on_cal(Cal::Hijri, 9, -1, FRIDAY_BEFORE),
            offset: 0,
            until: None,
        },
    ),
    (
        "jumu atul wida",
        Holiday {
            rule: on_cal(Cal::Hijri, 9, -1, FRIDAY_BEFORE),
            offset: 0,
            until: None,
        },
    ),
    ("eid al fitr", hijri(10, 1)),
    ("eid ul fitr", hijri(10, 1)),
    ("eid el fitr", hijri(10, 1)),
    ("id al fitr", hijri(10, 1)),
    ("id ul fitr", hijri(10, 1)),
    ("eid al adha", hijri(12, 10)),
    ("eid ul adha", hijri(12, 10)),
    ("eid el adha", hijri(12, 10)),
    ("id al adha", hijri(12, 10)),
    ("id ul adha", hijri(12, 10)),
    ("sacrifice feast", hijri(12, 10)),
    ("feast of the sacrifice", hijri(12, 10)),
    ("bakr id", hijri(12, 10)),
    ("bakrid", hijri(12, 10)),
    ("kurban bayram", hijri(12, 10)),
    // Indian solar months: Makara (10) and Mesha (1).
    ("makar sankranti", solar(Cal::IndianSolar, 10, 1, 0)),
    ("makara sankranti", solar(Cal::IndianSolar, 10, 1, 0)),
    ("makara sankranthi", solar(Cal::IndianSolar, 10, 1, 0)),
    ("maghi", solar(Cal::IndianSolar, 10, 1, 0)),
    ("pongal", solar(Cal::IndianSolar, 10, 1, 0)),
    ("thai pongal", solar(Cal::IndianSolar, 10, 1, 0)),
    ("bhogi", solar(Cal::IndianSolar, 10, 1, -1)),
    ("bogi", solar(Cal::IndianSolar, 10, 1, -1)),
    ("bogi pandigai", solar(Cal::IndianSolar, 10, 1, -1)),
    ("bhogi pandigai", solar(Cal::IndianSolar, 10, 1, -1)),
    ("mattu pongal", solar(Cal::IndianSolar, 10, 1, 1)),
    ("maattu pongal", solar(Cal::IndianSolar, 10, 1, 1)),
    ("kaanum pongal", solar(Cal::IndianSolar, 10, 1, 2)),
    ("kanni pongal", solar(Cal::IndianSolar, 10, 1, 2)),
    ("vaisakhi", solar(Cal::IndianSolar, 1, 1, 0)),
    ("baisakhi", solar(Cal::IndianSolar, 1, 1, 0)),
    ("vasakhi", solar(Cal::IndianSolar, 1, 1, 0)),
    ("vaishakhi", solar(Cal::IndianSolar, 1, 1, 0)),
    ("puthandu", solar(Cal::IndianSolar, 1, 1, 0)),
    ("tamil new year", solar(Cal::IndianSolar, 1, 1, 0)),
    ("pohela boishakh", solar(Cal::Bengali, 1, 1, 0)),
    ("pahela baishakh", solar(Cal::Bengali, 1, 1, 0)),
    ("bengali new year", solar(Cal::Bengali, 1, 1, 0)),
    ("rabindra jayanti", solar(Cal::Bengali, 1, 25, 0)),
    ("rabindranath jayanti", solar(Cal::Bengali, 1, 25, 0)),
    // Hindu lunar festivals (amanta months: 1 Chaitra ... 7 Ashvin, 8 Kartika ... 12 Phalguna;
    // tithis 1-15 Shukla, 16-30 Krishna), kept where the tithi prevails at the festival's time.
    ("ugadi", lunar(1, 1, Obs::Sunrise, 0)),
    ("yugadi", lunar(1, 1, Obs::Sunrise, 0)),
    ("samvatsaradi", lunar(1, 1, Obs::Sunrise, 0)),
    ("chaitra sukladi", lunar(1, 1, Obs::Sunrise, 0)),
    ("chaitra sukhladi", lunar(1, 1, Obs::Sunrise, 0)),
    ("gudi padwa", lunar(1, 1, Obs::Sunrise, 0)),
    ("hindu new year", lunar(1, 1, Obs::Sunrise, 0)),
    ("rama navami", lunar(1, 9, Obs::Midday, 0)),
    ("ram navami", lunar(1, 9, Obs::Midday, 0)),
    ("mahavir jayanti", lunar(1, 13, Obs::Sunrise, 0)),
    ("mahaveer jayanti", lunar(1, 13, Obs::Sunrise, 0)),
    ("mahavir janma kalyanak", lunar(1, 13, Obs::Sunrise, 0)),
    ("mahaveer janma kalyanak", lunar(1, 13, Obs::Sunrise, 0)),
    ("hanuman jayanti", lunar(1, 15, Obs::Sunrise, 0)),
    ("akshaya tritiya", lunar(2, 3, Obs::Sunrise, 0)),
    ("akha teej", lunar(2, 3, Obs::Sunrise, 0)),
    ("vesak", lunar(2, 15, Obs::Sunrise, 0)),
    ("wesak", lunar(2, 15, Obs::Sunrise, 0)),
    ("buddha purnima", lunar(2, 15, Obs::Sunrise, 0)),
    ("buddha jayanti", lunar(2, 15, Obs::Sunrise, 0)),
    ("buddha day", lunar(2, 15, Obs::Sunrise, 0)),
    ("ratha yatra", lunar(4, 2, Obs::Sunrise, 0)),
    ("rath yatra", lunar(4, 2, Obs::Sunrise, 0)),
    ("raksha bandhan", lunar(5, 15, Obs::Morning, 0)),
    ("rakshabandhan", lunar(5, 15, Obs::Morning, 0)),
    ("rakhi", lunar(5, 15, Obs::Morning, 0)),
    ("janmashtami", lunar(5, 23, Obs::MidnightLater, 0)),
    ("krishna janmashtami", lunar(5, 23, Obs::MidnightLater, 0)),
    ("gokulashtami", lunar(5, 23, Obs::MidnightLater, 0)),
    ("krishna jayanti", lunar(5, 23, Obs::MidnightLater, 0)),
    ("ganesh chaturthi", lunar(6, 4, Obs::Midday, 0)),
    ("ganesha chaturthi", lunar(6, 4, Obs::Midday, 0)),
    ("vinayaka chaturthi", lunar(6, 4, Obs::Midday, 0)),
    ("vinayaka chavithi", lunar(6, 4, Obs::Midday, 0)),
    ("vinayaka chathurthi", lunar(6, 4, Obs::Midday, 0)),
    // Navaratri and Durga Puja run to Vijayadashami, as Duckling has them.
    ("navaratri", lunar_span(7, 1, (10, Obs::Afternoon))),
    ("navratri", lunar_span(7, 1, (10, Obs::Afternoon))),
    ("navarathri", lunar_span(7, 1, (10, Obs::Afternoon))),
    ("durga puja", lunar_span(7, 1, (10, Obs::Afternoon))),
    ("durgotsava", lunar_span(7, 1, (10, Obs::Afternoon))),
    ("sharad navratri", lunar_span(7, 1, (10, Obs::Afternoon))),
    ("maha saptami", lunar(7, 7, Obs::Sunrise, 0)),
    ("durga ashtami", lunar(7, 8, Obs::Sunrise, 0)),
    ("maha ashtami", lunar(7, 8, Obs::Sunrise, 0)),
    ("durgashtami", lunar(7, 8, Obs::Sunrise, 0)),
    ("maha navami", lunar(7, 9, Obs::Sunrise, 0)),
    ("dussehra", lunar(7, 10, Obs::Afternoon, 0)),
    ("dusshera", lunar(7, 10, Obs::Afternoon, 0)),
    ("dussera", lunar(7, 10, Obs::Afternoon, 0)),
    ("dasara", lunar(7, 10, Obs::Afternoon, 0)),
    ("vijayadashami", lunar(7, 10, Obs::Afternoon, 0)),
    ("vijaya dashami", lunar(7, 10, Obs::Afternoon, 0)),
    ("valmiki jayanti", lunar(7, 15, Obs::Sunrise, 0)),
    ("maharishi valmiki jayanti", lunar(7, 15, Obs::Sunrise, 0)),
    ("pargat diwas", lunar(7, 15, Obs::Sunrise, 0)),
    ("karva chauth", lunar(7, 19, Obs::Moonrise, 0)),
    ("karwa chauth", lunar(7, 19, Obs::Moonrise, 0)),
    // Dhanteras opens Diwali's five days: two days before it (the Trayodashi-at-pradosh
    // rule would take the first of two evenings where almanacs take the second).
    ("dhanteras", lunar(7, 30, Obs::Evening, -2)),
    ("dhan teras", lunar(7, 30, Obs::Evening, -2)),
    ("dhanatrayodashi", lunar(7, 30, Obs::Evening, -2)),
    ("dhanvantari trayodashi", lunar(7, 30, Obs::Evening, -2)),
    ("naraka chaturdashi", lunar(7, 29, Obs::Sunrise, 0)),
    ("narak chaturdashi", lunar(7, 29, Obs::Sunrise, 0)),
    ("roop chaudas", lunar(7, 29, Obs::Sunrise, 0)),
    ("narak chaudas", lunar(7, 29, Obs::Sunrise, 0)),
    // Kali puja is at midnight; 'small Diwali' is the day before Diwali.
    ("kali chaudas", lunar(7, 29, Obs::Midnight, 0)),
    ("choti diwali", lunar(7, 30, Obs::Evening, -1)),
    ("chhoti diwali", lunar(7, 30, Obs::Evening, -1)),
    ("diwali", lunar(7, 30, Obs::Evening, 0)),
    ("deepavali", lunar(7, 30, Obs::Evening, 0)),
    ("divali", lunar(7, 30, Obs::Evening, 0)),
    ("dipavali", lunar(7, 30, Obs::Evening, 0)),
    ("deepawali", lunar(7, 30, Obs::Evening, 0)),
    ("lakshmi puja", lunar(7, 30, Obs::Evening, 0)),
    ("govardhan puja", lunar(8, 1, Obs::Sunrise, 0)),
    ("annakut", lunar(8, 1, Obs::Sunrise, 0)),
    ("bhai dooj", lunar(8, 2, Obs::Afternoon, 0)),
    ("bhaiya dooj", lunar(8, 2, Obs::Afternoon, 0)),
    ("bhau beej", lunar(8, 2, Obs::Afternoon, 0)),
    ("bhai tika", lunar(8, 2, Obs::Afternoon, 0)),
    ("bhai phonta", lunar(8, 2, Obs::Afternoon, 0)),
    ("chhath", lunar(8, 6, Obs::Sunrise, 0)),
    ("chhath puja", lunar(8, 6, Obs::Sunrise, 0)),
    ("dala puja", lunar(8, 6, Obs::Sunrise, 0)),
    ("dala chhath", lunar(8, 6, Obs::Sunrise, 0)),
    ("surya shashthi", lunar(8, 6, Obs::Sunrise, 0)),
    ("guru nanak jayanti", lunar(8, 15, Obs::Sunrise, 0)),
    ("guru nanak gurpurab", lunar(8, 15, Obs::Sunrise, 0)),
    ("gurpurab", lunar(8, 15, Obs::Sunrise, 0)),
    ("guru gobind singh jayanti", lunar(10, 7, Obs::Sunrise, 0)),
    ("guru govind singh jayanti", lunar(10, 7, Obs::Sunrise, 0)),
    ("guru gobind singh birthday", lunar(10, 7, Obs::Sunrise, 0)),
    ("guru govind singh birthday", lunar(10, 7, Obs::Sunrise, 0)),
    ("vasant panchami", lunar(11, 5, Obs::Sunrise, 0)),
    ("basant panchami", lunar(11, 5, Obs::Sunrise, 0)),
    ("guru ravidas jayanti", lunar(11, 15, Obs::Sunrise, 0)),
    ("guru ravidass jayanti", lunar(11, 15, Obs::Sunrise, 0)),
    ("guru ravidas birthday", lunar(11, 15, Obs::Sunrise, 0)),
    ("guru ravidass birthday", lunar(11, 15, Obs::Sunrise, 0)),
    ("ravidas jayanti", lunar(11, 15, Obs::Sunrise, 0)),
    // Swami Dayananda Saraswati, born on Phalguna Krishna Dashami (purnimanta).
    ("saraswati jayanti", lunar(11, 25, Obs::Sunrise, 0)),
    (
        "dayananda saraswati jayanti",
        lunar(11, 25, Obs::Sunrise, 0),
    ),
    (
        "maharishi dayananda saraswati jayanti",
        lunar(11, 25, Obs::Sunrise, 0),
    ),
    (
        "swami dayananda saraswati jayanti",
        lunar(11, 25, Obs::Sunrise, 0),
    ),
    ("maha shivaratri", lunar(11, 29, Obs::Midnight, 0)),
    ("mahashivaratri", lunar(11, 29, Obs::Midnight, 0)),
    ("maha shivratri", lunar(11, 29, Obs::Midnight, 0)),
    ("mahashivratri", lunar(11, 29, Obs::Midnight, 0)),
    ("shivaratri", lunar(11, 29, Obs::Midnight, 0)),
    ("shivratri", lunar(11, 29, Obs::Midnight, 0)),
    ("holika dahan", lunar(12, 15, Obs::AfterBhadra, 0)),
    ("chhoti holi", lunar(12, 15, Obs::AfterBhadra, 0)),
    ("choti holi", lunar(12, 15, Obs::AfterBhadra, 0)),
    ("kamudu pyre", lunar(12, 15, Obs::AfterBhadra, 0)),
    // Holi, the day of colours, is the day after the bonfire.
    ("holi", lunar(12, 15, Obs::AfterBhadra, 1)),
    ("rangwali holi", lunar(12, 15, Obs::AfterBhadra, 1)),
    ("dhulandi", lunar(12, 15, Obs::AfterBhadra, 1)),
    ("dhuleti", lunar(12, 15, Obs::AfterBhadra, 1)),
    ("phagwah", lunar(12, 15, Obs::AfterBhadra, 1)),
    // Onam: Thiruvonam (the 22nd nakshatra) in Simha, the Malayalam Chingam.
    ("onam", nakshatra(5, 22)),
    ("thiruvonam", nakshatra(5, 22)),
    ("thiru onam", nakshatra(5, 22)),
    // The Parsi (Shahenshahi) new year in August; Jamshedi Navroz is Nowruz, the March
    // equinox, which Duckling confuses with it.
    ("parsi new year", solar(Cal::Parsi, 1, 1, 0)),
    ("pateti", solar(Cal::Parsi, 12, -1, 0)),
    ("jamshedi navroz", fixed(3, 21)),
    ("nowruz", fixed(3, 21)),
    ("navruz", fixed(3, 21)),
    ("norooz", fixed(3, 21)),
    // Chinese calendar.
    ("chinese new year", chinese(1, 1)),
    ("chinese new year 's day", chinese(1, 1)),
    ("chinese lunar new year", chinese(1, 1)),
    ("chinese lunar new year 's day", chinese(1, 1)),
    ("lunar new year", chinese(1, 1)),
    ("lunar new year 's day", chinese(1, 1)),
    ("spring festival", chinese(1, 1)),
    ("lantern festival", chinese(1, 15)),
    ("dragon boat festival", chinese(5, 5)),
    ("mid autumn festival", chinese(8, 15)),
];

/// A holiday name split into words.
type HolidayName = (Vec<&'static str>, &'static Holiday);

/// Holiday names by first word.
static HOLIDAY_INDEX: std::sync::LazyLock<
    std::collections::HashMap<&'static str, Vec<HolidayName>>,
> = std::sync::LazyLock::new(|| {
    let mut m: std::collections::HashMap<_, Vec<_>> = std::collections::HashMap::new();
    for (name, h) in HOLIDAYS {
        let words: Vec<&str> = name.split(' ').collect();
        m.entry(words[0]).or_default().push((words, h));
    }
    m
});

/// The holiday names that may start with `w` (also "presidents" for "president 's").
pub fn holidays_from(
    w: &str,
) -> impl Iterator<Item = &'static (Vec<&'static str>, &'static Holiday)> {
    let plain = HOLIDAY_INDEX.get(w);
    let bare = w
        .strip_suffix('s')
        .filter(|b| !b.is_empty())
        .and_then(|b| HOLIDAY_INDEX.get(b));
    plain.into_iter().chain(bare).flatten()
}

/// Words written with a full stop that does not end a sentence.
pub(super) static ABBREVIATIONS: AbbreviationWords = AbbreviationWords {
    // "fig. 2", "No. 5" ("no" is below, as it also goes before a capital).
    counting: &[
        "vol", "fig", "art", "sec", "sect", "para", "tel", "nos", "ext", "est", "approx",
    ],
    // Titles, company forms and month abbreviations go before a capital: "Mr. Smith", "Jan. 5".
    always: &[
        "mr", "mrs", "ms", "dr", "st", "jr", "gen", "gov", "sen", "rep", "lt", "col", "sgt", "inc",
        "corp", "co", "vs", "no", "jan", "feb", "aug", "sept", "oct", "nov", "dec",
    ],
};
