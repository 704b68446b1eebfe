import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CrashPolicy, MAX_RESTARTS, RESTART_WINDOW_MS, RESTARTED_MESSAGE, STOPPED_MESSAGE } from '../../client/src/crashPolicy';

const clock = () => {
  let t = 1_000_000;
  return { now: () => t, advance: (ms: number) => (t += ms) };
};

test('a crash restarts the server and tells the user once; later crashes restart quietly', () => {
  const c = clock();
  const policy = new CrashPolicy(c.now);
  assert.deepEqual(policy.closed(), { restart: true, tell: RESTARTED_MESSAGE });
  c.advance(RESTART_WINDOW_MS);
  assert.deepEqual(policy.closed(), { restart: true });
  c.advance(RESTART_WINDOW_MS);
  assert.deepEqual(policy.closed(), { restart: true });
});

test('a server that keeps crashing is given up on with one message, not restarted in a loop', () => {
  const c = clock();
  const policy = new CrashPolicy(c.now);
  const decisions = Array.from({ length: MAX_RESTARTS + 1 }, () => {
    c.advance(1000);
    return policy.closed();
  });
  assert.deepEqual(
    decisions.map((d) => d.restart),
    [true, true, true, true, false],
  );
  assert.deepEqual(
    decisions.flatMap((d) => (d.tell ? [d.tell] : [])),
    [RESTARTED_MESSAGE, STOPPED_MESSAGE],
  );
});

test('crashes spread over more than three minutes keep being restarted', () => {
  const c = clock();
  const policy = new CrashPolicy(c.now);
  for (let i = 0; i < 20; i++) {
    c.advance(RESTART_WINDOW_MS / 3);
    assert.equal(policy.closed().restart, true, `crash ${i + 1}`);
  }
});

test('after the user restarts by hand, the count starts again', () => {
  const c = clock();
  const policy = new CrashPolicy(c.now);
  for (let i = 0; i < MAX_RESTARTS; i++) policy.closed();
  assert.equal(policy.closed().restart, false);
  policy.reset();
  assert.deepEqual(policy.closed(), { restart: true });
});

test('the messages are plain words and say the notes are unchanged', () => {
  for (const m of [RESTARTED_MESSAGE, STOPPED_MESSAGE]) {
    assert.match(m, /Nothing in your notes was changed\./);
    assert.doesNotMatch(m, /server|connection|process|LSP/i);
  }
  assert.match(STOPPED_MESSAGE, /Restart/);
});
