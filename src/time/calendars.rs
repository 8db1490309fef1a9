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
    /// The Hindu lunisolar calendar, amanta (months from new moon to new moon): month 1 is
    /// Chaitra (begun with the sun in Meena) to 12 Phalguna, the day is the tithi (1-15
    /// Shukla, 16-30 Krishna, 30 Amavasya). A festival is the day on which its tithi
    /// prevails at the moment of the day it is kept at; adhika (leap) months are skipped.
    HinduLunar(Obs),
    /// The day of an Indian solar month (as `IndianSolar`) whose sunrise falls in a
    /// nakshatra (1 = Ashvini to 27 = Revati): Onam is Thiruvonam (22) in Simha (5).
    Nakshatra,
}

/// The moment of the day at which a festival's tithi must prevail. A tithi that prevails
/// at that moment on no day is kept by the sunrise rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Obs {
    /// Sunrise (udaya tithi), the default rule; when the tithi spans two sunrises, the
    /// first day.
    Sunrise,
    /// Three muhurtas (2 h 24 min) after sunrise: Raksha Bandhan, kept on the day the full
    /// moon lasts that long into, else on the day before.
    Morning,
    /// Madhyahna, the middle fifth of daytime (Ganesh Chaturthi, Rama Navami).
    Midday,
    /// Aparahna, the fourth fifth of daytime (Bhai Dooj).
    Afternoon,
    /// Pradosh, the three muhurtas after sunset, by their end (Diwali, Dhanteras).
    Evening,
    /// Moonrise on the fourth night after the full moon, about three hours after sunset
    /// (Karva Chauth).
    Moonrise,
    /// Nishita, the middle of the night (Maha Shivaratri); of two such nights, the first.
    Midnight,
    /// Nishita, and of two such nights the later (Krishna Janmashtami, whose Ashtami is
    /// also wanted at sunrise).
    MidnightLater,
    /// The night after Bhadra (Vishti, the first half of the tithi) is over: Holika Dahan.
    AfterBhadra,
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
        Cal::HinduLunar(_) => return None,
        Cal::IndianSolar | Cal::Bengali | Cal::Nakshatra => {
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
        Cal::IndianSolar | Cal::Bengali | Cal::Nakshatra => year - 1..=year,
        Cal::HinduLunar(_) => year..=year,
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
    match cal {
        Cal::HinduLunar(obs) => return lunar_dates(year, month, day, obs),
        Cal::Nakshatra => return nakshatra_dates(year, month, day),
        _ => {}
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

/// Sunset at Ujjain on `date`, in hours of IST.
fn sunset_ist(date: NaiveDate) -> f64 {
    sun_times(date, LAT, LON).1
}

/// Sunrise and sunset on `date` at a place, in hours of IST (sunrise equation, refraction
/// included).
fn sun_times(date: NaiveDate, lat: f64, lon: f64) -> (f64, f64) {
    let jd = jd_of(date, 12.0 - IST);
    let lambda = sun_longitude(jd).to_radians();
    let eps = 23.439_f64.to_radians();
    let decl = (eps.sin() * lambda.sin()).asin();
    let lat = lat.to_radians();
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
    let noon = 12.0 - eot - lon / 15.0 + IST;
    (noon - hour_angle, noon + hour_angle)
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

// ---------------------------------------------------------------- Hindu lunar months

/// Where the lunar calendar's days are reckoned: New Delhi, as the almanacs most news
/// quote (Drik Panchang's default).
const LUNAR_LAT: f64 = 28.61;
const LUNAR_LON: f64 = 77.21;

/// The moon's apparent longitude in degrees (Meeus ch. 47, the larger periodic terms:
/// about 0.01°, a minute and a half of the moon's motion).
fn moon_longitude(jd: f64) -> f64 {
    // Multiples of D, M, M', F and the coefficient in 1e-6 degrees (table 47.A).
    const TERMS: [(i8, i8, i8, i8, i32); 46] = [
        (0, 0, 1, 0, 6288774),
        (2, 0, -1, 0, 1274027),
        (2, 0, 0, 0, 658314),
        (0, 0, 2, 0, 213618),
        (0, 1, 0, 0, -185116),
        (0, 0, 0, 2, -114332),
        (2, 0, -2, 0, 58793),
        (2, -1, -1, 0, 57066),
        (2, 0, 1, 0, 53322),
        (2, -1, 0, 0, 45758),
        (0, 1, -1, 0, -40923),
        (1, 0, 0, 0, -34720),
        (0, 1, 1, 0, -30383),
        (2, 0, 0, -2, 15327),
        (0, 0, 1, 2, -12528),
        (0, 0, 1, -2, 10980),
        (4, 0, -1, 0, 10675),
        (0, 0, 3, 0, 10034),
        (4, 0, -2, 0, 8548),
        (2, 1, -1, 0, -7888),
        (2, 1, 0, 0, -6766),
        (1, 0, -1, 0, -5163),
        (1, 1, 0, 0, 4987),
        (2, -1, 1, 0, 4036),
        (2, 0, 2, 0, 3994),
        (4, 0, 0, 0, 3861),
        (2, 0, -3, 0, 3665),
        (0, 1, -2, 0, -2689),
        (2, 0, -1, 2, -2602),
        (2, -1, -2, 0, 2390),
        (1, 0, 1, 0, -2348),
        (2, -2, 0, 0, 2236),
        (0, 1, 2, 0, -2120),
        (0, 2, 0, 0, -2069),
        (2, -2, -1, 0, 2048),
        (2, 0, 1, -2, -1773),
        (2, 0, 0, 2, -1595),
        (4, -1, -1, 0, 1215),
        (0, 0, 2, 2, -1110),
        (3, 0, -1, 0, -892),
        (2, 1, 1, 0, -810),
        (4, -1, -2, 0, 759),
        (0, 2, -1, 0, -713),
        (2, 2, -1, 0, -700),
        (2, 1, -2, 0, 691),
        (2, -1, 0, -2, 596),
    ];
    let t = (jd - 2451545.0) / 36525.0;
    let l = 218.3164477 + 481267.88123421 * t - 0.0015786 * t * t;
    let d = (297.8501921 + 445267.1114034 * t - 0.0018819 * t * t).to_radians();
    let m = (357.5291092 + 35999.0502909 * t - 0.0001536 * t * t).to_radians();
    let mm = (134.9633964 + 477198.8675055 * t + 0.0087414 * t * t).to_radians();
    let f = (93.2720950 + 483202.0175233 * t - 0.0036539 * t * t).to_radians();
    let e = 1.0 - 0.002516 * t - 0.0000074 * t * t;
    let mut sum = 0.0;
    for (cd, cm, cmm, cf, c) in TERMS {
        let arg = cd as f64 * d + cm as f64 * m + cmm as f64 * mm + cf as f64 * f;
        sum += c as f64 * e.powi(cm.unsigned_abs() as i32) * arg.sin();
    }
    let a1 = (119.75 + 131.849 * t).to_radians();
    let a2 = (53.09 + 479264.290 * t).to_radians();
    sum += 3958.0 * a1.sin() + 1962.0 * (l.to_radians() - f).sin() + 318.0 * a2.sin();
    let omega = (125.04 - 1934.136 * t).to_radians();
    (l + sum / 1e6 - 0.00478 * omega.sin()).rem_euclid(360.0)
}

/// The moon's elongation from the sun, 0-360°: tithi n covers 12(n-1) to 12n.
fn elongation(jd: f64) -> f64 {
    (moon_longitude(jd) - sun_longitude(jd)).rem_euclid(360.0)
}

/// The moment near `jd` (within a fortnight) at which the elongation is `target`.
fn elongation_at(target: f64, mut jd: f64) -> f64 {
    for _ in 0..8 {
        let diff = (target - elongation(jd) + 540.0).rem_euclid(360.0) - 180.0;
        jd += diff / 12.19;
        if diff.abs() < 1e-5 {
            break;
        }
    }
    jd
}

/// The sun's sidereal sign (0 = Mesha) at a moment.
fn rasi(jd: f64) -> u8 {
    (sun_sidereal(jd) / 30.0).floor() as u8 % 12
}

/// The new moons from about `from` on, `n` of them.
fn new_moons(from: f64, n: usize) -> Vec<f64> {
    // A mean new moon (6 January 2000) and the mean synodic month.
    const EPOCH: f64 = 2451550.1;
    const SYNODIC: f64 = 29.530588861;
    let k0 = ((from - EPOCH) / SYNODIC).floor();
    (0..n)
        .map(|i| elongation_at(0.0, EPOCH + SYNODIC * (k0 + i as f64)))
        .collect()
}

/// A civil day (IST) and the hour of a Julian day.
fn civil(jd: f64) -> (NaiveDate, f64) {
    let local = jd + IST / 24.0 - 2451544.5;
    let days = local.floor();
    let epoch = NaiveDate::from_ymd_opt(2000, 1, 1).unwrap_or_default();
    (epoch + Duration::days(days as i64), (local - days) * 24.0)
}

/// The moment on civil day `date` at which a tithi is looked at, as a Julian day.
fn moment(date: NaiveDate, obs: Obs) -> f64 {
    let (rise, set) = sun_times(date, LUNAR_LAT, LUNAR_LON);
    let day = set - rise;
    let hours = match obs {
        Obs::Sunrise => rise,
        Obs::Morning => rise + 2.4,
        Obs::Midday => rise + 2.5 * day / 5.0,
        Obs::Afternoon => rise + 3.5 * day / 5.0,
        Obs::Evening => set + 2.4,
        Obs::Moonrise => set + 3.0,
        Obs::Midnight | Obs::MidnightLater | Obs::AfterBhadra => {
            let next = sun_times(date + Duration::days(1), LUNAR_LAT, LUNAR_LON).0;
            (set + next + 24.0) / 2.0
        }
    };
    jd_of(date, hours - IST)
}

/// The day a span of time [`start`, `end`) is kept on: the first day whose moment falls in
/// it (the last with `MidnightLater`), else by the sunrise rule: the first day whose
/// sunrise falls in it, else (a tithi between two sunrises, or a full moon over before
/// `Morning`) the day it begins in.
fn kept_on(start: f64, end: f64, obs: Obs) -> NaiveDate {
    let later = obs == Obs::MidnightLater;
    let mut d = civil(start).0 - Duration::days(1);
    let mut found = None;
    loop {
        let m = moment(d, obs);
        if m >= start && m < end {
            found = Some(d);
            if !later {
                break;
            }
        } else if m >= end {
            break;
        }
        d += Duration::days(1);
    }
    match found {
        Some(d) => d,
        None if !matches!(obs, Obs::Sunrise | Obs::Morning) => kept_on(start, end, Obs::Sunrise),
        None => d - Duration::days(1),
    }
}

/// Every day in Gregorian `year` of tithi `tithi` (1-30) of amanta month `month`
/// (1 = Chaitra).
fn lunar_dates(year: i32, month: u8, tithi: i8, obs: Obs) -> Vec<NaiveDate> {
    if !(1..=12).contains(&month) || !(1..=30).contains(&tithi) {
        return Vec::new();
    }
    let start = jd_of(NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or_default(), 0.0) - 45.0;
    let moons = new_moons(start, 16);
    let mut v = Vec::new();
    for w in moons.windows(2) {
        let (r1, r2) = (rasi(w[0]), rasi(w[1]));
        // No sankranti in the lunation: an adhika month, not kept.
        if r1 == r2 || (r1 as u32 + 1) % 12 + 1 != month as u32 {
            continue;
        }
        let guess = w[0] + (tithi as f64 - 0.5) * 0.9843;
        let begin = elongation_at(12.0 * (tithi as f64 - 1.0), guess);
        let end = elongation_at((12.0 * tithi as f64) % 360.0, guess);
        let end = if tithi == 30 { w[1] } else { end };
        let begin = if obs == Obs::AfterBhadra {
            (begin + end) / 2.0
        } else {
            begin
        };
        let d = kept_on(begin, end, obs);
        if d.year() == year {
            v.push(d);
        }
    }
    v
}

/// The moon's sidereal longitude (Lahiri).
fn moon_sidereal(jd: f64) -> f64 {
    let t = (jd - 2451545.0) / 36525.0;
    (moon_longitude(jd) - (23.857 + 1.3969 * t)).rem_euclid(360.0)
}

/// The days in Gregorian `year` of solar month `month` whose sunrise (in Kerala, whose
/// calendar keeps these) falls in nakshatra `nak` (1-27); when the nakshatra comes twice in
/// the month, the second, by the Malayalam rule (Onam 2024: 15 September, not 18 August).
fn nakshatra_dates(year: i32, month: u8, nak: i8) -> Vec<NaiveDate> {
    if !(1..=27).contains(&nak) {
        return Vec::new();
    }
    let mut v = Vec::new();
    for y in years_around(Cal::IndianSolar, year) {
        let (Some(first), Some(next)) = (
            from_cal(Cal::IndianSolar, y, month, 1),
            from_cal(Cal::IndianSolar, y, month, -1),
        ) else {
            continue;
        };
        // The first day of the last run of days at whose sunrise the nakshatra prevails.
        let mut found = None;
        let mut before = false;
        for d in first.iter_days().take_while(|d| *d <= next) {
            let m = jd_of(d, sun_times(d, 10.0, 76.3).0 - IST);
            let here = (moon_sidereal(m) / (360.0 / 27.0)).floor() as i8 + 1 == nak;
            if here && !before {
                found = Some(d);
            }
            before = here;
        }
        if let Some(d) = found.filter(|d| d.year() == year) {
            v.push(d);
        }
    }
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
            Cal::HinduLunar(Obs::Sunrise),
            Cal::HinduLunar(Obs::Evening),
            Cal::Nakshatra,
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

    fn lunar(month: u8, tithi: i8, obs: Obs, year: i32) -> Vec<String> {
        on(Cal::HinduLunar(obs), year, month, tithi)
    }

    #[test]
    fn hindu_lunar() {
        use Obs::*;
        // Diwali (Ashvin Amavasya at pradosh) and the days around it.
        assert_eq!(lunar(7, 30, Evening, 2023), ["2023-11-12"]);
        assert_eq!(lunar(7, 30, Evening, 2019), ["2019-10-27"]);
        assert_eq!(lunar(7, 28, Evening, 2019), ["2019-10-25"]);
        assert_eq!(lunar(7, 28, Evening, 2017), ["2017-10-17"]);
        assert_eq!(lunar(7, 29, Midnight, 2019), ["2019-10-26"]);
        // Naraka Chaturdashi 2019 fell on Diwali: Chaturdashi at sunrise on the 27th.
        assert_eq!(lunar(7, 29, Sunrise, 2019), ["2019-10-27"]);
        // Govardhan Puja 2019: Pratipada came and went between two sunrises (kshaya).
        assert_eq!(lunar(8, 1, Sunrise, 2019), ["2019-10-28"]);
        assert_eq!(lunar(8, 2, Afternoon, 2019), ["2019-10-29"]);
        assert_eq!(lunar(8, 6, Sunrise, 2019), ["2019-11-02"]);
        // Navaratri and Dussehra.
        assert_eq!(lunar(7, 1, Sunrise, 2023), ["2023-10-15"]);
        assert_eq!(lunar(7, 10, Afternoon, 2023), ["2023-10-24"]);
        assert_eq!(lunar(7, 10, Afternoon, 2018), ["2018-10-19"]);
        assert_eq!(lunar(7, 7, Sunrise, 2021), ["2021-10-12"]);
        // 2020 had an adhika Ashvin (18 September - 16 October): the festivals are in the
        // month after it.
        assert_eq!(lunar(7, 1, Sunrise, 2020), ["2020-10-17"]);
        assert_eq!(lunar(7, 10, Afternoon, 2020), ["2020-10-25"]);
        assert_eq!(lunar(7, 30, Evening, 2020), ["2020-11-14"]);
        // So had 2023 an adhika Shravana: Raksha Bandhan at the end of the second one.
        assert_eq!(lunar(5, 15, Morning, 2023), ["2023-08-30"]);
        assert_eq!(lunar(5, 15, Morning, 2018), ["2018-08-26"]);
        assert_eq!(lunar(5, 15, Morning, 2022), ["2022-08-11"]);
        assert_eq!(lunar(5, 15, Morning, 2025), ["2025-08-09"]);
        assert_eq!(lunar(5, 23, MidnightLater, 2023), ["2023-09-06"]);
        // Ashtami at both midnights: the second.
        assert_eq!(lunar(5, 23, MidnightLater, 2021), ["2021-08-30"]);
        assert_eq!(lunar(5, 23, MidnightLater, 2019), ["2019-08-23"]);
        assert_eq!(lunar(6, 4, Midday, 2023), ["2023-09-19"]);
        assert_eq!(lunar(6, 4, Midday, 2019), ["2019-09-02"]);
        assert_eq!(lunar(7, 19, Moonrise, 2018), ["2018-10-27"]);
        assert_eq!(lunar(7, 15, Sunrise, 2019), ["2019-10-13"]);
        // Chaturdashi at both midnights of 2018: the first.
        assert_eq!(lunar(11, 29, Midnight, 2018), ["2018-02-13"]);
        // Spring: Maha Shivaratri, Vasant Panchami, Holika Dahan (Holi is the day after).
        assert_eq!(lunar(11, 29, Midnight, 2024), ["2024-03-08"]);
        assert_eq!(lunar(11, 29, Midnight, 2020), ["2020-02-21"]);
        assert_eq!(lunar(11, 5, Sunrise, 2019), ["2019-02-10"]);
        assert_eq!(lunar(11, 15, Sunrise, 2018), ["2018-01-31"]);
        assert_eq!(lunar(12, 15, AfterBhadra, 2024), ["2024-03-24"]);
        assert_eq!(lunar(12, 15, AfterBhadra, 2019), ["2019-03-20"]);
        // Bhadra lasted through the night of the 22nd, the full moon all the next day.
        assert_eq!(lunar(12, 15, AfterBhadra, 2016), ["2016-03-23"]);
        assert_eq!(lunar(12, 15, AfterBhadra, 2023), ["2023-03-07"]);
        // Chaitra: Ugadi, Rama Navami, Mahavir Jayanti; Buddha Purnima in Vaisakha.
        assert_eq!(lunar(1, 1, Sunrise, 2018), ["2018-03-18"]);
        assert_eq!(lunar(1, 9, Midday, 2020), ["2020-04-02"]);
        assert_eq!(lunar(1, 13, Sunrise, 2020), ["2020-04-06"]);
        assert_eq!(lunar(2, 15, Sunrise, 2024), ["2024-05-23"]);
        assert_eq!(lunar(4, 2, Sunrise, 2018), ["2018-07-14"]);
        // Guru Gobind Singh Jayanti (Pausha Shukla Saptami) came twice in 2014.
        assert_eq!(lunar(10, 7, Sunrise, 2014), ["2014-01-07", "2014-12-28"]);
    }

    #[test]
    fn onam() {
        for d in [
            "2018-08-25",
            "2020-08-31",
            "2021-08-21",
            "2022-09-08",
            "2023-08-29",
        ] {
            let y = d[..4].parse().unwrap();
            assert_eq!(on(Cal::Nakshatra, y, 5, 22), [d]);
        }
        // Thiruvonam twice in Chingam: the second.
        assert_eq!(on(Cal::Nakshatra, 2024, 5, 22), ["2024-09-15"]);
        assert_eq!(on(Cal::Nakshatra, 2019, 5, 22), ["2019-09-11"]);
    }
}
