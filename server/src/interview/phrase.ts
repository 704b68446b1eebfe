// Reading a tagged clause back as text, and finding its subject, verb and
// noun phrases. Used to build open-ended rewrites from a question's own words.
import { conjugate } from '../document/inline';
import type { Word } from '../document/tagging';
import { AUX, DETERMINERS, FILLERS, INDEFINITES, isNoun, isVerb, LOADED, OBJECT_FORM, PRONOUNS } from './lexicon';

const VAGUE_NOUNS = new Set(['thing', 'things', 'something', 'anything', 'lot', 'time', 'way', 'one', 'kind', 'sort', 'bit', 'stuff']);
const TIME_STARTS = new Set(['that', 'last', 'this', 'yesterday', 'today', 'tonight', 'earlier']);

/** A clause's words (from its head to before any tag) with helpers to read parts of it back. */
export class Phrase {
  constructor(
    readonly ws: readonly Word[],
    readonly h: number,
  ) {}

  get n(): number {
    return this.ws.length;
  }

  at(i: number): Word | undefined {
    return i >= 0 && i < this.ws.length ? this.ws[i] : undefined;
  }

  /** The words from..to as written (contractions kept whole when both halves are inside), fillers dropped. */
  text(from: number, to = this.n, { keepFillers = false } = {}): string {
    const out: string[] = [];
    for (let k = Math.max(from, 0); k < Math.min(to, this.n); k++) {
      const w = this.ws[k];
      if (!keepFillers && FILLERS.has(w.norm)) continue;
      const next = this.ws[k + 1];
      if (next && next.text === '' && w.text !== '') {
        if (k + 1 < to) {
          out.push(surface(w));
          k++;
        } else out.push(w.norm);
      } else out.push(w.text === '' ? w.norm : surface(w));
    }
    return out.join(' ');
  }

  /** Index just after the subject noun phrase that starts at `s`. */
  subjectEnd(s: number): number {
    const w = this.at(s);
    if (!w) return s;
    let e = s + 1;
    if (!(PRONOUNS.has(w.norm) || w.norm in INDEFINITES)) {
      e = s;
      while (e < this.n && isNominal(this.ws[e])) e++;
      if (e === s) e = s + 1;
    }
    if (this.at(e)?.norm === 'else') e++;
    if (this.at(e)?.norm === 'and' && isNominal(this.at(e + 1))) return this.subjectEnd(e + 1);
    return e;
  }

  /** The first verb at or after `from`, skipping fillers and other adverbs; -1 if a non-verb comes first. */
  verbAfter(from: number): number {
    let v = from;
    while (v < this.n && (FILLERS.has(this.ws[v].norm) || (this.ws[v].tags.has('Adverb') && !isVerb(this.ws[v])))) v++;
    return v < this.n && isVerb(this.ws[v]) ? v : -1;
  }

  /** Start and end of the first noun phrase from `from` that is not a pronoun, a vague noun or a loaded word. */
  nounPhrase(from: number, to = this.n): { start: number; end: number } | undefined {
    for (let k = from; k < to; k++) {
      const w = this.ws[k];
      if (!isNoun(w) || VAGUE_NOUNS.has(w.root) || LOADED.has(w.root) || w.tags.has('Value') || w.tags.has('Date')) continue;
      let start = k;
      while (start > from && (DETERMINERS.has(this.ws[start - 1].norm) || this.ws[start - 1].tags.has('Adjective') || this.ws[start - 1].tags.has('Possessive'))) start--;
      let end = k + 1;
      while (end < to && isNoun(this.ws[end]) && !this.ws[end].tags.has('Date')) end++;
      return { start, end };
    }
    return undefined;
  }

  /** A noun phrase as an object: "a key" reads "the key", "he" reads "him". */
  objectText(span: { start: number; end: number }): string {
    const t = this.text(span.start, span.end);
    return OBJECT_FORM[t] ?? t.replace(/^(a|an) /, 'the ');
  }

  /** A trailing time phrase ("that night", "last week"), or ''. */
  timePhrase(from: number): string {
    for (let k = from; k < this.n; k++) {
      const w = this.ws[k];
      if (w.tags.has('Date') || (TIME_STARTS.has(w.norm) && (this.at(k + 1)?.tags.has('Date') || /^(night|day|morning|evening|afternoon|weekend|week|time)$/.test(this.at(k + 1)?.norm ?? '')))) {
        return ' ' + this.text(k);
      }
    }
    return '';
  }

  /** Index of the first word at or after `from` whose normalized form is one of `norms`. */
  find(from: number, ...norms: string[]): number {
    for (let k = from; k < this.n; k++) if (norms.includes(this.ws[k].norm)) return k;
    return -1;
  }
}

function surface(w: Word): string {
  if (w.norm === 'i') return 'I';
  const shouted = w.text.length > 1 && w.text === w.text.toUpperCase();
  if (shouted || (w.start === 0 && !w.tags.has('ProperNoun'))) return w.text.toLowerCase();
  return w.text;
}

const isNominal = (w: Word | undefined) =>
  !!w && !isVerb(w) && !AUX.has(w.norm) && (DETERMINERS.has(w.norm) || w.tags.has('Noun') || w.tags.has('Adjective') || w.tags.has('Possessive') || w.tags.has('Value'));

export const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export const pastOf = (root: string) => conjugate(root).PastTense ?? root;
export const gerundOf = (root: string) => conjugate(root).Gerund ?? `${root}ing`;
export const thirdOf = (root: string) => conjugate(root).PresentTense ?? `${root}s`;

/** "did"/"was" read as past; "does"/"is" as present; "would" stays "would". */
export function tenseOf(aux: Word | undefined): 'past' | 'present' | 'would' {
  if (!aux) return 'present';
  if (aux.norm === 'would' || aux.norm === 'could') return 'would';
  return aux.tags.has('PastTense') || ['did', 'was', 'were', 'had'].includes(aux.norm) ? 'past' : 'present';
}
