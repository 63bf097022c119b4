/**
 * NOT_FOUND and CONFLICT messages name the thing by its `what` parameter; the renderer shows it
 * and the CLI show it through the shared entity labels. Every `what` the core throws needs a label in both languages, or the
 * user reads an internal word such as "assessment" in a Chinese sentence.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatError } from '../../../shared/i18n/messages';
import { en } from '../../../shared/i18n/messages-en';
import { zhCN } from '../../../shared/i18n/messages-zh-CN';

const CORE = path.resolve(import.meta.dirname, '../../../electron/core');

function whatsThrown(dir: string): Set<string> {
  const found = new Set<string>();
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
    const text = fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8');
    for (const m of text.matchAll(/AppError\('(?:NOT_FOUND|CONFLICT)', \{ what: '(\w+)'/g))
      found.add(m[1] as string);
  }
  return found;
}

describe('entity labels', () => {
  it('cover every kind of record the core can report missing or conflicting', () => {
    const thrown = [...whatsThrown(CORE)].sort();
    expect(thrown).toEqual(expect.arrayContaining(['assessment', 'enterprise', 'equipment']));
    for (const what of thrown) {
      expect({ what, zh: what in zhCN.entity, en: what in en.entity }).toEqual({ what, zh: true, en: true });
    }
  });

  it("name the record in the reader's language in the CLI's messages too", () => {
    const wire = { code: 'NOT_FOUND' as const, params: { what: 'project', id: 7 }, issues: [] };
    expect(formatError('zh-CN', wire)).toBe('找不到该项目（编号 7），可能已被删除。');
    expect(formatError('en', wire)).toBe('The project (id 7) was not found; it may have been deleted.');
    // A code word without a label is shown as it is rather than as a lookup key.
    expect(formatError('en', { ...wire, params: { what: 'gadget', id: 1 } })).toContain('The gadget (id 1)');
  });
});
