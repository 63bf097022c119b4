/**
 * NOT_FOUND and CONFLICT messages name the thing by its `what` parameter; the renderer shows it
 * through its entity labels. Every `what` the core throws needs a label in both languages, or the
 * user reads an internal word such as "assessment" in a Chinese sentence.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../../renderer/i18n/en';
import { zhCN } from '../../../renderer/i18n/zh-CN';

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
});
