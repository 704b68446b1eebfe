// "Casewise: New Case Note": a quick pick of the note formats (built-in, the
// `casewise.formats` setting, and the team's .casewise.json), then a new
// untitled case note in that format. The front matter gets today's date, the
// time now and the worker's name; every other field and each section's prompt
// is a tab stop. The text comes from templateBody(), the same definition the
// snippets and the missing-field and missing-section rules use.
import * as vscode from 'vscode';
import { findFormat, templateBody, type NoteFormat } from '../../../server/src/formats';
import { effectiveFormats, knownFieldValues } from '../noteFormats';
import { configFolder, readWorkspaceConfig } from '../workspaceConfig';

export const NEW_CASE_NOTE = 'casewise.newCaseNote';

/**
 * Opens a new case note. `name` (a format's name, any case) skips the quick
 * pick; anything else, such as the URI a menu passes, does not. Resolves to
 * the new document, or undefined when no format was chosen.
 */
export async function newCaseNote(name?: unknown): Promise<vscode.TextDocument | undefined> {
  const folder = configFolder();
  const file = await readWorkspaceConfig(folder);
  const settings = vscode.workspace.getConfiguration('casewise', folder);
  const { formats, fromWorkspace } = effectiveFormats(settings.get('formats'), file.formats);
  // The workspace file wins over VS Code settings, as it does for every setting (DESIGN.md §5).
  const worker = typeof file.worker === 'string' ? file.worker : (settings.get<string>('worker') ?? '');

  let format: NoteFormat | undefined;
  if (typeof name === 'string') {
    format = findFormat(name, formats);
    if (!format) {
      void vscode.window.showErrorMessage(`Casewise has no note format "${name}". Formats: ${formats.map((f) => f.name).join(', ')}.`);
      return undefined;
    }
  } else {
    const picked = await vscode.window.showQuickPick(
      formats.map((f) => ({
        label: f.name,
        description: fromWorkspace.has(f.name.toLowerCase()) ? `${f.title} · from .casewise.json` : f.title,
        detail: f.description,
        format: f,
      })),
      { title: 'New Case Note', placeHolder: 'Choose the note format', matchOnDescription: true, matchOnDetail: true },
    );
    format = picked?.format;
  }
  if (!format) return undefined;

  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ language: 'casenote' }));
  const body = templateBody(format, knownFieldValues(format, new Date(), worker));
  return (await editor.insertSnippet(new vscode.SnippetString(body))) ? editor.document : undefined;
}
