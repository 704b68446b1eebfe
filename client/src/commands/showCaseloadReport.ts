// "Casewise: Caseload Report": the report `casewise report` writes, for the
// workspace's notes, in a webview. The client only finds the notes (honouring
// files.exclude) and shows the page; the server reads and checks them with the
// settings that apply to each, so the client bundles no parser or rules. A
// click on a note opens it at the line.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  CASELOAD_REPORT_REQUEST,
  SHOW_CASELOAD_REPORT,
  type CaseloadReportParams,
  type CaseloadReportResponse,
  type OpenNoteMessage,
} from '../../../server/src/reportProtocol';

export { SHOW_CASELOAD_REPORT };

const VIEW_TYPE = 'casewise.caseloadReport';
export const REPORT_TITLE = 'Caseload Report';
const NOTE_GLOB = '**/*.{casenote,md,markdown}';
const SKIPPED = /[\\/](?:node_modules|\.git)[\\/]/;

const isOpenNote = (m: unknown): m is OpenNoteMessage =>
  typeof m === 'object' && m !== null && (m as OpenNoteMessage).type === 'open' && typeof (m as OpenNoteMessage).target === 'string' && Number.isInteger((m as OpenNoteMessage).line);

/** Options a caller (a test, a keybinding's args) may pass; by default the report is grouped by worker. */
interface ReportArgs {
  byWorker?: boolean;
}

export class CaseloadReportPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  /** The notes the page may open: those the report was made from. */
  private files = new Set<string>();

  constructor(private readonly getClient: () => LanguageClient | undefined) {}

  /** The command. Resolves to the panel (tests look inside), or undefined when there was nothing to show. */
  async show(args?: unknown): Promise<vscode.WebviewPanel | undefined> {
    const client = this.getClient();
    const folders = vscode.workspace.workspaceFolders ?? [];
    if (!client || folders.length === 0) {
      void vscode.window.showInformationMessage('Open a folder of case notes to see a caseload report.');
      return undefined;
    }
    const byWorker = (args as ReportArgs | undefined)?.byWorker ?? true;
    const response = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Casewise: reading the notes for the caseload report…', cancellable: true },
      async (_progress, token) => {
        const found = await vscode.workspace.findFiles(NOTE_GLOB, undefined, undefined, token);
        const files = found.filter((u) => u.scheme === 'file' && !SKIPPED.test(u.path)).map((u) => client.code2ProtocolConverter.asUri(u));
        if (files.length === 0 || token.isCancellationRequested) return files.length === 0 ? ('none' as const) : undefined;
        const params: CaseloadReportParams = {
          files: files.sort(),
          folders: folders.map((f) => ({ uri: client.code2ProtocolConverter.asUri(f.uri), name: f.name })),
          byWorker,
          nonce: randomBytes(16).toString('base64'),
        };
        this.files = new Set(files);
        return (await client.sendRequest<CaseloadReportResponse | null>(CASELOAD_REPORT_REQUEST, params, token)) ?? undefined;
      },
    );
    if (response === 'none') {
      void vscode.window.showInformationMessage('No case notes (.casenote, or Markdown with Casewise front matter) were found in this workspace.');
      return undefined;
    }
    if (!response) return undefined;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel(VIEW_TYPE, REPORT_TITLE, vscode.ViewColumn.Active, {
        enableScripts: true,
        enableCommandUris: false,
        enableFindWidget: true,
        retainContextWhenHidden: false,
        localResourceRoots: [],
      });
      this.panel.onDidDispose(() => (this.panel = undefined));
      this.panel.webview.onDidReceiveMessage((m) => {
        if (isOpenNote(m) && this.files.has(m.target)) void this.open(m.target, m.line);
      });
    } else {
      this.panel.reveal();
    }
    this.panel.webview.html = response.html;
    return this.panel;
  }

  private async open(target: string, line: number): Promise<void> {
    const uri = this.getClient()?.protocol2CodeConverter.asUri(target) ?? vscode.Uri.parse(target);
    const at = new vscode.Position(Math.max(0, line - 1), 0);
    await vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.Beside, selection: new vscode.Range(at, at) });
  }

  dispose(): void {
    this.panel?.dispose();
  }
}
