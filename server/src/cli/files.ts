import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

export const NOTE_EXTENSIONS = ['casenote', 'md', 'markdown'];

/** Expands files, folders and globs into a sorted list of note files. Throws on a path that does not exist. */
export async function expandPaths(args: readonly string[]): Promise<string[]> {
  const found = new Set<string>();
  const ignore = ['**/node_modules/**', '**/.git/**'];
  for (const arg of args) {
    if (isDynamicPattern(arg)) {
      for (const f of await glob(arg, { ignore, dot: false })) found.add(f);
      continue;
    }
    let stat;
    try {
      stat = statSync(arg);
    } catch {
      throw new Error(`"${arg}" does not exist.`);
    }
    if (stat.isDirectory()) {
      const pattern = `**/*.{${NOTE_EXTENSIONS.join(',')}}`;
      for (const f of await glob(pattern, { cwd: arg, ignore })) found.add(joinPath(arg, f));
    } else {
      found.add(arg);
    }
  }
  return [...found].sort();
}

function joinPath(dir: string, file: string): string {
  return dir === '.' ? file : `${dir.replace(/\/+$/, '')}/${file}`;
}

export function languageOf(file: string): string {
  const ext = extname(file).slice(1).toLowerCase();
  return ext === 'md' || ext === 'markdown' ? 'markdown' : 'casenote';
}

/** The largest note the command line reads: past this a file is not a note, and reading it whole would cost its size in memory. */
export const MAX_NOTE_BYTES = 10 * 1024 * 1024;

/** Reads a note as text, with the file's last-modified time, or says in plain words why it cannot be read. */
export function readNote(file: string): { text: string; modified?: Date } | { error: string } {
  let bytes: Buffer;
  let modified: Date;
  try {
    // Looked at first: reading a FIFO named on the command line would wait for ever, and /dev/zero would never end.
    const stat = statSync(file);
    if (!stat.isFile()) return { error: 'is not a regular file; skipped' };
    if (stat.size > MAX_NOTE_BYTES) return { error: `is larger than ${MAX_NOTE_BYTES / 1024 / 1024} MB, which is too big for a note; skipped` };
    bytes = readFileSync(file);
    modified = stat.mtime;
  } catch (e) {
    return { error: `could not be read (${(e as NodeJS.ErrnoException).code ?? 'unknown error'})` };
  }
  const decoded = decodeNote(bytes);
  return 'error' in decoded ? decoded : { ...decoded, modified };
}

/** Decodes UTF-8 (with or without a BOM) and UTF-16 with a BOM; refuses binary files. */
export function decodeNote(bytes: Buffer): { text: string } | { error: string } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: bytes.subarray(2).toString('utf16le') };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: Buffer.from(bytes.subarray(2, 2 + ((bytes.length - 2) & ~1))).swap16().toString('utf16le') };
  if (bytes.includes(0)) return { error: looksLikeUtf16(bytes) ? 'looks like UTF-16 text without a byte-order mark; save it as UTF-8 and try again' : 'looks like a binary file, not a text note; skipped' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch {
    return { error: 'is not UTF-8 text; save it as UTF-8 and try again' };
  }
}

/** Text in UTF-16 without a BOM: in its first bytes, every other byte is 0 (the high byte of a Latin letter). */
function looksLikeUtf16(bytes: Buffer): boolean {
  const n = Math.min(bytes.length, 512) & ~1;
  if (n < 4) return false;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  return (oddZeros > pairs * 0.9 && evenZeros === 0) || (evenZeros > pairs * 0.9 && oddZeros === 0);
}
