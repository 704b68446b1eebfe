// Reading a written date at a given place, for dates of birth. Each pattern
// is anchored (sticky) and has fixed-size parts, so reading is linear.

const MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec';
const MONTH_NUMBER: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

// 03/14/2011, 3/4/11, 07-22-1948, 3.4.2011
const NUMERIC_MDY = /(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/-]|\.\d)/y;
// 2011-09-14, 2011/09/14
const NUMERIC_YMD = /(\d{4})([/-])(\d{1,2})\2(\d{1,2})(?![\d/-])/y;
// June 2, 2015 · Jan. 1, 1953 · October 3rd, 2017 · June 2
const MONTH_FIRST = new RegExp(`(${MONTHS})\\.?[ \\t]+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:])(?:,?[ \\t]+(\\d{4})(?!\\d))?`, 'iy');
// 12 January 1986 · 2nd of June, 2015
const DAY_FIRST = new RegExp(`(\\d{1,2})(?:st|nd|rd|th)?[ \\t]+(?:of[ \\t]+)?(${MONTHS})\\.?(?:,?[ \\t]+(\\d{4})(?!\\d))?`, 'iy');

const valid = (month: number, day: number) => month >= 1 && month <= 12 && day >= 1 && day <= 31;
const monthOf = (name: string) => MONTH_NUMBER[name.slice(0, 3).toLowerCase()];

/**
 * The end of a date that starts exactly at `at`, with at least a month and a
 * day (a year alone is not an identifier under Safe Harbor), or undefined.
 */
export function dateEndAt(text: string, at: number): number | undefined {
  let m = exec(NUMERIC_MDY, text, at);
  if (m && valid(Number(m[1]), Number(m[3]))) return at + m[0].length;
  m = exec(NUMERIC_YMD, text, at);
  if (m && valid(Number(m[3]), Number(m[4]))) return at + m[0].length;
  m = exec(MONTH_FIRST, text, at);
  if (m && valid(monthOf(m[1]), Number(m[2]))) return at + m[0].length;
  m = exec(DAY_FIRST, text, at);
  if (m && valid(monthOf(m[2]), Number(m[1]))) return at + m[0].length;
  return undefined;
}

/** True when `value` as a whole is a numeric date such as 12/15/2026 or 2026-12-15. */
export function isNumericDate(value: string): boolean {
  for (const re of [NUMERIC_MDY, NUMERIC_YMD]) {
    const m = exec(re, value, 0);
    if (m && m[0].length === value.length) return true;
  }
  return false;
}

function exec(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}
