// Turns the crash policy into the language client's error handler, and says
// what happened in a notification with the actions that help.
import * as vscode from 'vscode';
import { CloseAction, ErrorAction, type ErrorHandler } from 'vscode-languageclient/node';
import type { CrashPolicy } from './crashPolicy';

/**
 * The client's error handler. `restart` is what the Restart button does (the
 * same as the "Casewise: Restart Server" command); `showOutput` opens the log.
 */
export function crashHandler(policy: CrashPolicy, restart: () => unknown, showOutput: () => unknown): ErrorHandler {
  return {
    // As the library's default: a few bad messages are survivable, a stream of them is not.
    error: (_error, _message, count) => ({ action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown }),
    closed: () => {
      const decision = policy.closed();
      if (decision.restart) {
        if (decision.tell) void vscode.window.showInformationMessage(decision.tell, 'Show Output').then((choice) => choice && showOutput());
        // handled: the notification above, if any, is the only one; the log still records the restart.
        return { action: CloseAction.Restart, message: 'The Casewise server stopped unexpectedly; starting it again.', handled: true };
      }
      void vscode.window.showErrorMessage(decision.tell ?? '', 'Restart', 'Show Output').then((choice) => {
        if (choice === 'Restart') restart();
        else if (choice === 'Show Output') showOutput();
      });
      return { action: CloseAction.DoNotRestart, message: 'The Casewise server stopped unexpectedly too often and was not started again.', handled: true };
    },
  };
}
