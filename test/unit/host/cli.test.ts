import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../core/helpers';
import { cli, cliSpeaksChinese } from '../support/cli-runner';

let dir: string;
let db: string;

beforeEach(() => {
  dir = tempDir();
  db = path.join(dir, '客户 工作区.sqlite');
});
cliSpeaksChinese();

describe('CLI', () => {
  it('initialises a workspace and adds, updates, lists, shows and deletes enterprises', async () => {
    expect((await cli('workspace', 'init', '--db', db, '--json')).code).toBe(0);
    const added = await cli(
      'enterprise',
      'add',
      '--db',
      db,
      '--name',
      '深圳市示例精密制造有限公司',
      '--uscc',
      '914403001922038216',
      '--district',
      '宝安',
      '--industry',
      '39',
      '--employees',
      '320',
      '--revenue-yuan',
      '25,000,000.50',
      '--year',
      '2024',
      '--json',
    );
    expect(added.code).toBe(0);
    const enterprise = JSON.parse(added.stdout);
    expect(enterprise).toMatchObject({ id: expect.any(Number), district: 'baoan', industryDivision: '39' });
    expect(enterprise.years[0]).toMatchObject({ year: 2024, employees: 320, revenueYuan: 25000000.5 });
    expect(enterprise.sizeClass).toMatchObject({ size: 'medium', year: 2024 });

    const updated = await cli(
      'enterprise',
      'update',
      '--db',
      db,
      '--id',
      String(enterprise.id),
      '--employees',
      '1000',
      '--revenue-yuan',
      '400000000',
      '--year',
      '2024',
      '--json',
    );
    expect(JSON.parse(updated.stdout).sizeClass.size).toBe('large');
    // The other figures of that year were kept.
    const shown = JSON.parse(
      (await cli('enterprise', 'show', '--db', db, '--id', String(enterprise.id), '--json')).stdout,
    );
    expect(shown.years).toHaveLength(1);
    expect(shown.uscc).toBe('914403001922038216');

    const list = JSON.parse((await cli('enterprise', 'list', '--db', db, '--json')).stdout);
    expect(list.map((e: { id: number }) => e.id)).toEqual([enterprise.id]);

    expect(
      (await cli('enterprise', 'delete', '--db', db, '--id', String(enterprise.id), '--json')).code,
    ).toBe(0);
    expect(JSON.parse((await cli('enterprise', 'list', '--db', db, '--json')).stdout)).toEqual([]);
    expect(
      (await cli('enterprise', 'undo-delete', '--db', db, '--id', String(enterprise.id), '--json')).code,
    ).toBe(0);
    expect(JSON.parse((await cli('enterprise', 'list', '--db', db, '--json')).stdout)).toHaveLength(1);
  });

  it('reports an invalid credit code on stderr, naming the character, with exit code 1 and no output', async () => {
    const r = await cli(
      'enterprise',
      'add',
      '--db',
      db,
      '--name',
      'X',
      '--uscc',
      '914403001922038217',
      '--json',
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const err = JSON.parse(r.stderr);
    expect(err.error.code).toBe('VALIDATION');
    expect(err.message).toContain('第 18 位');
    expect(err.message).toContain('“6”');
    const rows = new Database(db, { readonly: true })
      .prepare('SELECT count(*) AS n FROM enterprise')
      .get() as { n: number };
    expect(rows.n).toBe(0);
  });

  it('treats mistyped commands and numbers as usage errors (exit 2)', async () => {
    expect((await cli('enterprise', 'add', '--db', db, '--name', 'X', '--employees', '12abc')).code).toBe(2);
    expect((await cli('enterprise', 'frobnicate', '--db', db)).code).toBe(2);
    expect((await cli('enterprise', 'add', '--db', db, '--bogus', '1')).code).toBe(2);
    expect((await cli('enterprise', 'show', '--db', db, '--id', '99', '--json')).code).toBe(1);
  });

  it('checks, backs up and restores a workspace, and the restore can be undone', async () => {
    await cli('enterprise', 'add', '--db', db, '--name', '甲');
    const backup = JSON.parse((await cli('db', 'backup', '--db', db, '--json')).stdout);
    await cli('enterprise', 'add', '--db', db, '--name', '乙');
    const restored = JSON.parse(
      (await cli('db', 'restore', '--db', db, '--backup', backup.name, '--json')).stdout,
    );
    const names = async () =>
      JSON.parse((await cli('enterprise', 'list', '--db', db, '--json')).stdout).map(
        (e: { name: string }) => e.name,
      );
    expect(await names()).toEqual(['甲']);
    await cli('db', 'restore', '--db', db, '--backup', restored.undoBackup, '--json');
    expect((await names()).sort()).toEqual(['乙', '甲'].sort());
    const check = await cli('db', 'check', '--db', db, '--json');
    expect(check.code).toBe(0);
    expect(JSON.parse(check.stdout)).toMatchObject({ state: 'ok', ok: true });
  });

  it('db check reports a damaged file without changing it', async () => {
    fs.writeFileSync(db, Buffer.alloc(8192, 7));
    const before = fs.readFileSync(db);
    const r = await cli('db', 'check', '--db', db, '--json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).state).toBe('not-sqlite');
    expect(fs.readFileSync(db).equals(before)).toBe(true);
  });

  it('runs as `npm run --silent cli` with JSON-only stdout', () => {
    const root = path.resolve(import.meta.dirname, '../../..');
    const out = execFileSync(
      'npm',
      ['run', '--silent', 'cli', '--', 'enterprise', 'add', '--db', db, '--name', '命令行企业', '--json'],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    expect(JSON.parse(out)).toMatchObject({ id: 1, name: '命令行企业' });
    const bad = spawnSync(
      'npm',
      ['run', '--silent', 'cli', '--', 'enterprise', 'show', '--db', db, '--id', '42', '--json'],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    expect(bad.status).not.toBe(0);
    expect(bad.stdout).toBe('');
    expect(JSON.parse(bad.stderr).error.code).toBe('NOT_FOUND');
  });
});
