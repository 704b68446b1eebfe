// Dates and times in a note, read with chrono-node (the only place it is
// imported). This module finds what was written and whether it is a real date;
// the rules decide what is wrong with it, against a "now" they are given.
import * as chrono from 'chrono-node/en';
import type { Span } from './types';

/** A calendar date, with a clock time when one was written. Month is 1-12. */
export interface DateTime {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  /** Minutes east of UTC, when the text gave a time zone. */
  offset?: number;
}

/** A clock time. `meridiem` is true when am/pm was written. */
export interface Clock {
  hour: number;
  minute: number;
  meridiem: boolean;
}

/** The `time:` of a contact: a start and usually an end. */
export interface TimeRange {
  start: Clock;
  end?: Clock;
}

/** A value read from the note: what it means, or why it could not be read. */
export type Reading<T> = { span: Span; text: string } & (
  | { value: T; problem?: undefined }
  | { value?: undefined; problem: 'unreadable' | 'impossible' | 'no-year' | 'relative' }
);

// Only for parsing values that carry no year or no date of their own; never "now".
const REFERENCE = new Date(2000, 0, 1, 12, 0, 0);
// A second reference: a date that reads differently against it ("the day after") depends on another day.
const OTHER_REFERENCE = new Date(2010, 6, 15, 12, 0, 0);
// A leap year, so that a yearless "February 29" counts as a real day.
const LEAP_REFERENCE = new Date(2024, 5, 1, 12, 0, 0);

const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
// Text shaped like a date. It only finds candidates; chrono decides whether
// each one is a real date, so a candidate that chrono rejects cannot exist.
const DATE_SHAPES: { pattern: RegExp; hasYear: boolean }[] = [
  { pattern: /(?<![\w/.-])\d{4}([-/.])\d{1,2}\1\d{1,2}(?![\w/]|[-.]\d)/g, hasYear: true },
  { pattern: /(?<![\w/.-])\d{1,2}\/\d{1,2}\/(?:\d{4}|\d{2})(?![\w/]|[-.]\d)/g, hasYear: true },
  { pattern: /(?<![\w/.-])\d{1,2}-\d{1,2}-\d{4}(?![\w/]|[-.]\d)/g, hasYear: true },
  { pattern: new RegExp(`\\b${MONTH}\\.?[ \\t]+\\d{1,2}(?:st|nd|rd|th)?,?[ \\t]+\\d{4}\\b`, 'g'), hasYear: true },
  { pattern: new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?[ \\t]+${MONTH}\\.?,?[ \\t]+\\d{4}\\b`, 'g'), hasYear: true },
  { pattern: new RegExp(`\\b${MONTH}\\.?[ \\t]+\\d{1,2}(?:st|nd|rd|th)?\\b(?!,?[ \\t]+\\d)(?![:.]\\d)`, 'g'), hasYear: false },
];
const TIME_SHAPE = /\b\d{1,2}[:.]\d{2}\b/;

// The answers for date-shaped text already seen: a note is re-read on every
// keystroke, and its dates rarely change. Bounded, so it cannot grow without end.
const verdicts = new Map<string, boolean>();

/** Whether chrono reads the whole of `text` as a real calendar date. */
function isRealDate(text: string, hasYear: boolean): boolean {
  const key = `${hasYear ? 'y' : 'n'}${text}`;
  let real = verdicts.get(key);
  if (real === undefined) {
    const r = chrono.strict.parse(text, hasYear ? REFERENCE : LEAP_REFERENCE)[0];
    real = !!r && r.index === 0 && r.text.length >= text.trimEnd().length && r.start.isCertain('month') && r.start.isCertain('day');
    if (verdicts.size >= 5000) verdicts.clear();
    verdicts.set(key, real);
  }
  return real;
}

/**
 * Date-shaped text that is not a real date ("2026-02-30", "11/31/2026",
 * "June 31"), as offsets into `text`.
 */
export function findImpossibleDates(text: string): Span[] {
  let out: Span[] = [];
  for (const { pattern, hasYear } of DATE_SHAPES) {
    // Matches come in order, as do the spans already found (kept sorted): one pointer, not a search per match.
    const found: Span[] = [];
    let i = 0;
    for (const m of text.matchAll(pattern)) {
      const span = { start: m.index, end: m.index + m[0].length };
      while (i < out.length && out[i].end <= span.start) i++;
      if (i < out.length && out[i].start < span.end) continue;
      if (!isRealDate(m[0], hasYear)) found.push(span);
    }
    if (found.length) out = [...out, ...found].sort((a, b) => a.start - b.start);
  }
  return out;
}

function dateTimeOf(c: chrono.ParsedResult['start']): DateTime {
  const out: DateTime = { year: c.get('year')!, month: c.get('month')!, day: c.get('day')! };
  if (c.isCertain('hour')) {
    out.hour = c.get('hour')!;
    out.minute = c.get('minute') ?? 0;
  }
  if (c.isCertain('timezoneOffset')) out.offset = c.get('timezoneOffset')!;
  return out;
}

/**
 * The longest front-matter value read as a date or a time. chrono's patterns
 * are quadratic on some long inputs ("MAY" and 60 KB of blanks takes 2 s), and
 * no date or time runs to more than a line.
 */
const MAX_DATE_TEXT = 200;

/** Reads a front-matter date, with or without a time ("2026-11-20", "November 20, 2026 4:10 pm"). */
export function readDateTime(text: string, span: Span): Reading<DateTime> {
  if (text.length > MAX_DATE_TEXT) return { span, text, problem: 'unreadable' };
  const r = chrono.strict.parse(text, REFERENCE)[0];
  if (!r || !r.start.isCertain('day') || !r.start.isCertain('month')) {
    const shaped = DATE_SHAPES.some(({ pattern }) => new RegExp(pattern.source).test(text));
    return { span, text, problem: shaped ? 'impossible' : 'unreadable' };
  }
  if (!r.start.isCertain('year')) return { span, text, problem: 'no-year' };
  const value = dateTimeOf(r.start);
  const other = chrono.strict.parse(text, OTHER_REFERENCE)[0];
  if (!other || other.start.get('year') !== value.year || other.start.get('month') !== value.month || other.start.get('day') !== value.day) {
    return { span, text, problem: 'relative' };
  }
  return { span, text, value };
}

function clockOf(c: chrono.ParsedResult['start']): Clock {
  return { hour: c.get('hour')!, minute: c.get('minute') ?? 0, meridiem: c.isCertain('meridiem') };
}

/** Reads a contact's `time:` ("14:00-14:50", "2:00 pm – 2:50 pm", "9:30am"). */
export function readTimeRange(text: string, span: Span): Reading<TimeRange> {
  if (text.length > MAX_DATE_TEXT) return { span, text, problem: 'unreadable' };
  // The casual parser only when the strict one finds no time: its patterns are slow to build on first use.
  const withHour = (c: chrono.Chrono) => {
    const found = c.parse(text, REFERENCE)[0];
    return found?.start.isCertain('hour') ? found : undefined;
  };
  const r = withHour(chrono.strict) ?? withHour(chrono.casual);
  if (!r) return { span, text, problem: TIME_SHAPE.test(text) ? 'impossible' : 'unreadable' };
  return { span, text, value: { start: clockOf(r.start), end: r.end?.isCertain('hour') ? clockOf(r.end) : undefined } };
}

/** Minutes since midnight. */
export const minutesOf = (c: Clock) => c.hour * 60 + c.minute;

/**
 * The instants a date (and clock time) can mean, in local time unless a time
 * zone was written: a whole day when no time was given.
 */
export function instantRange(d: DateTime, clock?: { hour: number; minute: number }, endClock?: { hour: number; minute: number }): { earliest: Date; latest: Date } {
  const at = (hour: number, minute: number, second = 0, ms = 0) =>
    d.offset !== undefined
      ? new Date(Date.UTC(d.year, d.month - 1, d.day, hour, minute - d.offset, second, ms))
      : new Date(d.year, d.month - 1, d.day, hour, minute, second, ms);
  const start = clock ?? (d.hour !== undefined ? { hour: d.hour, minute: d.minute ?? 0 } : undefined);
  if (!start) return { earliest: at(0, 0), latest: at(23, 59, 59, 999) };
  const end = endClock ?? start;
  return { earliest: at(start.hour, start.minute), latest: at(end.hour, end.minute) };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "2026-11-25 14:05", in local time: how Casewise writes a moment into a note. */
export function formatStamp(t: Date): string {
  return `${formatDay(t)} ${pad(t.getHours())}:${pad(t.getMinutes())}`;
}

/** "2026-11-25", in local time. */
export function formatDay(t: Date): string {
  return `${t.getFullYear()}-${pad(t.getMonth() + 1)}-${pad(t.getDate())}`;
}

/**
 * Where a contact's end falls, in minutes after the start day's midnight. An
 * end written without am/pm that would fall before the start is read as pm
 * when that gives a contact of at most ten hours ("11:30-1:00"); an evening
 * contact may run past midnight ("23:00-01:00"). Anything else ends before it
 * starts.
 */
export function endMinutes(range: TimeRange): number | 'before-start' | undefined {
  if (!range.end) return undefined;
  const start = minutesOf(range.start);
  const end = minutesOf(range.end);
  if (end >= start) return end;
  if (!range.end.meridiem && range.end.hour < 12 && end + 720 >= start && end + 720 - start <= 600) return end + 720;
  if (start >= 18 * 60 && end + 1440 - start <= 12 * 60) return end + 1440;
  return 'before-start';
}
