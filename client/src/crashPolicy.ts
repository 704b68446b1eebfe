// What the client does when the language server process dies. No `vscode`
// import, so that a unit test can drive it with a fake clock.

/** The client library's default, kept: a server that dies 5 times in 3 minutes is not started again on its own. */
export const MAX_RESTARTS = 4;
export const RESTART_WINDOW_MS = 3 * 60 * 1000;

export const RESTARTED_MESSAGE =
  'Casewise stopped unexpectedly and has been restarted, so your notes are being checked again. Nothing in your notes was changed.';
export const STOPPED_MESSAGE =
  'Casewise keeps stopping unexpectedly, so it has been turned off for now and your notes are not being checked. Nothing in your notes was changed. Choose Restart to try again, or Show Output to see what went wrong.';

/** What to do about one unexpected exit: restart or not, and what (if anything) to tell the user. */
export interface CrashDecision {
  restart: boolean;
  /** A message to show; absent when the user has already been told. */
  tell?: string;
}

/**
 * Restarts a crashed server up to MAX_RESTARTS times in RESTART_WINDOW_MS, and
 * tells the user once: the first restart in a session, and once when it gives
 * up. A server that crashes on every start therefore produces two messages in
 * all, never one per crash.
 */
export class CrashPolicy {
  private restarts: number[] = [];
  private toldRestarted = false;

  constructor(private readonly now: () => number = Date.now) {}

  /** The server's connection closed while the client was running. */
  closed(): CrashDecision {
    const now = this.now();
    this.restarts = this.restarts.filter((t) => now - t < RESTART_WINDOW_MS);
    if (this.restarts.length >= MAX_RESTARTS) {
      this.restarts = [];
      return { restart: false, tell: STOPPED_MESSAGE };
    }
    this.restarts.push(now);
    if (this.toldRestarted) return { restart: true };
    this.toldRestarted = true;
    return { restart: true, tell: RESTARTED_MESSAGE };
  }

  /** The user restarted the server by hand: crashes before this no longer count. */
  reset(): void {
    this.restarts = [];
  }
}
