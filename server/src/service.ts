import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { analyze, isLintable, parse } from './analyze';
import { allowInConfigFile, CONFIG_FILE, findConfigFile, loadConfigFile, type WorkspaceConfig } from './config';
import { LineIndex } from './document/lines';
import type { Note } from './document/note';
import { toDiagnostic, toRange } from './fixes';
import { normalize, type Settings } from './settings';

/**
 * The server's per-document work: read settings (cached per document),
 * lint the newest version only, and publish. Holds the diagnostics it last
 * published so that hover and "fix all" read them instead of re-analysing.
 */
export class LintService {
  private readonly settingsCache = new Map<string, Promise<Settings>>();
  private readonly published = new Map<string, Diagnostic[]>();
  /** The note each open document was last parsed into, with its version: the outline reads it. */
  private readonly parsed = new Map<string, { version: number; note: Note }>();
  private readonly scheduled = new Set<string>();
  private readonly reported = new Set<string>();
  /** When each open note was first seen: when it was written, if it has no `recorded:` (DESIGN.md §2). */
  private readonly openedAt = new Map<string, Date>();
  /** Parsed .casewise.json files by path; cleared when one changes. */
  private readonly configs = new Map<string, WorkspaceConfig>();
  /** Workspace folder URIs, to know where a new .casewise.json belongs. */
  workspaceFolders: string[] = [];
  /** Settings pushed with didChangeConfiguration, for clients without workspace/configuration. */
  private pushedSettings: unknown;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly canPullConfiguration: () => boolean,
  ) {}

  diagnosticsFor(uri: string): readonly Diagnostic[] {
    return this.published.get(uri) ?? [];
  }

  /** Lints on the next turn of the event loop, so a burst of edits is linted once, at its newest version. */
  schedule(uri: string): void {
    if (this.scheduled.has(uri)) return;
    this.scheduled.add(uri);
    setImmediate(() => {
      this.scheduled.delete(uri);
      const doc = this.documents.get(uri);
      if (doc) void this.lint(doc);
    });
  }

  configurationChanged(pushed: unknown): void {
    this.pushedSettings = pushed;
    this.configFileChanged();
  }

  /** A .casewise.json was created, changed or deleted: re-read configuration and re-lint. */
  configFileChanged(): void {
    this.configs.clear();
    this.settingsCache.clear();
    for (const doc of this.documents.all()) this.schedule(doc.uri);
  }

  /**
   * "Allow 'X' in this workspace": adds the term to the nearest .casewise.json,
   * or creates one at the root of the note's workspace folder, then re-lints.
   */
  allowInWorkspace(uri: string, term: string): void {
    if (!uri.startsWith('file:')) return;
    const dir = dirname(fileURLToPath(uri));
    const folder = this.workspaceFolders
      .filter((f) => f.startsWith('file:'))
      .map((f) => fileURLToPath(f))
      .filter((f) => dir === f || dir.startsWith(f.endsWith('/') ? f : f + '/'))
      .sort((a, b) => b.length - a.length)[0];
    const path = findConfigFile(dir) ?? join(folder ?? dir, CONFIG_FILE);
    try {
      if (allowInConfigFile(path, term)) {
        void this.connection.window.showInformationMessage(`Casewise will no longer flag "${term}" in this workspace. The word was added to the allow list in ${path}.`);
      }
    } catch (e) {
      void this.connection.window.showErrorMessage(`Casewise could not update ${path}: ${(e as Error).message}`);
      return;
    }
    this.configFileChanged();
  }

  /** The parsed note of an open document, reusing the last lint's parse when the version matches. */
  async noteFor(uri: string): Promise<Note | undefined> {
    const doc = this.documents.get(uri);
    if (!doc) return undefined;
    const last = this.parsed.get(uri);
    if (last?.version === doc.version) return last.note;
    const note = parse(doc.getText(), await this.settingsFor(uri));
    this.parsed.set(uri, { version: doc.version, note });
    return note;
  }

  closed(uri: string): void {
    this.parsed.delete(uri);
    this.settingsCache.delete(uri);
    this.published.delete(uri);
    this.openedAt.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  private async lint(doc: TextDocument): Promise<void> {
    const { uri, version } = doc;
    if (!this.openedAt.has(uri)) this.openedAt.set(uri, new Date());
    const settings = await this.settingsFor(uri);
    const isStale = () => this.documents.get(uri)?.version !== version;
    if (isStale()) return;
    const started = Date.now();
    const note = parse(doc.getText(), settings);
    this.parsed.set(uri, { version, note });
    let diagnostics: Diagnostic[] = [];
    if (isLintable(doc.languageId, note, settings)) {
      const findings = analyze(note, settings, {
        isCancelled: isStale,
        recordedFallback: { at: this.openedAt.get(uri)!, from: 'opened' },
        // The stack names code, never note text.
        onRuleError: (rule, e) => this.connection.console.error(`The ${rule} rule failed and was skipped: ${(e as Error).stack ?? String(e)}`),
      });
      if (!findings || isStale()) return;
      const fmEnd = note.frontMatter?.closed ? note.frontMatter.span.end : 0;
      diagnostics = findings.map((f) => toDiagnostic(f, note.lines, fmEnd));
    }
    this.published.set(uri, diagnostics);
    // Counts and timings only: note text never goes to the log.
    this.connection.console.log(`Checked a note (version ${version}): ${diagnostics.length} findings in ${Date.now() - started} ms.`);
    await this.connection.sendDiagnostics({ uri, version, diagnostics });
  }

  private settingsFor(uri: string): Promise<Settings> {
    let cached = this.settingsCache.get(uri);
    if (!cached) {
      cached = this.readSettings(uri);
      this.settingsCache.set(uri, cached);
    }
    return cached;
  }

  private async readSettings(uri: string): Promise<Settings> {
    let raw: unknown = (this.pushedSettings as { casewise?: unknown } | undefined)?.casewise;
    if (this.canPullConfiguration()) {
      try {
        raw = await this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'casewise' });
      } catch {
        raw = undefined;
      }
    }
    for (const p of normalize(raw).problems) {
      if (this.reported.has(p.message)) continue;
      this.reported.add(p.message);
      void this.connection.window.showWarningMessage(`Casewise setting problem: ${p.message}`);
    }
    return normalize(raw, this.workspaceConfigFor(uri)?.raw).settings;
  }

  private workspaceConfigFor(uri: string): WorkspaceConfig | undefined {
    if (!uri.startsWith('file:')) return undefined;
    const path = findConfigFile(dirname(fileURLToPath(uri)));
    if (!path) return undefined;
    let config = this.configs.get(path);
    if (!config) {
      config = loadConfigFile(path);
      this.configs.set(path, config);
      void this.publishConfigProblems(path, config);
    }
    return config;
  }

  /** One diagnostic per problem, on the config file itself. */
  private async publishConfigProblems(path: string, config: WorkspaceConfig): Promise<void> {
    const lines = new LineIndex(config.text);
    const diagnostics: Diagnostic[] = config.problems.map((p) => ({
      range: toRange(lines, p.start, p.end),
      severity: 2,
      source: 'casewise',
      message: p.message,
    }));
    await this.connection.sendDiagnostics({ uri: pathToFileURL(path).href, diagnostics });
  }
}
