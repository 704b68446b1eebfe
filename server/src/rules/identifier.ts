import { findIdentifiersInNote, replacementEdits } from '../identifiers/detect';
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
    return findIdentifiersInNote(note)
      .filter((f) => kinds.has(f.kind) && !allowed.has(comparable(note.text.slice(f.start, f.end))))
      .map((f) => {
        const info = kindInfo(f.kind);
        const value = note.text.slice(f.start, f.end);
        const masked = info.keepLast4 ? keepLast4(value) : undefined;
        const fixes: Fix[] = [{ title: 'Redact', edits: replacementEdits(note, f.start, f.end, info.redactAs), preferred: true }];
        if (masked) fixes.push({ title: 'Keep last 4 digits', replace: masked });
        const name = info.name[0].toUpperCase() + info.name.slice(1);
        return {
          start: f.start,
          end: f.end,
          message: `${name} is written here. Identifiers belong in the secure client record, not in the note: redact it${masked ? ', or keep only the last 4 digits' : ''}.`,
          fixes,
        };
      });
  },
};

/** Values a team has allowed (an agency's own phone number, its website), compared by letters and digits only. */
export function allowedValues(settings: Settings): Set<string> {
  return new Set([...settings['identifiers.allow'], ...settings.allow].map(comparable).filter((v) => v.length > 0));
}

export const comparable = (value: string) => value.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
