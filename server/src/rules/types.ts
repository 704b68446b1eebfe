import type { Note } from '../document/note';
import type { Settings, Severity } from '../settings';

/** A text change, as offsets into the note. An insert has start === end. */
export interface Edit {
  start: number;
  end: number;
  newText: string;
}

/**
 * A quick fix. `replace` is shorthand for one edit over the finding's own
 * range; `edits` is for anything else (inserts elsewhere, several edits).
 */
export interface Fix {
  title: string;
  replace?: string;
  edits?: Edit[];
  preferred?: boolean;
  /**
   * The current time as the edits write it (formatStamp). The editor writes
   * the time the fix is applied instead, so that a fix never backdates.
   */
  stamp?: string;
}

/** What a rule reports: where, what, and how to fix it. */
export interface Finding {
  start: number;
  end: number;
  message: string;
  fixes: Fix[];
  /** The word or phrase found, when a team could choose to allow it in their workspace. */
  term?: string;
}

/** A finding with the rule and severity attached, as analyze() returns it. */
export interface RuledFinding extends Finding {
  rule: string;
  severity: Exclude<Severity, 'off'>;
}

/** When the note was written, when it has no `recorded:` field: the CLI's file time, the editor's opening time. */
export interface RecordedFallback {
  at: Date;
  from: 'modified' | 'opened';
}

/** What a rule may know beyond the note and the settings. Given, never read from the clock, so that tests can fix it. */
export interface RuleContext {
  now: Date;
  recordedFallback?: RecordedFallback;
}

/** A rule is data plus one pure function (STYLE.md, principle 1). */
export interface Rule {
  id: string;
  principle: string;
  defaultSeverity: Exclude<Severity, 'off'>;
  /** One sentence for hover, SARIF and the CLI: what the rule asks for. */
  summary: string;
  /**
   * True when the findings inside a block depend only on that block's text and
   * its context (front matter, section, kind, speaker), so analyze() may reuse
   * them while the block is unchanged and run the rule on the changed blocks
   * alone: `check` then sees a note whose `blocks` hold only those. Findings
   * outside every block (in the front matter) are always taken fresh.
   */
  local?: boolean;
  check(note: Note, settings: Settings, context: RuleContext): Finding[];
}
