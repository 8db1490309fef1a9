//! Meaning every language's grammar needs, written once so that the same meaning comes
//! out the same in every language: TIMEX3 duration values, two-digit years, the year an
//! expression states, a clock time put on a day, and completing one end of a range from
//! the other.
//! The decisions are in docs/FORMATS.md, "Values".

use super::{Clock, Expr, Unit};

/// A clock time said of a day: "Nov. 9 at 5 p.m.", "04:42 27.12.2020", "завтра в 17 часов".
/// A dated day or a weekday carries the time itself; anything else is wrapped in `At`.
pub(crate) fn with_time(e: Expr, c: Clock) -> Expr {
    match e {
        Expr::Date {
            year,
            year_rel,
            year_focus,
            month,
            day: Some(d),
            time: None,
        } => Expr::Date {
            year,
            year_rel,
            year_focus,
            month,
            day: Some(d),
            time: Some(c),
        },
        Expr::Weekday {
            wd,
            dir,
            week,
            time: None,
        } => Expr::Weekday {
            wd,
            dir,
            week,
            time: Some(c),
        },
        other => Expr::At {
            day: Box::new(other),
            clock: c,
        },
    }
}

/// The day and the clock time of a timed day ("11:00 on Thursday"): `with_time` undone.
pub(crate) fn day_of(e: &Expr) -> Option<(Expr, Clock)> {
    match e {
        Expr::At { day, clock } => Some(((**day).clone(), *clock)),
        Expr::Weekday {
            wd,
            dir,
            week,
            time: Some(c),
        } => Some((
            Expr::Weekday {
                wd: *wd,
                dir: *dir,
                week: *week,
                time: None,
            },
            *c,
        )),
        Expr::Date {
            year,
            year_rel,
            year_focus,
            month,
            day: day @ Some(_),
            time: Some(c),
        } => Some((
            Expr::Date {
                year: *year,
                year_rel: *year_rel,
                year_focus: *year_focus,
                month: *month,
                day: *day,
                time: None,
            },
            *c,
        )),
        _ => None,
    }
}

/// The two ends of a range, each completed from the other: the fields a writer says once
/// belong to both ends. `None` when the two cannot be the ends of one range.
/// - An end that is a bare day takes the start's month and year: "July 13–15".
/// - A start without a year takes the end's year, and its month if it has none: "5–7 декабря",
///   "November to December 2020", "с марта по май 2018 года".
/// - An end without a year takes the start's, the next one when it would come first:
///   "10 августа 2012 – 12 августа", "Dec. 28, 2012 – Jan. 3".
/// - Two expressions of one kind (clock times, decades, centuries, seasons, weekdays) stay as
///   they are.
pub(crate) fn complete_range(a: &Expr, b: &Expr) -> Option<(Expr, Expr)> {
    let yearless = |e: &Expr| {
        matches!(
            e,
            Expr::Date {
                year: None,
                year_rel: None,
                year_focus: false,
                ..
            }
        )
    };
    match (a, b) {
        (
            Expr::Date {
                year,
                year_rel,
                year_focus,
                month: Some(am),
                day: ad @ Some(_),
                ..
            },
            Expr::Date {
                month: None,
                day: bd @ Some(_),
                time: bt,
                ..
            },
        ) if yearless(b) && bd > ad => Some((
            a.clone(),
            Expr::Date {
                year: *year,
                year_rel: *year_rel,
                year_focus: *year_focus,
                month: Some(*am),
                day: *bd,
                time: *bt,
            },
        )),
        (
            Expr::Date {
                month, day, time, ..
            },
            Expr::Date {
                year,
                year_rel,
                year_focus,
                month: bm,
                ..
            },
        ) if yearless(a) && (month.is_some() || day.is_some()) => Some((
            Expr::Date {
                year: *year,
                year_rel: *year_rel,
                year_focus: *year_focus,
                month: month.or(*bm),
                day: *day,
                time: *time,
            },
            b.clone(),
        )),
        (
            Expr::Date {
                year: Some(y),
                month: Some(am),
                day: ad,
                ..
            },
            Expr::Date {
                month: Some(bm),
                day: bd,
                time: bt,
                ..
            },
        ) if yearless(b) => {
            let y = if (*bm, bd.unwrap_or(1)) < (*am, ad.unwrap_or(1)) {
                y + 1
            } else {
                *y
            };
            Some((
                a.clone(),
                Expr::Date {
                    year: Some(y),
                    year_rel: None,
                    year_focus: false,
                    month: Some(*bm),
                    day: *bd,
                    time: *bt,
                },
            ))
        }
        (Expr::Date { .. }, Expr::Date { .. })
        | (Expr::Clock(_), Expr::Clock(_))
        | (Expr::Decade(_), Expr::Decade(_))
        | (Expr::Century(_), Expr::Century(_))
        | (Expr::YearPart { .. }, Expr::YearPart { .. })
        | (Expr::Weekday { .. }, Expr::Weekday { .. }) => Some((a.clone(), b.clone())),
        _ => None,
    }
}

/// The TIMEX3 value of `n` units (`None`: an unknown amount, "several years" = `PXY`).
/// Decades and centuries are counted in years, as TimeBank writes them ("three decades" =
/// `P30Y`, "полвека" = `P50Y`); an unknown number of them keeps its unit (`PXDE`), since
/// no count of years says "decades".
pub fn duration(n: Option<f64>, u: Unit) -> String {
    let (n, u) = match (n, u) {
        (Some(n), Unit::Decade) => (Some(n * 10.0), Unit::Year),
        (Some(n), Unit::Century) => (Some(n * 100.0), Unit::Year),
        other => other,
    };
    match n {
        None => u.duration("X"),
        Some(n) if n.fract() == 0.0 => u.duration(&format!("{}", n as i64)),
        Some(n) => u.duration(&format!("{n}")),
    }
}

/// The TIMEX3 value of a compound amount, largest unit first: "1 год 6 месяцев" =
/// `P1Y6M`, "2 ч. 21 мин." = `PT2H21M`.
pub fn durations(parts: &[(Option<f64>, Unit)]) -> String {
    if let [(n, u)] = parts {
        return duration(*n, *u);
    }
    let mut date = String::from("P");
    let mut time = String::new();
    for (n, u) in parts {
        let d = duration(*n, *u);
        if let Some(t) = d.strip_prefix("PT") {
            time.push_str(t);
        } else {
            date.push_str(&d[1..]);
        }
    }
    if !time.is_empty() {
        date.push('T');
        date.push_str(&time);
    }
    date
}

/// The year a two-digit year names ("3/5/45", "5.3.45", "'98"): 00–39 are this century's,
/// 40–99 the last one's. Two-digit years in news and histories mostly look back (birth
/// dates, "1941–45", "'98"), and a date decades ahead is seldom written short.
pub fn two_digit_year(yy: u32) -> i32 {
    if yy < 40 {
        2000 + yy as i32
    } else {
        1900 + yy as i32
    }
}

/// Which end of an interval a question is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum End {
    First,
    Last,
}

/// The year an expression states in words (not one worked out from the DCT), read at the
/// `end` asked for; an interval with no year there gives its other end's ("с марта по май
/// 2018 года" states 2018 at both ends).
pub(crate) fn stated_year(e: &Expr, end: End) -> Option<i32> {
    match e {
        Expr::Date { year: Some(y), .. } | Expr::YearPart { year: Some(y), .. } => Some(*y),
        Expr::Interval(a, b) => {
            let (near, far) = match end {
                End::First => (a, b),
                End::Last => (b, a),
            };
            stated_year(near, end).or_else(|| stated_year(far, end))
        }
        Expr::NthIn { within, .. } => stated_year(within, end),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stated_year_reads_the_end_asked_for() {
        let span = Expr::Interval(Box::new(Expr::year(2010)), Box::new(Expr::year(2012)));
        assert_eq!(stated_year(&span, End::First), Some(2010));
        assert_eq!(stated_year(&span, End::Last), Some(2012));
        // "с марта по май 2018 года": the start has no year of its own.
        let month = Expr::Date {
            year: None,
            year_rel: None,
            year_focus: false,
            month: Some(3),
            day: None,
            time: None,
        };
        let half = Expr::Interval(Box::new(month), Box::new(Expr::year(2018)));
        assert_eq!(stated_year(&half, End::First), Some(2018));
        assert_eq!(stated_year(&Expr::year(1975), End::Last), Some(1975));
    }

    fn date(year: Option<i32>, month: Option<u8>, day: Option<u8>) -> Expr {
        Expr::date(year, month, day)
    }

    #[test]
    fn ranges_complete_each_end_from_the_other() {
        let range = |a, b| complete_range(&a, &b).unwrap();
        // "5–7 декабря 2020": the start takes the month and year.
        assert_eq!(
            range(
                date(None, None, Some(5)),
                date(Some(2020), Some(12), Some(7))
            )
            .0,
            date(Some(2020), Some(12), Some(5))
        );
        // "July 13–15": the bare end takes the month.
        assert_eq!(
            range(date(None, Some(7), Some(13)), date(None, None, Some(15))).1,
            date(None, Some(7), Some(15))
        );
        // "28 декабря 2012 – 3 января": the end is in the next year.
        assert_eq!(
            range(
                date(Some(2012), Some(12), Some(28)),
                date(None, Some(1), Some(3))
            )
            .1,
            date(Some(2013), Some(1), Some(3))
        );
        // "10 – 12 августа 2012" keeps the end as it is; a start with its own year too.
        let (a, b) = range(
            date(Some(2011), None, None),
            date(Some(2012), Some(8), None),
        );
        assert_eq!(
            (a, b),
            (
                date(Some(2011), None, None),
                date(Some(2012), Some(8), None)
            )
        );
        // A date and a clock time are not the ends of one range.
        let clock = Expr::Clock(Clock::new(9, None));
        assert!(complete_range(&date(Some(2012), None, None), &clock).is_none());
    }

    #[test]
    fn a_clock_time_goes_on_a_day_and_comes_off_again() {
        let day = date(Some(2020), Some(12), Some(27));
        let c = Clock::new(4, Some(42));
        let timed = with_time(day.clone(), c);
        assert!(matches!(timed, Expr::Date { time: Some(_), .. }));
        assert_eq!(day_of(&timed).map(|(d, _)| d), Some(day));
        // A month has no clock time of its own: it is wrapped.
        let month = date(Some(2020), Some(12), None);
        assert!(matches!(with_time(month, c), Expr::At { .. }));
    }

    #[test]
    fn two_digit_years_pivot_at_40() {
        assert_eq!(two_digit_year(0), 2000);
        assert_eq!(two_digit_year(39), 2039);
        assert_eq!(two_digit_year(40), 1940);
        assert_eq!(two_digit_year(45), 1945);
        assert_eq!(two_digit_year(99), 1999);
    }

    #[test]
    fn durations_count_decades_and_centuries_in_years() {
        assert_eq!(duration(Some(3.0), Unit::Decade), "P30Y");
        assert_eq!(duration(Some(1.5), Unit::Decade), "P15Y");
        assert_eq!(duration(Some(0.5), Unit::Century), "P50Y");
        assert_eq!(duration(None, Unit::Decade), "PXDE");
        assert_eq!(duration(Some(1.5), Unit::Year), "P1.5Y");
        assert_eq!(duration(Some(2.0), Unit::Hour), "PT2H");
        assert_eq!(
            durations(&[(Some(1.0), Unit::Year), (Some(6.0), Unit::Month)]),
            "P1Y6M"
        );
        assert_eq!(
            durations(&[(Some(2.0), Unit::Hour), (Some(21.0), Unit::Minute)]),
            "PT2H21M"
        );
    }
}
