import { findIdentifiersInNote, RECORD_FIELDS, redactionOf, replacementEdits, type FoundIdentifier } from '../identifiers/detect';
import { keepLast4, kindInfo } from '../identifiers/kinds';
import type { Settings } from '../settings';
import type { Fix, Rule } from './types';

export const identifier: Rule = {
  id: 'identifier',
  principle: 'Be confidential',
  defaultSeverity: 'warning',
  local: true,
  summary:
    'Keep identifiers such as Social Security, phone, record and account numbers, street addresses and dates of birth out of the narrative: they belong in the secure client record.',
  check(note, settings) {
    const kinds = new Set(settings['identifiers.kinds']);
    const allowed = allowedValues(settings);
    // A team's own patterns are reported whatever identifiers.kinds says: listing one is asking for it.
    return findIdentifiersInNote(note, RECORD_FIELDS, settings['identifiers.patterns'])
      .filter((f) => (f.name !== undefined || kinds.has(f.kind)) && !allowed.has(comparable(note.text.slice(f.start, f.end))))
      .map((f) => {
        const value = note.text.slice(f.start, f.end);
        // A team's format may or may not be one that agencies shorten to its last 4 digits; the fix is offered whenever it hides something.
        const masked = f.name !== undefined || kindInfo(f.kind).keepLast4 ? keepLast4(value) : undefined;
        const fixes: Fix[] = [{ title: 'Redact', edits: replacementEdits(note, f.start, f.end, redactionOf(f)), preferred: true }];
        if (masked) fixes.push({ title: 'Keep last 4 digits', replace: masked });
        return {
          start: f.start,
          end: f.end,
          message: `${whatIsWritten(f)} Identifiers belong in the secure client record, not in the note: redact it${masked ? ', or keep only the last 4 digits' : ''}.`,
          fixes,
        };
      });
  },
};

function whatIsWritten(f: FoundIdentifier): string {
  if (f.name !== undefined) return `This matches your team's pattern for "${f.name}".`;
  const { name } = kindInfo(f.kind);
  return `${name[0].toUpperCase()}${name.slice(1)} is written here.`;
}

/** Values a team has allowed (an agency's own phone number, its website), compared by letters and digits only. */
export function allowedValues(settings: Settings): Set<string> {
  return new Set([...settings['identifiers.allow'], ...settings.allow].map(comparable).filter((v) => v.length > 0));
}

export const comparable = (value: string) => value.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
