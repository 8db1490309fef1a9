//! Holidays as rules of the calendar, shared by the languages' holiday tables.

use super::{Cal, DayRule, Obs};
use chrono::Weekday;

/// A holiday: its rule, a day offset, and for periods ("Lent", "Ramadan") the last day as
/// a rule and an offset.
pub struct Holiday {
    pub rule: DayRule,
    pub offset: i16,
    pub until: Option<(DayRule, i16)>,
}

pub const fn fixed(month: u8, day: u8) -> Holiday {
    Holiday {
        rule: DayRule::Fixed { month, day },
        offset: 0,
        until: None,
    }
}

/// Fixed days `month`/`day` to `to_month`/`to_day` of the same year.
pub const fn fixed_span(month: u8, day: u8, to_month: u8, to_day: u8) -> Holiday {
    Holiday {
        rule: DayRule::Fixed { month, day },
        offset: 0,
        until: Some((
            DayRule::Fixed {
                month: to_month,
                day: to_day,
            },
            0,
        )),
    }
}

pub const fn nth(month: u8, wd: Weekday, n: i8, offset: i16) -> Holiday {
    Holiday {
        rule: DayRule::Nth {
            month,
            weekday: Some(wd),
            n,
        },
        offset,
        until: None,
    }
}

pub const fn easter(offset: i16) -> Holiday {
    Holiday {
        rule: DayRule::Easter { julian: false },
        offset,
        until: None,
    }
}

pub const fn orthodox(offset: i16, until: Option<i16>) -> Holiday {
    const RULE: DayRule = DayRule::Easter { julian: true };
    Holiday {
        rule: RULE,
        offset,
        until: match until {
            Some(u) => Some((RULE, u)),
            None => None,
        },
    }
}

/// No weekday moves.
pub const STAY: [i8; 7] = [0; 7];

pub const fn on_cal(cal: Cal, month: u8, day: i8, moves: [i8; 7]) -> DayRule {
    DayRule::Cal {
        cal,
        month,
        day,
        moves,
    }
}

/// A Gregorian day moved off some weekdays: Boss's Day to the nearest weekday.
pub const fn observed(month: u8, day: i8, moves: [i8; 7]) -> Holiday {
    Holiday {
        rule: on_cal(Cal::Gregorian, month, day, moves),
        offset: 0,
        until: None,
    }
}

/// A Jewish holiday (Hebrew month from Tishrei = 1; 6 is Adar, Adar II in leap years),
/// `days` long. Its date is the day itself, as news and civil calendars give it (the Yom
/// Kippur War began on Yom Kippur, 6 October 1973), not the evening before when it begins;
/// Duckling dates the eve.
pub const fn hebrew(month: u8, day: i8, days: i16, moves: [i8; 7]) -> Holiday {
    let rule = on_cal(Cal::Hebrew, month, day, moves);
    Holiday {
        rule,
        offset: 0,
        until: if days > 1 {
            Some((rule, days - 1))
        } else {
            None
        },
    }
}

/// An Islamic holiday by the Umm al-Qura calendar (the day itself, no eve).
pub const fn hijri(month: u8, day: i8) -> Holiday {
    Holiday {
        rule: on_cal(Cal::Hijri, month, day, STAY),
        offset: 0,
        until: None,
    }
}

/// A day of an Indian solar month (1 = Mesha), moved by `offset` days.
pub const fn solar(cal: Cal, month: u8, day: i8, offset: i16) -> Holiday {
    Holiday {
        rule: on_cal(cal, month, day, STAY),
        offset,
        until: None,
    }
}

/// A Hindu lunar day: tithi `tithi` (1-30) of amanta month `month` (1 = Chaitra), kept on
/// the day the tithi prevails at `obs`, moved by `offset` days.
pub const fn lunar(month: u8, tithi: i8, obs: Obs, offset: i16) -> Holiday {
    Holiday {
        rule: on_cal(Cal::HinduLunar(obs), month, tithi, STAY),
        offset,
        until: None,
    }
}

/// A Hindu lunar festival of several days, from one tithi to another of the same month.
pub const fn lunar_span(month: u8, from: i8, to: (i8, Obs)) -> Holiday {
    Holiday {
        rule: on_cal(Cal::HinduLunar(Obs::Sunrise), month, from, STAY),
        offset: 0,
        until: Some((on_cal(Cal::HinduLunar(to.1), month, to.0, STAY), 0)),
    }
}

/// The day of Indian solar month `month` whose sunrise is in nakshatra `nak`.
pub const fn nakshatra(month: u8, nak: i8) -> Holiday {
    Holiday {
        rule: on_cal(Cal::Nakshatra, month, nak, STAY),
        offset: 0,
        until: None,
    }
}

pub const fn chinese(month: u8, day: i8) -> Holiday {
    Holiday {
        rule: on_cal(Cal::Chinese, month, day, STAY),
        offset: 0,
        until: None,
    }
}

// Weekday moves, Monday first.
/// Saturday to Friday, Sunday to Monday.
pub const NEAREST_WEEKDAY: [i8; 7] = [0, 0, 0, 0, 0, -1, 1];
/// Yom HaShoah: not on Friday (to Thursday) nor Sunday (to Monday), next to Shabbat.
pub const SHOAH: [i8; 7] = [0, 0, 0, 0, -1, 0, 1];
/// Yom HaAtzmaut: Friday and Saturday to Thursday, Monday to Tuesday (so that Yom
/// HaZikaron, the day before, does not follow Shabbat).
pub const ATZMAUT: [i8; 7] = [1, 0, 0, 0, -1, -2, 0];
/// A fast on Shabbat is kept on Sunday (Tisha B'Av).
pub const SHABBAT_TO_SUNDAY: [i8; 7] = [0, 0, 0, 0, 0, 1, 0];
/// The Friday on or before the day (the last Friday of Ramadan from its last day).
pub const FRIDAY_BEFORE: [i8; 7] = [-3, -4, -5, -6, 0, -1, -2];
