// VS Code shows at most 1,000 diagnostics a file: the most severe first, then
// in the order given (ExtHostDiagnostics, `_maxDiagnosticsPerFile`). In a long
// case history that meant the findings at the top of the note, and none where
// the worker was writing. Casewise hands VS Code the findings nearest to where
// the worker is, says so at the top of the note, and moves the window as the
// worker moves through the note. The server (hover, quick fixes, "fix all")
// and `casewise lint` still see every finding.
import * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient/node';
import { nearest, VS_CODE_LIMIT, windowNotice } from './nearestDiagnostics';
import { recordGaps } from './status/recordGaps';

/** How far (in lines) the worker moves before the window is moved. */
const MOVE_LINES = 100;

type Publish = (uri: vscode.Uri, diagnostics: vscode.Diagnostic[]) => void;

/** Keeps each big note's full list of findings and shows VS Code the part near the cursor. */
export class DiagnosticWindow implements vscode.Disposable {
  private readonly notes = new Map<string, { all: vscode.Diagnostic[]; publish: Publish; line: number }>();
  private readonly subscriptions: vscode.Disposable[];

  constructor() {
    this.subscriptions = [
      vscode.window.onDidChangeTextEditorSelection((e) => this.moved(e.textEditor)),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => this.moved(e.textEditor)),
      vscode.workspace.onDidCloseTextDocument((d) => this.notes.delete(d.uri.toString())),
    ];
  }

  /** The language client's middleware: every publish of diagnostics passes through here. */
  readonly middleware: Middleware = {
    handleDiagnostics: (uri, diagnostics, next) => {
      if (diagnostics.length <= VS_CODE_LIMIT) {
        this.notes.delete(uri.toString());
        return next(uri, diagnostics);
      }
      const entry = { all: diagnostics, publish: next, line: this.focusLine(uri) };
      this.notes.set(uri.toString(), entry);
      this.show(uri, entry);
    },
  };

  private focusLine(uri: vscode.Uri): number {
    // The active editor's cursor, when it shows the note (a split view shows it twice); else the middle of another view of it.
    const active = vscode.window.activeTextEditor;
    if (active?.document.uri.toString() === uri.toString()) return active.selection.active.line;
    const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
    return editor ? middleOf(editor) : 0;
  }

  private moved(editor: vscode.TextEditor): void {
    const entry = this.notes.get(editor.document.uri.toString());
    if (!entry) return;
    // The cursor, unless it is off screen: then the middle of what is shown.
    const visible = editor.visibleRanges[0];
    const line = !visible || visible.contains(editor.selection.active) ? editor.selection.active.line : middleOf(editor);
    if (Math.abs(line - entry.line) < MOVE_LINES) return;
    entry.line = line;
    this.show(editor.document.uri, entry);
  }

  private show(uri: vscode.Uri, entry: { all: vscode.Diagnostic[]; publish: Publish; line: number }): void {
    // What the record status counts (missing fields and sections) is always shown, wherever it is.
    const shown = nearest(entry.all, entry.line, VS_CODE_LIMIT - 1, (d) => recordGaps([d]).length > 0);
    const notice = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0), windowNotice(entry.all.length), vscode.DiagnosticSeverity.Information);
    notice.source = 'casewise';
    entry.publish(uri, [notice, ...shown]);
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.notes.clear();
  }
}

/** The middle line of what an editor shows. */
function middleOf(editor: vscode.TextEditor): number {
  const visible = editor.visibleRanges[0];
  return visible ? Math.floor((visible.start.line + visible.end.line) / 2) : 0;
}
