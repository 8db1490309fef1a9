//! Meaning every language's grammar needs, written once so that the same meaning comes
//! out the same in every language: TIMEX3 duration values, two-digit years and the year an
//! expression states.
//! The decisions are in docs/FORMATS.md, "Values".

use super::{Expr, Unit};

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
