// "Casewise: Show Interview Summary": a webview beside the note with each
// interview's question types, talk balance, reflections and flagged questions.
// One panel, reused: it follows the note it was last opened for, refreshes when
// that note's diagnostics change, and reveals a flagged question's line when
// one is clicked.
import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { SHOW_INTERVIEW_SUMMARY } from '../../../server/src/interviewProtocol';
import { interviewSummaryHtml } from '../interviewSummaryHtml';
import type { FetchSummary } from '../interviewSummaryClient';

export { SHOW_INTERVIEW_SUMMARY };

const VIEW_TYPE = 'casewise.interviewSummary';
const REFRESH_MS = 300;

/** What the page may ask: show a range of the note. Anything else is ignored. */
interface RevealMessage {
  type: 'reveal';
  range: [number, number, number, number];
}

const isReveal = (m: unknown): m is RevealMessage =>
  typeof m === 'object' &&
  m !== null &&
  (m as RevealMessage).type === 'reveal' &&
  Array.isArray((m as RevealMessage).range) &&
  (m as RevealMessage).range.length === 4 &&
  (m as RevealMessage).range.every((n) => Number.isInteger(n) && n >= 0);

/** The panel's title for a note. */
export const summaryTitle = (uri: vscode.Uri) => `Interview Summary: ${path.posix.basename(uri.path)}`;

export class InterviewSummaryPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private note: vscode.Uri | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** What the page shows now, so that a refresh that changes nothing does not reload it. */
  private shown = '';
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly fetchSummary: FetchSummary) {
    this.subscriptions.push(
      vscode.languages.onDidChangeDiagnostics((e) => {
        if (this.panel && this.note && e.uris.some((u) => u.toString() === this.note!.toString())) {
          clearTimeout(this.timer);
          this.timer = setTimeout(() => void this.render(), REFRESH_MS);
        }
      }),
    );
  }

  /**
   * The command. Arguments: the note's URI (a string from the code lens and
   * the status bar, or a Uri) and the interview to scroll to; without them,
   * the active note. Resolves to the panel, which tests inspect.
   */
  async show(target?: unknown, focus?: unknown): Promise<vscode.WebviewPanel | undefined> {
    const uri =
      typeof target === 'string' ? vscode.Uri.parse(target) : target instanceof vscode.Uri ? target : (vscode.window.activeTextEditor?.document.uri ?? this.note);
    if (!uri) {
      void vscode.window.showInformationMessage('Open a case note with an interview to see its summary.');
      return undefined;
    }
    this.note = uri;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel(
        VIEW_TYPE,
        summaryTitle(uri),
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        { enableScripts: true, enableCommandUris: false, enableFindWidget: true, localResourceRoots: [] },
      );
      this.panel.onDidDispose(() => {
        this.panel = undefined;
        clearTimeout(this.timer);
      });
      this.panel.webview.onDidReceiveMessage((m) => {
        if (isReveal(m) && this.note) void this.reveal(this.note, m.range);
      });
    } else {
      this.panel.title = summaryTitle(uri);
      this.panel.reveal(undefined, true);
    }
    this.shown = '';
    await this.render(typeof focus === 'number' ? focus : undefined);
    return this.panel;
  }

  private async render(focus?: number): Promise<void> {
    const note = this.note;
    if (!this.panel || !note) return;
    const summary = (await this.fetchSummary(note)) ?? { uri: note.toString(), version: 0, interviews: [] };
    // Another note may have taken the panel while the server answered.
    if (!this.panel || this.note?.toString() !== note.toString()) return;
    const shown = JSON.stringify([note.toString(), summary.interviews, focus]);
    if (shown === this.shown) return;
    this.shown = shown;
    this.panel.webview.html = interviewSummaryHtml(summary, {
      nonce: randomBytes(16).toString('base64'),
      focus,
    });
  }

  /** Shows the range in the note's editor, in the column where it is already open. */
  private async reveal(note: vscode.Uri, [line, character, endLine, endCharacter]: RevealMessage['range']): Promise<void> {
    const document = await vscode.workspace.openTextDocument(note);
    const open = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === note.toString());
    const range = document.validateRange(new vscode.Range(line, character, endLine, endCharacter));
    const editor = await vscode.window.showTextDocument(document, { viewColumn: open?.viewColumn ?? vscode.ViewColumn.One, selection: range });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.panel?.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
