//! `html`: one self-contained page that draws the merged timeline as SVG. No script at all
//! (and a Content-Security-Policy that forbids any), no network; every piece of article text is
//! escaped. Hover a mark for its sentence and sources; the full list follows the pictures.
//!
//! Long ranges and dense months are both legible because the page has two kinds of picture:
//! - an overview on a *broken* axis: every year holding an event gets the same width, runs of
//!   empty years collapse into a narrow break; year-or-longer events carry their titles there;
//! - zoomed panels, one per cluster of shorter events (events less than ~45 days apart), on a
//!   linear month/day axis, with titles stacked in lanes so none overlap.

use super::calendar::{self, Context, Open};
use super::Options;
use crate::lang::Labels;
use crate::model::Event;
use crate::time::{Mod, Point, Precision, Relation, Value};
use crate::timeline::Timeline;
use chrono::{Datelike, NaiveDate};
use std::fmt::Write as _;
use std::io::{self, Write};

const WIDTH: f64 = 1200.0;
const LEFT: f64 = 20.0;
const RIGHT: f64 = 20.0;
/// Width of one character of a 12px label: DejaVu Sans measured 6.9-7.5 px a character over
/// ~1,000 Russian titles in Chromium; the widest is taken so estimated boxes never overlap.
const CHAR_W: f64 = 7.6;
const LABEL_CHARS: usize = 48;
/// Shorter events further apart than this go to separate zoomed panels.
const CLUSTER_GAP_DAYS: i64 = 45;
/// Label rows per picture; a title that finds no room is left to its mark's tooltip and the
/// table, so labels never print over each other.
const MAX_LANES: usize = 30;

/// HTML (and XML) escaping for text and attribute values; control characters other than tab
/// and newline are dropped (they are not allowed in XML and mean nothing on a page).
pub fn escape(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&#39;"),
            '\n' | '\t' => o.push(c),
            c if c.is_control() => {}
            c => o.push(c),
        }
    }
    o
}

struct Item<'a> {
    e: &'a Event,
    first: NaiveDate,
    last: NaiveDate,
    open: Open,
    /// A year or coarser: drawn and titled in the overview rather than in a zoomed panel.
    long: bool,
    /// The title with the words for its relation or MOD ("… (с 1992 года)").
    label: String,
}

impl Item<'_> {
    fn days(&self) -> i64 {
        (self.last - self.first).num_days() + 1
    }
}

/// The title a picture shows: with its relation or MOD words when it has them.
fn label(e: &Event, m: Option<Mod>, l: &Labels) -> String {
    let title = e.title.split_whitespace().collect::<Vec<_>>().join(" ");
    match calendar::phrase(e, m, l) {
        Some(p) => format!("{title} ({p})"),
        None => title,
    }
}

/// "1975–2024", or "5–7 дек 2024" within one year: the period a timeline covers.
pub fn range(a: NaiveDate, b: NaiveDate, l: &Labels) -> String {
    let v = if a.year() != b.year() {
        Value::Interval(Point::Year(a.year()), Point::Year(b.year()))
    } else if a == b {
        Value::Point(Point::Day(a))
    } else {
        Value::Interval(Point::Day(a), Point::Day(b))
    };
    super::human_date(&v, Relation::At, l)
}

pub fn write(
    t: &Timeline,
    ctx: &Context,
    opts: &Options,
    out: &mut dyn Write,
) -> io::Result<Vec<String>> {
    let labels = super::labels(opts, t.lang.as_deref());
    let lang = opts.lang.as_deref().or(t.lang.as_deref()).unwrap_or("ru");
    let mut undated = Vec::new();
    let items: Vec<Item> = t
        .events
        .iter()
        .filter_map(|e| {
            let m = ctx.modifier(e);
            let Some(p) = calendar::place(e, m) else {
                undated.push(e);
                return None;
            };
            let long = e.when.precision.is_some_and(|p| p <= Precision::Year)
                || (p.last - p.first).num_days() >= 364;
            Some(Item {
                e,
                first: p.first,
                last: p.last,
                open: p.open,
                long,
                label: label(e, m, labels),
            })
        })
        .collect();
    let story = ctx.story(labels);

    let mut h = String::new();
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>\n",
        escape(lang),
        escape(&story)
    );
    h.push_str(CSS);
    h.push_str("</style>\n</head>\n<body>\n");
    let mut sub = Vec::new();
    if let (Some(a), Some(b)) = (
        items.iter().map(|i| i.first).min(),
        items.iter().map(|i| i.last).max(),
    ) {
        sub.push(range(a, b, labels));
    }
    sub.push(labels.ui.count(t.events.len(), t.sources.len()));
    if !undated.is_empty() {
        sub.push(
            labels
                .ui
                .undated_count
                .replace("{n}", &undated.len().to_string()),
        );
    }
    let _ = writeln!(
        h,
        "<h1>{}</h1>\n<p class=\"sub\">{}</p>",
        escape(&story),
        escape(&sub.join(" · "))
    );
    if let Some(note) = ctx.fallback_note(labels) {
        let _ = writeln!(h, "<p class=\"note\">{}</p>", escape(&note));
    }
    if items.is_empty() {
        let _ = writeln!(h, "<p>{}</p>", escape(labels.ui.no_dated));
    } else {
        overview(&mut h, &items, labels, ctx);
        for cluster in clusters(&items) {
            panel(&mut h, &cluster, labels, ctx);
        }
    }
    list(&mut h, &items, &undated, labels, ctx);
    h.push_str("</body>\n</html>\n");
    out.write_all(h.as_bytes())?;
    Ok(Vec::new())
}

const CSS: &str = "body{font-family:'DejaVu Sans',Arial,sans-serif;margin:16px 24px;color:#222;background:#fff}
h1{margin:0;font-size:22px}.sub{color:#666;margin:2px 0 12px}.note{color:#8a5a00;margin:-8px 0 12px}
h2{font-size:16px;margin:18px 0 4px}
svg{display:block;max-width:100%;height:auto;background:#fbfbfb;border:1px solid #e3e3e3}
svg text{font-size:12px;fill:#222}svg .tick{font-size:11px;fill:#555}svg .small{font-size:10px;fill:#888}
svg .axis{stroke:#999;stroke-width:1}svg .grid{stroke:#e6e6e6;stroke-width:1}
svg .brk{stroke:#999;stroke-width:1.5;fill:none}
svg a:hover text{fill:#b00;text-decoration:underline}
.p-day{fill:#1f5fa8}.p-week,.p-month{fill:#2a9d8f}.p-part{fill:#8ab17d}.p-year{fill:#e76f51}.p-long{fill:#a05195}
.p-open{fill:#6c757d}svg .arrow{stroke:#6c757d;stroke-width:1.5;fill:none}
table{border-collapse:collapse;margin-top:8px;width:100%}
td,th{border-bottom:1px solid #eee;padding:4px 8px;text-align:left;vertical-align:top;font-size:13px}
th{background:#f4f4f4}td.d{white-space:nowrap}td.s{color:#555}tr:target{background:#fff6d5}
.legend span{display:inline-block;margin-right:14px;font-size:12px}
.legend i{display:inline-block;width:18px;height:8px;margin-right:4px;vertical-align:middle}
";

/// CSS class of an event's mark, by how long its date is; open relations have their own.
fn class(it: &Item) -> &'static str {
    if it.open != Open::No {
        return "p-open";
    }
    match it.days() {
        0..=1 => "p-day",
        2..=31 => "p-month",
        32..=200 => "p-part",
        201..=366 => "p-year",
        _ => "p-long",
    }
}

fn short(s: &str) -> String {
    let s = s.trim();
    if s.chars().count() > LABEL_CHARS {
        let mut t: String = s.chars().take(LABEL_CHARS - 1).collect();
        t.push('…');
        t
    } else {
        s.to_string()
    }
}

/// Where a title of width `w` for a mark at `a` starts: at the mark, or further left so that it
/// ends inside the picture.
fn label_start(a: f64, w: f64) -> f64 {
    a.min(WIDTH - RIGHT - w).max(2.0)
}

fn label_w(s: &str) -> f64 {
    s.chars().count() as f64 * CHAR_W
}

/// Hover text: date, title, place, sources, sentence.
fn tooltip(it: &Item, labels: &Labels, ctx: &Context) -> String {
    let e = it.e;
    let m = ctx.modifier(e);
    let date = calendar::phrase(e, m, labels)
        .unwrap_or_else(|| super::human_date(&e.when.value, e.when.relation, labels));
    let mut s = format!("{date} — {}", e.title);
    if let Some(p) = &e.location {
        let _ = write!(s, " ({p})");
    }
    let _ = write!(s, "\n{}\n[{}]", e.sentence.trim(), ctx.sources(e));
    escape(&s)
}

/// Greedy lanes: each extent goes to the first lane free at its left edge, opening a new lane
/// up to `max`. None when every lane is taken there: that title is not drawn.
fn lanes(extents: &[(f64, f64)], max: usize) -> Vec<Option<usize>> {
    let mut ends: Vec<f64> = Vec::new();
    extents
        .iter()
        .map(|&(a, b)| {
            let lane = match ends.iter().position(|&end| end + 6.0 <= a) {
                Some(l) => l,
                None if ends.len() < max => {
                    ends.push(f64::MIN);
                    ends.len() - 1
                }
                None => return None,
            };
            ends[lane] = ends[lane].max(b);
            Some(lane)
        })
        .collect()
}

/// An arrow beside an open mark, pointing the way the fact lies.
fn arrow(h: &mut String, it: &Item, left: f64, right: f64, y: f64) {
    let (x, dx): (f64, f64) = match it.open {
        Open::Right => (right + 2.0, 8.0),
        Open::Left => (left - 2.0, -8.0),
        Open::No => return,
    };
    let _ = write!(
        h,
        "<path class=\"arrow\" d=\"M{x:.1} {y:.1} h{dx:.1} m{:.1} -3 l{:.1} 3 l{:.1} 3\"/>",
        -dx.signum() * 3.0,
        dx.signum() * 3.0,
        -dx.signum() * 3.0,
    );
}

/// A note under a picture for the titles that found no room.
fn unlabelled(h: &mut String, n: usize, labels: &Labels) {
    if n > 0 {
        let _ = writeln!(
            h,
            "<p class=\"sub\">{}</p>",
            escape(&labels.ui.more.replace("{n}", &n.to_string()))
        );
    }
}

fn days_in_year(y: i32) -> f64 {
    if NaiveDate::from_ymd_opt(y, 2, 29).is_some() {
        366.0
    } else {
        365.0
    }
}

/// Fraction of its year at the start of a day (0 on 1 January).
fn year_frac(d: NaiveDate) -> f64 {
    d.ordinal0() as f64 / days_in_year(d.year())
}

/// The overview's broken axis: occupied years at equal width, runs of empty years as breaks.
struct Broken {
    /// (first year, last year, x, width, is a break)
    pieces: Vec<(i32, i32, f64, f64, bool)>,
}

impl Broken {
    fn new(items: &[Item]) -> Broken {
        let mut years = std::collections::BTreeSet::new();
        for it in items {
            let (a, b) = (it.first.year(), it.last.year());
            if b - a <= 2 {
                years.extend(a..=b);
            } else {
                // A long span marks only its ends; the years between may collapse.
                years.insert(a);
                years.insert(b);
            }
        }
        let mut raw: Vec<(i32, i32, bool)> = Vec::new();
        let mut prev: Option<i32> = None;
        for &y in &years {
            if let Some(p) = prev {
                if y > p + 1 {
                    raw.push((p + 1, y - 1, true));
                }
            }
            raw.push((y, y, false));
            prev = Some(y);
        }
        const GAP: f64 = 26.0;
        let gaps = raw.iter().filter(|p| p.2).count() as f64;
        let full = raw.len() as f64 - gaps;
        let yw = ((WIDTH - LEFT - RIGHT - gaps * GAP) / full.max(1.0)).max(1.0);
        let mut x = LEFT;
        let pieces = raw
            .into_iter()
            .map(|(a, b, gap)| {
                let w = if gap { GAP } else { yw };
                let p = (a, b, x, w, gap);
                x += w;
                p
            })
            .collect();
        Broken { pieces }
    }

    /// x of the start of day `d`; `end` gives the end of that day instead.
    fn x(&self, d: NaiveDate, end: bool) -> f64 {
        let y = d.year();
        let mut f = year_frac(d);
        if end {
            f += 1.0 / days_in_year(y);
        }
        for &(a, b, x, w, _) in &self.pieces {
            if y >= a && y <= b {
                return x + ((y - a) as f64 + f.min(1.0)) / (b - a + 1) as f64 * w;
            }
        }
        self.pieces.last().map(|p| p.2 + p.3).unwrap_or(LEFT)
    }
}

fn overview(h: &mut String, items: &[Item], labels: &Labels, ctx: &Context) {
    let axis = Broken::new(items);
    // Titles only for events of a year or longer; shorter ones are titled in the panels.
    let titled = |it: &Item| it.long;
    let extents: Vec<(f64, f64)> = items
        .iter()
        .map(|it| {
            let a = axis.x(it.first, false);
            let b =
                axis.x(it.last, true).max(a + 3.0) + if it.open == Open::No { 0.0 } else { 12.0 };
            let a = if it.open == Open::Left { a - 12.0 } else { a };
            let lw = if titled(it) {
                label_w(&short(&it.label))
            } else {
                0.0
            };
            // A title that would run off the right edge is moved left to end there.
            let ls = label_start(a, lw);
            (a.min(ls), b.max(ls + lw))
        })
        .collect();
    let lane = lanes(&extents, MAX_LANES);
    // Marks whose title found no room share one last row, untitled.
    let spill = lane.iter().any(Option::is_none);
    let n = lane.iter().flatten().max().map_or(0, |m| m + 1) + usize::from(spill);
    let top = 10.0;
    let row = 18.0;
    let axis_y = top + n.max(1) as f64 * row + 6.0;
    let height = axis_y + 34.0;
    let _ = writeln!(h, "<h2>{}</h2>", escape(labels.ui.overview));
    let _ = writeln!(
        h,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {WIDTH} {height}\" width=\"{WIDTH}\" height=\"{height}\" role=\"img\">"
    );
    // Year ticks, labelled while they do not crowd each other.
    let mut last_label = f64::MIN;
    for &(a, b, x, w, gap) in &axis.pieces {
        if gap {
            let m = x + w / 2.0;
            // The years left out, as the break's tooltip ("1797", "1800–1875").
            let years = if a == b {
                a.to_string()
            } else {
                format!("{a}–{b}")
            };
            let _ = writeln!(
                h,
                "<g><title>{years}</title><path class=\"brk\" d=\"M{:.1} {:.1} l6 -10 M{:.1} {:.1} l6 -10\"/><text class=\"small\" x=\"{m:.1}\" y=\"{:.1}\" text-anchor=\"middle\">…</text></g>",
                m - 6.0,
                axis_y + 5.0,
                m,
                axis_y + 5.0,
                axis_y + 26.0
            );
            continue;
        }
        let _ = writeln!(
            h,
            "<line class=\"grid\" x1=\"{x:.1}\" y1=\"{top}\" x2=\"{x:.1}\" y2=\"{axis_y:.1}\"/><line class=\"axis\" x1=\"{x:.1}\" y1=\"{axis_y:.1}\" x2=\"{x:.1}\" y2=\"{:.1}\"/>",
            axis_y + 6.0
        );
        if x - last_label >= 38.0 {
            let _ = writeln!(
                h,
                "<text class=\"tick\" x=\"{:.1}\" y=\"{:.1}\">{a}</text>",
                x + 2.0,
                axis_y + 18.0
            );
            last_label = x;
        }
        let _ = b;
    }
    // The axis line, broken where years collapse.
    for &(_, _, x, w, gap) in &axis.pieces {
        if !gap {
            let _ = writeln!(
                h,
                "<line class=\"axis\" x1=\"{x:.1}\" y1=\"{axis_y:.1}\" x2=\"{:.1}\" y2=\"{axis_y:.1}\"/>",
                x + w
            );
        }
    }
    let mut hidden = 0;
    for (it, l) in items.iter().zip(&lane) {
        let row_i = l.unwrap_or(n.saturating_sub(1));
        let y = top + row_i as f64 * row;
        let a = axis.x(it.first, false);
        let bar_end = axis.x(it.last, true).max(a + 3.0);
        let _ = write!(
            h,
            "<a href=\"#{id}\"><title>{tip}</title><rect class=\"{c}\" x=\"{a:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"8\" rx=\"2\"/>",
            y + 4.0,
            bar_end - a,
            id = escape(&it.e.id),
            tip = tooltip(it, labels, ctx),
            c = class(it),
        );
        arrow(h, it, a, bar_end, y + 8.0);
        if titled(it) {
            if l.is_some() {
                let _ = write!(
                    h,
                    "<text class=\"label\" x=\"{:.1}\" y=\"{:.1}\">{}</text>",
                    label_start(a, label_w(&short(&it.label))) + 1.0,
                    y + 2.0,
                    escape(&short(&it.label))
                );
            } else {
                hidden += 1;
            }
        }
        h.push_str("</a>\n");
    }
    h.push_str("</svg>\n");
    legend(h, labels);
    unlabelled(h, hidden, labels);
}

fn legend(h: &mut String, labels: &Labels) {
    let l = labels.ui.legend.map(escape);
    let _ = writeln!(
        h,
        "<p class=\"legend\"><span><i style=\"background:#1f5fa8\"></i>{}</span>\
         <span><i style=\"background:#2a9d8f\"></i>{}</span>\
         <span><i style=\"background:#8ab17d\"></i>{}</span>\
         <span><i style=\"background:#e76f51\"></i>{}</span>\
         <span><i style=\"background:#a05195\"></i>{}</span>\
         <span><i style=\"background:#6c757d\"></i>{} →</span></p>",
        l[0], l[1], l[2], l[3], l[4], l[5]
    );
}

/// Events shorter than a year, grouped where they lie close together in time.
fn clusters<'a, 'b>(items: &'b [Item<'a>]) -> Vec<Vec<&'b Item<'a>>> {
    let mut short: Vec<&Item> = items.iter().filter(|it| !it.long).collect();
    short.sort_by_key(|it| (it.first, it.last));
    let mut out: Vec<Vec<&Item>> = Vec::new();
    let mut reach: Option<NaiveDate> = None;
    for it in short {
        match (out.last_mut(), reach) {
            (Some(c), Some(r)) if (it.first - r).num_days() <= CLUSTER_GAP_DAYS => {
                c.push(it);
                reach = Some(r.max(it.last));
            }
            _ => {
                out.push(vec![it]);
                reach = Some(it.last);
            }
        }
    }
    out
}

fn month_start(d: NaiveDate) -> NaiveDate {
    d.with_day(1).unwrap_or(d)
}

fn next_month(d: NaiveDate) -> Option<NaiveDate> {
    crate::time::add_months(month_start(d), 1)
}

/// A zoomed panel on a linear axis from the first month of the cluster to the end of its last.
fn panel(h: &mut String, items: &[&Item], labels: &Labels, ctx: &Context) {
    let (Some(first), Some(last)) = (
        items.iter().map(|i| i.first).min(),
        items.iter().map(|i| i.last).max(),
    ) else {
        return;
    };
    let start = month_start(first);
    let Some(end) = next_month(last) else {
        return;
    };
    let total = (end - start).num_days().max(1) as f64;
    let span = WIDTH - LEFT - RIGHT;
    let per_day = span / total;
    let x = |d: NaiveDate| LEFT + (d - start).num_days() as f64 * per_day;

    let mon = |d: NaiveDate| labels.months_alone[d.month0() as usize % 12];
    let title = if start.year() == last.year() && start.month() == last.month() {
        format!("{} {}", mon(start), start.year())
    } else if start.year() == last.year() {
        format!("{} – {} {}", mon(start), mon(last), start.year())
    } else {
        format!(
            "{} {} – {} {}",
            mon(start),
            start.year(),
            mon(last),
            last.year()
        )
    };
    let extents: Vec<(f64, f64)> = items
        .iter()
        .map(|it| {
            let a = x(it.first);
            let bar = (x(it.last) + per_day).max(a + 8.0);
            let lw = 12.0 + label_w(&short(&it.label));
            let ls = label_start(a, lw);
            (a.min(ls) - 12.0, bar.max(ls + lw) + 12.0)
        })
        .collect();
    let lane = lanes(&extents, MAX_LANES);
    let spill = lane.iter().any(Option::is_none);
    let n = lane.iter().flatten().max().map_or(0, |m| m + 1) + usize::from(spill);
    let top = 8.0;
    let row = 20.0;
    let axis_y = top + n.max(1) as f64 * row + 6.0;
    let height = axis_y + 34.0;
    let _ = writeln!(h, "<h2>{}</h2>", escape(&title));
    let _ = writeln!(
        h,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {WIDTH} {height}\" width=\"{WIDTH}\" height=\"{height}\" role=\"img\">"
    );
    let _ = writeln!(
        h,
        "<line class=\"axis\" x1=\"{LEFT}\" y1=\"{axis_y:.1}\" x2=\"{:.1}\" y2=\"{axis_y:.1}\"/>",
        LEFT + span
    );
    // Month ticks, labelled while they do not crowd each other; day ticks when a day is wide
    // enough to label.
    let mut m = start;
    let mut last_label = f64::MIN;
    while m < end {
        let mx = x(m);
        let _ = writeln!(
            h,
            "<line class=\"grid\" x1=\"{mx:.1}\" y1=\"{top}\" x2=\"{mx:.1}\" y2=\"{axis_y:.1}\"/><line class=\"axis\" x1=\"{mx:.1}\" y1=\"{axis_y:.1}\" x2=\"{mx:.1}\" y2=\"{:.1}\"/>",
            axis_y + 8.0,
        );
        if mx - last_label >= 70.0 {
            let _ = writeln!(
                h,
                "<text class=\"tick\" x=\"{:.1}\" y=\"{:.1}\">{} {}</text>",
                mx + 2.0,
                axis_y + 30.0,
                mon(m),
                m.year()
            );
            last_label = mx;
        }
        let Some(n) = next_month(m) else { break };
        m = n;
    }
    let step = if per_day >= 18.0 {
        1
    } else if per_day >= 6.0 {
        5
    } else {
        0
    };
    if step > 0 {
        let mut d = start;
        while d < end {
            if d.day() == 1 || (d.day().is_multiple_of(step) && (step == 1 || d.day() <= 25)) {
                let dx = x(d);
                let _ = writeln!(
                    h,
                    "<line class=\"axis\" x1=\"{dx:.1}\" y1=\"{axis_y:.1}\" x2=\"{dx:.1}\" y2=\"{:.1}\"/><text class=\"small\" x=\"{:.1}\" y=\"{:.1}\">{}</text>",
                    axis_y + 4.0,
                    dx + 1.0,
                    axis_y + 15.0,
                    d.day()
                );
            }
            let Some(n) = d.succ_opt() else { break };
            d = n;
        }
    }
    let mut hidden = 0;
    for (it, l) in items.iter().zip(&lane) {
        let y = top + l.unwrap_or(n.saturating_sub(1)) as f64 * row;
        let a = x(it.first);
        let _ = write!(
            h,
            "<a href=\"#{id}\"><title>{tip}</title>",
            id = escape(&it.e.id),
            tip = tooltip(it, labels, ctx)
        );
        let w = x(it.last) + per_day - a;
        // A day is a dot with its title to the right; a span is a thin bar under its title.
        let text_x = if it.days() <= 1 {
            let cx = a + (per_day / 2.0).min(4.0);
            let _ = write!(
                h,
                "<circle class=\"{}\" cx=\"{cx:.1}\" cy=\"{:.1}\" r=\"4\"/>",
                class(it),
                y + 9.0
            );
            arrow(h, it, cx - 4.0, cx + 4.0, y + 9.0);
            label_start(a, 12.0 + label_w(&short(&it.label))) + 10.0
        } else {
            let _ = write!(
                h,
                "<rect class=\"{}\" x=\"{a:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"4\" rx=\"2\"/>",
                class(it),
                y + 15.0,
                w.max(8.0)
            );
            label_start(a, 12.0 + label_w(&short(&it.label))) + 1.0
        };
        if l.is_some() {
            let _ = write!(
                h,
                "<text class=\"label\" x=\"{text_x:.1}\" y=\"{:.1}\">{}</text>",
                y + 12.0,
                escape(&short(&it.label))
            );
        } else {
            hidden += 1;
        }
        h.push_str("</a>\n");
    }
    h.push_str("</svg>\n");
    unlabelled(h, hidden, labels);
}

/// The dated events as a table the marks link to, then the undated ones.
fn list(h: &mut String, items: &[Item], undated: &[&Event], labels: &Labels, ctx: &Context) {
    let c = labels.ui.columns.map(escape);
    let head = format!(
        "<table>\n<tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>\n",
        c[0], c[1], c[2], c[3], c[4]
    );
    let row = |h: &mut String, e: &Event| {
        let m = ctx.modifier(e);
        let date = calendar::phrase(e, m, labels)
            .unwrap_or_else(|| super::human_date(&e.when.value, e.when.relation, labels));
        let _ = writeln!(
            h,
            "<tr id=\"{}\"><td class=\"d\">{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"s\">{}</td></tr>",
            escape(&e.id),
            escape(&date),
            escape(&e.title),
            escape(e.location.as_deref().unwrap_or("")),
            escape(&ctx.sources(e)),
            escape(e.sentence.trim())
        );
    };
    if !items.is_empty() {
        let _ = writeln!(h, "<h2>{}</h2>", escape(labels.ui.events));
        h.push_str(&head);
        for it in items {
            row(h, it.e);
        }
        h.push_str("</table>\n");
    }
    if !undated.is_empty() {
        let _ = writeln!(h, "<h2 id=\"undated\">{}</h2>", escape(labels.ui.undated));
        h.push_str(&head);
        for e in undated {
            row(h, e);
        }
        h.push_str("</table>\n");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_controls() {
        assert_eq!(
            escape("<script>alert('x')</script> & \"q\"\u{0}"),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;"
        );
    }

    #[test]
    fn lanes_do_not_overlap() {
        let l = lanes(
            &[(0.0, 100.0), (50.0, 120.0), (110.0, 130.0), (200.0, 210.0)],
            10,
        );
        assert_eq!(l, vec![Some(0), Some(1), Some(0), Some(0)]);
        // Beyond the last lane a title is left out rather than drawn over another.
        let full = lanes(&[(0.0, 100.0), (10.0, 90.0), (20.0, 30.0)], 2);
        assert_eq!(full, vec![Some(0), Some(1), None]);
    }
}
