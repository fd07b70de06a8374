// JSON parsed with the position of every value (momoa), so each problem in a registry
// names its own line. JSON.parse knows no positions (lines found by counting keys drift
// after a missing one), often says none for a syntax error, and keeps the last of two
// equal keys without a word.
import { evaluate, parse, type ValueNode } from '@humanwhocodes/momoa';
import type { Problem } from '../problems.ts';

export type JsonPath = readonly PropertyKey[];

export interface JsonTree {
  value: unknown;
  /**
   * Line of the value at `path` (of `key` in it, when given and present), or of the nearest
   * enclosing value the text has: a missing field points at its object.
   */
  lineOf: (path: JsonPath, key?: string) => number;
}

export type JsonResult = { ok: true; tree: JsonTree } | { ok: false; problems: Problem[] };

// momoa names tokens by type ("RBrace"); an editor reads characters.
const TOKENS: Record<string, string> = {
  LBrace: '"{"',
  RBrace: '"}"',
  LBracket: '"["',
  RBracket: '"]"',
  Comma: '","',
  Colon: '":"',
  String: 'string',
  Number: 'number',
  Boolean: 'true or false',
  Null: 'null',
};

const syntaxMessage = (message: string) =>
  message
    .replace(/\s*\(\d+:\d+\)$/, '')
    .replace(/^Unexpected token (\w+)/, (_, type: string) => `Unexpected ${TOKENS[type] ?? type}`);

const keyOf = (member: { name: { type: string } & ({ value: string } | { name: string }) }) =>
  'value' in member.name ? member.name.value : member.name.name;

/** Every key that appears twice in one object, anywhere in the tree. */
const duplicateKeys = (file: string, node: ValueNode): Problem[] => {
  if (node.type === 'Array') return node.elements.flatMap((e) => duplicateKeys(file, e.value));
  if (node.type !== 'Object') return [];
  const seen = new Map<string, number>();
  const problems: Problem[] = [];
  for (const member of node.members) {
    const key = keyOf(member);
    const line = member.loc.start.line;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, line);
    else
      problems.push({
        file,
        line,
        message: `key "${key}" appears twice (lines ${first} and ${line}): JSON would keep only the last`,
      });
    problems.push(...duplicateKeys(file, member.value));
  }
  return problems;
};

const childOf = (node: ValueNode, step: PropertyKey) => {
  if (node.type === 'Object') return node.members.findLast((m) => keyOf(m) === String(step))?.value;
  if (node.type === 'Array' && typeof step === 'number') return node.elements[step]?.value;
  return undefined;
};

/** Strict JSON (no comments, no trailing commas) with positions; duplicate keys are problems. */
export const parseJsonTree = (file: string, text: string): JsonResult => {
  let body: ValueNode;
  try {
    body = parse(text, { mode: 'json' }).body;
  } catch (error) {
    const { line, column, message } = error as { line?: number; column?: number; message: string };
    return {
      ok: false,
      problems: [
        {
          file,
          line: line ?? 1,
          message: `not valid JSON${column ? ` at column ${column}` : ''}: ${syntaxMessage(message)}`,
        },
      ],
    };
  }
  const duplicates = duplicateKeys(file, body);
  if (duplicates.length) return { ok: false, problems: duplicates };
  const lineOf = (path: JsonPath, key?: string) => {
    let node = body;
    for (const step of path) {
      const child = childOf(node, step);
      if (!child) return node.loc.start.line;
      node = child;
    }
    const member =
      key !== undefined && node.type === 'Object'
        ? node.members.find((m) => keyOf(m) === key)
        : undefined;
    return (member ?? node).loc.start.line;
  };
  return { ok: true, tree: { value: evaluate(body), lineOf } };
};
