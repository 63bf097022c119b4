/** A rule pack as the JSON text users import, export and edit, with errors that name their place. */
import type { FieldIssue } from '../api/errors';
import { toFieldIssues } from '../api/validation-issues';
import { message, type Lang } from '../i18n/messages';
import { jsonErrorOffset } from './json-error-offset';
import { FundingPackSchema, type FundingPack } from './pack-schema';

export type PackParse = { ok: true; pack: FundingPack } | { ok: false; issues: FieldIssue[] };

/** Far deeper than any pack (conditions stop at 8 levels); deeper input would exhaust the stack of a recursive reader. */
const MAX_JSON_DEPTH = 64;

/** An object or array met while looking for depth, with how to name its path if it is too deep. */
interface Nested {
  value: object;
  depth: number;
  parent: Nested | null;
  key: string | number;
}

function pathOf(n: Nested): (string | number)[] {
  const path: (string | number)[] = [];
  for (let at: Nested | null = n; at?.parent; at = at.parent) path.push(at.key);
  return path.reverse();
}

/**
 * The path to the first value nested deeper than `max`, found without recursion. Only objects and
 * arrays are visited and a path is spelled out only for the one found: a client file's content
 * holds millions of plain values.
 */
export function tooDeep(value: unknown, max: number): (string | number)[] | null {
  const stack: Nested[] = [];
  const visit = (child: unknown, parent: Nested | null, key: string | number) => {
    if (child !== null && typeof child === 'object')
      stack.push({ value: child, depth: parent ? parent.depth + 1 : 0, parent, key });
  };
  visit(value, null, '');
  while (stack.length) {
    const n = stack.pop()!;
    if (n.depth >= max) return pathOf(n);
    if (Array.isArray(n.value)) for (let i = 0; i < n.value.length; i++) visit(n.value[i], n, i);
    else {
      const o = n.value as Record<string, unknown>;
      for (const k in o) if (Object.hasOwn(o, k)) visit(o[k], n, k);
    }
  }
  return null;
}

export function parsePack(value: unknown): PackParse {
  const deep = tooDeep(value, MAX_JSON_DEPTH);
  if (deep)
    return {
      ok: false,
      issues: [{ path: deep, key: 'funding.conditionDepth', params: { maximum: MAX_JSON_DEPTH } }],
    };
  const parsed = FundingPackSchema.safeParse(value);
  return parsed.success
    ? { ok: true, pack: parsed.data }
    : { ok: false, issues: toFieldIssues(parsed.error) };
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/** Files saved by Windows editors may start with a byte-order mark, which JSON.parse refuses. */
export function parsePackText(text: string): PackParse {
  const body = text.replace(/^\uFEFF/, '');
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    const at = jsonErrorOffset(body);
    const issue: FieldIssue =
      at === null || at >= body.trimEnd().length
        ? { path: [], key: 'funding.jsonSyntax', params: {} }
        : { path: [], key: 'funding.jsonSyntaxAt', params: lineAndColumn(body, at) };
    return { ok: false, issues: [issue] };
  }
  return parsePack(value);
}

/** Two-space JSON in the schema's key order: exporting the same pack always gives the same text. */
export function packToText(pack: FundingPack): string {
  return JSON.stringify(pack, null, 2) + '\n';
}

/** ['programmes', 2, 'support', 'tiers', 1, 'rate'] → programmes[2].support.tiers[1].rate */
export function packPath(path: readonly (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

export function formatPackIssue(lang: Lang, issue: FieldIssue): string {
  const text = message(lang, issue.key, issue.params);
  return issue.path.length ? `${packPath(issue.path)}: ${text}` : text;
}
