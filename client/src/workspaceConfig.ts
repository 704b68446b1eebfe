// Reads the team's .casewise.json the way the server finds it: the nearest one
// at or above a folder. Through vscode.workspace.fs, so that it also works in
// remote and virtual workspaces. Problems in the file are the server's to
// report; here an unreadable file counts as no file.
import { parse } from 'jsonc-parser';
import * as vscode from 'vscode';

const CONFIG_FILE = '.casewise.json';

/** The folder whose .casewise.json applies to a new note: the active file's folder, else the first workspace folder. */
export function configFolder(): vscode.Uri | undefined {
  const active = vscode.window.activeTextEditor?.document.uri;
  if (active && active.scheme !== 'untitled' && vscode.workspace.getWorkspaceFolder(active)) return vscode.Uri.joinPath(active, '..');
  return vscode.workspace.workspaceFolders?.[0]?.uri;
}

/** The settings in the nearest .casewise.json at or above `folder`, or an empty object. */
export async function readWorkspaceConfig(folder: vscode.Uri | undefined): Promise<Record<string, unknown>> {
  for (let dir = folder; dir; ) {
    let bytes: Uint8Array | undefined;
    try {
      bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(dir, CONFIG_FILE));
    } catch {
      bytes = undefined;
    }
    if (bytes) {
      const value: unknown = parse(new TextDecoder().decode(bytes), [], { allowTrailingComma: true, disallowComments: false });
      return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
    }
    const parent = vscode.Uri.joinPath(dir, '..');
    dir = parent.path === dir.path ? undefined : parent;
  }
  return {};
}
