// A minimal LSP client that drives the built server over stdio, as an editor would.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-languageserver-protocol/node';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

export const SERVER = resolve(__dirname, '../../dist/server.js');

export class LspClient {
  settings: Record<string, unknown> = {};
  readonly log: string[] = [];
  private readonly latest = new Map<string, PublishDiagnosticsParams>();
  private waiters: (() => void)[] = [];

  private constructor(
    readonly connection: MessageConnection,
    readonly process: ChildProcess,
  ) {}

  /** What the server wrote to standard error. */
  readonly stderr: string[] = [];

  /**
   * `nodeArgs` go before the server's path (e.g. a `--require` preload); `env`
   * replaces the environment; `initializationOptions` go with `initialize`, as
   * VS Code's client sends `{ workspaceTrusted }`.
   */
  static async start(
    capabilities: Record<string, unknown> = { workspace: { configuration: true } },
    { nodeArgs = [], env, initializationOptions, workspaceFolders = null }: { nodeArgs?: string[]; env?: NodeJS.ProcessEnv; initializationOptions?: unknown; workspaceFolders?: { uri: string; name: string }[] | null } = {},
  ): Promise<LspClient> {
    if (!existsSync(SERVER)) throw new Error(`${SERVER} is missing: run "npm run build" first.`);
    const child = spawn(process.execPath, [...nodeArgs, SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: env ?? process.env });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new LspClient(connection, child);
    child.stderr!.on('data', (chunk: Buffer) => client.stderr.push(chunk.toString()));
    connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      client.latest.set(p.uri, p);
      const waiters = client.waiters;
      client.waiters = [];
      for (const w of waiters) w();
    });
    connection.onNotification('window/logMessage', (p: { message: string }) => client.log.push(p.message));
    connection.onNotification('window/showMessage', (p: { message: string }) => client.log.push(p.message));
    connection.onRequest('window/showMessageRequest', (p: { message: string }) => {
      client.log.push(p.message);
      return null;
    });
    connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => client.settings));
    connection.listen();
    await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities, workspaceFolders, initializationOptions });
    await connection.sendNotification('initialized', {});
    return client;
  }

  open(uri: string, text: string, languageId = 'casenote', version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  /** Waits until diagnostics for `uri` (and, if given, that version) arrive; never a fixed sleep. */
  async diagnostics(uri: string, predicate: (p: PublishDiagnosticsParams) => boolean = () => true, timeoutMs = 10_000): Promise<Diagnostic[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const p = this.latest.get(uri);
      if (p && predicate(p)) return p.diagnostics;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms; last: ${JSON.stringify(p)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  forget(uri: string): void {
    this.latest.delete(uri);
  }

  async stop(): Promise<void> {
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } finally {
      this.connection.dispose();
      this.process.kill();
    }
  }
}
