import { isMap, isScalar, parseDocument } from 'yaml';
import type { Span } from './types';

/** One key of the front matter, with where its key and value sit in the note. */
export interface Field {
  name: string;
  key: Span;
  /** Absent when the key has no value (`date:`). */
  value?: Span;
  /** The value as text; empty when absent. */
  text: string;
}

export interface FrontMatter {
  /** The whole block, from the opening `---` through the closing one. */
  span: Span;
  /** Where a new `key: value` line goes: the start of the closing `---` line. */
  insertAt: number;
  /** False when the closing `---` is missing; the note body then starts at the top. */
  closed: boolean;
  /** Keys in lower case. */
  fields: Map<string, Field>;
  /** A YAML or structure problem, in plain words, at its place. */
  problem?: { message: string; span: Span };
}

const OPEN = /^\uFEFF?---[ \t]*(\r?\n|\r)/;
/**
 * Front matter longer than this is not read. The yaml library is linear but
 * slow on pathological input (a megabyte of "[" or of repeated keys takes
 * 3 s), and a note's fields fit in a few hundred bytes.
 */
export const MAX_FRONT_MATTER = 64 * 1024;
const CLOSE = /^(---|\.\.\.)[ \t]*$/m;

/**
 * Reads YAML front matter at the very start of the note with the `yaml`
 * library. A note without it returns undefined; a broken one still returns the
 * fields that could be read, and a problem to report.
 */
export function parseFrontMatter(text: string): FrontMatter | undefined {
  const open = OPEN.exec(text);
  if (!open) return undefined;
  const bodyStart = open[0].length;
  const rest = text.slice(bodyStart);
  const close = CLOSE.exec(rest);
  if (!close) {
    return {
      span: { start: 0, end: open[0].length - open[1].length },
      insertAt: text.length,
      closed: false,
      fields: new Map(),
      problem: {
        message: 'The front matter that starts here has no closing "---" line, so its fields cannot be read. Add a line with just "---" after the last field.',
        span: { start: 0, end: open[0].length - open[1].length },
      },
    };
  }
  const insertAt = bodyStart + close.index;
  const yamlText = rest.slice(0, close.index);
  const fm: FrontMatter = {
    span: { start: 0, end: insertAt + close[0].length },
    insertAt,
    closed: true,
    fields: new Map(),
  };

  if (yamlText.length > MAX_FRONT_MATTER) {
    fm.problem = {
      message: `The front matter is longer than ${MAX_FRONT_MATTER / 1024} KB, so Casewise does not read its fields. Keep only the note's fields (date, time, participants…) between the "---" lines, and move long text into the body.`,
      span: { start: 0, end: open[0].length - open[1].length },
    };
    return fm;
  }
  // Aliases are never expanded: fields are read from the nodes and their text, so "billion laughs" costs nothing.
  // The yaml library reads a lone CR (old Mac line ends) as part of the line; an LF in its place keeps every offset.
  const doc = parseDocument(yamlText.replace(/\r(?!\n)/g, '\n'), { prettyErrors: false });
  const error = doc.errors[0];
  if (error) {
    const [s, e] = error.pos;
    fm.problem = {
      message: `The front matter could not be read as "key: value" lines (${plainYamlError(error.code)}). Fields after this point may be missing.`,
      span: { start: bodyStart + s, end: bodyStart + Math.max(e, s + 1) },
    };
  }
  if (isMap(doc.contents)) {
    for (const item of doc.contents.items) {
      if (!isScalar(item.key) || !item.key.range) continue;
      const name = String(item.key.value).trim();
      const key = { start: bodyStart + item.key.range[0], end: bodyStart + item.key.range[1] };
      const node = item.value;
      let value: Span | undefined;
      let valueText = '';
      if (node && 'range' in node && node.range) {
        value = { start: bodyStart + node.range[0], end: bodyStart + node.range[1] };
        valueText = isScalar(node) ? (node.value === null ? '' : String(node.value)) : yamlText.slice(node.range[0], node.range[1]);
        if (valueText.trim() === '') value = undefined;
      }
      fm.fields.set(name.toLowerCase(), { name, key, value, text: valueText.trim() });
    }
  } else if (doc.contents && !error) {
    fm.problem = {
      message: 'The front matter should be a list of "key: value" lines, such as "date: 2026-11-20".',
      span: { start: bodyStart, end: insertAt },
    };
  }
  return fm;
}

function plainYamlError(code: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'a field is listed twice';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
      return 'a line is indented or punctuated unexpectedly';
    case 'MULTILINE_IMPLICIT_KEY':
      return 'a line is missing its ":"';
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'UNEXPECTED_TOKEN':
      return 'a line could not be understood; put values that contain ": " or "#" in quotes';
    default:
      return code.toLowerCase().replace(/_/g, ' ');
  }
}
