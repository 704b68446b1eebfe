import { eolOf } from '../document/lines';
import { DEFAULT_FIELDS } from '../formats';
import type { Finding, Rule } from './types';

// What each field records, in the words of the message.
const WHAT: Record<string, string> = {
  date: 'the date of the contact',
  time: 'the time of the contact',
  participants: 'who took part',
  location: 'where the contact took place',
  worker: 'who wrote the note',
  client: 'who the note is about',
  recorded: 'when the note was written',
};

export const missingField: Rule = {
  id: 'missing-field',
  principle: 'Be accurate',
  defaultSeverity: 'warning',
  summary: 'Record the date, time, place and people of every contact in the front matter.',
  check(note) {
    // The note's format decides (a team's formats included); a note without a known format needs the default fields.
    const fields = note.formatDef?.fields ?? DEFAULT_FIELDS;
    if (fields.length === 0) return [];
    const eol = eolOf(note.text);
    const fm = note.frontMatter;
    if (!fm) {
      const block = ['---', ...fields.map((f) => `${f}: `), '---', ''].join(eol);
      return [
        {
          start: 0,
          end: note.lines.lineEnd(0),
          message: `The note has no front matter, so it does not record ${fields.map((f) => WHAT[f] ?? f).join(', ')}.`,
          fixes: [{ title: `Add front matter with ${fields.join(', ')}`, edits: [{ start: 0, end: 0, newText: block }], preferred: true }],
        },
      ];
    }
    // Front matter that cannot be read gets one finding, its problem: the fields it seems to lack may
    // only be unreadable, and one mistake must not become a finding per field (issue 8).
    if (fm.problem) return [{ ...fm.problem.span, message: fm.problem.message, fixes: [] }];
    const findings: Finding[] = [];
    const opening = { start: 0, end: note.lines.lineEnd(0) };
    for (const name of fields) {
      const field = fm.fields.get(name);
      const what = WHAT[name] ?? `"${name}"`;
      if (!field) {
        findings.push({
          ...opening,
          message: `The note does not record ${what}. Add "${name}:" to the front matter.`,
          fixes: [{ title: `Add "${name}:" to the front matter`, edits: [{ start: fm.insertAt, end: fm.insertAt, newText: `${name}: ${eol}` }], preferred: true }],
        });
      } else if (!field.value) {
        findings.push({ ...field.key, message: `"${name}" is empty. Record ${what}.`, fixes: [] });
      }
    }
    return findings;
  },
};
