// The status bar item for the active note's interviews: "Open questions 6/9",
// summed over the note's interviews. Hidden when the note has none.
import * as vscode from 'vscode';
import { SHOW_INTERVIEW_SUMMARY } from '../../../server/src/interviewProtocol';
import type { FetchSummary } from '../interviewSummaryClient';
import { interviewStatusText } from './interviewStatusText';

/** Diagnostics arrive in bursts while typing; the item follows the newest once they settle. */
const DEBOUNCE_MS = 250;

/** Creates the item and keeps it in step with the active editor and its diagnostics. */
export function registerInterviewStatus(fetchSummary: FetchSummary): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('casewise.interviewStatus', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Casewise Interview';
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Answers can arrive out of order; only the newest request may change the item.
  let latest = 0;

  const update = async () => {
    const request = ++latest;
    const document = vscode.window.activeTextEditor?.document;
    const summary = document && ['file', 'untitled'].includes(document.uri.scheme) ? await fetchSummary(document.uri) : undefined;
    if (request !== latest) return;
    const shown = interviewStatusText(summary);
    if (!shown || !document) {
      item.hide();
      return;
    }
    item.text = shown.text;
    item.tooltip = shown.tooltip;
    item.command = { title: 'Show Interview Summary', command: SHOW_INTERVIEW_SUMMARY, arguments: [document.uri.toString()] };
    item.show();
  };
  const soon = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void update(), DEBOUNCE_MS);
  };

  void update();
  return vscode.Disposable.from(
    item,
    { dispose: () => clearTimeout(timer) },
    vscode.window.onDidChangeActiveTextEditor(() => {
      clearTimeout(timer);
      void update();
    }),
    vscode.languages.onDidChangeDiagnostics((e) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (active && e.uris.some((u) => u.toString() === active)) soon();
    }),
  );
}
