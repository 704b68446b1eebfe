import { endMinutes, formatStamp, type Clock, type Reading } from '../document/dates';
import type { Note } from '../document/note';
import { findPlaceholders } from './placeholder';
import { contactWindow, recordedWindow } from './timing';
import type { Finding, Rule } from './types';

const FORMATS = 'such as 2026-11-20, 11/20/2026 or November 20, 2026';
const TIMES = 'such as 14:00-14:50 or 2:00 pm-2:50 pm';

const clock = (c: Clock) => `${c.hour}:${String(c.minute).padStart(2, '0')}`;

/** Why a front-matter value could not be read, in plain words. */
function problemMessage(r: Reading<unknown>, what: 'date' | 'time' | 'recorded'): string {
  if (what === 'time') {
    return r.problem === 'impossible'
      ? `"${r.text}" is not a time on the clock. Write when the contact started and ended, ${TIMES}.`
      : `The time could not be read. Write when the contact started and ended, ${TIMES}.`;
  }
  switch (r.problem) {
    case 'impossible':
      return `There is no such day as "${r.text}". Check the day and the month.`;
    case 'no-year':
      return `The ${what === 'date' ? 'date' : '"recorded" date'} has no year. Write it in full, ${FORMATS}.`;
    case 'relative':
      return `"${r.text}" depends on another day. Write the date itself, ${FORMATS}.`;
    default:
      return what === 'date'
        ? `The date could not be read. Write the day of the contact, ${FORMATS}.`
        : '"recorded" could not be read. Write when the note was written, such as 2026-11-20 16:10.';
  }
}

/** A finding for a value that could not be read; none for a template blank, which is the placeholder rule's. */
function unreadable(r: Reading<unknown>, what: 'date' | 'time' | 'recorded'): Finding | undefined {
  if (!r.problem || findPlaceholders(r.text).length > 0) return undefined;
  return { ...r.span, message: problemMessage(r, what), fixes: [] };
}

function check(note: Note, now: Date): Finding[] {
  const { date, time, recorded, impossible } = note.dates;
  const findings: Finding[] = [];
  for (const [r, what] of [[date, 'date'], [time, 'time'], [recorded, 'recorded']] as const) {
    const f = r && unreadable(r, what);
    if (f) findings.push(f);
  }
  if (time?.value && endMinutes(time.value) === 'before-start') {
    findings.push({
      ...time.span,
      message: `The contact ends (${clock(time.value.end!)}) before it starts (${clock(time.value.start)}). Check both times.`,
      fixes: [],
    });
  }
  for (const span of impossible) {
    findings.push({ ...span, message: `There is no such day as "${note.text.slice(span.start, span.end)}". Check the day and the month.`, fixes: [] });
  }

  const contact = contactWindow(note.dates);
  if (contact && date && contact.earliest > now) {
    findings.push({
      ...date.span,
      message: `The contact is dated ${date.text}${time?.value ? ` ${time.text}` : ''}, which has not happened yet. A note records a contact after it takes place; check the date.`,
      fixes: [],
    });
  }
  const written = recordedWindow(note.dates);
  if (written && recorded) {
    const stamp = formatStamp(now);
    const setNow = { title: 'Set "recorded" to the current time', replace: stamp, stamp };
    if (written.earliest > now) {
      findings.push({ ...recorded.span, message: `"recorded" (${recorded.text}) is later than now. Record when the note was actually written.`, fixes: [setNow] });
    } else if (contact && written.latest < contact.earliest) {
      findings.push({
        ...recorded.span,
        message: `"recorded" (${recorded.text}) is before the contact it describes (${date!.text}${time?.value ? ` ${time.text}` : ''}). A note is written after its contact; check both.`,
        fixes: [setNow],
      });
    }
  }
  return findings;
}

export const invalidDate: Rule = {
  id: 'invalid-date',
  principle: 'Be accurate',
  defaultSeverity: 'error',
  local: true,
  summary: 'Dates and times must exist and agree: no impossible days, no end before the start, no contact in the future, no note written before its contact.',
  check: (note, _settings, context) => check(note, context.now),
};
