import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { analyze, isLintable, parse } from './analyze';
import { toDiagnostic } from './fixes';
import { normalize, type Settings } from './settings';

/**
 * The server's per-document work: read settings (cached per document),
 * lint the newest version only, and publish. Holds the diagnostics it last
 * published so that hover and "fix all" read them instead of re-analysing.
 */
export class LintService {
  private readonly settingsCache = new Map<string, Promise<Settings>>();
  private readonly published = new Map<string, Diagnostic[]>();
  private readonly scheduled = new Set<string>();
  private readonly reported = new Set<string>();
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
    this.settingsCache.clear();
    for (const doc of this.documents.all()) this.schedule(doc.uri);
  }

  closed(uri: string): void {
    this.settingsCache.delete(uri);
    this.published.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  private async lint(doc: TextDocument): Promise<void> {
    const { uri, version } = doc;
    const settings = await this.settingsFor(uri);
    const isStale = () => this.documents.get(uri)?.version !== version;
    if (isStale()) return;
    const started = Date.now();
    const note = parse(doc.getText(), settings);
    let diagnostics: Diagnostic[] = [];
    if (isLintable(doc.languageId, note, settings)) {
      const findings = analyze(note, settings, { isCancelled: isStale });
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
    const { settings, problems } = normalize(raw);
    for (const p of problems) {
      if (this.reported.has(p.message)) continue;
      this.reported.add(p.message);
      void this.connection.window.showWarningMessage(`Casewise setting problem: ${p.message}`);
    }
    return settings;
  }
}
