import { describe, expect, it } from 'vitest';
import { AppError, ERROR_CODES } from '../../../shared/api/errors';
import {
  formatError,
  formatIssue,
  interpolate,
  LANGS,
  message,
  sharedMessages,
} from '../../../shared/i18n/messages';

type Catalogue = Record<string, Record<string, string>>;
const catalogue = (lang: (typeof LANGS)[number]) => sharedMessages[lang] as unknown as Catalogue;

function keysOf(c: Catalogue): string[] {
  return Object.entries(c)
    .flatMap(([group, entries]) => Object.keys(entries).map((k) => `${group}.${k}`))
    .sort();
}
const placeholders = (template: string) =>
  [...template.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('shared message catalogues', () => {
  it('zh-CN and en have the same keys, with the same placeholders in each message', () => {
    const zh = catalogue('zh-CN');
    const en = catalogue('en');
    expect(keysOf(en)).toEqual(keysOf(zh));
    for (const key of keysOf(zh)) {
      const [group, name] = key.split('.') as [string, string];
      expect({ key, params: placeholders(en[group]![name]!) }).toEqual({
        key,
        params: placeholders(zh[group]![name]!),
      });
    }
  });

  it('has a message for every error code in both languages, and they differ by language', () => {
    for (const code of ERROR_CODES) {
      const [zh, en] = LANGS.map((lang) => message(lang, `error.${code}`));
      expect(zh).not.toBe(`error.${code}`);
      expect(en).not.toBe(`error.${code}`);
      expect(zh).not.toBe(en);
    }
  });

  it('has a message for every issue the USCC check can raise', () => {
    const codes = ['length', 'char', 'area', 'check', 'orgCheck', 'orgChar'];
    for (const lang of LANGS) {
      for (const code of codes) expect(message(lang, `uscc.${code}`)).not.toBe(`uscc.${code}`);
    }
  });
});

describe('message()', () => {
  it('fills placeholders, and leaves none unfilled when a parameter is missing', () => {
    expect(message('en', 'error.NOT_FOUND', { what: 'enterprise', id: 7 })).toBe(
      'The enterprise (id 7) was not found; it may have been deleted.',
    );
    expect(message('zh-CN', 'validation.duplicateYear', { year: 2023 })).toBe('2023 年重复出现');
    expect(message('en', 'error.NOT_FOUND')).not.toContain('{{');
    expect(interpolate('{{a}}-{{ b }}-{{c}}', { a: 1, b: 'x', c: null })).toBe('1-x-');
  });

  it('returns the key itself for an unknown key, so nothing shows blank', () => {
    expect(message('en', 'nothing.here')).toBe('nothing.here');
    expect(message('zh-CN', 'error')).toBe('error');
    expect(message('en', 'error.toString')).toBe('error.toString');
    expect(message('en', '__proto__.constructor')).toBe('__proto__.constructor');
  });

  it('formats a wire error with its field issues and their paths', () => {
    const wire = new AppError('VALIDATION', {}, [
      { path: ['years', 1, 'year'], key: 'validation.duplicateYear', params: { year: 2022 } },
    ]).toWire();
    expect(formatError('en', wire)).toBe(
      `${message('en', 'error.VALIDATION')}\n  - years.1.year: Year 2022 appears twice`,
    );
    expect(formatIssue('zh-CN', { path: [], key: 'validation.required', params: {} })).toBe('必填');
  });
});
