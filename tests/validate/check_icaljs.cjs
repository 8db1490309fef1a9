#!/usr/bin/env node
// Read letopis calendars with ical.js, the parser Thunderbird uses, and compare what it makes
// of every event (first and last day, title) with what the Python parsers saw.
//
// usage: NODE_PATH=.../node_modules node check_icaljs.cjs NAME.expected NAME.ics
// NAME.expected is check_ics.py's output: "RANGE a b" then "start|last|title" lines.
'use strict';
const fs = require('fs');
const ICAL = require('ical.js');

const [expectedPath, icsPath] = process.argv.slice(2);
const text = fs.readFileSync(icsPath, 'utf8');
const cal = new ICAL.Component(ICAL.parse(text));
const pad = n => String(n).padStart(2, '0');
const iso = t => `${String(t.year).padStart(4, '0')}-${pad(t.month)}-${pad(t.day)}`;
const got = [];
for (const v of cal.getAllSubcomponents('vevent')) {
  const ev = new ICAL.Event(v);
  if (!ev.uid || !v.getFirstPropertyValue('dtstamp')) throw new Error(`${icsPath}: UID or DTSTAMP missing`);
  const start = ev.startDate;
  // ical.js gives an event without DTEND its implied end: the next day for a date, the same
  // moment for a date-time (RFC 5545 3.6.1).
  const end = ev.endDate;
  if (end.compare(start) < 0) throw new Error(`${icsPath}: ${ev.summary} ends before it starts`);
  let last = end.clone();
  if (start.isDate) last.adjust(-1, 0, 0, 0);
  got.push(`${iso(start)}|${iso(last)}|${ev.summary.trim()}`);
}
got.sort();
const want = fs.readFileSync(expectedPath, 'utf8').split('\n')
  .filter(l => l && !l.startsWith('RANGE ')).map(l => l.trimEnd()).sort();
const a = JSON.stringify(got), b = JSON.stringify(want);
if (a !== b) {
  const missing = want.filter(l => !got.includes(l)), extra = got.filter(l => !want.includes(l));
  throw new Error(`${icsPath}: ical.js differs: missing ${JSON.stringify(missing.slice(0, 3))}, extra ${JSON.stringify(extra.slice(0, 3))}`);
}
console.log(`ok  ical.js  ${icsPath.split('/').pop()}: ${got.length} events on the same days`);
