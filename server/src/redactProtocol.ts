// The `casewise/redact` request, shared by the server and the VS Code client's
// "Export Redacted Copy". Types only: the client bundles this file, so it must
// not import the parser or the rules (the server does the redaction, with the
// settings that apply to the note, workspace trust included).
import type { NameMode } from './redact';

export type { NameMode };

/** The request: RedactParams → RedactResponse, or null (see `onlyIfChecked`). */
export const REDACT_REQUEST = 'casewise/redact';

export interface RedactParams {
  /** Where the note lives: its settings and .casewise.json are the ones for this URI. The file is not read. */
  uri: string;
  /** The note's text, as the editor has it. */
  text: string;
  /** "casenote" or "markdown". */
  languageId: string;
  /** Default "keep". */
  names?: NameMode;
  /** Answer null for a file Casewise would not check (Markdown without Casewise front matter), as a folder export skips it. */
  onlyIfChecked?: boolean;
}

export interface RedactResponse {
  /** The redacted copy. */
  text: string;
  /** How many identifiers and how many mentions of names were replaced. */
  identifiers: number;
  names: number;
}
