/** A rule pack as the JSON text users import, export and edit, with errors that name their place. */
import type { FieldIssue } from '../api/errors';
import { toFieldIssues } from '../api/validation-issues';
import { message, type Lang } from '../i18n/messages';
import { jsonErrorOffset } from './json-error-offset';
import { FundingPackSchema, type FundingPack } from './pack-schema';

export type PackParse = { ok: true; pack: FundingPack } | { ok: false; issues: FieldIssue[] };

export function parsePack(value: unknown): PackParse {
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
