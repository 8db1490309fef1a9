//! Anchoring: from an `Expr` (what the text says) to a `Value` (where it is on the calendar),
//! given the document creation time, the tense of the clause and the date in focus.

use super::{Clock, Expr, Point, Relation, Tense, Unit, Value, YearPart};
use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, Timelike, Weekday};

/// How a language's news places a month or a day said without a year. The default is
/// the DCT's year, moved back in past clauses and forward in future ones.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct YearRule {
    /// Days (for a day) or months (for a month) after the DCT that a date in a past
    /// clause may lie and still be in the DCT's year: a DCT a little off, or a date
    /// that is still to come although the clause is past ("declared a dividend payable Dec. 7").
    pub past_slack_days: i64,
    pub past_slack_months: i64,
    /// The same before the DCT for future clauses.
    pub future_slack_days: i64,
    pub future_slack_months: i64,
    /// Whether a narrative passage keeps its year: a month or day without a year in a past
    /// clause, just after a stated year before the DCT's ("В 2010 году прошёл саммит… В
    /// декабре была принята декларация"), is in that year, not the DCT's; likewise a future
    /// clause after a stated year to come. HeidelTime reads news by the DCT and narratives by
    /// the last date said; a news article mixes both, and a past clause next to a historical
    /// year is narrative. See `Resolver::narrative_year`.
    pub narrative: bool,
}

impl Default for YearRule {
    fn default() -> Self {
        YearRule {
            past_slack_days: 7,
            past_slack_months: 0,
            future_slack_days: 0,
            future_slack_months: 0,
            narrative: true,
        }
    }
}

/// What relative expressions are resolved against.
#[derive(Clone, Copy, Debug)]
pub struct Anchor {
    pub dct: NaiveDateTime,
    /// False when the DCT is only today's date (no flag, metadata or dateline): then a
    /// date without a year takes the year in focus, or stays `XXXX`.
    pub known: bool,
    pub years: YearRule,
    /// A clock time in a clause without tense is its next occurrence ("at 3am" said at
    /// 04:30 is tomorrow's), not the DCT's day; see `Language::clocks_ahead`.
    pub clocks_ahead: bool,
}

/// Resolves the expressions of one document in text order, keeping the date in focus
/// for anaphora ("в указанном году", "в тот же день", "накануне").
pub struct Resolver {
    anchor: Anchor,
    focus: Option<Point>,
    /// The focus's year was said in the text ("в 2010 году", "того же года"), or carried
    /// on from one that was, rather than counted from the DCT ("вчера", "в прошлом году").
    focus_stated: bool,
    /// The sentence the focus was set in, and the one being resolved now.
    focus_sentence: usize,
    sentence: usize,
    /// How the expression being resolved now dates its event.
    relation: Relation,
    /// The focus, or the expression being resolved now, sets the scene of its sentence
    /// (stands before the predicate): only then does its year reach the next sentence.
    focus_scene: bool,
    scene: bool,
    /// The document reads as a narrative (see `survey`): the year in focus carries on
    /// until the text says another or comes back to the DCT.
    narrative_doc: bool,
    /// See `looks_ahead`.
    ahead: bool,
    /// See `looks_back`.
    back: bool,
    /// Per expression (in survey order), whether it is an aside from a narrative's time
    /// (see `survey`); `index` is the one resolved now.
    asides: Vec<bool>,
    index: usize,
}

/// A stated year more than this many years from the years said before and after it, and
/// further from each than they are from each other, is an aside (see `survey`).
const ASIDE_GAP: i32 = 3;

/// A stated year at least this many years before the DCT's tells history, not news.
const HISTORY_GAP: i32 = 2;

/// How many sentences a stated year carries a narrative on: its own and the next. Further
/// on, news more often returns to the present ("В 2010 году прошёл саммит. … 3 декабря
/// министры встретились").
const NARRATIVE_REACH: usize = 1;

impl Resolver {
    pub fn new(anchor: Anchor) -> Self {
        Resolver {
            anchor,
            focus: None,
            focus_stated: false,
            focus_sentence: 0,
            sentence: 0,
            relation: Relation::At,
            focus_scene: true,
            scene: true,
            narrative_doc: false,
            ahead: false,
            back: false,
            asides: Vec::new(),
            index: 0,
        }
    }

    /// Look over the document's expressions before resolving them, to tell a narrative
    /// (a history, a biography: most dates are years stated long before the DCT) from news
    /// (dates near the DCT, or counted from it: "yesterday", "on Tuesday", "last year").
    /// HeidelTime makes the user choose; a narrative reads a month without a year in the
    /// year last said, news in the DCT's.
    pub fn survey<'a>(&mut self, exprs: impl IntoIterator<Item = &'a Expr>) {
        let now = self.anchor.dct.year();
        let (mut far, mut near, mut deictic) = (0usize, 0usize, 0usize);
        // Stated years that follow one in the text without going back before it.
        let (mut last, mut onward, mut steps) = (None, 0usize, 0usize);
        let mut years = Vec::new();
        for e in exprs {
            let y = stated_year(e);
            years.push(y);
            match y {
                Some(y) if y <= now - HISTORY_GAP => far += 1,
                Some(_) => near += 1,
                None if counts_from_dct(e) => deictic += 1,
                None => {}
            }
            if let Some(y) = y {
                if let Some(l) = last {
                    steps += 1;
                    onward += usize::from(y >= l);
                }
                last = Some(y);
            }
        }
        // A history of recent years (a war from 2003 to the DCT's year) states years near
        // the DCT too, but tells them in order; a news story looking back jumps between
        // the years it compares.
        let in_order = steps > 0 && onward * 10 >= steps * 7;
        self.narrative_doc = far >= 5 && far > 3 * (near + deictic)
            || far >= 10 && far >= near && far > 3 * deictic && in_order;
        self.asides = asides(&years);
    }

    /// Whether the document was found to be a narrative (see `survey`).
    pub fn narrative_doc(&self) -> bool {
        self.narrative_doc
    }

    /// Where the expression resolved next stands: its index among the surveyed ones, its
    /// sentence (index in the text), how it
    /// dates its event, and whether it sets the scene of the sentence (see
    /// `Language::sets_scene`).
    pub fn at(&mut self, index: usize, sentence: usize, relation: Relation, scene: bool) {
        self.index = index;
        self.sentence = sentence;
        self.relation = relation;
        self.scene = scene;
    }

    /// The clause of the expression resolved next speaks of what is still to come, as its
    /// own tense may not say (a stated year needs no tense to resolve).
    pub fn looks_ahead(&mut self, ahead: bool) {
        self.ahead = ahead;
    }

    /// The clause of the expression resolved next looks back from the story's time (a
    /// past perfect): a flashback, which leaves the story where it stands.
    pub fn looks_back(&mut self, back: bool) {
        self.back = back;
    }

    fn dct_day(&self) -> NaiveDate {
        self.anchor.dct.date()
    }

    /// Resolve one expression; `None` when it names no real date ("31 февраля").
    pub fn resolve(&mut self, expr: &Expr, tense: Tense) -> Option<Value> {
        let narrative = self.narrative_year(tense);
        // In a narrative, what news counts from the DCT ("the end of the month", "that
        // morning", "two years ago" in a quote) is counted from the date in focus.
        let story_now = self.story_now_for(tense);
        // A clock time in a narrative that stands at a year or a month has no day to go
        // on: it is a time of any day ("он часто был на работе в три часа ночи").
        if let Expr::Clock(c) = expr {
            if story_now.is_some()
                && self
                    .focus
                    .is_some_and(|f| f.precision() < super::Precision::Day)
            {
                return Some(Value::Set(format!(
                    "XXXX-XX-XXT{:02}:{:02}",
                    c.hour,
                    c.minute.unwrap_or(0)
                )));
            }
        }
        let dct = self.anchor.dct;
        if let Some(now) = story_now {
            self.anchor.dct = now;
        }
        let v = self.value(expr, tense);
        self.anchor.dct = dct;
        let v = v?;
        // A narrative moves on with "the following year" and "three days later"; a look
        // back ("the previous year", "two years ago", "a decade earlier") is a flashback,
        // and the story goes on where it stood ("… gains they achieved during the previous
        // year. In January, …" is the January after the focus).
        let back = match expr {
            Expr::Anaphor { offset, .. } => *offset < 0,
            Expr::ShiftFocus { n, .. } | Expr::Shift { n, .. } => *n < 0,
            _ => false,
        };
        let aside = self.back || self.asides.get(self.index).copied().unwrap_or(false);
        let sets_focus = match expr {
            _ if (back || aside) && self.narrative_doc => false,
            Expr::Anaphor { .. } | Expr::ShiftFocus { .. } => story_now.is_some(),
            Expr::Clock(_) | Expr::Anniversary { .. } => false,
            _ => true,
        };
        // In a narrative, "by December" or "until 1945" looks ahead and leaves the story
        // where it stands.
        // So does a date in a clause about what is still to come ("a campaign planned for
        // 1976", "will be held in June").
        let ahead = tense == Tense::Future || self.ahead;
        let sets_focus =
            sets_focus && !(self.narrative_doc && (self.relation != Relation::At || ahead));
        if sets_focus {
            // A date that took the narrative's year goes on with it wherever it stands.
            let carried = narrative.is_some() && point_year(&v) == narrative;
            // Only a year that dates a fact begins a narrative: "с 1990 года" (since) or
            // "до 1994 года" bounds a state of things that runs up to the present.
            let stated = self.relation == Relation::At
                && (expr.states_year()
                    || carried
                        && matches!(
                            expr,
                            Expr::Date {
                                year: None,
                                year_rel: None,
                                month: Some(_),
                                ..
                            }
                        ))
                // A narrative goes on from a date counted from its own.
                || story_now.is_some();
            // "December 7, 1941 … 1941": a coarser date that holds the focus says nothing
            // new, and the finer focus stays (a month after it moves on from December).
            let holds_focus = |p: &Point| {
                self.focus.is_some_and(|f| {
                    p.precision() == super::Precision::Year
                        && f.precision() > p.precision()
                        && matches!((p.first_day(), p.last_day(), f.first_day()),
                            (Some(a), Some(b), Some(d)) if a <= d && d <= b)
                })
            };
            match &v {
                Value::Point(p) if p.year().is_some() && holds_focus(p) => {
                    self.focus_stated |= stated;
                    self.focus_sentence = self.sentence;
                }
                Value::Point(p) if p.year().is_some() => {
                    self.focus = Some(*p);
                    self.focus_stated = stated;
                    self.focus_sentence = self.sentence;
                    self.focus_scene = self.scene || carried;
                }
                Value::Interval(a, _) if a.year().is_some() => {
                    self.focus = Some(*a);
                    // A span of years ("в 2010–2012 годах") names no one year to go on in.
                    self.focus_stated = false;
                    self.focus_sentence = self.sentence;
                }
                _ => {}
            }
        }
        Some(v)
    }

    /// The moment a narrative stands at: the first moment of the date in focus, when the
    /// document is a narrative and that date was said in it (see `survey`).
    /// A clause about the future ("elections will be held on Sunday") is
    /// news again, read from the DCT.
    fn story_now_for(&self, tense: Tense) -> Option<NaiveDateTime> {
        if !self.narrative_doc || !self.focus_stated || tense == Tense::Future {
            return None;
        }
        self.focus?.first_day()?.and_hms_opt(0, 0, 0)
    }

    /// The year a month or day without one takes from a narrative, if the clause is one:
    /// its tense looks the same way from the DCT as a year stated in this sentence or the
    /// one before ("В 2010 году прошёл саммит. В декабре была принята декларация" is
    /// December 2010; "… 5 декабря состоится встреча" is still the DCT's next 5 December).
    fn narrative_year(&self, tense: Tense) -> Option<i32> {
        if !self.anchor.known || !self.focus_stated {
            return None;
        }
        // A narrative goes on in the year said last, whatever the tense ("would fall in
        // June"), until another year is said or the text comes back to the DCT.
        if self.narrative_doc {
            return self.story_now_for(tense).and(self.focus?.year());
        }
        if !self.anchor.years.narrative {
            return None;
        }
        // The year's own sentence; the next one only when the year set the scene ("В 2010
        // году прошёл саммит. В декабре …"), not when it dated the fact just told ("Завод
        // был основан в 1957 году. В ноябре на нём запустили линию" is this November).
        if self.sentence > self.focus_sentence + NARRATIVE_REACH
            || (self.sentence > self.focus_sentence && !self.focus_scene)
        {
            return None;
        }
        let y = self.focus?.year()?;
        let now = self.anchor.dct.year();
        match tense {
            Tense::Past if y < now => Some(y),
            Tense::Future if y > now => Some(y),
            _ => None,
        }
    }

    fn value(&mut self, expr: &Expr, tense: Tense) -> Option<Value> {
        Some(match expr {
            Expr::Ref(k) => Value::Ref(*k),
            Expr::Duration(s) => Value::Duration(s.clone()),
            Expr::Set(s) => Value::Set(s.clone()),
            // A holiday period with no year ("Ramadan", "Lent"): one end is found as for a
            // day (the last start looking back, the next end looking forward) and the other
            // is taken next to it, so that a period under way is the current one.
            Expr::Interval(a, b)
                if matches!(
                    (&**a, &**b),
                    (
                        Expr::Yearly {
                            year: None,
                            year_rel: None,
                            ..
                        },
                        Expr::Yearly {
                            year: None,
                            year_rel: None,
                            ..
                        }
                    )
                ) =>
            {
                let (
                    Expr::Yearly {
                        rule: ra,
                        offset: oa,
                        dir,
                        ..
                    },
                    Expr::Yearly {
                        rule: rb,
                        offset: ob,
                        ..
                    },
                ) = (&**a, &**b)
                else {
                    return None;
                };
                let back = *dir < 0 || (*dir == 0 && tense == Tense::Past);
                let (start, end) = if back {
                    let Point::Day(start) = self.point(a, tense)? else {
                        return None;
                    };
                    let y = start.year();
                    let end = (y..=y + 1)
                        .flat_map(|y| yearly_days(rb, *ob, y))
                        .find(|d| *d >= start)?;
                    (start, end)
                } else {
                    let Point::Day(end) = self.point(b, tense)? else {
                        return None;
                    };
                    let y = end.year();
                    let start = (y - 1..=y)
                        .flat_map(|y| yearly_days(ra, *oa, y))
                        .rfind(|d| *d <= end)?;
                    (start, end)
                };
                if start == end {
                    Value::Point(Point::Day(start))
                } else {
                    Value::Interval(Point::Day(start), Point::Day(end))
                }
            }
            Expr::Interval(a, b) => {
                let b = self.point(b, tense)?;
                // "с понедельника по пятницу": the start weekday is the last one on or
                // before the end, not a reading of its own.
                if let (
                    Expr::Weekday {
                        wd,
                        dir: 0,
                        week: None,
                        time: None,
                    },
                    Point::Day(end),
                ) = (a.as_ref(), b)
                {
                    let back = (end.weekday().num_days_from_monday() as i64
                        - wd.num_days_from_monday() as i64)
                        .rem_euclid(7);
                    let start = Point::Day(end - Duration::days(back));
                    return Some(if back == 0 {
                        Value::Point(b)
                    } else {
                        Value::Interval(start, b)
                    });
                }
                let mut a = self.point(a, tense)?;
                // "с декабря по февраль": the start lies before the end.
                if let (Some(fa), Some(fb)) = (a.first_day(), b.first_day()) {
                    if fa > fb && a.precision() >= super::Precision::Month {
                        a = a.shift(Unit::Year, -1).unwrap_or(a);
                    }
                }
                // Still backwards ("с 2012 по 2010 год"): no real interval, like "31 февраля".
                if let (Some(fa), Some(lb)) = (a.first_day(), b.last_day()) {
                    if fa > lb {
                        return None;
                    }
                }
                if a == b {
                    Value::Point(a)
                } else {
                    Value::Interval(a, b)
                }
            }
            other => Value::Point(self.point(other, tense)?),
        })
    }

    fn point(&mut self, expr: &Expr, tense: Tense) -> Option<Point> {
        let dct = self.anchor.dct;
        match expr {
            Expr::Date {
                year,
                year_rel,
                year_focus,
                month,
                day,
                time,
            } => {
                let year = if *year_focus {
                    Some(self.focus.and_then(|p| p.year()).unwrap_or(dct.year()))
                } else {
                    *year
                };
                self.date(year, *year_rel, *month, *day, *time, tense)
            }
            Expr::Holiday { month, day } => {
                // Holidays are mostly talked about before they come.
                let tense = if tense == Tense::Past {
                    tense
                } else {
                    Tense::Future
                };
                self.date(None, None, Some(*month), Some(*day), None, tense)
            }
            Expr::Yearly {
                rule,
                offset,
                year,
                year_rel,
                dir,
            } => {
                let y = match (year, year_rel) {
                    (Some(y), _) => Some(*y),
                    (None, Some(r)) => dct.year().checked_add(*r),
                    (None, None) => None,
                };
                if let Some(y) = y {
                    return yearly_days(rule, *offset, y)
                        .first()
                        .copied()
                        .map(Point::Day);
                }
                let today = self.dct_day();
                let back = *dir < 0 || (*dir == 0 && tense == Tense::Past);
                let y = today.year();
                let mut days = (y - 1..=y + 1).flat_map(|y| yearly_days(rule, *offset, y));
                let found = if back {
                    days.rfind(|d| if *dir < 0 { *d < today } else { *d <= today })
                } else {
                    days.into_iter().find(|d| *d >= today)
                };
                found.map(Point::Day)
            }
            Expr::Weekend { offset } => {
                // "this weekend" in a past clause before Saturday is the one just gone.
                let gone = *offset == 0
                    && tense == Tense::Past
                    && self.dct_day().weekday().num_days_from_monday() < 5;
                let offset = if gone { -1 } else { *offset };
                let d = self.dct_day() + Duration::weeks(offset as i64);
                let w = d.iso_week();
                Some(Point::Weekend(w.year(), w.week() as u8))
            }
            Expr::Decade(d) => Some(Point::Decade(*d)),
            Expr::Century(c) => Some(Point::Century(*c)),
            Expr::YearPart {
                year,
                year_rel,
                part,
            } => {
                let y = match (year, year_rel) {
                    (Some(y), _) => *y,
                    (None, Some(r)) => part_year(dct.date(), *part).checked_add(*r)?,
                    (None, None) => self.infer_year_of_part(*part, tense),
                };
                Some(match part {
                    YearPart::Half(h) if (1..=2).contains(h) => Point::Half(y, *h),
                    YearPart::Quarter(q) if (1..=4).contains(q) => Point::Quarter(y, *q),
                    YearPart::Season(s) => Point::Season(y, *s),
                    _ => return None,
                })
            }
            Expr::Rel { unit, offset } => {
                let base = Point::Day(self.dct_day()).truncate(*unit)?;
                let base = if matches!(unit, Unit::Hour | Unit::Minute | Unit::Second) {
                    Point::from_datetime(dct, super::Precision::Hour)
                } else {
                    base
                };
                base.shift(*unit, *offset as i64)
            }
            Expr::Anaphor { unit, offset } => {
                // "накануне" after "в 2010 году": a year in focus cannot give a day, so the
                // day is counted from the DCT.
                // "спустя 3 часа" with no time in focus counts from the DCT's instant.
                let dct_point = if sub_day_unit(*unit) {
                    let t = self.anchor.dct.time();
                    let c = Clock {
                        hour: t.hour() as u8,
                        minute: Some(t.minute() as u8),
                        second: None,
                        ambiguous: false,
                    };
                    with_clock(self.dct_day(), Some(c))
                } else {
                    Point::Day(self.dct_day())
                };
                let focus = self.focus.filter(|f| f.precision() >= unit_grain(*unit));
                let base = focus.unwrap_or(dct_point);
                let sub_day = sub_day_unit(*unit);
                let base = if (focus.is_some() || !sub_day) && base.precision() > unit_grain(*unit)
                {
                    base.truncate(*unit)?
                } else {
                    base
                };
                if *offset == 0 {
                    Some(base)
                } else {
                    base.shift(*unit, *offset as i64)
                }
            }
            Expr::MonthBefore { month } => {
                if !self.anchor.known {
                    return self.date(None, None, Some(*month), None, None, Tense::Past);
                }
                let dct = self.anchor.dct.date();
                // The month just before the DCT's is "last month"; "last February" said
                // in March is a year earlier (TimeBank reads it so). Across New Year the
                // just-passed December is still "last December".
                let back = (*month as u32 + 1 >= dct.month()) as i32;
                Some(Point::Month(dct.year() - back, *month))
            }
            Expr::Latest { unit } => {
                // A reported quarter is over: a planned "fourth-quarter charge" in focus
                // does not make the fourth quarter "the latest".
                let over = |p: &Point| {
                    !self.anchor.known || p.last_day().is_some_and(|d| d < self.dct_day())
                };
                if let Some(p) = self
                    .focus
                    .filter(|p| p.precision() == unit_grain(*unit) && over(p))
                {
                    return Some(p);
                }
                self.point(
                    &Expr::Rel {
                        unit: *unit,
                        offset: -1,
                    },
                    tense,
                )
            }
            Expr::Shift { unit, n } => {
                // "В 1959 году победил … Через год получил награду": in a past narrative a
                // forward shift counts from the date in focus, not from the DCT.
                if tense == Tense::Past && *n > 0 {
                    // "две недели назад … через десять дней": days count from the start
                    // of a week in focus.
                    let focus = match self.focus {
                        Some(w @ Point::Week(..)) if unit_grain(*unit) > super::Precision::Week => {
                            w.first_day().map(Point::Day)
                        }
                        f => f,
                    };
                    if let Some(f) = focus.filter(|f| {
                        f.precision() >= unit_grain(*unit) && f.precision() <= super::Precision::Day
                    }) {
                        let base = if f.precision() > unit_grain(*unit) {
                            f.truncate(*unit).unwrap_or(f)
                        } else {
                            f
                        };
                        if let Some(p) = base.shift(*unit, *n) {
                            return Some(p);
                        }
                    }
                }
                let here = match unit {
                    Unit::Hour | Unit::Minute => {
                        Point::Minute(dct.date(), dct.hour() as u8, dct.minute() as u8)
                    }
                    Unit::Second => Point::Second(
                        dct.date(),
                        dct.hour() as u8,
                        dct.minute() as u8,
                        dct.second() as u8,
                    ),
                    Unit::Day => Point::Day(dct.date()),
                    // "two weeks ago", "через неделю": a week, as TimeBank writes them.
                    Unit::Week => Point::Day(dct.date()).truncate(Unit::Week)?,
                    Unit::Month => Point::Month(dct.year(), dct.month() as u8),
                    Unit::Quarter => Point::Day(dct.date()).truncate(Unit::Quarter)?,
                    Unit::Half => Point::Day(dct.date()).truncate(Unit::Half)?,
                    Unit::Year => Point::Year(dct.year()),
                    Unit::Decade => Point::Decade(super::span_of(dct.year(), 10)),
                    Unit::Century => Point::Century(super::span_of(dct.year(), 100)),
                };
                here.shift(*unit, *n)
            }
            Expr::Weekday {
                wd,
                dir,
                week,
                time,
            } => {
                let day = self.weekday(*wd, *dir, *week, tense)?;
                Some(with_clock(day, *time))
            }
            Expr::WeekdayNear { wd, dir } => {
                let base = self
                    .focus
                    .filter(|f| f.precision() >= super::Precision::Day)
                    .and_then(|f| f.date())
                    .unwrap_or_else(|| self.dct_day());
                let step = chrono::Duration::days(if *dir < 0 { -1 } else { 1 });
                let mut d = base + step;
                while d.weekday() != *wd {
                    d += step;
                }
                Some(Point::Day(d))
            }
            Expr::DayPart { day, part } => {
                let d = self.point(day, tense)?.date()?;
                Some(Point::DayPart(d, *part))
            }
            Expr::At { day, clock } => {
                let d = self.point(day, tense)?.date()?;
                Some(with_clock(d, Some(*clock)))
            }
            Expr::Clock(c) => {
                // The day in focus, if a day is: a year in focus gives no day.
                if let Some(d) = self
                    .focus
                    .filter(|p| p.precision() >= super::Precision::Day)
                    .and_then(|p| p.date())
                {
                    return Some(with_clock(d, Some(*c)));
                }
                // A clock time in a future clause is its next occurrence: at 04:30, "will
                // meet at 3am" is tomorrow's, and "at 3" (no am/pm) is 15:00. In a past
                // clause it stays on the DCT's day, as said; without tense, as the language
                // says.
                let d = self.dct_day();
                // Compared by the hour: at 04:30, "4:23" is still this hour's.
                let not_before = |c: &Clock| c.hour as u32 >= dct.time().hour();
                if tense == Tense::Past || (tense == Tense::Unknown && !self.anchor.clocks_ahead) {
                    return Some(with_clock(d, Some(*c)));
                }
                let mut cands = vec![*c];
                if c.ambiguous && c.hour < 12 {
                    cands.push(Clock {
                        hour: c.hour + 12,
                        ..*c
                    });
                }
                if let Some(t) = cands.iter().find(|t| not_before(t)) {
                    return Some(with_clock(d, Some(*t)));
                }
                with_clock(d, Some(*c)).shift(Unit::Day, 1)
            }
            Expr::ShiftFocus { unit, n, near_dct } => {
                let usable = self.focus.filter(|p| {
                    let pr = p.precision();
                    pr >= unit_grain(*unit)
                        && pr <= super::Precision::Month
                        && (!near_dct
                            || p.year()
                                .is_some_and(|y| (dct.year() - 1..=dct.year()).contains(&y)))
                });
                if let Some(p) = usable.and_then(|p| p.shift(*unit, *n)) {
                    return Some(p);
                }
                let fallback = if *near_dct {
                    Expr::Shift { unit: *unit, n: *n }
                } else {
                    Expr::Anaphor {
                        unit: *unit,
                        offset: i32::try_from(*n).ok()?,
                    }
                };
                self.point(&fallback, tense)
            }
            Expr::Anniversary { n, base } => {
                let y = self.point(base, tense)?.year()?;
                Some(Point::Year(y.checked_add(*n)?))
            }
            Expr::After { base, unit, n } => self.point(base, tense)?.shift(*unit, *n),
            Expr::NthIn { within, what, n } => {
                let p = self.point(within, tense)?;
                nth_in(p.first_day()?, p.last_day()?, *what, *n)
            }
            Expr::DayOfMonth { day, weekday } => {
                let today = self.dct_day();
                let month_of = |d: NaiveDate, k: i64| -> Option<NaiveDate> {
                    let m = super::add_months(d.with_day(1)?, k)?;
                    m.with_day(*day as u32)
                };
                if let Some(wd) = weekday {
                    // "Thu 15th": the next 15th that is a Thursday (one in a year or two),
                    // or in a past clause the last one.
                    let ok = |d: &NaiveDate| d.weekday() == *wd;
                    return if tense == Tense::Past {
                        (0..28)
                            .filter_map(|k| month_of(today, -k))
                            .find(|d| ok(d) && *d <= today)
                    } else {
                        (0..28)
                            .filter_map(|k| month_of(today, k))
                            .find(|d| ok(d) && *d >= today)
                    }
                    .map(Point::Day);
                }
                if let Some(f) = self.focus.filter(|f| {
                    f.precision() >= super::Precision::Month
                        && f.precision() <= super::Precision::Day
                        && f.year().is_some()
                }) {
                    if let Some(d) = f.first_day().and_then(|d| d.with_day(*day as u32)) {
                        return Some(Point::Day(d));
                    }
                }
                let here = month_of(today, 0);
                let d = match (tense, here) {
                    (Tense::Past, Some(d)) if d <= today => d,
                    (Tense::Past, _) => month_of(today, -1)?,
                    (_, Some(d)) if d >= today => d,
                    _ => month_of(today, 1)?,
                };
                Some(Point::Day(d))
            }
            Expr::Ref(_) | Expr::Duration(_) | Expr::Set(_) | Expr::Interval(..) => None,
        }
    }

    fn date(
        &self,
        year: Option<i32>,
        year_rel: Option<i32>,
        month: Option<u8>,
        day: Option<u8>,
        time: Option<Clock>,
        tense: Tense,
    ) -> Option<Point> {
        let dct = self.anchor.dct.date();
        let year = match (year, year_rel) {
            (Some(y), _) => Some(y),
            (None, Some(r)) => Some(dct.year().checked_add(r)?),
            (None, None) => None,
        };
        let Some(m) = month else {
            return year.map(Point::Year);
        };
        if !(1..=12).contains(&m) {
            return None;
        }
        let y = match year {
            Some(y) => y,
            None => match self.infer_year(m, day, tense) {
                Some(y) => y,
                None => {
                    return match day {
                        Some(d) => {
                            NaiveDate::from_ymd_opt(2000, m as u32, d as u32)?;
                            Some(Point::NoYearDay(m, d))
                        }
                        None => Some(Point::NoYearMonth(m)),
                    }
                }
            },
        };
        match day {
            None => Some(Point::Month(y, m)),
            Some(d) => {
                let date = NaiveDate::from_ymd_opt(y, m as u32, d as u32)?;
                Some(with_clock(date, time))
            }
        }
    }

    /// The year of a month (and day) said without one: the DCT's year, moved back when
    /// the clause is past and the date would be after the DCT (beyond the slack), forward
    /// for the future; see `YearRule`. Without a known DCT, the year in focus, if any.
    fn infer_year(&self, m: u8, d: Option<u8>, tense: Tense) -> Option<i32> {
        if !self.anchor.known {
            return self.focus.and_then(|p| p.year());
        }
        if let Some(y) = self.narrative_year(tense) {
            // A narrative moves forward: "In January" after December 1941 is January 1942,
            // while "in early April" after June is a look back in the same year.
            let ahead = self
                .focus
                .filter(|f| self.narrative_doc && f.precision() >= super::Precision::Month)
                .and_then(|f| f.first_day())
                .is_some_and(|f| (m as i32) - (f.month() as i32) < -6);
            return Some(if ahead { y + 1 } else { y });
        }
        let rule = self.anchor.years;
        let dct = self.anchor.dct.date();
        let y = dct.year();
        // How far the date in year `c` lies after the DCT, in the date's own unit, and
        // the slacks in that unit.
        let ahead = |c: i32| -> Option<i64> {
            match d {
                // 29 February in a common year compares as the 28th.
                Some(d) => {
                    let date = NaiveDate::from_ymd_opt(c, m as u32, d as u32)
                        .or_else(|| NaiveDate::from_ymd_opt(c, m as u32, 28))?;
                    Some((date - dct).num_days())
                }
                None => Some((c as i64 - y as i64) * 12 + m as i64 - dct.month() as i64),
            }
        };
        let (past_slack, future_slack) = match d {
            Some(_) => (rule.past_slack_days, rule.future_slack_days),
            None => (rule.past_slack_months, rule.future_slack_months),
        };
        let Some(here) = ahead(y) else {
            return Some(y);
        };
        // Half a year, in the date's own unit: a present-tense clause ("is payable Jan. 2",
        // "the summit in April") means the nearest such date, on either side of the DCT.
        let half = if d.is_some() { 183 } else { 6 };
        Some(match tense {
            Tense::Past if here > past_slack => y - 1,
            Tense::Future if here < -future_slack => y + 1,
            Tense::Present if here > half => y - 1,
            Tense::Present if here < -half => y + 1,
            _ => y,
        })
    }

    fn infer_year_of_part(&self, part: YearPart, tense: Tense) -> i32 {
        if let Some(y) = self.narrative_year(tense) {
            return y;
        }
        let dct = self.anchor.dct.date();
        let y = part_year(dct, part);
        let start = match part {
            YearPart::Half(h) => Point::Half(y, h),
            YearPart::Quarter(q) => Point::Quarter(y, q),
            YearPart::Season(s) => Point::Season(y, s),
        };
        match (tense, start.first_day(), start.last_day()) {
            (Tense::Past, Some(f), _) if f > dct => y - 1,
            (Tense::Future, _, Some(l)) if l < dct => y + 1,
            _ => y,
        }
    }

    fn weekday(&self, wd: Weekday, dir: i8, week: Option<i32>, tense: Tense) -> Option<NaiveDate> {
        let dct = self.dct_day();
        if let Some(w) = week {
            let monday = dct - Duration::days(dct.weekday().num_days_from_monday() as i64);
            return monday.checked_add_signed(Duration::days(
                w as i64 * 7 + wd.num_days_from_monday() as i64,
            ));
        }
        let delta = wd.num_days_from_monday() as i64 - dct.weekday().num_days_from_monday() as i64;
        let fwd = delta.rem_euclid(7); // 0..6 days ahead
        let back = (-delta).rem_euclid(7); // 0..6 days back
                                           // `dir` -n / +n: the n-th last / next one ("2 thursdays ago", "3 fridays from now").
        let more = 7 * (dir.unsigned_abs().max(1) as i64 - 1);
        let days = match (dir, tense) {
            (d, _) if d < 0 => -(if back == 0 { 7 } else { back }) - more,
            (d, _) if d > 0 => (if fwd == 0 { 7 } else { fwd }) + more,
            (_, Tense::Past) => -back,
            (_, Tense::Future) => fwd,
            // "the figures are as of Monday", said on a Monday: today.
            (_, Tense::Present) if fwd == 0 => 0,
            _ => {
                if fwd == 0 {
                    7
                } else {
                    fwd
                }
            }
        };
        dct.checked_add_signed(Duration::days(days))
    }
}

/// Which stated years are asides from the story's time: far from both the year said
/// before and the one said after, which lie close to each other ("… on 2 August 1964. A
/// publication declassified in 2005 revealed that there was no attack on 4 August").
fn asides(years: &[Option<i32>]) -> Vec<bool> {
    let stated: Vec<(usize, i32)> = years
        .iter()
        .enumerate()
        .filter_map(|(i, y)| y.map(|y| (i, y)))
        .collect();
    let mut out = vec![false; years.len()];
    for w in stated.windows(3) {
        let [(_, a), (i, y), (_, b)] = [w[0], w[1], w[2]];
        let off = (y - a).abs().min((y - b).abs());
        if off > ASIDE_GAP && off > (a - b).abs() {
            out[i] = true;
        }
    }
    out
}

/// Hours, minutes, seconds: units finer than a day.
/// The year that labels the part of the year in progress on `day`: its own, except that
/// in January and February the winter in progress is the one labelled by the previous
/// year (a winter is labelled by its December, see `Season::first_month`).
fn part_year(day: NaiveDate, part: YearPart) -> i32 {
    match part {
        YearPart::Season(super::Season::Winter) if day.month() <= 2 => day.year() - 1,
        _ => day.year(),
    }
}

fn sub_day_unit(u: Unit) -> bool {
    unit_grain(u) > super::Precision::Day
}

/// The year an expression states in so many words ("in 1940", "June 22, 1941", "the
/// 1960s", "480 BC"), not counted from the DCT or the focus.
fn stated_year(e: &Expr) -> Option<i32> {
    match e {
        Expr::Date {
            year: Some(y),
            year_rel: None,
            ..
        }
        | Expr::YearPart {
            year: Some(y),
            year_rel: None,
            ..
        } => Some(*y),
        Expr::Decade(d) => Point::Decade(*d).first_day().map(|d| d.year() + 9),
        Expr::Century(c) => Point::Century(*c).first_day().map(|d| d.year() + 99),
        Expr::Interval(a, b) => stated_year(b).or_else(|| stated_year(a)),
        _ => None,
    }
}

/// Whether an expression is counted from the DCT: "yesterday", "last year", "on Tuesday",
/// "two weeks ago".
fn counts_from_dct(e: &Expr) -> bool {
    match e {
        Expr::Rel { .. }
        | Expr::MonthBefore { .. }
        | Expr::Weekday { .. }
        | Expr::Weekend { .. }
        | Expr::Date {
            year_rel: Some(_), ..
        }
        | Expr::YearPart {
            year_rel: Some(_), ..
        }
        | Expr::Shift { .. } => true,
        Expr::DayPart { day, .. } | Expr::At { day, .. } => counts_from_dct(day),
        _ => false,
    }
}

fn point_year(v: &Value) -> Option<i32> {
    match v {
        Value::Point(p) => p.year(),
        _ => None,
    }
}

/// The n-th day, weekday, week or weekend of the days `first..=last`; see `Expr::NthIn`.
fn nth_in(first: NaiveDate, last: NaiveDate, what: super::NthOf, n: i8) -> Option<Point> {
    use super::NthOf;
    let k = n.unsigned_abs() as i64;
    if k == 0 {
        return None;
    }
    // The first and last day that qualify, and the step between them.
    let (lo, hi, step) = match what {
        NthOf::Day => (first, last, 1),
        NthOf::Weekday(wd) => (on_or_after(first, wd), on_or_before(last, wd), 7),
        // Mondays whose week (or Saturdays whose weekend) ends inside.
        NthOf::Week | NthOf::Weekend => {
            let (wd, len) = if what == NthOf::Week {
                (Weekday::Mon, 6)
            } else {
                (Weekday::Sat, 1)
            };
            let end = last - Duration::days(len);
            (on_or_after(first, wd), on_or_before(end, wd), 7)
        }
    };
    let d = if n > 0 {
        lo + Duration::days(step * (k - 1))
    } else {
        hi - Duration::days(step * (k - 1))
    };
    if d < lo || d > hi {
        return None;
    }
    let w = d.iso_week();
    Some(match what {
        NthOf::Week => Point::Week(w.year(), w.week() as u8),
        NthOf::Weekend => Point::Weekend(w.year(), w.week() as u8),
        _ => Point::Day(d),
    })
}

fn unit_grain(u: Unit) -> super::Precision {
    use super::Precision as P;
    match u {
        Unit::Second => P::Second,
        Unit::Minute => P::Minute,
        Unit::Hour => P::Hour,
        Unit::Day => P::Day,
        Unit::Week => P::Week,
        Unit::Month => P::Month,
        Unit::Quarter => P::Quarter,
        Unit::Half => P::Half,
        Unit::Year => P::Year,
        Unit::Decade => P::Decade,
        Unit::Century => P::Century,
    }
}

fn with_clock(d: NaiveDate, c: Option<Clock>) -> Point {
    match c {
        None => Point::Day(d),
        Some(Clock {
            hour, minute: None, ..
        }) => Point::Hour(d, hour),
        Some(Clock {
            hour,
            minute: Some(m),
            second: None,
            ..
        }) => Point::Minute(d, hour, m),
        Some(Clock {
            hour,
            minute: Some(m),
            second: Some(s),
            ..
        }) => Point::Second(d, hour, m, s),
    }
}

/// The days of a yearly rule in `year`, moved by `offset` days, in order.
fn yearly_days(rule: &super::DayRule, offset: i16, year: i32) -> Vec<NaiveDate> {
    rule.dates(year)
        .into_iter()
        .filter_map(|d| d.checked_add_signed(Duration::days(offset as i64)))
        .collect()
}

/// The first `wd` on or after `d`.
fn on_or_after(d: NaiveDate, wd: Weekday) -> NaiveDate {
    let ahead = (wd.num_days_from_monday() as i64 - d.weekday().num_days_from_monday() as i64)
        .rem_euclid(7);
    d + Duration::days(ahead)
}

/// The last `wd` on or before `d`.
fn on_or_before(d: NaiveDate, wd: Weekday) -> NaiveDate {
    let back = (d.weekday().num_days_from_monday() as i64 - wd.num_days_from_monday() as i64)
        .rem_euclid(7);
    d - Duration::days(back)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::time::DayRule;

    fn anchor(s: &str) -> Anchor {
        Anchor {
            dct: NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M").unwrap(),
            known: true,
            years: YearRule::default(),
            clocks_ahead: false,
        }
    }

    #[test]
    fn year_from_tense() {
        let mut r = Resolver::new(anchor("2024-12-06T02:37"));
        let dec3 = Expr::date(None, Some(12), Some(3));
        assert_eq!(
            r.resolve(&dec3, Tense::Past).unwrap().to_string(),
            "2024-12-03"
        );
        let dec20 = Expr::date(None, Some(12), Some(20));
        assert_eq!(
            r.resolve(&dec20, Tense::Past).unwrap().to_string(),
            "2023-12-20"
        );
        // Within the slack a past date stays in the DCT's year.
        let dec9 = Expr::date(None, Some(12), Some(9));
        assert_eq!(
            r.resolve(&dec9, Tense::Past).unwrap().to_string(),
            "2024-12-09"
        );
        let jan = Expr::date(None, Some(1), Some(9));
        assert_eq!(
            r.resolve(&jan, Tense::Future).unwrap().to_string(),
            "2025-01-09"
        );
    }

    #[test]
    fn narrative_keeps_a_stated_year() {
        let mut r = Resolver::new(anchor("2024-12-06T02:37"));
        let dec = Expr::date(None, Some(12), None);
        let dec5 = Expr::date(None, Some(12), Some(5));
        r.at(0, 0, Relation::At, true);
        r.resolve(&Expr::year(2010), Tense::Past);
        r.at(0, 1, Relation::At, true);
        assert_eq!(r.resolve(&dec, Tense::Past).unwrap().to_string(), "2010-12");
        // Carried on by the date that took it, and not by a future clause.
        r.at(0, 2, Relation::At, true);
        assert_eq!(
            r.resolve(&dec5, Tense::Future).unwrap().to_string(),
            "2025-12-05"
        );
        let mut r = Resolver::new(anchor("2024-12-06T02:37"));
        r.resolve(&Expr::year(2010), Tense::Past);
        r.at(0, 1, Relation::At, true);
        r.resolve(&dec5, Tense::Past);
        r.at(0, 2, Relation::At, true);
        assert_eq!(r.resolve(&dec, Tense::Past).unwrap().to_string(), "2010-12");
        // Two sentences on, the news is back at the DCT.
        r.at(0, 4, Relation::At, true);
        assert_eq!(r.resolve(&dec, Tense::Past).unwrap().to_string(), "2024-12");
        // A year told after the predicate dates its own fact and reaches no further.
        let mut r = Resolver::new(anchor("2024-12-06T02:37"));
        r.at(0, 0, Relation::At, false);
        r.resolve(&Expr::year(1957), Tense::Past);
        r.at(0, 0, Relation::At, false);
        assert_eq!(r.resolve(&dec, Tense::Past).unwrap().to_string(), "1957-12");
        r.at(0, 1, Relation::At, true);
        assert_eq!(
            r.resolve(&dec5, Tense::Past).unwrap().to_string(),
            "1957-12-05"
        );
        let mut r = Resolver::new(anchor("2024-12-06T02:37"));
        r.at(0, 0, Relation::At, false);
        r.resolve(&Expr::year(1957), Tense::Past);
        r.at(0, 1, Relation::At, true);
        assert_eq!(r.resolve(&dec, Tense::Past).unwrap().to_string(), "2024-12");
        // "с 2010 года" is no narrative; nor is any year without a known DCT to tell.
        let mut r = Resolver::new(anchor("2024-12-06T02:37"));
        r.at(0, 0, Relation::Since, true);
        r.resolve(&Expr::year(2010), Tense::Past);
        r.at(0, 0, Relation::At, true);
        assert_eq!(r.resolve(&dec, Tense::Past).unwrap().to_string(), "2024-12");
        // A language may keep the DCT's year (English news).
        let mut a = anchor("2024-12-06T02:37");
        a.years.narrative = false;
        let mut r = Resolver::new(a);
        r.resolve(&Expr::year(2010), Tense::Past);
        assert_eq!(r.resolve(&dec, Tense::Past).unwrap().to_string(), "2024-12");
    }

    /// A history (years long before the DCT, nothing counted from it) reads yearless dates
    /// and "the following year" from the date in focus; news keeps the DCT.
    #[test]
    fn narrative_documents_follow_the_focus() {
        let mut a = anchor("2009-12-19T00:00");
        a.years.narrative = false;
        let years: Vec<Expr> = [1939, 1940, 1941, 1942, 1944]
            .into_iter()
            .map(Expr::year)
            .collect();
        let june10 = Expr::date(None, Some(6), Some(10));
        let jan = Expr::date(None, Some(1), None);
        let april = Expr::date(None, Some(4), None);
        let next_year = Expr::Anaphor {
            unit: Unit::Year,
            offset: 1,
        };
        let end_of_month = Expr::Rel {
            unit: Unit::Month,
            offset: 0,
        };
        let mut r = Resolver::new(a);
        r.survey(&years);
        assert!(r.narrative_doc());
        let say = |r: &mut Resolver, e: &Expr, s: usize| {
            r.at(0, s, Relation::At, true);
            r.resolve(e, Tense::Past).unwrap().to_string()
        };
        assert_eq!(
            say(&mut r, &Expr::date(Some(1940), Some(5), Some(10)), 0),
            "1940-05-10"
        );
        // The DCT's month would be 2009-12; the story's is May 1940.
        assert_eq!(say(&mut r, &end_of_month, 1), "1940-05");
        // Sentences on, the story is still in 1940.
        assert_eq!(say(&mut r, &june10, 5), "1940-06-10");
        assert_eq!(say(&mut r, &next_year, 6), "1941");
        assert_eq!(
            say(&mut r, &Expr::date(None, Some(12), Some(7)), 7),
            "1941-12-07"
        );
        // Forward past New Year; a look back of a few months stays in the year.
        assert_eq!(say(&mut r, &jan, 8), "1942-01");
        assert_eq!(say(&mut r, &Expr::date(None, Some(6), None), 9), "1942-06");
        assert_eq!(say(&mut r, &april, 10), "1942-04");
        // "by December 1945" looks ahead and leaves the story in 1942.
        r.at(0, 11, Relation::Until, true);
        r.resolve(&Expr::date(Some(1945), Some(12), None), Tense::Past);
        assert_eq!(say(&mut r, &june10, 12), "1942-06-10");
        // BC years count across the era: the year after 490 BC is 489 BC.
        let mut r = Resolver::new(a);
        let bc: Vec<Expr> = [499, 494, 492, 490, 480]
            .into_iter()
            .map(|y| Expr::year(super::super::from_bc(y)))
            .collect();
        r.survey(&bc);
        assert_eq!(say(&mut r, &bc[3], 0), "BC0490");
        assert_eq!(say(&mut r, &next_year, 1), "BC0489");
        assert_eq!(
            say(&mut r, &Expr::date(None, Some(9), None), 2),
            "BC0489-09"
        );
        // News: dates near the DCT and counted from it keep the DCT's year.
        let mut r = Resolver::new(a);
        let mut news = years.clone();
        news.extend((0..3).map(|_| Expr::Rel {
            unit: Unit::Day,
            offset: -1,
        }));
        r.survey(&news);
        assert!(!r.narrative_doc());
        say(&mut r, &Expr::year(1940), 0);
        assert_eq!(say(&mut r, &june10, 1), "2009-06-10");
        // A history of recent years, told in order up to the DCT's year, is a narrative;
        // a news story comparing the same years out of order is not.
        let recent =
            |order: &[i32]| -> Vec<Expr> { order.iter().map(|&y| Expr::year(y)).collect() };
        let told = [
            2003, 2003, 2003, 2004, 2004, 2005, 2005, 2006, 2006, 2007, 2007, 2008, 2008, 2009,
            2009, 2009,
        ];
        let mut r = Resolver::new(a);
        r.survey(&recent(&told));
        assert!(r.narrative_doc());
        say(&mut r, &Expr::year(2005), 0);
        assert_eq!(say(&mut r, &june10, 3), "2005-06-10");
        let jumps = [
            2008, 2003, 2009, 2004, 2008, 2005, 2009, 2003, 2007, 2004, 2009, 2006, 2008, 2005,
            2007, 2006,
        ];
        let mut r = Resolver::new(a);
        r.survey(&recent(&jumps));
        assert!(!r.narrative_doc());
    }

    #[test]
    fn year_rule_slack() {
        let mut a = anchor("1989-10-27T00:00");
        a.years = YearRule {
            past_slack_days: 90,
            past_slack_months: 2,
            future_slack_days: 7,
            future_slack_months: 1,
            narrative: true,
        };
        let mut r = Resolver::new(a);
        // "declared a dividend payable Dec. 7": still to come in a past clause.
        let dec7 = Expr::date(None, Some(12), Some(7));
        assert_eq!(
            r.resolve(&dec7, Tense::Past).unwrap().to_string(),
            "1989-12-07"
        );
        let march = Expr::date(None, Some(3), None);
        assert_eq!(
            r.resolve(&march, Tense::Past).unwrap().to_string(),
            "1989-03"
        );
        let feb = Expr::date(None, Some(2), Some(10));
        assert_eq!(
            r.resolve(&feb, Tense::Future).unwrap().to_string(),
            "1990-02-10"
        );
        let sept = Expr::date(None, Some(9), None);
        assert_eq!(
            r.resolve(&sept, Tense::Future).unwrap().to_string(),
            "1989-09"
        );
        // The default keeps the DCT's year only within a week.
        let mut r = Resolver::new(anchor("1989-10-27T00:00"));
        assert_eq!(
            r.resolve(&dec7, Tense::Past).unwrap().to_string(),
            "1988-12-07"
        );
    }

    #[test]
    fn yearly_days_look_forward_unless_past() {
        let mut r = Resolver::new(anchor("2013-02-12T04:30"));
        let mlk = |dir| Expr::Yearly {
            rule: DayRule::Nth {
                month: 1,
                weekday: Some(Weekday::Mon),
                n: 3,
            },
            offset: 0,
            year: None,
            year_rel: None,
            dir,
        };
        assert_eq!(
            r.resolve(&mlk(0), Tense::Unknown).unwrap().to_string(),
            "2014-01-20"
        );
        assert_eq!(
            r.resolve(&mlk(0), Tense::Past).unwrap().to_string(),
            "2013-01-21"
        );
        assert_eq!(
            r.resolve(&mlk(-1), Tense::Unknown).unwrap().to_string(),
            "2013-01-21"
        );
        let mardi_gras = Expr::Yearly {
            rule: DayRule::Easter { julian: false },
            offset: -47,
            year: None,
            year_rel: None,
            dir: 0,
        };
        assert_eq!(
            r.resolve(&mardi_gras, Tense::Unknown).unwrap().to_string(),
            "2013-02-12"
        );
    }

    #[test]
    fn latest_unit_is_the_focus_or_the_last_complete_one() {
        let mut r = Resolver::new(anchor("1989-10-30T00:00"));
        let latest = Expr::Latest {
            unit: Unit::Quarter,
        };
        assert_eq!(
            r.resolve(&latest, Tense::Past).unwrap().to_string(),
            "1989-Q3"
        );
        r.resolve(&Expr::year(1990), Tense::Future);
        assert_eq!(
            r.resolve(&latest, Tense::Past).unwrap().to_string(),
            "1989-Q3"
        );
        let q2 = Expr::YearPart {
            year: Some(1988),
            year_rel: None,
            part: YearPart::Quarter(2),
        };
        r.resolve(&q2, Tense::Past);
        assert_eq!(
            r.resolve(&latest, Tense::Past).unwrap().to_string(),
            "1988-Q2"
        );
    }

    #[test]
    fn weekend_in_a_past_clause_is_the_last_one() {
        // 2013-02-12 is a Tuesday of ISO week 7.
        let mut r = Resolver::new(anchor("2013-02-12T04:30"));
        let we = Expr::Weekend { offset: 0 };
        assert_eq!(
            r.resolve(&we, Tense::Past).unwrap().to_string(),
            "2013-W06-WE"
        );
        assert_eq!(
            r.resolve(&we, Tense::Unknown).unwrap().to_string(),
            "2013-W07-WE"
        );
        let mut r = Resolver::new(anchor("2013-02-16T10:00"));
        assert_eq!(
            r.resolve(&we, Tense::Past).unwrap().to_string(),
            "2013-W07-WE"
        );
    }

    #[test]
    fn anaphora_follow_focus() {
        let mut r = Resolver::new(anchor("2024-12-06T02:37"));
        r.resolve(&Expr::year(2010), Tense::Past);
        let same = Expr::Anaphor {
            unit: Unit::Year,
            offset: 0,
        };
        assert_eq!(r.resolve(&same, Tense::Past).unwrap().to_string(), "2010");
        r.resolve(&Expr::date(Some(2019), Some(3), Some(5)), Tense::Past);
        let eve = Expr::Anaphor {
            unit: Unit::Day,
            offset: -1,
        };
        assert_eq!(
            r.resolve(&eve, Tense::Past).unwrap().to_string(),
            "2019-03-04"
        );
    }

    #[test]
    fn focus_shift_keeps_the_focus_precision() {
        let mut r = Resolver::new(anchor("1989-10-27T00:00"));
        let ago = Expr::ShiftFocus {
            unit: Unit::Year,
            n: -1,
            near_dct: true,
        };
        // No focus: from the DCT.
        assert_eq!(r.resolve(&ago, Tense::Past).unwrap().to_string(), "1988");
        let q3 = Expr::YearPart {
            year: Some(1989),
            year_rel: None,
            part: YearPart::Quarter(3),
        };
        r.resolve(&q3, Tense::Past);
        assert_eq!(r.resolve(&ago, Tense::Past).unwrap().to_string(), "1988-Q3");
        // A focus far from the DCT is not what "ago" counts from.
        r.resolve(&Expr::year(1975), Tense::Past);
        assert_eq!(r.resolve(&ago, Tense::Past).unwrap().to_string(), "1988");
    }

    #[test]
    fn bare_clock_times_look_forward_in_future_clauses() {
        let mut r = Resolver::new(anchor("2013-02-12T04:30"));
        let three = Expr::Clock(Clock {
            hour: 3,
            minute: None,
            second: None,
            ambiguous: false,
        });
        assert_eq!(
            r.resolve(&three, Tense::Future).unwrap().to_string(),
            "2013-02-13T03"
        );
        // Without tense, a news clock time is the DCT's day; "at 4" is still this hour.
        assert_eq!(
            r.resolve(&three, Tense::Unknown).unwrap().to_string(),
            "2013-02-12T03"
        );
        let four = Expr::Clock(Clock {
            hour: 4,
            minute: None,
            second: None,
            ambiguous: false,
        });
        assert_eq!(
            r.resolve(&four, Tense::Future).unwrap().to_string(),
            "2013-02-12T04"
        );
        assert_eq!(
            r.resolve(&three, Tense::Past).unwrap().to_string(),
            "2013-02-12T03"
        );
    }

    #[test]
    fn twelve_hour_clocks_take_the_next_half_day() {
        let mut a = anchor("2013-02-12T04:30");
        a.clocks_ahead = true;
        let mut r = Resolver::new(a);
        let at = |hour, ambiguous| {
            Expr::Clock(Clock {
                hour,
                minute: Some(30),
                second: None,
                ambiguous,
            })
        };
        // "3:30" at 04:30 is this afternoon; "3:30am" is tomorrow's; "4:30" this hour.
        assert_eq!(
            r.resolve(&at(3, true), Tense::Unknown).unwrap().to_string(),
            "2013-02-12T15:30"
        );
        assert_eq!(
            r.resolve(&at(3, false), Tense::Unknown)
                .unwrap()
                .to_string(),
            "2013-02-13T03:30"
        );
        assert_eq!(
            r.resolve(&at(4, true), Tense::Unknown).unwrap().to_string(),
            "2013-02-12T04:30"
        );
        // A past clause keeps the hour as said.
        assert_eq!(
            r.resolve(&at(3, true), Tense::Past).unwrap().to_string(),
            "2013-02-12T03:30"
        );
    }

    #[test]
    fn invalid_dates_resolve_to_nothing() {
        let mut r = Resolver::new(anchor("2024-12-06T02:37"));
        assert!(r
            .resolve(&Expr::date(Some(2023), Some(2), Some(31)), Tense::Past)
            .is_none());
    }

    #[test]
    fn weekdays() {
        // 2013-02-12 is a Tuesday.
        let mut r = Resolver::new(anchor("2013-02-12T04:30"));
        let mon = |dir| Expr::Weekday {
            wd: Weekday::Mon,
            dir,
            week: None,
            time: None,
        };
        assert_eq!(
            r.resolve(&mon(0), Tense::Past).unwrap().to_string(),
            "2013-02-11"
        );
        assert_eq!(
            r.resolve(&mon(0), Tense::Unknown).unwrap().to_string(),
            "2013-02-18"
        );
        assert_eq!(
            r.resolve(&mon(-1), Tense::Unknown).unwrap().to_string(),
            "2013-02-11"
        );
    }

    /// Regression: "с 2012 по 2010 год" gave the interval 2012/2010 and an event whose
    /// `when.start` was after its `when.end`.
    #[test]
    fn backwards_interval_is_no_value() {
        let mut r = Resolver::new(anchor("2020-01-01T00:00"));
        let back = Expr::Interval(Box::new(Expr::year(2012)), Box::new(Expr::year(2010)));
        assert_eq!(r.resolve(&back, Tense::Past), None);
        let fwd = Expr::Interval(Box::new(Expr::year(2010)), Box::new(Expr::year(2012)));
        assert_eq!(
            r.resolve(&fwd, Tense::Past).unwrap().to_string(),
            "2010/2012"
        );
        // A month range over the new year still works.
        let winter = Expr::Interval(
            Box::new(Expr::date(None, Some(12), None)),
            Box::new(Expr::date(Some(2020), Some(2), None)),
        );
        assert_eq!(
            r.resolve(&winter, Tense::Past).unwrap().to_string(),
            "2019-12/2020-02"
        );
    }

    #[test]
    fn asides_are_years_away_from_both_neighbours() {
        let ys = |v: &[i32]| v.iter().map(|&y| Some(y)).collect::<Vec<_>>();
        assert_eq!(
            asides(&ys(&[1964, 2005, 1959, 1965])),
            [false, true, false, false]
        );
        assert_eq!(asides(&ys(&[2003, 2008, 2003])), [false, true, false]);
        // A story moving on is no aside; nor is the first or last year.
        assert_eq!(asides(&ys(&[1939, 1941, 1945])), [false; 3]);
        assert_eq!(asides(&[Some(1812), None, Some(1964)]), [false; 3]);
    }
}
