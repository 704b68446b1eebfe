// Asks the language server for a note's interview summary. The status bar
// item and the summary panel share it; neither needs to know about the client.
import type * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { INTERVIEW_SUMMARY_REQUEST, type InterviewSummary } from '../../server/src/interviewProtocol';

/** The summary of a note's newest version; undefined when the server does not check the document or is not running. */
export type FetchSummary = (uri: vscode.Uri) => Promise<InterviewSummary | undefined>;

/** `current` returns the client in use, which changes when the server restarts. */
export function summaryFetcher(current: () => LanguageClient | undefined): FetchSummary {
  return async (uri) => {
    const client = current();
    if (!client) return undefined;
    try {
      const summary = await client.sendRequest<InterviewSummary | null>(INTERVIEW_SUMMARY_REQUEST, { uri: client.code2ProtocolConverter.asUri(uri) });
      return summary ?? undefined;
    } catch {
      // A server that is stopping or restarting has no summary; the next diagnostics bring a new one.
      return undefined;
    }
  };
}
