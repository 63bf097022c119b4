/**
 * Every kind of issue zod can report has a message in both languages: a missing one would show the
 * user the raw key (it did for invalid_union, from a hostile .retrofit file).
 */
import { describe, expect, it } from 'vitest';
import { message } from '../../../shared/i18n/messages';

// zod 4's issue codes ('custom' issues carry their own message key).
const ZOD_ISSUE_CODES = [
  'invalid_type',
  'too_big',
  'too_small',
  'invalid_format',
  'not_multiple_of',
  'unrecognized_keys',
  'invalid_union',
  'invalid_key',
  'invalid_element',
  'invalid_value',
];

describe('validation messages', () => {
  it.each(ZOD_ISSUE_CODES)('%s reads as a sentence in Chinese and English', (code) => {
    for (const lang of ['zh-CN', 'en'] as const) {
      const text = message(lang, `validation.${code}`, {});
      expect(text).not.toBe(`validation.${code}`);
      expect(text.length).toBeGreaterThan(3);
    }
  });
});
