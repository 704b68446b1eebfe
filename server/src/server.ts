// The language server's entry: connection and handler wiring only.
// Runs over stdio (`casewise-ls --stdio`) or IPC (the VS Code client).
import { CodeLensRefreshRequest, createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ALLOW_COMMAND, codeActionsFor, FIX_ALL_KIND, isCasewise } from './fixes';
import { hoverFor } from './hover';
import { INTERVIEW_SUMMARY_REQUEST, type InterviewSummaryParams } from './interviewProtocol';
import { interviewCodeLenses, interviewSummary } from './interviewSummary';
import { documentSymbols, foldingRanges } from './outline';
import { REDACT_REQUEST, type RedactParams } from './redactProtocol';
import { workspaceReport } from './report/workspace';
import { CASELOAD_REPORT_REQUEST, type CaseloadReportParams } from './reportProtocol';
import { LintService } from './service';

const connection = createConnection(ProposedFeatures.all);
// A promise nobody awaited must not end the server: Node's default for an unhandled rejection is to exit.
process.on('unhandledRejection', (e) => connection.console.error(`An error was not handled; the server keeps running: ${(e as Error)?.stack ?? String(e)}`));
const documents = new TextDocuments(TextDocument);
let canPullConfiguration = false;
let canRefreshCodeLens = false;
const service = new LintService(connection, documents, () => canPullConfiguration);

connection.onInitialize(({ capabilities, workspaceFolders, initializationOptions }) => {
  service.workspaceTrusted = (initializationOptions as { workspaceTrusted?: unknown } | undefined)?.workspaceTrusted !== false;
  canPullConfiguration = capabilities.workspace?.configuration === true;
  canRefreshCodeLens = capabilities.workspace?.codeLens?.refreshSupport === true;
  service.workspaceFolders = (workspaceFolders ?? []).map((f) => f.uri);
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      hoverProvider: true,
      documentSymbolProvider: true,
      foldingRangeProvider: true,
      codeLensProvider: { resolveProvider: false },
      codeActionProvider: { codeActionKinds: ['quickfix', FIX_ALL_KIND] },
      executeCommandProvider: { commands: [ALLOW_COMMAND] },
    },
    serverInfo: { name: 'casewise-ls' },
  };
});

connection.onDidChangeConfiguration(({ settings }) => service.configurationChanged(settings));
connection.onDidChangeWatchedFiles(() => service.configFileChanged());
documents.onDidOpen(({ document }) => service.schedule(document.uri));
documents.onDidChangeContent(({ document }) => service.schedule(document.uri));
documents.onDidClose(({ document }) => service.closed(document.uri));
connection.onRequest(REDACT_REQUEST, (params: RedactParams) => service.redact(params));
connection.onRequest(CASELOAD_REPORT_REQUEST, (params: CaseloadReportParams, token) =>
  workspaceReport(params, {
    settingsFor: (uri) => service.settingsForUri(uri),
    openDocument: (uri) => {
      const doc = documents.get(uri);
      return doc && { text: doc.getText(), languageId: doc.languageId };
    },
    isCancelled: () => token.isCancellationRequested,
    version: typeof CASEWISE_VERSION === 'string' ? CASEWISE_VERSION : 'development',
  }),
);

connection.onHover(({ textDocument, position }) => hoverFor(service.diagnosticsFor(textDocument.uri), position));

connection.onDocumentSymbol(async ({ textDocument }) => {
  const note = await service.noteFor(textDocument.uri);
  return note ? documentSymbols(note) : [];
});
connection.onFoldingRanges(async ({ textDocument }) => {
  const note = await service.noteFor(textDocument.uri);
  return note ? foldingRanges(note) : [];
});

// Both read the findings of the last lint, waiting for the lint of the current version if it is under way.
connection.onRequest(INTERVIEW_SUMMARY_REQUEST, async (params: InterviewSummaryParams) => {
  const linted = typeof params?.uri === 'string' ? await service.lintedFor(params.uri) : undefined;
  return linted ? interviewSummary(params.uri, linted) : null;
});
connection.onCodeLens(async ({ textDocument: { uri } }) => {
  const linted = await service.lintedFor(uri);
  return linted ? interviewCodeLenses(uri, interviewSummary(uri, linted).interviews) : [];
});
service.onRelinted = () => {
  if (canRefreshCodeLens) void connection.sendRequest(CodeLensRefreshRequest.type);
};

connection.onCodeAction(async ({ textDocument: { uri }, context }) => {
  const wantsFixAll = context.only?.some((k) => FIX_ALL_KIND.startsWith(k) && k !== 'quickfix');
  if (wantsFixAll) {
    const all = await service.fixAll(uri);
    return all ? [all] : [];
  }
  return context.diagnostics.filter(isCasewise).flatMap((d) => codeActionsFor(d, uri));
});

connection.onExecuteCommand(({ command, arguments: args }) => {
  if (command === ALLOW_COMMAND && typeof args?.[0] === 'string' && typeof args[1] === 'string') service.allowInWorkspace(args[0], args[1]);
});

declare const CASEWISE_VERSION: string;

documents.listen(connection);
connection.listen();
