// The editor-free parts of "Export Redacted Copy" (client/src/commands/redactedCopyPlan.ts).
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import {
  checkCopyPath,
  countsText,
  defaultCopyPath,
  doneMessage,
  isNoteFile,
  isSkippedFolder,
  keptMessage,
  NAME_CHOICES,
  overwriteQuestion,
  planFolderCopies,
  RedactRefusal,
  sourceRoot,
} from '../../client/src/commands/redactedCopyPlan';
import { NAME_MODES } from '../../server/src/redact';

test('a single copy is proposed beside the note, as <name>.redacted.<ext>', () => {
  assert.equal(defaultCopyPath('/w/notes/visit.casenote'), '/w/notes/visit.redacted.casenote');
  assert.equal(defaultCopyPath('/w/notes/visit.md'), '/w/notes/visit.redacted.md');
  assert.equal(defaultCopyPath('/w/notes/visit'), '/w/notes/visit.redacted.casenote');
  assert.equal(defaultCopyPath('Untitled-1'), 'Untitled-1.redacted.casenote');
});

test('a single copy is refused only when it would be written over the note itself, also through a link', () => {
  const dir = mkdtempSync(join(tmpdir(), 'casewise-export-'));
  writeFileSync(join(dir, 'visit.casenote'), 'x');
  symlinkSync(join(dir, 'visit.casenote'), join(dir, 'link.casenote'));
  assert.throws(() => checkCopyPath(join(dir, 'visit.casenote'), join(dir, 'visit.casenote')), RedactRefusal);
  assert.throws(() => checkCopyPath(join(dir, 'visit.casenote'), join(dir, 'link.casenote')), /would be written over the note itself/);
  checkCopyPath(join(dir, 'visit.casenote'), join(dir, 'visit.redacted.casenote'));
});

test('a folder export looks at .casenote, .md and .markdown files, outside hidden folders and node_modules', () => {
  assert.deepEqual(['a.casenote', 'b.MD', 'c.markdown', 'd.txt', '.casewise.json', 'e.casenote.bak'].filter(isNoteFile), ['a.casenote', 'b.MD', 'c.markdown']);
  assert.deepEqual(['.git', '.vscode', 'node_modules', 'shared', '2026'].filter((f) => !isSkippedFolder(f)), ['shared', '2026']);
});

test('the sources share a root: a folder itself, or the folder that holds every chosen file', () => {
  assert.equal(sourceRoot([{ path: '/w/notes', isFolder: true }]), '/w/notes');
  assert.equal(sourceRoot([{ path: '/w/notes/a.casenote', isFolder: false }, { path: '/w/notes/b.casenote', isFolder: false }]), '/w/notes');
  assert.equal(sourceRoot([{ path: '/w/notes/2026/a.casenote', isFolder: false }, { path: '/w/notes/2025', isFolder: true }]), '/w/notes');
});

test('folder copies keep their paths under the target; a target inside the folder leaves out the copies already in it', () => {
  const notes = ['/w/notes/a.casenote', '/w/notes/2026/b.md', '/w/notes/shared/a.casenote'];
  assert.deepEqual(planFolderCopies('/w/notes', notes.slice(0, 2), '/w/out'), [
    { input: '/w/notes/a.casenote', output: '/w/out/a.casenote' },
    { input: '/w/notes/2026/b.md', output: '/w/out/2026/b.md' },
  ]);
  assert.deepEqual(planFolderCopies('/w/notes', notes, '/w/notes/shared'), [
    { input: '/w/notes/a.casenote', output: '/w/notes/shared/a.casenote' },
    { input: '/w/notes/2026/b.md', output: '/w/notes/shared/2026/b.md' },
  ]);
});

test('a folder target is refused when a copy would be written over a note: the folder itself, also through a link', () => {
  assert.throws(() => planFolderCopies('/w/notes', ['/w/notes/a.casenote'], '/w/notes'), /The copy of "\/w\/notes\/a.casenote" would be written over a note being redacted \(\/w\/notes\/a.casenote\)\. Choose another output folder\./);
  const dir = mkdtempSync(join(tmpdir(), 'casewise-export-'));
  mkdirSync(join(dir, 'notes'));
  writeFileSync(join(dir, 'notes', 'a.casenote'), 'x');
  symlinkSync(join(dir, 'notes'), join(dir, 'alias'));
  assert.throws(() => planFolderCopies(join(dir, 'notes'), [join(dir, 'notes', 'a.casenote')], join(dir, 'alias')), RedactRefusal);
});

test('the prompts and messages name the files relative to the folder', () => {
  assert.equal(overwriteQuestion(['/w/out/visit.redacted.casenote'], '/w/out'), 'visit.redacted.casenote already exists. Replace it with the redacted copy?');
  assert.equal(
    overwriteQuestion(['/w/out/a.casenote', '/w/out/2026/b.md'], '/w/out'),
    '2 copies already exist in /w/out: a.casenote, 2026/b.md. Replace them with the redacted copies?',
  );
  assert.match(overwriteQuestion(['1', '2', '3', '4', '5', '6', '7'].map((n) => `/o/${n}.md`), '/o'), /: 1\.md, 2\.md, 3\.md, 4\.md, 5\.md and 2 more\./);
  assert.equal(keptMessage(['/w/out/a.casenote'], '/w/out'), 'Nothing was written: a.casenote already exists.');
  assert.equal(keptMessage(['/w/out/a.casenote', '/w/out/b.casenote'], '/w/out'), 'Nothing was written: 2 copies already exist in /w/out.');
  assert.equal(countsText(1, 0, 'keep'), '1 identifier redacted');
  assert.equal(countsText(3, 1, 'roles'), '3 identifiers redacted, 1 name replaced');
  assert.equal(doneMessage(['/w/a.redacted.casenote'], '/w', 2, 0, 'keep'), 'Casewise wrote a redacted copy to /w/a.redacted.casenote (2 identifiers redacted). The original is unchanged.');
  assert.equal(doneMessage(['/o/a.casenote', '/o/b.casenote'], '/o', 5, 4, 'initials'), 'Casewise wrote 2 redacted copies to /o (5 identifiers redacted, 4 names replaced). The originals are unchanged.');
});

test('the names quick pick offers every mode, keep first', () => {
  assert.deepEqual(NAME_CHOICES.map((c) => c.mode), ['keep', 'initials', 'roles']);
  assert.deepEqual([...NAME_CHOICES.map((c) => c.mode)].sort(), [...NAME_MODES].sort());
});
