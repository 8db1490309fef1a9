//! Gregorian dates of days in other calendars, for holidays that move with them. The
//! arithmetic is ICU4X's: exact Hebrew, Umm al-Qura Hijri (KACST tables for 1300-1600 AH,
//! tabular outside), and the Chinese calendar (astronomical, Beijing time).

use chrono::{Datelike, Duration, NaiveDate};
use icu_calendar::cal::Hijri;
use icu_calendar::types::Month;
use icu_calendar::{Date, Iso};

/// A calendar a holiday is fixed in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cal {
    Gregorian,
    /// Months from Tishrei (1) to Elul (12); 6 is Adar, and Adar II in a leap year, so
    /// Purim stays a month before Passover.
    Hebrew,
    /// Umm al-Qura: 9 is Ramadan, 10 Shawwal, 12 Dhu al-Hijjah.
    Hijri,
    /// Months of the Chinese lunisolar year; 1/1 is the Lunar New Year.
    Chinese,
}

fn to_naive(d: Date<Iso>) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(
        d.era_year().year,
        d.month().ordinal as u32,
        d.day_of_month().0 as u32,
    )
}

/// Day `day` of `month` in calendar year `year` (-1: the month's last day).
fn from_cal(cal: Cal, year: i32, month: u8, day: i8) -> Option<NaiveDate> {
    let (first, next) = match cal {
        Cal::Gregorian => {
            let first = NaiveDate::from_ymd_opt(year, month as u32, 1)?;
            (first, first.checked_add_months(chrono::Months::new(1))?)
        }
        Cal::Hebrew => {
            let first = Date::try_new_hebrew_v2(year, Month::new(month), 1).ok()?;
            let len = first.days_in_month() as i64;
            let first = to_naive(first.to_calendar(Iso))?;
            (first, first + Duration::days(len))
        }
        Cal::Hijri => {
            let first =
                Date::try_new_hijri_with_calendar(year, month, 1, Hijri::new_umm_al_qura()).ok()?;
            let len = first.days_in_month() as i64;
            let first = to_naive(first.to_calendar(Iso))?;
            (first, first + Duration::days(len))
        }
        Cal::Chinese => {
            let first = Date::try_new_chinese_traditional(year, Month::new(month), 1).ok()?;
            let len = first.days_in_month() as i64;
            let first = to_naive(first.to_calendar(Iso))?;
            (first, first + Duration::days(len))
        }
    };
    let d = match day {
        -1 => next - Duration::days(1),
        d if d >= 1 => first + Duration::days(d as i64 - 1),
        _ => return None,
    };
    (d < next).then_some(d)
}

/// The calendar years that may have a day in Gregorian `year`.
fn years_around(cal: Cal, year: i32) -> std::ops::RangeInclusive<i32> {
    match cal {
        Cal::Gregorian | Cal::Chinese => year..=year,
        Cal::Hebrew => year + 3760..=year + 3761,
        Cal::Hijri => {
            // 33 Hijri years to 32 Gregorian ones.
            let h = (year - 622) * 33 / 32;
            h - 1..=h + 1
        }
    }
}

/// Every Gregorian date in `year` of day `day` of `month` in `cal`, in order: an Islamic
/// day comes twice in some Gregorian years (Eid al-Adha 1974: 3 January, 24 December).
pub fn dates_in(cal: Cal, year: i32, month: u8, day: i8) -> Vec<NaiveDate> {
    let mut v: Vec<NaiveDate> = years_around(cal, year)
        .filter_map(|y| from_cal(cal, y, month, day))
        .filter(|d| d.year() == year)
        .collect();
    v.sort();
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    fn on(cal: Cal, year: i32, month: u8, day: i8) -> Vec<String> {
        dates_in(cal, year, month, day)
            .iter()
            .map(|d| d.to_string())
            .collect()
    }

    #[test]
    fn hebrew() {
        // Yom Kippur, 10 Tishrei.
        assert_eq!(on(Cal::Hebrew, 2023, 1, 10), ["2023-09-25"]);
        assert_eq!(on(Cal::Hebrew, 2018, 1, 10), ["2018-09-19"]);
        // Passover, 15 Nisan; Purim, 14 Adar (Adar II in the leap year 5784).
        assert_eq!(on(Cal::Hebrew, 2024, 7, 15), ["2024-04-23"]);
        assert_eq!(on(Cal::Hebrew, 2024, 6, 14), ["2024-03-24"]);
        assert_eq!(on(Cal::Hebrew, 2013, 6, 14), ["2013-02-24"]);
        // Hanukkah, 25 Kislev; Tu BiShvat, 15 Shevat (January: the Hebrew year before).
        assert_eq!(on(Cal::Hebrew, 2023, 3, 25), ["2023-12-08"]);
        assert_eq!(on(Cal::Hebrew, 2018, 5, 15), ["2018-01-31"]);
    }

    #[test]
    fn hijri() {
        // Eid al-Fitr (1 Shawwal) and Eid al-Adha (10 Dhu al-Hijjah).
        assert_eq!(on(Cal::Hijri, 2024, 10, 1), ["2024-04-10"]);
        assert_eq!(on(Cal::Hijri, 2023, 12, 10), ["2023-06-28"]);
        assert_eq!(on(Cal::Hijri, 2018, 10, 1), ["2018-06-15"]);
        // Ramadan 1439: 30 days.
        assert_eq!(on(Cal::Hijri, 2018, 9, 1), ["2018-05-16"]);
        assert_eq!(on(Cal::Hijri, 2018, 9, -1), ["2018-06-14"]);
        // Two Eids al-Adha in one Gregorian year.
        assert_eq!(on(Cal::Hijri, 1974, 12, 10).len(), 2);
    }

    #[test]
    fn chinese() {
        assert_eq!(on(Cal::Chinese, 2024, 1, 1), ["2024-02-10"]);
        assert_eq!(on(Cal::Chinese, 2013, 1, 1), ["2013-02-10"]);
        assert_eq!(on(Cal::Chinese, 2014, 1, 1), ["2014-01-31"]);
        assert_eq!(on(Cal::Chinese, 2025, 1, 1), ["2025-01-29"]);
    }

    #[test]
    fn gregorian_last_day() {
        assert_eq!(on(Cal::Gregorian, 2024, 2, -1), ["2024-02-29"]);
    }
}
