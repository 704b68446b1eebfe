import assert from 'node:assert/strict';
import { test } from 'node:test';
import { invalidDate } from '../../server/src/rules/invalidDate';
import { applyFix, diagnostics, findings } from '../helpers';

// Local time, like the dates in a note, so that the tests pass in any time zone.
const now = new Date(2026, 10, 25, 12, 0);
const at = { now };
const note = (fields: string, body = 'Text.\n') => `---\n${fields}\n---\n${body}`;
const found = (text: string) => findings(invalidDate, text, {}, at);
const messages = (text: string) => diagnostics(text, invalidDate, {}, at).map((d) => d.message);

test('ISO, m/d/yyyy and "November 20, 2026" dates, with 12- and 24-hour times, are all read', () => {
  for (const [date, time] of [
    ['2026-11-20', '14:00-14:50'],
    ['11/20/2026', '2:00 pm - 2:50 pm'],
    ['November 20, 2026', '2pm-2:50pm'],
    ['Nov. 20, 2026', '9:30am'],
    ['2026-11-20', '11:30-1:00'],
    ['2026-11-20', '23:00-01:00'],
  ]) {
    assert.deepEqual(found(note(`date: ${date}\ntime: ${time}\nrecorded: 2026-11-21 09:15`)), [], `${date} ${time}`);
  }
});

test('an impossible date, an unreadable one and one without a year', () => {
  assert.deepEqual(found(note('date: 2026-02-30')), ['2:7-2:17 invalid-date "2026-02-30"']);
  assert.deepEqual(messages(note('date: 2026-02-30')), ['There is no such day as "2026-02-30". Check the day and the month.']);
  assert.deepEqual(found(note('date: February 29, 2026')), ['2:7-2:24 invalid-date "February 29, 2026"']);
  assert.deepEqual(messages(note('date: at the court')), [
    'The date could not be read. Write the day of the contact, such as 2026-11-20, 11/20/2026 or November 20, 2026.',
  ]);
  assert.deepEqual(messages(note('date: the day after the hearing')), [
    '"the day after the hearing" depends on another day. Write the date itself, such as 2026-11-20, 11/20/2026 or November 20, 2026.',
  ]);
  assert.deepEqual(messages(note('date: November 20')), ['The date has no year. Write it in full, such as 2026-11-20, 11/20/2026 or November 20, 2026.']);
});

test('an end time before the start time, and times that are not on the clock', () => {
  const text = note('date: 2026-11-20\ntime: 14:00-13:00');
  assert.deepEqual(found(text), ['3:7-3:18 invalid-date "14:00-13:00"']);
  assert.deepEqual(messages(text), ['The contact ends (13:00) before it starts (14:00). Check both times.']);
  assert.deepEqual(messages(note('date: 2026-11-20\ntime: 2:00 pm - 1:00 pm')), ['The contact ends (13:00) before it starts (14:00). Check both times.']);
  assert.deepEqual(messages(note('date: 2026-11-20\ntime: 25:00')), [
    '"25:00" is not a time on the clock. Write when the contact started and ended, such as 14:00-14:50 or 2:00 pm-2:50 pm.',
  ]);
  assert.deepEqual(messages(note('date: 2026-11-20\ntime: afternoon')), [
    'The time could not be read. Write when the contact started and ended, such as 14:00-14:50 or 2:00 pm-2:50 pm.',
  ]);
});

test('a contact dated in the future, including later today', () => {
  assert.deepEqual(found(note('date: 2026-12-01')), ['2:7-2:17 invalid-date "2026-12-01"']);
  assert.deepEqual(messages(note('date: 2026-11-25\ntime: 16:00-16:30')), [
    'The contact is dated 2026-11-25 16:00-16:30, which has not happened yet. A note records a contact after it takes place; check the date.',
  ]);
  assert.deepEqual(found(note('date: 2026-11-25')), []);
  assert.deepEqual(found(note('date: 2026-11-25\ntime: 9:00-9:45')), []);
});

test('a note recorded before its contact, or in the future; the fix writes the current time', () => {
  const before = note('date: 2026-11-20\ntime: 14:00-14:50\nrecorded: 2026-11-20 13:10');
  assert.deepEqual(found(before), ['4:11-4:27 invalid-date "2026-11-20 13:10"']);
  assert.deepEqual(messages(before), [
    '"recorded" (2026-11-20 13:10) is before the contact it describes (2026-11-20 14:00-14:50). A note is written after its contact; check both.',
  ]);
  assert.equal(
    applyFix(invalidDate, before, { title: 'Set "recorded" to the current time', options: at }),
    note('date: 2026-11-20\ntime: 14:00-14:50\nrecorded: 2026-11-25 12:00'),
  );
  assert.deepEqual(found(note('date: 2026-11-20\nrecorded: 2026-11-20')), []);
  assert.deepEqual(messages(note('date: 2026-11-20\nrecorded: 2026-11-26 08:00')), ['"recorded" (2026-11-26 08:00) is later than now. Record when the note was actually written.']);
});

test('dates in the narrative that cannot be real, in a note with no front matter and Windows line ends', () => {
  const text = 'Seen on 11/31/2026 and on 2025-02-29.\r\nSchool meeting June 31 at 3 pm.\r\nBorn February 29, 2024; moved 20/11/2026; court on Feb 29.\r\n';
  assert.deepEqual(found(text), [
    '1:9-1:19 invalid-date "11/31/2026"',
    '1:27-1:37 invalid-date "2025-02-29"',
    '2:16-2:23 invalid-date "June 31"',
  ]);
});

test('dates in other front-matter fields are checked; template blanks are left to the placeholder rule', () => {
  assert.deepEqual(found(note('date: 2026-11-20\nnext_visit: 2026-11-31')), ['3:13-3:23 invalid-date "2026-11-31"']);
  assert.deepEqual(found(note('date: YYYY-MM-DD\ntime: ${2}')), []);
});
