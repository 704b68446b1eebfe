// "Casewise: Export Redacted Copy": a copy of the current note, or of every
// note in a folder chosen in the Explorer, with every identifier redacted and,
// if asked, the participants' names replaced. The server redacts, with the
// settings that apply to each note (workspace trust included), so the client
// does not bundle the parser. A diff preview comes first, from read-only
// in-memory documents; the original is never written.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { decodeNote, languageOf } from '../../../server/src/cli/files';
import { REDACT_REQUEST, type NameMode, type RedactParams, type RedactResponse } from '../../../server/src/redactProtocol';
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
} from './redactedCopyPlan';

export const EXPORT_REDACTED_COPY = 'casewise.exportRedactedCopy';
/** The scheme of the previewed copies: documents that live only in memory and cannot be edited. */
export const REDACTED_SCHEME = 'casewise-redacted';

/** Answers that stand in for the prompts (tests and other commands): the names choice, where to write, and whether to replace existing files. */
export interface ExportOptions {
  names?: NameMode;
  /** A file for one note, a folder for a folder; a URI or an absolute path. */
  target?: vscode.Uri | string;
  overwrite?: boolean;
}

/** What the command did. `refused` says why nothing was written, when it was refused. */
export interface ExportResult {
  written: string[];
  identifiers: number;
  names: number;
  refused?: string;
}

/** Registers the command and the preview documents' provider. */
export function registerExportRedactedCopy(getClient: () => LanguageClient | undefined): vscode.Disposable[] {
  const previews = new RedactedPreviews();
  return [
    vscode.workspace.registerTextDocumentContentProvider(REDACTED_SCHEME, previews),
    vscode.workspace.onDidCloseTextDocument((d) => previews.forget(d.uri)),
    vscode.commands.registerCommand(EXPORT_REDACTED_COPY, (resource?: unknown, second?: unknown) => exportRedactedCopy(getClient, previews, resource, second)),
  ];
}

/** The previewed copies, by URI. */
class RedactedPreviews implements vscode.TextDocumentContentProvider {
  private readonly texts = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.texts.get(uri.toString()) ?? '';
  }

  /** The preview URI of a note's copy; keeps the note's path so that the preview gets the note's language. */
  show(original: vscode.Uri, text: string): vscode.Uri {
    const uri = vscode.Uri.from({ scheme: REDACTED_SCHEME, path: original.path, query: original.scheme });
    this.texts.set(uri.toString(), text);
    this.changed.fire(uri);
    return uri;
  }

  forget(uri: vscode.Uri): void {
    if (uri.scheme === REDACTED_SCHEME) this.texts.delete(uri.toString());
  }
}

async function exportRedactedCopy(getClient: () => LanguageClient | undefined, previews: RedactedPreviews, resource?: unknown, second?: unknown): Promise<ExportResult | undefined> {
  // From the Explorer: (clicked URI, selected URIs); from a test: (URI, options); from the palette: nothing.
  const options: ExportOptions = second && typeof second === 'object' && !Array.isArray(second) ? (second as ExportOptions) : {};
  let sources: vscode.Uri[] = Array.isArray(second) && second.length > 1 && second.every((u) => u instanceof vscode.Uri) ? second : resource instanceof vscode.Uri ? [resource] : [];
  if (sources.length === 0) {
    const active = vscode.window.activeTextEditor?.document.uri;
    if (!active) {
      void vscode.window.showErrorMessage('Open a case note, or right-click a folder in the Explorer, to export a redacted copy.');
      return undefined;
    }
    sources = [active];
  }
  const client = getClient();
  if (!client) {
    void vscode.window.showErrorMessage('The Casewise server is not running. Run "Casewise: Restart Server" and try again.');
    return undefined;
  }
  const redact = (params: RedactParams) => client.sendRequest<RedactResponse | null>(REDACT_REQUEST, params);
  try {
    const isFolder = await Promise.all(sources.map(async (u) => u.scheme !== 'untitled' && ((await vscode.workspace.fs.stat(u)).type & vscode.FileType.Directory) !== 0));
    return sources.length === 1 && !isFolder[0]
      ? await exportNote(sources[0], options, redact, previews)
      : await exportFolder(sources, isFolder, options, redact, previews);
  } catch (e) {
    if (!(e instanceof RedactRefusal)) throw e;
    void vscode.window.showErrorMessage(e.message);
    return { written: [], identifiers: 0, names: 0, refused: e.message };
  }
}

type Redact = (params: RedactParams) => Promise<RedactResponse | null>;

async function exportNote(uri: vscode.Uri, options: ExportOptions, redact: Redact, previews: RedactedPreviews): Promise<ExportResult | undefined> {
  // The document as the editor has it, unsaved changes included: that is what the preview's left side shows.
  const doc = await vscode.workspace.openTextDocument(uri);
  const names = options.names ?? (await pickNames());
  if (!names) return undefined;
  const copy = await redact({ uri: doc.uri.toString(), text: doc.getText(), languageId: doc.languageId, names });
  if (!copy) return undefined;
  const name = doc.uri.path.split('/').pop()!;
  await vscode.commands.executeCommand('vscode.diff', doc.uri, previews.show(doc.uri, copy.text), `${name} ↔ Redacted copy (${countsText(copy.identifiers, copy.names, names)})`, {
    preview: true,
  });

  const target = options.target !== undefined ? toUri(options.target) : await vscode.window.showSaveDialog({
    title: 'Save Redacted Copy',
    saveLabel: 'Save Redacted Copy',
    defaultUri: defaultCopyUri(doc.uri),
    filters: { 'Case notes': ['casenote', 'md', 'markdown'] },
  });
  if (!target) return undefined;
  if (target.scheme === doc.uri.scheme && target.scheme === 'file') checkCopyPath(doc.uri.fsPath, target.fsPath);
  else if (target.toString() === doc.uri.toString()) throw new RedactRefusal('The redacted copy would be written over the note itself. Choose another file name.');
  const base = vscode.Uri.joinPath(target, '..');
  if (await exists(target) && !(await mayReplace([target.fsPath], base.fsPath, options.overwrite))) {
    return { written: [], identifiers: copy.identifiers, names: copy.names, refused: keptMessage([target.fsPath], base.fsPath) };
  }
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(copy.text));
  announce(doneMessage([target.fsPath], base.fsPath, copy.identifiers, copy.names, names), target);
  return { written: [target.fsPath], identifiers: copy.identifiers, names: copy.names };
}

async function exportFolder(sources: vscode.Uri[], isFolder: boolean[], options: ExportOptions, redact: Redact, previews: RedactedPreviews): Promise<ExportResult | undefined> {
  if (sources.some((u) => u.scheme !== 'file')) {
    void vscode.window.showErrorMessage('Casewise exports redacted copies of folders on disk only. Open a note and export it on its own.');
    return undefined;
  }
  const root = sourceRoot(sources.map((u, i) => ({ path: u.fsPath, isFolder: isFolder[i] })));
  // A note chosen outright is always exported; a folder gives the notes Casewise would check in it.
  const files = (await Promise.all(sources.map((u, i) => (isFolder[i] ? notesIn(u) : [{ uri: u, named: true }])))).flat();
  const names = options.names ?? (await pickNames());
  if (!names) return undefined;

  const copies: { uri: vscode.Uri; text: string; identifiers: number; names: number }[] = [];
  const unreadable: string[] = [];
  await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Casewise: redacting' }, async () => {
    for (const { uri, named } of files) {
      const text = await textOf(uri);
      if (text === undefined) {
        unreadable.push(uri.fsPath);
        continue;
      }
      const copy = await redact({ uri: uri.toString(), text, languageId: languageOf(uri.fsPath), names, onlyIfChecked: !named });
      if (copy) copies.push({ uri, ...copy });
    }
  });
  if (unreadable.length > 0) void vscode.window.showWarningMessage(`Casewise could not read ${unreadable.length === 1 ? unreadable[0] : `${unreadable.length} files`} as a text note; ${unreadable.length === 1 ? 'it is' : 'they are'} left out.`);
  if (copies.length === 0) {
    void vscode.window.showInformationMessage(`There are no case notes in ${root} to export.`);
    return undefined;
  }

  const identifiers = copies.reduce((n, c) => n + c.identifiers, 0);
  const replaced = copies.reduce((n, c) => n + c.names, 0);
  await previewAll(copies, previews, `Redacted copies of ${copies.length} note${copies.length === 1 ? '' : 's'} (${countsText(identifiers, replaced, names)})`);

  const target = options.target !== undefined ? toUri(options.target) : (await vscode.window.showOpenDialog({
    title: `Choose a folder for the redacted copies of ${root}`,
    openLabel: 'Save Redacted Copies Here',
    canSelectFiles: false,
    canSelectFolders: true,
    canSelectMany: false,
    defaultUri: vscode.Uri.file(root),
  }))?.[0];
  if (!target) return undefined;
  const plan = planFolderCopies(root, copies.map((c) => c.uri.fsPath), target.fsPath);
  const existing: string[] = [];
  for (const { output } of plan) if (await exists(vscode.Uri.file(output))) existing.push(output);
  if (existing.length > 0 && !(await mayReplace(existing, target.fsPath, options.overwrite))) {
    return { written: [], identifiers, names: replaced, refused: keptMessage(existing, target.fsPath) };
  }
  const byPath = new Map(copies.map((c) => [c.uri.fsPath, c]));
  const written: string[] = [];
  let counted = { identifiers: 0, names: 0 };
  for (const { input, output } of plan) {
    const copy = byPath.get(input)!;
    const out = vscode.Uri.file(output);
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(out, '..'));
    await vscode.workspace.fs.writeFile(out, new TextEncoder().encode(copy.text));
    written.push(output);
    counted = { identifiers: counted.identifiers + copy.identifiers, names: counted.names + copy.names };
  }
  announce(doneMessage(written, target.fsPath, counted.identifiers, counted.names, names), written.length === 1 ? vscode.Uri.file(written[0]) : undefined);
  return { written, ...counted };
}

/** The note files under a folder, walked in name order; hidden folders and node_modules are skipped. */
async function notesIn(folder: vscode.Uri): Promise<{ uri: vscode.Uri; named: boolean }[]> {
  const out: { uri: vscode.Uri; named: boolean }[] = [];
  const entries = (await vscode.workspace.fs.readDirectory(folder)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [name, type] of entries) {
    const uri = vscode.Uri.joinPath(folder, name);
    if (type & vscode.FileType.Directory) {
      if (!isSkippedFolder(name)) out.push(...(await notesIn(uri)));
    } else if (type & vscode.FileType.File && isNoteFile(name)) {
      out.push({ uri, named: false });
    }
  }
  return out;
}

/** An open note's text as the editor has it, else the file's, decoded as the CLI decodes it; undefined when it is not text. */
async function textOf(uri: vscode.Uri): Promise<string | undefined> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return open.getText();
  const decoded = decodeNote(Buffer.from(await vscode.workspace.fs.readFile(uri)));
  return 'text' in decoded ? decoded.text : undefined;
}

/** One multi-file diff of every copy; a plain diff of the first where that editor is missing. */
async function previewAll(copies: { uri: vscode.Uri; text: string }[], previews: RedactedPreviews, title: string): Promise<void> {
  const pairs = copies.map((c) => [c.uri, c.uri, previews.show(c.uri, c.text)] as const);
  try {
    await vscode.commands.executeCommand('vscode.changes', title, pairs);
  } catch {
    await vscode.commands.executeCommand('vscode.diff', pairs[0][1], pairs[0][2], title, { preview: true });
  }
}

async function pickNames(): Promise<NameMode | undefined> {
  const picked = await vscode.window.showQuickPick(
    NAME_CHOICES.map((c) => ({ label: c.label, detail: c.detail, mode: c.mode })),
    { title: 'Export Redacted Copy', placeHolder: 'Every identifier is redacted. What should happen to the names of the participants?' },
  );
  return picked?.mode;
}

/** Whether existing files may be replaced: `overwrite` when given, else a modal question. */
async function mayReplace(existing: string[], base: string, overwrite: boolean | undefined): Promise<boolean> {
  if (overwrite !== undefined) return overwrite;
  const replace = 'Replace';
  return (await vscode.window.showWarningMessage(overwriteQuestion(existing, base), { modal: true }, replace)) === replace;
}

function defaultCopyUri(note: vscode.Uri): vscode.Uri | undefined {
  if (note.scheme !== 'untitled') return note.with({ path: defaultCopyPath(note.path) });
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return folder && vscode.Uri.joinPath(folder, `${note.path}.redacted.casenote`);
}

function announce(message: string, copy: vscode.Uri | undefined): void {
  const open = 'Open Copy';
  void vscode.window.showInformationMessage(message, ...(copy ? [open] : [])).then((choice) => {
    if (choice === open && copy) void vscode.window.showTextDocument(copy);
  });
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

function toUri(target: vscode.Uri | string): vscode.Uri {
  return typeof target === 'string' ? vscode.Uri.file(target) : target;
}
