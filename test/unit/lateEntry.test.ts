import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { TextEdit } from 'vscode-languageserver-types';
import type { AnalyzeOptions } from '../../server/src/analyze';
import { codeActionsFor } from '../../server/src/fixes';
import { lateEntry } from '../../server/src/rules/lateEntry';
import { applyEdits, applyFix, diagnostics, findings } from '../helpers';

// Local time, like the dates in a note, so that the tests pass in any time zone.
const now = new Date(2026, 10, 25, 12, 0);
const at = { now };
const FIELDS = 'format: contact\ndate: 2026-11-20\ntime: 14:00-14:50\nparticipants: J. D.\nlocation: Office\nworker: A. Rivera';
const note = (extra = '', body = '# Call\nText.\n') => `---\n${FIELDS}${extra}\n---\n${body}`;
const found = (text: string, options: AnalyzeOptions = at, raw = {}) => findings(lateEntry, text, raw, { ...at, ...options });

test('a note recorded within the limit is on time', () => {
  assert.deepEqual(found(note('\nrecorded: 2026-11-22 14:50')), []);
  assert.deepEqual(found(note('\nrecorded: 2026-11-20 16:10')), []);
});

test('a note recorded more than 48 hours after the contact, with no late-entry line, is reported on "recorded"', () => {
  const text = note('\nrecorded: 2026-11-23 09:00');
  assert.deepEqual(found(text), ['8:11-8:27 late-entry "2026-11-23 09:00"']);
  assert.deepEqual(diagnostics(text, lateEntry, {}, at).map((d) => d.message), [
    'The note was recorded 2026-11-23 09:00, 66 hours after the contact on 2026-11-20: more than the 48 hours allowed. Add a "Late entry:" line that says why.',
  ]);
  assert.equal(
    applyFix(lateEntry, text, { title: 'Add a late-entry line', options: at }),
    note('\nrecorded: 2026-11-23 09:00', 'Late entry: written 2026-11-25 12:00 for the contact of 2026-11-20. Reason: \n# Call\nText.\n'),
  );
});

test('casewise.timeliness.hours sets the limit', () => {
  const text = note('\nrecorded: 2026-11-21 20:00');
  assert.deepEqual(found(text), []);
  assert.deepEqual(found(text, at, { 'timeliness.hours': 24 }), ['8:11-8:27 late-entry "2026-11-21 20:00"']);
  assert.deepEqual(found(text, at, { timeliness: { hours: 24 } }), ['8:11-8:27 late-entry "2026-11-21 20:00"']);
});

test('a "Late entry:" line, in any case, or late_entry with a late_reason marks the note', () => {
  const late = '\nrecorded: 2026-11-24 09:00';
  assert.deepEqual(found(note(late, '# Call\nLate entry: written 2026-11-24 09:00. Reason: worker was in court.\n')), []);
  assert.deepEqual(found(note(late, '# Call\n**LATE ENTRY:** written on 2026-11-24, because the worker was ill.\n')), []);
  assert.deepEqual(found(note(`${late}\nlate_entry: true\nlate_reason: Worker was in court on 2026-11-21.`)), []);
});

test('a late-entry marker must say why', () => {
  const flagged = note('\nrecorded: 2026-11-24 09:00\nlate_entry: true');
  assert.deepEqual(found(flagged), ['9:1-9:11 late-entry "late_entry"']);
  assert.equal(applyFix(lateEntry, flagged, { options: at }), note('\nrecorded: 2026-11-24 09:00\nlate_entry: true\nlate_reason: '));
  const line = note('\nrecorded: 2026-11-24 09:00', '# Call\nLate entry: written 2026-11-24 09:00 for the contact of 2026-11-20. Reason: \nText.\n');
  assert.deepEqual(found(line), ['11:1-11:76 late-entry "Late entry: written 2026-11-24 09:00 for the contact of 2026-11-20. Reason:"']);
  assert.deepEqual(diagnostics(line, lateEntry, {}, at).map((d) => d.message), ['The late-entry line gives no reason after "Reason:". Say why the note was written late.']);
});

test('with no "recorded:", the file time (CLI) or the opening time (editor) stands in; the fixes add "recorded:" or the late-entry line', () => {
  const text = note();
  assert.deepEqual(found(text), []);
  const saved = { recordedFallback: { at: new Date(2026, 10, 24, 8, 30), from: 'modified' as const } };
  assert.deepEqual(found(text, saved), ['3:7-3:17 late-entry "2026-11-20"']);
  assert.deepEqual(diagnostics(text, lateEntry, {}, { ...at, ...saved }).map((d) => d.message), [
    'The note has no "recorded:" time, and it was last saved 2026-11-24 08:30, 3 days after the contact on 2026-11-20: more than the 48 hours allowed. ' +
      'Add "recorded:" with the time it was written, and a "Late entry:" line if that was late.',
  ]);
  const opened = { ...at, recordedFallback: { at: now, from: 'opened' as const } };
  assert.match(diagnostics(text, lateEntry, {}, opened)[0].message, /and it was opened 2026-11-25 12:00, 4 days after/);
  assert.equal(applyFix(lateEntry, text, { title: 'Add "recorded:" with the current time', options: opened }), note('\nrecorded: 2026-11-25 12:00'));
  assert.equal(
    applyFix(lateEntry, text, { title: 'Add a late-entry line', options: opened }),
    note('', 'Late entry: written 2026-11-25 12:00 for the contact of 2026-11-20. Reason: \n# Call\nText.\n'),
  );
});

test('a fix applied later writes the time it is applied, never an earlier one', () => {
  const text = note('\nrecorded: 2026-11-23 09:00');
  const [d] = diagnostics(text, lateEntry, {}, at);
  const later = new Date(2026, 10, 25, 15, 45);
  const [action] = codeActionsFor(d, 'file:///n.casenote', later);
  assert.equal(
    applyEdits(text, action.edit!.changes!['file:///n.casenote'] as TextEdit[]),
    note('\nrecorded: 2026-11-23 09:00', 'Late entry: written 2026-11-25 15:45 for the contact of 2026-11-20. Reason: \n# Call\nText.\n'),
  );
});

test('Windows line ends, a front matter ending the file, and notes that cannot be judged', () => {
  const crlf = note('\nrecorded: 2026-11-23 09:00').replace(/\n/g, '\r\n');
  assert.equal(
    applyFix(lateEntry, crlf, { title: 'Add a late-entry line', options: at }),
    note('\nrecorded: 2026-11-23 09:00', 'Late entry: written 2026-11-25 12:00 for the contact of 2026-11-20. Reason: \n# Call\nText.\n').replace(/\n/g, '\r\n'),
  );
  const bare = `---\n${FIELDS}\nrecorded: 2026-11-23 09:00\n---`;
  assert.equal(applyFix(lateEntry, bare, { title: 'Add a late-entry line', options: at }), `${bare}\nLate entry: written 2026-11-25 12:00 for the contact of 2026-11-20. Reason: \n`);
  assert.deepEqual(found('Client was seen on 2026-11-01.\n', { recordedFallback: { at: now, from: 'opened' } }), []);
  // A contact in the future is invalid-date's to report.
  assert.deepEqual(found(note('', '# Call\n').replace('2026-11-20', '2026-12-01'), { recordedFallback: { at: now, from: 'opened' } }), []);
});
