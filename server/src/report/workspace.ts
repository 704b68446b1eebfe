// The caseload report for the editor (`casewise/caseloadReport`): the same
// summaries and page as `casewise report`, over the workspace's notes, with
// the settings that apply to each (workspace trust included). Yields between
// notes, so that the server keeps answering while it reads ten thousand, and
// stops when the request is cancelled.
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze, isLintable, parse } from '../analyze';
import { decodeNote, languageOf } from '../cli/files';
import type { CaseloadReportParams, CaseloadReportResponse } from '../reportProtocol';
import type { Settings } from '../settings';
import { aggregate, DEFAULT_REPORT_OPTIONS } from './aggregate';
import { reportHtml } from './html';
import { maskShapes, summarizeNote, type NoteSummary } from './summarize';

export interface WorkspaceReportContext {
  /** The settings for a note's URI. Called once per folder of notes. */
  settingsFor(uri: string): Promise<Settings>;
  /** An open document's text and language, which may be newer than the file. */
  openDocument(uri: string): { text: string; languageId: string } | undefined;
  isCancelled(): boolean;
  version: string;
}

const YIELD_EVERY = 25;

export async function workspaceReport(params: CaseloadReportParams, context: WorkspaceReportContext): Promise<CaseloadReportResponse | null> {
  if (!Array.isArray(params?.files) || typeof params.nonce !== 'string') return null;
  const folders = (Array.isArray(params.folders) ? params.folders : []).filter((f) => typeof f?.uri === 'string').map((f) => ({ uri: f.uri.replace(/\/?$/, '/'), name: String(f.name) }));
  const settingsByFolder = new Map<string, Promise<Settings>>();
  const settingsFor = (uri: string) => {
    const dir = uri.slice(0, uri.lastIndexOf('/'));
    let s = settingsByFolder.get(dir);
    if (!s) settingsByFolder.set(dir, (s = context.settingsFor(uri)));
    return s;
  };
  const summaries: NoteSummary[] = [];
  const unreadable: { path: string; error: string }[] = [];
  let skipped = 0;
  for (const [i, uri] of params.files.entries()) {
    if (i % YIELD_EVERY === 0) {
      await new Promise((resolve) => setImmediate(resolve));
      if (context.isCancelled()) return null;
    }
    if (typeof uri !== 'string' || !uri.startsWith('file:')) continue;
    const path = displayPath(uri, folders);
    const file = fileURLToPath(uri);
    let modified: Date | undefined;
    let text: string;
    const open = context.openDocument(uri);
    try {
      modified = statSync(file).mtime;
    } catch {
      modified = undefined;
    }
    if (open) text = open.text;
    else {
      let decoded: { text: string } | { error: string };
      try {
        decoded = decodeNote(readFileSync(file));
      } catch (e) {
        decoded = { error: `could not be read (${(e as NodeJS.ErrnoException).code ?? 'unknown error'})` };
      }
      if ('error' in decoded) {
        unreadable.push({ path: maskShapes(path), error: decoded.error });
        continue;
      }
      text = decoded.text;
    }
    const settings = await settingsFor(uri);
    const language = open?.languageId ?? languageOf(file);
    const note = parse(text, settings);
    if (!isLintable(language, note, settings)) {
      if (language === 'markdown') skipped++;
      continue;
    }
    const findings = analyze(note, settings, { recordedFallback: modified && { at: modified, from: 'modified' } }) ?? [];
    summaries.push(summarizeNote(note, findings, settings, { path, target: uri, modified }));
  }
  const report = aggregate(summaries, unreadable, skipped, { ...DEFAULT_REPORT_OPTIONS, byWorker: params.byWorker === true });
  return {
    html: reportHtml(report, { nonce: params.nonce, mode: 'webview', generatedAt: new Date(), version: context.version }),
    notes: report.notes,
    findings: report.findings,
  };
}

/** The note's path within its workspace folder, with the folder's name first when there are several. */
function displayPath(uri: string, folders: readonly { uri: string; name: string }[]): string {
  const folder = folders.filter((f) => uri.startsWith(f.uri)).sort((a, b) => b.uri.length - a.uri.length)[0];
  const rel = folder ? decodeURIComponent(uri.slice(folder.uri.length)) : fileURLToPath(uri);
  return folder && folders.length > 1 ? `${folder.name}/${rel}` : rel;
}
