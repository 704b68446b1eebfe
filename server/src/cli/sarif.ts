// `casewise lint --format sarif`: SARIF 2.1.0 for code-scanning dashboards and
// audit tools. One run; every rule in tool.driver.rules; each finding a result
// with its level, message and region, and its preferred fix as a SARIF fix.
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, Range } from 'vscode-languageserver-types';
import { analyze, isLintable, parse } from '../analyze';
import { docsUrl, fixesOf, toDiagnostic } from '../fixes';
import { EMPTY_METRICS, type FileResult, type JsonDiagnostic, type LintOptions } from './lint';
import { RULES } from '../rules';
import type { Rule } from '../rules/types';
import type { Settings } from '../settings';

/** Where each rule's page is published; package.json's repository, checked by a test. */
export const DOCS_BASE = 'https://github.com/casewise/casewise/blob/main/docs/rules/';
const INFORMATION_URI = 'https://github.com/casewise/casewise';
const SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
const SRCROOT = '%SRCROOT%';

type Level = 'error' | 'warning' | 'note';
const LEVELS: Record<number, Level> = { 1: 'error', 2: 'warning', 3: 'note', 4: 'note' };
const LEVEL_OF_SEVERITY = { error: 'error', warning: 'warning', information: 'note', hint: 'note' } as const;
const SEVERITY_NAMES = ['error', 'error', 'warning', 'information', 'hint'] as const;

interface SarifRegion {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

interface ArtifactLocation {
  uri?: string;
  uriBaseId?: string;
  description?: { text: string };
}

/** The SARIF results of one file, kept until the log is written. */
interface FileResults {
  location: ArtifactLocation;
  results: object[];
}

/** A file's results, and its plain FileResult for the exit status. */
export interface SarifFile extends FileResult {
  sarif: FileResults;
}

const region = (r: Range): SarifRegion => ({
  startLine: r.start.line + 1,
  startColumn: r.start.character + 1,
  endLine: r.end.line + 1,
  endColumn: r.end.character + 1,
});

/** A file as SARIF names it: relative to the current folder (under %SRCROOT%) when it is inside it, else a file URL. */
export function artifactLocation(file: string, cwd: string): ArtifactLocation {
  if (file === '<stdin>') return { description: { text: 'standard input' } };
  const rel = isAbsolute(file) ? relative(cwd, file) : file;
  if (rel.startsWith('..') || isAbsolute(rel)) return { uri: pathToFileURL(isAbsolute(file) ? file : join(cwd, file)).href };
  return { uri: rel.split(sep).join('/').split('/').map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

function toResult(d: Diagnostic, location: ArtifactLocation, ruleIndex: Map<string, number>): object {
  const rule = String(d.code);
  const preferred = fixesOf(d).find((f) => f.preferred && f.allow === undefined && f.edits.length > 0);
  return {
    ruleId: rule,
    ...(ruleIndex.has(rule) ? { ruleIndex: ruleIndex.get(rule) } : {}),
    level: LEVELS[d.severity ?? 2],
    message: { text: d.message },
    locations: [{ physicalLocation: { artifactLocation: location, region: region(d.range) } }],
    ...(preferred
      ? {
          fixes: [
            {
              description: { text: preferred.title },
              artifactChanges: [
                {
                  artifactLocation: location,
                  replacements: preferred.edits.map((e) => ({ deletedRegion: region(e.range), insertedContent: { text: e.newText } })),
                },
              ],
            },
          ],
        }
      : {}),
  };
}

/** Lints one note as lintText does, keeping what SARIF needs (the preferred fix, which the JSON leaves out). */
export function sarifLint(file: string, text: string, languageId: string, settings: Settings, cwd: string, options: LintOptions = {}): SarifFile {
  const note = parse(text, settings);
  const recordedFallback = options.modified && { at: options.modified, from: 'modified' as const };
  const findings = isLintable(languageId, note, settings) ? (analyze(note, settings, { now: options.now, recordedFallback }) ?? []) : [];
  const fmEnd = note.frontMatter?.closed ? note.frontMatter.span.end : 0;
  const diagnostics = findings.map((f) => toDiagnostic(f, note.lines, fmEnd));
  const location = artifactLocation(file, cwd);
  return {
    file,
    // Only the rule and severity are read (for the exit status and the summary); the SARIF carries the rest.
    diagnostics: diagnostics.map(
      (d): JsonDiagnostic => ({
        rule: String(d.code),
        severity: SEVERITY_NAMES[d.severity ?? 2],
        line: d.range.start.line + 1,
        column: d.range.start.character + 1,
        endLine: d.range.end.line + 1,
        endColumn: d.range.end.character + 1,
        message: d.message,
        fixes: [],
      }),
    ),
    metrics: EMPTY_METRICS,
    sarif: { location, results: diagnostics.map((d) => toResult(d, location, RULE_INDEX)) },
  };
}

const RULE_INDEX = new Map(RULES.map((r, i) => [r.id, i]));

const pascal = (id: string) => id.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase());

/** The first paragraph of the rule's docs page (what it flags), when the docs are beside the program. */
function docsIntro(rule: Rule): string | undefined {
  try {
    const path = new URL(docsUrl(rule.id));
    if (!existsSync(path)) return undefined;
    const paragraphs = readFileSync(path, 'utf8').split(/\r?\n\s*\r?\n/);
    return paragraphs.find((p) => !p.startsWith('#'))?.replace(/\s+/g, ' ').trim();
  } catch {
    return undefined;
  }
}

/** tool.driver.rules: every rule, whether or not it fired, so a dashboard can show what was checked. */
export function sarifRules(): object[] {
  return RULES.map((rule) => {
    const helpUri = `${DOCS_BASE}${rule.id}.md`;
    const intro = docsIntro(rule) ?? rule.summary;
    return {
      id: rule.id,
      name: pascal(rule.id),
      shortDescription: { text: rule.summary },
      fullDescription: { text: intro },
      helpUri,
      help: {
        text: `${intro} ${rule.summary} Principle: ${rule.principle}. More: ${helpUri}`,
        markdown: `${intro}\n\n**Principle:** ${rule.principle}. ${rule.summary}\n\n[Read more about ${rule.id}](${helpUri})`,
      },
      defaultConfiguration: { level: LEVEL_OF_SEVERITY[rule.defaultSeverity] },
      properties: { principle: rule.principle, tags: ['case-notes', rule.principle] },
    };
  });
}

/** The whole SARIF log for a lint run. Files that could not be read become tool execution notifications. */
export function formatSarif(files: readonly (SarifFile | FileResult)[], cwd: string, version: string): string {
  const unreadable = files.filter((f) => f.error);
  const log = {
    $schema: SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Casewise',
            fullName: 'Casewise: Case Notes & Interviews',
            version,
            informationUri: INFORMATION_URI,
            rules: sarifRules(),
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(cwd).href.replace(/\/?$/, '/') } },
        invocations: [
          {
            executionSuccessful: unreadable.length === 0,
            toolExecutionNotifications: unreadable.map((f) => ({
              level: 'error',
              message: { text: `${f.file} ${f.error}` },
              locations: [{ physicalLocation: { artifactLocation: artifactLocation(f.file, cwd) } }],
            })),
          },
        ],
        columnKind: 'utf16CodeUnits',
        results: files.flatMap((f) => ('sarif' in f ? f.sarif.results : [])),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
