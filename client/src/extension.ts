// The VS Code client: starts the language server and registers commands. Wiring only.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ErrorHandler, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerExportRedactedCopy } from './commands/exportRedactedCopy';
import { CaseloadReportPanel, SHOW_CASELOAD_REPORT } from './commands/showCaseloadReport';
import { CrashPolicy } from './crashPolicy';
import { DiagnosticWindow } from './diagnosticWindow';
import { crashHandler } from './crashRecovery';
import { INSERT_INTERVIEW_TEMPLATE, insertInterviewTemplate } from './commands/insertInterviewTemplate';
import { NEW_CASE_NOTE, newCaseNote } from './commands/newCaseNote';
import { InterviewSummaryPanel, SHOW_INTERVIEW_SUMMARY } from './commands/showInterviewSummary';
import { summaryFetcher } from './interviewSummaryClient';
import { registerInterviewStatus } from './status/interviewStatus';
import { createRecordStatus } from './status/recordStatus';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  // One policy for the session, across the clients that a change of casewise.languages creates.
  const crashes = new CrashPolicy();
  const restartServer = () => {
    crashes.reset();
    // After the client gave up (or a start failed) there is nothing to stop: start it.
    return client?.isRunning() ? client.restart() : client?.start();
  };
  const errorHandler = crashHandler(crashes, restartServer, () => client?.outputChannel.show());
  const diagnosticWindow = new DiagnosticWindow();
  client = new LanguageClient('casewise', 'Casewise', serverOptions, clientOptions(errorHandler, diagnosticWindow));
  const fetchSummary = summaryFetcher(() => client);
  const summaryPanel = new InterviewSummaryPanel(fetchSummary);
  const reportPanel = new CaseloadReportPanel(() => client);
  context.subscriptions.push(
    diagnosticWindow,
    summaryPanel,
    vscode.commands.registerCommand(SHOW_INTERVIEW_SUMMARY, (uri?: unknown, focus?: unknown) => summaryPanel.show(uri, focus)),
    registerInterviewStatus(fetchSummary),
    vscode.commands.registerCommand('casewise.restartServer', restartServer),
    vscode.commands.registerCommand('casewise.showOutput', () => client?.outputChannel.show()),
    vscode.commands.registerCommand(INSERT_INTERVIEW_TEMPLATE, insertInterviewTemplate),
    ...registerExportRedactedCopy(() => client),
    reportPanel,
    vscode.commands.registerCommand(SHOW_CASELOAD_REPORT, (args?: unknown) => reportPanel.show(args)),
    // The server reads trust once, at start (initializationOptions): trusting the workspace restarts it so .casewise.json applies.
    vscode.workspace.onDidGrantWorkspaceTrust(() => client?.restart()),
    vscode.commands.registerCommand(NEW_CASE_NOTE, newCaseNote),
    createRecordStatus(),
    // The document selector is fixed when the client starts, so a new language list needs a new client.
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (!e.affectsConfiguration('casewise.languages') || !client) return;
      await client.stop();
      client = new LanguageClient('casewise', 'Casewise', serverOptions, clientOptions(errorHandler, diagnosticWindow));
      await client.start();
    }),
  );
  await client.start();
}

function clientOptions(errorHandler: ErrorHandler, diagnosticWindow: DiagnosticWindow): LanguageClientOptions {
  const languages = vscode.workspace.getConfiguration('casewise').get<string[]>('languages') ?? ['casenote', 'markdown'];
  return {
    documentSelector: languages.flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]),
    synchronize: {
      configurationSection: 'casewise',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/.casewise.json'),
    },
    outputChannelName: 'Casewise',
    // Restarts a server that died, and tells the user once (crashPolicy.ts).
    errorHandler,
    // In an untrusted workspace the server does not apply .casewise.json, whose allow lists could hide findings.
    initializationOptions: () => ({ workspaceTrusted: vscode.workspace.isTrusted }),
    // VS Code shows 1,000 diagnostics a file: in a long note, the ones near the cursor (diagnosticWindow.ts).
    middleware: diagnosticWindow.middleware,
  };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
