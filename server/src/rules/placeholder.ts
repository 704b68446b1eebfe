import type { Note, Span } from '../document/note';
import { containment } from '../document/spans';
import type { Finding, Fix, Rule } from './types';

interface Kind {
  pattern: RegExp;
  message: string;
  /** Skip matches inside quoted speech (a client may say "TBD"). */
  outsideQuotes?: boolean;
  fixes?: (m: RegExpExecArray) => Fix[];
}

const unescapeSnippet = (s: string) => s.replace(/\\([$}\\])/g, '$1');
const SEGMENT = '(?:[Xx]{2,4}|MM|mm|DD|dd|YYYY|yyyy|YY|yy|HH|hh)';

// The shapes of left-over template text. Each finds candidates only in the
// writer's text: code blocks and comments are skipped.
const KINDS: Kind[] = [
  {
    // ${1}, ${1:Client name}, ${1|phone,office|}, ${CURRENT_DATE}
    pattern: /\$\{(?:\d+(?::((?:[^{}\\]|\\.)*)|\|[^|}]*\|)?|[A-Z][A-Z_]*(?::[^{}]*)?)\}/g,
    message: 'A template field was never filled in. Replace it with the fact it asks for.',
    fixes: (m) =>
      m[1]
        ? [{ title: `Keep "${unescapeSnippet(m[1])}"`, replace: unescapeSnippet(m[1]) }]
        : [{ title: 'Remove the empty template field', replace: '', preferred: true }],
  },
  {
    // A bare tab stop at the end of a line: "worker: $3".
    pattern: /(?<![\w$\\])\$\d(?=[ \t]*\r?$)/gm,
    message: 'An empty template field was left in. Write the fact it stands for, or remove it.',
    fixes: () => [{ title: 'Remove the empty template field', replace: '', preferred: true }],
  },
  {
    pattern: /\b(?:TODO|TBD|TBA|FIXME)\b/gi,
    message: 'A reminder to fill something in later is still in the note. Write the missing fact, or remove the reminder.',
    outsideQuotes: true,
  },
  {
    pattern: new RegExp(`(?<![\\w/])(?:${SEGMENT}(?:[/:.-]${SEGMENT}){1,2}|X{3,})(?![\\w/])`, 'g'),
    message: 'A blank from a template ("XX/XX/XXXX", "MM/DD/YYYY") is still in the note. Write the real value.',
  },
  {
    // A blank to write on, "Signed: ______"; a line of only underscores is a Markdown rule, not a blank.
    pattern: /(?<![\p{L}\p{N}_])_{3,}(?![\p{L}\p{N}_])/gu,
    message: 'A blank from a form is still in the note. Write the missing fact in its place.',
  },
  {
    // Bounded, so that a long line of unclosed "[add" is not re-read from each one.
    pattern: /\[(?:insert|enter|add|type|fill in|describe|specify|write)\b[^\]\n]{0,200}\](?!\()|<(?:insert|enter|fill in)\b[^>\n]{0,200}>/gi,
    message: 'Template text that asks for a fact is still in the note. Write the fact in its place.',
  },
];


/** Left-over template text in `text` (which starts at `offset` in the note), outside `quotes`. */
export function findPlaceholders(text: string, offset = 0, quotes: readonly Span[] = []): Finding[] {
  let out: Finding[] = [];
  const quoted = containment(quotes);
  const ruleLine = ruleLines(text);
  for (const kind of KINDS) {
    // One kind's matches come in order and never overlap; the earlier kinds' findings win an overlap.
    const found: Finding[] = [];
    kind.pattern.lastIndex = 0;
    for (let m = kind.pattern.exec(text); m; m = kind.pattern.exec(text)) {
      const start = offset + m.index;
      const end = start + m[0].length;
      if (kind.outsideQuotes && quoted(start, end)) continue;
      if (m[0].startsWith('___') && ruleLine(m.index, m.index + m[0].length)) continue;
      found.push({ start, end, message: kind.message, fixes: kind.fixes?.(m) ?? [] });
    }
    if (found.length) out = mergeFree(out, found);
  }
  return out;
}

/** `taken` and the items of `found` that overlap none of it, in order of start; both come sorted. */
function mergeFree(taken: Finding[], found: Finding[]): Finding[] {
  const out: Finding[] = [];
  let i = 0;
  for (const f of found) {
    while (i < taken.length && taken[i].end <= f.start) out.push(taken[i++]);
    // taken[i] is the first that ends after f starts; f is free unless it also starts before f ends.
    // (An empty match at a finding's end is outside it, as the overlap test f.start < end && start < f.end says.)
    if (i < taken.length && taken[i].start < f.end && f.start < taken[i].end) continue;
    out.push(f);
  }
  while (i < taken.length) out.push(taken[i++]);
  return out;
}

/**
 * Whether the blank at start..end is part of a line made only of underscores
 * and blanks (a Markdown rule, "___"). The stretch of such characters around
 * it is found once and reused for the next blank in it: reading the whole line
 * again for each blank was quadratic on a long line of them.
 */
function ruleLines(text: string): (start: number, end: number) => boolean {
  const inRule = (c: string | undefined) => c === '_' || c === ' ' || c === '\t';
  let run = { from: -1, to: -1, rule: false };
  return (start, end) => {
    if (start < run.from || end > run.to) {
      let from = start;
      while (from > 0 && inRule(text[from - 1])) from--;
      let to = end;
      while (to < text.length && inRule(text[to])) to++;
      const lineStart = from === 0 || text[from - 1] === '\n' || text[from - 1] === '\r';
      const lineEnd = to === text.length || text[to] === '\n' || text[to] === '\r';
      run = { from, to, rule: lineStart && lineEnd };
    }
    return run.rule;
  };
}

const normalize = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** Paragraphs that are still a template's prompt for their section, word for word. */
function leftPrompts(note: Note): Finding[] {
  const prompts = new Set((note.formatDef?.sections ?? []).flatMap((s) => (s.prompt ? [normalize(s.prompt)] : [])));
  if (prompts.size === 0) return [];
  return note.blocks
    .filter((b) => b.kind === 'paragraph' && prompts.has(normalize(b.text)))
    .map((b) => ({
      start: b.start,
      end: b.start + b.text.trimEnd().length,
      message: "This is the template's hint for the section, not a record of the contact. Replace it with what happened.",
      fixes: [],
    }));
}

export const placeholder: Rule = {
  id: 'placeholder',
  principle: 'Be accurate',
  defaultSeverity: 'warning',
  local: true,
  summary: 'Replace every template blank, prompt and reminder with the fact it stands for before the note is final.',
  check(note) {
    const findings: Finding[] = [];
    const fm = note.frontMatter;
    if (fm?.closed) {
      for (const field of fm.fields.values()) {
        if (field.value) for (const f of findPlaceholders(note.text.slice(field.value.start, field.value.end), field.value.start)) findings.push(f);
      }
    }
    for (const b of note.blocks) {
      if (b.kind === 'code' || b.kind === 'comment') continue;
      // Not push(...found): spreading 100,000 findings overflows the call stack.
      for (const f of findPlaceholders(b.text, b.start, b.quotes)) findings.push(f);
    }
    const prompts = leftPrompts(note);
    const inPrompt = containment(prompts);
    return [...findings.filter((f) => !inPrompt(f.start, f.end)), ...prompts];
  },
};
