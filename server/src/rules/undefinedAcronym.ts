import { TextMemo } from '../document/memo';
import { containment } from '../document/spans';
import type { Block } from '../document/types';
import known from './data/known-acronyms.json';
import jargonEntries from './data/jargon.json';
import type { Finding, Rule } from './types';

// Two or more capitals, then capitals, digits or "&" (DCFS, IEP, PHQ9, AT&T); a plural "s" may follow.
// Not the prefix of a record number ("CW-104233"): that is part of an identifier, not a name to spell out.
const ACRONYM = /(?<![\p{L}\p{N}&])(\p{Lu}\p{Lu}[\p{Lu}\p{N}&]{0,6})s?(?![\p{L}\p{N}&]|-\p{N})/gu;
const SPELLED_AFTER = /(?<![\p{L}\p{N}])(\p{Lu}\p{Lu}[\p{Lu}\p{N}&]{0,6})s?\s*\((?=[^)]{0,80}\p{L}{2,}\s+\p{L})[^()]{3,80}\)/gu;
// Starts at a word's first letter: from every letter of a long word, \p{L}{2,} would re-read the rest of it.
const SPELLED_BEFORE = /(?<!\p{L})\p{L}{2,}\s*\(\s*(\p{Lu}\p{Lu}[\p{Lu}\p{N}&]{0,6})s?\s*\)/gu;
// What the identifier rule's "Redact" fix writes ("[redacted IP address]"): its acronyms name a kind of identifier, not a program.
const REDACTION = /\[redacted [^\]\n]{1,60}\]/g;
const ROMAN = /^(?:I{2,3}|IV|VI{0,3}|IX|XI{0,3}|XI?V|XX)$/;
// Words someone typed in capitals for emphasis ("did NOT attend") are not acronyms.
const EMPHASIS = new Set('NO NOT AND OR BUT THE ALL NONE NEVER ALWAYS ONLY YES OK OKAY DID DOES DO IS WAS WERE ARE HAS HAD WILL CAN VERY REALLY STILL'.split(' '));
const SKIP = new Set([
  ...(known as { acronyms: string[] }).acronyms,
  // The jargon rule already reports its abbreviations ("dx", "ADLs"), in any case.
  ...(jargonEntries as { phrase: string }[]).map((e) => e.phrase.toUpperCase().replace(/S$/, '')).filter((p) => /^[A-Z&/0-9]+$/.test(p)),
]);

/** One block's acronyms: where each is spelled out, and its first use, as offsets in the block. */
interface BlockAcronyms {
  spelled: Map<string, number>;
  uses: Map<string, number>;
}

const scans = new TextMemo<BlockAcronyms>();

/** Scans a block once per text (ISSUE 7): the rule reads the whole note, but each block's part of it is cached. */
function scanBlock(block: Block): BlockAcronyms {
  return scans.get(`${block.turn?.role ?? ''}\u0001${block.text}`, () => {
    const spelled = new Map<string, number>();
    for (const re of [SPELLED_AFTER, SPELLED_BEFORE]) {
      for (const m of block.text.matchAll(re)) if (!spelled.has(m[1]) || spelled.get(m[1])! > m.index) spelled.set(m[1], m.index);
    }
    const from = block.turn ? block.turn.body.start - block.start : 0;
    const quoted = containment(block.quotes.map((q) => ({ start: q.start - block.start, end: q.end - block.start })));
    const redacted = containment([...block.text.matchAll(REDACTION)].map((m) => ({ start: m.index, end: m.index + m[0].length })));
    const uses = new Map<string, number>();
    for (const m of block.text.slice(from).matchAll(ACRONYM)) {
      const start = from + m.index;
      const name = m[1];
      if (uses.has(name) || SKIP.has(name) || EMPHASIS.has(name) || ROMAN.test(name)) continue;
      if (quoted(start, start + 1) || redacted(start, start + 1)) continue;
      uses.set(name, start);
    }
    return { spelled, uses };
  });
}

export const undefinedAcronym: Rule = {
  id: 'undefined-acronym',
  principle: 'Be clear and concise',
  defaultSeverity: 'information',
  summary: 'Spell out an acronym the first time it appears: "Individualized Education Program (IEP)".',
  check(note, settings) {
    const allowed = new Set(settings.allow.map((a) => a.toUpperCase()));
    const spelledAt = new Map<string, number>();
    const firstUse = new Map<string, { start: number; end: number }>();
    for (const block of note.blocks) {
      if (block.kind !== 'paragraph' && block.kind !== 'turn') continue;
      const { spelled, uses } = scanBlock(block);
      for (const [name, at] of spelled) if (!spelledAt.has(name)) spelledAt.set(name, block.start + at);
      for (const [name, at] of uses) {
        if (firstUse.has(name) || allowed.has(name)) continue;
        firstUse.set(name, { start: block.start + at, end: block.start + at + name.length });
      }
    }
    const findings: Finding[] = [];
    for (const [name, use] of firstUse) {
      const spelled = spelledAt.get(name);
      if (spelled !== undefined && spelled <= use.start + 1) continue;
      const expansion = settings.acronyms[name];
      findings.push({
        ...use,
        term: name,
        message:
          spelled === undefined
            ? `"${name}" is never spelled out in this note. Write the full name the first time, followed by "(${name})".`
            : `"${name}" is used before it is spelled out. Write the full name here, the first time it appears.`,
        fixes: expansion ? [{ title: `Spell out as "${expansion} (${name})"`, replace: `${expansion} (${name})`, preferred: true }] : [],
      });
    }
    return findings;
  },
};
