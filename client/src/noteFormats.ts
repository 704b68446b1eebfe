// The note formats the client offers: the built-in ones, then the
// `casewise.formats` setting, then the nearest .casewise.json's `formats`,
// merged by name exactly as the server merges them (formats.ts). The client
// does not bundle ajv, so it checks entries by hand against the same shape as
// the schema in settings.ts: an entry the schema would reject is skipped here,
// as the server skips it, and the server reports it on the file.
import { formatsFor, mergeFormatSpecs, type NoteFormat } from '../../server/src/formats';
import type { FormatSectionSpec, FormatSpec } from '../../server/src/settings';

const FIELD_NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;
const FORMAT_KEYS = new Set(['name', 'title', 'description', 'fields', 'sections']);
const SECTION_KEYS = new Set(['title', 'synonyms', 'prompt']);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown, minLength = 0): v is string => typeof v === 'string' && v.length >= minLength;
const isTextList = (v: unknown, minLength = 0) => Array.isArray(v) && v.every((s) => isText(s, minLength));

function isSection(v: unknown): v is string | FormatSectionSpec {
  if (isText(v, 1)) return true;
  if (!isObject(v) || !Object.keys(v).every((k) => SECTION_KEYS.has(k))) return false;
  return isText(v.title, 1) && (v.synonyms === undefined || isTextList(v.synonyms, 1)) && (v.prompt === undefined || isText(v.prompt));
}

function isFormatSpec(v: unknown): v is FormatSpec {
  if (!isObject(v) || !Object.keys(v).every((k) => FORMAT_KEYS.has(k))) return false;
  return (
    isText(v.name, 1) &&
    (v.title === undefined || isText(v.title, 1)) &&
    (v.description === undefined || isText(v.description)) &&
    (v.fields === undefined || (Array.isArray(v.fields) && v.fields.every((f) => isText(f) && FIELD_NAME.test(f)))) &&
    (v.sections === undefined || (Array.isArray(v.sections) && v.sections.every(isSection)))
  );
}

/** The well-formed format entries of a `formats` value from settings or .casewise.json; anything else gives none. */
export function formatSpecsFrom(value: unknown): FormatSpec[] {
  return Array.isArray(value) ? value.filter(isFormatSpec) : [];
}

/** The formats in effect, with the names of those the workspace file adds or changes. */
export function effectiveFormats(fromSettings: unknown, fromWorkspaceFile: unknown): { formats: readonly NoteFormat[]; fromWorkspace: Set<string> } {
  const file = formatSpecsFrom(fromWorkspaceFile);
  return {
    formats: formatsFor({ formats: mergeFormatSpecs(formatSpecsFrom(fromSettings), file) }),
    fromWorkspace: new Set(file.map((f) => f.name.toLowerCase())),
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A local date as the note format writes it: 2026-11-20. */
export const isoDate = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/** A local time on the 24-hour clock: 14:05. */
export const clockTime = (d: Date) => `${pad(d.getHours())}:${pad(d.getMinutes())}`;

/**
 * The front-matter values a new note can be given now: today's date, the time
 * now, the worker's name, and `recorded` when a team's format asks for it.
 * Only fields the format lists are filled, so no field is added that the
 * format does not ask for.
 */
export function knownFieldValues(format: NoteFormat, now: Date, worker: string): Record<string, string> {
  const known: Record<string, string> = { date: isoDate(now), time: clockTime(now), recorded: `${isoDate(now)} ${clockTime(now)}` };
  if (worker.trim()) known.worker = worker.trim();
  return Object.fromEntries(format.fields.filter((f) => known[f] !== undefined).map((f) => [f, known[f]]));
}
