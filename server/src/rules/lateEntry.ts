import { formatStamp } from '../document/dates';
import { eolOf } from '../document/lines';
import type { Note } from '../document/note';
import { insertLine } from './insertions';
import { contactWindow, duration, recordedWindow } from './timing';
import type { Finding, Fix, RuleContext, Rule } from './types';

const YES = /^(?:true|yes|y|1)$/i;

/** Where a "Late entry:" line goes: first thing after the front matter. */
function lateEntryFix(note: Note, stamp: string, contactDate: string): Fix {
  const fm = note.frontMatter!;
  const l = note.lines.lineAt(fm.span.end) + 1;
  const at = l < note.lines.lineCount ? note.lines.lineStart(l) : note.text.length;
  return {
    title: 'Add a late-entry line',
    edits: [insertLine(note, at, `Late entry: written ${stamp} for the contact of ${contactDate}. Reason: `, false)],
    stamp,
  };
}

function check(note: Note, hours: number, { now, recordedFallback }: RuleContext): Finding[] {
  const fm = note.frontMatter;
  if (!fm?.closed) return [];
  const findings: Finding[] = [];
  const eol = eolOf(note.text);

  // The marker itself (DESIGN.md §2) must say why.
  const flag = fm.fields.get('late_entry');
  const flagged = !!flag && YES.test(flag.text);
  const reasonField = fm.fields.get('late_reason');
  if (flagged && !reasonField?.value) {
    findings.push({
      ...(reasonField?.key ?? flag.key),
      message: '"late_entry" is set, but no "late_reason" says why the note was written late. Add the reason.',
      fixes: reasonField ? [] : [{ title: 'Add "late_reason:" to the front matter', edits: [{ start: fm.insertAt, end: fm.insertAt, newText: `late_reason: ${eol}` }], preferred: true }],
    });
  }
  const line = note.lateEntry;
  if (line?.reason && line.reason.start === line.reason.end) {
    findings.push({ ...line.line, message: 'The late-entry line gives no reason after "Reason:". Say why the note was written late.', fixes: [] });
  }
  if (flagged || line) return findings;

  const dates = note.dates;
  const contact = contactWindow(dates);
  if (!contact || !dates.date || contact.earliest > now) return findings;
  const fromField = !!dates.recorded;
  const written = fromField ? recordedWindow(dates)?.earliest : recordedFallback?.at;
  if (!written) return findings;
  const late = written.getTime() - contact.latest.getTime();
  if (late <= hours * 3_600_000) return findings;

  const stamp = formatStamp(now);
  const when = `${duration(late)} after the contact on ${dates.date.text}`;
  const limit = `more than the ${hours} hours allowed`;
  const message = fromField
    ? `The note was recorded ${dates.recorded!.text}, ${when}: ${limit}. Add a "Late entry:" line that says why.`
    : `The note has no "recorded:" time, and it was ${recordedFallback!.from === 'modified' ? 'last saved' : 'opened'} ${formatStamp(written)}, ${when}: ${limit}. ` +
      'Add "recorded:" with the time it was written, and a "Late entry:" line if that was late.';
  const fixes: Fix[] = [];
  if (!fromField) {
    fixes.push({ title: 'Add "recorded:" with the current time', edits: [{ start: fm.insertAt, end: fm.insertAt, newText: `recorded: ${stamp}${eol}` }], stamp });
  }
  fixes.push(lateEntryFix(note, stamp, dates.date.text));
  findings.push({ ...(fromField ? dates.recorded!.span : dates.date.span), message, fixes });
  return findings;
}

export const lateEntry: Rule = {
  id: 'late-entry',
  principle: 'Be timely',
  defaultSeverity: 'warning',
  summary: 'Write the note soon after the contact; a note written late says so, and why.',
  check: (note, settings, context) => check(note, settings['timeliness.hours'], context),
};
