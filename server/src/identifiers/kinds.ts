// The kinds of identifier Casewise finds, read from the table a privacy
// officer can review (rules/data/identifier-kinds.json).
import table from '../rules/data/identifier-kinds.json';

export interface KindInfo {
  kind: string;
  /** In a sentence: "a Social Security number". */
  name: string;
  /** What "Redact" writes in its place. */
  redactAs: string;
  /** Whether agencies commonly keep the last 4 digits (SSN, card, account, phone). */
  keepLast4: boolean;
  /** The HIPAA Safe Harbor item, 45 CFR 164.514(b)(2)(i). */
  safeHarbor: string;
  example: string;
}

export const KINDS: readonly KindInfo[] = table;

/** Every kind ID, in table order: ssn, phone, fax, email, … */
export const IDENTIFIER_KINDS: readonly string[] = KINDS.map((k) => k.kind);

const BY_KIND = new Map(KINDS.map((k) => [k.kind, k]));

export function kindInfo(kind: string): KindInfo {
  const info = BY_KIND.get(kind);
  if (!info) throw new Error(`unknown identifier kind ${kind}`);
  return info;
}

/**
 * The value with every digit and letter but the last 4 digits masked,
 * separators kept: "123-45-6789" → "***-**-6789". Undefined when there are
 * no more than 4 digits, so nothing would be hidden.
 */
export function keepLast4(value: string): string | undefined {
  // A phone extension is masked whole; the last 4 digits kept are the number's own.
  const ext = /[ \t,]*(?:ext\.?|extension|x)[ \t]*\d{1,6}$/i.exec(value);
  const main = ext ? value.slice(0, ext.index) : value;
  if (main.replace(/\D/g, '').length <= 4) return undefined;
  let seen = 0;
  let out = '';
  for (let i = main.length - 1; i >= 0; i--) {
    const c = main[i];
    const digit = c >= '0' && c <= '9';
    if (digit) seen++;
    out = (digit && seen <= 4 ? c : digit || /[A-Za-z]/.test(c) ? '*' : c) + out;
  }
  return out + (ext ? ext[0].replace(/\d/g, '*') : '');
}
