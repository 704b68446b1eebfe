// Open rewrites of closed questions: yes/no questions, forced choices, faux
// invitations ("Can you tell me if…") and one-word questions ("Anything else?").
import type { Clause } from './clauses';
import type { Word } from '../document/tagging';
import {
  COLOR, DETERMINERS, FEELING, FILLERS, FREQUENCY, INDEFINITES, INVITATIONS, isNoun, isVerb, LOADED, OBJECT_FORM, PERCEPTION, PERSON_ROLES, PLACE,
  PRONOUNS, THINKING, TIME,
} from './lexicon';
import { feelAux, gerundOf, infinitiveOf, likeFor, pastOf, Phrase, tenseOf, thirdOf } from './phrase';
import type { Maybe } from './rewrites';

const KIN = new Set(['brother', 'brothers', 'sister', 'sisters', 'sibling', 'siblings', 'parent', 'parents', 'kid', 'kids', 'child', 'children', 'cousin', 'cousins']);
const DO_SUPPORT = new Set(['do', 'does', 'did', 'can', 'could', 'will', 'would', 'should']);
const LIKING = new Set(['like', 'love', 'enjoy', 'hate', 'mind']);

/** Rewrites of a yes/no question, a forced choice or a faux invitation. */
export function closed(p: Phrase, form: Clause['form']): Maybe[] {
  if (form === 'elliptical') return elliptical(p);
  const aux = p.ws[p.h];
  if (form === 'faux-invitation' && INVITATIONS.has(aux.root)) return complement(p, p.h + 1, 'Tell me', undefined);
  let s = p.h + 1;
  if (p.at(s)?.norm === 'not') s++;
  let e = p.subjectEnd(s);
  // "Does your mom work?", "Is your dad working?": the tagger took the verb for the end of the subject.
  const last = p.at(e - 1);
  if (e - s >= 2 && last && ((p.verbAfter(e) < 0 && DO_SUPPORT.has(aux.norm)) || (last.norm.endsWith('ing') && !DO_SUPPORT.has(aux.norm)))) e--;
  if (p.at(e)?.norm === 'not') e++;
  const subject = p.text(s, e);
  const you = subject === 'you';
  const firstPerson = subject === 'we' || subject === 'i';
  const obj = OBJECT_FORM[subject] ?? subject;
  const tense = tenseOf(aux);
  const auxText = aux.norm;
  const isBe = aux.root === 'be' || ['is', 'are', 'was', 'were', 'am'].includes(auxText);
  let v = p.verbAfter(e);
  // "Shouldn't you have called us?": the verb is "called", not "have".
  if (v >= 0 && ['have', 'has', 'had'].includes(p.ws[v].norm) && (p.at(v + 1)?.tags.has('PastTense') || p.at(v + 1)?.tags.has('Participle'))) v++;
  if (v < 0 && e < p.n && last && e === p.ws.indexOf(last)) v = e;
  if (v >= 0 && ['be', 'been', 'being'].includes(p.ws[v].norm) && p.at(v + 1)?.tags.has('Gerund')) v++;
  if (v < 0 && LIKING.has(p.at(e)?.norm ?? '') && DO_SUPPORT.has(auxText)) v = e;
  let after = e;
  while (p.at(after) && FILLERS.has(p.ws[after].norm)) after++;
  // "still living with you": the tagger read "living" as an adjective.
  if (v < 0 && isBe && /..ing$/.test(p.at(after)?.norm ?? '') && !(p.at(after)?.tags.has('Noun') ?? true)) v = after;
  const V = v >= 0 ? p.ws[v] : undefined;
  const base = V ? infinitiveOf(V) : '';
  const hasLoaded = p.ws.some((w) => LOADED.has(w.root));

  if (form === 'faux-invitation') {
    const inv = p.find(e, ...INVITATIONS.keys());
    return complement(p, inv >= 0 ? inv + 1 : e, 'Tell me', undefined);
  }
  if (form === 'choice') {
    // "Was the touching over or under …": the first option is not part of the subject.
    const or = p.find(s, 'or');
    const end = or > s + 1 && or <= e ? or - 1 : e;
    return choice(p, end, auxText, p.text(s, end), you);
  }
  // "Is it okay if I talk to your teacher?", "Should we take a break?": the worker's own plans.
  const okay = p.at(e)?.norm === 'be' ? e + 1 : e;
  if (p.at(s)?.norm === 'it' && ['okay', 'ok', 'alright', 'fine', 'all'].includes(p.at(okay)?.norm ?? '')) {
    const iff = p.find(okay, 'if');
    const iv = iff > 0 ? p.verbAfter(iff + 2) : -1;
    if (iv > 0) return [`How would you feel about ${p.at(iff + 1)?.norm === 'we' ? 'us' : 'me'} ${gerundOf(infinitiveOf(p.ws[iv]))} ${p.text(iv + 1)}?`, 'How do you feel about that?'];
  }
  if (firstPerson && V) return [`How would you feel about ${gerundOf(base)} ${p.text(v + 1)}?`, 'What would you like to do?'];
  const adjective = isBe && !V && p.at(after)?.tags.has('Adjective');
  if (you && ((V && FEELING.has(V.root)) || adjective)) return feel(p, V ? v : after, tense);
  if (V && base === 'like' && auxText === 'would' && p.at(v + 1)?.norm !== 'to') {
    const np = p.nounPhrase(v + 1);
    let rest = np ? np.end : v + 1;
    while (p.at(rest) && (isNoun(p.ws[rest]) || p.ws[rest].norm === 'of')) rest++;
    return [`What would you like ${p.text(rest)}?`, 'Tell me more about what you need.'];
  }
  if (you && V && LIKING.has(base)) return [`How ${feelAux(tense)} you feel about ${p.text(v + 1)}?`, `What ${auxText} you like about ${p.text(v + 1)}?`];
  if (isBe && p.find(after, 'who') > after) return [`Who ${p.text(p.find(after, 'who') + 1)}?`, 'Tell me what happened.'];
  const indefinite = p.ws.findIndex((w, i) => i >= s && w.norm in INDEFINITES);
  if (indefinite >= 0 && !hasLoaded) {
    const converted = fromIndefinite(p, { s, e, v, indefinite, auxText, subject, isBe });
    if (converted) return converted;
  }
  if (V && THINKING.has(V.root)) {
    const verb = DO_SUPPORT.has(auxText) ? base : V.text.toLowerCase();
    if (p.at(v + 1)?.norm === 'about' && !p.nounPhrase(v + 2)) return [`What ${auxText} ${subject} ${verb} about?`, 'Tell me more about what is on your mind.'];
    return complement(p, v + 1, `What ${auxText} ${subject} ${verb}`, you ? undefined : `Tell me about ${obj}.`);
  }
  if (V && PERCEPTION.has(base) && DO_SUPPORT.has(auxText)) {
    return [`What ${auxText} ${subject} ${base}?`, you ? `Tell me what you ${tense === 'past' ? pastOf(base) : base}.` : undefined];
  }
  if (V && base === 'tell') {
    const next = p.at(v + 1);
    const person = next && (PRONOUNS.has(next.norm) || PERSON_ROLES.has(next.root)) ? p.nounPhrase(v + 1) : undefined;
    const to = next && PRONOUNS.has(next.norm) ? OBJECT_FORM[next.norm] ?? next.norm : person && person.start === v + 1 ? p.objectText(person) : '';
    return [to ? `What ${auxText} ${subject} tell ${to}?` : `What ${auxText} ${subject} say?`, 'Tell me what happened.'];
  }
  if (V && ['want', 'need'].includes(base)) {
    if (p.at(v + 1)?.norm === 'to' && isVerb(p.at(v + 2))) {
      return [`How ${feelAux(tense)} you feel about ${gerundOf(infinitiveOf(p.ws[v + 2]))} ${p.text(v + 3)}?`, `What ${auxText} ${subject} ${base}?`];
    }
    const np = p.nounPhrase(v + 1);
    let rest = np ? np.end : v + 1;
    while (p.at(rest) && (isNoun(p.ws[rest]) || p.ws[rest].norm === 'of')) rest++;
    return [`What ${auxText} ${subject} ${base} ${p.text(rest)}?`, 'Tell me more about what you need.'];
  }
  if (isBe && !V) return be(p, { after, auxText, subject, obj, tense });
  if (V && base === 'make' && p.at(v + 1)?.norm === 'sense') return ['What questions do you have about that?', 'How would you put it in your own words?'];
  if (subject === 'that' || subject === 'it' || subject === 'this') {
    if (['could', 'might', 'may'].includes(auxText)) return ['What do you think happened?', 'Tell me about that.'];
    const rest = p.ws.slice(v + 1);
    if (V && rest.some((w) => PLACE.has(w.norm))) return [`Where ${auxText} ${subject} ${base}?`, 'Tell me about that.'];
    if (V && ['have', 'has'].includes(auxText) && rest.some((w) => w.norm === 'before')) return [`How often ${auxText} ${subject} ${V.text.toLowerCase()}?`, 'Tell me about the last time.'];
    return [likeFor(tense), 'Tell me about that.'];
  }
  if (V && you) {
    const np = p.nounPhrase(v + 1);
    const verb = base === 'be' && p.at(v + 1)?.norm === 'to' ? 'going' : gerundOf(base);
    const about = V.norm === 'supposed' ? undefined : `Tell me about ${verb} ${p.text(v + 1)}.`;
    return [about, np && `Tell me about ${p.objectText(np)}.`];
  }
  if (V) {
    const np = p.nounPhrase(v + 1);
    const person = ['he', 'she', 'they'].includes(subject) || !(PRONOUNS.has(subject) || subject in INDEFINITES);
    return [np && !hasLoaded ? `Tell me about ${p.objectText(np)}.` : undefined, person ? `Tell me about ${obj}.` : undefined, hasLoaded ? 'How have things been for you?' : undefined];
  }
  const person = !(PRONOUNS.has(subject) || subject in INDEFINITES) && p.ws.slice(s, e).some((w) => isNoun(w));
  return [person ? `Tell me about ${obj}.` : 'Tell me about that.'];
}

/** "Are you safe at home?" → "How do you feel at home?"; "scared of him" → "How do you feel about him?". */
function feel(p: Phrase, from: number, tense: ReturnType<typeof tenseOf>): Maybe[] {
  const pp = p.ws.findIndex((w, i) => i > from && (w.tags.has('Preposition') || PLACE.has(w.norm)) && w.norm !== 'or');
  const ofAbout = pp > 0 && ['of', 'for', 'about', 'by', 'to'].includes(p.ws[pp].norm);
  const rest = pp > 0 ? (ofAbout ? `about ${p.text(pp + 1)}` : p.text(pp)) : '';
  const where = pp > 0 && !ofAbout;
  return [`How ${feelAux(tense)} you feel ${rest}?`, where ? `What ${tense === 'past' ? 'was' : 'is'} it like for you ${rest}?` : likeFor(tense)];
}

interface Parts {
  after: number;
  auxText: string;
  subject: string;
  obj: string;
  tense: ReturnType<typeof tenseOf>;
}

/** "Was your mom home?", "Is he your stepdad?", "Is everything okay at home?", "Was it dark outside?". */
function be(p: Phrase, { after, auxText, subject, obj, tense }: Parts): Maybe[] {
  const next = p.at(after);
  const pp = p.ws.findIndex((w, i) => i > after && (w.tags.has('Preposition') || PLACE.has(w.norm)));
  const place = pp > 0 ? ` ${p.text(pp)}` : '';
  if (subject === 'it' && next && PERSON_ROLES.has(p.nounPhrase(after)?.end ? p.ws[p.nounPhrase(after)!.end - 1].root : '')) return [`Who ${auxText} it?`, 'Tell me what happened.'];
  if (subject === 'it') return [`What ${auxText} it like${place}?`, 'Tell me about that.'];
  if (subject === 'that' && next?.tags.has('Adjective')) return ['How does that sound to you?', 'What do you think about that?'];
  if (subject === 'that' || subject === 'this') return ['What do you think about that?'];
  if (next && PLACE.has(next.norm)) {
    let rest = after + 1;
    // Skip the place ("at your dad's house"), keep a time after it ("that weekend").
    const inPlace = (w: Word) => !w.tags.has('Date') && !['that', 'last', 'this'].includes(w.norm) && (isNoun(w) || w.tags.has('Possessive') || DETERMINERS.has(w.norm));
    while (p.at(rest) && inPlace(p.ws[rest])) rest++;
    return [`Where ${auxText} ${subject} ${p.text(rest)}?`, PRONOUNS.has(subject) ? 'Tell me what happened.' : `Tell me about ${obj}.`];
  }
  const np = p.nounPhrase(after);
  if (np && np.start === after) {
    const role = PERSON_ROLES.has(p.ws[np.end - 1].root);
    return [`Tell me about ${p.objectText(np)}.`, role ? `How do you get along with ${p.objectText(np)}?` : undefined];
  }
  const named = !PRONOUNS.has(subject) && !(subject in INDEFINITES) && !/^every|^no/.test(subject);
  if (next?.tags.has('Adjective') || !next) return [`How ${auxText} ${subject}${place || p.timePhrase(after)}?`, named ? `Tell me about ${obj}.` : undefined];
  return ['Tell me about that.', likeFor(tense)];
}

interface IndefiniteParts {
  s: number;
  e: number;
  v: number;
  indefinite: number;
  auxText: string;
  subject: string;
  isBe: boolean;
}

/** "Was anyone else there?" → "Who else was there?"; "Did you see anything?" → "What did you see?". */
function fromIndefinite(p: Phrase, { s, e, v, indefinite, auxText, subject, isBe }: IndefiniteParts): Maybe[] | undefined {
  const V = p.at(v);
  const wh = INDEFINITES[p.ws[indefinite].norm] + (p.at(indefinite + 1)?.norm === 'else' ? ' else' : '');
  const skip = p.at(indefinite + 1)?.norm === 'else' ? indefinite + 2 : indefinite + 1;
  if (indefinite === s && p.ws[s].norm !== 'there') {
    if (isBe || !V || !['do', 'does', 'did'].includes(auxText)) return [`${wh} ${auxText} ${p.text(skip)}?`, 'Tell me what happened.'];
    const base = infinitiveOf(V);
    return [`${wh} ${auxText === 'did' ? pastOf(base) : thirdOf(base)} ${p.text(v + 1)}?`, 'Tell me what happened.'];
  }
  if (p.ws[s].norm === 'there' && indefinite >= e - 2) {
    const rel = p.at(skip)?.norm === 'you' && isVerb(p.at(skip + 1)) ? p.text(skip + 1) : '';
    return [rel ? `${wh} do you ${rel}?` : `${wh} is there?`, 'What else would you like me to know?'];
  }
  if (V && indefinite > v) return [`${wh} ${auxText} ${subject} ${p.text(e, indefinite)} ${p.text(skip)}?`, 'Tell me about that.'];
  return undefined;
}

/** "what happened" after "Do you remember …", "if anyone else was there" after "Can you tell me …". */
function complement(p: Phrase, c: number, lead: string, third: string | undefined): Maybe[] {
  const first = p.at(c)?.norm === 'me' || p.at(c)?.norm === 'us' ? c + 1 : c;
  const w = p.at(first);
  const tellMe = lead === 'Tell me';
  if (!w) return [`${lead}?`, third];
  if (w.norm === 'if' || w.norm === 'whether') {
    const indefinite = p.ws.findIndex((x, i) => i > first && x.norm in INDEFINITES);
    if (indefinite > 0 && !p.ws.some((x) => LOADED.has(x.root))) {
      const clause = [INDEFINITES[p.ws[indefinite].norm], p.text(first + 1, indefinite), p.text(indefinite + 1)].join(' ');
      return [`Tell me ${clause}.`, tellMe ? undefined : `${lead} about that?`];
    }
    const np = p.nounPhrase(first + 1);
    if (!np) return ['Tell me what you remember.', 'What happened?'];
    return [`${tellMe ? 'What do you remember' : lead} about ${p.objectText(np)}?`, `Tell me about ${p.objectText(np)}.`];
  }
  if (w.norm === 'about') return [tellMe ? `Tell me ${p.text(first)}.` : `${lead} ${p.text(first)}?`];
  if (w.tags.has('QuestionWord') || ['what', 'who', 'where', 'when', 'how', 'why'].includes(w.norm)) {
    // "Tell me what I'm asking" makes no sense: only the person's own story is invited.
    const mine = p.ws.slice(first).some((x) => x.norm === 'i' || x.norm === 'me');
    return [tellMe ? `Tell me ${p.text(first)}.` : `${lead} about ${p.text(first)}?`, mine ? undefined : `Tell me ${p.text(first)}.`];
  }
  const np = p.nounPhrase(first);
  if (np && np.start === first && !isVerb(p.at(np.end))) return [`${lead} about ${p.objectText(np)}?`, `Tell me about ${p.objectText(np)}.`];
  return [tellMe ? 'Tell me about that.' : `${lead}?`, third];
}

function choice(p: Phrase, e: number, aux: string, subject: string, you: boolean): Maybe[] {
  let a = e;
  while (p.at(a) && (isVerb(p.ws[a]) || ['to', 'rather'].includes(p.ws[a].norm) || FILLERS.has(p.ws[a].norm))) a++;
  let or = p.find(a, 'or');
  // The first option is as long as the second: "pay rent weekly or monthly" offers "weekly".
  if (or > a) {
    const secondLength = (p.find(or + 1, 'or') > 0 ? p.find(or + 1, 'or') : p.n) - or - 1;
    a = Math.max(a, or - secondLength);
    or = p.find(a, 'or');
  }
  const verb = p.ws.slice(e, a).reverse().find((w) => isVerb(w));
  const firstAlt = p.ws.slice(a, or);
  const second = p.at(or + 1);
  const fallback = [subject && !PRONOUNS.has(subject) ? `What do you remember about ${subject}?` : 'Tell me what you remember.', 'What happened?'];
  if (or < 0 || firstAlt.length === 0 || !second || ['do', 'does', 'did', 'is', 'are', 'was', 'were', 'had', 'has', 'have'].includes(second.norm)) return fallback;
  const alts = p.ws.slice(a);
  const any = (set: ReadonlySet<string>) => alts.some((w) => set.has(w.norm) || set.has(w.root));
  const stem = `${aux} ${subject} ${p.text(e, a)}`;
  const feeling = !verb || verb.root === 'be' || verb.tags.has('Copula') || verb.root === 'feel';
  if (you && feeling && firstAlt.some((w) => w.tags.has('Adjective') && !w.tags.has('Comparative'))) return ['How did you feel?', 'What was that like for you?'];
  if (firstAlt.some((w) => w.tags.has('Comparative'))) {
    const than = p.find(or, 'than');
    return [`How ${aux === 'was' ? 'did' : 'does'} ${subject} compare${than > 0 ? ` with ${p.text(than + 1)}` : ''}?`, 'What has changed?'];
  }
  if (second.norm === 'not') return ['Tell me what you remember.', 'What happened?'];
  if (verb && ['want', 'like', 'prefer', 'need'].includes(verb.root)) return [`What ${aux} ${subject} ${infinitiveOf(verb)}?`, 'Tell me more about what you need.'];
  if (firstAlt.some((w) => KIN.has(w.norm))) return ['Tell me about your family.', 'Who is in your family?'];
  if (firstAlt.some((w) => PERSON_ROLES.has(w.root))) {
    const prep = firstAlt[0].tags.has('Preposition') ? ` ${firstAlt[0].norm}` : '';
    return [`Who ${stem}${prep}?`, 'Tell me what happened.'];
  }
  if (any(FREQUENCY)) return [`How often ${stem}?`, verb?.root === 'happen' ? 'Tell me about the times it happened.' : 'Tell me about that.'];
  if (any(COLOR)) return [`What color ${stem}?`, `Tell me what ${subject === 'it' ? 'it' : OBJECT_FORM[subject] ?? subject} looked like.`];
  if (any(TIME)) return [`When ${stem}?`, 'Tell me what happened.'];
  if (alts.some((w, i) => (PLACE.has(w.norm) && !w.tags.has('Preposition')) || (PLACE.has(w.norm) && isNoun(alts[i + 1] ?? alts[i + 2])))) {
    return [`Where ${stem}?`, 'Tell me about that place.'];
  }
  return fallback;
}

function elliptical(p: Phrase): Maybe[] {
  const w = p.ws[p.h];
  if (w.norm in INDEFINITES || w.norm === 'any') return ['What else would you like to tell me?', 'What else would be important for me to know?'];
  const np = p.nounPhrase(p.h);
  return np ? [`Tell me about ${p.objectText(np)}.`, `What about ${p.objectText(np)}?`] : ['Tell me about that.', 'What do you mean?'];
}
