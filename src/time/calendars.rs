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
    /// Indian sidereal solar months, 1 = Mesha (mid-April) to 12 = Meena: a month begins
    /// with the sun entering its sign (sankranti, Lahiri ayanamsa), on that day when this
    /// happens before sunset (Tamil, Punjabi reckoning: Pongal, Vaisakhi), else the next.
    IndianSolar,
    /// The Parsi Shahenshahi calendar: twelve months of 30 days and five Gatha days, no
    /// leap days, one month intercalated since the Yazdegerdi epoch; 1/1 is Navroz.
    Parsi,
    /// The same months by the Bengali rule: a month always begins the day after its
    /// sankranti (Pohela Boishakh, Rabindra Jayanti on 25 Boishakh).
    Bengali,
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
            (first, first.checked_add_signed(Duration::days(len))?)
        }
        Cal::Hijri => {
            let first =
                Date::try_new_hijri_with_calendar(year, month, 1, Hijri::new_umm_al_qura()).ok()?;
            let len = first.days_in_month() as i64;
            let first = to_naive(first.to_calendar(Iso))?;
            (first, first.checked_add_signed(Duration::days(len))?)
        }
        Cal::Chinese => {
            let first = Date::try_new_chinese_traditional(year, Month::new(month), 1).ok()?;
            let len = first.days_in_month() as i64;
            let first = to_naive(first.to_calendar(Iso))?;
            (first, first.checked_add_signed(Duration::days(len))?)
        }
        Cal::Parsi => {
            // 1 Farvardin of year 1 is 16 June 632 Julian (19 June proleptic Gregorian), 30 days later for the
            // intercalated month: 1 Farvardin 1388 is 17 August 2018.
            let epoch = NaiveDate::from_ymd_opt(632, 6, 19)? + Duration::days(30);
            if !(1..=12).contains(&month) {
                return None;
            }
            let first = epoch.checked_add_signed(Duration::days(
                365 * (year as i64 - 1) + 30 * (month as i64 - 1),
            ))?;
            let len = if month == 12 { 35 } else { 30 };
            (first, first.checked_add_signed(Duration::days(len))?)
        }
        Cal::IndianSolar | Cal::Bengali => {
            let bengali = cal == Cal::Bengali;
            let first = solar_month_start(year, month, bengali)?;
            let next = if month == 12 {
                solar_month_start(year + 1, 1, bengali)?
            } else {
                solar_month_start(year, month + 1, bengali)?
            };
            (first, next)
        }
    };
    let d = match day {
        -1 => next.checked_sub_signed(Duration::days(1))?,
        d if d >= 1 => first.checked_add_signed(Duration::days(d as i64 - 1))?,
        _ => return None,
    };
    (d < next).then_some(d)
}

/// The calendar years that may have a day in Gregorian `year`.
fn years_around(cal: Cal, year: i32) -> std::ops::RangeInclusive<i32> {
    match cal {
        Cal::Gregorian | Cal::Chinese => year..=year,
        // The solar year begins in April: January to March are the year before's.
        Cal::IndianSolar | Cal::Bengali => year - 1..=year,
        Cal::Parsi => year - 631..=year - 630,
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
    // TIMEX3 years have four digits; far outside them the calendar arithmetic overflows.
    if !(-9999..=9999).contains(&year) {
        return Vec::new();
    }
    let mut v: Vec<NaiveDate> = years_around(cal, year)
        .filter_map(|y| from_cal(cal, y, month, day))
        .filter(|d| d.year() == year)
        .collect();
    v.sort();
    v
}

// ---------------------------------------------------------------- Indian solar months

/// Julian day of a UTC moment.
fn jd_of(date: NaiveDate, hours: f64) -> f64 {
    let epoch = NaiveDate::from_ymd_opt(2000, 1, 1).unwrap_or_default();
    2451544.5 + (date - epoch).num_days() as f64 + hours / 24.0
}

/// The sun's apparent tropical longitude in degrees (Meeus, Astronomical Algorithms ch. 25,
/// low precision: 0.01°, a quarter of an hour of the sun's motion).
fn sun_longitude(jd: f64) -> f64 {
    let t = (jd - 2451545.0) / 36525.0;
    let l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
    let m = (357.52911 + 35999.05029 * t - 0.0001537 * t * t).to_radians();
    let c = (1.914602 - 0.004817 * t - 0.000014 * t * t) * m.sin()
        + (0.019993 - 0.000101 * t) * (2.0 * m).sin()
        + 0.000289 * (3.0 * m).sin();
    let omega = (125.04 - 1934.136 * t).to_radians();
    (l0 + c - 0.00569 - 0.00478 * omega.sin()).rem_euclid(360.0)
}

/// The sun's sidereal longitude with the Lahiri ayanamsa (23.857° at J2000, moving with
/// the general precession, 5029" a century).
fn sun_sidereal(jd: f64) -> f64 {
    let t = (jd - 2451545.0) / 36525.0;
    (sun_longitude(jd) - (23.857 + 1.3969 * t)).rem_euclid(360.0)
}

/// Indian Standard Time, UTC+5:30.
const IST: f64 = 5.5;
/// Ujjain, the traditional prime meridian of Indian astronomy.
const LAT: f64 = 23.18;
const LON: f64 = 75.78;

/// Sunset at Ujjain on `date`, in hours of IST (sunrise equation, refraction included).
fn sunset_ist(date: NaiveDate) -> f64 {
    let jd = jd_of(date, 12.0 - IST);
    let lambda = sun_longitude(jd).to_radians();
    let eps = 23.439_f64.to_radians();
    let decl = (eps.sin() * lambda.sin()).asin();
    let lat = LAT.to_radians();
    let h0 = (-0.833_f64).to_radians();
    let cos_h = (h0.sin() - lat.sin() * decl.sin()) / (lat.cos() * decl.cos());
    let hour_angle = cos_h.clamp(-1.0, 1.0).acos().to_degrees() / 15.0;
    // Equation of time (Spencer's series), in hours.
    let g = std::f64::consts::TAU * (date.ordinal0() as f64) / 365.0;
    let eot = (229.18
        * (0.000075 + 0.001868 * g.cos()
            - 0.032077 * g.sin()
            - 0.014615 * (2.0 * g).cos()
            - 0.040849 * (2.0 * g).sin()))
        / 60.0;
    12.0 + hour_angle - eot - LON / 15.0 + IST
}

/// The first civil day of solar month `month` (1 = Mesha) that begins in Gregorian `year`
/// from April (months 10-12 from the January after).
fn solar_month_start(year: i32, month: u8, bengali: bool) -> Option<NaiveDate> {
    if !(1..=12).contains(&month) {
        return None;
    }
    let target = 30.0 * (month as f64 - 1.0);
    // Mesha sankranti is about 14 April; each sign takes about 30.44 days.
    let april = NaiveDate::from_ymd_opt(year, 4, 14)?;
    let mut jd = jd_of(april, 0.0) + 30.44 * (month as f64 - 1.0);
    for _ in 0..6 {
        let diff = (target - sun_sidereal(jd) + 540.0).rem_euclid(360.0) - 180.0;
        jd += diff / 0.9856;
    }
    // The moment in IST, as a civil day and hours.
    let local = jd + IST / 24.0 - 2451544.5;
    let days = local.floor();
    let hours = (local - days) * 24.0;
    let day =
        NaiveDate::from_ymd_opt(2000, 1, 1)?.checked_add_signed(Duration::days(days as i64))?;
    if bengali || hours > sunset_ist(day) {
        day.checked_add_signed(Duration::days(1))
    } else {
        Some(day)
    }
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

    /// Any year, month and day a text can name gives dates or nothing, never a panic.
    #[test]
    fn extreme_inputs_do_not_panic() {
        let cals = [
            Cal::Gregorian,
            Cal::Hebrew,
            Cal::Hijri,
            Cal::Chinese,
            Cal::IndianSolar,
            Cal::Parsi,
            Cal::Bengali,
        ];
        let mut years: Vec<i32> = (-3000..=5000).step_by(211).collect();
        years.extend([
            i32::MIN,
            i32::MIN + 1,
            -262_144,
            -1,
            0,
            1,
            262_143,
            i32::MAX,
        ]);
        for cal in cals {
            for &y in &years {
                for m in [0u8, 1, 6, 12, 13, 14, 255] {
                    for d in [i8::MIN, -2, -1, 0, 1, 29, 30, 31, i8::MAX] {
                        let _ = dates_in(cal, y, m, d);
                    }
                }
            }
        }
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
    fn indian_solar() {
        // Makar Sankranti / Pongal: 14 January 2018; 15 January 2019 (after sunset on the 14th).
        assert_eq!(on(Cal::IndianSolar, 2018, 10, 1), ["2018-01-14"]);
        assert_eq!(on(Cal::IndianSolar, 2019, 10, 1), ["2019-01-15"]);
        for (y, d) in [
            (2020, 15),
            (2021, 14),
            (2022, 14),
            (2023, 15),
            (2024, 15),
            (2025, 14),
        ] {
            assert_eq!(on(Cal::IndianSolar, y, 10, 1), [format!("{y}-01-{d}")]);
        }
        // Vaisakhi.
        assert_eq!(on(Cal::IndianSolar, 2018, 1, 1), ["2018-04-14"]);
        assert_eq!(on(Cal::IndianSolar, 2023, 1, 1), ["2023-04-14"]);
        // Pohela Boishakh 2018 (Kolkata): 15 April; Rabindra Jayanti, 25 Boishakh.
        assert_eq!(on(Cal::Bengali, 2018, 1, 1), ["2018-04-15"]);
        assert_eq!(on(Cal::Bengali, 2019, 1, 25), ["2019-05-09"]);
    }

    #[test]
    fn parsi() {
        assert_eq!(on(Cal::Parsi, 2018, 1, 1), ["2018-08-17"]);
        assert_eq!(on(Cal::Parsi, 2022, 1, 1), ["2022-08-16"]);
        assert_eq!(on(Cal::Parsi, 2024, 1, 1), ["2024-08-15"]);
    }

    #[test]
    fn gregorian_last_day() {
        assert_eq!(on(Cal::Gregorian, 2024, 2, -1), ["2024-02-29"]);
    }
}
