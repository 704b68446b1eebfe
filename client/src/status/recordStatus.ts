// The record status bar item: "Record complete" or "Record: 2 missing" for the
// active note, from the Casewise diagnostics VS Code already holds (no request
// to the server). Clicking it lists what is missing; choosing one goes there.
import * as vscode from 'vscode';
import { effectiveFormats } from '../noteFormats';
import { isCaseNote, recordGaps, recordStatusText, ruleOf, type NoteCheck } from './recordGaps';

export const SHOW_RECORD_GAPS = 'casewise.showRecordGaps';

/** Creates the status bar item and its command; dispose the result to remove both. */
export function createRecordStatus(): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('casewise.recordStatus', vscode.StatusBarAlignment.Right, 101);
  item.name = 'Casewise Record';
  item.command = SHOW_RECORD_GAPS;
  let check = readCheck();

  const gapsOf = (doc: vscode.TextDocument) => recordGaps(vscode.languages.getDiagnostics(doc.uri));

  const update = () => {
    const doc = vscode.window.activeTextEditor?.document;
    const gaps = doc ? gapsOf(doc) : [];
    // A Markdown note in a format only the workspace file defines is recognized by its findings.
    if (!doc || !(isCaseNote(doc.languageId, doc.getText(), check) || (check.languages.includes(doc.languageId) && gaps.length > 0))) {
      item.hide();
      return;
    }
    item.text = `${gaps.length === 0 ? '$(pass)' : '$(warning)'} ${recordStatusText(gaps.length)}`;
    item.tooltip =
      gaps.length === 0
        ? 'Casewise: this note has every field and section its format asks for, and no template text is left in.'
        : `Casewise: ${gaps.length === 1 ? 'one field, section or template hint needs' : `${gaps.length} fields, sections or template hints need`} filling in. Click to see them.`;
    item.show();
  };

  const showGaps = async () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return;
    const doc = editor.document;
    const original = editor.selection;
    const gaps = gapsOf(doc);
    if (gaps.length === 0) {
      void vscode.window.showInformationMessage('Casewise: nothing is missing from this note.');
      return;
    }
    const reveal = (d: vscode.Diagnostic, preserveFocus: boolean) =>
      vscode.window.showTextDocument(doc, { viewColumn: editor.viewColumn, selection: d.range, preserveFocus });
    const items = gaps.map((d) => ({
      label: firstSentence(d.message),
      description: `line ${d.range.start.line + 1}`,
      detail: [ruleOf(d), d.range.start.line < doc.lineCount ? doc.lineAt(d.range.start.line).text.trim() : ''].filter(Boolean).join(' · '),
      diagnostic: d,
    }));
    const picked = await vscode.window.showQuickPick(items, {
      title: `What this note is missing (${gaps.length})`,
      placeHolder: 'Choose one to go to it',
      matchOnDetail: true,
      // Moving through the list shows each place without leaving the list.
      onDidSelectItem: (i) => {
        const item = items.find((x) => x === i);
        if (item) void reveal(item.diagnostic, true);
      },
    });
    if (picked) await reveal(picked.diagnostic, false);
    // Dismissed: back to where the writer was before the list previewed each place.
    else await vscode.window.showTextDocument(doc, { viewColumn: editor.viewColumn, selection: original });
  };

  update();
  return vscode.Disposable.from(
    item,
    vscode.commands.registerCommand(SHOW_RECORD_GAPS, showGaps),
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.languages.onDidChangeDiagnostics((e) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (active && e.uris.some((u) => u.toString() === active)) update();
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration('casewise')) return;
      check = readCheck();
      update();
    }),
  );
}

function readCheck(): NoteCheck {
  const config = vscode.workspace.getConfiguration('casewise');
  return {
    languages: config.get<string[]>('languages') ?? ['casenote', 'markdown'],
    lintAllMarkdown: config.get<boolean>('lintAllMarkdown') ?? false,
    formatNames: effectiveFormats(config.get('formats'), undefined).formats.map((f) => f.name),
  };
}

/** The first sentence of a message, for a one-line list entry; the full message is in the Problems panel. */
function firstSentence(message: string): string {
  const m = /^.*?[.!?](?=\s|$)/.exec(message);
  return m ? m[0] : message;
}
