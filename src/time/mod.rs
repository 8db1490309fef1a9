//! Language-free time algebra: points at a precision, intervals, TIMEX3 strings,
//! and the anchoring of relative and anaphoric expressions (see `resolve`).

mod calendars;
pub(crate) mod compose;
pub(crate) mod holidays;
mod resolve;

pub(crate) use calendars::{Cal, Obs};

pub(crate) use resolve::{Anchor, Resolver, YearRule};

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, Weekday};
use serde::Serialize;
use std::fmt::{self, Write as _};

/// How fine a value is, coarse to fine.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    Century,
    Decade,
    Year,
    Half,
    Quarter,
    Season,
    Month,
    Week,
    Day,
    Hour,
    Minute,
    Second,
}

impl Precision {
    pub fn as_str(self) -> &'static str {
        match self {
            Precision::Century => "century",
            Precision::Decade => "decade",
            Precision::Year => "year",
            Precision::Half => "half",
            Precision::Quarter => "quarter",
            Precision::Season => "season",
            Precision::Month => "month",
            Precision::Week => "week",
            Precision::Day => "day",
            Precision::Hour => "hour",
            Precision::Minute => "minute",
            Precision::Second => "second",
        }
    }
}

/// Calendar units used by relative expressions ("в прошлом году", "через 3 дня").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Quarter,
    Half,
    Year,
    Decade,
    Century,
}

impl Unit {
    /// The TIMEX3 duration letter(s): `P3Y`, `PT2H`.
    pub fn duration(self, n: &str) -> String {
        match self {
            Unit::Second => format!("PT{n}S"),
            Unit::Minute => format!("PT{n}M"),
            Unit::Hour => format!("PT{n}H"),
            Unit::Day => format!("P{n}D"),
            Unit::Week => format!("P{n}W"),
            Unit::Month => format!("P{n}M"),
            Unit::Quarter => format!("P{n}Q"),
            Unit::Half => format!("P{n}H"),
            Unit::Year => format!("P{n}Y"),
            Unit::Decade => format!("P{n}DE"),
            Unit::Century => format!("P{n}CE"),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Season {
    Spring,
    Summer,
    Autumn,
    Winter,
}

impl Season {
    fn code(self) -> &'static str {
        match self {
            Season::Spring => "SP",
            Season::Summer => "SU",
            Season::Autumn => "FA",
            Season::Winter => "WI",
        }
    }
    /// First month of the season. A winter is labelled by the year of its December: `2020-WI`
    /// runs from December 2020 to February 2021 ("зимой" said in November 2020 is `2020-WI`).
    fn first_month(self) -> u32 {
        match self {
            Season::Spring => 3,
            Season::Summer => 6,
            Season::Autumn => 9,
            Season::Winter => 12,
        }
    }
}

/// Parts of a day, as TIMEX3 writes them (`2013-02-12TEV`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DayPart {
    Morning,
    Midday,
    Afternoon,
    Evening,
    Night,
}

impl DayPart {
    fn code(self) -> &'static str {
        match self {
            DayPart::Morning => "MO",
            DayPart::Midday => "MI",
            DayPart::Afternoon => "AF",
            DayPart::Evening => "EV",
            DayPart::Night => "NI",
        }
    }
}

/// A point on the calendar at its own precision: "1975" is a year, not 1975-01-01.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Point {
    /// 19 is the 20th century (1900-1999), as TIMEX3 writes it. Negative: a century BC,
    /// -n being the n-th century BC (`BC04` for -5: 499-400 BC, the TIMEX2 digits).
    Century(i32),
    /// 199 is the 1990s. Negative: -(k+1) is the decade BC written `BCk` (-49 is `BC048`,
    /// the 480s BC: 489-480 BC).
    Decade(i32),
    /// An astronomical year: 0 is 1 BC, -479 is 480 BC (`BC0480`), so that arithmetic
    /// runs across the era ("the following year" after 490 BC is 489 BC).
    Year(i32),
    Half(i32, u8),
    Quarter(i32, u8),
    Season(i32, Season),
    Month(i32, u8),
    /// ISO year and week.
    Week(i32, u8),
    Weekend(i32, u8),
    Day(NaiveDate),
    DayPart(NaiveDate, DayPart),
    Hour(NaiveDate, u8),
    Minute(NaiveDate, u8, u8),
    Second(NaiveDate, u8, u8, u8),
    /// A day whose year could not be known (no document date): XXXX-12-03.
    NoYearDay(u8, u8),
    NoYearMonth(u8),
}

impl Point {
    pub fn precision(&self) -> Precision {
        match self {
            Point::Century(_) => Precision::Century,
            Point::Decade(_) => Precision::Decade,
            Point::Year(_) => Precision::Year,
            Point::Half(..) => Precision::Half,
            Point::Quarter(..) => Precision::Quarter,
            Point::Season(..) => Precision::Season,
            Point::Month(..) | Point::NoYearMonth(_) => Precision::Month,
            Point::Week(..) | Point::Weekend(..) => Precision::Week,
            Point::Day(_) | Point::NoYearDay(..) => Precision::Day,
            Point::DayPart(..) | Point::Hour(..) => Precision::Hour,
            Point::Minute(..) => Precision::Minute,
            Point::Second(..) => Precision::Second,
        }
    }

    /// The day, if this point is a day or finer.
    pub fn date(&self) -> Option<NaiveDate> {
        match *self {
            Point::Day(d)
            | Point::DayPart(d, _)
            | Point::Hour(d, _)
            | Point::Minute(d, ..)
            | Point::Second(d, ..) => Some(d),
            _ => None,
        }
    }

    pub fn year(&self) -> Option<i32> {
        match *self {
            Point::Year(y)
            | Point::Half(y, _)
            | Point::Quarter(y, _)
            | Point::Season(y, _)
            | Point::Month(y, _) => Some(y),
            Point::Week(..) | Point::Weekend(..) => self.first_day().map(|d| d.year()),
            _ => self.date().map(|d| d.year()),
        }
    }

    /// First calendar day covered (inclusive).
    pub fn first_day(&self) -> Option<NaiveDate> {
        let ymd = |y: i32, m: u32, d: u32| NaiveDate::from_ymd_opt(y, m, d);
        match *self {
            Point::Century(c) => ymd(span_years(c, 100).0, 1, 1),
            Point::Decade(d) => ymd(span_years(d, 10).0, 1, 1),
            Point::Year(y) => ymd(y, 1, 1),
            Point::Half(y, h) => ymd(y, if h == 1 { 1 } else { 7 }, 1),
            Point::Quarter(y, q) => ymd(y, (q as u32 - 1) * 3 + 1, 1),
            Point::Season(y, s) => ymd(y, s.first_month(), 1),
            Point::Month(y, m) => ymd(y, m as u32, 1),
            Point::Week(y, w) => NaiveDate::from_isoywd_opt(y, w as u32, Weekday::Mon),
            Point::Weekend(y, w) => NaiveDate::from_isoywd_opt(y, w as u32, Weekday::Sat),
            Point::NoYearDay(..) | Point::NoYearMonth(_) => None,
            _ => self.date(),
        }
    }

    /// Last calendar day covered (inclusive).
    pub fn last_day(&self) -> Option<NaiveDate> {
        let end_of_month = |y: i32, m: u32| -> Option<NaiveDate> {
            let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
            NaiveDate::from_ymd_opt(ny, nm, 1).map(|d| d - Duration::days(1))
        };
        match *self {
            Point::Century(c) => NaiveDate::from_ymd_opt(span_years(c, 100).1, 12, 31),
            Point::Decade(d) => NaiveDate::from_ymd_opt(span_years(d, 10).1, 12, 31),
            Point::Year(y) => NaiveDate::from_ymd_opt(y, 12, 31),
            Point::Half(y, h) => end_of_month(y, if h == 1 { 6 } else { 12 }),
            Point::Quarter(y, q) => end_of_month(y, q as u32 * 3),
            Point::Season(y, s) => match s {
                Season::Winter => end_of_month(y + 1, 2),
                _ => end_of_month(y, s.first_month() + 2),
            },
            Point::Month(y, m) => end_of_month(y, m as u32),
            Point::Week(y, w) => NaiveDate::from_isoywd_opt(y, w as u32, Weekday::Sun),
            Point::Weekend(y, w) => NaiveDate::from_isoywd_opt(y, w as u32, Weekday::Sun),
            Point::NoYearDay(..) | Point::NoYearMonth(_) => None,
            _ => self.date(),
        }
    }

    /// The TIMEX3 value string.
    pub fn timex3(&self) -> String {
        let mut s = String::new();
        self.write_timex3(&mut s);
        s
    }

    /// `timex3`, appended to `s`.
    pub fn write_timex3(&self, s: &mut String) {
        let y4 = write_year;
        // BC centuries and decades: the TIMEX2 digits of the BC years they cover.
        let bc = |s: &mut String, n: i32, width: usize| {
            if n < 0 {
                s.push_str("BC");
            }
            pad(s, if n < 0 { (-1 - n) as u32 } else { n as u32 }, width);
        };
        match *self {
            Point::Century(c) => bc(s, c, 2),
            Point::Decade(d) => bc(s, d, 3),
            Point::Year(y) => y4(s, y),
            Point::Half(y, h) => {
                y4(s, y);
                let _ = write!(s, "-H{h}");
            }
            Point::Quarter(y, q) => {
                y4(s, y);
                let _ = write!(s, "-Q{q}");
            }
            Point::Season(y, se) => {
                y4(s, y);
                s.push('-');
                s.push_str(se.code());
            }
            Point::Month(y, m) => {
                y4(s, y);
                s.push('-');
                pad(s, m as u32, 2);
            }
            Point::Week(y, w) => {
                y4(s, y);
                s.push_str("-W");
                pad(s, w as u32, 2);
            }
            Point::Weekend(y, w) => {
                y4(s, y);
                s.push_str("-W");
                pad(s, w as u32, 2);
                s.push_str("-WE");
            }
            Point::Day(d) => write_day(s, d),
            Point::DayPart(d, p) => {
                write_day(s, d);
                s.push('T');
                s.push_str(p.code());
            }
            Point::Hour(d, h) => {
                write_day(s, d);
                s.push('T');
                pad(s, h as u32, 2);
            }
            Point::Minute(d, h, m) => {
                write_day(s, d);
                s.push('T');
                pad(s, h as u32, 2);
                s.push(':');
                pad(s, m as u32, 2);
            }
            Point::Second(d, h, m, sec) => {
                write_day(s, d);
                s.push('T');
                pad(s, h as u32, 2);
                s.push(':');
                pad(s, m as u32, 2);
                s.push(':');
                pad(s, sec as u32, 2);
            }
            Point::NoYearDay(m, d) => {
                s.push_str("XXXX-");
                pad(s, m as u32, 2);
                s.push('-');
                pad(s, d as u32, 2);
            }
            Point::NoYearMonth(m) => {
                s.push_str("XXXX-");
                pad(s, m as u32, 2);
            }
        }
    }

    /// Whether `self` lies within `other` (used when merging and refining events).
    pub fn within(&self, other: &Point) -> bool {
        match (
            self.first_day(),
            self.last_day(),
            other.first_day(),
            other.last_day(),
        ) {
            (Some(a), Some(b), Some(c), Some(d)) => a >= c && b <= d,
            _ => self == other,
        }
    }

    /// Shift by `n` units, keeping this point's precision where it makes sense.
    pub fn shift(&self, unit: Unit, n: i64) -> Option<Point> {
        let n32 = i32::try_from(n).ok()?;
        Some(match (*self, unit) {
            (Point::Year(y), Unit::Year) => Point::Year(y.checked_add(n32)?),
            (Point::Decade(d), Unit::Decade) => Point::Decade(d.checked_add(n32)?),
            (Point::Century(c), Unit::Century) => Point::Century(c.checked_add(n32)?),
            (Point::Month(y, m), Unit::Month) => {
                let t = y as i64 * 12 + (m as i64 - 1) + n;
                Point::Month(
                    i32::try_from(t.div_euclid(12)).ok()?,
                    (t.rem_euclid(12) + 1) as u8,
                )
            }
            (Point::Month(y, m), Unit::Year) => Point::Month(y.checked_add(n32)?, m),
            (Point::Quarter(y, q), Unit::Year) => Point::Quarter(y.checked_add(n32)?, q),
            (Point::Half(y, h), Unit::Year) => Point::Half(y.checked_add(n32)?, h),
            (Point::Season(y, s), Unit::Year) => Point::Season(y.checked_add(n32)?, s),
            (Point::Quarter(y, q), Unit::Quarter) => {
                let t = y as i64 * 4 + (q as i64 - 1) + n;
                Point::Quarter(
                    i32::try_from(t.div_euclid(4)).ok()?,
                    (t.rem_euclid(4) + 1) as u8,
                )
            }
            (Point::Half(y, h), Unit::Half) => {
                let t = y as i64 * 2 + (h as i64 - 1) + n;
                Point::Half(
                    i32::try_from(t.div_euclid(2)).ok()?,
                    (t.rem_euclid(2) + 1) as u8,
                )
            }
            (Point::Week(..), Unit::Week) => {
                let d = self
                    .first_day()?
                    .checked_add_signed(Duration::try_weeks(n)?)?;
                let iw = d.iso_week();
                Point::Week(iw.year(), iw.week() as u8)
            }
            (p, Unit::Day | Unit::Week) if p.date().is_some() => {
                let days = if unit == Unit::Week {
                    n.checked_mul(7)?
                } else {
                    n
                };
                let d = p.date()?.checked_add_signed(Duration::try_days(days)?)?;
                p.with_date(d)
            }
            (p, Unit::Month | Unit::Year) if p.date().is_some() => {
                let months = if unit == Unit::Year {
                    n.checked_mul(12)?
                } else {
                    n
                };
                let d = add_months(p.date()?, months)?;
                p.with_date(d)
            }
            (p, Unit::Hour | Unit::Minute | Unit::Second) if p.date().is_some() => {
                let dt = p.datetime()?;
                let secs = match unit {
                    Unit::Hour => n.checked_mul(3600)?,
                    Unit::Minute => n.checked_mul(60)?,
                    _ => n,
                };
                let dt = dt.checked_add_signed(Duration::try_seconds(secs)?)?;
                Point::from_datetime(dt, p.precision().max(unit_precision(unit)))
            }
            _ => return None,
        })
    }

    fn with_date(self, d: NaiveDate) -> Point {
        match self {
            Point::Day(_) => Point::Day(d),
            Point::DayPart(_, p) => Point::DayPart(d, p),
            Point::Hour(_, h) => Point::Hour(d, h),
            Point::Minute(_, h, m) => Point::Minute(d, h, m),
            Point::Second(_, h, m, s) => Point::Second(d, h, m, s),
            other => other,
        }
    }

    fn datetime(&self) -> Option<NaiveDateTime> {
        let (d, h, m, s) = match *self {
            Point::Day(d) => (d, 0, 0, 0),
            Point::DayPart(d, _) => (d, 12, 0, 0),
            Point::Hour(d, h) => (d, h, 0, 0),
            Point::Minute(d, h, m) => (d, h, m, 0),
            Point::Second(d, h, m, s) => (d, h, m, s),
            _ => return None,
        };
        d.and_hms_opt(h as u32, m as u32, s as u32)
    }

    /// A point from a date-time, cut to `precision` (day or finer).
    pub fn from_datetime(dt: NaiveDateTime, precision: Precision) -> Point {
        use chrono::Timelike;
        let d = dt.date();
        match precision {
            Precision::Hour => Point::Hour(d, dt.hour() as u8),
            Precision::Minute => Point::Minute(d, dt.hour() as u8, dt.minute() as u8),
            Precision::Second => {
                Point::Second(d, dt.hour() as u8, dt.minute() as u8, dt.second() as u8)
            }
            _ => Point::Day(d),
        }
    }

    /// This point's counterpart at a coarser `unit` (the year of a day, its month...).
    pub fn truncate(&self, unit: Unit) -> Option<Point> {
        let d = self.first_day()?;
        Some(match unit {
            Unit::Year => Point::Year(d.year()),
            Unit::Month => Point::Month(d.year(), d.month() as u8),
            Unit::Quarter => Point::Quarter(d.year(), ((d.month() - 1) / 3 + 1) as u8),
            Unit::Half => Point::Half(d.year(), if d.month() <= 6 { 1 } else { 2 }),
            Unit::Week => {
                let w = d.iso_week();
                Point::Week(w.year(), w.week() as u8)
            }
            Unit::Day => Point::Day(self.date()?),
            Unit::Decade => Point::Decade(span_of(d.year(), 10)),
            Unit::Century => Point::Century(span_of(d.year(), 100)),
            Unit::Hour | Unit::Minute | Unit::Second => *self,
        })
    }
}

fn unit_precision(u: Unit) -> Precision {
    match u {
        Unit::Second => Precision::Second,
        Unit::Minute => Precision::Minute,
        Unit::Hour => Precision::Hour,
        _ => Precision::Day,
    }
}

/// The TIMEX3 year of an astronomical year: 0 is `BC0001`, -479 is `BC0480`.
fn write_year(s: &mut String, y: i32) {
    match bc_year(y) {
        Some(b) => {
            s.push_str("BC");
            pad(s, b, 4);
        }
        None => pad(s, y as u32, 4),
    }
}

/// The year BC of an astronomical year, if it is one: 0 is 1 BC, -479 is 480 BC.
pub(crate) fn bc_year(y: i32) -> Option<u32> {
    (y <= 0).then(|| (1 - y as i64) as u32)
}

/// The astronomical year of a year `n` BC: 480 BC is -479.
pub(crate) fn from_bc(n: i32) -> i32 {
    1 - n
}

/// The first and last astronomical year of `Point::Century(n)` (`len` 100) or
/// `Point::Decade(n)` (`len` 10); a negative `n` counts the BC digits (see `Point`).
fn span_years(n: i32, len: i32) -> (i32, i32) {
    if n >= 0 {
        return (n * len, n * len + len - 1);
    }
    let k = -1 - n;
    if len == 100 {
        // The (k+1)-th century BC, as it is counted: the 5th (`BC04`) is 500-401 BC.
        return (from_bc(k * len + len), from_bc(k * len + 1));
    }
    // The decade written `BCk`: years k*len .. k*len+len-1 BC (there is no year 0 BC).
    (from_bc(k * len + len - 1), from_bc((k * len).max(1)))
}

/// The decade (`len` 10) or century (`len` 100) an astronomical year lies in, as
/// `Point::Decade`/`Point::Century` number it.
pub(crate) fn span_of(y: i32, len: i32) -> i32 {
    match bc_year(y) {
        // 500 BC is in the 5th century BC, 480 BC in the decade `BC048` (see `span_years`).
        Some(b) if len == 100 => -(b as i32 + len - 1) / len,
        Some(b) => -1 - (b as i32) / len,
        None => y / len,
    }
}

fn write_day(s: &mut String, d: NaiveDate) {
    write_year(s, d.year());
    s.push('-');
    pad(s, d.month(), 2);
    s.push('-');
    pad(s, d.day(), 2);
}

/// `write!(s, "{n:0width$}")` without the formatting machinery.
fn pad(s: &mut String, n: u32, width: usize) {
    let mut digits = [b'0'; 20];
    let i = crate::text::decimal(n as u64, &mut digits).min(digits.len().saturating_sub(width));
    for &c in &digits[i..] {
        s.push(c as char);
    }
}

/// Add calendar months, clamping the day to the month's length (31 Jan + 1 month = 28/29 Feb).
pub(crate) fn add_months(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    let t = d.year() as i64 * 12 + (d.month() as i64 - 1) + n;
    let y = i32::try_from(t.div_euclid(12)).ok()?;
    let m = (t.rem_euclid(12) + 1) as u32;
    let mut day = d.day();
    loop {
        if let Some(nd) = NaiveDate::from_ymd_opt(y, m, day) {
            return Some(nd);
        }
        if day <= 28 {
            return None;
        }
        day -= 1;
    }
}

/// References without a calendar position.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RefKind {
    Present,
    Past,
    Future,
}

/// A resolved TIMEX3 value.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Value {
    Point(Point),
    /// Inclusive ends.
    Interval(Point, Point),
    Duration(String),
    Set(String),
    Ref(RefKind),
}

impl Value {
    /// The value as `Display` writes it, appended to `s`.
    pub fn write_timex3(&self, s: &mut String) {
        match self {
            Value::Point(p) => p.write_timex3(s),
            Value::Interval(a, b) => {
                a.write_timex3(s);
                s.push('/');
                b.write_timex3(s);
            }
            Value::Duration(v) | Value::Set(v) => s.push_str(v),
            Value::Ref(RefKind::Present) => s.push_str("PRESENT_REF"),
            Value::Ref(RefKind::Past) => s.push_str("PAST_REF"),
            Value::Ref(RefKind::Future) => s.push_str("FUTURE_REF"),
        }
    }

    pub fn precision(&self) -> Option<Precision> {
        match self {
            Value::Point(p) => Some(p.precision()),
            Value::Interval(a, b) => Some(a.precision().min(b.precision())),
            _ => None,
        }
    }

    /// Inclusive calendar days covered, when the value is on the calendar.
    pub fn days(&self) -> Option<(NaiveDate, NaiveDate)> {
        match self {
            Value::Point(p) => Some((p.first_day()?, p.last_day()?)),
            Value::Interval(a, b) => Some((a.first_day()?, b.last_day()?)),
            _ => None,
        }
    }

    /// `days`, with PRESENT_REF as the DCT's day (what an event dated by it covers).
    pub fn days_at(&self, dct: NaiveDateTime) -> Option<(NaiveDate, NaiveDate)> {
        match self {
            Value::Ref(RefKind::Present) => Some((dct.date(), dct.date())),
            _ => self.days(),
        }
    }
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Point(_) | Value::Interval(..) => {
                let mut s = String::new();
                self.write_timex3(&mut s);
                f.write_str(&s)
            }
            Value::Duration(s) | Value::Set(s) => f.write_str(s),
            Value::Ref(RefKind::Present) => f.write_str("PRESENT_REF"),
            Value::Ref(RefKind::Past) => f.write_str("PAST_REF"),
            Value::Ref(RefKind::Future) => f.write_str("FUTURE_REF"),
        }
    }
}

/// TIMEX3 type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimexType {
    Date,
    Time,
    Duration,
    Set,
}

impl TimexType {
    pub fn as_str(self) -> &'static str {
        match self {
            TimexType::Date => "DATE",
            TimexType::Time => "TIME",
            TimexType::Duration => "DURATION",
            TimexType::Set => "SET",
        }
    }
}

/// TIMEX3 `mod`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Mod {
    Start,
    Mid,
    End,
    Approx,
    Before,
    After,
    OnOrBefore,
    OnOrAfter,
    LessThan,
    MoreThan,
}

impl Mod {
    pub fn as_str(self) -> &'static str {
        match self {
            Mod::Start => "START",
            Mod::Mid => "MID",
            Mod::End => "END",
            Mod::Approx => "APPROX",
            Mod::Before => "BEFORE",
            Mod::After => "AFTER",
            Mod::OnOrBefore => "ON_OR_BEFORE",
            Mod::OnOrAfter => "ON_OR_AFTER",
            Mod::LessThan => "LESS_THAN",
            Mod::MoreThan => "MORE_THAN",
        }
    }
}

/// How an event relates to its date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Relation {
    #[default]
    At,
    Since,
    Until,
    Between,
    Before,
    After,
}

/// Tense of the clause around an expression, as the language module reads it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub(crate) enum Tense {
    Past,
    Present,
    Future,
    #[default]
    Unknown,
}

/// The meaning of an expression as the grammar reads it, before any anchoring.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Expr {
    /// Calendar fields as written. `year_rel` is a year said relative to the DCT ("т.г." = 0,
    /// "прошлого года" = -1); `weekday` is a check, not a field.
    Date {
        year: Option<i32>,
        year_rel: Option<i32>,
        /// The year is the one in focus ("в марте того же года").
        year_focus: bool,
        month: Option<u8>,
        day: Option<u8>,
        time: Option<Clock>,
    },
    Decade(i32),
    Century(i32),
    /// Half, quarter or season of a year (absolute, relative or inferred).
    YearPart {
        year: Option<i32>,
        year_rel: Option<i32>,
        part: YearPart,
    },
    /// This/last/next unit around the DCT: "в прошлом году" = (Year, -1).
    Rel {
        unit: Unit,
        offset: i32,
    },
    /// The unit in focus in the text: "в указанном году" = (Year, 0); "накануне" = (Day, -1).
    Anaphor {
        unit: Unit,
        offset: i32,
    },
    /// The unit in focus when the focus is exactly such a unit, else the last complete one
    /// before the DCT: "the quarter" in an earnings report is the one just reported.
    Latest {
        unit: Unit,
    },
    /// The last month `month` before the month preceding the DCT's: "last April" said in
    /// October is this year's April, said in April or May last year's.
    MonthBefore {
        month: u8,
    },
    /// A shift of `n` units from the DCT: "через 3 года" = 3, "два года назад" = -2.
    Shift {
        unit: Unit,
        n: i64,
    },
    /// A weekday; `dir` -1 last, +1 next, 0 by tense (-n / +n: the n-th last / next one).
    /// `week` is a relative week when said.
    Weekday {
        wd: Weekday,
        dir: i8,
        week: Option<i32>,
        time: Option<Clock>,
    },
    /// The weekday before (`dir` -1) or after (+1) the day in focus, or the DCT without
    /// one: "the previous Friday", "the following Monday".
    WeekdayNear {
        wd: Weekday,
        dir: i8,
    },
    /// A part of a day on a day: "сегодня вечером".
    DayPart {
        day: Box<Expr>,
        part: DayPart,
    },
    /// A time of day on a day given by another expression ("завтра в 15 часов").
    At {
        day: Box<Expr>,
        clock: Clock,
    },
    /// A clock time with no day: anchored to the day in focus or the DCT.
    Clock(Clock),
    Ref(RefKind),
    /// Inclusive range; the grammar fills in fields the first end shares with the second.
    Interval(Box<Expr>, Box<Expr>),
    Duration(String),
    Set(String),
    /// The weekend of the DCT's week, shifted by `offset` weeks.
    Weekend {
        offset: i32,
    },
    /// A yearly holiday (month, day).
    Holiday {
        month: u8,
        day: u8,
    },
    /// The point in focus moved by `n` units at the focus's own precision: "a year earlier"
    /// after "the third quarter" is the year-earlier quarter. With `near_dct` ("a year ago")
    /// the focus counts only when it lies within a year of the DCT; otherwise, and when
    /// there is no usable focus, this is `Shift` (from the DCT) or `Anaphor` (from the focus).
    ShiftFocus {
        unit: Unit,
        n: i64,
        near_dct: bool,
    },
    /// A day that recurs every year by a rule, moved by `offset` days ("Thanksgiving",
    /// "Black Friday" = Thanksgiving + 1, "the last day of October"). Without a year it
    /// is the next occurrence (today included), or the last one when `dir` is -1 or the
    /// clause is past; `dir` 1 forces the next.
    Yearly {
        rule: DayRule,
        offset: i16,
        year: Option<i32>,
        year_rel: Option<i32>,
        dir: i8,
    },
    /// "N-летие"/"годовщина" of a year: the year plus `n`.
    Anniversary {
        n: i32,
        base: Box<Expr>,
    },
    /// The n-th day, weekday, week or weekend inside a period ("the first Monday of this
    /// month", "the 20th of next month", "the third last week of 2018", "the last weekend
    /// of October"); n < 0 counts from the end. Weeks and weekends lie wholly inside.
    NthIn {
        within: Box<Expr>,
        what: NthOf,
        n: i8,
    },
    /// `n` units after another expression (before when negative): "three days after
    /// Easter", the end of "4pm for 30 minutes".
    After {
        base: Box<Expr>,
        unit: Unit,
        n: i64,
    },
    /// A day of the month said alone ("on the 15th"): in the month in focus, else this
    /// month's or, by tense, the next or last month's. With a weekday ("Thu 15th"), the
    /// next month where the day falls on it.
    DayOfMonth {
        day: u8,
        weekday: Option<Weekday>,
    },
}

/// What `Expr::NthIn` counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NthOf {
    Day,
    Weekday(Weekday),
    Week,
    Weekend,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Clock {
    pub hour: u8,
    pub minute: Option<u8>,
    pub second: Option<u8>,
    /// An hour of 1..11 said without am/pm or a part of day ("at 3", "3:30"): it may be
    /// `hour` or `hour + 12`, and the resolver picks one.
    pub ambiguous: bool,
}

impl Clock {
    pub fn new(hour: u8, minute: Option<u8>) -> Clock {
        Clock {
            hour,
            minute,
            second: None,
            ambiguous: false,
        }
    }
}

/// How a yearly day falls in a given year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum DayRule {
    Fixed {
        month: u8,
        day: u8,
    },
    /// The n-th `weekday` of a month (n = -1: the last); with no weekday, the n-th day
    /// (n = -1: the month's last day).
    Nth {
        month: u8,
        weekday: Option<Weekday>,
        n: i8,
    },
    /// Easter Sunday: Gregorian, or the Orthodox (Julian computus) date.
    Easter {
        julian: bool,
    },
    /// Day `day` of `month` in a calendar (-1: the month's last day), then moved by
    /// `moves[weekday]` days (Monday first) for the weekday it falls on: observance rules
    /// such as "Tisha B'Av on a Saturday is kept on Sunday".
    Cal {
        cal: Cal,
        month: u8,
        day: i8,
        moves: [i8; 7],
    },
}

impl DayRule {
    /// The day in `year`; the first one when there are two (lunar holidays).
    #[cfg(test)]
    pub fn date(&self, year: i32) -> Option<NaiveDate> {
        self.dates(year).into_iter().next()
    }

    /// Every day of the rule in `year`, in order: a Hijri day comes twice in some years.
    pub fn dates(&self, year: i32) -> Vec<NaiveDate> {
        if let DayRule::Cal {
            cal,
            month,
            day,
            moves,
        } = *self
        {
            return calendars::dates_in(cal, year, month, day)
                .into_iter()
                .map(|d| {
                    d + Duration::days(moves[d.weekday().num_days_from_monday() as usize] as i64)
                })
                .collect();
        }
        self.date_once(year).into_iter().collect()
    }

    fn date_once(&self, year: i32) -> Option<NaiveDate> {
        match *self {
            DayRule::Cal { .. } => None,
            DayRule::Fixed { month, day } => {
                NaiveDate::from_ymd_opt(year, month as u32, day as u32)
            }
            DayRule::Nth { month, weekday, n } => {
                let first = NaiveDate::from_ymd_opt(year, month as u32, 1)?;
                let last = add_months(first, 1)? - Duration::days(1);
                match (weekday, n) {
                    (None, -1) => Some(last),
                    (None, n) if n > 0 => NaiveDate::from_ymd_opt(year, month as u32, n as u32),
                    (Some(wd), -1) => {
                        let back = (last.weekday().num_days_from_monday() + 7
                            - wd.num_days_from_monday())
                            % 7;
                        Some(last - Duration::days(back as i64))
                    }
                    (Some(wd), n) if (1..=5).contains(&n) => {
                        let fwd = (wd.num_days_from_monday() + 7
                            - first.weekday().num_days_from_monday())
                            % 7;
                        let d = first + Duration::days(fwd as i64 + 7 * (n as i64 - 1));
                        (d.month() == month as u32).then_some(d)
                    }
                    _ => None,
                }
            }
            DayRule::Easter { julian: false } => {
                // Anonymous Gregorian computus.
                let (a, b, c) = (
                    year.rem_euclid(19),
                    year.div_euclid(100),
                    year.rem_euclid(100),
                );
                let (d, e) = (b / 4, b % 4);
                let f = (b + 8) / 25;
                let g = (b - f + 1) / 3;
                let h = (19 * a + b - d - g + 15) % 30;
                let (i, k) = (c / 4, c % 4);
                let l = (32 + 2 * e + 2 * i - h - k) % 7;
                let m = (a + 11 * h + 22 * l) / 451;
                let n = h + l - 7 * m + 114;
                NaiveDate::from_ymd_opt(year, (n / 31) as u32, (n % 31 + 1) as u32)
            }
            DayRule::Easter { julian: true } => {
                // Meeus' Julian computus, then the Julian-to-Gregorian offset of the century.
                let (a, b, c) = (year.rem_euclid(4), year.rem_euclid(7), year.rem_euclid(19));
                let d = (19 * c + 15) % 30;
                let e = (2 * a + 4 * b - d + 34) % 7;
                let n = d + e + 114;
                let julian = NaiveDate::from_ymd_opt(year, (n / 31) as u32, (n % 31 + 1) as u32)?;
                let shift = year.div_euclid(100) - year.div_euclid(400) - 2;
                julian.checked_add_signed(Duration::days(shift as i64))
            }
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum YearPart {
    Half(u8),
    Quarter(u8),
    Season(Season),
}

impl Expr {
    pub fn date(year: Option<i32>, month: Option<u8>, day: Option<u8>) -> Expr {
        Expr::Date {
            year,
            year_rel: None,
            year_focus: false,
            month,
            day,
            time: None,
        }
    }
    /// The expression says its year ("в 2010 году", "того же года", "Q3 2010"): only such
    /// a year can open a narrative (see `Resolver::narrative_year`).
    pub fn states_year(&self) -> bool {
        matches!(
            self,
            Expr::Date { year: Some(_), .. }
                | Expr::Date {
                    year_focus: true,
                    ..
                }
                | Expr::YearPart { year: Some(_), .. }
        )
    }

    pub fn year(y: i32) -> Expr {
        Expr::date(Some(y), None, None)
    }

    /// The TIMEX3 type this expression gets.
    pub fn timex_type(&self) -> TimexType {
        match self {
            Expr::Duration(_) => TimexType::Duration,
            Expr::Set(_) => TimexType::Set,
            Expr::Date { time: Some(_), .. }
            | Expr::Weekday { time: Some(_), .. }
            | Expr::At { .. }
            | Expr::Clock(_)
            | Expr::DayPart { .. } => TimexType::Time,
            Expr::Shift {
                unit: Unit::Hour | Unit::Minute | Unit::Second,
                ..
            } => TimexType::Time,
            Expr::Interval(a, _) => match a.timex_type() {
                TimexType::Time => TimexType::Time,
                _ => TimexType::Date,
            },
            _ => TimexType::Date,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, dd: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, dd).unwrap()
    }

    #[test]
    fn padding_is_format() {
        for n in [
            0u32,
            1,
            9,
            10,
            99,
            100,
            999,
            1000,
            9999,
            10000,
            123456,
            u32::MAX,
        ] {
            for w in [2, 3, 4] {
                let mut s = String::new();
                pad(&mut s, n, w);
                assert_eq!(s, format!("{n:0w$}"));
            }
        }
        for y in [-10000, -200, -1, 0, 5, 1975, 9999, 10000, 262142] {
            let Some(d) = NaiveDate::from_ymd_opt(y, 3, 7) else {
                continue;
            };
            let mut s = String::new();
            write_day(&mut s, d);
            let want = if y <= 0 {
                format!("BC{:04}-{:02}-{:02}", 1 - y, 3, 7)
            } else {
                format!("{y:04}-03-07")
            };
            assert_eq!(s, want);
            let mut s = String::new();
            Point::Year(y).write_timex3(&mut s);
            let want = if y <= 0 {
                format!("BC{:04}", 1 - y)
            } else {
                format!("{y:04}")
            };
            assert_eq!(s, want);
        }
    }

    #[test]
    fn timex3_strings() {
        assert_eq!(Point::Year(1975).timex3(), "1975");
        assert_eq!(Point::Decade(199).timex3(), "199");
        assert_eq!(Point::Century(19).timex3(), "19");
        assert_eq!(Point::Season(2024, Season::Spring).timex3(), "2024-SP");
        assert_eq!(
            Point::Minute(d(2024, 12, 6), 2, 37).timex3(),
            "2024-12-06T02:37"
        );
        assert_eq!(Point::NoYearDay(12, 3).timex3(), "XXXX-12-03");
        assert_eq!(
            Value::Interval(Point::Day(d(2024, 12, 5)), Point::Day(d(2024, 12, 7))).to_string(),
            "2024-12-05/2024-12-07"
        );
    }

    /// TIMEX2/WikiWars BC values over astronomical years.
    #[test]
    fn bc_values() {
        assert_eq!(Point::Year(from_bc(480)).timex3(), "BC0480");
        assert_eq!(Point::Year(0).timex3(), "BC0001");
        assert_eq!(Point::Year(1).timex3(), "0001");
        // "the following year" after 490 BC.
        assert_eq!(
            Point::Year(from_bc(490))
                .shift(Unit::Year, 1)
                .unwrap()
                .timex3(),
            "BC0489"
        );
        assert_eq!(
            Point::Year(from_bc(1))
                .shift(Unit::Year, 1)
                .unwrap()
                .timex3(),
            "0001"
        );
        // The 5th century BC and the 480s BC.
        assert_eq!(Point::Century(-5).timex3(), "BC04");
        assert_eq!(Point::Century(-1).timex3(), "BC00");
        assert_eq!(Point::Decade(-49).timex3(), "BC048");
        assert_eq!(Point::Decade(-49).first_day(), Some(d(from_bc(489), 1, 1)));
        assert_eq!(Point::Decade(-49).last_day(), Some(d(from_bc(480), 12, 31)));
        assert_eq!(Point::Century(-5).first_day(), Some(d(from_bc(500), 1, 1)));
        assert_eq!(Point::Century(-5).last_day(), Some(d(from_bc(401), 12, 31)));
        assert_eq!(Point::Century(-1).first_day(), Some(d(from_bc(100), 1, 1)));
        assert_eq!(Point::Century(-1).last_day(), Some(d(from_bc(1), 12, 31)));
        let y = Point::Year(from_bc(484));
        assert_eq!(y.truncate(Unit::Decade), Some(Point::Decade(-49)));
        assert_eq!(y.truncate(Unit::Century), Some(Point::Century(-5)));
        assert_eq!(
            Point::Year(1984).truncate(Unit::Decade),
            Some(Point::Decade(198))
        );
        assert!(Point::Year(from_bc(484)).within(&Point::Decade(-49)));
        assert!(Point::Year(from_bc(480)).within(&Point::Century(-5)));
        assert!(Point::Year(from_bc(500)).within(&Point::Century(-5)));
        assert!(!Point::Year(from_bc(400)).within(&Point::Century(-5)));
        assert_eq!(
            Point::Year(from_bc(400)).truncate(Unit::Century),
            Some(Point::Century(-4))
        );
        assert_eq!(Point::Month(from_bc(480), 9).timex3(), "BC0480-09");
        assert_eq!(Point::Day(d(from_bc(480), 9, 20)).timex3(), "BC0480-09-20");
    }

    #[test]
    fn days_covered() {
        assert_eq!(Point::Year(1975).first_day(), Some(d(1975, 1, 1)));
        assert_eq!(Point::Month(2024, 2).last_day(), Some(d(2024, 2, 29)));
        assert_eq!(Point::Quarter(2019, 1).last_day(), Some(d(2019, 3, 31)));
        assert_eq!(
            Point::Season(2012, Season::Winter).first_day(),
            Some(d(2012, 12, 1))
        );
        assert_eq!(
            Point::Season(2012, Season::Winter).last_day(),
            Some(d(2013, 2, 28))
        );
        assert_eq!(Point::Decade(199).last_day(), Some(d(1999, 12, 31)));
    }

    #[test]
    fn yearly_days() {
        let on = |r: DayRule, y| r.date(y).unwrap().to_string();
        let thanksgiving = DayRule::Nth {
            month: 11,
            weekday: Some(Weekday::Thu),
            n: 4,
        };
        assert_eq!(on(thanksgiving, 2013), "2013-11-28");
        assert_eq!(on(thanksgiving, 2017), "2017-11-23");
        let memorial = DayRule::Nth {
            month: 5,
            weekday: Some(Weekday::Mon),
            n: -1,
        };
        assert_eq!(on(memorial, 2013), "2013-05-27");
        let last_day = DayRule::Nth {
            month: 2,
            weekday: None,
            n: -1,
        };
        assert_eq!(on(last_day, 2012), "2012-02-29");
        let fifth_mon = DayRule::Nth {
            month: 2,
            weekday: Some(Weekday::Mon),
            n: 5,
        };
        assert_eq!(fifth_mon.date(2013), None);
        assert_eq!(on(DayRule::Easter { julian: false }, 2013), "2013-03-31");
        assert_eq!(on(DayRule::Easter { julian: false }, 2010), "2010-04-04");
        assert_eq!(on(DayRule::Easter { julian: false }, 2019), "2019-04-21");
        assert_eq!(on(DayRule::Easter { julian: true }, 2018), "2018-04-08");
        assert_eq!(on(DayRule::Easter { julian: true }, 2020), "2020-04-19");
    }

    #[test]
    fn shifting() {
        assert_eq!(
            Point::Month(2013, 1).shift(Unit::Month, -2),
            Some(Point::Month(2012, 11))
        );
        assert_eq!(
            Point::Day(d(2013, 1, 31)).shift(Unit::Month, 1),
            Some(Point::Day(d(2013, 2, 28)))
        );
        assert_eq!(
            Point::Quarter(2013, 1).shift(Unit::Quarter, -1),
            Some(Point::Quarter(2012, 4))
        );
        assert_eq!(Point::Year(i32::MAX).shift(Unit::Year, 1), None);
        assert_eq!(
            Point::Quarter(1989, 3).shift(Unit::Year, -1),
            Some(Point::Quarter(1988, 3))
        );
    }
}
