import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { analyze, isLintable, parse } from './analyze';
import { allowInConfigFile, CONFIG_FILE, findConfigFile, loadConfigFile, type WorkspaceConfig } from './config';
import { LineIndex } from './document/lines';
import type { Note } from './document/note';
import { FIX_ALL_KIND, fixAllEdits, toDiagnostic, toRange } from './fixes';
import { NAME_MODES, redactNote } from './redact';
import type { RedactParams, RedactResponse } from './redactProtocol';
import type { RuledFinding } from './rules/types';
import { normalize, type Settings } from './settings';

/** One lint of a document version: the note it parsed and what the rules found. */
export interface Linted {
  version: number;
  note: Note;
  /** False for a document Casewise does not check (isLintable), such as Markdown without Casewise front matter. */
  lintable: boolean;
  findings: readonly RuledFinding[];
}

/** How long lintedFor waits for a lint that is under way before it gives up. */
const LINT_WAIT_MS = 10_000;

/**
 * The server's per-document work: read settings (cached per document),
 * lint the newest version only, and publish. Holds the diagnostics it last
 * published so that hover and "fix all" read them instead of re-analysing.
 */
export class LintService {
  private readonly settingsCache = new Map<string, Promise<Settings>>();
  private readonly published = new Map<string, Diagnostic[]>();
  /** The note each open document was last parsed into, with its version and settings: the outline and the lint share it. */
  private readonly parsed = new Map<string, { version: number; settings: Settings; note: Note }>();
  /** The last completed lint of each open document: the interview summary and code lens read it instead of re-linting. */
  private readonly linted = new Map<string, Linted>();
  /** Callers of lintedFor waiting for a lint of a newer version. */
  private readonly lintWaiters = new Map<string, (() => void)[]>();
  /** Told when an unchanged document was linted again (settings or .casewise.json changed), so figures derived from it can refresh. */
  onRelinted: () => void = () => {};
  private readonly scheduled = new Set<string>();
  private readonly reported = new Set<string>();
  /** When each open note was first seen: when it was written, if it has no `recorded:` (DESIGN.md §2). */
  private readonly openedAt = new Map<string, Date>();
  /** Parsed .casewise.json files by path; cleared when one changes. */
  private readonly configs = new Map<string, WorkspaceConfig>();
  /** Workspace folder URIs, to know where a new .casewise.json belongs. */
  workspaceFolders: string[] = [];
  /**
   * False when the client says the workspace is not trusted (VS Code's
   * initializationOptions.workspaceTrusted). A .casewise.json is then not
   * applied: its allow lists could hide findings. Clients that say nothing are trusted.
   */
  workspaceTrusted = true;
  /** The .casewise.json files already reported as not applied in an untrusted workspace. */
  private readonly untrustedConfigs = new Set<string>();
  /** Settings pushed with didChangeConfiguration, for clients without workspace/configuration. */
  private pushedSettings: unknown;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly canPullConfiguration: () => boolean,
  ) {}

  /**
   * "Fix all" for an open note: every preferred fix, applied until nothing is
   * left to fix (fixAllEdits), as one action. The first pass reads the
   * diagnostics already published for this version.
   */
  async fixAll(uri: string): Promise<CodeAction | undefined> {
    const doc = this.documents.get(uri);
    if (!doc) return undefined;
    const settings = await this.settingsFor(uri);
    const recordedFallback = { at: this.openedAt.get(uri) ?? new Date(), from: 'opened' as const };
    const lint = (text: string): Diagnostic[] => {
      const note = parse(text, settings);
      if (!isLintable(doc.languageId, note, settings)) return [];
      const fmEnd = note.frontMatter?.closed ? note.frontMatter.span.end : 0;
      return (analyze(note, settings, { recordedFallback }) ?? []).map((f) => toDiagnostic(f, note.lines, fmEnd));
    };
    const current = this.linted.get(uri)?.version === doc.version ? this.published.get(uri) : undefined;
    const edits = fixAllEdits(doc.getText(), lint, current);
    if (edits.length === 0) return undefined;
    return { title: 'Fix all Casewise problems that have a preferred fix', kind: FIX_ALL_KIND, edit: { changes: { [uri]: edits } } };
  }

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
      if (doc) void this.lint(doc).catch((e: unknown) => this.lintFailed(doc, e));
    });
  }

  /**
   * A lint that threw (a parser bug on some input): the server stays up, the
   * note gets one diagnostic that says so, and the log gets the stack (code
   * locations, never note text). Unhandled, the rejection would end the process.
   */
  private lintFailed(doc: TextDocument, e: unknown): void {
    this.connection.console.error(`Casewise could not check a note (version ${doc.version}): ${(e as Error)?.stack ?? String(e)}`);
    if (this.documents.get(doc.uri)?.version !== doc.version) return;
    const start = { line: 0, character: 0 };
    const diagnostics: Diagnostic[] = [
      { range: { start, end: start }, severity: 3, source: 'casewise', message: 'Casewise could not check this note because of an internal error. Nothing in the note was changed. The details are in the Casewise output; please report them.' },
    ];
    this.published.set(doc.uri, []);
    void this.connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics });
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
    if (!this.workspaceTrusted) {
      void this.connection.window.showInformationMessage(`This workspace is not trusted, so Casewise does not apply ${CONFIG_FILE}; "${term}" was not added. Trust the workspace first.`);
      return;
    }
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
    return this.parseOf(doc, await this.settingsFor(uri));
  }

  /**
   * The document parsed with `settings`, once per version: the outline and
   * folding, which VS Code asks for after each change, and the lint share it
   * (a 1 MB note takes 20 ms or more to parse).
   */
  private parseOf(doc: TextDocument, settings: Settings): Note {
    const last = this.parsed.get(doc.uri);
    if (last?.version === doc.version && last.settings === settings) return last.note;
    const note = parse(doc.getText(), settings);
    this.parsed.set(doc.uri, { version: doc.version, settings, note });
    return note;
  }

  /**
   * The last lint of the document's current version, waiting for it if it is
   * still under way; undefined when the document is not open. After
   * LINT_WAIT_MS it settles for the newest lint it has.
   */
  async lintedFor(uri: string): Promise<Linted | undefined> {
    const deadline = Date.now() + LINT_WAIT_MS;
    for (;;) {
      const doc = this.documents.get(uri);
      if (!doc) return undefined;
      const last = this.linted.get(uri);
      const left = deadline - Date.now();
      if (last?.version === doc.version || left <= 0) return last;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        const waiters = this.lintWaiters.get(uri) ?? [];
        waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
        this.lintWaiters.set(uri, waiters);
      });
    }
  }

  closed(uri: string): void {
    this.linted.delete(uri);
    this.wakeWaiters(uri);
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
    const note = this.parseOf(doc, settings);
    let diagnostics: Diagnostic[] = [];
    let found: RuledFinding[] = [];
    const lintable = isLintable(doc.languageId, note, settings);
    if (lintable) {
      const findings = analyze(note, settings, {
        isCancelled: isStale,
        recordedFallback: { at: this.openedAt.get(uri)!, from: 'opened' },
        document: uri,
        // The stack names code, never note text.
        onRuleError: (rule, e) => this.connection.console.error(`The ${rule} rule failed and was skipped: ${(e as Error).stack ?? String(e)}`),
      });
      if (!findings || isStale()) return;
      found = findings;
      const fmEnd = note.frontMatter?.closed ? note.frontMatter.span.end : 0;
      diagnostics = findings.map((f) => toDiagnostic(f, note.lines, fmEnd));
    }
    this.published.set(uri, diagnostics);
    const relinted = this.linted.get(uri)?.version === version;
    this.linted.set(uri, { version, note, lintable, findings: found });
    this.wakeWaiters(uri);
    // Counts and timings only: note text never goes to the log.
    this.connection.console.log(`Checked a note (version ${version}): ${diagnostics.length} findings in ${Date.now() - started} ms.`);
    await this.connection.sendDiagnostics({ uri, version, diagnostics });
    if (relinted) this.onRelinted();
  }

  private wakeWaiters(uri: string): void {
    const waiters = this.lintWaiters.get(uri) ?? [];
    this.lintWaiters.delete(uri);
    for (const wake of waiters) wake();
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

  /** The settings for any URI, open or not: the caseload report reads notes that are not open. Not cached. */
  settingsForUri(uri: string): Promise<Settings> {
    return this.readSettings(uri);
  }

  /**
   * A redacted copy of a note's text (the "Export Redacted Copy" command), with
   * the settings that apply to its URI, so workspace trust holds here too.
   */
  async redact(params: RedactParams): Promise<RedactResponse | null> {
    if (typeof params?.uri !== 'string' || typeof params.text !== 'string') return null;
    const settings = await this.readSettings(params.uri);
    if (params.onlyIfChecked && !isLintable(String(params.languageId), parse(params.text, settings), settings)) return null;
    const names = NAME_MODES.find((m) => m === params.names) ?? 'keep';
    const { text, identifiers, names: replaced } = redactNote(params.text, settings, { names });
    return { text, identifiers, names: replaced };
  }

  private workspaceConfigFor(uri: string): WorkspaceConfig | undefined {
    // A new, unsaved note belongs to the first workspace folder (New Case Note opens one).
    const home = uri.startsWith('file:') ? uri : this.workspaceFolders.find((f) => f.startsWith('file:'));
    if (!home) return undefined;
    const path = findConfigFile(uri.startsWith('file:') ? dirname(fileURLToPath(home)) : fileURLToPath(home));
    if (!path) return undefined;
    if (!this.workspaceTrusted) {
      this.reportUntrustedConfig(path);
      return undefined;
    }
    let config = this.configs.get(path);
    if (!config) {
      config = loadConfigFile(path);
      this.configs.set(path, config);
      void this.publishConfigProblems(path, config);
    }
    return config;
  }

  /** Says once, on the file and in a notice, that an untrusted workspace's .casewise.json is not applied. */
  private reportUntrustedConfig(path: string): void {
    if (this.untrustedConfigs.has(path)) return;
    this.untrustedConfigs.add(path);
    const message = `This workspace is not trusted, so Casewise does not apply this file: notes are checked with the built-in rules and your own settings. Trust the workspace to use it.`;
    const start = { line: 0, character: 0 };
    void this.connection.sendDiagnostics({ uri: pathToFileURL(path).href, diagnostics: [{ range: { start, end: start }, severity: 3, source: 'casewise', message }] });
    void this.connection.window.showInformationMessage(`Casewise is not applying ${path}, because this workspace is not trusted. Notes are checked with the built-in rules and your own settings.`);
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
