// What the record status counts, without VS Code: the Casewise diagnostics
// that say a note is incomplete, and whether a document is a note at all
// (DESIGN.md §1: a casenote, or Markdown with Casewise front matter).

/** The rules whose findings mean something is missing from the record. */
export const RECORD_RULES: readonly string[] = ['missing-field', 'missing-section', 'empty-section', 'placeholder'];

/** The parts of a vscode.Diagnostic this module reads. */
export interface DiagnosticLike {
  source?: string;
  code?: string | number | { value: string | number };
  message: string;
  range: { start: { line: number; character: number } };
}

/** A diagnostic's rule ID, whether the code is plain or carries a docs link. */
export const ruleOf = (d: DiagnosticLike) => String(typeof d.code === 'object' ? d.code.value : d.code);

/** The note's gaps: Casewise's missing-field, missing-section, empty-section and placeholder diagnostics, top to bottom. */
export function recordGaps<D extends DiagnosticLike>(diagnostics: readonly D[]): D[] {
  return diagnostics
    .filter((d) => d.source === 'casewise' && RECORD_RULES.includes(ruleOf(d)))
    .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

/** The status bar's words: "Record complete" or "Record: 2 missing". */
export const recordStatusText = (gaps: number) => (gaps === 0 ? 'Record complete' : `Record: ${gaps} missing`);

/** What decides whether Casewise checks a document. */
export interface NoteCheck {
  languages: readonly string[];
  lintAllMarkdown: boolean;
  /** Format names the client knows (built-in and from settings), any case. */
  formatNames: readonly string[];
}

/**
 * Whether Casewise treats the document as a note: a checked casenote, or a
 * checked Markdown file whose front matter has a `casewise:` key or a
 * `format:` naming a known format (or any Markdown with lintAllMarkdown).
 */
export function isCaseNote(languageId: string, text: string, check: NoteCheck): boolean {
  if (!check.languages.includes(languageId)) return false;
  if (languageId !== 'markdown') return languageId === 'casenote';
  if (check.lintAllMarkdown) return true;
  const fm = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
  if (!fm) return false;
  if (/^casewise[ \t]*:/m.test(fm[1])) return true;
  const format = formatValue(fm[1])?.toLowerCase();
  return !!format && check.formatNames.some((n) => n.toLowerCase() === format);
}

/**
 * The value of a `format:` line: `format: SOAP`, `format: "SOAP" # comment`.
 * In steps, because one pattern with a lazy value before "[ \t]*(?:#.*)?$"
 * re-read a long run of tabs from every position (a `format:` line of 40,000
 * tabs stalled the editor for seconds).
 */
function formatValue(frontMatter: string): string | undefined {
  const line = /^format[ \t]*:(.*)$/m.exec(frontMatter);
  if (!line) return undefined;
  const value = /^[ \t]*["']?([^"'#\r\n]*)/.exec(line[1])!;
  const rest = line[1].slice(value[0].length);
  return /^["']?[ \t]*(?:#.*)?$/.test(rest) ? value[1].trim() : undefined;
}
