// The editor's "replaces" and "silence" lists name built-in entities (decision 0014). An
// id that names none is an error, not a no-op: built-in ids change only when the project
// updates its knowledge, and an editor's silence that quietly stopped working would put a
// tag back on every story without a word.
import type { Problem } from '../problems.ts';
import type { RegistryFile } from '../validate/registry.ts';

export const editorClaimProblems = (editor: RegistryFile, builtIn: Set<string>): Problem[] => {
  const problems: Problem[] = [];
  const defined = new Map(editor.registry.entities.map((e, i) => [e.id, editor.lines[i]!]));
  const claimed = new Map<string, { field: string; line: number }>();
  const check = (field: string, id: string, line: number) => {
    const problem = (message: string) => problems.push({ file: editor.path, line, message });
    const first = claimed.get(id);
    if (!builtIn.has(id)) problem(`"${field}" names "${id}", which is no built-in entity`);
    else if (defined.has(id))
      problem(`"${field}" names "${id}", which this file defines at line ${defined.get(id)}`);
    else if (first)
      problem(`"${field}" names "${id}", already named by "${first.field}" at line ${first.line}`);
    else claimed.set(id, { field, line });
  };
  editor.registry.entities.forEach((e, i) =>
    (e.replaces ?? []).forEach((id, j) =>
      check('replaces', id, editor.lineOf(['entities', i, 'replaces', j])),
    ),
  );
  (editor.registry.silence ?? []).forEach((id, j) =>
    check('silence', id, editor.lineOf(['silence', j])),
  );
  return problems;
};
