// The parts of "Export Redacted Copy" that need no editor: which files are
// notes, where their copies go, and what the prompts say. Kept apart from the
// command so that test/unit/exportRedactedCopy.test.ts can run them without VS Code.
import { realpathSync } from 'node:fs';
import { dirname, extname, posix, relative, resolve, sep } from 'node:path';
import { NOTE_EXTENSIONS } from '../../../server/src/cli/files';
import type { NameMode } from '../../../server/src/redactProtocol';
import { isInside, planTargets, RedactRefusal, type RedactTarget } from '../../../server/src/redactTargets';

export { RedactRefusal, type RedactTarget };

/** The choices of the names quick pick, in the order shown. */
export const NAME_CHOICES: readonly { mode: NameMode; label: string; detail: string }[] = [
  { mode: 'keep', label: 'Keep names', detail: 'Only identifiers are redacted.' },
  { mode: 'initials', label: 'Initials', detail: 'The names in "participants" become initials wherever they appear: "Anna Rivera" becomes "A. R."' },
  { mode: 'roles', label: 'Roles', detail: 'The names in "participants" become roles wherever they appear: "J. D. (client)" becomes "the client".' },
];

/** Whether a file's name makes it a note a folder export looks at (the server then says whether Casewise checks it). */
export function isNoteFile(name: string): boolean {
  return NOTE_EXTENSIONS.includes(extname(name).slice(1).toLowerCase());
}

/** Folders a folder export does not walk into. */
export function isSkippedFolder(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

/** A single note's copy goes beside it by default, as "<name>.redacted.<ext>" (".casenote" for a note with no extension). A URI's path, so "/"-separated. */
export function defaultCopyPath(notePath: string): string {
  const ext = posix.extname(notePath);
  return posix.join(posix.dirname(notePath), `${posix.basename(notePath, ext)}.redacted${ext || '.casenote'}`);
}

/** Throws RedactRefusal when the chosen file for a single note's copy is the note itself. */
export function checkCopyPath(notePath: string, copyPath: string): void {
  if (real(resolve(notePath)) === real(resolve(copyPath))) {
    throw new RedactRefusal(`The redacted copy would be written over the note itself (${copyPath}). Choose another file name.`);
  }
}

/** The folder that holds every source: a chosen folder itself, or the folder of a chosen file. */
export function sourceRoot(sources: readonly { path: string; isFolder: boolean }[]): string {
  const folders = sources.map((s) => (s.isFolder ? resolve(s.path) : dirname(resolve(s.path))));
  let root = folders[0];
  while (!folders.every((f) => isInside(f, root))) root = dirname(root);
  return root;
}

/**
 * Where each note of a folder export goes: under `target`, at its path relative
 * to `root`. When `target` lies inside `root`, notes already in it are earlier
 * copies and are left out. Throws RedactRefusal when a copy would be written
 * over a note being exported (for example when `target` is `root` itself).
 */
export function planFolderCopies(root: string, notes: readonly string[], target: string): RedactTarget[] {
  const copiesInside = resolve(target) !== resolve(root) && isInside(resolve(target), resolve(root));
  const inputs = copiesInside ? notes.filter((n) => !isInside(resolve(n), resolve(target))) : notes;
  return planTargets(inputs, resolve(target), resolve(root));
}

/** The modal question before replacing files that exist; `base` is the folder the names are shown relative to. */
export function overwriteQuestion(existing: readonly string[], base: string): string {
  if (existing.length === 1) return `${shown(existing[0], base)} already exists. Replace it with the redacted copy?`;
  const listed = existing.slice(0, 5).map((f) => shown(f, base));
  const more = existing.length > 5 ? ` and ${existing.length - 5} more` : '';
  return `${existing.length} copies already exist in ${base}: ${listed.join(', ')}${more}. Replace them with the redacted copies?`;
}

/** What is said when existing files are kept, so nothing is written. */
export function keptMessage(existing: readonly string[], base: string): string {
  return `Nothing was written: ${existing.length === 1 ? `${shown(existing[0], base)} already exists` : `${existing.length} copies already exist in ${base}`}.`;
}

/** The counts after a redaction, as the preview's title and the final message give them. */
export function countsText(identifiers: number, names: number, mode: NameMode): string {
  const parts = [`${identifiers} identifier${identifiers === 1 ? '' : 's'} redacted`];
  if (mode !== 'keep') parts.push(`${names} name${names === 1 ? '' : 's'} replaced`);
  return parts.join(', ');
}

/** The message after writing: where the copies are and what changed. */
export function doneMessage(written: readonly string[], base: string, identifiers: number, names: number, mode: NameMode): string {
  const where = written.length === 1 ? `a redacted copy to ${written[0]}` : `${written.length} redacted copies to ${base}`;
  return `Casewise wrote ${where} (${countsText(identifiers, names, mode)}). The original${written.length === 1 ? ' is' : 's are'} unchanged.`;
}

function shown(file: string, base: string): string {
  const rel = relative(base, file);
  return rel && !rel.startsWith('..') ? rel.split(sep).join('/') : file;
}

function real(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
