// Open-ended rewrites of a closed, leading or why question, built from the
// question's own words: "Did you feel scared?" → "How did you feel?". Each
// rewrite is a whole sentence with its own end punctuation. The generic
// invitation ("Tell me more about that.") is added by the rules, last.
import type { Clause } from './clauses';
import { AUX, FEELING, FILLERS, isNoun, isVerb, LOADED, OBJECT_FORM, PERCEPTION, PERSON_ROLES, PLACE, THINKING } from './lexicon';
import { closed } from './closedRewrites';
import { capitalize, feelAux, infinitiveOf, likeFor, pastOf, Phrase, tenseOf, thirdOf } from './phrase';
import type { Presumption } from './presumption';

export type Maybe = string | undefined;

/** Up to three rewrites, best first. `end` cuts off a question tag. */
export function rewritesFor(clause: Clause, end: number, presumption?: Presumption): string[] {
  const p = new Phrase(clause.words.slice(0, end), clause.head);
  if (clause.head >= end && !presumption) return ['Tell me what happened.'];
  let out: Maybe[];
  if (presumption) out = presumptive(p);
  else if (clause.form === 'why') out = why(p);
  else if (clause.form === 'tag' || clause.form === 'declarative') {
    out = statement(p, p.h, clause.words.slice(end).some((w) => ['did', 'was', 'were', 'had'].includes(w.norm)));
  }
  else if (clause.form === 'agreement' || (clause.form === 'negative-opener' && opinionAt(p) >= 0)) out = agreement(p);
  else out = closed(p, clause.form);
  const seen = new Set<string>();
  return out
    .filter((s): s is string => !!s && s.split(' ').length > 1)
    .map((s) => capitalize(s.replace(/\s+/g, ' ').replace(/ ([?.,])/g, '$1').trim()))
    .filter((s) => !seen.has(s) && !!seen.add(s))
    .slice(0, 3);
}


function presumptive(p: Phrase): Maybe[] {
  const past = tenseOf(p.at(p.h + 1)) === 'past' || p.ws.some((w) => w.tags.has('PastTense'));
  return past ? ['Tell me everything that happened.', 'What happened next?'] : ['Tell me what usually happens.', 'What is that like for you?'];
}

function why(p: Phrase): Maybe[] {
  let s: number;
  let aux = p.at(p.h + 1);
  let negative = false;
  if (p.ws[p.h].norm === 'how') {
    s = p.h + 2;
    const e = p.subjectEnd(s);
    if (p.at(e)?.norm === 'never') return whyParts(p, s, e, e + 1, p.at(e + 1), true);
    aux = AUX.has(p.at(e)?.norm ?? '') ? p.at(e) : undefined;
    negative = p.at(e + 1)?.norm === 'not';
    return whyParts(p, s, e, aux ? e + (negative ? 2 : 1) : e, aux ?? p.at(e), negative);
  }
  if (!aux || !AUX.has(aux.norm)) return fallbackWhy();
  s = p.h + 2;
  if (p.at(s)?.norm === 'not') {
    negative = true;
    s++;
  }
  let e = p.subjectEnd(s);
  if (p.at(e)?.norm === 'not') {
    negative = true;
    e++;
  }
  return whyParts(p, s, e, e, aux, negative);
}

function whyParts(p: Phrase, s: number, e: number, v0: number, aux: ReturnType<Phrase['at']>, negative: boolean): Maybe[] {
  const subject = p.text(s, e);
  if (!subject) return fallbackWhy();
  const you = subject === 'you';
  const obj = OBJECT_FORM[subject] ?? subject;
  const tense = tenseOf(aux);
  const past = tense !== 'present';
  const v = p.verbAfter(v0);
  const isBe = aux?.root === 'be' && (v < 0 || p.ws[v].tags.has('Gerund'));
  if (isBe) {
    const restStart = v < 0 ? v0 : v;
    const rest = p.text(restStart);
    if (!rest) return fallbackWhy();
    const being = v >= 0 ? rest : `being ${rest}`;
    if (negative) return [`What kept ${obj} from ${being}?`, you ? `What got in the way of ${being}?` : undefined];
    return [`What ${past ? 'led' : 'leads'} to ${obj} ${being}?`, you ? `Tell me about ${being}.` : `Tell me more about ${obj}.`];
  }
  if (v < 0) return fallbackWhy();
  const vp = [infinitiveOf(p.ws[v]), p.text(v + 1)].join(' ').trim();
  if (you) {
    if (negative) return [`What ${past ? 'made' : 'makes'} it hard to ${vp}?`, past ? `What would have helped you ${vp}?` : `What would help you ${vp}?`];
    return [
      `What ${past ? 'led' : 'leads'} you to ${vp}?`,
      past ? `Help me understand what was happening when you decided to ${vp}.` : `Help me understand what is happening when you ${vp}.`,
    ];
  }
  if (negative) return [`What do you think ${past ? 'made' : 'makes'} it hard for ${obj} to ${vp}?`];
  const base = infinitiveOf(p.ws[v]);
  const tensed = [past ? pastOf(base) : ['they', 'we', 'i'].includes(subject) ? base : thirdOf(base), p.text(v + 1)].join(' ');
  return [`What ${past ? 'was' : 'is'} happening when ${subject} ${tensed}?`, `What do you think ${past ? 'led' : 'leads'} ${obj} to ${vp}?`];
}

const fallbackWhy = (): Maybe[] => ['Help me understand what happened.', 'What was going on for you at the time?'];

/** "Don't you think …", "Wouldn't you agree …", "Isn't it true that …": the interviewer's view, offered for agreement. */
function opinionAt(p: Phrase): number {
  return p.find(p.h, 'think', 'agree', 'true', 'possible', 'say', 'believe');
}

function agreement(p: Phrase): Maybe[] {
  const o = opinionAt(p);
  let c = o + 1;
  if (p.at(c)?.norm === 'that') c++;
  if (o < 0 || c >= p.n) return ['What do you think?', 'How do you see it?'];
  if (['true', 'possible'].includes(p.ws[o].norm)) return statement(p, c);
  const np = p.nounPhrase(c);
  return [np ? `What do you think about ${p.objectText(np)}?` : 'What do you think?', 'How do you see it?'];
}

/** Rewrites of a statement offered as a question ("He hit you, didn't he?", "So you left at nine?"). */
function statement(p: Phrase, s0: number, tagPast = false): Maybe[] {
  let s = s0;
  while (['surely', 'obviously', 'clearly', 'so', 'and', 'then'].includes(p.at(s)?.norm ?? '')) s++;
  const first = p.at(s);
  if (!first) return ['Tell me what happened.'];
  const e = p.subjectEnd(s);
  const subject = p.text(s, e);
  const you = subject === 'you';
  // The verb chain: "must have been", "would", "was", "had been".
  let k = e;
  let past = false;
  let would = false;
  let be = false;
  while (p.at(k) && (AUX.has(p.ws[k].norm) || FILLERS.has(p.ws[k].norm) || ['not', 'been', 'be', 'being'].includes(p.ws[k].norm) || (p.ws[k].tags.has('Adverb') && !isVerb(p.ws[k])))) {
    const w = p.ws[k];
    if (w.tags.has('PastTense') || w.norm === 'must' || ['was', 'were', 'had'].includes(w.norm)) past = true;
    if (w.norm === 'would') would = true;
    if (w.root === 'be' || w.tags.has('Copula')) be = true;
    k++;
  }
  const main = p.at(k);
  // "He hit you" is past: a present "hit" would be "hits" after he, she or it.
  const bareAfterSingular = !!main && k === e && ['he', 'she', 'it'].includes(subject) && isVerb(main) && !main.norm.endsWith('s');
  const tense = would ? 'would' : past || tagPast || bareAfterSingular || main?.tags.has('PastTense') ? 'past' : 'present';
  if ((first.norm === 'that' || first.norm === 'it') && be && p.at(k)?.norm === 'when') return ['What happened then?', 'Tell me what happened.'];
  const who = p.find(k, 'who');
  if (be && who > k && who < p.n - 1) return [`Who ${p.text(who + 1)}?`, 'Tell me what happened.'];
  if (you && ((main && FEELING.has(main.root)) || (be && main?.tags.has('Adjective') && !main.norm.endsWith('ing')))) {
    const pp = p.ws.findIndex((w, i) => i > k && w.tags.has('Preposition'));
    const rest = pp < 0 ? '' : ['of', 'for', 'about', 'by', 'to'].includes(p.ws[pp].norm) ? `about ${p.text(pp + 1)}` : p.text(pp);
    return [`How ${feelAux(tense)} you feel ${rest}?`, likeFor(tense)];
  }
  if (you && main && ['like', 'love', 'enjoy', 'hate'].includes(main.norm.replace(/s$/, ''))) return [`How do you feel about ${p.text(k + 1) || 'that'}?`, 'Tell me more about that.'];
  if ((first.norm === 'that' || first.norm === 'it') && be && (main?.tags.has('Determiner') || isNoun(main))) return ['Tell me more about it.', 'What else happened?'];
  if (first.norm === 'that' || first.norm === 'it') return [likeFor(tense), 'Tell me what happened.'];
  if (be && main && (PLACE.has(main.norm) || main.tags.has('Preposition'))) {
    return [you ? `Where ${past ? 'were' : 'are'} you${p.timePhrase(k)}?` : `Who ${past ? 'was' : 'is'} ${main.norm === 'there' ? 'there' : p.text(k)}?`, 'Tell me what happened.'];
  }
  if (be && main?.tags.has('Adjective') && !you) {
    const time = p.timePhrase(k + 1);
    return [`Tell me about how ${subject} ${past ? 'was' : 'is'}${time}.`, `What ${past ? 'was' : 'is'} ${subject} like${time}?`];
  }
  if (!main || !(isVerb(main) || (be && /..ing$/.test(main.norm)))) return ['Tell me what happened.', 'Tell me more about how things were.'];
  const object = p.nounPhrase(k + 1);
  if (['tell', 'say'].includes(main.root)) {
    const person = object && PERSON_ROLES.has(p.ws[object.end - 1].root) ? ` ${p.objectText(object)}` : '';
    return [`What did ${subject} ${main.root === 'tell' && person ? `tell${person}` : `say${you ? '' : ' to you'}`}?`, 'Tell me what happened.'];
  }
  if (you && THINKING.has(main.root)) return [`What ${tense === 'past' ? 'did' : 'do'} you think about that?`, 'Tell me what happened.'];
  if (you && PERCEPTION.has(main.root)) return [`What ${tense === 'past' ? 'did' : 'do'} you ${main.root}?`, `Tell me what you ${tense === 'past' ? pastOf(main.root) : main.root}.`];
  if (you) {
    if (tense !== 'past') return [object && `Tell me about ${p.objectText(object)}.`, 'Tell me how things have been going.'];
    return [object ? `Tell me about ${p.objectText(object)}.` : `What happened when you ${pastOf(main.root)}?`, 'Tell me what happened.'];
  }
  const loadedSubject = p.ws.slice(s, e).some((w) => LOADED.has(w.root));
  if (tense === 'past') return ['Tell me what happened.', loadedSubject ? undefined : `Tell me what ${subject} did.`];
  return ['Tell me what happens.', loadedSubject ? undefined : `Tell me what ${subject} ${['they', 'we', 'i'].includes(subject) ? 'do' : 'does'}.`];
}
