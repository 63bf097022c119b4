import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Core } from '../../../electron/core/core';
import { langForLocale } from '../../../electron/main/shell-messages';
import { startupErrorText } from '../../../electron/main/startup-error';
import { AppError } from '../../../shared/api/errors';

async function openError(workspacePath: string): Promise<unknown> {
  try {
    (await Core.open({ workspacePath, autoBackupEveryMs: 0 })).close();
  } catch (e) {
    return e;
  }
  throw new Error('Core.open was expected to refuse the file');
}

describe('start-up error text', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'retrofit-startup-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('explains a workspace from a newer version, in Chinese and English', async () => {
    const file = path.join(dir, 'workspace.sqlite');
    const db = new Database(file);
    db.pragma('user_version = 999');
    db.close();
    const error = await openError(file);
    expect(error).toBeInstanceOf(AppError);

    const zh = startupErrorText('zh-CN', error);
    expect(zh.title).toBe('技改规划助手');
    expect(zh.message).toContain('999');
    expect(zh.message).not.toContain('error.WORKSPACE_NEWER');
    expect(zh.message).toMatch(/[\u4e00-\u9fff]/);

    const en = startupErrorText('en', error);
    expect(en.title).toBe('Retrofit Planner');
    expect(en.message).toMatch(/newer version/);
    expect(en.message).toContain('999');
  });

  it('explains a file that is not a workspace, naming it', async () => {
    const file = path.join(dir, 'workspace.sqlite');
    const db = new Database(file);
    db.exec('CREATE TABLE other_app (x)');
    db.close();
    const error = await openError(file);
    expect(startupErrorText('en', error).message).toContain(file);
  });

  it('shows the internal-error text, not a stack, for anything else', () => {
    const text = startupErrorText('en', new Error('SQLITE_CANTOPEN at /secret/path'));
    expect(text.message).not.toContain('/secret/path');
    expect(text.message).toMatch(/internal error/i);
  });

  it.each([
    ['zh-CN', 'zh-CN'],
    ['zh-TW', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['ZH_cn', 'zh-CN'],
    ['en-US', 'en'],
    ['de-DE', 'en'],
    ['zu', 'en'],
    ['', 'en'],
  ] as const)('locale %s reads %s', (locale, lang) => expect(langForLocale(locale)).toBe(lang));
});
