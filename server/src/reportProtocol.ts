// The `casewise/caseloadReport` request, shared by the server and the VS Code
// client's "Caseload Report". Types and names only: the client bundles this
// file, so it must not import the parser, the rules or the report code (the
// server reads the notes and writes the page).

/** The request: CaseloadReportParams → CaseloadReportResponse, or null when cancelled. */
export const CASELOAD_REPORT_REQUEST = 'casewise/caseloadReport';

/** The client command that opens the report. */
export const SHOW_CASELOAD_REPORT = 'casewise.showCaseloadReport';

export interface CaseloadReportParams {
  /** The notes to read, as file URIs (the client finds them, honouring files.exclude). An open note's unsaved text is used. */
  files: string[];
  /** The workspace folders, so that paths show relative to their folder. */
  folders: { uri: string; name: string }[];
  /** A table per worker (the `worker:` field). */
  byWorker?: boolean;
  /** The nonce that the page's style sheet and script carry (the webview's CSP allows only them). */
  nonce: string;
}

export interface CaseloadReportResponse {
  /** The whole page, for the webview. Its links carry the notes' URIs (data-target) and lines (data-line). */
  html: string;
  notes: number;
  findings: number;
}

/** What the page posts when a note's link is clicked. */
export interface OpenNoteMessage {
  type: 'open';
  target: string;
  line: number;
}
