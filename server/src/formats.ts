// Note formats are data (DESIGN.md §2): one definition per format, in
// rules/data/formats.json, merged with a team's `formats` from settings or
// .casewise.json. The parser, the missing-field and missing-section rules, and
// the templates (snippets, "New Case Note") all read this one definition, so
// they never disagree.
import builtIn from './rules/data/formats.json';
import type { FormatSpec, Settings } from './settings';

// Every rule that matches sections asks for the same few titles, again at each keystroke.
const normalTitles = new Map<string, string>();

/** A section a format requires, with the other names it may go by. */
export interface FormatSection {
  title: string;
  synonyms: string[];
  /** What a template shows under the heading, as a hint to the writer. */
  prompt?: string;
}

/** A note format, resolved: every property present. */
export interface NoteFormat {
  name: string;
  /** The first heading of a new note, e.g. "Home visit". */
  title: string;
  description: string;
  /** Front-matter fields the note must fill in. */
  fields: string[];
  /** Sections the note must have, in order. */
  sections: FormatSection[];
}

export const DEFAULT_FIELDS: readonly string[] = ['date', 'time', 'participants', 'location', 'worker'];

const BUILT_IN_SPECS: readonly FormatSpec[] = builtIn;

/** Built-in sections by their normalized title, so that a team's plain "Plan" keeps the built-in synonyms. */
const KNOWN_SECTIONS = new Map<string, FormatSection>();
for (const f of BUILT_IN_SPECS) {
  for (const s of f.sections ?? []) {
    if (typeof s === 'string') continue;
    const key = normalizeTitle(s.title);
    if (!KNOWN_SECTIONS.has(key)) KNOWN_SECTIONS.set(key, { title: s.title, synonyms: s.synonyms ?? [], prompt: s.prompt });
  }
}

function resolve(spec: FormatSpec): NoteFormat {
  return {
    name: spec.name,
    title: spec.title ?? spec.name,
    description: spec.description ?? '',
    fields: spec.fields ?? [...DEFAULT_FIELDS],
    sections: (spec.sections ?? []).map((s) => {
      if (typeof s !== 'string') return { title: s.title, synonyms: s.synonyms ?? [], prompt: s.prompt };
      const known = KNOWN_SECTIONS.get(normalizeTitle(s));
      return { title: s, synonyms: known?.synonyms ?? [], prompt: known?.prompt };
    }),
  };
}

/** Formats from a later layer replace or extend those with the same name (any case), property by property. */
export function mergeFormatSpecs(earlier: readonly FormatSpec[], later: readonly FormatSpec[]): FormatSpec[] {
  const out = [...earlier];
  for (const f of later) {
    const i = out.findIndex((e) => e.name.toLowerCase() === f.name.toLowerCase());
    if (i >= 0) out[i] = { ...out[i], ...f, name: out[i].name };
    else out.push(f);
  }
  return out;
}

/** The formats Casewise ships with. */
export const BUILT_IN_FORMATS: readonly NoteFormat[] = BUILT_IN_SPECS.map(resolve);

const cache = new WeakMap<readonly FormatSpec[], readonly NoteFormat[]>();

/**
 * The formats in effect: the built-in ones, with the `formats` setting merged
 * over them by name (a team's "SOAP" changes only the properties it gives).
 */
export function formatsFor(settings: Pick<Settings, 'formats'> | undefined): readonly NoteFormat[] {
  const specs = settings?.formats;
  if (!specs || specs.length === 0) return BUILT_IN_FORMATS;
  let formats = cache.get(specs);
  if (!formats) cache.set(specs, (formats = mergeFormatSpecs([...BUILT_IN_SPECS], specs).map(resolve)));
  return formats;
}

/** The format with this name (any case), if there is one. */
export function findFormat(name: string | undefined, formats: readonly NoteFormat[] = BUILT_IN_FORMATS): NoteFormat | undefined {
  if (!name) return undefined;
  const key = name.trim().toLowerCase();
  return formats.find((f) => f.name.toLowerCase() === key);
}

/**
 * A heading or label as it is compared: lower case, without numbering,
 * trailing punctuation or Markdown emphasis, hyphens read as spaces.
 */
export function normalizeTitle(title: string): string {
  let normal = normalTitles.get(title);
  if (normal === undefined) {
    if (normalTitles.size > 10_000) normalTitles.clear();
    normalTitles.set(title, (normal = normalizeUncached(title)));
  }
  return normal;
}

function normalizeUncached(title: string): string {
  return title
    .toLowerCase()
    .replace(/[*_`]/g, ' ')
    .replace(/^\s*(?:\d{1,2}|[a-z])[.)]\s+/, '')
    .replace(/&/g, ' and ')
    .replace(/[-‐‑–]/g, ' ')
    // From the start of the last run only: from every position of a long run, "[\s:.]+$" re-read the rest of it.
    .replace(/(?<![\s:.])[\s:.]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const namesOf = new WeakMap<FormatSection, string[]>();
const MAX_COMBINED_HEADING = 200;

/** Every name a section answers to, normalized. */
export function sectionNames(section: FormatSection): string[] {
  let names = namesOf.get(section);
  if (!names) namesOf.set(section, (names = [section.title, ...section.synonyms].map(normalizeTitle)));
  return names;
}

/**
 * Whether a heading in a note stands for a format's section. Forgiving: any
 * case, synonyms, and combined headings such as "S – Subjective" or
 * "Assessment / Plan" (which stands for both).
 */
export function headingMatches(heading: string, section: FormatSection): boolean {
  const names = sectionNames(section);
  if (names.includes(normalizeTitle(heading))) return true;
  // No combined heading is this long, and splitting a long run of blanks is quadratic ("\s*[/|]" from each blank).
  if (heading.length > MAX_COMBINED_HEADING) return false;
  return heading
    .split(/\s+(?:and|&|[-–—])\s+|\s*[/|(),:]\s*/i)
    .map(normalizeTitle)
    .some((part) => part.length > 0 && names.includes(part));
}

// VS Code snippet syntax: `$`, `}` and `\` are literal only when escaped.
const escapeSnippet = (text: string) => text.replace(/[$}\\]/g, (c) => `\\${c}`);

/**
 * The body of a new note in `format`, in VS Code snippet syntax: front matter
 * with every required field, then a heading per section with its prompt.
 * Fields given in `values` are filled in (and added when the format does not
 * require them, such as `recorded`); the others, and each prompt, are tab
 * stops in order. The prompts, left unchanged, are reported by the
 * `placeholder` rule.
 */
export function templateBody(format: NoteFormat, values: Readonly<Record<string, string>> = {}): string {
  let stop = 0;
  const next = (text = '') => (text ? `\${${++stop}:${escapeSnippet(text)}}` : `\${${++stop}}`);
  const fields = [...format.fields, ...Object.keys(values).filter((k) => !format.fields.includes(k) && k !== 'format')];
  const lines = ['---', `format: ${escapeSnippet(format.name)}`];
  for (const f of fields) lines.push(`${f}: ${values[f] !== undefined ? escapeSnippet(values[f]) : next()}`);
  lines.push('---', `# ${escapeSnippet(format.title)}`);
  for (const s of format.sections) lines.push('', `## ${escapeSnippet(s.title)}`, next(s.prompt));
  // A format without sections (an interview) is written straight under its heading.
  if (format.sections.length === 0) lines.push('');
  lines.push('$0');
  return lines.join('\n') + '\n';
}

/** A snippet for one section: its heading and its prompt as the first tab stop. */
export function sectionSnippet(section: FormatSection): string {
  return `## ${escapeSnippet(section.title)}\n${section.prompt ? `\${1:${escapeSnippet(section.prompt)}}` : '$1'}\n$0`;
}
