// A generated caseload for the report's tests and benchmark: notes by several
// workers, each with habits of their own (one writes late, one asks closed
// questions, one leaves fields out), in folders by worker and month. Seeded,
// so a run is the same every time. The identifiers it writes are listed, so a
// test can check that none of them reaches the report.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
// @ts-expect-error: a plain ES module without types
import { random as seeded } from '../../bench/corpus.mjs';

/** The benchmark's seeded generator (mulberry32). */
const random = seeded as (seed: number) => () => number;

interface Worker {
  name: string;
  folder: string;
  /** Chance of a judgmental or doubting sentence, of a closed question, of writing late, of leaving a field out. */
  judge: number;
  closed: number;
  late: number;
  sloppy: number;
}

export const WORKERS: readonly Worker[] = [
  { name: 'A. Rivera, MSW', folder: 'rivera', judge: 0.05, closed: 0.2, late: 0.05, sloppy: 0.02 },
  { name: 'L. Chen, LSW', folder: 'chen', judge: 0.02, closed: 0.1, late: 0.02, sloppy: 0.05 },
  { name: 'D. Okafor, BSW', folder: 'okafor', judge: 0.25, closed: 0.35, late: 0.1, sloppy: 0.1 },
  { name: 'M. Haddad, LCSW', folder: 'haddad', judge: 0.08, closed: 0.5, late: 0.3, sloppy: 0.04 },
  { name: 'S. Novak, MSW', folder: 'novak', judge: 0.12, closed: 0.25, late: 0.08, sloppy: 0.25 },
];

const CLIENTS = ['J. D.', 'Tia M.', 'Marcus B.', 'Rosa Diaz', 'Ray K.', 'Dana P.', 'Ana Lopez', 'Kofi A.', 'Lena Novak', 'Sam W.'];
const PLACES = ["Client's apartment", 'Agency office', 'Lincoln Elementary', "Grandmother's house", 'Family shelter', 'County courthouse'];
const OBSERVED = [
  'sat near the window and kept her coat on.', 'spoke quietly and looked at the floor for most of the visit.', 'smiled when the children came in.',
  'had the paperwork ready on the table.', 'answered each question after a pause.', 'showed the worker the new lock on the door.',
];
const JUDGED = [
  'was combative when the topic of school came up.', 'claims she paid the rent on time.', 'seemed fine overall.', 'is noncompliant with the medication plan.',
  'always forgets the appointments.', 'probably did not take the bus.', 'is an addict according to the neighbor.', 'said pt c/o headaches since the move.',
  'has been missing school a lot recently.',
];
const OPEN = ['Tell me about your week.', 'What happened after that?', 'How did you feel when that happened?', 'What would help most right now?', 'Who else was there?', 'What do you do when you feel that way?'];
const CLOSED = ['Did you go to school on Monday?', 'Is your mom working this week?', "You were scared, weren't you?", 'Why did you leave early?', 'Was it the bus or the car?'];
const ANSWERS = [
  'It was okay. My sister stayed over on Tuesday and we watched a movie, and on Wednesday the heat went out again.',
  'I went to the store with my brother and then came home, and my mom was already asleep on the couch.',
  'I felt tired, mostly. I keep waking up at night when the neighbors are loud, and then I cannot get back to sleep.',
  'Help with the electric bill would help the most, and maybe a ride to the clinic on Thursdays.',
  'My cousin was there, and her friend from work, and they stayed until the bus came at six.',
  'I listen to music in my room or I call my grandmother, and sometimes I go for a walk around the block.',
];

export interface Caseload {
  files: string[];
  /** Every identifier written into a note (SSNs, phone numbers, emails, Medicaid and case numbers). */
  identifiers: string[];
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Writes `count` notes under `dir` and says what it wrote. */
export function generateCaseload(dir: string, count: number, seed = 7): Caseload {
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const chance = (p: number) => rnd() < p;
  const files: string[] = [];
  const identifiers = new Set<string>();
  for (let i = 0; i < count; i++) {
    const worker = i % 97 === 96 ? undefined : WORKERS[Math.floor(rnd() * WORKERS.length) % WORKERS.length];
    const w = worker ?? { name: '', folder: 'unassigned', judge: 0.1, closed: 0.3, late: 0.1, sloppy: 0.3 };
    const month = 1 + Math.floor(rnd() * 10);
    const day = 1 + Math.floor(rnd() * 27);
    const hour = 9 + Math.floor(rnd() * 7);
    const client = pick(CLIENTS);
    const caseNumber = `${10000 + Math.floor(rnd() * 89999)}`;
    identifiers.add(caseNumber);
    const lateDays = chance(w.late) ? 3 + Math.floor(rnd() * 9) : 0;
    const recorded = new Date(Date.UTC(2026, month - 1, day, hour + 2, 10) + lateDays * 86_400_000);
    const stamp = `${recorded.getUTCFullYear()}-${pad(recorded.getUTCMonth() + 1)}-${pad(recorded.getUTCDate())} ${pad(recorded.getUTCHours())}:${pad(recorded.getUTCMinutes())}`;
    const format = pick(['home-visit', 'home-visit', 'contact', 'intake', 'interview']);
    const fields: [string, string][] = [
      ['format', format],
      ['client', `${client} (case ${caseNumber})`],
      ['date', `2026-${pad(month)}-${pad(day)}`],
      ['time', `${pad(hour)}:00-${pad(hour)}:50`],
      ['location', pick(PLACES)],
      ['contact', format === 'contact' ? 'phone' : 'home visit'],
      ['participants', `${client} (client); ${w.name ? `${w.name.replace(/,.*/, '')} (caseworker)` : 'the caseworker'}`],
      ...(worker ? [['worker', worker.name] as [string, string]] : []),
      ['recorded', stamp],
    ];
    const kept = fields.filter(([k]) => !['location', 'participants', 'time'].includes(k) || !chance(w.sloppy));
    const body: string[] = [];
    const sentence = () => (chance(w.judge) ? `${cap(pick(['the client', 'mother', 'the youth', 'father']))} ${pick(JUDGED)}` : `${cap(pick(['the client', 'mother', 'the youth', 'father']))} ${pick(OBSERVED)}`);
    const paragraph = () => Array.from({ length: 2 + Math.floor(rnd() * 3) }, sentence).join(' ');
    if (lateDays && chance(0.5)) body.push(`Late entry: written ${stamp} for the contact of 2026-${pad(month)}-${pad(day)}. Reason: ${chance(0.8) ? 'the worker was in court all week' : ''}`, '');
    const section = (title: string, text: string) => body.push(`## ${title}`, text, '');
    if (format === 'intake') {
      section('Reason for referral', `Referred by the school after ${client} missed school in ${pick(['March', 'April', 'October'])}.`);
      section('Presenting concerns', paragraph());
      section('Background', paragraph());
      section('Strengths', `${client} has a grandmother nearby and likes soccer.`);
      section('Safety', chance(w.sloppy) ? 'TBD' : 'No safety concerns were reported.');
      section('Assessment', paragraph());
    } else if (format === 'contact') {
      section('Purpose', `Call about ${pick(['the bus pass', 'the court date', 'the benefits renewal', 'school forms'])}.`);
      section('Summary', paragraph());
    } else {
      section('Purpose', `Scheduled visit to review the ${pick(['rent plan', 'safety plan', 'school plan'])}.`);
      section('Observations', paragraph());
    }
    if (format !== 'contact' || chance(0.3)) {
      const turns = [`Worker: I'm ${w.name.replace(/,.*/, '') || 'the caseworker'}, from the county. I came to talk about how things are going. What you say stays private unless someone is at risk.`, 'Client: Okay.'];
      for (let q = 0, n = 3 + Math.floor(rnd() * 5); q < n; q++) turns.push(`Worker: ${chance(w.closed) ? pick(CLOSED) : pick(OPEN)}`, `Client: ${pick(ANSWERS)}`);
      section('Interview', turns.join('\n'));
    }
    if (chance(0.06)) {
      const ssn = `${100 + Math.floor(rnd() * 600)}-${pad(10 + Math.floor(rnd() * 89))}-${1000 + Math.floor(rnd() * 8999)}`;
      identifiers.add(ssn);
      body.push(`Mother gave her SSN, ${ssn}, for the benefits form.`, '');
    }
    if (chance(0.08)) {
      const phone = `(503) 555-${pad(Math.floor(rnd() * 9999), 4)}`;
      const email = `${client.split(' ')[0].toLowerCase().replace(/\W/g, '')}.${i}@example.org`;
      identifiers.add(phone);
      identifiers.add(email);
      body.push(`${client} can be reached at ${phone} or ${email}.`, '');
    }
    if (format !== 'intake' || !chance(w.sloppy)) section('Plan', chance(w.sloppy / 2) ? '' : `Worker will call on 2026-${pad(month)}-${pad(Math.min(28, day + 3))}.`);
    const text = ['---', ...kept.map(([k, v]) => `${k}: ${v}`), '---', `# ${format === 'contact' ? 'Phone call' : format === 'intake' ? 'Intake' : 'Home visit'}`, '', ...body].join('\n');
    // Now and then a file named after the case: the report must mask it.
    const name = i % 53 === 0 ? `case-${caseNumber}.casenote` : `${pad(month)}-${pad(day)}-${format}-${pad(i, 5)}.casenote`;
    const folder = join(dir, w.folder, `2026-${pad(month)}`);
    mkdirSync(folder, { recursive: true });
    const file = join(folder, name);
    writeFileSync(file, text + '\n');
    files.push(file);
  }
  return { files, identifiers: [...identifiers] };
}

const cap = (s: string) => s[0].toUpperCase() + s.slice(1);
