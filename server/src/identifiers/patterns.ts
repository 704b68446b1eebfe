// Identifiers that are recognisable by their shape alone: SSNs, phone
// numbers, email and web addresses, IP addresses and payment cards. Every
// pattern has fixed-size or bounded parts and no repetition inside a
// repetition, so matching stays linear; finer checks are done in code.

/** An identifier found in a stretch of text, as offsets into that text. */
export interface Candidate {
  start: number;
  end: number;
  kind: string;
  /** Which candidate wins where two overlap: a labelled value over a shape, a shape over a guess. */
  priority: number;
  /** Where its label starts, for a labelled value: of two labels for one value, the longer (earlier) one wins. */
  labelStart?: number;
  /** The team's name for it, for a match of a team pattern (identifiers.patterns). */
  name?: string;
}

/** A team's own pattern wins over everything: the team has said what that number is. */
export const PRIORITY = { team: 5, label: 4, shape: 3, genericLabel: 2, guess: 1 } as const;

const SSN = /(?<![\w-])(\d{3})([- ])(\d{2})\2(\d{4})(?![\w-])/g;
const NANP = /(?<![\w+-])(?:\+?1[ .-]?)?(?:\(\d{3}\)[ .-]?|\d{3}[ ./-])\d{3}[ .-]\d{4}(?![\w-])/g;
const LOCAL = /(?<![\w+$./-])[2-9]\d{2}-\d{4}(?![\w-])/g;
const INTERNATIONAL = /(?<![\w+])\+\d{1,3}[ .-]?\(?\d[\d ().-]{5,20}\d(?![\w])/g;
const EXTENSION = /[ \t]{0,2},?[ \t]{0,2}(?:ext\.?|extension|x)[ \t]{0,2}\d{1,6}(?![\w])/iy;
const EMAIL = /(?<![\w.%+-])[\w.%+-]{1,64}@[A-Za-z0-9.-]{1,253}/g;
const URL = /(?<![\w@/.-])(?:https?:\/\/|www\.)[^\s<>"'`]{1,2000}/gi;
const TLDS = 'com|org|net|edu|gov|mil|io|me|co|us|info|biz|tv|ly|app|page|site|online|uk|ca|au|mx|de|fr|link|social|blog|xyz';
const BARE_URL = new RegExp(`(?<![\\w@/.:-])[A-Za-z0-9][A-Za-z0-9.-]{0,250}\\.(?:${TLDS})\\/[^\\s<>"'\`]{0,2000}`, 'gi');
const IPV4 = /(?<![\w.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\w]|\.\d)/g;
const IPV6 = /(?<![\w:])[0-9A-Fa-f:]{3,39}(?![\w:])/g;
const CARD = /(?<![\w-])(?:\d{4}([ -]?)\d{4}\1\d{4}\1\d{1,7}|\d{4}([ -]?)\d{6}\2\d{4,5})(?![\w-])/g;
const HANDLE = /(?<![\w@.])@[A-Za-z0-9_][A-Za-z0-9_.]{1,29}/g;
// A long run of digits with at most a short letter prefix or suffix; not money, a decimal or a range.
const LONG_NUMBER = /(?<![\w$€£.,/:-])[A-Za-z]{0,3}\d{7,20}[A-Za-z]?(?![\w/:%]|[.,-]\d)/g;
// "MR-448192", "OFF-229183": capitals, a hyphen and 5 or more digits (never a scale such as "PHQ-9" or "ICD-10").
const PREFIXED_CODE = /(?<![\w-])[A-Z]{1,4}-\d{5,12}(?![\w-])/g;

// Words that say a number is a phone number; the nearest of phone or fax words decides which.
// "section 1.2.3.4" is a numbered part of a document, not an IP address.
const NUMBERED_PART = /(?:section|sect\.|sec\.|§|version|ver\.|v|step|item|chapter|rule|policy|standard|part|paragraph|para\.|clause)[ \t]*$/i;
const PHONE_CUE = /\b(?:phone|phones|cell|cellphone|mobile|tel|telephone|call|called|calls|calling|text|texted|texts|number|numbers|reach|reached|contact|voicemail|line|callback|ph|fax|faxed|faxes)\b/i;
const PHONE_OR_FAX = /\b(?:phone|phones|cell|cellphone|mobile|tel|telephone|call|called|calls|calling|text|texted|texts|voicemail|callback|(fax|faxed|faxes))\b/gi;

/** The identifiers in `text` found by shape. */
export function findByShape(text: string): Candidate[] {
  const out: Candidate[] = [];
  const add = (start: number, end: number, kind: string, priority: number = PRIORITY.shape) => out.push({ start, end, kind, priority });

  for (const m of text.matchAll(SSN)) {
    if (m[1] !== '000' && m[1] !== '666' && m[3] !== '00' && m[4] !== '0000') add(m.index, m.index + m[0].length, 'ssn');
  }
  for (const re of [NANP, INTERNATIONAL]) {
    for (const m of text.matchAll(re)) {
      const digits = m[0].replace(/\D/g, '');
      // Dashes, dots or brackets make a phone number whatever its digits ("555-123-4567"); spaces alone need a real area code and exchange.
      const ok = re === NANP ? /[-.()/]/.test(m[0]) || isNanp(digits.slice(-10)) : digits.length >= 8 && digits.length <= 15 && !/[ .-]{2}/.test(m[0]);
      if (!ok) continue;
      const end = withExtension(text, m.index + m[0].length);
      add(m.index, end, phoneOrFax(text, m.index));
    }
  }
  for (const m of text.matchAll(LOCAL)) {
    if (phoneCue(text, m.index)) add(m.index, withExtension(text, m.index + m[0].length), phoneOrFax(text, m.index));
  }
  for (const m of text.matchAll(EMAIL)) {
    const value = m[0].replace(/[.-]+$/, '');
    if (/@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}$/.test(value)) add(m.index, m.index + value.length, 'email');
  }
  for (const re of [URL, BARE_URL]) {
    for (const m of text.matchAll(re)) add(m.index, m.index + trimUrl(m[0]).length, 'url');
  }
  for (const m of text.matchAll(IPV4)) {
    const octets = [m[1], m[2], m[3], m[4]].every((o) => Number(o) <= 255 && (o.length === 1 || o[0] !== '0'));
    if (octets && !NUMBERED_PART.test(lookBack(text, m.index))) add(m.index, m.index + m[0].length, 'ip');
  }
  for (const m of text.matchAll(IPV6)) if (isIpv6(m[0])) add(m.index, m.index + m[0].length, 'ip');
  for (const m of text.matchAll(CARD)) if (isCardNumber(m[0])) add(m.index, m.index + m[0].length, 'card');
  for (const m of text.matchAll(HANDLE)) {
    const value = m[0].replace(/\.+$/, '');
    if (/[\d_.]/.test(value.slice(1)) || socialCue(text, m.index)) add(m.index, m.index + value.length, 'handle');
  }
  for (const m of text.matchAll(LONG_NUMBER)) {
    const digits = m[0].replace(/\D/g, '');
    if (isDateNumber(digits) || (digits.length >= 13 && digits.length <= 19 && m[0] === digits && !luhn(digits))) continue;
    const phone = m[0] === digits && (digits.length === 10 || (digits.length === 11 && digits[0] === '1')) && isNanp(digits.slice(-10)) && phoneCue(text, m.index);
    if (phone) add(m.index, withExtension(text, m.index + m[0].length), phoneOrFax(text, m.index));
    else add(m.index, m.index + m[0].length, 'id', PRIORITY.guess);
  }
  for (const m of text.matchAll(PREFIXED_CODE)) add(m.index, m.index + m[0].length, 'id', PRIORITY.guess);
  return out;
}

/** Luhn's check digit, as payment cards carry it. */
export function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** 13 to 19 digits from a card network's range (2–6: Mastercard, Amex, Visa, Discover, UnionPay), passing Luhn. */
function isCardNumber(value: string): boolean {
  const digits = value.replace(/\D/g, '');
  return digits.length >= 13 && digits.length <= 19 && /^[2-6]/.test(digits) && !/^(\d)\1+$/.test(digits) && luhn(digits);
}

/** A North American number: area code and exchange do not start with 0 or 1. */
function isNanp(ten: string): boolean {
  return ten.length === 10 && /^[2-9]\d{2}[2-9]/.test(ten) && !/^[2-9]11/.test(ten);
}

function isIpv6(value: string): boolean {
  const double = value.indexOf('::');
  if (double !== value.lastIndexOf('::') || value.includes(':::')) return false;
  const groups = value.split(':').filter((g) => g !== '');
  if (groups.some((g) => g.length > 4)) return false;
  if (double < 0) return groups.length === 8;
  return groups.length >= 2 && groups.length <= 7 && groups.some((g) => /[a-f]/i.test(g) || g.length >= 3);
}

/** yyyymmdd, which a long number sometimes is. */
function isDateNumber(digits: string): boolean {
  if (digits.length !== 8) return false;
  const y = Number(digits.slice(0, 4));
  const m = Number(digits.slice(4, 6));
  const d = Number(digits.slice(6));
  return y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

function trimUrl(url: string): string {
  let out = url.replace(/[.,;:!?'"]+$/, '');
  // A closing bracket belongs to the URL only when the URL opened it.
  while (/[)\]]$/.test(out) && count(out, out.endsWith(')') ? '(' : '[') < count(out, out.at(-1)!)) out = out.slice(0, -1).replace(/[.,;:!?'"]+$/, '');
  return out;
}

const count = (s: string, c: string) => s.split(c).length - 1;

function withExtension(text: string, end: number): number {
  EXTENSION.lastIndex = end;
  const m = EXTENSION.exec(text);
  return m ? end + m[0].length : end;
}

/** The words before `at` in its sentence (up to 60 characters). */
function lookBack(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 60), at);
  const stop = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'), before.lastIndexOf('; '));
  return stop >= 0 ? before.slice(stop + 1) : before;
}

function phoneCue(text: string, at: number): boolean {
  return PHONE_CUE.test(lookBack(text, at));
}

/** "fax" when the nearest phone or fax word before the number is about a fax. */
function phoneOrFax(text: string, at: number): 'phone' | 'fax' {
  const cues = [...lookBack(text, at).matchAll(PHONE_OR_FAX)];
  return cues.length > 0 && cues[cues.length - 1][1] ? 'fax' : 'phone';
}

function socialCue(text: string, at: number): boolean {
  return /\b(?:instagram|insta|ig|snapchat|snap|tiktok|twitter|discord|kik|telegram|threads|facebook|fb|handle|username|user name|account|profile|followed|follows|dm|dms|messaged|posted|venmo|cash ?app)\b/i.test(lookBack(text, at));
}
