//! Russian lexicon: months in every case, weekdays, numerals, units, relative adjectives.
//! Words are looked up in normalized form (lower case, ё → е).

use crate::lang::AbbreviationWords;
use crate::time::holidays::*;
use crate::time::{Cal, DayPart, Obs, Season, Unit};
use chrono::Weekday;
use rustc_hash::FxHashMap;
use std::cell::RefCell;
use std::sync::LazyLock;

/// Month by any case form; `true` when the form is an abbreviation ("дек", "сент").
pub fn month(w: &str) -> Option<(u8, bool)> {
    static FORMS: LazyLock<FxHashMap<&'static str, (u8, bool)>> = LazyLock::new(|| {
        let mut m = FxHashMap::default();
        let full: [(&str, &[&str]); 12] = [
            ("январ", &["ь", "я", "ю", "ем", "е"]),
            ("феврал", &["ь", "я", "ю", "ем", "е"]),
            ("март", &["", "а", "у", "ом", "е"]),
            ("апрел", &["ь", "я", "ю", "ем", "е"]),
            ("ма", &["й", "я", "ю", "ем", "е"]),
            ("июн", &["ь", "я", "ю", "ем", "е"]),
            ("июл", &["ь", "я", "ю", "ем", "е"]),
            ("август", &["", "а", "у", "ом", "е"]),
            ("сентябр", &["ь", "я", "ю", "ем", "е"]),
            ("октябр", &["ь", "я", "ю", "ем", "е"]),
            ("ноябр", &["ь", "я", "ю", "ем", "е"]),
            ("декабр", &["ь", "я", "ю", "ем", "е"]),
        ];
        for (i, (stem, ends)) in full.iter().enumerate() {
            for e in *ends {
                let w: &'static str = Box::leak(format!("{stem}{e}").into_boxed_str());
                m.insert(w, (i as u8 + 1, false));
            }
        }
        let abbr: [(&str, u8); 17] = [
            ("янв", 1),
            ("фев", 2),
            ("февр", 2),
            ("мар", 3),
            ("апр", 4),
            ("июн", 6),
            ("июл", 7),
            ("авг", 8),
            ("сен", 9),
            ("сент", 9),
            ("окт", 10),
            ("ноя", 11),
            ("нояб", 11),
            ("дек", 12),
            ("мая", 5),
            ("май", 5),
            ("мае", 5),
        ];
        for (w, n) in abbr {
            m.entry(w).or_insert((n, true));
        }
        m
    });
    FORMS.get(w).copied()
}

/// Weekday by any case form or abbreviation.
pub fn weekday(w: &str) -> Option<Weekday> {
    let stem_match = |stem: &str, ends: &[&str]| {
        w.strip_prefix(stem)
            .is_some_and(|rest| ends.contains(&rest))
    };
    let noun_m = ["", "а", "у", "ом", "е", "и", "ам", "ов"];
    let noun_f = ["а", "у", "ы", "е", "ой", "ам", "ах"];
    Some(
        if stem_match("понедельник", &noun_m) || matches!(w, "пн" | "пнд") {
            Weekday::Mon
        } else if stem_match("вторник", &noun_m) || matches!(w, "вт" | "втр") {
            Weekday::Tue
        } else if stem_match("сред", &noun_f) || matches!(w, "ср" | "срд") {
            Weekday::Wed
        } else if stem_match("четверг", &noun_m) || matches!(w, "чт" | "чтв") {
            Weekday::Thu
        } else if stem_match("пятниц", &noun_f) || matches!(w, "пт" | "птн") {
            Weekday::Fri
        } else if stem_match("суббот", &noun_f) || matches!(w, "сб" | "сбт") {
            Weekday::Sat
        } else if stem_match("воскресень", &["е", "я", "ю", "ем", "и", "ям"])
            || matches!(w, "вс" | "вск")
        {
            Weekday::Sun
        } else {
            return None;
        },
    )
}

/// Abbreviated weekdays are two or three letters; they need a date or comma next to them.
pub fn is_weekday_abbr(w: &str) -> bool {
    w.chars().count() <= 3
}

/// Ordinal numerals 1..31 (and round ones), any gender and case: "первое", "третьего", "двадцатым".
pub fn ordinal(w: &str) -> Option<u32> {
    const STEMS: [(&str, u32); 31] = [
        ("одиннадцат", 11),
        ("двенадцат", 12),
        ("тринадцат", 13),
        ("четырнадцат", 14),
        ("пятнадцат", 15),
        ("шестнадцат", 16),
        ("семнадцат", 17),
        ("восемнадцат", 18),
        ("девятнадцат", 19),
        ("двадцат", 20),
        ("тридцат", 30),
        ("сороков", 40),
        ("пятидесят", 50),
        ("шестидесят", 60),
        ("семидесят", 70),
        ("восьмидесят", 80),
        ("девяност", 90),
        ("сот", 100),
        ("четверт", 4),
        ("перв", 1),
        ("втор", 2),
        ("трет", 3),
        ("пят", 5),
        ("шест", 6),
        ("седьм", 7),
        ("восьм", 8),
        ("девят", 9),
        ("десят", 10),
        ("тысячн", 1000),
        ("двухтысячн", 2000),
        ("полуторатысячн", 1500),
    ];
    const ENDS: [&str; 30] = [
        "ый", "ой", "ий", "ое", "ая", "ого", "ому", "ым", "ом", "ую", "ые", "ых", "ыми", "ье",
        "ья", "ьего", "ьей", "ьему", "ьим", "ьем", "ью", "ьи", "ьих", "ей", "его", "ему", "им",
        "ем", "их", "яя",
    ];
    // Every form in one table: one lookup per word instead of 31 prefix tests, since the
    // grammar asks this of every word. The first stem that fits wins ("пятнадцат" over "пят").
    static FORMS: LazyLock<FxHashMap<String, u32>> = LazyLock::new(|| {
        let mut m = FxHashMap::default();
        for (stem, v) in STEMS {
            for end in ENDS {
                m.entry(format!("{stem}{end}")).or_insert(v);
            }
        }
        m
    });
    FORMS.get(w).copied()
}

/// Cardinal numerals, any case. `None` for words that are not numbers.
pub fn cardinal(w: &str) -> Option<f64> {
    Some(match w {
        "один" | "одна" | "одно" | "одну" | "одного" | "одной" | "одному" | "одним" | "одном" => {
            1.0
        }
        "два" | "две" | "двух" | "двум" | "двумя" | "пару" | "пара" | "пары" => {
            2.0
        }
        "три" | "трех" | "трем" | "тремя" => 3.0,
        "четыре" | "четырех" | "четырем" | "четырьмя" => 4.0,
        "пять" | "пяти" | "пятью" => 5.0,
        "шесть" | "шести" | "шестью" => 6.0,
        "семь" | "семи" | "семью" => 7.0,
        "восемь" | "восьми" | "восемью" => 8.0,
        "девять" | "девяти" | "девятью" => 9.0,
        "десять" | "десяти" | "десятью" => 10.0,
        "одиннадцать" | "одиннадцати" => 11.0,
        "двенадцать" | "двенадцати" => 12.0,
        "тринадцать" | "тринадцати" => 13.0,
        "четырнадцать" | "четырнадцати" => 14.0,
        "пятнадцать" | "пятнадцати" => 15.0,
        "шестнадцать" | "шестнадцати" => 16.0,
        "семнадцать" | "семнадцати" => 17.0,
        "восемнадцать" | "восемнадцати" => 18.0,
        "девятнадцать" | "девятнадцати" => 19.0,
        "двадцать" | "двадцати" => 20.0,
        "тридцать" | "тридцати" => 30.0,
        "сорок" | "сорока" => 40.0,
        "пятьдесят" | "пятидесяти" => 50.0,
        "шестьдесят" | "шестидесяти" => 60.0,
        "семьдесят" | "семидесяти" => 70.0,
        "восемьдесят" | "восьмидесяти" => 80.0,
        "девяносто" | "девяноста" => 90.0,
        "сто" | "ста" => 100.0,
        "полтора" | "полторы" | "полутора" => 1.5,
        _ => return None,
    })
}

/// Vague quantities: "несколько лет" → PXY.
pub fn vague(w: &str) -> bool {
    matches!(
        w,
        "несколько"
            | "нескольких"
            | "нескольким"
            | "несколькими"
            | "много"
            | "многих"
            | "многие"
            | "многими"
            | "ряд"
            | "считанные"
            | "считанных"
    )
}

/// Units of time, any case and number; abbreviations "ч", "мин", "сек".
pub fn unit(w: &str) -> Option<Unit> {
    // Unit words start with one of these letters; most words stop here.
    if !w.starts_with(['с', 'м', 'ч', 'д', 'н', 'к', 'п', 'г', 'л', 'в']) {
        return None;
    }
    let has = |stem: &str, ends: &[&str]| w.strip_prefix(stem).is_some_and(|r| ends.contains(&r));
    Some(
        if has("секунд", &["", "а", "ы", "у", "ой", "ами", "ах", "ам"]) || matches!(w, "сек")
        {
            Unit::Second
        } else if has("минут", &["", "а", "ы", "у", "ой", "ами", "ах", "ам"]) || w == "мин"
        {
            Unit::Minute
        } else if has("час", &["", "а", "ов", "у", "ом", "ы", "ами", "ах", "ам"]) || w == "ч"
        {
            Unit::Hour
        } else if matches!(
            w,
            "день"
                | "дня"
                | "дней"
                | "дню"
                | "днем"
                | "дни"
                | "днях"
                | "дням"
                | "днями"
                | "сутки"
                | "суток"
                | "суткам"
                | "сутками"
        ) {
            Unit::Day
        } else if has("недел", &["я", "и", "ю", "ей", "ь", "ям", "ями", "ях", "е"])
        {
            Unit::Week
        } else if has(
            "месяц",
            &["", "а", "ев", "у", "ем", "е", "ы", "ам", "ами", "ах"],
        ) || w == "мес"
        {
            Unit::Month
        } else if has("квартал", &["", "а", "ов", "у", "ом", "е", "ы", "ам", "ах"])
        {
            Unit::Quarter
        } else if has("полугоди", &["е", "я", "й", "ю", "ем", "и", "ям"]) {
            Unit::Half
        } else if matches!(
            w,
            "год"
                | "года"
                | "году"
                | "годом"
                | "годе"
                | "годы"
                | "годов"
                | "годам"
                | "годами"
                | "годах"
                | "лет"
                | "летам"
        ) {
            Unit::Year
        } else if has(
            "десятилети",
            &["е", "я", "й", "ю", "ем", "и", "ям", "ями", "ях"],
        ) {
            Unit::Decade
        } else if has("век", &["", "а", "ов", "у", "ом", "е", "ам", "ами", "ах"])
            || has(
                "столети",
                &["е", "я", "й", "ю", "ем", "и", "ям", "ями", "ях"],
            )
        {
            Unit::Century
        } else {
            return None;
        },
    )
}

/// Genitive plurals of units: "лет", "десятилетий", "недель" (an amount without a number
/// in the plural is vague).
pub fn is_plural_unit(w: &str) -> bool {
    matches!(
        w,
        "лет"
            | "годы"
            | "годов"
            | "десятилетий"
            | "десятилетия"
            | "веков"
            | "столетий"
            | "месяцев"
            | "месяцы"
            | "недель"
            | "недели"
            | "дней"
            | "дни"
            | "суток"
            | "часов"
            | "минут"
            | "секунд"
            | "кварталов"
    )
}

/// Words after a year number: "года", "году", "г" ("г." with its dot is taken by the grammar).
pub fn is_year_word(w: &str) -> bool {
    matches!(
        w,
        "год"
            | "года"
            | "году"
            | "годом"
            | "годе"
            | "годы"
            | "годов"
            | "годам"
            | "годами"
            | "годах"
            | "г"
            | "гг"
    )
}

/// Seasons, nouns and adverbs: "весна", "весной", "летом", "осени".
pub fn season(w: &str) -> Option<Season> {
    Some(match w {
        "весна" | "весны" | "весне" | "весну" | "весной" | "весною" => {
            Season::Spring
        }
        "лето" | "лета" | "лету" | "летом" | "лете" => Season::Summer,
        "осень" | "осени" | "осенью" => Season::Autumn,
        "зима" | "зимы" | "зиме" | "зиму" | "зимой" | "зимою" => {
            Season::Winter
        }
        _ => return None,
    })
}

/// Relative adjectives: "прошлом" -1, "этом" 0, "следующем" +1.
pub fn relative(w: &str) -> Option<i32> {
    // Relative adjectives start with one of these letters; most words stop here.
    if !w.starts_with(['п', 'м', 'и', 'э', 'т', 'н', 'с', 'б', 'г']) {
        return None;
    }
    let adj = |stem: &str| {
        w.strip_prefix(stem).is_some_and(|r| {
            matches!(
                r,
                "ый" | "ий"
                    | "ой"
                    | "ом"
                    | "ем"
                    | "ого"
                    | "его"
                    | "ая"
                    | "яя"
                    | "ую"
                    | "юю"
                    | "ое"
                    | "ее"
                    | "ым"
                    | "им"
                    | "ей"
            )
        })
    };
    Some(if adj("позапрошл") {
        -2
    } else if adj("прошл") || adj("минувш") || adj("истекш") || adj("прошедш")
    {
        -1
    } else if matches!(
        w,
        "этот" | "этом" | "этого" | "эта" | "этой" | "эту" | "это" | "этим" | "сего"
    ) || adj("текущ")
        || adj("нынешн")
        || adj("настоящ")
    {
        0
    } else if adj("следующ") || adj("будущ") || adj("наступающ") || adj("грядущ") || w == "след"
    {
        1
    } else if adj("послеследующ") {
        2
    } else {
        return None;
    })
}

/// Holiday names: words in normalized form, where a trailing `*` takes any case ending
/// ("байрам*": байрама, байраму, байрамом) and a trailing `+` a plural one ("праздник+":
/// праздники, праздников, праздниках; "новогодн+": новогодние, новогодних). Hyphens between words are optional
/// ("Курбан-байрам", "Курбан байрам"). Longest name wins.
pub static HOLIDAYS: &[(&str, Holiday)] = &[
    // Islamic (Umm al-Qura). Kazakh forms are common in Kazakhstan's Russian news.
    ("курбан байрам*", hijri(12, 10)),
    ("курбан айт*", hijri(12, 10)),
    ("курман айт*", hijri(12, 10)),
    ("ид аль адха", hijri(12, 10)),
    ("ид аль адх*", hijri(12, 10)),
    ("праздник* жертвоприношени*", hijri(12, 10)),
    ("ураза байрам*", hijri(10, 1)),
    ("ораза айт*", hijri(10, 1)),
    ("ид аль фитр*", hijri(10, 1)),
    ("рамадан*", RAMADAN),
    ("месяц* рамадан*", RAMADAN),
    ("месяц* рамазан*", RAMADAN),
    ("мавлид*", hijri(3, 12)),
    // Not "ашур*": Ashur the city.
    ("ашура", hijri(1, 10)),
    ("ашуры", hijri(1, 10)),
    ("ашуру", hijri(1, 10)),
    ("ашуре", hijri(1, 10)),
    ("исламск* нов* год*", hijri(1, 1)),
    ("мусульманск* нов* год*", hijri(1, 1)),
    ("ночь* предопределени*", hijri(9, 27)),
    ("ляйлят аль кадр", hijri(9, 27)),
    // Jewish: dated by the eve, as in English.
    ("рош ха шан*", hebrew(1, 1, 2, STAY)),
    ("рош ашан*", hebrew(1, 1, 2, STAY)),
    ("рош хашан*", hebrew(1, 1, 2, STAY)),
    ("еврейск* нов* год*", hebrew(1, 1, 2, STAY)),
    ("йом кипур*", hebrew(1, 10, 1, STAY)),
    ("йом киппур*", hebrew(1, 10, 1, STAY)),
    ("суккот*", hebrew(1, 15, 8, STAY)),
    ("симхат тор*", hebrew(1, 23, 1, STAY)),
    ("ханук*", hebrew(3, 25, 8, STAY)),
    ("пурим*", hebrew(6, 14, 1, STAY)),
    ("песах*", hebrew(7, 15, 8, STAY)),
    ("шавуот*", hebrew(9, 6, 2, STAY)),
    // Chinese calendar.
    ("китайск* нов* год*", chinese(1, 1)),
    ("лунн* нов* год*", chinese(1, 1)),
    ("нов* год* по лунному календарю", chinese(1, 1)),
    ("праздник* весн*", chinese(1, 1)),
    ("чуньцзе", chinese(1, 1)),
    ("праздник* фонарей", chinese(1, 15)),
    ("праздник* середины осени", chinese(8, 15)),
    // Nowruz: the March equinox, kept on 21 March (22 March is Kazakhstan's main day of
    // the 21-23 March holidays, but the UN day and most countries use the 21st).
    ("навруз*", fixed(3, 21)),
    ("новруз*", fixed(3, 21)),
    ("наурыз*", fixed(3, 21)),
    ("нооруз*", fixed(3, 21)),
    // Hindu lunar festivals (see the English table).
    ("дивали", lunar(7, 30, Obs::Evening, 0)),
    ("дипавали", lunar(7, 30, Obs::Evening, 0)),
    ("холи", lunar(12, 15, Obs::AfterBhadra, 1)),
    ("праздник* красок", lunar(12, 15, Obs::AfterBhadra, 1)),
    ("наваратри", lunar_span(7, 1, (10, Obs::Afternoon))),
    ("дуссехр*", lunar(7, 10, Obs::Afternoon, 0)),
    ("душехр*", lunar(7, 10, Obs::Afternoon, 0)),
    ("ракша бандхан*", lunar(5, 15, Obs::Morning, 0)),
    ("джанмаштами", lunar(5, 23, Obs::MidnightLater, 0)),
    ("ганеш чатуртхи", lunar(6, 4, Obs::Midday, 0)),
    ("махашиваратри", lunar(11, 29, Obs::Midnight, 0)),
    ("маха шиваратри", lunar(11, 29, Obs::Midnight, 0)),
    ("весак*", lunar(2, 15, Obs::Sunrise, 0)),
    ("онам*", nakshatra(5, 22)),
    // Russia's public rest periods, plural only: "новогодний праздник" is New Year's Day.
    // New Year holidays are 1-8 January by the Labour Code (art. 112: 1-6 and 8 January,
    // and Christmas on the 7th), the same every year.
    ("новогодн+ праздник+", NEW_YEAR_HOLIDAYS),
    ("новогодн+ каникул+", NEW_YEAR_HOLIDAYS),
    ("новогодн+ выходн+", NEW_YEAR_HOLIDAYS),
    ("майск+ праздник+", MAY_HOLIDAYS),
    ("майск+ каникул+", MAY_HOLIDAYS),
    ("майск+ выходн+", MAY_HOLIDAYS),
    // "на майских" alone, in its plainly plural forms; see `ELLIPTIC_HOLIDAYS`.
    ("майские", MAY_HOLIDAYS),
    ("майских", MAY_HOLIDAYS),
    // Thanksgiving as Russian news tells it: the American one, the fourth Thursday of
    // November (Canada's, in October, is named with the country).
    ("день* благодарени*", nth(11, Weekday::Thu, 4, 0)),
    // Easter is the Orthodox one unless said otherwise.
    ("пасх*", orthodox(0, None)),
    ("православн* пасх*", orthodox(0, None)),
    ("католическ* пасх*", easter(0)),
    ("вербн* воскресень*", orthodox(-7, None)),
    ("маслениц*", orthodox(-55, Some(-49))),
    ("велик* пост*", orthodox(-48, Some(-1))),
];

/// Holiday names that are an adjective standing for the whole name ("на майских" for "на
/// майских праздниках"), with the cases the adjective is in: a holiday only after a
/// preposition and when no plural noun or adjective in such a case follows ("майских
/// указов" is no holiday).
pub static ELLIPTIC_HOLIDAYS: &[(&str, &[&str])] = &[
    ("майские", &["Nom", "Acc"]),
    ("майских", &["Gen", "Loc", "Acc"]),
];

const NEW_YEAR_HOLIDAYS: Holiday = fixed_span(1, 1, 1, 8);

/// The May holidays, 1-10 May. The public holidays are 1 May (Spring and Labour) and 9 May
/// (Victory); the days off around them are moved by a yearly decree, but the talk of "the May
/// holidays" is of the whole stretch from the first to the end of the Victory Day days off,
/// and 10 May has been off in nearly every recent year (2021, 2022, 2024, 2025; a Sunday in
/// 2026), as the weekend after the 9th or a day moved onto it. Ending on the 9th would leave
/// that day out; the start stays on the 1st even when the days off begin in April (2024),
/// since the first block is named after 1 May.
const MAY_HOLIDAYS: Holiday = fixed_span(5, 1, 5, 10);

const RAMADAN: Holiday = Holiday {
    rule: on_cal(Cal::Hijri, 9, 1, STAY),
    offset: 0,
    until: Some((on_cal(Cal::Hijri, 9, -1, STAY), 0)),
};

/// Case endings a `*` word of a holiday name may take.
fn case_ending(e: &str) -> bool {
    matches!(
        e,
        "" | "а"
            | "я"
            | "у"
            | "ю"
            | "ом"
            | "ем"
            | "ой"
            | "ей"
            | "е"
            | "и"
            | "ы"
            | "ий"
            | "ый"
            | "ого"
            | "его"
            | "ому"
            | "ему"
            | "ым"
            | "им"
            | "ую"
            | "ая"
            | "ь"
            | "ью"
    )
}

/// Plural endings of nouns and adjectives, for a `+` word of a holiday name.
fn plural_ending(e: &str) -> bool {
    matches!(
        e,
        "и" | "ы"
            | "ов"
            | "ев"
            | "ей"
            | "ам"
            | "ям"
            | "ами"
            | "ями"
            | "ах"
            | "ях"
            | "ие"
            | "ые"
            | "их"
            | "ых"
            | "им"
            | "ым"
            | "ими"
            | "ыми"
            // "каникул": the genitive of a plural-only noun.
            | ""
    )
}

/// A word of a holiday name matches token `w`.
pub fn holiday_word(p: &str, w: &str) -> bool {
    if let Some(stem) = p.strip_suffix('+') {
        return w.strip_prefix(stem).is_some_and(plural_ending);
    }
    match p.strip_suffix('*') {
        Some(stem) => w.strip_prefix(stem).is_some_and(case_ending),
        None => p == w,
    }
}

/// Holiday names split into words, by the first two letters of the first word.
type HolidayName = (Vec<&'static str>, &'static Holiday);
static HOLIDAY_INDEX: LazyLock<FxHashMap<String, Vec<HolidayName>>> = LazyLock::new(|| {
    let mut m: FxHashMap<String, Vec<HolidayName>> = FxHashMap::default();
    for (name, h) in HOLIDAYS {
        let words: Vec<&str> = name.split(' ').collect();
        m.entry(words[0].chars().take(2).collect())
            .or_default()
            .push((words, h));
    }
    m
});

/// The holiday names that may start with token `w`.
pub fn holidays_from(w: &str) -> &'static [HolidayName] {
    // The first two characters as a slice: no allocation for every token.
    let end = w.char_indices().nth(2).map_or(w.len(), |(i, _)| i);
    HOLIDAY_INDEX.get(&w[..end]).map_or(&[], |v| v.as_slice())
}

/// Day offsets of deictic adverbs.
pub fn deictic_day(w: &str) -> Option<i32> {
    Some(match w {
        "сегодня" => 0,
        "вчера" => -1,
        "позавчера" => -2,
        "позапозавчера" => -3,
        "завтра" => 1,
        "послезавтра" => 2,
        "послепослезавтра" => 3,
        _ => return None,
    })
}

/// Parts of a day as adverbs ("вечером") or genitives after a clock time ("вечера").
pub fn day_part(w: &str) -> Option<DayPart> {
    Some(match w {
        "утром" | "утра" | "утро" | "утру" | "поутру" => DayPart::Morning,
        "днем" | "дня" | "днём" | "пополудни" => DayPart::Afternoon,
        "вечером" | "вечера" | "вечер" | "вечеру" => DayPart::Evening,
        "ночью" | "ночи" | "ночь" => DayPart::Night,
        "обед" | "обеда" | "обедом" => DayPart::Midday,
        _ => return None,
    })
}

/// A Roman numeral (Latin letters, or Cyrillic Х/І as often typed) for centuries.
pub fn roman(raw: &str) -> Option<i32> {
    if raw.is_empty() || raw.chars().count() > 6 {
        return None;
    }
    let mut total = 0;
    let mut prev = 0;
    for c in raw.chars().rev() {
        let v = match c {
            'I' | 'І' => 1,
            'V' => 5,
            'X' | 'Х' => 10,
            'L' => 50,
            'C' | 'С' => 100,
            _ => return None,
        };
        if v < prev {
            total -= v;
        } else {
            total += v;
            prev = v;
        }
    }
    (total > 0).then_some(total)
}

/// Everything the lexicon above says about one word form, so that the grammar asks once per
/// token instead of a dozen times.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Lex {
    pub ordinal: Option<u32>,
    pub weekday: Option<Weekday>,
    pub month: Option<(u8, bool)>,
    pub relative: Option<i32>,
    pub season: Option<Season>,
    pub deictic_day: Option<i32>,
    pub cardinal: Option<f64>,
    pub vague: bool,
    pub unit: Option<Unit>,
    pub day_part: Option<DayPart>,
    /// The grammar may find an expression starting at this word (`rules::may_start`).
    pub starts: bool,
    /// The rules of each table that may start at this word (`crate::grammar::Rules::word_mask`).
    pub core: crate::grammar::Mask,
    pub outer: crate::grammar::Mask,
}

impl Lex {
    /// Nothing: punctuation, numbers, and most words.
    pub const NONE: Lex = Lex {
        ordinal: None,
        weekday: None,
        month: None,
        relative: None,
        season: None,
        deictic_day: None,
        cardinal: None,
        vague: false,
        unit: None,
        day_part: None,
        starts: false,
        core: 0,
        outer: 0,
    };

    /// Every lookup for a normalized word form, uncached.
    pub fn of(w: &str) -> Lex {
        let mut x = Lex {
            ordinal: ordinal(w),
            weekday: weekday(w),
            month: month(w),
            relative: relative(w),
            season: season(w),
            deictic_day: deictic_day(w),
            cardinal: cardinal(w),
            vague: vague(w),
            unit: unit(w),
            day_part: day_part(w),
            starts: false,
            core: 0,
            outer: 0,
        };
        (x.core, x.outer) = super::rules::masks(w, &x);
        x.starts = x.core != 0 || x.outer != 0;
        x
    }
}

/// Words written with a full stop that does not end a sentence.
pub(super) static ABBREVIATIONS: AbbreviationWords = AbbreviationWords {
    // "рис. 3", "ст. 5" (under three letters a number never opens a sentence anyway).
    counting: &[
        "стр", "рис", "табл", "абз", "вып", "изд", "илл", "прим", "разд", "подп", "прил", "кол",
        "чел", "экз", "час", "мин", "сек", "коп", "тел", "корп", "кв",
    ],
    // "в 2009 г. Он …" does end a sentence, but splitting after "г." breaks far more.
    always: &[
        "г", "гг", "т", "им", "ул", "пр", "проф", "акад", "ген", "св", "св-т", "тыс", "млн",
        "млрд", "руб", "долл",
    ],
};

/// One word's `lookup_each`.
#[cfg(test)]
pub fn lookup(w: &str) -> Lex {
    SEEN.with_borrow_mut(|m| cached(m, w))
}

/// `Lex::of` of each word (`None` gives `Lex::NONE`), remembered per thread: the same few
/// thousand word forms make up most of news text, and one hash lookup is far cheaper than
/// the dozen lookups it stands for. The cache is borrowed once for all the words, and
/// bounded, so memory stays flat on a long batch.
pub fn lookup_each<'w>(words: impl Iterator<Item = Option<&'w str>>) -> Vec<Lex> {
    SEEN.with_borrow_mut(|m| {
        words
            .map(|w| w.map_or(Lex::NONE, |w| cached(m, w)))
            .collect()
    })
}

thread_local! {
    static SEEN: RefCell<FxHashMap<Box<str>, Lex>> = Default::default();
}

fn cached(m: &mut FxHashMap<Box<str>, Lex>, w: &str) -> Lex {
    const MAX_SEEN: usize = 1 << 15;
    if let Some(x) = m.get(w) {
        return *x;
    }
    let x = Lex::of(w);
    if m.len() >= MAX_SEEN {
        m.clear();
    }
    m.insert(w.into(), x);
    x
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cached_lookup_agrees_with_every_function() {
        let mut words: Vec<String> = [
            "декабря",
            "мае",
            "сент",
            "третьего",
            "двадцатое",
            "двух",
            "лет",
            "суток",
            "среду",
            "середину",
            "прошлом",
            "текущего",
            "этот",
            "весной",
            "вчера",
            "вечером",
            "несколько",
            "полгода",
            "ноябре",
            "",
            "г",
            "год",
            "часа",
            "ч",
            "марш",
            "пятница",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        for dir in ["samples", "tests/corpus"] {
            let Ok(entries) = std::fs::read_dir(dir) else {
                continue;
            };
            for e in entries.flatten() {
                if let Ok(text) = std::fs::read_to_string(e.path()) {
                    let t = crate::lang::text(&text);
                    words.extend((0..t.len()).map(|i| t.norm(i).to_string()));
                }
            }
        }
        assert!(words.len() > 1000);
        // Twice: the second round answers from the cache.
        for _ in 0..2 {
            for w in &words {
                let x = lookup(w);
                assert_eq!(x, Lex::of(w), "{w:?}");
                assert_eq!(x.ordinal, ordinal(w));
                assert_eq!(x.weekday, weekday(w));
                assert_eq!(x.month, month(w));
                assert_eq!(x.relative, relative(w));
                assert_eq!(x.season, season(w));
                assert_eq!(x.deictic_day, deictic_day(w));
                assert_eq!(x.cardinal, cardinal(w));
                assert_eq!(x.vague, vague(w));
                assert_eq!(x.unit, unit(w));
                assert_eq!(x.day_part, day_part(w));
            }
        }
        assert_eq!(lookup("знак"), Lex::NONE);
    }

    #[test]
    fn months() {
        assert_eq!(month("декабря"), Some((12, false)));
        assert_eq!(month("мае"), Some((5, false)));
        assert_eq!(month("сент"), Some((9, true)));
        assert_eq!(month("марш"), None);
    }

    #[test]
    fn numerals() {
        assert_eq!(ordinal("третьего"), Some(3));
        assert_eq!(ordinal("двадцатое"), Some(20));
        assert_eq!(ordinal("пятнадцатое"), Some(15));
        assert_eq!(ordinal("пятница"), None);
        assert_eq!(cardinal("двух"), Some(2.0));
        assert_eq!(roman("XXI"), Some(21));
        assert_eq!(roman("ХХ"), Some(20));
    }

    #[test]
    fn units_and_weekdays() {
        assert_eq!(unit("лет"), Some(Unit::Year));
        assert_eq!(unit("суток"), Some(Unit::Day));
        assert_eq!(weekday("среду"), Some(Weekday::Wed));
        assert_eq!(weekday("середину"), None);
        assert_eq!(relative("прошлом"), Some(-1));
        assert_eq!(relative("текущего"), Some(0));
    }

    #[test]
    fn holiday_words() {
        assert!(holiday_word("байрам*", "байрама"));
        assert!(holiday_word("ханук*", "хануку"));
        assert!(holiday_word("пасх*", "пасхой"));
        assert!(!holiday_word("пасх*", "пасхальный"));
        assert!(!holiday_word("пурим", "пурима"));
    }
}
