import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readSettings, settingsFile, updateSettings } from '../../../electron/main/settings';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'retrofit-settings-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('shell settings', () => {
  it('reads nothing from a missing or corrupt file', () => {
    const file = settingsFile(dir);
    expect(readSettings(file)).toEqual({});
    fs.writeFileSync(file, '{ "workspacePath": ');
    expect(readSettings(file)).toEqual({});
    fs.writeFileSync(file, '["/a.sqlite"]');
    expect(readSettings(file)).toEqual({});
  });

  it('keeps only known keys with text values', () => {
    const file = settingsFile(dir);
    fs.writeFileSync(
      file,
      JSON.stringify({ workspacePath: '/w.sqlite', updateUrl: 42, releasesUrl: '', other: 'x' }),
    );
    expect(readSettings(file)).toEqual({ workspacePath: '/w.sqlite' });
  });

  it('merges a change into the file and removes a key set to undefined, leaving no temp file', () => {
    const file = settingsFile(dir);
    updateSettings(file, { workspacePath: '/客户/工作区.sqlite', releasesUrl: 'https://example.com/r' });
    expect(updateSettings(file, { workspacePath: undefined })).toEqual({
      releasesUrl: 'https://example.com/r',
    });
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual({ releasesUrl: 'https://example.com/r' });
    expect(fs.readdirSync(dir)).toEqual(['settings.json']);
  });
});
