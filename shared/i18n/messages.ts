import { en } from './messages-en';
import { zhCN } from './messages-zh-CN';
import type { FieldIssue, Params, WireError } from '../api/errors';

export type Lang = 'zh-CN' | 'en';
export const LANGS: Lang[] = ['zh-CN', 'en'];
export const sharedMessages = { 'zh-CN': zhCN, en } as const;

export function interpolate(template: string, params: Params): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => {
    const v = params[name];
    return v === undefined || v === null ? '' : String(v);
  });
}

/** Looks up 'group.key' in the shared catalogue; the key itself when unknown, so nothing shows blank. */
export function message(lang: Lang, key: string, params: Params = {}): string {
  const [group, name] = key.split('.', 2) as [string, string | undefined];
  const catalogue = sharedMessages[lang] as unknown as Record<string, Record<string, string>>;
  // Own properties only: 'error.toString' or '__proto__.constructor' must not find Object's members.
  const entries = Object.hasOwn(catalogue, group) ? catalogue[group] : undefined;
  const template = name !== undefined && entries && Object.hasOwn(entries, name) ? entries[name] : undefined;
  return typeof template === 'string' ? interpolate(template, params) : key;
}

export function formatIssue(lang: Lang, issue: FieldIssue): string {
  const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
  return where + message(lang, issue.key, issue.params);
}

/** The core names a record by a code word ('project'); the reader gets the word in their language. */
export function withEntityName(lang: Lang, params: Params): Params {
  return typeof params.what === 'string' ? { ...params, what: entityName(lang, params.what) } : params;
}

function entityName(lang: Lang, what: string): string {
  const text = message(lang, `entity.${what}`);
  return text === `entity.${what}` ? what : text;
}

export function formatError(lang: Lang, error: WireError): string {
  const head = message(lang, `error.${error.code}`, withEntityName(lang, error.params));
  if (error.issues.length === 0) return head;
  return [head, ...error.issues.map((i) => '  - ' + formatIssue(lang, i))].join('\n');
}
