import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { AppLog } from '../../../electron/main/app-log';
import { diagnosticsFileName, diagnosticsZip, workspaceMetadata } from '../../../electron/main/diagnostics';
import { tempWorkspace } from '../core/helpers';
import { addRows } from '../opportunities/opportunity-register';

const SECRET = '深圳市机密客户';

async function clientWorkspace() {
  const ws = tempWorkspace();
  const core = await ws.open();
  const client = await core.call('enterprise.create', {
    name: `${SECRET}有限公司`,
    industryDivision: '39',
    manufacturingType: 'discrete',
  });
  const other = await core.call('enterprise.create', {
    name: '另一家工厂',
    industryDivision: '34',
    manufacturingType: 'discrete',
  });
  await addRows(core, client.id, {
    A1: { name: `${SECRET}专用冲床`, category: 'press', quantity: 2 },
    A2: { name: '空压机', category: 'compressor', quantity: 1 },
    A3: { name: '注塑机', category: 'injection_molding', quantity: 1 },
  });
  await addRows(core, other.id, { B1: { name: '数控车床', category: 'machine_tool', quantity: 1 } });
  await core.call('enterprise.delete', { id: other.id });
  return { ws, core };
}

describe('diagnostics', () => {
  it('counts what the workspace holds without reading any of it', async () => {
    const { ws } = await clientWorkspace();
    const meta = workspaceMetadata(ws.file);
    expect(meta).toMatchObject({
      exists: true,
      error: null,
      schemaVersion: expect.any(Number),
      counts: { enterprises: 1, enterprisesDeleted: 1, registerRows: 4, projects: 0 },
    });
    expect(meta.schemaVersion).toBeGreaterThanOrEqual(8);
    expect(meta.fileSizeBytes).toBe(fs.statSync(ws.file).size);
  });

  it('zips the logs and the numbers, but no client name, row or path', async () => {
    const { ws } = await clientWorkspace();
    const log = new AppLog(path.join(ws.dir, 'logs'), { maxBytes: 120, maxFiles: 3 });
    for (let i = 0; i < 4; i += 1) log.info(`starting 0.1.0 (run ${i})`);
    const zip = diagnosticsZip({
      appName: 'Retrofit Planner',
      appVersion: '0.1.0',
      versions: { electron: '45.5.0', chrome: '140.0.0.0', node: '22.20.0' },
      workspacePath: ws.file,
      defaultWorkspace: true,
      logFiles: log.files(),
      now: new Date('2026-03-01T08:00:00Z'),
    });

    const entries = unzipSync(zip);
    expect(Object.keys(entries).sort()).toEqual(
      ['diagnostics.json', ...log.files().map((f) => `logs/${path.basename(f)}`)].sort(),
    );
    expect(Object.keys(entries).length).toBeGreaterThan(2);
    const report = JSON.parse(strFromU8(entries['diagnostics.json']!)) as Record<
      string,
      Record<string, unknown>
    >;
    expect(report.app).toEqual({ name: 'Retrofit Planner', version: '0.1.0' });
    expect(report.runtime).toEqual({ electron: '45.5.0', chrome: '140.0.0.0', node: '22.20.0' });
    expect(report.os).toMatchObject({ platform: process.platform, arch: process.arch });
    expect(report.workspace).toMatchObject({
      defaultLocation: true,
      counts: { enterprises: 1, registerRows: 4 },
      fileSizeBytes: fs.statSync(ws.file).size,
    });

    const everything = Object.values(entries)
      .map((bytes) => strFromU8(bytes))
      .join('\n');
    expect(everything).not.toContain(SECRET);
    expect(everything).not.toContain('另一家工厂');
    expect(everything).not.toContain(ws.dir);
  });

  it('reports a file that is not a database by a code, and a missing one as missing', () => {
    const ws = tempWorkspace();
    expect(workspaceMetadata(ws.file)).toMatchObject({ exists: false, fileSizeBytes: null, counts: {} });
    fs.mkdirSync(ws.dir, { recursive: true });
    fs.writeFileSync(ws.file, 'not a database, at /secret/path');
    const meta = workspaceMetadata(ws.file);
    expect(meta.error).toMatch(/^SQLITE_/);
    expect(JSON.stringify(meta)).not.toContain('secret');
  });

  it('names the file by date', () => {
    expect(diagnosticsFileName(new Date('2026-03-01T08:00:00Z'))).toBe('retrofit-diagnostics-2026-03-01.zip');
  });
});
