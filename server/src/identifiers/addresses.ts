// Street addresses, PO boxes and rural routes. A street address is read word
// by word after a house number, so no pattern needs nested repetition.
import streets from '../rules/data/identifier-streets.json';
import type { Span } from '../document/types';

const lower = (list: readonly string[]) => new Set(list.map((w) => w.toLowerCase()));
const STREET_TYPES = lower(streets.streetTypes);
const STRONG_TYPES = lower(streets.strongTypes);
const WEAK_TYPES = lower(streets.weakTypes);
const NOT_STREETS = lower(streets.notStreets.words);
const DIRECTIONS = new Set(streets.directions);
const STOPWORDS = lower(streets.lowercaseStopwords);
const UNITS = lower(streets.units.map((u) => u.replace(/\.$/, '')));
const STATE_ABBREVIATIONS = new Set(streets.states.filter((s) => /^[A-Z]{2}$/.test(s)));
const STATE_NAMES = streets.states.filter((s) => !/^[A-Z]{2}$/.test(s));

// A house number: "1432", "87", "12B", "110-12" (Queens); not part of a longer number, money or a time.
const HOUSE_NUMBER = /(?<![\w#$.,/:@-])\d{1,6}(?:-\d{1,4}|[A-Za-z](?![A-Za-z]))?(?=[ \t]+[A-Za-z0-9])/g;
const WORD = /[ \t]+([A-Za-z0-9][A-Za-z0-9'’]{0,30})(\.?)/y;
const UNIT = /,?[ \t]+([A-Za-z]{1,9}\.?|#)[ \t]*#?([A-Za-z0-9]{1,5}(?:-[A-Za-z0-9]{1,4})?)(?![\w-])/y;
const HASH_UNIT = /[ \t]*#[ \t]?[A-Za-z0-9]{1,5}(?![\w-])/y;
const CITY_WORD = /,?[ \t]+([A-Z][a-z]{1,20}(?:[-'][A-Z]?[a-z]{1,20})?)/y;
const STATE = new RegExp(`,?[ \\t]+(${[...STATE_ABBREVIATIONS].join('|')}|${STATE_NAMES.join('|')})(?![\\w])`, 'y');
const ZIP = /,?[ \t]+\d{5}(?:-\d{4})?(?![\w-])/y;
const ORDINAL = /^\d{1,4}(?:st|nd|rd|th)$/i;

const PO_BOX = /(?<![\w])(?:P\.?[ \t]?O\.?|Post[ \t]+Office)[ \t]*Box[ \t]*#?[ \t]?\d{1,7}(?![\w])/gi;
const RURAL_ROUTE = /(?<![\w])(?:RR|R\.R\.|Rural[ \t]+Route|HC|Star[ \t]+Route)[ \t]*#?\d{1,3},?[ \t]+Box[ \t]*#?\d{1,6}(?![\w])/gi;
// "4410 County Road 12", "1234 State Route 9", "5678 Highway 61"
const NUMBERED_ROAD = /(?<![\w#$.,/:-])\d{2,6}[ \t]+(?:(?:[A-Z][a-z]+[ \t]+)?(?:Highway|Hwy\.?|Road|Route|Rte\.?)|County[ \t]+Road|State[ \t]+Route|CR|SR|US|FM)[ \t-]?\d{1,4}[A-Z]?(?![\w])/g;

/** Street addresses, PO boxes and rural routes in `text`. */
export function findAddresses(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(HOUSE_NUMBER)) {
    const end = streetEnd(text, m.index + m[0].length);
    if (end !== undefined) out.push({ start: m.index, end: extendPlace(text, end) });
  }
  for (const re of [PO_BOX, RURAL_ROUTE, NUMBERED_ROAD]) {
    for (const m of text.matchAll(re)) out.push({ start: m.index, end: extendPlace(text, m.index + m[0].length) });
  }
  return out;
}

/** Reads "W Jefferson Street" after a house number; returns where the street type ends. */
function streetEnd(text: string, at: number): number | undefined {
  const names: string[] = [];
  let direction: string | undefined;
  let pos = at;
  for (let i = 0; i < 6; i++) {
    WORD.lastIndex = pos;
    const w = WORD.exec(text);
    if (!w) return undefined;
    const word = w[1];
    const key = word.toLowerCase();
    if (STREET_TYPES.has(key) && (names.length > 0 || direction)) {
      if (names.length === 0) names.push(direction!);
      if (!isStreetName(names, key)) return undefined;
      // "St." keeps its period when the sentence goes on ("45 Oak St. last weekend"); a full stop stays outside.
      let end = w.index + w[0].length - (w[2] && !/^[ \t]*[a-z,]/.test(text.slice(w.index + w[0].length, w.index + w[0].length + 3)) ? w[2].length : 0);
      // "Pine Hollow Lane": a street type can be part of the name.
      for (let next = peekWord(text, end); next && STREET_TYPES.has(next.word.toLowerCase()) && /^[A-Z]/.test(next.word); next = peekWord(text, end)) end = next.end;
      return postDirection(text, end);
    }
    if (i === 0 && names.length === 0 && DIRECTIONS.has(word + w[2])) {
      direction = word;
      pos = w.index + w[0].length;
      continue;
    }
    if (!/^[A-Za-z]/.test(word) && !ORDINAL.test(word)) return undefined;
    if (w[2] && !DIRECTIONS.has(word + w[2])) return undefined;
    names.push(word);
    pos = w.index + w[0].length;
  }
  return undefined;
}

function isStreetName(names: string[], type: string): boolean {
  const capitalised = names.every((n) => /^[A-Z0-9]/.test(n));
  if (!capitalised) {
    // "123 main st", but not "3 miles down the road".
    if (!STRONG_TYPES.has(type) || names.length > 2) return false;
    if (names.some((n) => STOPWORDS.has(n.toLowerCase()) || !/^[a-z]+$/i.test(n))) return false;
  }
  if (WEAK_TYPES.has(type) && names.every((n) => NOT_STREETS.has(n.toLowerCase()))) return false;
  return true;
}

function peekWord(text: string, at: number): { word: string; end: number } | undefined {
  WORD.lastIndex = at;
  const w = WORD.exec(text);
  return w ? { word: w[1], end: w.index + w[0].length - w[2].length } : undefined;
}

function postDirection(text: string, at: number): number {
  const next = peekWord(text, at);
  return next && /^(?:N|S|E|W|NE|NW|SE|SW)$/.test(next.word) ? next.end : at;
}

/** Takes in a unit ("Apt 3B", "#7"), then a city, state and ZIP code when a state is written. */
function extendPlace(text: string, at: number): number {
  let end = at;
  UNIT.lastIndex = end;
  const unit = UNIT.exec(text);
  if (unit && UNITS.has(unit[1].replace(/\.$/, '').toLowerCase()) && /\d|^[A-Z]$/.test(unit[2])) end = unit.index + unit[0].length;
  else {
    HASH_UNIT.lastIndex = end;
    const hash = HASH_UNIT.exec(text);
    if (hash) end = hash.index + hash[0].length;
  }
  let pos = end;
  for (let i = 0; i < 3; i++) {
    CITY_WORD.lastIndex = pos;
    const w = CITY_WORD.exec(text);
    if (!w) break;
    pos = w.index + w[0].length;
    STATE.lastIndex = pos;
    const state = STATE.exec(text);
    if (state) {
      end = state.index + state[0].length;
      ZIP.lastIndex = end;
      const zip = ZIP.exec(text);
      return zip ? zip.index + zip[0].length : end;
    }
  }
  ZIP.lastIndex = end;
  const zip = ZIP.exec(text);
  return zip ? zip.index + zip[0].length : end;
}
