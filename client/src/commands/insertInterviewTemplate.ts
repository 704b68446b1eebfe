// "Casewise: Insert Interview Template": a quick pick of the interview
// templates, then the chosen one inserted as a snippet at the cursor.
import * as vscode from 'vscode';
import templates from '../../../templates/interviews.json';

export const INSERT_INTERVIEW_TEMPLATE = 'casewise.insertInterviewTemplate';

/** One interview template from templates/interviews.json. */
export type InterviewTemplate = (typeof templates)[number];

/** A template's snippet text, as VS Code's SnippetString takes it. */
export function snippetOf(template: InterviewTemplate): string {
  return template.body.join('\n');
}

/**
 * Inserts an interview template at the cursor. `id` (a template's id) skips
 * the quick pick; anything else, such as the URI a menu passes, does not. With
 * no note open, the template goes into a new untitled case note. Resolves to
 * whether a template was inserted.
 */
export async function insertInterviewTemplate(id?: unknown): Promise<boolean> {
  let template: InterviewTemplate | undefined;
  if (typeof id === 'string') {
    template = templates.find((t) => t.id === id);
    if (!template) {
      void vscode.window.showErrorMessage(`Casewise has no interview template "${id}". Templates: ${templates.map((t) => t.id).join(', ')}.`);
      return false;
    }
  } else {
    const picked = await vscode.window.showQuickPick(
      templates.map((t) => ({ label: t.label, detail: t.description, template: t })),
      { title: 'Insert Interview Template', placeHolder: 'Choose the kind of interview', matchOnDetail: true },
    );
    template = picked?.template;
  }
  if (!template) return false;
  let editor = vscode.window.activeTextEditor;
  // A template is a whole note, front matter included: it belongs in a note, not in whatever file has focus.
  if (!editor || !['casenote', 'markdown'].includes(editor.document.languageId)) {
    editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ language: 'casenote' }));
  }
  return editor.insertSnippet(new vscode.SnippetString(snippetOf(template)));
}
